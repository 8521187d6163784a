import { jsonPointer } from '@mlpack/core';
import type { SentencePieceModel } from './parse-sentencepiece.js';

export type TokenizerKind = 'tokenizer.json' | 'wordpiece-vocab' | 'bpe-vocab-merges' | 'sentencepiece';
export type TokenizerModel = 'WordPiece' | 'BPE' | 'Unigram' | 'WordLevel';

/** The tokenizer a folder carries, as `ModelFolder.tokenizer` and `mlpack inspect` describe it. */
export interface TokenizerInfo {
  /** Which files define it (in this precedence: tokenizer.json, vocab.txt, vocab.json + merges.txt, SentencePiece). */
  kind: TokenizerKind;
  model?: TokenizerModel | undefined;
  /** Tokenizer files present at the folder root, sorted. */
  files: string[];
  /** Number of ids the tokenizer can produce: highest id + 1 (added tokens included). */
  vocabSize: number;
}

/** Parsed tokenizer inputs (the I/O happens in `readTokenizerFiles` / `readModelFolder`). */
export interface TokenizerInputs {
  /** Tokenizer files present at the root (names), any order. */
  files: readonly string[];
  /** Parsed tokenizer.json (schema-validated or not: read defensively). */
  tokenizerJson?: unknown;
  /** vocab.txt lines: token of id i at index i. */
  vocabTxt?: readonly string[];
  /** Parsed vocab.json (token → id). */
  vocabJson?: unknown;
  /** Parsed added_tokens.json (token → id). */
  addedTokensJson?: unknown;
  /** Parsed SentencePiece model and its file name. */
  sentencepiece?: { file: string; model: Pick<SentencePieceModel, 'pieces' | 'modelType'> };
}

/** One place the tokenizer's vocabulary size comes from (each is checked against the embedding). */
export interface VocabSource {
  file: string;
  pointer?: string | undefined;
  /** Highest id + 1. */
  size: number;
}

export interface TokenizerFacts {
  info: TokenizerInfo | undefined;
  sources: VocabSource[];
  /** Id of a token's text, from the first source that has it (tokenizer.json first). */
  idOf(content: string): number | undefined;
  /** Added tokens declared special in tokenizer.json, with where they are declared. */
  specialAddedTokens: { id: number; content: string; file: string; pointer: string }[];
}

const SENTENCEPIECE_FILES = ['tokenizer.model', 'spiece.model', 'sentencepiece.bpe.model'];

/** Derive kind, model, vocabulary size and a token → id lookup from parsed tokenizer files. */
export function summarizeTokenizer(inputs: TokenizerInputs): TokenizerFacts {
  const files = [...inputs.files].sort();
  const sources: VocabSource[] = [];
  const lookups: Map<string, number>[] = [];
  const specialAddedTokens: TokenizerFacts['specialAddedTokens'] = [];
  let info: TokenizerInfo | undefined;

  const tj = asObject(inputs.tokenizerJson);
  if (tj !== undefined) {
    const ids = new Map<string, number>();
    let maxId = -1;
    const model = asObject(tj.model);
    const type = typeof model?.type === 'string' ? model.type : undefined;
    const vocab = model?.vocab;
    if (Array.isArray(vocab)) {
      vocab.forEach((entry, i) => {
        if (Array.isArray(entry) && typeof entry[0] === 'string' && !ids.has(entry[0])) ids.set(entry[0], i);
      });
      maxId = vocab.length - 1;
    } else {
      for (const [token, id] of entriesOf(vocab)) {
        ids.set(token, id);
        maxId = Math.max(maxId, id);
      }
    }
    const added = Array.isArray(tj.added_tokens) ? tj.added_tokens : [];
    added.forEach((t, i) => {
      const tok = asObject(t);
      if (tok === undefined || !isId(tok.id) || typeof tok.content !== 'string') return;
      ids.set(tok.content, tok.id);
      maxId = Math.max(maxId, tok.id);
      if (tok.special === true) {
        specialAddedTokens.push({ id: tok.id, content: tok.content, file: 'tokenizer.json', pointer: jsonPointer('added_tokens', i, 'id') });
      }
    });
    sources.push({ file: 'tokenizer.json', pointer: jsonPointer('model', 'vocab'), size: maxId + 1 });
    lookups.push(ids);
    info = { kind: 'tokenizer.json', model: asTokenizerModel(type), files, vocabSize: maxId + 1 };
  }

  if (inputs.vocabTxt !== undefined) {
    const ids = new Map<string, number>();
    // transformers' load_vocab: a later duplicate line overwrites the earlier id.
    inputs.vocabTxt.forEach((token, i) => ids.set(token, i));
    const size = inputs.vocabTxt.length;
    sources.push({ file: 'vocab.txt', size });
    lookups.push(ids);
    info ??= { kind: 'wordpiece-vocab', model: 'WordPiece', files, vocabSize: size };
  }

  if (inputs.vocabJson !== undefined) {
    const ids = new Map(entriesOf(inputs.vocabJson));
    const size = maxOf(ids.values()) + 1;
    sources.push({ file: 'vocab.json', size });
    lookups.push(ids);
    if (files.includes('merges.txt')) info ??= { kind: 'bpe-vocab-merges', model: 'BPE', files, vocabSize: size };
  }

  if (inputs.sentencepiece !== undefined) {
    const { file, model } = inputs.sentencepiece;
    const ids = new Map<string, number>();
    model.pieces.forEach((p, i) => {
      if (!ids.has(p)) ids.set(p, i);
    });
    sources.push({ file, size: model.pieces.length });
    lookups.push(ids);
    const m = model.modelType === 'Char' ? undefined : model.modelType;
    info ??= { kind: 'sentencepiece', model: m, files, vocabSize: model.pieces.length };
  }

  if (inputs.addedTokensJson !== undefined) {
    const ids = new Map(entriesOf(inputs.addedTokensJson));
    if (ids.size > 0) sources.push({ file: 'added_tokens.json', size: maxOf(ids.values()) + 1 });
    lookups.push(ids);
    // The slow tokenizers append added_tokens.json to the base vocabulary: fold it into the size.
    if (info !== undefined && info.kind !== 'tokenizer.json' && ids.size > 0) {
      info = { ...info, vocabSize: Math.max(info.vocabSize, maxOf(ids.values()) + 1) };
    }
  }

  return {
    info,
    sources,
    specialAddedTokens,
    idOf(content) {
      for (const l of lookups) {
        const id = l.get(content);
        if (id !== undefined) return id;
      }
      return undefined;
    },
  };
}

/** Which SentencePiece file to read, if any (first of the conventional names present). */
export function sentencepieceFileOf(files: readonly string[]): string | undefined {
  return SENTENCEPIECE_FILES.find((f) => files.includes(f));
}

function asTokenizerModel(type: string | undefined): TokenizerModel | undefined {
  return type === 'WordPiece' || type === 'BPE' || type === 'Unigram' || type === 'WordLevel' ? type : undefined;
}

function asObject(v: unknown): Record<string, unknown> | undefined {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
}

function isId(v: unknown): v is number {
  return typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
}

function entriesOf(v: unknown): [string, number][] {
  const o = asObject(v);
  if (o === undefined) return [];
  return Object.entries(o).filter((e): e is [string, number] => isId(e[1]));
}

function maxOf(values: Iterable<number>): number {
  let m = -1;
  for (const v of values) if (v > m) m = v;
  return m;
}
