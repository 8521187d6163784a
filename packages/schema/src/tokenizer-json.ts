/**
 * tokenizer.json (huggingface/tokenizers' serialization) as `schemas/tokenizer.schema.json`
 * describes it. The model is a union discriminated by `type`; components keep an index signature
 * because tokenizers versions add fields.
 */

export interface TokenizerJson {
  version?: string;
  truncation?: TruncationJson | null;
  padding?: PaddingJson | null;
  added_tokens?: AddedTokenJson[];
  normalizer?: NormalizerJson | null;
  pre_tokenizer?: PreTokenizerJson | null;
  post_processor?: PostProcessorJson | null;
  decoder?: DecoderJson | null;
  model: TokenizerModelJson;
  [key: string]: unknown;
}

export interface TruncationJson {
  direction?: 'Left' | 'Right';
  max_length?: number;
  strategy?: 'LongestFirst' | 'OnlyFirst' | 'OnlySecond';
  stride?: number;
  [key: string]: unknown;
}

export interface PaddingJson {
  strategy?: 'BatchLongest' | { Fixed: number };
  direction?: 'Left' | 'Right';
  pad_to_multiple_of?: number | null;
  pad_id?: number;
  pad_type_id?: number;
  pad_token?: string;
  [key: string]: unknown;
}

export interface AddedTokenJson {
  id: number;
  content: string;
  single_word?: boolean;
  lstrip?: boolean;
  rstrip?: boolean;
  normalized?: boolean;
  special?: boolean;
}

/** A literal string or a regular expression. */
export type PatternJson = { String: string } | { Regex: string };

export type NormalizerType =
  | 'BertNormalizer'
  | 'Strip'
  | 'StripAccents'
  | 'NFC'
  | 'NFD'
  | 'NFKC'
  | 'NFKD'
  | 'Sequence'
  | 'Lowercase'
  | 'Nmt'
  | 'Precompiled'
  | 'Replace'
  | 'Prepend'
  | 'ByteLevel';

export type NormalizerJson =
  | { type: 'Sequence'; normalizers: NormalizerJson[]; [key: string]: unknown }
  | {
      type: 'BertNormalizer';
      clean_text?: boolean;
      handle_chinese_chars?: boolean;
      strip_accents?: boolean | null;
      lowercase?: boolean;
      [key: string]: unknown;
    }
  | { type: 'Replace'; pattern: PatternJson; content: string; [key: string]: unknown }
  | { type: 'Prepend'; prepend: string; [key: string]: unknown }
  | { type: Exclude<NormalizerType, 'Sequence' | 'BertNormalizer' | 'Replace' | 'Prepend'>; [key: string]: unknown };

export type SplitBehavior = 'Removed' | 'Isolated' | 'MergedWithPrevious' | 'MergedWithNext' | 'Contiguous';

export type PreTokenizerType =
  | 'BertPreTokenizer'
  | 'ByteLevel'
  | 'CharDelimiterSplit'
  | 'Metaspace'
  | 'Whitespace'
  | 'WhitespaceSplit'
  | 'Sequence'
  | 'Split'
  | 'Punctuation'
  | 'Digits'
  | 'UnicodeScripts'
  | 'FixedLength';

export type PreTokenizerJson =
  | { type: 'Sequence'; pretokenizers: PreTokenizerJson[]; [key: string]: unknown }
  | { type: 'ByteLevel'; add_prefix_space?: boolean; trim_offsets?: boolean; use_regex?: boolean; [key: string]: unknown }
  | {
      type: 'Metaspace';
      replacement?: string;
      add_prefix_space?: boolean;
      prepend_scheme?: 'always' | 'never' | 'first';
      split?: boolean;
      [key: string]: unknown;
    }
  | { type: 'Split'; pattern: PatternJson; behavior: SplitBehavior; invert?: boolean; [key: string]: unknown }
  | { type: 'CharDelimiterSplit'; delimiter: string; [key: string]: unknown }
  | { type: Exclude<PreTokenizerType, 'Sequence' | 'ByteLevel' | 'Metaspace' | 'Split' | 'CharDelimiterSplit'>; [key: string]: unknown };

export type TemplatePieceJson = { SpecialToken: { id: string; type_id?: number } } | { Sequence: { id: 'A' | 'B'; type_id?: number } };

export type PostProcessorJson =
  | { type: 'Sequence'; processors: PostProcessorJson[]; [key: string]: unknown }
  | {
      type: 'TemplateProcessing';
      single: TemplatePieceJson[];
      pair: TemplatePieceJson[];
      special_tokens?: Record<string, { id: string; ids: number[]; tokens: string[] }>;
      [key: string]: unknown;
    }
  | {
      type: 'BertProcessing' | 'RobertaProcessing';
      sep: [string, number];
      cls: [string, number];
      trim_offsets?: boolean;
      add_prefix_space?: boolean;
      [key: string]: unknown;
    }
  | { type: 'ByteLevel'; add_prefix_space?: boolean; trim_offsets?: boolean; use_regex?: boolean; [key: string]: unknown };

export type DecoderType = 'BPEDecoder' | 'ByteLevel' | 'WordPiece' | 'Metaspace' | 'CTC' | 'Sequence' | 'Replace' | 'Fuse' | 'Strip' | 'ByteFallback';

export type DecoderJson =
  | { type: 'Sequence'; decoders: DecoderJson[]; [key: string]: unknown }
  | { type: 'WordPiece'; prefix?: string; cleanup?: boolean; [key: string]: unknown }
  | { type: 'Replace'; pattern: PatternJson; content: string; [key: string]: unknown }
  | { type: 'Strip'; content: string; start: number; stop: number; [key: string]: unknown }
  | { type: Exclude<DecoderType, 'Sequence' | 'WordPiece' | 'Replace' | 'Strip'>; [key: string]: unknown };

export interface WordPieceModelJson {
  type: 'WordPiece';
  vocab: Record<string, number>;
  unk_token?: string;
  continuing_subword_prefix?: string;
  max_input_chars_per_word?: number;
  [key: string]: unknown;
}

export interface BpeModelJson {
  type: 'BPE';
  vocab: Record<string, number>;
  /** `"left right"` strings (older files) or `[left, right]` pairs (newer files). */
  merges: Array<string | [string, string]>;
  dropout?: number | null;
  unk_token?: string | null;
  continuing_subword_prefix?: string | null;
  end_of_word_suffix?: string | null;
  fuse_unk?: boolean;
  byte_fallback?: boolean;
  ignore_merges?: boolean;
  [key: string]: unknown;
}

export interface UnigramModelJson {
  type: 'Unigram';
  /** [piece, log-probability score] pairs; the index is the token id. */
  vocab: Array<[string, number]>;
  unk_id?: number | null;
  byte_fallback?: boolean;
  [key: string]: unknown;
}

export interface WordLevelModelJson {
  type: 'WordLevel';
  vocab: Record<string, number>;
  unk_token?: string;
  [key: string]: unknown;
}

export type TokenizerModelJson = WordPieceModelJson | BpeModelJson | UnigramModelJson | WordLevelModelJson;
