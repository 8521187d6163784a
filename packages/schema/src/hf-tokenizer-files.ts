/**
 * tokenizer_config.json and special_tokens_map.json as their schemas describe them. Both are
 * loose: tokenizer classes define their own fields.
 */

/** An added token as transformers serializes `AddedToken` (no id: the id is the map key). */
export interface AddedTokenObject {
  content: string;
  single_word?: boolean;
  lstrip?: boolean;
  rstrip?: boolean;
  normalized?: boolean;
  special?: boolean;
  [key: string]: unknown;
}

/** A special token: its text or an AddedToken object. */
export type SpecialTokenValue = string | AddedTokenObject;

export interface TokenizerConfig {
  tokenizer_class?: string | null;
  /** transformers writes 1e30 when unknown. */
  model_max_length?: number;
  bos_token?: SpecialTokenValue | null;
  eos_token?: SpecialTokenValue | null;
  unk_token?: SpecialTokenValue | null;
  sep_token?: SpecialTokenValue | null;
  pad_token?: SpecialTokenValue | null;
  cls_token?: SpecialTokenValue | null;
  mask_token?: SpecialTokenValue | null;
  additional_special_tokens?: SpecialTokenValue[] | null;
  /** Token id (decimal string) to added token. */
  added_tokens_decoder?: Record<string, AddedTokenObject>;
  do_lower_case?: boolean;
  chat_template?: string | Array<{ name: string; template: string }>;
  padding_side?: 'left' | 'right';
  truncation_side?: 'left' | 'right';
  clean_up_tokenization_spaces?: boolean;
  add_prefix_space?: boolean | null;
  add_bos_token?: boolean;
  add_eos_token?: boolean;
  model_input_names?: string[];
  [key: string]: unknown;
}

export interface SpecialTokensMap {
  bos_token?: SpecialTokenValue;
  eos_token?: SpecialTokenValue;
  unk_token?: SpecialTokenValue;
  sep_token?: SpecialTokenValue;
  pad_token?: SpecialTokenValue;
  cls_token?: SpecialTokenValue;
  mask_token?: SpecialTokenValue;
  additional_special_tokens?: SpecialTokenValue[];
  [key: string]: unknown;
}
