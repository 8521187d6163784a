import { describe, expect, it } from 'vitest';
import { planSample } from './plan-sample.js';
import { SAMPLE_FAMILIES, type SampleFamily, type SampleHead } from './sample-spec.js';
import { supportedSampleHeads } from './supported-samples.js';

/**
 * The state dicts transformers 4.46 saves (layer 0 of a 1-layer model), written out by hand from
 * the modeling files: what the generator must reproduce name for name.
 */
const BERT_LAYER = [
  'attention.self.query.weight', 'attention.self.query.bias', 'attention.self.key.weight', 'attention.self.key.bias',
  'attention.self.value.weight', 'attention.self.value.bias', 'attention.output.dense.weight', 'attention.output.dense.bias',
  'attention.output.LayerNorm.weight', 'attention.output.LayerNorm.bias', 'intermediate.dense.weight', 'intermediate.dense.bias',
  'output.dense.weight', 'output.dense.bias', 'output.LayerNorm.weight', 'output.LayerNorm.bias',
].map((n) => `encoder.layer.0.${n}`);
const BERT_EMB = [
  'embeddings.word_embeddings.weight', 'embeddings.position_embeddings.weight', 'embeddings.token_type_embeddings.weight',
  'embeddings.LayerNorm.weight', 'embeddings.LayerNorm.bias',
];
const POOLER = ['pooler.dense.weight', 'pooler.dense.bias'];
const ALBERT_L = 'encoder.albert_layer_groups.0.albert_layers.0';
const BACKBONE: Record<SampleFamily, string[]> = {
  bert: [...BERT_EMB, ...BERT_LAYER],
  roberta: [...BERT_EMB, ...BERT_LAYER],
  'xlm-roberta': [...BERT_EMB, ...BERT_LAYER],
  camembert: [...BERT_EMB, ...BERT_LAYER],
  electra: [...BERT_EMB, 'embeddings_project.weight', 'embeddings_project.bias', ...BERT_LAYER],
  albert: [
    ...BERT_EMB, 'encoder.embedding_hidden_mapping_in.weight', 'encoder.embedding_hidden_mapping_in.bias',
    ...['full_layer_layer_norm', 'attention.LayerNorm'].flatMap((n) => [`${ALBERT_L}.${n}.weight`, `${ALBERT_L}.${n}.bias`]),
    ...['attention.query', 'attention.key', 'attention.value', 'attention.dense', 'ffn', 'ffn_output'].flatMap((n) => [
      `${ALBERT_L}.${n}.weight`, `${ALBERT_L}.${n}.bias`,
    ]),
  ],
  distilbert: [
    'embeddings.word_embeddings.weight', 'embeddings.position_embeddings.weight', 'embeddings.LayerNorm.weight', 'embeddings.LayerNorm.bias',
    ...['attention.q_lin', 'attention.k_lin', 'attention.v_lin', 'attention.out_lin', 'sa_layer_norm', 'ffn.lin1', 'ffn.lin2', 'output_layer_norm'].flatMap(
      (n) => [`transformer.layer.0.${n}.weight`, `transformer.layer.0.${n}.bias`],
    ),
  ],
  gpt2: [
    'wte.weight', 'wpe.weight', 'ln_f.weight', 'ln_f.bias',
    ...['ln_1', 'ln_2', 'attn.c_attn', 'attn.c_proj', 'mlp.c_fc', 'mlp.c_proj'].flatMap((n) => [`h.0.${n}.weight`, `h.0.${n}.bias`]),
  ],
  llama: [
    'embed_tokens.weight', 'norm.weight',
    ...['input_layernorm', 'post_attention_layernorm', 'self_attn.q_proj', 'self_attn.k_proj', 'self_attn.v_proj', 'self_attn.o_proj', 'mlp.gate_proj', 'mlp.up_proj', 'mlp.down_proj'].map(
      (n) => `layers.0.${n}.weight`,
    ),
  ],
  mistral: [
    'embed_tokens.weight', 'norm.weight',
    ...['input_layernorm', 'post_attention_layernorm', 'self_attn.q_proj', 'self_attn.k_proj', 'self_attn.v_proj', 'self_attn.o_proj', 'mlp.gate_proj', 'mlp.up_proj', 'mlp.down_proj'].map(
      (n) => `layers.0.${n}.weight`,
    ),
  ],
  qwen2: [
    'embed_tokens.weight', 'norm.weight',
    ...['input_layernorm', 'post_attention_layernorm', 'self_attn.q_proj', 'self_attn.k_proj', 'self_attn.v_proj', 'self_attn.o_proj', 'mlp.gate_proj', 'mlp.up_proj', 'mlp.down_proj'].map(
      (n) => `layers.0.${n}.weight`,
    ),
    'layers.0.self_attn.q_proj.bias', 'layers.0.self_attn.k_proj.bias', 'layers.0.self_attn.v_proj.bias',
  ],
  qwen3: [
    'embed_tokens.weight', 'norm.weight',
    ...['input_layernorm', 'post_attention_layernorm', 'self_attn.q_proj', 'self_attn.k_proj', 'self_attn.v_proj', 'self_attn.o_proj', 'self_attn.q_norm', 'self_attn.k_norm', 'mlp.gate_proj', 'mlp.up_proj', 'mlp.down_proj'].map(
      (n) => `layers.0.${n}.weight`,
    ),
  ],
  phi3: [
    'embed_tokens.weight', 'norm.weight',
    ...['input_layernorm', 'post_attention_layernorm', 'self_attn.qkv_proj', 'self_attn.o_proj', 'mlp.gate_up_proj', 'mlp.down_proj'].map((n) => `layers.0.${n}.weight`),
  ],
  gemma: [
    'embed_tokens.weight', 'norm.weight',
    ...['input_layernorm', 'post_attention_layernorm', 'self_attn.q_proj', 'self_attn.k_proj', 'self_attn.v_proj', 'self_attn.o_proj', 'mlp.gate_proj', 'mlp.up_proj', 'mlp.down_proj'].map(
      (n) => `layers.0.${n}.weight`,
    ),
  ],
};
const PREFIX: Record<SampleFamily, string> = {
  bert: 'bert.', roberta: 'roberta.', 'xlm-roberta': 'roberta.', camembert: 'roberta.', electra: 'electra.',
  albert: 'albert.', distilbert: 'distilbert.', gpt2: 'transformer.', llama: 'model.',
  mistral: 'model.', qwen2: 'model.', qwen3: 'model.', phi3: 'model.', gemma: 'model.',
};
const wb = (n: string) => [`${n}.weight`, `${n}.bias`];
const ROBERTA_HEADS = {
  base: POOLER,
  'sequence-classification': [...wb('classifier.dense'), ...wb('classifier.out_proj')],
  'token-classification': wb('classifier'),
  'question-answering': wb('qa_outputs'),
  'masked-lm': ['lm_head.bias', ...wb('lm_head.dense'), ...wb('lm_head.layer_norm')],
};
/** Head tensors (top level), plus pooler tensors (inside the base model) where the class has one. */
const HEADS: Record<SampleFamily, Partial<Record<SampleHead, string[]>>> = {
  bert: {
    base: POOLER,
    'sequence-classification': [...POOLER.map((n) => `bert.${n}`), ...wb('classifier')],
    'token-classification': wb('classifier'),
    'question-answering': wb('qa_outputs'),
    'masked-lm': ['cls.predictions.bias', ...wb('cls.predictions.transform.dense'), ...wb('cls.predictions.transform.LayerNorm')],
  },
  roberta: ROBERTA_HEADS,
  'xlm-roberta': ROBERTA_HEADS,
  camembert: ROBERTA_HEADS,
  electra: {
    base: [],
    'sequence-classification': [...wb('classifier.dense'), ...wb('classifier.out_proj')],
    'token-classification': wb('classifier'),
    'question-answering': wb('qa_outputs'),
    'masked-lm': [...wb('generator_predictions.LayerNorm'), ...wb('generator_predictions.dense'), 'generator_lm_head.bias'],
  },
  albert: {
    base: wb('pooler'),
    'sequence-classification': [...wb('albert.pooler'), ...wb('classifier')],
    'token-classification': wb('classifier'),
    'question-answering': wb('qa_outputs'),
    'masked-lm': [...wb('predictions.LayerNorm'), ...wb('predictions.dense'), 'predictions.bias'],
  },
  distilbert: {
    base: [],
    'sequence-classification': [...wb('pre_classifier'), ...wb('classifier')],
    'token-classification': wb('classifier'),
    'question-answering': wb('qa_outputs'),
    'masked-lm': [...wb('vocab_transform'), ...wb('vocab_layer_norm'), 'vocab_projector.bias'],
  },
  gpt2: { base: [], 'causal-lm': [], 'sequence-classification': ['score.weight'], 'token-classification': wb('classifier') },
  llama: { base: [], 'causal-lm': ['lm_head.weight'], 'sequence-classification': ['score.weight'], 'token-classification': wb('score') },
  mistral: { base: [], 'causal-lm': ['lm_head.weight'], 'sequence-classification': ['score.weight'], 'token-classification': wb('score') },
  qwen2: { base: [], 'causal-lm': ['lm_head.weight'], 'sequence-classification': ['score.weight'], 'token-classification': wb('score') },
  qwen3: { base: [], 'causal-lm': ['lm_head.weight'], 'sequence-classification': ['score.weight'], 'token-classification': wb('score') },
  // Phi3ForTokenClassification copies MPT's head: `classifier`.
  phi3: { base: [], 'causal-lm': ['lm_head.weight'], 'sequence-classification': ['score.weight'], 'token-classification': wb('classifier') },
  // Gemma ties its head by default: no lm_head.weight stored.
  gemma: { base: [], 'causal-lm': [], 'sequence-classification': ['score.weight'], 'token-classification': wb('score') },
};

