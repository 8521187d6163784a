import { basename } from 'node:path';
import { CONVERTIBLE_FAMILIES } from '@mlpack/families';
import {
  addedTokens,
  idLookup,
  optionalBoolean,
  parseMerges,
  parseVocabTxt,
  readBytes,
  readText,
  sequence,
  special,
  specialTokens,
  templateSpecials,
  templateToken,
  toObject,
  tokenIdMap,
  tokenizerError,
} from './tokenizer-json-parts.js';
import { CLASS_SPECIAL_TOKENS } from './class-special-tokens.js';
import { buildSentencePieceTokenizerJson, sentencePieceFlavor } from './sentencepiece-tokenizer-json.js';
import type { SentencePieceFlavor } from './sentencepiece-tokenizer-json.js';
import { sentencepieceFileOf } from './summarize-tokenizer.js';

/**
 * Building a `tokenizer.json` document in memory from the "slow" tokenizer files of a Hugging Face
 * folder, the way transformers' slow → fast conversion does for the two cases where the mapping is
 * certain:
 *
 * - `wordpiece` (BertTokenizer, DistilBertTokenizer, ElectraTokenizer): `vocab.txt`, BertNormalizer,
 *   BertPreTokenizer, WordPiece, the `[CLS] $A [SEP]` template;
 * - `byte-level-bpe` (RobertaTokenizer): `vocab.json` + `merges.txt`, ByteLevel pre-tokenizer, BPE,
 *   RobertaProcessing;
 * - `sentencepiece` (the classes `sentencePieceFlavor` knows: ALBERT's, XLM-R's and its copies',
 *   T5's, Llama's, Gemma's): a SentencePiece `.model`, converted as
 *   `sentencepiece-tokenizer-json.ts` describes.
 *
 * Special and added tokens become `added_tokens` (special ones `special: true`, `normalized: false`)
 * so they are never split.
 */

export type SlowTokenizerKind = 'wordpiece' | 'byte-level-bpe' | 'sentencepiece';

/** Paths of a folder's slow tokenizer files (absolute or relative to the working directory). */
export type SlowTokenizerFiles =
  | { kind: 'wordpiece'; vocabTxt: string; addedTokensJson?: string | undefined }
  | { kind: 'byte-level-bpe'; vocabJson: string; mergesTxt: string; addedTokensJson?: string | undefined }
  | { kind: 'sentencepiece'; model: string; flavor: SentencePieceFlavor; addedTokensJson?: string | undefined };

/** tokenizer_config.json / special_tokens_map.json, parsed. */
export interface SlowTokenizerSettings {
  tokenizerConfig?: Record<string, unknown> | undefined;
  specialTokensMap?: Record<string, unknown> | undefined;
}

export interface BuiltTokenizer {
  /** The tokenizer.json document (the shape `@huggingface/tokenizers` and the Rust library read). */
  json: Record<string, unknown>;
  /** Names of the files it was built from, in reading order (`vocab.txt`; `vocab.json`, `merges.txt`; `added_tokens.json`). */
  files: string[];
}

/** Tokenizer classes (with or without `Fast`) whose slow → fast conversion is BertConverter. */
const WORDPIECE_CLASSES: ReadonlySet<string> = new Set(['BertTokenizer', 'DistilBertTokenizer', 'ElectraTokenizer']);
/** Tokenizer classes whose conversion is RobertaConverter. */
const BYTE_LEVEL_BPE_CLASSES: ReadonlySet<string> = new Set(['RobertaTokenizer']);
/** Families whose tokenizer (without a `tokenizer_class`) is the BERT WordPiece one. */
const WORDPIECE_FAMILIES: ReadonlySet<string> = new Set(['bert', 'distilbert', 'electra', 'albert']);
/** Families whose tokenizer (without a `tokenizer_class`) is RoBERTa's byte-level BPE. */
const BYTE_LEVEL_BPE_FAMILIES: ReadonlySet<string> = new Set(['roberta']);
/**
 * The convertible encoder families (from their descriptors), whose folders may name a tokenizer
 * class of the other kind (e.g. a RoBERTa model with BertTokenizer).
 */
