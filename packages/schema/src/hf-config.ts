/**
 * config.json as `schemas/config.schema.json` describes it. Loose on purpose: transformers
 * configs carry many more fields (reach them through the index signature) and every field but
 * `model_type` may be absent (transformers fills its defaults).
 */
export interface HfConfig {
  model_type: string;
  architectures?: string[] | null;
  id2label?: Record<string, string>;
  /** Values as written: transformers also loads decimal strings ("0"). */
  label2id?: Record<string, number | string>;
  num_labels?: number;
  vocab_size?: number;
  pad_token_id?: number | null;
  bos_token_id?: number | null;
  eos_token_id?: number | number[] | null;
  sep_token_id?: number | null;
  decoder_start_token_id?: number | null;
  tie_word_embeddings?: boolean;
  torch_dtype?: string | null;
  dtype?: string | null;
  transformers_version?: string;
  hidden_act?: string;
  activation_function?: string;
  auto_map?: Record<string, string | Array<string | null>>;
  problem_type?: 'regression' | 'single_label_classification' | 'multi_label_classification' | null;
  is_encoder_decoder?: boolean;
  use_cache?: boolean;
  initializer_range?: number;
  max_position_embeddings?: number;
  /** BERT family, llama family. */
  hidden_size?: number;
  num_hidden_layers?: number;
  num_attention_heads?: number;
  intermediate_size?: number;
  type_vocab_size?: number;
  layer_norm_eps?: number;
  position_embedding_type?: 'absolute' | 'relative_key' | 'relative_key_query';
  /** electra, albert. */
  embedding_size?: number;
  /** albert. */
  num_hidden_groups?: number;
  inner_group_num?: number;
  /** distilbert. */
  dim?: number;
  n_layers?: number;
  n_heads?: number;
  hidden_dim?: number;
  activation?: string;
  sinusoidal_pos_embds?: boolean;
  /** gpt2. */
  n_embd?: number;
  n_layer?: number;
  n_head?: number;
  n_positions?: number;
  n_inner?: number | null;
  layer_norm_epsilon?: number;
  /** llama, mistral, qwen2. */
  num_key_value_heads?: number | null;
  head_dim?: number | null;
  rms_norm_eps?: number;
  rope_theta?: number;
  rope_scaling?: { rope_type?: string; type?: string; factor?: number; [key: string]: unknown } | null;
  sliding_window?: number | null;
  /** bart. */
  d_model?: number;
  encoder_layers?: number;
  decoder_layers?: number;
  encoder_attention_heads?: number;
  decoder_attention_heads?: number;
  encoder_ffn_dim?: number;
  decoder_ffn_dim?: number;
  scale_embedding?: boolean;
  [key: string]: unknown;
}