describe('tensor sets match transformers 4.46 checkpoints', () => {
  const cases = SAMPLE_FAMILIES.flatMap((family) => supportedSampleHeads(family).map((head) => ({ family, head })));

  it('covers the supported matrix', () => {
    expect(cases).toHaveLength(7 * 5 + 7 * 4); // 7 encoder families × 5 heads + 7 decoders × 4 heads
    for (const f of SAMPLE_FAMILIES) {
      expect(supportedSampleHeads(f)).toEqual(Object.keys(HEADS[f]).sort((a, b) => orderOf(a) - orderOf(b)));
    }
  });

  it.each(cases)('$family $head', ({ family, head }) => {
    const plan = planSample({ family, head, seed: 0, layers: 1 });
    const prefix = head === 'base' ? '' : PREFIX[family];
    const expected = [...BACKBONE[family].map((n) => prefix + n), ...HEADS[family][head]!].sort();
    expect(plan.tensors.map((t) => t.name)).toEqual(expected);
    // Buffers and tied weights are never stored.
    for (const t of plan.tensors) expect(t.name).not.toMatch(/position_ids|token_type_ids|inv_freq|masked_bias|\.attn\.bias$|decoder\.|vocab_projector\.weight|generator_lm_head\.weight/);
  });
});

function orderOf(h: string): number {
  return ['base', 'sequence-classification', 'token-classification', 'question-answering', 'masked-lm', 'causal-lm'].indexOf(h);
}

