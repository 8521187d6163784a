import { describe, expect, it } from 'vitest';
import { fakeSource } from './__fixtures__/fake-source.js';
import { checkConversionPlan } from './check-conversion-plan.js';

/** A 2-layer llama checkpoint's tensor shapes (hidden 8, 2 heads, 1 kv head, vocab 11). */
function llamaShapes(layers = 2): Record<string, number[]> {
  const s: Record<string, number[]> = { 'model.embed_tokens.weight': [11, 8], 'model.norm.weight': [8], 'lm_head.weight': [11, 8] };
  for (let i = 0; i < layers; i++) {
    const p = `model.layers.${i}.`;
    Object.assign(s, {
      [`${p}input_layernorm.weight`]: [8],
      [`${p}self_attn.q_proj.weight`]: [8, 8],
      [`${p}self_attn.k_proj.weight`]: [4, 8],
      [`${p}self_attn.v_proj.weight`]: [4, 8],
      [`${p}self_attn.o_proj.weight`]: [8, 8],
      [`${p}post_attention_layernorm.weight`]: [8],
      [`${p}mlp.gate_proj.weight`]: [12, 8],
      [`${p}mlp.up_proj.weight`]: [12, 8],
      [`${p}mlp.down_proj.weight`]: [8, 12],
    });
  }
  return s;
}
const LLAMA = {
  model_type: 'llama',
  hidden_size: 8,
  num_attention_heads: 2,
  num_key_value_heads: 1,
  num_hidden_layers: 2,
  intermediate_size: 12,
  vocab_size: 11,
};

describe('checkConversionPlan: what convert would say, from headers only', () => {
  it('nothing for a checkpoint that converts whole', () => {
    expect(checkConversionPlan({ config: LLAMA, weights: fakeSource(llamaShapes()), task: 'text-generation' })).toEqual([]);
  });

  it('a config with fewer layers than the checkpoint: ARCH_UNUSED_TENSORS warning (error when strict), naming the first dropped tensor', () => {
    const input = { config: { ...LLAMA, num_hidden_layers: 1 }, weights: fakeSource(llamaShapes()), task: 'text-generation' };
    const [w] = checkConversionPlan(input);
    expect(w).toMatchObject({ severity: 'warning', code: 'ARCH_UNUSED_TENSORS', tensor: 'model.layers.1.input_layernorm.weight' });
    expect(w!.message).toContain('9 tensor(s)');
    expect(w!.message).toContain('and 1 more');
    expect(checkConversionPlan({ ...input, strict: true })[0]).toMatchObject({ severity: 'error', code: 'ARCH_UNUSED_TENSORS' });
  });

  it('a config with more layers than the checkpoint: the ARCH_MISSING_TENSOR error convert would throw', () => {
    const [e] = checkConversionPlan({ config: { ...LLAMA, num_hidden_layers: 1e9 }, weights: fakeSource(llamaShapes()), task: 'text-generation' });
    expect(e).toMatchObject({ severity: 'error', code: 'ARCH_MISSING_TENSOR', tensor: 'model.layers.2.self_attn.q_proj.weight' });
  });

  it('shapes that do not match the config: ARCH_BAD_SHAPE; an empty header: ARCH_MISSING_TENSOR', () => {
    expect(checkConversionPlan({ config: { ...LLAMA, hidden_size: 16 }, weights: fakeSource(llamaShapes()), task: 'text-generation' })[0]).toMatchObject({
      code: 'ARCH_BAD_SHAPE',
    });
    expect(checkConversionPlan({ config: LLAMA, weights: fakeSource({}), task: 'text-generation' })[0]).toMatchObject({ code: 'ARCH_MISSING_TENSOR' });
  });

  it('a bad config value: the error carries its file and JSON pointer', () => {
    const [e] = checkConversionPlan({ config: { ...LLAMA, rope_scaling: { type: 'su' } }, weights: fakeSource(llamaShapes()), task: 'text-generation' });
    expect(e).toMatchObject({ code: 'ARCH_UNSUPPORTED', file: 'config.json', pointer: '/rope_scaling/type' });
  });

  it('a stray pooler bias without its weight is reported instead of silently dropping pooler_output', () => {
    const shapes: Record<string, number[]> = {
      'embeddings.word_embeddings.weight': [10, 4],
      'embeddings.position_embeddings.weight': [8, 4],
      'embeddings.token_type_embeddings.weight': [2, 4],
      'embeddings.LayerNorm.weight': [4],
      'embeddings.LayerNorm.bias': [4],
      'pooler.dense.bias': [4],
    };
    for (const [k, shape] of Object.entries({
      'attention.self.query': [4, 4],
      'attention.self.key': [4, 4],
      'attention.self.value': [4, 4],
      'attention.output.dense': [4, 4],
      'intermediate.dense': [6, 4],
      'output.dense': [4, 6],
    })) {
      shapes[`encoder.layer.0.${k}.weight`] = shape;
      shapes[`encoder.layer.0.${k}.bias`] = [shape[0]!];
    }
    for (const n of ['attention.output.LayerNorm', 'output.LayerNorm']) {
      shapes[`encoder.layer.0.${n}.weight`] = [4];
      shapes[`encoder.layer.0.${n}.bias`] = [4];
    }
    const config = {
      model_type: 'bert',
      hidden_size: 4,
      num_attention_heads: 2,
      num_hidden_layers: 1,
      intermediate_size: 6,
      vocab_size: 10,
      max_position_embeddings: 8,
    };
    const issues = checkConversionPlan({ config, weights: fakeSource(shapes), task: 'feature-extraction' });
    expect(issues).toEqual([expect.objectContaining({ code: 'ARCH_UNUSED_TENSORS', tensor: 'pooler.dense.bias' })]);
  });

  it("ignores the buffers transformers drops on load and a tied head's stored copy", () => {
    const shapes = { ...llamaShapes(), 'model.layers.0.self_attn.rotary_emb.inv_freq': [2] };
    expect(checkConversionPlan({ config: { ...LLAMA, tie_word_embeddings: true }, weights: fakeSource(shapes), task: 'text-generation' })).toEqual([]);
  });
});
