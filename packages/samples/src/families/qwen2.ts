import { QWEN2 as QWEN2_DESCRIPTOR } from '@mlpack/families';
import { decoderSampleFamily } from './decoder-family.js';
import { qwenWindowFields } from './qwen-window-fields.js';
import { ropeScalingField, rotaryConfig } from './rotary-config.js';

/** Qwen2: q/k/v biases, byte-level BPE; `useSlidingWindow` windows the layers from `maxWindowLayers` (1) on. */
export const QWEN2 = decoderSampleFamily(QWEN2_DESCRIPTOR, {
  tokenizers: ['bpe'],
  ropeScaling: true,
  defaults: { slidingWindow: 4, maxWindowLayers: 1 },
  config: (ctx) => ({ ...rotaryConfig(ctx), ...qwenWindowFields(ctx.spec), rope_scaling: ropeScalingField(ctx.spec) }),
});
