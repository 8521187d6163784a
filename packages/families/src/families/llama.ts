import type { DecoderFamily } from '../descriptor.js';
import { DECODER_TASKS } from '../descriptor.js';

/**
 * Llama: RMSNorm, rotary positions (`rope_theta`, `rope_scaling`), SwiGLU MLP, grouped-query
 * attention; `attention_bias` / `mlp_bias` switch biases on. Defaults are LlamaConfig's. The base
 * of mistral, qwen2, qwen3, phi3 and gemma.
 */
export const LLAMA: DecoderFamily = {
  modelType: 'llama',
  kind: 'decoder',
  classPrefix: 'Llama',
  suffixes: ['Model', 'ForCausalLM', 'ForSequenceClassification', 'ForTokenClassification', 'ForQuestionAnswering'],
  tieWordEmbeddingsDefault: false,
  lmHeadTensors: ['lm_head.weight'],
  tokenizerClass: 'LlamaTokenizer',
  convert: {
    tasks: DECODER_TASKS,
    basePrefix: 'model',
    config: {
      hiddenSize: { keys: ['hidden_size'], default: 4096 },
      layers: { keys: ['num_hidden_layers'], default: 32 },
      heads: { keys: ['num_attention_heads'], default: 32 },
      kvHeads: ['num_key_value_heads'],
      headDim: { keys: ['head_dim'] },
      intermediateSize: { keys: ['intermediate_size'], default: 11008 },
      vocabSize: { keys: ['vocab_size'], default: 32000 },
      maxPositions: { keys: ['max_position_embeddings'], default: 2048 },
      normEps: { keys: ['rms_norm_eps'], default: 1e-6 },
      activation: { keys: ['hidden_act'], default: 'silu' },
      ropeTheta: { keys: ['rope_theta'], default: 10000 },
    },
    norm: 'rms',
    positions: 'rope',
    linear: 'linear',
    attention: { projections: 'separate', bias: 'config', slidingWindow: 'none', scaling: 'head-dim' },
    mlp: { layout: 'gated', bias: 'config' },
    tensors: {
      embed: 'embed_tokens',
      layers: 'layers',
      attentionNorm: 'input_layernorm',
      q: 'self_attn.q_proj',
      k: 'self_attn.k_proj',
      v: 'self_attn.v_proj',
      o: 'self_attn.o_proj',
      mlpNorm: 'post_attention_layernorm',
      gate: 'mlp.gate_proj',
      up: 'mlp.up_proj',
      down: 'mlp.down_proj',
      finalNorm: 'norm',
      lmHead: 'lm_head',
      score: 'score',
    },
  },
};
