import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { parseJsonStrict } from '@mlpack/core';
import { importHfTokenizer } from './hf-tokenizer.js';
import type { HfTokenizer } from './hf-tokenizer.js';
import { RESTORE_HINT, TokenizerError } from './errors.js';
import { MAX_VOCAB_FILE_BYTES } from './read-tokenizer-files.js';
import { buildTokenizerJson } from './slow-tokenizer.js';
import type { SlowTokenizerKind } from './slow-tokenizer.js';
import { TOKENIZER_FILE_NAMES } from './tokenizer-file-names.js';
import { sentencePieceFilesOf, tokenizerFilesOf } from './tokenizer-files.js';
import type { TokenizerFiles } from './tokenizer-files.js';

/** One encoded text (or text pair), special-token template applied. */
export interface EncodedText {
  ids: number[];
  /** Segment of each token (0 for the first text, 1 for the pair where the template says so). */
  typeIds: number[];
  /** 1 for every token (padding is the caller's business). */
  attentionMask: number[];
  /** The token strings. */
  tokens: string[];
}

/** Ids of the special tokens by role, where the tokenizer has them. */
export interface SpecialTokenIds {
  bos?: number;
  eos?: number;
  pad?: number;
  unk?: number;
  cls?: number;
  sep?: number;
  mask?: number;
}

export interface EncodeOptions {
  /** Apply the post-processor template (`[CLS] … [SEP]`, `<s> …`). Default true. */
  addSpecialTokens?: boolean | undefined;
}

export interface DecodeOptions {
  /** Drop special tokens (`[CLS]`, `<s>`, `<pad>`, …). Default false. */
  skipSpecialTokens?: boolean | undefined;
  /** transformers' clean-up of spaces before punctuation; default: the folder's `clean_up_tokenization_spaces` (true when unset). */
  cleanUpTokenizationSpaces?: boolean | undefined;
}

/** A tokenizer ready to encode and decode, with what it was built from. */
export interface LoadedTokenizer {
  /** `tokenizer.json`, or the slow files it was converted from in memory. */
  kind: 'tokenizer.json' | SlowTokenizerKind;
  /** The tokenization model (`model.type` of the tokenizer.json document). */
  model: string | undefined;
  /** Names of the files it was built from (`tokenizer.json`; `vocab.txt`; `tokenizer.model`; …). */
  files: string[];
  /** The file errors name (the tokenizer.json or the main slow file), as given. */
  file: string;
  /** Number of ids it can produce: highest id + 1 (added tokens included). */
  vocabSize: number;
  specialTokens: SpecialTokenIds;
  /** The tokenizer.json document it runs (built in memory for slow files). */
  json: Record<string, unknown>;
  encode(text: string, pair?: string, options?: EncodeOptions): EncodedText;
  encodeBatch(texts: readonly (string | readonly [string, string])[], options?: EncodeOptions): EncodedText[];
  decode(ids: readonly number[], options?: DecodeOptions): string;
  tokenToId(token: string): number | undefined;
  idToToken(id: number): string | undefined;
}

export interface LoadTokenizerOptions {
  /**
   * With a folder: which tokenizer to load when it has several. `auto` (default): tokenizer.json,
   * else the slow files; `sentencepiece`: the SentencePiece model even when a tokenizer.json exists.
   */
  prefer?: 'auto' | 'sentencepiece' | undefined;
}

/** Largest JSON document read here (tokenizer.json of a 256k vocabulary is ~20 MB). */
const MAX_TOKENIZER_JSON_BYTES = 4 * MAX_VOCAB_FILE_BYTES;

/**
 * Load a tokenizer from a model folder (its `tokenizer.json`, else its slow files converted the way
 * transformers converts them) or from the files `tokenizerFilesOf` picked. Runs on
 * `@huggingface/tokenizers` (loaded on first use).
 */
