import type { DecoderFamily } from '../descriptor.js';
import { LLAMA } from './llama.js';

/** Mistral: llama without biases, plus sliding-window attention (MistralConfig's defaults). */
export const MISTRAL: DecoderFamily = {
  ...LLAMA,
  modelType: 'mistral',
  classPrefix: 'Mistral',
  suffixes: ['Model', 'ForCausalLM', 'ForSequenceClassification', 'ForTokenClassification'],
  convert: {
    ...LLAMA.convert,
    config: {
      ...LLAMA.convert.config,
      intermediateSize: { keys: ['intermediate_size'], default: 14336 },
      maxPositions: { keys: ['max_position_embeddings'], default: 131072 },
      slidingWindow: { keys: ['sliding_window'], default: 4096 },
    },
    attention: { ...LLAMA.convert.attention, bias: 'none', slidingWindow: 'config' },
    mlp: { layout: 'gated', bias: 'none' },
  },
};
