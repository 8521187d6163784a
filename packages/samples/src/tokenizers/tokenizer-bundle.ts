import { compareCodePoints, tokenizerConfigJson, tokenizerJson, type PyJson } from '../python-json.js';

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
  /** File name → exact contents (text, or bytes for a SentencePiece model), in name order. */
  files: ReadonlyMap<string, string | Uint8Array>;
}

/** What every tokenizer builder is told. */
export interface TokenizerOptions {
  /** `tokenizer_config.json#/model_max_length`: the model's position count. */
  modelMaxLength: number;
}

/** One special token as tokenizers writes it in `tokenizer.json#/added_tokens`. */
export interface SpecialTokenSpec {
  id: number;
  content: string;
  /** Swallow the whitespace on the left (RoBERTa's `<mask>`). */
  lstrip?: boolean;
}

/** `tokenizer.json#/added_tokens` entries (field order as tokenizers serializes them). */
function addedTokensJson(tokens: readonly SpecialTokenSpec[]): PyJson[] {
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
function addedTokensDecoder(tokens: readonly SpecialTokenSpec[]): Map<string, PyJson> {
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

/** One piece of a template: `$A` / `$B` is a sequence, anything else a special token; `:N` sets the type id (default 0). */
const TEMPLATE_PIECE = /^(.+?)(?::(\d+))?$/u;

function templatePieces(template: string): PyJson[] {
  return template.split(' ').map((piece): PyJson => {
    const [, name, typeId] = TEMPLATE_PIECE.exec(piece)!;
    const type_id = Number(typeId ?? 0);
    return name!.startsWith('$') ? { Sequence: { id: name!.slice(1), type_id } } : { SpecialToken: { id: name!, type_id } };
  });
}

/**
 * A `TemplateProcessing` post-processor, written from tokenizers' own template notation
 * (`"[CLS] $A [SEP]"`, `"[CLS] $A [SEP] $B:1 [SEP]:1"`) and the special tokens' ids.
 * `special_tokens` is written sorted by token, as tokenizers does.
 */
export function templateProcessing(single: string, pair: string, specialTokens: Readonly<Record<string, number>>): PyJson {
  const tokens = Object.entries(specialTokens).sort(([a], [b]) => compareCodePoints(a, b));
  return {
    type: 'TemplateProcessing',
    single: templatePieces(single),
    pair: templatePieces(pair),
    special_tokens: new Map(tokens.map(([content, id]): [string, PyJson] => [content, { id: content, ids: [id], tokens: [content] }])),
  };
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

/** The stages of `tokenizer.json` that differ between tokenizer styles (tokenizers' field names). */
export interface TokenizerPipeline {
  normalizer: PyJson;
  pre_tokenizer: PyJson;
  post_processor: PyJson;
  decoder: PyJson;
  model: PyJson;
}

/** What a tokenizer builder decides; `tokenizerBundle` writes the files from it. */
export interface TokenizerParts {
  kind: TokenizerKind;
  vocabSize: number;
  specialIds: SpecialTokenIds;
  /** The added (special) tokens, listed in tokenizer.json and tokenizer_config.json. */
  specials: readonly SpecialTokenSpec[];
  pipeline: TokenizerPipeline;
  /** `tokenizer_config.json` without `added_tokens_decoder` (derived from `specials`). */
  config: Record<string, PyJson>;
  /** `special_tokens_map.json`. */
  specialTokensMap: Record<string, PyJson>;
  /** The slow tokenizer's own vocabulary files (vocab.txt, vocab.json, merges.txt, a SentencePiece model), name → contents. */
  vocabularyFiles?: Readonly<Record<string, string | Uint8Array>>;
}

/**
 * The bundle a fast tokenizer's `save_pretrained` gives: tokenizer.json (tokenizers' field order,
 * `added_tokens` from the specials), tokenizer_config.json (with `added_tokens_decoder`),
 * special_tokens_map.json, plus the vocabulary files; files in name order.
 */
export function tokenizerBundle(parts: TokenizerParts): TokenizerBundle {
  const { pipeline } = parts;
  const json = {
    version: '1.0',
    truncation: null,
    padding: null,
    added_tokens: addedTokensJson(parts.specials),
    normalizer: pipeline.normalizer,
    pre_tokenizer: pipeline.pre_tokenizer,
    post_processor: pipeline.post_processor,
    decoder: pipeline.decoder,
    model: pipeline.model,
  };
  const config = { ...parts.config, added_tokens_decoder: addedTokensDecoder(parts.specials) };
  const files: [string, string | Uint8Array][] = [
    ['special_tokens_map.json', tokenizerConfigJson(parts.specialTokensMap)],
    ['tokenizer.json', tokenizerJson(json)],
    ['tokenizer_config.json', tokenizerConfigJson(config)],
    ...Object.entries(parts.vocabularyFiles ?? {}),
  ];
  files.sort(([a], [b]) => compareCodePoints(a, b));
  return { kind: parts.kind, vocabSize: parts.vocabSize, specialIds: parts.specialIds, files: new Map(files) };
}