export async function loadTokenizer(source: string | TokenizerFiles, options: LoadTokenizerOptions = {}): Promise<LoadedTokenizer> {
  const files = typeof source === 'string' ? await filesOfFolder(source, options.prefer ?? 'auto') : source;
  const { json, file, used } = await tokenizerDocument(files);
  const Tokenizer = await importHfTokenizer();
  let tokenizer: HfTokenizer;
  try {
    tokenizer = new Tokenizer(json, files.tokenizerConfig ?? {});
  } catch (cause) {
    const what = files.slow ? `the tokenizer built from ${used.join(' + ')}` : 'tokenizer.json';
    throw new TokenizerError('TOKENIZER_INVALID', `${what} is not usable: ${(cause as Error).message}`, { file, cause, hint: RESTORE_HINT });
  }
  return wrap(tokenizer, json, files, file, used);
}

/** The tokenizer files of a folder, read from disk (config.json for model_type, the two settings files). */
async function filesOfFolder(dir: string, prefer: 'auto' | 'sentencepiece'): Promise<TokenizerFiles> {
  let names: string[];
  try {
    names = (await readdir(dir, { withFileTypes: true })).filter((e) => e.isFile()).map((e) => e.name);
  } catch (cause) {
    throw new TokenizerError('TOKENIZER_MISSING', `cannot list ${dir}: ${(cause as Error).message}`, { file: dir, cause });
  }
  const tokenizerNames = names.filter((n) => TOKENIZER_FILE_NAMES.includes(n)).sort();
  const read = async (name: string): Promise<Record<string, unknown> | undefined> => (names.includes(name) ? objectDocument(join(dir, name)) : undefined);
  const config = await read('config.json');
  const folder = {
    dir,
    modelType: typeof config?.model_type === 'string' ? config.model_type : undefined,
    tokenizer: { files: tokenizerNames },
    tokenizerConfig: await read('tokenizer_config.json'),
    specialTokensMap: await read('special_tokens_map.json'),
  };
  const files = prefer === 'sentencepiece' ? sentencePieceFilesOf(folder) : tokenizerFilesOf(folder);
  if (files === undefined) {
    throw new TokenizerError(
      'TOKENIZER_MISSING',
      prefer === 'sentencepiece' ? `${dir} has no SentencePiece model of a known tokenizer class` : `${dir} has no tokenizer mlpack can load`,
      {
        file: dir,
        hint: 'add tokenizer.json (or vocab.txt, vocab.json + merges.txt, or a SentencePiece model of a known tokenizer class)',
      },
    );
  }
  return files;
}

async function objectDocument(path: string): Promise<Record<string, unknown>> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(path));
  } catch (cause) {
    throw new TokenizerError('TOKENIZER_INVALID', `cannot read ${basename(path)}: ${(cause as Error).message}`, { file: path, cause });
  }
  const parsed = parseJsonStrict(bytes, { file: path, maxBytes: MAX_TOKENIZER_JSON_BYTES });
  if (!parsed.ok) {
    throw new TokenizerError('TOKENIZER_INVALID', `${basename(path)} is not valid JSON: ${parsed.error.detail}`, {
      file: path,
      pointer: parsed.error.pointer,
      offset: parsed.error.offset,
      cause: parsed.error,
      hint: RESTORE_HINT,
    });
  }
  const v = parsed.value;
  if (typeof v !== 'object' || v === null || Array.isArray(v)) {
    throw new TokenizerError('TOKENIZER_INVALID', `${basename(path)} must be a JSON object`, { file: path, pointer: '', hint: RESTORE_HINT });
  }
  return v as Record<string, unknown>;
}

/**
 * The tokenizer.json document: read from the file, or built in memory from the slow files.
 * `file` is the path errors name; `used` the names of the files the document comes from.
 */
async function tokenizerDocument(files: TokenizerFiles): Promise<{ json: Record<string, unknown>; file: string; used: string[] }> {
  if (files.slow) {
    const built = await buildTokenizerJson(files.slow, files);
    const slow = files.slow;
    const file = slow.kind === 'wordpiece' ? slow.vocabTxt : slow.kind === 'byte-level-bpe' ? slow.vocabJson : slow.model;
    return { json: built.json, file, used: built.files };
  }
  return { json: await objectDocument(files.tokenizerJson), file: files.tokenizerJson, used: [basename(files.tokenizerJson)] };
}

