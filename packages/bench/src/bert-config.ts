import type { BenchModelSpec } from './bench-model-spec.js';

/** The transformers release whose config layout the file follows (the same as @mlpack/samples). */
export const BENCH_TRANSFORMERS_VERSION = '4.46.0';

/**
 * config.json of the generated `BertModel`: the fields transformers 4.46 `save_pretrained` writes for
 * a BertConfig (the same set @mlpack/samples writes), keys sorted, 2-space indent, trailing newline.
 */
export function bertConfigJson(spec: BenchModelSpec): string {
  const config: Record<string, unknown> = {
    _attn_implementation_autoset: true,
    architectures: ['BertModel'],
    attention_probs_dropout_prob: 0.1,
    classifier_dropout: null,
    hidden_act: 'gelu',
    hidden_dropout_prob: 0.1,
    hidden_size: spec.hidden,
    initializer_range: 0.02,
    intermediate_size: spec.intermediate,
    layer_norm_eps: 1e-12,
    max_position_embeddings: spec.maxPositions,
    model_type: 'bert',
    num_attention_heads: spec.heads,
    num_hidden_layers: spec.layers,
    pad_token_id: 0,
    position_embedding_type: 'absolute',
    torch_dtype: 'float32',
    transformers_version: BENCH_TRANSFORMERS_VERSION,
    type_vocab_size: spec.typeVocabSize,
    use_cache: true,
    vocab_size: spec.vocabSize,
  };
  const sorted = Object.fromEntries(
    Object.keys(config)
      .sort()
      .map((k) => [k, config[k]]),
  );
  return JSON.stringify(sorted, null, 2) + '\n';
}
