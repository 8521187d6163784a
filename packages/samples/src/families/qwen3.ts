import { QWEN3 as QWEN3_DESCRIPTOR } from '@mlpack/families';
import { decoderSampleFamily } from './decoder-family.js';
import { qwenWindowFields } from './qwen-window-fields.js';
import { ropeScalingField, rotaryConfig } from './rotary-config.js';

/** Qwen3: per-head q/k RMSNorm and head_dim 12 (≠ hidden / heads = 8). Qwen3 arrived in transformers 4.51. */
export const QWEN3 = decoderSampleFamily(QWEN3_DESCRIPTOR, {
  tokenizers: ['bpe'],
  headDim: true,
  ropeScaling: true,
  defaults: { headDim: 12, slidingWindow: 4, maxWindowLayers: 1 },
  transformersVersion: '4.51.0',
  config: (ctx) => ({
    ...rotaryConfig(ctx),
    ...qwenWindowFields(ctx.spec),
    attention_bias: ctx.spec.attentionBias,
    head_dim: ctx.spec.headDim,
    rope_scaling: ropeScalingField(ctx.spec),
  }),
});