describe('tensor shapes', () => {
  const shapeOf = (p: ReturnType<typeof planSample>, name: string) => p.tensors.find((t) => t.name === name)?.shape;

  it('BERT sequence classification: pooler [32, 32], classifier [num_labels, 32]', () => {
    const p = planSample({ family: 'bert', head: 'sequence-classification', seed: 0, labels: ['a', 'b', 'c'] });
    expect(shapeOf(p, 'bert.pooler.dense.weight')).toEqual([32, 32]);
    expect(shapeOf(p, 'classifier.weight')).toEqual([3, 32]);
    expect(shapeOf(p, 'classifier.bias')).toEqual([3]);
    expect(shapeOf(p, 'bert.embeddings.word_embeddings.weight')).toEqual([p.vocabSize, 32]);
    expect(shapeOf(p, 'bert.embeddings.position_embeddings.weight')).toEqual([64, 32]);
    expect(shapeOf(p, 'bert.embeddings.token_type_embeddings.weight')).toEqual([2, 32]);
    expect(shapeOf(p, 'bert.encoder.layer.1.intermediate.dense.weight')).toEqual([64, 32]);
    expect(shapeOf(p, 'bert.encoder.layer.1.output.dense.weight')).toEqual([32, 64]);
  });

  it('ALBERT: factorized embeddings and one shared layer', () => {
    const p = planSample({ family: 'albert', head: 'masked-lm', seed: 0 });
    expect(shapeOf(p, 'albert.encoder.albert_layer_groups.0.albert_layers.0.ffn.weight')).toEqual([64, 32]);
    expect(shapeOf(p, 'albert.encoder.albert_layer_groups.0.albert_layers.0.ffn_output.weight')).toEqual([32, 64]);
    expect(shapeOf(p, 'albert.embeddings.word_embeddings.weight')).toEqual([p.vocabSize, 16]);
    expect(shapeOf(p, 'albert.encoder.embedding_hidden_mapping_in.weight')).toEqual([32, 16]);
    expect(shapeOf(p, 'predictions.dense.weight')).toEqual([16, 32]);
    expect(shapeOf(p, 'predictions.bias')).toEqual([p.vocabSize]);
    // Layers share weights: 2 layers, one layer's tensors.
    expect(p.tensors.filter((t) => t.name.includes('albert_layers.1'))).toHaveLength(0);
  });

  it('ELECTRA: embeddings_project [32, 16] and generator head', () => {
    const p = planSample({ family: 'electra', head: 'masked-lm', seed: 0 });
    expect(shapeOf(p, 'electra.embeddings_project.weight')).toEqual([32, 16]);
    expect(shapeOf(p, 'electra.embeddings.position_embeddings.weight')).toEqual([64, 16]);
    expect(shapeOf(p, 'generator_predictions.dense.weight')).toEqual([16, 32]);
    expect(shapeOf(p, 'generator_lm_head.bias')).toEqual([p.vocabSize]);
  });

  it('RoBERTa family: 2 extra positions, one token type', () => {
    for (const family of ['roberta', 'xlm-roberta', 'camembert'] as const) {
      const p = planSample({ family, head: 'question-answering', seed: 0 });
      expect(shapeOf(p, 'roberta.embeddings.position_embeddings.weight')).toEqual([66, 32]);
      expect(shapeOf(p, 'roberta.embeddings.token_type_embeddings.weight')).toEqual([1, 32]);
      expect(shapeOf(p, 'qa_outputs.weight')).toEqual([2, 32]);
      expect(p.config['max_position_embeddings']).toBe(66);
    }
  });

  it('GPT-2: Conv1D weights are [in, out]; untied lm_head is stored', () => {
    const p = planSample({ family: 'gpt2', head: 'causal-lm', seed: 0, tieWordEmbeddings: false });
    expect(shapeOf(p, 'transformer.h.0.attn.c_attn.weight')).toEqual([32, 96]);
    expect(shapeOf(p, 'transformer.h.0.mlp.c_fc.weight')).toEqual([32, 64]);
    expect(shapeOf(p, 'transformer.h.0.mlp.c_proj.weight')).toEqual([64, 32]);
    expect(shapeOf(p, 'lm_head.weight')).toEqual([p.vocabSize, 32]);
    expect(p.config['tie_word_embeddings']).toBe(false);
  });

  it('Llama: grouped-query k/v projections; tied variant drops lm_head', () => {
    const p = planSample({ family: 'llama', head: 'causal-lm', seed: 0 });
    expect(shapeOf(p, 'model.layers.0.self_attn.q_proj.weight')).toEqual([32, 32]);
    expect(shapeOf(p, 'model.layers.0.self_attn.k_proj.weight')).toEqual([16, 32]);
    expect(shapeOf(p, 'model.layers.0.self_attn.v_proj.weight')).toEqual([16, 32]);
    expect(shapeOf(p, 'model.layers.0.mlp.gate_proj.weight')).toEqual([64, 32]);
    expect(shapeOf(p, 'lm_head.weight')).toEqual([p.vocabSize, 32]);
    const tied = planSample({ family: 'llama', head: 'causal-lm', seed: 0, tieWordEmbeddings: true });
    expect(shapeOf(tied, 'lm_head.weight')).toBeUndefined();
    expect(tied.config['tie_word_embeddings']).toBe(true);
  });

  it('Llama: attentionBias / mlpBias add the biases LlamaConfig switches on', () => {
    const p = planSample({ family: 'llama', head: 'base', seed: 0, layers: 1, attentionBias: true, mlpBias: true });
    const biases = p.tensors.filter((t) => t.name.endsWith('.bias')).map((t) => t.name);
    expect(biases).toEqual(['q_proj', 'k_proj', 'v_proj', 'o_proj'].map((n) => `layers.0.self_attn.${n}.bias`).concat(
      ['gate_proj', 'up_proj', 'down_proj'].map((n) => `layers.0.mlp.${n}.bias`),
    ).sort());
    expect(shapeOf(p, 'layers.0.self_attn.k_proj.bias')).toEqual([16]);
    expect(p.config).toMatchObject({ attention_bias: true, mlp_bias: true });
  });

  it('Qwen3 / Gemma: head_dim 12 ≠ hidden / heads shapes q/k/v/o and the q/k norms; Gemma is MQA and tied', () => {
    const q = planSample({ family: 'qwen3', head: 'causal-lm', seed: 0 });
    expect(shapeOf(q, 'model.layers.0.self_attn.q_proj.weight')).toEqual([48, 32]);
    expect(shapeOf(q, 'model.layers.0.self_attn.k_proj.weight')).toEqual([24, 32]);
    expect(shapeOf(q, 'model.layers.0.self_attn.o_proj.weight')).toEqual([32, 48]);
    expect(shapeOf(q, 'model.layers.0.self_attn.q_norm.weight')).toEqual([12]);
    expect(q.config).toMatchObject({ head_dim: 12, num_key_value_heads: 2, transformers_version: '4.51.0', use_sliding_window: false });
    const g = planSample({ family: 'gemma', head: 'causal-lm', seed: 0 });
    expect(shapeOf(g, 'model.layers.0.self_attn.q_proj.weight')).toEqual([48, 32]);
    expect(shapeOf(g, 'model.layers.0.self_attn.k_proj.weight')).toEqual([12, 32]);
    expect(shapeOf(g, 'lm_head.weight')).toBeUndefined();
    expect(g.config).toMatchObject({ head_dim: 12, num_key_value_heads: 1, hidden_act: 'gelu_pytorch_tanh', hidden_activation: null });
    expect(g.config['tie_word_embeddings']).toBeUndefined();
  });

  it('Phi-3: fused qkv [q + 2 kv, hidden] and gate_up [2 × intermediate, hidden]', () => {
    const p = planSample({ family: 'phi3', head: 'causal-lm', seed: 0 });
    expect(shapeOf(p, 'model.layers.0.self_attn.qkv_proj.weight')).toEqual([32 + 2 * 16, 32]);
    expect(shapeOf(p, 'model.layers.0.mlp.gate_up_proj.weight')).toEqual([128, 32]);
    expect(p.config).toMatchObject({ partial_rotary_factor: 0.5, sliding_window: 5, rope_scaling: null });
  });

  it('Qwen2: q/k/v biases only; a window config without use_sliding_window still carries sliding_window', () => {
    const p = planSample({ family: 'qwen2', head: 'base', seed: 0 });
    expect(shapeOf(p, 'layers.0.self_attn.k_proj.bias')).toEqual([16]);
    expect(shapeOf(p, 'layers.0.self_attn.o_proj.bias')).toBeUndefined();
    expect(p.config).toMatchObject({ sliding_window: 4, use_sliding_window: false, max_window_layers: 1 });
    expect(p.config['bos_token_id']).toBe(p.config['eos_token_id']);
  });

  it('base models can drop the pooler', () => {
    const p = planSample({ family: 'bert', head: 'base', seed: 0, withPooler: false });
    expect(p.tensors.some((t) => t.name.startsWith('pooler'))).toBe(false);
    expect(p.tensors).toHaveLength(5 + 2 * 16);
  });

  it('padding rows are zero-initialized where transformers sets padding_idx', () => {
    const roberta = planSample({ family: 'roberta', head: 'base', seed: 0 });
    expect(roberta.tensors.find((t) => t.name === 'embeddings.word_embeddings.weight')?.zeroRow).toBe(1);
    expect(roberta.tensors.find((t) => t.name === 'embeddings.position_embeddings.weight')?.zeroRow).toBe(1);
    const gpt2 = planSample({ family: 'gpt2', head: 'base', seed: 0 });
    expect(gpt2.tensors.find((t) => t.name === 'wte.weight')?.zeroRow).toBeUndefined();
    const qwen2 = planSample({ family: 'qwen2', head: 'base', seed: 0 });
    expect(qwen2.tensors.find((t) => t.name === 'embed_tokens.weight')?.zeroRow).toBe(qwen2.vocabSize - 1);
  });
});