const ENCODER_FAMILIES: ReadonlySet<string> = new Set(CONVERTIBLE_FAMILIES.filter((f) => f.kind === 'encoder').map((f) => f.modelType));

/** The slow tokenizers' constructor defaults (a key the files do not mention gets these). */
const WORDPIECE_DEFAULTS = CLASS_SPECIAL_TOKENS.BertTokenizer!;
const ROBERTA_DEFAULTS = CLASS_SPECIAL_TOKENS.RobertaTokenizer!;

/**
 * Which slow tokenizer a folder without tokenizer.json has, when its mapping to a fast tokenizer is
 * certain: by `tokenizer_class` when the folder names one (a BERT/DistilBERT/ELECTRA class needs
 * `vocab.txt`, RobertaTokenizer needs `vocab.json` + `merges.txt`, a SentencePiece class (see
 * `sentencePieceFlavor`) a `.model` file; any other class: none), else by model_type (bert,
 * distilbert, electra with `vocab.txt`; albert with `vocab.txt` and no SentencePiece model; roberta
 * with `vocab.json` + `merges.txt`; the families `sentencePieceFlavor` knows with a SentencePiece
 * model).
 */
export function slowTokenizerKind(modelType: string | undefined, tokenizerClass: unknown, files: readonly string[]): SlowTokenizerKind | undefined {
  const hasSentencePiece = sentencepieceFileOf(files) !== undefined;
  const named = typeof tokenizerClass === 'string' && tokenizerClass !== '';
  if (hasSentencePiece && sentencePieceFlavor(modelType, tokenizerClass) !== undefined) return 'sentencepiece';
  if (modelType === undefined || !ENCODER_FAMILIES.has(modelType)) return undefined;
  const hasWordPiece = files.includes('vocab.txt');
  const hasBpe = files.includes('vocab.json') && files.includes('merges.txt');
  if (named) {
    const base = tokenizerClass.endsWith('Fast') ? tokenizerClass.slice(0, -'Fast'.length) : tokenizerClass;
    if (WORDPIECE_CLASSES.has(base)) return hasWordPiece ? 'wordpiece' : undefined;
    if (BYTE_LEVEL_BPE_CLASSES.has(base)) return hasBpe ? 'byte-level-bpe' : undefined;
    return undefined;
  }
  if (WORDPIECE_FAMILIES.has(modelType)) return hasWordPiece ? 'wordpiece' : undefined;
  if (BYTE_LEVEL_BPE_FAMILIES.has(modelType)) return hasBpe ? 'byte-level-bpe' : undefined;
  return undefined;
}

/** Build the tokenizer.json document equivalent to a folder's slow tokenizer files. */
export async function buildTokenizerJson(slow: SlowTokenizerFiles, settings: SlowTokenizerSettings = {}): Promise<BuiltTokenizer> {
  switch (slow.kind) {
    case 'wordpiece':
      return buildWordPiece(slow, settings);
    case 'byte-level-bpe':
      return buildByteLevelBpe(slow, settings);
    case 'sentencepiece':
      return buildSentencePieceTokenizerJson(slow.model, slow.flavor, settings, slow.addedTokensJson);
  }
}

