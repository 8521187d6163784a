import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { jsonPointer, parseJsonStrict } from '@mlpack/core';
import { MAX_VOCAB_FILE_BYTES } from '@mlpack/model';
import { VerifyError } from './verify-error.js';

/**
 * Building a `tokenizer.json` document in memory from the "slow" tokenizer files of a Hugging Face
 * folder, the way transformers' slow → fast conversion does for the two cases where the mapping is
 * certain:
 *
 * - `wordpiece` (BertTokenizer, DistilBertTokenizer, ElectraTokenizer): `vocab.txt`, BertNormalizer,
 *   BertPreTokenizer, WordPiece, the `[CLS] $A [SEP]` template;
 * - `byte-level-bpe` (RobertaTokenizer): `vocab.json` + `merges.txt`, ByteLevel pre-tokenizer, BPE,
 *   RobertaProcessing.
 *
 * Special and added tokens become `added_tokens` (special ones `special: true`, `normalized: false`)
 * so they are never split. SentencePiece tokenizers are not converted (their normalization is not
 * reproducible here with certainty).
 */

export type SlowTokenizerKind = 'wordpiece' | 'byte-level-bpe';

/** Paths of a folder's slow tokenizer files (absolute or relative to the working directory). */
export type SlowTokenizerFiles =
  | { kind: 'wordpiece'; vocabTxt: string; addedTokensJson?: string | undefined }
  | { kind: 'byte-level-bpe'; vocabJson: string; mergesTxt: string; addedTokensJson?: string | undefined };

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
/** Encoder families whose folders may name a tokenizer class of the other kind (e.g. a RoBERTa model with BertTokenizer). */
const ENCODER_FAMILIES: ReadonlySet<string> = new Set(['bert', 'distilbert', 'electra', 'albert', 'roberta', 'xlm-roberta', 'camembert']);
const SENTENCEPIECE_FILES = ['tokenizer.model', 'spiece.model', 'sentencepiece.bpe.model'];

/** Order of transformers' SPECIAL_TOKENS_ATTRIBUTES (additional_special_tokens last). */
const SPECIAL_KEYS = ['bos_token', 'eos_token', 'unk_token', 'sep_token', 'pad_token', 'cls_token', 'mask_token'] as const;
type SpecialKey = (typeof SPECIAL_KEYS)[number];

/** The slow tokenizers' constructor defaults (a key the files do not mention gets these). */
const WORDPIECE_DEFAULTS: Partial<Record<SpecialKey, string>> = {
  unk_token: '[UNK]',
  sep_token: '[SEP]',
  pad_token: '[PAD]',
  cls_token: '[CLS]',
  mask_token: '[MASK]',
};
const ROBERTA_DEFAULTS: Partial<Record<SpecialKey, string>> = {
  bos_token: '<s>',
  eos_token: '</s>',
  unk_token: '<unk>',
  sep_token: '</s>',
  pad_token: '<pad>',
  cls_token: '<s>',
  mask_token: '<mask>',
};

/**
 * Which slow tokenizer a folder without tokenizer.json has, when its mapping to a fast tokenizer is
 * certain: by `tokenizer_class` when the folder names one (a BERT/DistilBERT/ELECTRA class needs
 * `vocab.txt`, RobertaTokenizer needs `vocab.json` + `merges.txt`; any other class: none), else by
 * model_type (bert, distilbert, electra with `vocab.txt`; albert with `vocab.txt` and no
 * SentencePiece model; roberta with `vocab.json` + `merges.txt`). Only encoder families are considered.
 */
export function slowTokenizerKind(modelType: string | undefined, tokenizerClass: unknown, files: readonly string[]): SlowTokenizerKind | undefined {
  if (modelType === undefined || !ENCODER_FAMILIES.has(modelType)) return undefined;
  const hasWordPiece = files.includes('vocab.txt');
  const hasBpe = files.includes('vocab.json') && files.includes('merges.txt');
  if (typeof tokenizerClass === 'string' && tokenizerClass !== '') {
    const base = tokenizerClass.endsWith('Fast') ? tokenizerClass.slice(0, -'Fast'.length) : tokenizerClass;
    if (WORDPIECE_CLASSES.has(base)) return hasWordPiece ? 'wordpiece' : undefined;
    if (BYTE_LEVEL_BPE_CLASSES.has(base)) return hasBpe ? 'byte-level-bpe' : undefined;
    return undefined;
  }
  if (WORDPIECE_FAMILIES.has(modelType)) {
    if (!hasWordPiece) return undefined;
    if (modelType === 'albert' && SENTENCEPIECE_FILES.some((f) => files.includes(f))) return undefined;
    return 'wordpiece';
  }
  if (BYTE_LEVEL_BPE_FAMILIES.has(modelType)) return hasBpe ? 'byte-level-bpe' : undefined;
  return undefined;
}

