/** generation_config.json as `schemas/generation-config.schema.json` describes it (loose). */
export interface GenerationConfig {
  max_length?: number;
  max_new_tokens?: number | null;
  min_length?: number;
  min_new_tokens?: number | null;
  do_sample?: boolean;
  early_stopping?: boolean | 'never';
  num_beams?: number;
  num_beam_groups?: number;
  num_return_sequences?: number;
  temperature?: number | null;
  top_k?: number | null;
  top_p?: number | null;
  repetition_penalty?: number | null;
  length_penalty?: number;
  no_repeat_ngram_size?: number;
  use_cache?: boolean;
  bos_token_id?: number | null;
  pad_token_id?: number | null;
  eos_token_id?: number | number[] | null;
  decoder_start_token_id?: number | number[] | null;
  forced_bos_token_id?: number | null;
  forced_eos_token_id?: number | number[] | null;
  transformers_version?: string;
  [key: string]: unknown;
}
