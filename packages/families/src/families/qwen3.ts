import type { DecoderFamily } from '../descriptor.js';
import { QWEN2 } from './qwen2.js';

/** Qwen3: qwen2 with per-head q/k RMSNorm, biases only with `attention_bias`, head_dim 128 by default. */
export const QWEN3: DecoderFamily = {
  ...QWEN2,
  modelType: 'qwen3',
  classPrefix: 'Qwen3',
  convert: {
    ...QWEN2.convert,
    config: { ...QWEN2.convert.config, headDim: { keys: ['head_dim'], default: 128 } },
    attention: { ...QWEN2.convert.attention, bias: 'config', qkNorm: true },
    tensors: { ...QWEN2.convert.tensors, qNorm: 'self_attn.q_norm', kNorm: 'self_attn.k_norm' },
  },
};