/** An added token as tokenizer.json lists it. */
interface AddedTokenJson {
  id: number;
  content: string;
  single_word: boolean;
  lstrip: boolean;
  rstrip: boolean;
  normalized: boolean;
  special: boolean;
}

/** A special token before it has an id. */
type TokenSpec = Omit<AddedTokenJson, 'id'>;

/** Build the tokenizer.json document equivalent to a folder's slow tokenizer files. */
export async function buildTokenizerJson(slow: SlowTokenizerFiles, settings: SlowTokenizerSettings = {}): Promise<BuiltTokenizer> {
  return slow.kind === 'wordpiece' ? buildWordPiece(slow, settings) : buildByteLevelBpe(slow, settings);
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

// ---------------------------------------------------------------------------------------------
// Files

async function readBytes(path: string): Promise<Uint8Array> {
  const name = basename(path);
  try {
    const size = (await stat(path)).size;
    if (size > MAX_VOCAB_FILE_BYTES) {
      throw tokenizerError(`${name} has ${size} bytes, more than the ${MAX_VOCAB_FILE_BYTES} a vocabulary file may have`, path);
    }
    return new Uint8Array(await readFile(path));
  } catch (cause) {
    if (cause instanceof VerifyError) throw cause;
    throw new VerifyError('INPUT_TOKENIZER', `cannot read ${name}: ${(cause as Error).message}`, { file: path, cause });
  }
}

/** UTF-8 text; a BOM is kept (as Python's utf-8 codec keeps it). */
const fatalUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

async function readText(path: string): Promise<string> {
  const bytes = await readBytes(path);
  try {
    return fatalUtf8.decode(bytes);
  } catch (cause) {
    throw new VerifyError('INPUT_TOKENIZER', `${basename(path)} is not valid UTF-8`, { file: path, cause, hint: RESTORE_HINT });
  }
}

/** Lines as Python's text mode reads them (universal newlines), without the empty one after a final newline. */
function lines(text: string): string[] {
  const out = text.split(/\r\n|\r|\n/);
  if (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out;
}

/** vocab.txt: the token of id i on line i (a later duplicate takes the id, as transformers' load_vocab does). */
function parseVocabTxt(text: string, path: string): Map<string, number> {
  const vocab = new Map<string, number>();
  lines(text).forEach((token, i) => vocab.set(token, i));
  if (vocab.size === 0) throw tokenizerError('vocab.txt has no tokens', path);
  return vocab;
}

/** vocab.json / added_tokens.json: an object mapping tokens to non-negative integer ids. */
function tokenIdMap(bytes: Uint8Array, path: string): Map<string, number> {
  const name = basename(path);
  const parsed = parseJsonStrict(bytes, { file: path, maxBytes: MAX_VOCAB_FILE_BYTES });
  if (!parsed.ok) {
    throw new VerifyError('INPUT_TOKENIZER', `${name} is not valid JSON: ${parsed.error.detail}`, {
      file: path,
      pointer: parsed.error.pointer,
      offset: parsed.error.offset,
      cause: parsed.error,
      hint: RESTORE_HINT,
    });
  }
  const value = parsed.value;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw tokenizerError(`${name} must be an object mapping tokens to ids`, path, '');
  }
  const map = new Map<string, number>();
  for (const [token, id] of Object.entries(value)) {
    if (!(typeof id === 'number' && Number.isSafeInteger(id) && id >= 0)) {
      throw tokenizerError(`${name}: the id of ${JSON.stringify(token)} is not a non-negative integer`, path, jsonPointer(token));
    }
    map.set(token, id);
  }
  return map;
}

/**
 * merges.txt: an optional `#version` header, then one merge per line, two tokens separated by
 * whitespace; both tokens and their concatenation must be in the vocabulary (as the tokenizers
 * library requires). Blank lines are skipped.
 */
function parseMerges(text: string, path: string, vocab: ReadonlyMap<string, number>): [string, string][] {
  const all = lines(text);
  const merges: [string, string][] = [];
  all.forEach((line, i) => {
    if (i === 0 && line.startsWith('#version')) return;
    const parts = line.split(/\s+/).filter((p) => p !== '');
    if (parts.length === 0) return;
    const where = `merges.txt line ${i + 1}`;
    if (parts.length !== 2) {
      throw tokenizerError(`${where}: expected two tokens separated by a space, got ${JSON.stringify(line)}`, path);
    }
    const [a, b] = parts as [string, string];
    for (const t of [a, b, a + b]) {
      if (!vocab.has(t)) throw tokenizerError(`${where}: ${JSON.stringify(t)} is not in vocab.json`, path);
    }
    merges.push([a, b]);
  });
  return merges;
}

// ---------------------------------------------------------------------------------------------
// Special and added tokens

/**
 * The special tokens as transformers resolves them when loading a slow tokenizer: from
 * tokenizer_config.json; in legacy folders (no `added_tokens_decoder`), special_tokens_map.json
 * overrides it; keys neither mentions get the class defaults; `null` means none.
 */
function specialTokens(settings: SlowTokenizerSettings, defaults: Partial<Record<SpecialKey, string>>, roberta: boolean): Map<SpecialKey | `additional_${number}`, TokenSpec> {
  const config = settings.tokenizerConfig ?? {};
  const legacy = !isObject(config.added_tokens_decoder);
  const map = settings.specialTokensMap ?? {};
  const pick = (key: string): { value: unknown; file: string } | undefined => {
    if (legacy && map[key] !== undefined && map[key] !== null) return { value: map[key], file: 'special_tokens_map.json' };
    if (config[key] !== undefined) return { value: config[key], file: 'tokenizer_config.json' };
    return undefined;
  };
  const out = new Map<SpecialKey | `additional_${number}`, TokenSpec>();
  for (const key of SPECIAL_KEYS) {
    const given = pick(key);
    const value = given ? given.value : defaults[key];
    if (value === undefined || value === null) continue;
    // RobertaTokenizer makes a plain-string mask token strip the space before it.
    out.set(key, tokenSpec(value, given?.file ?? 'tokenizer_config.json', `/${key}`, roberta && key === 'mask_token'));
  }
  const additional = pick('additional_special_tokens');
  if (additional && additional.value !== null) {
    if (!Array.isArray(additional.value)) {
      throw tokenizerError('additional_special_tokens must be a list', additional.file, '/additional_special_tokens');
    }
    additional.value.forEach((v, i) => out.set(`additional_${i}`, tokenSpec(v, additional.file, `/additional_special_tokens/${i}`, false)));
  }
  return out;
}

function tokenSpec(value: unknown, file: string, pointer: string, lstripDefault: boolean): TokenSpec {
  if (typeof value === 'string' && value !== '') {
    return { content: value, single_word: false, lstrip: lstripDefault, rstrip: false, normalized: false, special: true };
  }
  if (isObject(value) && typeof value.content === 'string' && value.content !== '') {
    return {
      content: value.content,
      single_word: flag(value, 'single_word', false, file, pointer),
      lstrip: flag(value, 'lstrip', false, file, pointer),
      rstrip: flag(value, 'rstrip', false, file, pointer),
      normalized: false,
      special: true,
    };
  }
  throw tokenizerError('a special token must be a non-empty string or an object with a "content" string', file, pointer);
}

/**
 * The tokenizer's added tokens: `added_tokens_decoder` of tokenizer_config.json (or, in legacy
 * folders, added_tokens.json), then every special token not yet listed. A token in the vocabulary
 * keeps its vocabulary id; a special token that is nowhere gets the next free id, as the tokenizers
 * library assigns it. Special tokens are `special: true, normalized: false`.
 */
async function addedTokens(
  vocab: ReadonlyMap<string, number>,
  specials: ReadonlyMap<string, TokenSpec>,
  settings: SlowTokenizerSettings,
  addedTokensJson: string | undefined,
): Promise<{ tokens: AddedTokenJson[]; files: string[]; fresh: Set<string> }> {
  const config = settings.tokenizerConfig ?? {};
  const specialContents = new Set([...specials.values()].map((s) => s.content));
  const byContent = new Map<string, AddedTokenJson>();
  const files: string[] = [];
  const add = (t: AddedTokenJson): void => {
    if (!byContent.has(t.content)) byContent.set(t.content, t);
  };

  if (isObject(config.added_tokens_decoder)) {
    const entries = Object.entries(config.added_tokens_decoder).map(([key, tok]) => {
      const pointer = jsonPointer('added_tokens_decoder', key);
      const id = /^(0|[1-9][0-9]*)$/.test(key) ? Number(key) : NaN;
      if (!Number.isSafeInteger(id)) throw tokenizerError(`added_tokens_decoder key ${JSON.stringify(key)} is not an id`, 'tokenizer_config.json', pointer);
      if (!isObject(tok) || typeof tok.content !== 'string' || tok.content === '') {
        throw tokenizerError('an added token must be an object with a non-empty "content" string', 'tokenizer_config.json', pointer);
      }
      return { id, tok, pointer };
    });
    entries.sort((a, b) => a.id - b.id);
    for (const { id, tok, pointer } of entries) {
      const content = tok.content as string;
      const special = flag(tok, 'special', false, 'tokenizer_config.json', pointer) || specialContents.has(content);
      add({
        id: vocab.get(content) ?? id,
        content,
        single_word: flag(tok, 'single_word', false, 'tokenizer_config.json', pointer),
        lstrip: flag(tok, 'lstrip', false, 'tokenizer_config.json', pointer),
        rstrip: flag(tok, 'rstrip', false, 'tokenizer_config.json', pointer),
        normalized: flag(tok, 'normalized', !special, 'tokenizer_config.json', pointer),
        special,
      });
    }
  } else if (addedTokensJson !== undefined) {
    const map = tokenIdMap(await readBytes(addedTokensJson), addedTokensJson);
    files.push(basename(addedTokensJson));
    for (const [content, id] of [...map].sort((a, b) => a[1] - b[1])) {
      if (content === '') throw tokenizerError('added_tokens.json lists an empty token', addedTokensJson, jsonPointer(''));
      const special = specialContents.has(content);
      add({ id: vocab.get(content) ?? id, content, single_word: false, lstrip: false, rstrip: false, normalized: !special, special });
    }
  }

  const fresh = new Set<string>();
  for (const spec of specials.values()) {
    if (byContent.has(spec.content)) continue;
    const id = vocab.get(spec.content);
    if (id === undefined) fresh.add(spec.content);
    add({ id: id ?? nextId(vocab, byContent), ...spec });
  }
  return { tokens: [...byContent.values()].sort((a, b) => a.id - b.id), files, fresh };
}

/** The id the tokenizers library gives a token that is in neither the vocabulary nor the added tokens. */
function nextId(vocab: ReadonlyMap<string, number>, added: ReadonlyMap<string, AddedTokenJson>): number {
  let max = -1;
  for (const t of added.values()) max = Math.max(max, t.id);
  return max >= vocab.size ? max + 1 : vocab.size;
}

/** Ids of the tokens the files define: the vocabulary and the declared added tokens (not the special tokens given fresh ids). */
function idLookup(vocab: ReadonlyMap<string, number>, added: { tokens: readonly AddedTokenJson[]; fresh: ReadonlySet<string> }): Map<string, number> {
  const ids = new Map(vocab);
  for (const t of added.tokens) if (!added.fresh.has(t.content)) ids.set(t.content, t.id);
  return ids;
}

/**
 * A token of the post-processor template: it must be in the vocabulary or declared as an added
 * token (transformers would give it a fresh id, which the model's embedding does not have).
 */
function templateToken(
  specials: ReadonlyMap<string, TokenSpec>,
  key: 'cls_token' | 'sep_token',
  ids: ReadonlyMap<string, number>,
  vocabFile: string,
): { token: string; id: number } {
  const spec = specials.get(key);
  if (!spec) throw tokenizerError(`the tokenizer has no ${key}, which its template needs`, 'tokenizer_config.json', `/${key}`);
  const id = ids.get(spec.content);
  if (id === undefined) throw tokenizerError(`${key} ${JSON.stringify(spec.content)} is not in ${basename(vocabFile)}`, vocabFile);
  return { token: spec.content, id };
}

function templateSpecials(tokens: readonly { token: string; id: number }[]): Record<string, unknown> {
  const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const t of tokens) out[t.token] = { id: t.token, ids: [t.id], tokens: [t.token] };
  return out;
}

