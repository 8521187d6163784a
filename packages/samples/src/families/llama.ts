import { LLAMA as LLAMA_DESCRIPTOR } from '@mlpack/families';
import { decoderSampleFamily } from './decoder-family.js';
import { ropeScalingField, rotaryConfig } from './rotary-config.js';

/** Llama: GQA (kv heads = heads / 2), untied head; `attentionBias`, `mlpBias`, `ropeScaling` on request. */
export const LLAMA = decoderSampleFamily(LLAMA_DESCRIPTOR, {
  tokenizers: ['sentencepiece-bpe'],
  headDim: true,
  ropeScaling: true,
  config: (ctx) => ({
    ...rotaryConfig(ctx),
    attention_bias: ctx.spec.attentionBias,
    head_dim: ctx.spec.headDim,
    mlp_bias: ctx.spec.mlpBias,
    pretraining_tp: 1,
    rope_scaling: ropeScalingField(ctx.spec),
  }),
});
