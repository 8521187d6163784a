import type { DecoderFamily } from '../decoder-families.js';
import type { DecoderTask } from '../decoder-types.js';
import type { MemoryTensor } from './memory-source.js';
import { seededRandom } from './random-models.js';

/**
 * Small decoder configs (hidden 16, 4 heads of 4, 2 kv heads, 2 layers, vocab 19) written with each
 * family's own field names; `overrides` replace or add fields.
 */
export function tinyDecoderConfig(family: DecoderFamily, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const labels = { num_labels: 3 };
  if (family === 'gpt2') {
    return { model_type: 'gpt2', vocab_size: 19, n_positions: 24, n_embd: 16, n_layer: 2, n_head: 4, pad_token_id: 0, ...labels, ...overrides };
  }
  const common = {
    model_type: family,
    vocab_size: 19,
    hidden_size: 16,
    intermediate_size: 12,
    num_hidden_layers: 2,
    num_attention_heads: 4,
    num_key_value_heads: 2,
    max_position_embeddings: 32,
    rms_norm_eps: 1e-5,
    pad_token_id: 0,
    ...labels,
  };
  switch (family) {
    case 'mistral':
      return { ...common, sliding_window: 3, ...overrides };
    case 'qwen2':
      return { ...common, rope_theta: 1000000, ...overrides };
    case 'qwen3':
      return { ...common, head_dim: 8, ...overrides };
    case 'phi3':
      return { ...common, partial_rotary_factor: 0.5, sliding_window: 4, ...overrides };
    case 'gemma':
      return { ...common, head_dim: 6, num_key_value_heads: 1, hidden_activation: 'gelu_pytorch_tanh', ...overrides };
    default:
      return { ...common, ...overrides };
  }
}

export interface TinyDecoderWeightOptions {
  seed?: number;
  /** Prefix base-model tensors (`model.` / `transformer.`). Default: true unless the task is feature-extraction. */
  prefixed?: boolean;
  /** Store `lm_head.weight` (text-generation). Default: when tie_word_embeddings is false (the family default counts). */
  lmHead?: boolean;
}

const num = (c: Record<string, unknown>, k: string, d: number): number => (typeof c[k] === 'number' ? c[k] : d);

/** Families whose head is tied to the embeddings unless tie_word_embeddings says otherwise. */
const TIED_BY_DEFAULT: ReadonlySet<DecoderFamily> = new Set(['gemma', 'gpt2']);

/** Random weights (uniform in [-0.5, 0.5); norm weights near 1, Gemma's near 0) named as transformers saves them. */
export function tinyDecoderWeights(
  family: DecoderFamily,
  config: Record<string, unknown>,
  task: DecoderTask,
  o: TinyDecoderWeightOptions = {},
): Record<string, MemoryTensor> {
  const rand = seededRandom(o.seed ?? 4321);
  const out: Record<string, MemoryTensor> = {};
  const t = (name: string, shape: number[], center = 0): void => {
    const n = shape.reduce((a, b) => a * b, 1);
    const data = new Float32Array(n);
    for (let i = 0; i < n; i++) data[i] = center + (rand() - 0.5);
    out[name] = { shape, data };
  };
  const V = num(config, 'vocab_size', 0);
  const labels = num(config, 'num_labels', 2);
  const tied = typeof config['tie_word_embeddings'] === 'boolean' ? config['tie_word_embeddings'] : TIED_BY_DEFAULT.has(family);
  const prefixed = o.prefixed ?? task !== 'feature-extraction';

  if (family === 'gpt2') {
    const H = num(config, 'n_embd', 0);
    const I = num(config, 'n_inner', 4 * H);
    const p = prefixed ? 'transformer.' : '';
    t(`${p}wte.weight`, [V, H]);
    t(`${p}wpe.weight`, [num(config, 'n_positions', 0), H]);
    const ln = (name: string): void => {
      t(`${name}.weight`, [H], 1);
      t(`${name}.bias`, [H]);
    };
    for (let l = 0; l < num(config, 'n_layer', 0); l++) {
      const b = `${p}h.${l}.`;
      ln(`${b}ln_1`);
      t(`${b}attn.c_attn.weight`, [H, 3 * H]);
      t(`${b}attn.c_attn.bias`, [3 * H]);
      t(`${b}attn.c_proj.weight`, [H, H]);
      t(`${b}attn.c_proj.bias`, [H]);
      ln(`${b}ln_2`);
      t(`${b}mlp.c_fc.weight`, [H, I]);
      t(`${b}mlp.c_fc.bias`, [I]);
      t(`${b}mlp.c_proj.weight`, [I, H]);
      t(`${b}mlp.c_proj.bias`, [H]);
      // buffers old checkpoints carry; the witness must ignore them
      out[`${b}attn.bias`] = { shape: [1, 1, 2, 2], data: new Float32Array([1, 0, 1, 1]) };
    }
    ln(`${p}ln_f`);
    heads(H);
    return out;
  }

  const H = num(config, 'hidden_size', 0);
  const nH = num(config, 'num_attention_heads', 0);
  const kvH = num(config, 'num_key_value_heads', nH);
  const D = num(config, 'head_dim', H / nH);
  const I = num(config, 'intermediate_size', 0);
  const p = prefixed ? 'model.' : '';
  const normCenter = family === 'gemma' ? 0 : 1;
  const bool = (k: string): boolean => config[k] === true;
  const attnBias = family === 'qwen2' ? { qkv: true, o: false } : { qkv: bool('attention_bias'), o: bool('attention_bias') && family !== 'mistral' };
  t(`${p}embed_tokens.weight`, [V, H]);
  for (let l = 0; l < num(config, 'num_hidden_layers', 0); l++) {
    const b = `${p}layers.${l}.`;
    t(`${b}input_layernorm.weight`, [H], normCenter);
    t(`${b}post_attention_layernorm.weight`, [H], normCenter);
    if (family === 'phi3') {
      t(`${b}self_attn.qkv_proj.weight`, [(nH + 2 * kvH) * D, H]);
      t(`${b}mlp.gate_up_proj.weight`, [2 * I, H]);
    } else {
      for (const [name, rows] of [
        ['q_proj', nH * D],
        ['k_proj', kvH * D],
        ['v_proj', kvH * D],
      ] as const) {
        t(`${b}self_attn.${name}.weight`, [rows, H]);
        if (attnBias.qkv) t(`${b}self_attn.${name}.bias`, [rows]);
      }
      for (const name of ['gate_proj', 'up_proj']) {
        t(`${b}mlp.${name}.weight`, [I, H]);
        if (bool('mlp_bias')) t(`${b}mlp.${name}.bias`, [I]);
      }
    }
    t(`${b}self_attn.o_proj.weight`, [H, nH * D]);
    if (attnBias.o) t(`${b}self_attn.o_proj.bias`, [H]);
    t(`${b}mlp.down_proj.weight`, [H, I]);
    if (bool('mlp_bias') && family === 'llama') t(`${b}mlp.down_proj.bias`, [H]);
    if (family === 'qwen3') {
      t(`${b}self_attn.q_norm.weight`, [D], 1);
      t(`${b}self_attn.k_norm.weight`, [D], 1);
    }
  }
  t(`${p}norm.weight`, [H], normCenter);
  heads(H);
  return out;

  function heads(width: number): void {
    if (task === 'text-classification') t('score.weight', [labels, width]);
    if (task === 'text-generation' && (o.lmHead ?? !tied)) t('lm_head.weight', [V, width]);
  }
}