function special(id: string, typeId: number): Record<string, unknown> {
  return { SpecialToken: { id, type_id: typeId } };
}

function sequence(id: 'A' | 'B', typeId: number): Record<string, unknown> {
  return { Sequence: { id, type_id: typeId } };
}

// ---------------------------------------------------------------------------------------------
// Helpers

const RESTORE_HINT = 'restore the tokenizer file from the original model repository';

function tokenizerError(message: string, file: string, pointer?: string): VerifyError {
  return new VerifyError('INPUT_TOKENIZER', message, { file, ...(pointer !== undefined ? { pointer } : {}), hint: RESTORE_HINT });
}

/** A vocabulary as a prototype-less object (a `__proto__` token stays an ordinary key). */
function toObject(map: ReadonlyMap<string, number>): Record<string, number> {
  const out = Object.create(null) as Record<string, number>;
  for (const [k, v] of map) out[k] = v;
  return out;
}

/** A boolean setting of tokenizer_config.json; absent or null → undefined. */
function optionalBoolean(config: Record<string, unknown>, key: string): boolean | undefined {
  const v = config[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'boolean') throw tokenizerError(`${key} must be true, false or null (got ${JSON.stringify(v)})`, 'tokenizer_config.json', `/${key}`);
  return v;
}

function flag(obj: Record<string, unknown>, key: string, fallback: boolean, file: string, pointer: string): boolean {
  const v = obj[key];
  if (v === undefined || v === null) return fallback;
  if (typeof v !== 'boolean') throw tokenizerError(`${key} must be true or false`, file, `${pointer}/${key}`);
  return v;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
