/**
 * The part of `@huggingface/tokenizers`' `Tokenizer` this package uses, typed here: the library's
 * own declarations use extension-less relative imports that TypeScript's NodeNext resolution
 * cannot follow, so its types arrive unresolved. Keeping our own interface at the boundary also
 * keeps the library's types out of ours.
 */
export interface HfEncoding {
  ids: number[];
  tokens: string[];
  attention_mask: number[];
  token_type_ids?: number[];
}

export interface HfTokenizer {
  encode(text: string, options: { text_pair?: string; add_special_tokens?: boolean; return_token_type_ids?: boolean }): HfEncoding;
  decode(ids: number[], options: { skip_special_tokens?: boolean; clean_up_tokenization_spaces?: boolean }): string;
  token_to_id(token: string): number | undefined;
  id_to_token(id: number): string | undefined;
  get_vocab(withAddedTokens: boolean): Map<string, number>;
}

export type HfTokenizerConstructor = new (json: object, config: object) => HfTokenizer;

/** Load the library on first use and hand back its constructor, typed as above. */
export async function importHfTokenizer(): Promise<HfTokenizerConstructor> {
  const mod = (await import('@huggingface/tokenizers')) as unknown as { Tokenizer: HfTokenizerConstructor };
  return mod.Tokenizer;
}
