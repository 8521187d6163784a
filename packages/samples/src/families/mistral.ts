import { MISTRAL as MISTRAL_DESCRIPTOR } from '@mlpack/families';
import { decoderSampleFamily } from './decoder-family.js';
import { rotaryConfig } from './rotary-config.js';

/** Mistral: a sliding window of 4, shorter than the test prompts. */
export const MISTRAL = decoderSampleFamily(MISTRAL_DESCRIPTOR, {
  tokenizers: ['sentencepiece-bpe'],
  headDim: true,
  defaults: { slidingWindow: 4 },
  config: (ctx) => ({ ...rotaryConfig(ctx), head_dim: ctx.spec.headDim, sliding_window: ctx.spec.slidingWindow }),
});
