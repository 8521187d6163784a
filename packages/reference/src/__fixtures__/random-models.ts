import type { EncoderTask } from '../types.js';
import type { MemoryTensor } from './memory-source.js';

/** mulberry32: a tiny seeded PRNG, so every test model is the same on every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type TinyFamily = 'bert' | 'roberta' | 'xlm-roberta' | 'camembert' | 'electra' | 'distilbert' | 'albert';

/** Small configs (hidden 8, 2 heads) written with each family's own field names. */
export function tinyConfig(family: TinyFamily, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const common = { model_type: family, vocab_size: 17, max_position_embeddings: 24, num_labels: 3 };
  switch (family) {
    case 'distilbert':
      return { ...common, dim: 8, n_heads: 2, n_layers: 2, hidden_dim: 12, activation: 'gelu', ...overrides };
    case 'albert':
      return {
        ...common,
        embedding_size: 6,
        hidden_size: 8,
        num_attention_heads: 2,
        num_hidden_layers: 4,
        num_hidden_groups: 2,
        inner_group_num: 1,
        intermediate_size: 12,
        type_vocab_size: 2,
        hidden_act: 'gelu_new',
        ...overrides,
      };
    case 'electra':
      return {
        ...common,
        embedding_size: 6,
        hidden_size: 8,
        num_attention_heads: 2,
        num_hidden_layers: 2,
        intermediate_size: 12,
        type_vocab_size: 2,
        ...overrides,
      };
    case 'bert':
      return { ...common, hidden_size: 8, num_attention_heads: 2, num_hidden_layers: 2, intermediate_size: 12, type_vocab_size: 2, ...overrides };
    default:
      return {
        ...common,
        hidden_size: 8,
        num_attention_heads: 2,
        num_hidden_layers: 2,
        intermediate_size: 12,
        type_vocab_size: 1,
        pad_token_id: 1,
        layer_norm_eps: 1e-5,
        ...overrides,
      };
  }
}

export interface TinyWeightOptions {
  seed?: number;
  /** Prefix base-model tensors with the family prefix (`bert.` ...). Default true. */
  prefixed?: boolean;
  /** Include a pooler (bert / roberta-likes / albert). Default: only when the head needs it. */
  pooler?: boolean;
  /** Store the MLM decoder weight explicitly (otherwise it is tied). Default false. */
  decoder?: boolean;
}

const num = (c: Record<string, unknown>, k: string, d: number): number => (typeof c[k] === 'number' ? c[k] : d);

