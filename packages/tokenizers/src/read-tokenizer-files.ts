import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { firstInvalidUtf8, jsonPointer, parseJsonStrict } from '@mlpack/core';
import type { Issue } from '@mlpack/core';
import { parseSentencePieceModel } from './parse-sentencepiece.js';
import { sentencepieceFileOf } from './summarize-tokenizer.js';
import type { TokenizerInputs } from './summarize-tokenizer.js';

/**
 * Largest vocab.txt / vocab.json / added_tokens.json / SentencePiece model we read. Real ones are
 * at most a few MB (a 256k-piece SentencePiece model is ~5 MB); anything this big is not a vocabulary.
 */
export const MAX_VOCAB_FILE_BYTES = 64 * 1024 * 1024;

/** A file of the model folder as the folder walk lists it (`ModelFile` of @mlpack/model). */
export interface TokenizerFileEntry {
  /** Path relative to the folder, `/`-separated. */
  path: string;
  /** The walk's classification; only `tokenizer` files are read. */
  kind: string;
  /** Size in bytes. */
  size: number;
}

/**
 * Read the non-JSON-schema tokenizer files at the folder root (vocab.txt, vocab.json,
 * added_tokens.json, tokenizer.model / spiece.model / sentencepiece.bpe.model). Problems become
 * `TOKENIZER_FILE_INVALID` issues; tokenizer.json and the other JSON documents are read by the
 * caller with their schemas. Returns the inputs for `summarizeTokenizer` (without `tokenizerJson`).
 */
export async function readTokenizerFiles(dir: string, files: readonly TokenizerFileEntry[]): Promise<{ inputs: TokenizerInputs; issues: Issue[] }> {
  const root = files.filter((f) => f.kind === 'tokenizer' && !f.path.includes('/'));
  const names = root.map((f) => f.path);
  const issues: Issue[] = [];
  const inputs: TokenizerInputs = { files: names };
  const invalid = (file: string, message: string, loc: { offset?: number; pointer?: string } = {}): void => {
    issues.push({
      severity: 'error',
      code: 'TOKENIZER_FILE_INVALID',
      file,
      ...loc,
      message,
      hint: 'restore the tokenizer file from the original model repository',
    });
  };

  const load = async (name: string): Promise<Uint8Array | undefined> => {
    const f = root.find((x) => x.path === name);
    if (f === undefined) return undefined;
    if (f.size > MAX_VOCAB_FILE_BYTES) {
      invalid(name, `${f.size} bytes is more than the ${MAX_VOCAB_FILE_BYTES} a vocabulary file may have`);
      return undefined;
    }
    return new Uint8Array(await readFile(join(dir, name)));
  };

  const vocabTxt = await load('vocab.txt');
  if (vocabTxt !== undefined) {
    const bad = firstInvalidUtf8(vocabTxt);
    if (bad < vocabTxt.length) {
      invalid('vocab.txt', 'not valid UTF-8', { offset: bad });
    } else {
      const lines = new TextDecoder('utf-8').decode(vocabTxt).split('\n');
      // A final newline ends the last token; it does not start an empty one.
      if (lines[lines.length - 1] === '') lines.pop();
      inputs.vocabTxt = lines;
    }
  }

  for (const [name, key] of [
    ['vocab.json', 'vocabJson'],
    ['added_tokens.json', 'addedTokensJson'],
  ] as const) {
    const bytes = await load(name);
    if (bytes === undefined) continue;
    const parsed = parseJsonStrict(bytes, { file: name, maxBytes: MAX_VOCAB_FILE_BYTES });
    if (!parsed.ok) {
      const e = parsed.error;
      issues.push({
        severity: 'error',
        code: e.code,
        file: name,
        pointer: e.pointer,
        offset: e.offset,
        message: e.detail,
        hint: e.hint,
      });
      continue;
    }
    const value = parsed.value;
    const pairs = typeof value === 'object' && value !== null && !Array.isArray(value) ? Object.entries(value) : undefined;
    if (pairs === undefined) {
      invalid(name, 'must be an object mapping tokens to ids', { pointer: '' });
      continue;
    }
    const badEntry = pairs.find(([, id]) => !(typeof id === 'number' && Number.isSafeInteger(id) && id >= 0));
    if (badEntry !== undefined) {
      invalid(name, `id of token ${JSON.stringify(badEntry[0])} is not a non-negative integer`, {
        pointer: jsonPointer(badEntry[0]),
      });
      continue;
    }
    inputs[key] = value;
  }

  const spName = sentencepieceFileOf(names);
  if (spName !== undefined) {
    const bytes = await load(spName);
    if (bytes !== undefined) {
      const sp = parseSentencePieceModel(bytes);
      if (sp.ok) inputs.sentencepiece = { file: spName, model: sp.model };
      else invalid(spName, `not a SentencePiece model: ${sp.message}`, { offset: sp.offset });
    }
  }
  return { inputs, issues };
}
