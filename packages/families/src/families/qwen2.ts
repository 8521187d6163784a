import type { DecoderFamily } from '../descriptor.js';
import { LLAMA } from './llama.js';

/** Qwen2: llama with q/k/v biases and optional per-layer sliding windows (Qwen2Config's defaults). */
export const QWEN2: DecoderFamily = {
  ...LLAMA,
  modelType: 'qwen2',
  classPrefix: 'Qwen2',
  suffixes: ['Model', 'ForCausalLM', 'ForSequenceClassification', 'ForTokenClassification', 'ForQuestionAnswering'],
  tokenizerClass: 'Qwen2Tokenizer',
  convert: {
    ...LLAMA.convert,
    config: {
      ...LLAMA.convert.config,
      vocabSize: { keys: ['vocab_size'], default: 151936 },
      intermediateSize: { keys: ['intermediate_size'], default: 22016 },
      maxPositions: { keys: ['max_position_embeddings'], default: 32768 },
      slidingWindow: { keys: ['sliding_window'], default: 4096 },
    },
    attention: { ...LLAMA.convert.attention, bias: 'qkv', slidingWindow: 'qwen2' },
    mlp: { layout: 'gated', bias: 'none' },
  },
};
