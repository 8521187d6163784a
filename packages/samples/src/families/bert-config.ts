import { pyFloat, type PyJson } from '../python-json.js';
import { labelFields, type FamilyContext } from './family-definition.js';

/** What differs between the BERT-style configs in the fields they share. */
export interface BertStyleConfigOptions {
  typeVocabSize: number;
  layerNormEps: number;
  /** `pad_token_id` when the tokenizer has none (the config class's default). */
  defaultPadId: number;
}

/**
 * The config.json fields BertConfig and the configs modelled on it (RobertaConfig, ElectraConfig,
 * AlbertConfig) write under the same names with the same meaning: sizes, positions, token types,
 * LayerNorm epsilon, padding id and labels. Dropouts, activation and token ids differ: each family
 * writes those itself.
 */
export function bertStyleConfig({ spec, vocabSize, specialIds }: FamilyContext, options: BertStyleConfigOptions): Record<string, PyJson> {
  return {
    hidden_size: spec.hidden,
    initializer_range: pyFloat(0.02),
    intermediate_size: spec.intermediate,
    layer_norm_eps: pyFloat(options.layerNormEps),
    max_position_embeddings: spec.maxPositionEmbeddings,
    num_attention_heads: spec.heads,
    num_hidden_layers: spec.layers,
    pad_token_id: specialIds.pad ?? options.defaultPadId,
    position_embedding_type: 'absolute',
    type_vocab_size: options.typeVocabSize,
    vocab_size: vocabSize,
    ...labelFields(spec.labels),
  };
}

/** BertConfig's dropout, activation and cache defaults, which RobertaConfig and ElectraConfig copy (ALBERT's differ). */
export function bertDropoutDefaults(): Record<string, PyJson> {
  return {
    attention_probs_dropout_prob: pyFloat(0.1),
    classifier_dropout: null,
    hidden_act: 'gelu',
    hidden_dropout_prob: pyFloat(0.1),
    use_cache: true,
  };
}