/** Random weights (uniform in [-0.5, 0.5); LayerNorm gammas near 1) for `family` + `task`, named as transformers saves them. */
export function tinyWeights(family: TinyFamily, config: Record<string, unknown>, task: EncoderTask, o: TinyWeightOptions = {}): Record<string, MemoryTensor> {
  const rand = seededRandom(o.seed ?? 1234);
  const out: Record<string, MemoryTensor> = {};
  const t = (name: string, shape: number[], center = 0): void => {
    const n = shape.reduce((a, b) => a * b, 1);
    const data = new Float32Array(n);
    for (let i = 0; i < n; i++) data[i] = center + (rand() - 0.5);
    out[name] = { shape, data };
  };
  const linear = (name: string, outF: number, inF: number): void => {
    t(`${name}.weight`, [outF, inF]);
    t(`${name}.bias`, [outF]);
  };
  const norm = (name: string, width: number): void => {
    t(`${name}.weight`, [width], 1);
    t(`${name}.bias`, [width]);
  };
  const isDistil = family === 'distilbert';
  const H = isDistil ? num(config, 'dim', 768) : num(config, 'hidden_size', 768);
  const E = family === 'albert' || family === 'electra' ? num(config, 'embedding_size', 128) : H;
  const I = isDistil ? num(config, 'hidden_dim', 3072) : num(config, 'intermediate_size', 3072);
  const V = num(config, 'vocab_size', 30522);
  const P = num(config, 'max_position_embeddings', 512);
  const L = isDistil ? num(config, 'n_layers', 6) : num(config, 'num_hidden_layers', 12);
  const labels = num(config, 'num_labels', 2);
  const prefixOf: Record<TinyFamily, string> = {
    bert: 'bert.',
    roberta: 'roberta.',
    'xlm-roberta': 'roberta.',
    camembert: 'roberta.',
    electra: 'electra.',
    distilbert: 'distilbert.',
    albert: 'albert.',
  };
  const p = o.prefixed === false ? '' : prefixOf[family];

  t(`${p}embeddings.word_embeddings.weight`, [V, E]);
  t(`${p}embeddings.position_embeddings.weight`, [P, E]);
  if (!isDistil) t(`${p}embeddings.token_type_embeddings.weight`, [num(config, 'type_vocab_size', 2), E]);
  norm(`${p}embeddings.LayerNorm`, E);

  if (family === 'albert') {
    linear(`${p}encoder.embedding_hidden_mapping_in`, H, E);
    const groups = num(config, 'num_hidden_groups', 1);
    const inner = num(config, 'inner_group_num', 1);
    for (let g = 0; g < groups; g++) {
      for (let j = 0; j < inner; j++) {
        const l = `${p}encoder.albert_layer_groups.${g}.albert_layers.${j}`;
        for (const m of ['query', 'key', 'value', 'dense']) linear(`${l}.attention.${m}`, H, H);
        norm(`${l}.attention.LayerNorm`, H);
        linear(`${l}.ffn`, I, H);
        linear(`${l}.ffn_output`, H, I);
        norm(`${l}.full_layer_layer_norm`, H);
      }
    }
  } else if (isDistil) {
    for (let i = 0; i < L; i++) {
      const l = `${p}transformer.layer.${i}`;
      for (const m of ['q_lin', 'k_lin', 'v_lin', 'out_lin']) linear(`${l}.attention.${m}`, H, H);
      norm(`${l}.sa_layer_norm`, H);
      linear(`${l}.ffn.lin1`, I, H);
      linear(`${l}.ffn.lin2`, H, I);
      norm(`${l}.output_layer_norm`, H);
    }
  } else {
    if (family === 'electra' && E !== H) linear(`${p}embeddings_project`, H, E);
    for (let i = 0; i < L; i++) {
      const l = `${p}encoder.layer.${i}`;
      for (const m of ['query', 'key', 'value']) linear(`${l}.attention.self.${m}`, H, H);
      linear(`${l}.attention.output.dense`, H, H);
      norm(`${l}.attention.output.LayerNorm`, H);
      linear(`${l}.intermediate.dense`, I, H);
      linear(`${l}.output.dense`, H, I);
      norm(`${l}.output.LayerNorm`, H);
    }
  }

  const bertPoolerFamilies: TinyFamily[] = ['bert', 'roberta', 'xlm-roberta', 'camembert'];
  const wantsPooler = o.pooler ?? ((family === 'bert' || family === 'albert') && task === 'text-classification');
  if (wantsPooler && bertPoolerFamilies.includes(family)) linear(`${p}pooler.dense`, H, H);
  if (wantsPooler && family === 'albert') linear(`${p}pooler`, H, H);

  const robertaLike = family === 'roberta' || family === 'xlm-roberta' || family === 'camembert';
  switch (task) {
    case 'feature-extraction':
      break;
    case 'text-classification':
      if (robertaLike || family === 'electra') {
        linear('classifier.dense', H, H);
        linear('classifier.out_proj', labels, H);
      } else if (isDistil) {
        linear('pre_classifier', H, H);
        linear('classifier', labels, H);
      } else linear('classifier', labels, H);
      break;
    case 'token-classification':
      linear('classifier', labels, H);
      break;
    case 'question-answering':
      linear('qa_outputs', 2, H);
      break;
    case 'fill-mask':
      if (family === 'bert') {
        linear('cls.predictions.transform.dense', H, H);
        norm('cls.predictions.transform.LayerNorm', H);
        t('cls.predictions.bias', [V]);
        if (o.decoder) t('cls.predictions.decoder.weight', [V, H]);
      } else if (robertaLike) {
        linear('lm_head.dense', H, H);
        norm('lm_head.layer_norm', H);
        t('lm_head.bias', [V]);
        if (o.decoder) t('lm_head.decoder.weight', [V, H]);
      } else if (family === 'electra') {
        linear('generator_predictions.dense', E, H);
        norm('generator_predictions.LayerNorm', E);
        t('generator_lm_head.bias', [V]);
        if (o.decoder) t('generator_lm_head.weight', [V, E]);
      } else if (isDistil) {
        linear('vocab_transform', H, H);
        norm('vocab_layer_norm', H);
        t('vocab_projector.bias', [V]);
        if (o.decoder) t('vocab_projector.weight', [V, H]);
      } else {
        linear('predictions.dense', E, H);
        norm('predictions.LayerNorm', E);
        t('predictions.bias', [V]);
        if (o.decoder) t('predictions.decoder.weight', [V, E]);
      }
      break;
  }
  return out;
}
