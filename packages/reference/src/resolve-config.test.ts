import { describe, expect, it } from 'vitest';
import { resolveEncoderConfig } from './resolve-config.js';

const codeOf = (f: () => unknown): string | undefined => {
  try {
    f();
  } catch (e) {
    return (e as { code?: string }).code;
  }
  return undefined;
};

describe('resolveEncoderConfig defaults (transformers configuration classes)', () => {
  it('BertConfig', () => {
    const c = resolveEncoderConfig({ model_type: 'bert' });
    expect(c).toMatchObject({
      vocabSize: 30522,
      hiddenSize: 768,
      embeddingSize: 768,
      numLayers: 12,
      numHeads: 12,
      intermediateSize: 3072,
      maxPositions: 512,
      typeVocabSize: 2,
      layerNormEps: 1e-12,
      hiddenAct: 'gelu',
      padTokenId: 0,
      numLabels: 2,
      tieWordEmbeddings: true,
    });
  });

  it.each([
    ['roberta', 50265],
    ['xlm-roberta', 30522],
    ['camembert', 30522],
  ] as const)('%s: BERT defaults with pad_token_id 1, vocab_size %i', (t, vocabSize) => {
    expect(resolveEncoderConfig({ model_type: t })).toMatchObject({ vocabSize, padTokenId: 1, layerNormEps: 1e-12, hiddenAct: 'gelu', typeVocabSize: 2 });
  });

  it('ElectraConfig: embedding 128, hidden 256, 4 heads, intermediate 1024', () => {
    expect(resolveEncoderConfig({ model_type: 'electra' })).toMatchObject({
      embeddingSize: 128,
      hiddenSize: 256,
      numHeads: 4,
      intermediateSize: 1024,
      hiddenAct: 'gelu',
    });
  });

  it('AlbertConfig: gelu_new, embedding 128, hidden 4096, 64 heads, vocab 30000, one group of one layer', () => {
    expect(resolveEncoderConfig({ model_type: 'albert' })).toMatchObject({
      hiddenAct: 'gelu_new',
      embeddingSize: 128,
      hiddenSize: 4096,
      numHeads: 64,
      intermediateSize: 16384,
      vocabSize: 30000,
      numHiddenGroups: 1,
      innerGroupNum: 1,
    });
  });

  it('DistilBertConfig: dim/n_heads/n_layers/hidden_dim/activation, eps fixed at 1e-12, no token types', () => {
    const c = resolveEncoderConfig({ model_type: 'distilbert', layer_norm_eps: 1e-5 });
    expect(c).toMatchObject({ hiddenSize: 768, numHeads: 12, numLayers: 6, intermediateSize: 3072, hiddenAct: 'gelu', layerNormEps: 1e-12, typeVocabSize: 0 });
    const d = resolveEncoderConfig({ model_type: 'distilbert', dim: 16, n_heads: 4, n_layers: 3, hidden_dim: 40, activation: 'relu' });
    expect(d).toMatchObject({ hiddenSize: 16, numHeads: 4, numLayers: 3, intermediateSize: 40, hiddenAct: 'relu' });
    // attribute_map: hidden_size etc. are applied after dim and win
    expect(resolveEncoderConfig({ model_type: 'distilbert', dim: 16, hidden_size: 32, n_heads: 4 }).hiddenSize).toBe(32);
  });

  it('num_labels from id2label, else num_labels, else 2; tie_word_embeddings honoured', () => {
    expect(resolveEncoderConfig({ model_type: 'bert', id2label: { 0: 'a', 1: 'b', 2: 'c' }, num_labels: 7 }).numLabels).toBe(3);
    expect(resolveEncoderConfig({ model_type: 'bert', num_labels: 5 }).numLabels).toBe(5);
    expect(resolveEncoderConfig({ model_type: 'bert', tie_word_embeddings: false }).tieWordEmbeddings).toBe(false);
  });

  it('null fields fall back to defaults except pad_token_id', () => {
    expect(resolveEncoderConfig({ model_type: 'bert', hidden_act: null, pad_token_id: null })).toMatchObject({ hiddenAct: 'gelu', padTokenId: null });
  });
});

describe('resolveEncoderConfig errors', () => {
  it('REF_UNSUPPORTED: unknown model_type, relative positions, decoder use, unknown activation', () => {
    expect(codeOf(() => resolveEncoderConfig({ model_type: 'gpt2' }))).toBe('REF_UNSUPPORTED');
    expect(codeOf(() => resolveEncoderConfig({}))).toBe('REF_UNSUPPORTED');
    expect(codeOf(() => resolveEncoderConfig({ model_type: 'bert', position_embedding_type: 'relative_key' }))).toBe('REF_UNSUPPORTED');
    expect(codeOf(() => resolveEncoderConfig({ model_type: 'bert', is_decoder: true }))).toBe('REF_UNSUPPORTED');
    expect(codeOf(() => resolveEncoderConfig({ model_type: 'bert', hidden_act: 'swiglu' }))).toBe('REF_UNSUPPORTED');
    expect(codeOf(() => resolveEncoderConfig({ model_type: 'distilbert', activation: 'nope' }))).toBe('REF_UNSUPPORTED');
  });

  it('REF_BAD_CONFIG: wrong types, indivisible heads, roberta without pad id, empty id2label', () => {
    expect(codeOf(() => resolveEncoderConfig({ model_type: 'bert', hidden_size: '768' }))).toBe('REF_BAD_CONFIG');
    expect(codeOf(() => resolveEncoderConfig({ model_type: 'bert', num_hidden_layers: 2.5 }))).toBe('REF_BAD_CONFIG');
    expect(codeOf(() => resolveEncoderConfig({ model_type: 'bert', hidden_size: 10, num_attention_heads: 4 }))).toBe('REF_BAD_CONFIG');
    expect(codeOf(() => resolveEncoderConfig({ model_type: 'roberta', pad_token_id: null }))).toBe('REF_BAD_CONFIG');
    expect(codeOf(() => resolveEncoderConfig({ model_type: 'bert', id2label: {} }))).toBe('REF_BAD_CONFIG');
    expect(codeOf(() => resolveEncoderConfig({ model_type: 'bert', layer_norm_eps: -1 }))).toBe('REF_BAD_CONFIG');
  });

  it('errors carry the file and JSON pointer of the field', () => {
    try {
      resolveEncoderConfig({ model_type: 'bert', intermediate_size: 'x' });
      expect.unreachable();
    } catch (e) {
      expect(e).toMatchObject({ code: 'REF_BAD_CONFIG', file: 'config.json', pointer: '/intermediate_size' });
    }
  });
});
