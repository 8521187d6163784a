import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { jsonPointer, parseJsonStrict } from '@mlpack/core';
import { RESTORE_HINT, TokenizerError } from './errors.js';
import { MAX_VOCAB_FILE_BYTES } from './read-tokenizer-files.js';
import { SPECIAL_KEYS } from './class-special-tokens.js';
import type { SpecialKey } from './class-special-tokens.js';
import type { SlowTokenizerSettings } from './slow-tokenizer.js';

/**
 * The pieces every slow → fast conversion shares (slow-tokenizer.ts, sentencepiece-tokenizer-json.ts):
 * reading vocabulary files, resolving special and added tokens the way transformers does, and the
 * tokenizer.json fragments of a post-processor template.
 */

export { SPECIAL_KEYS } from './class-special-tokens.js';
export type { SpecialKey } from './class-special-tokens.js';

/** An added token as tokenizer.json lists it. */
export interface AddedTokenJson {
  id: number;
  content: string;
  single_word: boolean;
  lstrip: boolean;
  rstrip: boolean;
  normalized: boolean;
  special: boolean;
}

/** A special token before it has an id. */
export type TokenSpec = Omit<AddedTokenJson, 'id'>;

// ---------------------------------------------------------------------------------------------
// Files

export async function readBytes(path: string): Promise<Uint8Array> {
  const name = basename(path);
  try {
    const size = (await stat(path)).size;
    if (size > MAX_VOCAB_FILE_BYTES) {
      throw tokenizerError(`${name} has ${size} bytes, more than the ${MAX_VOCAB_FILE_BYTES} a vocabulary file may have`, path);
    }
    return new Uint8Array(await readFile(path));
  } catch (cause) {
    if (cause instanceof TokenizerError) throw cause;
    throw new TokenizerError('TOKENIZER_INVALID', `cannot read ${name}: ${(cause as Error).message}`, { file: path, cause });
  }
}

/** UTF-8 text; a BOM is kept (as Python's utf-8 codec keeps it). */
const fatalUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export async function readText(path: string): Promise<string> {
  const bytes = await readBytes(path);
  try {
    return fatalUtf8.decode(bytes);
  } catch (cause) {
    throw new TokenizerError('TOKENIZER_INVALID', `${basename(path)} is not valid UTF-8`, { file: path, cause, hint: RESTORE_HINT });
  }
}

/** Lines as Python's text mode reads them (universal newlines), without the empty one after a final newline. */
export function lines(text: string): string[] {
  const out = text.split(/\r\n|\r|\n/);
  if (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out;
}

/** vocab.txt: the token of id i on line i (a later duplicate takes the id, as transformers' load_vocab does). */
export function parseVocabTxt(text: string, path: string): Map<string, number> {
  const vocab = new Map<string, number>();
  lines(text).forEach((token, i) => vocab.set(token, i));
  if (vocab.size === 0) throw tokenizerError('vocab.txt has no tokens', path);
  return vocab;
}

/** vocab.json / added_tokens.json: an object mapping tokens to non-negative integer ids. */
export function tokenIdMap(bytes: Uint8Array, path: string): Map<string, number> {
  const name = basename(path);
  const parsed = parseJsonStrict(bytes, { file: path, maxBytes: MAX_VOCAB_FILE_BYTES });
  if (!parsed.ok) {
    throw new TokenizerError('TOKENIZER_INVALID', `${name} is not valid JSON: ${parsed.error.detail}`, {
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
export function parseMerges(text: string, path: string, vocab: ReadonlyMap<string, number>): [string, string][] {
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
export function specialTokens(
  settings: SlowTokenizerSettings,
  defaults: Partial<Record<SpecialKey, string>>,
  roberta: boolean,
): Map<SpecialKey | `additional_${number}`, TokenSpec> {
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

export function tokenSpec(value: unknown, file: string, pointer: string, lstripDefault: boolean): TokenSpec {
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
export async function addedTokens(
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
export function nextId(vocab: ReadonlyMap<string, number>, added: ReadonlyMap<string, AddedTokenJson>): number {
  let max = -1;
  for (const t of added.values()) max = Math.max(max, t.id);
  return max >= vocab.size ? max + 1 : vocab.size;
}

/** Ids of the tokens the files define: the vocabulary and the declared added tokens (not the special tokens given fresh ids). */
export function idLookup(vocab: ReadonlyMap<string, number>, added: { tokens: readonly AddedTokenJson[]; fresh: ReadonlySet<string> }): Map<string, number> {
  const ids = new Map(vocab);
  for (const t of added.tokens) if (!added.fresh.has(t.content)) ids.set(t.content, t.id);
  return ids;
}

/**
 * A token of the post-processor template: it must be in the vocabulary or declared as an added
 * token (transformers would give it a fresh id, which the model's embedding does not have).
 */
export function templateToken(
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

export function templateSpecials(tokens: readonly { token: string; id: number }[]): Record<string, unknown> {
  const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const t of tokens) out[t.token] = { id: t.token, ids: [t.id], tokens: [t.token] };
  return out;
}

export function special(id: string, typeId: number): Record<string, unknown> {
  return { SpecialToken: { id, type_id: typeId } };
}

export function sequence(id: 'A' | 'B', typeId: number): Record<string, unknown> {
  return { Sequence: { id, type_id: typeId } };
}

// ---------------------------------------------------------------------------------------------
// Helpers

export function tokenizerError(message: string, file: string, pointer?: string): TokenizerError {
  return new TokenizerError('TOKENIZER_INVALID', message, { file, ...(pointer !== undefined ? { pointer } : {}), hint: RESTORE_HINT });
}

/** A vocabulary as a prototype-less object (a `__proto__` token stays an ordinary key). */
export function toObject(map: ReadonlyMap<string, number>): Record<string, number> {
  const out = Object.create(null) as Record<string, number>;
  for (const [k, v] of map) out[k] = v;
  return out;
}

/** A boolean setting of tokenizer_config.json; absent or null → undefined. */
export function optionalBoolean(config: Record<string, unknown>, key: string): boolean | undefined {
  const v = config[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'boolean') throw tokenizerError(`${key} must be true, false or null (got ${JSON.stringify(v)})`, 'tokenizer_config.json', `/${key}`);
  return v;
}

export function flag(obj: Record<string, unknown>, key: string, fallback: boolean, file: string, pointer: string): boolean {
  const v = obj[key];
  if (v === undefined || v === null) return fallback;
  if (typeof v !== 'boolean') throw tokenizerError(`${key} must be true or false`, file, `${pointer}/${key}`);
  return v;
}

export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
