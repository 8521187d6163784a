import type { DecoderFamily } from '../descriptor.js';
import { LLAMA } from './llama.js';

/**
 * Phi-3: llama with fused `qkv_proj` and `gate_up_proj`, rotary embeddings on the first
 * `partial_rotary_factor` of each head, and a sliding window when `sliding_window` is set.
 */
export const PHI3: DecoderFamily = {
  ...LLAMA,
  modelType: 'phi3',
  classPrefix: 'Phi3',
  suffixes: ['Model', 'ForCausalLM', 'ForSequenceClassification', 'ForTokenClassification'],
  convert: {
    ...LLAMA.convert,
    config: {
      ...LLAMA.convert.config,
      vocabSize: { keys: ['vocab_size'], default: 32064 },
      hiddenSize: { keys: ['hidden_size'], default: 3072 },
      intermediateSize: { keys: ['intermediate_size'], default: 8192 },
      maxPositions: { keys: ['max_position_embeddings'], default: 4096 },
      normEps: { keys: ['rms_norm_eps'], default: 1e-5 },
      slidingWindow: { keys: ['sliding_window'], default: null },
    },
    partialRotaryKey: 'partial_rotary_factor',
    attention: { projections: 'fused-qkv', bias: 'none', slidingWindow: 'config', scaling: 'head-dim' },
    mlp: { layout: 'fused-gated', bias: 'none' },
    tensors: {
      embed: 'embed_tokens',
      layers: 'layers',
      attentionNorm: 'input_layernorm',
      qkv: 'self_attn.qkv_proj',
      o: 'self_attn.o_proj',
      mlpNorm: 'post_attention_layernorm',
      gateUp: 'mlp.gate_up_proj',
      down: 'mlp.down_proj',
      finalNorm: 'norm',
      lmHead: 'lm_head',
      score: 'score',
    },
  },
};