const ROLES = [
  ['bos', 'bos_token'],
  ['eos', 'eos_token'],
  ['pad', 'pad_token'],
  ['unk', 'unk_token'],
  ['cls', 'cls_token'],
  ['sep', 'sep_token'],
  ['mask', 'mask_token'],
] as const;

function wrap(tokenizer: HfTokenizer, json: Record<string, unknown>, files: TokenizerFiles, file: string, used: string[]): LoadedTokenizer {
  const model = isObject(json.model) && typeof json.model.type === 'string' ? json.model.type : undefined;
  const specialTokens: SpecialTokenIds = {};
  for (const [role, key] of ROLES) {
    for (const source of [files.tokenizerConfig, files.specialTokensMap]) {
      const tok = source?.[key];
      const content = typeof tok === 'string' ? tok : isObject(tok) && typeof tok.content === 'string' ? tok.content : undefined;
      const id = content === undefined ? undefined : tokenizer.token_to_id(content);
      if (id !== undefined) {
        specialTokens[role] = id;
        break;
      }
    }
  }
  const padding = isObject(json.padding) ? json.padding : undefined;
  if (specialTokens.pad === undefined && padding && Number.isSafeInteger(padding.pad_id)) specialTokens.pad = padding.pad_id as number;
  let vocabSize = 0;
  for (const id of tokenizer.get_vocab(true).values()) vocabSize = Math.max(vocabSize, id + 1);

  const kind = files.slow ? files.slow.kind : 'tokenizer.json';
  const encode = (text: string, pair?: string, options: EncodeOptions = {}): EncodedText => {
    try {
      const e = tokenizer.encode(text, {
        return_token_type_ids: true,
        add_special_tokens: options.addSpecialTokens ?? true,
        ...(pair !== undefined ? { text_pair: pair } : {}),
      });
      const bad = e.ids.findIndex((id: number) => !Number.isSafeInteger(id) || id < 0);
      if (bad >= 0) throw new Error(`token ${JSON.stringify(e.tokens[bad])} has no id (the tokenizer has no unknown token)`);
      return { ids: e.ids, typeIds: e.token_type_ids ?? e.ids.map(() => 0), attentionMask: e.attention_mask, tokens: e.tokens };
    } catch (cause) {
      const what = pair !== undefined ? `the pair ${JSON.stringify(text)} + ${JSON.stringify(pair)}` : JSON.stringify(text);
      throw new TokenizerError('TOKENIZER_ENCODE_FAILED', `cannot encode ${what}: ${(cause as Error).message}`, { file, cause });
    }
  };
  return {
    kind,
    model,
    files: used,
    file,
    vocabSize,
    specialTokens,
    json,
    encode,
    encodeBatch: (texts, options) => texts.map((t) => (typeof t === 'string' ? encode(t, undefined, options) : encode(t[0], t[1], options))),
    decode(ids, options = {}) {
      const bad = ids.findIndex((id) => !Number.isSafeInteger(id) || id < 0 || id >= vocabSize);
      if (bad >= 0) {
        throw new TokenizerError('TOKENIZER_ENCODE_FAILED', `cannot decode id ${ids[bad]} (at ${bad}): ids are 0..${vocabSize - 1}`, { file });
      }
      if (ids.length === 0) return '';
      return tokenizer.decode([...ids], {
        skip_special_tokens: options.skipSpecialTokens ?? false,
        ...(options.cleanUpTokenizationSpaces !== undefined ? { clean_up_tokenization_spaces: options.cleanUpTokenizationSpaces } : {}),
      });
    },
    tokenToId: (token) => tokenizer.token_to_id(token),
    idToToken: (id) => tokenizer.id_to_token(id),
  };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
