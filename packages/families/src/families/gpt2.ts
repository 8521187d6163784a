import type { DecoderFamily } from '../descriptor.js';
import { DECODER_TASKS } from '../descriptor.js';

/**
 * GPT-2: learned positions, pre-LN blocks with LayerNorm, Conv1D projections (weights stored
 * [in, out]) with biases, one fused `c_attn`, a plain gelu_new MLP, tied LM head.
 */
export const GPT2: DecoderFamily = {
  modelType: 'gpt2',
  kind: 'decoder',
  classPrefix: 'GPT2',
  suffixes: ['Model', 'LMHeadModel', 'ForSequenceClassification', 'ForTokenClassification'],
  tieWordEmbeddingsDefault: true,
  lmHeadTensors: ['lm_head.weight'],
  tokenizerClass: 'GPT2Tokenizer',
  convert: {
    tasks: DECODER_TASKS,
    basePrefix: 'transformer',
    config: {
      hiddenSize: { keys: ['n_embd', 'hidden_size'], default: 768 },
      layers: { keys: ['n_layer', 'num_hidden_layers'], default: 12 },
      heads: { keys: ['n_head', 'num_attention_heads'], default: 12 },
      intermediateSize: { keys: ['n_inner'], default: 3072 },
      intermediateTimesHidden: 4,
      vocabSize: { keys: ['vocab_size'], default: 50257 },
      maxPositions: { keys: ['n_positions', 'max_position_embeddings'], default: 1024 },
      normEps: { keys: ['layer_norm_epsilon'], default: 1e-5 },
      activation: { keys: ['activation_function'], default: 'gelu_new' },
    },
    norm: 'layer',
    positions: 'learned',
    linear: 'conv1d',
    attention: { projections: 'fused-qkv', bias: 'all', slidingWindow: 'none', scaling: 'gpt2' },
    mlp: { layout: 'plain', bias: 'all' },
    tensors: {
      embed: 'wte',
      positions: 'wpe',
      layers: 'h',
      attentionNorm: 'ln_1',
      qkv: 'attn.c_attn',
      o: 'attn.c_proj',
      mlpNorm: 'ln_2',
      up: 'mlp.c_fc',
      down: 'mlp.c_proj',
      finalNorm: 'ln_f',
      lmHead: 'lm_head',
      score: 'score',
    },
  },
};
