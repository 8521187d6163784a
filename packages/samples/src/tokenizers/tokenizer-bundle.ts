import type { PyJson } from '../python-json.js';

/** The tokenizer styles the generator can write. */
export type TokenizerKind = 'wordpiece' | 'bpe' | 'sentencepiece-bpe' | 'sentencepiece-unigram';

/** Ids of special tokens by role (absent when the tokenizer has no such token). */
export interface SpecialTokenIds {
  pad?: number;
  unk?: number;
  bos?: number;
  eos?: number;
  cls?: number;
  sep?: number;
  mask?: number;
}

/** A tokenizer ready to be written: its files plus what config.json needs to know about it. */
export interface TokenizerBundle {
  kind: TokenizerKind;
  /** Number of ids (model vocabulary plus added tokens): the embedding rows the model needs. */
  vocabSize: number;
  specialIds: SpecialTokenIds;
  /** File name → exact contents, in name order. */
  files: ReadonlyMap<string, string>;
}

/** One special token as tokenizers writes it in `tokenizer.json#/added_tokens`. */
export interface SpecialTokenSpec {
  id: number;
  content: string;
  /** Swallow the whitespace on the left (RoBERTa's `<mask>`). */
  lstrip?: boolean;
}

/** `tokenizer.json#/added_tokens` entries (field order as tokenizers serializes them). */
export function addedTokensJson(tokens: readonly SpecialTokenSpec[]): PyJson[] {
  return [...tokens]
    .sort((a, b) => a.id - b.id)
    .map((t) => ({
      id: t.id,
      content: t.content,
      single_word: false,
      lstrip: t.lstrip ?? false,
      rstrip: false,
      normalized: false,
      special: true,
    }));
}

/** `tokenizer_config.json#/added_tokens_decoder`: ids in numeric order, as Python sorts int keys. */
export function addedTokensDecoder(tokens: readonly SpecialTokenSpec[]): Map<string, PyJson> {
  return new Map(
    [...tokens]
      .sort((a, b) => a.id - b.id)
      .map((t): [string, PyJson] => [
        String(t.id),
        { content: t.content, lstrip: t.lstrip ?? false, normalized: false, rstrip: false, single_word: false, special: true },
      ]),
  );
}

/** `special_tokens_map.json` value for a token that transformers stores as an AddedToken dict. */
export function addedTokenDict(content: string, lstrip = false): PyJson {
  return { content, lstrip, normalized: false, rstrip: false, single_word: false };
}

/** A TemplateProcessing special-token entry (`{ id, ids, tokens }`). */
export function templateSpecialToken(content: string, id: number): PyJson {
  return { id: content, ids: [id], tokens: [content] };
}

/** Vocabulary as an ordered `token → id` map, refusing duplicates (a bug in a builder). */
export function vocabMap(tokens: readonly string[]): Map<string, PyJson> {
  const map = new Map<string, PyJson>();
  tokens.forEach((t, id) => {
    if (map.has(t)) throw new Error(`duplicate vocabulary entry ${JSON.stringify(t)}`);
    map.set(t, id);
  });
  return map;
}
