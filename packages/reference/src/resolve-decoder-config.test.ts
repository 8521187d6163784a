import { describe, expect, it } from 'vitest';
import { resolveDecoderConfig } from './resolve-decoder-config.js';

describe('resolveDecoderConfig', () => {
  it("fills the configuration classes' defaults", () => {
    expect(resolveDecoderConfig({ model_type: 'llama' })).toMatchObject({
      vocabSize: 32000,
      hiddenSize: 4096,
      numKvHeads: 32,
      headDim: 128,
      normEps: 1e-6,
      hiddenAct: 'silu',
      tieWordEmbeddings: false,
      padTokenId: null,
      numLabels: 2,
      qkvBias: false,
      rope: { theta: 10000, rotaryDim: 128, maxPositions: 2048, scaling: { type: 'default' } },
    });
    const mistral = resolveDecoderConfig({ model_type: 'mistral' });
    expect(mistral).toMatchObject({ numKvHeads: 8, maxPositions: 131072 });
    expect(mistral.slidingWindows.every((w) => w === 4096)).toBe(true);
    expect(resolveDecoderConfig({ model_type: 'qwen2' })).toMatchObject({ qkvBias: true, outputBias: false, vocabSize: 151936 });
    expect(resolveDecoderConfig({ model_type: 'qwen3' })).toMatchObject({ headDim: 128, qkvBias: false });
    expect(resolveDecoderConfig({ model_type: 'phi3' })).toMatchObject({ normEps: 1e-5, padTokenId: 32000, slidingWindows: expect.arrayContaining([null]) });
    expect(resolveDecoderConfig({ model_type: 'gemma' })).toMatchObject({
      headDim: 256,
      tieWordEmbeddings: true,
      hiddenAct: 'gelu_pytorch_tanh',
      padTokenId: 0,
    });
    expect(resolveDecoderConfig({ model_type: 'gpt2' })).toMatchObject({
      hiddenSize: 768,
      numLayers: 12,
      intermediateSize: 3072,
      maxPositions: 1024,
      hiddenAct: 'gelu_new',
      normEps: 1e-5,
      tieWordEmbeddings: true,
    });
  });

  it('num_key_value_heads null means num_attention_heads; head_dim falls back to hidden // heads', () => {
    expect(resolveDecoderConfig({ model_type: 'mistral', num_attention_heads: 8, num_key_value_heads: null, hidden_size: 64 })).toMatchObject({
      numKvHeads: 8,
      headDim: 8,
    });
  });

  it('gpt2: hidden_size / num_attention_heads win over n_embd / n_head (attribute_map)', () => {
    expect(resolveDecoderConfig({ model_type: 'gpt2', n_embd: 32, hidden_size: 64, n_head: 4, num_attention_heads: 8, n_inner: null })).toMatchObject({
      hiddenSize: 64,
      numHeads: 8,
      headDim: 8,
      intermediateSize: 256,
    });
  });

  it('qwen2 / qwen3 windows: only with use_sliding_window, from max_window_layers, or per layer_types', () => {
    const base = { model_type: 'qwen2', num_hidden_layers: 4, sliding_window: 8 };
    expect(resolveDecoderConfig(base).slidingWindows).toEqual([null, null, null, null]);
    expect(resolveDecoderConfig({ ...base, use_sliding_window: true, max_window_layers: 2 }).slidingWindows).toEqual([null, null, 8, 8]);
    expect(
      resolveDecoderConfig({
        ...base,
        model_type: 'qwen3',
        use_sliding_window: true,
        layer_types: ['sliding_attention', 'full_attention', 'sliding_attention', 'full_attention'],
      }).slidingWindows,
    ).toEqual([8, null, 8, null]);
    expect(() => resolveDecoderConfig({ ...base, layer_types: ['sliding_attention', 'full_attention', 'full_attention', 'full_attention'] })).toThrow(
      expect.objectContaining({ code: 'REF_BAD_CONFIG', pointer: '/layer_types/0' }),
    );
    expect(() => resolveDecoderConfig({ ...base, layer_types: ['full_attention'] })).toThrow(
      expect.objectContaining({ code: 'REF_BAD_CONFIG', pointer: '/layer_types' }),
    );
    expect(() =>
      resolveDecoderConfig({ ...base, use_sliding_window: true, layer_types: ['chunked_attention', 'full_attention', 'full_attention', 'full_attention'] }),
    ).toThrow(expect.objectContaining({ code: 'REF_UNSUPPORTED', pointer: '/layer_types/0' }));
  });

  it('gemma activation: hidden_activation, else hidden_act, else gelu_pytorch_tanh', () => {
    expect(resolveDecoderConfig({ model_type: 'gemma', hidden_act: 'gelu', hidden_activation: 'gelu_pytorch_tanh' }).hiddenAct).toBe('gelu_pytorch_tanh');
    expect(resolveDecoderConfig({ model_type: 'gemma', hidden_act: 'silu' }).hiddenAct).toBe('silu');
    expect(resolveDecoderConfig({ model_type: 'gemma', hidden_act: null, hidden_activation: null }).hiddenAct).toBe('gelu_pytorch_tanh');
  });

  it('biases: llama attention_bias / mlp_bias, qwen3 and gemma attention_bias; mistral and phi3 never', () => {
    expect(resolveDecoderConfig({ model_type: 'llama', attention_bias: true, mlp_bias: true })).toMatchObject({
      qkvBias: true,
      outputBias: true,
      mlpBias: true,
    });
    expect(resolveDecoderConfig({ model_type: 'qwen3', attention_bias: true })).toMatchObject({ qkvBias: true, outputBias: true, mlpBias: false });
    expect(resolveDecoderConfig({ model_type: 'mistral', attention_bias: true })).toMatchObject({ qkvBias: false, outputBias: false });
    expect(resolveDecoderConfig({ model_type: 'phi3', attention_bias: true })).toMatchObject({ qkvBias: false });
  });

  it('coded errors name the field', () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ model_type: 'llama', num_attention_heads: 6, num_key_value_heads: 4 }, 'REF_BAD_CONFIG', '/num_key_value_heads'],
      [{ model_type: 'falcon' }, 'REF_UNSUPPORTED', '/model_type'],
      [{ model_type: 'llama', hidden_act: 'swiglu' }, 'REF_UNSUPPORTED', '/hidden_act'],
      [{ model_type: 'gpt2', n_embd: 10, n_head: 4 }, 'REF_BAD_CONFIG', '/n_embd'],
      [{ model_type: 'mistral', sliding_window: 0 }, 'REF_BAD_CONFIG', '/sliding_window'],
      [{ model_type: 'llama', rope_scaling: { rope_type: 'linear' } }, 'REF_BAD_CONFIG', '/rope_scaling/factor'],
      [{ model_type: 'llama', rope_scaling: { type: 'longrope', rope_type: 'linear', factor: 2 } }, 'REF_UNSUPPORTED', '/rope_scaling/type'],
      [{ model_type: 'llama', partial_rotary_factor: 0.5 }, 'REF_UNSUPPORTED', '/partial_rotary_factor'],
      [{ model_type: 'phi3', rope_scaling: { type: 'su', short_factor: [], long_factor: [] } }, 'REF_UNSUPPORTED', '/rope_scaling/type'],
      [{ model_type: 'llama', hidden_size: 'big' }, 'REF_BAD_CONFIG', '/hidden_size'],
      [{ model_type: 'llama', id2label: {} }, 'REF_BAD_CONFIG', '/id2label'],
    ];
    for (const [config, code, pointer] of cases)
      expect(() => resolveDecoderConfig(config), JSON.stringify(config)).toThrow(expect.objectContaining({ code, pointer }));
  });

  it('the legacy rope_scaling.type wins over rope_type (configuration classes copy it over)', () => {
    expect(resolveDecoderConfig({ model_type: 'llama', rope_scaling: { type: 'linear', rope_type: 'dynamic', factor: 2 } }).rope!.scaling).toEqual({
      type: 'linear',
      factor: 2,
    });
  });

  it('phi3 partial rotary: int(head_dim × factor) dims', () => {
    expect(resolveDecoderConfig({ model_type: 'phi3', hidden_size: 96, num_attention_heads: 4, partial_rotary_factor: 0.4 }).rope!.rotaryDim).toBe(9);
    expect(() => resolveDecoderConfig({ model_type: 'phi3', hidden_size: 36, num_attention_heads: 4, partial_rotary_factor: 1 })).toThrow(
      expect.objectContaining({ code: 'REF_BAD_CONFIG' }),
    );
  });
});
