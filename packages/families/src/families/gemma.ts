import type { DecoderFamily } from '../descriptor.js';
import { LLAMA } from './llama.js';

/**
 * Gemma: llama with embeddings scaled by sqrt(hidden_size), `(1 + weight)` RMSNorm, a gelu-tanh
 * gated MLP (`hidden_activation`), a free `head_dim` (256 by default) and a tied LM head.
 */
export const GEMMA: DecoderFamily = {
  ...LLAMA,
  modelType: 'gemma',
  classPrefix: 'Gemma',
  suffixes: ['Model', 'ForCausalLM', 'ForSequenceClassification', 'ForTokenClassification'],
  tieWordEmbeddingsDefault: true,
  tokenizerClass: 'GemmaTokenizer',
  convert: {
    ...LLAMA.convert,
    config: {
      ...LLAMA.convert.config,
      vocabSize: { keys: ['vocab_size'], default: 256000 },
      hiddenSize: { keys: ['hidden_size'], default: 3072 },
      intermediateSize: { keys: ['intermediate_size'], default: 24576 },
      layers: { keys: ['num_hidden_layers'], default: 28 },
      heads: { keys: ['num_attention_heads'], default: 16 },
      headDim: { keys: ['head_dim'], default: 256 },
      maxPositions: { keys: ['max_position_embeddings'], default: 8192 },
      // `hidden_activation` overrides `hidden_act` (transformers 4.4x ignored hidden_act; 5 reads it): the reference agrees.
      activation: { keys: ['hidden_activation', 'hidden_act'], default: 'gelu_pytorch_tanh' },
    },
    norm: 'rms-one-plus',
    embeddingScale: 'sqrt-hidden',
    mlp: { layout: 'gated', bias: 'none' },
  },
};
