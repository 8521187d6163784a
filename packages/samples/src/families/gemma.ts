import { GEMMA as GEMMA_DESCRIPTOR } from '@mlpack/families';
import { decoderSampleFamily } from './decoder-family.js';
import { rotaryConfig } from './rotary-config.js';

/** Gemma: multi-query attention (1 kv head), head_dim 12 (≠ hidden / heads), tied head, gelu-tanh. */
export const GEMMA = decoderSampleFamily(GEMMA_DESCRIPTOR, {
  tokenizers: ['sentencepiece-bpe'],
  headDim: true,
  defaults: { kvHeads: 1, headDim: 12 },
  config: (ctx) => {
    const { tie_word_embeddings: _tied, ...rest } = rotaryConfig(ctx, { hiddenAct: 'gelu_pytorch_tanh' });
    return {
      ...rest,
      attention_bias: ctx.spec.attentionBias,
      head_dim: ctx.spec.headDim,
      // GemmaConfig writes its `hidden_activation: None`; tie_word_embeddings only when not the default (true).
      hidden_activation: null,
      ...(ctx.spec.tieWordEmbeddings ? {} : { tie_word_embeddings: false }),
    };
  },
});