async function buildWordPiece(slow: Extract<SlowTokenizerFiles, { kind: 'wordpiece' }>, settings: SlowTokenizerSettings): Promise<BuiltTokenizer> {
  const config = settings.tokenizerConfig ?? {};
  const vocab = parseVocabTxt(await readText(slow.vocabTxt), slow.vocabTxt);
  const specials = specialTokens(settings, WORDPIECE_DEFAULTS, false);
  const added = await addedTokens(vocab, specials, settings, slow.addedTokensJson);
  const ids = idLookup(vocab, added);

  const unk = specials.get('unk_token');
  if (!unk || !vocab.has(unk.content)) {
    throw tokenizerError(`${unk ? JSON.stringify(unk.content) : 'no unk_token'}: the WordPiece unknown token must be in vocab.txt`, slow.vocabTxt);
  }
  const cls = templateToken(specials, 'cls_token', ids, slow.vocabTxt);
  const sep = templateToken(specials, 'sep_token', ids, slow.vocabTxt);

  // BertTokenizer(do_basic_tokenize=False) has no basic tokenizer: the converter then turns
  // lowercasing, accent stripping and CJK splitting off.
  const basic = optionalBoolean(config, 'do_basic_tokenize') ?? true;
  const lowercase = basic ? (optionalBoolean(config, 'do_lower_case') ?? true) : false;
  const chinese = basic ? (optionalBoolean(config, 'tokenize_chinese_chars') ?? true) : false;
  const stripAccents = basic ? (optionalBoolean(config, 'strip_accents') ?? null) : false;

  return {
    json: {
      version: '1.0',
      truncation: null,
      padding: null,
      added_tokens: added.tokens,
      normalizer: { type: 'BertNormalizer', clean_text: true, handle_chinese_chars: chinese, strip_accents: stripAccents, lowercase },
      pre_tokenizer: { type: 'BertPreTokenizer' },
      post_processor: {
        type: 'TemplateProcessing',
        single: [special(cls.token, 0), sequence('A', 0), special(sep.token, 0)],
        pair: [special(cls.token, 0), sequence('A', 0), special(sep.token, 0), sequence('B', 1), special(sep.token, 1)],
        special_tokens: templateSpecials([cls, sep]),
      },
      decoder: { type: 'WordPiece', prefix: '##', cleanup: true },
      model: {
        type: 'WordPiece',
        unk_token: unk.content,
        continuing_subword_prefix: '##',
        max_input_chars_per_word: 100,
        vocab: toObject(vocab),
      },
    },
    files: [basename(slow.vocabTxt), ...added.files],
  };
}

async function buildByteLevelBpe(slow: Extract<SlowTokenizerFiles, { kind: 'byte-level-bpe' }>, settings: SlowTokenizerSettings): Promise<BuiltTokenizer> {
  const config = settings.tokenizerConfig ?? {};
  const vocab = tokenIdMap(await readBytes(slow.vocabJson), slow.vocabJson);
  if (vocab.size === 0) throw tokenizerError('vocab.json has no tokens', slow.vocabJson);
  const merges = parseMerges(await readText(slow.mergesTxt), slow.mergesTxt, vocab);
  const specials = specialTokens(settings, ROBERTA_DEFAULTS, true);
  const added = await addedTokens(vocab, specials, settings, slow.addedTokensJson);
  const ids = idLookup(vocab, added);
  const cls = templateToken(specials, 'cls_token', ids, slow.vocabJson);
  const sep = templateToken(specials, 'sep_token', ids, slow.vocabJson);
  const addPrefixSpace = optionalBoolean(config, 'add_prefix_space') ?? false;
  const trimOffsets = optionalBoolean(config, 'trim_offsets') ?? true;

  return {
    json: {
      version: '1.0',
      truncation: null,
      padding: null,
      added_tokens: added.tokens,
      normalizer: null,
      pre_tokenizer: { type: 'ByteLevel', add_prefix_space: addPrefixSpace, trim_offsets: true, use_regex: true },
      post_processor: {
        type: 'RobertaProcessing',
        sep: [sep.token, sep.id],
        cls: [cls.token, cls.id],
        trim_offsets: trimOffsets,
        add_prefix_space: addPrefixSpace,
      },
      decoder: { type: 'ByteLevel', add_prefix_space: true, trim_offsets: true, use_regex: true },
      model: {
        type: 'BPE',
        dropout: null,
        unk_token: null,
        continuing_subword_prefix: '',
        end_of_word_suffix: '',
        fuse_unk: false,
        byte_fallback: false,
        ignore_merges: false,
        vocab: toObject(vocab),
        merges,
      },
    },
    files: [basename(slow.vocabJson), basename(slow.mergesTxt), ...added.files],
  };
}
