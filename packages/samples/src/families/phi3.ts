import { PHI3 as PHI3_DESCRIPTOR } from '@mlpack/families';
import { pyFloat } from '../python-json.js';
import { decoderSampleFamily } from './decoder-family.js';
import { rotaryConfig } from './rotary-config.js';

/**
 * Phi-3: fused qkv / gate_up, half of each head rotated (`partial_rotary_factor` 0.5, written by
 * transformers >= 4.49), a sliding window of 5; its token classifier is MPT's `classifier`.
 */
export const PHI3 = decoderSampleFamily(PHI3_DESCRIPTOR, {
  tokenizers: ['sentencepiece-bpe'],
  defaults: { partialRotaryFactor: 0.5, slidingWindow: 5 },
  tokenClassifier: 'classifier',
  transformersVersion: '4.51.0',
  config: (ctx) => ({
    ...rotaryConfig(ctx, { rmsNormEps: 1e-5 }),
    embd_pdrop: pyFloat(0),
    original_max_position_embeddings: ctx.spec.maxPositionEmbeddings,
    partial_rotary_factor: pyFloat(ctx.spec.partialRotaryFactor),
    resid_pdrop: pyFloat(0),
    rope_scaling: null,
    sliding_window: ctx.spec.slidingWindow,
  }),
});
