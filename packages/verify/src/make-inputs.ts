import type { HostTensor, HostTensorMap } from '@mlpack/core';
import { encoderFacts } from '@mlpack/families';
import { TokenizerError, loadTokenizer } from '@mlpack/tokenizers';
import type { LoadedTokenizer, TokenizerFiles } from '@mlpack/tokenizers';
import { seededRandom } from './seeded-random.js';
import { VerifyError } from './verify-error.js';

export type { TokenizerFiles } from '@mlpack/tokenizers';

/**
 * Built-in sentences: three clearly different lengths (about 5, 12 and 20 word-piece tokens with a
 * BERT vocabulary) so padding and the attention mask are always exercised.
 */
export const DEFAULT_TEXTS: readonly string[] = [
  'Hello world!',
  'The quick brown fox jumps over the lazy dog.',
  'mlpack checks that a converted model computes the same numbers as the original, padding included.',
];

/**
 * Built-in sentence pair, appended as an extra row (after the single sentences) when the model takes
 * `token_type_ids` and has at least two token types: encoded with the tokenizer's pair template
 * (`[CLS] A [SEP] B [SEP]`, B with token type 1), so a wrong token-type embedding cannot pass.
 * Its length differs from every DEFAULT_TEXTS row and is below the longest (it is padded too).
 */
export const DEFAULT_PAIRS: readonly (readonly [string, string])[] = [['How old is the fox?', 'The quick brown fox is three years old.']];

/** Row lengths of random inputs (unequal, so rows 1 and 3 are padded); cycled for larger batches. */
export const DEFAULT_RANDOM_LENGTHS: readonly number[] = [7, 12, 5];

/** Seed of the random ids when none is given (any fixed value: determinism is what matters). */
export const DEFAULT_SEED = 0;

/** Smallest batch that exercises padding: at least two rows of different lengths. */
export const MIN_BATCH = 2;
/**
 * Largest batch, number of texts, bytes of text and padded tokens (rows × longest row) a parity
 * check takes. A parity check needs a handful of rows; beyond these the runtimes allocate
 * gigabytes (a batch of 10^9 aborted the process) or crash, so they are refused up front.
 */
export const MAX_BATCH = 256;
export const MAX_TEXTS = 256;
export const MAX_TEXT_BYTES = 1024 * 1024;
export const MAX_TOTAL_TOKENS = 65_536;

/** Inputs mlpack knows how to make (Optimum's encoder input names). */
export const SUPPORTED_INPUTS: readonly string[] = ['input_ids', 'attention_mask', 'token_type_ids'];

/** config.json fields holding special-token ids: random ids avoid them. */
const CONFIG_SPECIAL_ID_FIELDS = ['pad_token_id', 'bos_token_id', 'eos_token_id', 'sep_token_id', 'cls_token_id', 'unk_token_id', 'mask_token_id'] as const;

/** Redraws allowed when a random id lands on a special id (the range always has a non-special id). */
const MAX_REDRAWS = 1000;

export interface MakeInputsOptions {
  /** The model's parsed config.json (vocab_size, pad_token_id, max_position_embeddings, model_type). */
  config: Record<string, unknown>;
  /** Inputs the converted model takes (its signature); only these are produced. */
  inputNames: readonly string[];
  /** The model's tokenizer (`tokenizerFilesOf(folder)`); without one, seeded random ids are used. */
  tokenizer?: TokenizerFiles | undefined;
  /**
   * Texts to encode instead of DEFAULT_TEXTS (tokenizer only), one single-sentence row each. When the
   * model takes token types, the DEFAULT_PAIRS rows are still appended (see `textPairs`).
   */
  texts?: readonly string[] | undefined;
  /**
   * Number of rows (>= 2), sentence-pair rows included. Default: the number of texts (+ the pair rows),
   * or DEFAULT_RANDOM_LENGTHS.length.
   */
  batch?: number | undefined;
  /** Seed of the random ids. Default DEFAULT_SEED. */
  seed?: number | undefined;
}

export interface MadeInputs {
  source: 'tokenizer' | 'random';
  /** The texts encoded, one per row (tokenizer only); for a sentence-pair row, its first segment. */
  texts?: string[];
  /**
   * The second segment of each row, `null` for single-sentence rows (tokenizer only, and only when
   * sentence-pair rows were added: the model takes `token_type_ids` and has >= 2 token types).
   */
  textPairs?: (string | null)[];
  /**
   * Names of the files the tokenizer was built from (tokenizer only): `tokenizer.json`, or the slow
   * files (`vocab.txt`; `vocab.json` + `merges.txt`; `added_tokens.json` when it was read).
   */
  tokenizerFiles?: string[];
  /** Seed the ids were drawn with (random only). */
  seed?: number;
  /** Unpadded length of each row. */
  lengths: number[];
  /** The id used for padding. */
  padTokenId: number;
  /** The tensors (int64 [batch, sequence]), keyed by input name, only those asked for. */
  inputs: HostTensorMap;
}

interface Rows {
  ids: number[][];
  typeIds: number[][];
}

/**
 * Make deterministic inputs for a parity check: encode texts with the model's own tokenizer
 * (special-token template included), or draw seeded random ids; always at least two rows of
 * unequal lengths, padded to the longest with the pad id (attention_mask 0 there).
 */
export async function makeInputs(options: MakeInputsOptions): Promise<MadeInputs> {
  const names = checkInputNames(options.inputNames);
  const config = options.config;
  if (options.batch !== undefined && (!Number.isSafeInteger(options.batch) || options.batch < MIN_BATCH)) {
    throw new VerifyError('INPUT_BAD_OPTION', `batch must be an integer >= ${MIN_BATCH} (got ${options.batch})`, {
      hint: 'parity checks need at least two rows of different lengths to exercise padding',
      exitCode: 2,
    });
  }
  checkInputBudget(options);
  const modelType = typeof config.model_type === 'string' ? config.model_type : '';
  const segments = takesSegments(config, modelType, names);
  let made: { rows: Rows; pad: number; texts?: string[]; textPairs?: (string | null)[]; tokenizerFiles?: string[]; padLeft: boolean };
  if (options.tokenizer) {
    made = await encodeTexts(options.tokenizer, options.texts ?? DEFAULT_TEXTS, segments ? DEFAULT_PAIRS : [], options.batch, config, modelType);
  } else {
    if (options.texts !== undefined) {
      throw new VerifyError(
        'INPUT_BAD_OPTION',
        'texts were given but the model has no usable tokenizer (tokenizer.json, vocab.txt or vocab.json + merges.txt)',
        {
          hint: 'drop --text (random ids are used) or add the tokenizer files to the model folder',
          exitCode: 2,
        },
      );
    }
    made = randomRows(config, modelType, options.batch ?? DEFAULT_RANDOM_LENGTHS.length, options.seed ?? DEFAULT_SEED, segments);
  }
  const limit = maxSequenceLength(config, modelType, made.pad);
  made.rows.ids.forEach((row, i) => {
    if (limit !== undefined && row.length > limit) {
      throw new VerifyError('INPUT_TOO_LONG', `row ${i} has ${row.length} tokens, the model takes at most ${limit}`, {
        hint: 'use shorter --text values',
      });
    }
  });
  const lengths = made.rows.ids.map((r) => r.length);
  const width = Math.max(...lengths);
  const b = lengths.length;
  if (b * width > MAX_TOTAL_TOKENS) {
    throw new VerifyError('INPUT_TOO_LARGE', `${b} rows × ${width} tokens is more than the ${MAX_TOTAL_TOKENS} tokens a parity check takes`, {
      hint: 'use fewer or shorter --text values, or a smaller --batch',
      exitCode: 2,
    });
  }
  const ids = new BigInt64Array(b * width).fill(BigInt(made.pad));
  const mask = new BigInt64Array(b * width);
  const types = new BigInt64Array(b * width);
  made.rows.ids.forEach((row, i) => {
    const start = i * width + (made.padLeft ? width - row.length : 0);
    row.forEach((id, j) => {
      ids[start + j] = BigInt(id);
      mask[start + j] = 1n;
      types[start + j] = BigInt(made.rows.typeIds[i]![j] ?? 0);
    });
  });
  const all: Record<string, HostTensor> = {
    input_ids: { dtype: 'int64', dims: [b, width], data: ids },
    attention_mask: { dtype: 'int64', dims: [b, width], data: mask },
    token_type_ids: { dtype: 'int64', dims: [b, width], data: types },
  };
  const inputs: HostTensorMap = {};
  for (const n of names) inputs[n] = all[n]!;
  return {
    source: options.tokenizer ? 'tokenizer' : 'random',
    ...(made.texts ? { texts: made.texts } : {}),
    ...(made.textPairs ? { textPairs: made.textPairs } : {}),
    ...(made.tokenizerFiles ? { tokenizerFiles: made.tokenizerFiles } : {}),
    ...(options.tokenizer ? {} : { seed: options.seed ?? DEFAULT_SEED }),
    lengths,
    padTokenId: made.pad,
    inputs,
  };
}

function checkInputNames(inputNames: readonly string[]): string[] {
  const unknown = inputNames.filter((n) => !SUPPORTED_INPUTS.includes(n));
  if (unknown.length > 0) {
    throw new VerifyError('INPUT_UNSUPPORTED', `cannot make inputs ${unknown.map((n) => `"${n}"`).join(', ')}`, {
      hint: `verify feeds ${SUPPORTED_INPUTS.join(', ')} (encoder models); decoder inputs are not supported yet`,
    });
  }
  if (!inputNames.includes('input_ids')) {
    throw new VerifyError('INPUT_UNSUPPORTED', 'the model takes no "input_ids"', { hint: 'verify checks text models fed with token ids' });
  }
  return [...inputNames].sort();
}

/**
 * Whether the model takes segment ids worth exercising: a `token_type_ids` input and at least two
 * token types (`type_vocab_size`, else the family default; RoBERTa-style checkpoints have 1).
 */
function takesSegments(config: Record<string, unknown>, modelType: string, names: readonly string[]): boolean {
  if (!names.includes('token_type_ids')) return false;
  const v = config.type_vocab_size;
  // Else the configuration class's default (the family descriptor's; 1 for families without segments).
  const types = Number.isSafeInteger(v) ? (v as number) : (encoderFacts(modelType)?.typeVocabSizeDefault ?? 1);
  return types >= 2;
}

async function encodeTexts(
  files: TokenizerFiles,
  givenTexts: readonly string[],
  givenPairs: readonly (readonly [string, string])[],
  batch: number | undefined,
  config: Record<string, unknown>,
  modelType: string,
): Promise<{ rows: Rows; pad: number; texts: string[]; textPairs?: (string | null)[]; tokenizerFiles: string[]; padLeft: boolean }> {
  const tokenizer = await asVerifyError(() => loadTokenizer(files));
  if (givenTexts.length === 0) throw new VerifyError('INPUT_BAD_OPTION', 'no texts to encode', { exitCode: 2 });
  // Rows: the given texts cycled up to `batch` (minus the pair rows), then the sentence pairs (when
  // the model takes token types: `batch` counts them, and always leaves one single-sentence row);
  // defaults are inserted before the pairs while fewer than two rows or all of equal length (a
  // single text cannot exercise padding).
  const pairs = batch === undefined ? [...givenPairs] : givenPairs.slice(0, Math.max(0, batch - 1));
  let texts = batch === undefined ? [...givenTexts] : Array.from({ length: batch - pairs.length }, (_, i) => givenTexts[i % givenTexts.length]!);
  const encode = (t: string, pair?: string): { ids: number[]; types: number[] } => {
    try {
      const e = tokenizer.encode(t, pair);
      return { ids: e.ids, types: e.typeIds };
    } catch (cause) {
      throw tokenizerFailure(cause);
    }
  };
  let encoded = texts.map((t) => encode(t));
  const encodedPairs = pairs.map(([a, b]) => encode(a, b));
  const all = (): { ids: number[]; types: number[] }[] => [...encoded, ...encodedPairs];
  for (const extra of DEFAULT_TEXTS) {
    if (all().length >= MIN_BATCH && new Set(all().map((e) => e.ids.length)).size > 1) break;
    const e = encode(extra);
    if (all().some((x) => x.ids.length === e.ids.length) && all().length >= MIN_BATCH) continue;
    texts = [...texts, extra];
    encoded = [...encoded, e];
  }
  const rows = all();
  if (rows.length < MIN_BATCH || new Set(rows.map((e) => e.ids.length)).size < 2) {
    throw new VerifyError('INPUT_BAD_OPTION', 'could not build two rows of different token lengths', { hint: 'pass texts of different lengths', exitCode: 2 });
  }
  rows.forEach((e, i) => {
    if (e.ids.length === 0) throw new VerifyError('INPUT_TOKENIZER', `text ${i} encodes to no tokens`, { file: tokenizer.file });
  });
  const pad = tokenizerPadId(tokenizer, config, modelType);
  const padLeft = files.tokenizerConfig?.padding_side === 'left';
  return {
    rows: { ids: rows.map((e) => e.ids), typeIds: rows.map((e) => e.types) },
    pad,
    texts: [...texts, ...pairs.map((p) => p[0])],
    ...(pairs.length > 0 ? { textPairs: [...texts.map(() => null), ...pairs.map((p) => p[1])] } : {}),
    tokenizerFiles: tokenizer.files,
    padLeft,
  };
}

/** verify reports tokenizer problems under its own stable code, `INPUT_TOKENIZER` (the tokenizer's code stays in `cause`). */
function tokenizerFailure(cause: unknown): unknown {
  if (!(cause instanceof TokenizerError)) return cause;
  return new VerifyError('INPUT_TOKENIZER', cause.detail, {
    file: cause.file,
    pointer: cause.pointer,
    offset: cause.offset,
    hint: cause.hint,
    cause,
  });
}

async function asVerifyError<T>(f: () => Promise<T>): Promise<T> {
  try {
    return await f();
  } catch (cause) {
    throw tokenizerFailure(cause);
  }
}

/** Pad id: tokenizer_config → special_tokens_map → tokenizer.json padding (the tokenizer's pad) → config → family default → 0. */
function tokenizerPadId(tokenizer: LoadedTokenizer, config: Record<string, unknown>, modelType: string): number {
  return tokenizer.specialTokens.pad ?? configPadId(config, modelType) ?? 0;
}

function configPadId(config: Record<string, unknown>, modelType: string): number | undefined {
  const v = config.pad_token_id;
  if (Number.isSafeInteger(v) && (v as number) >= 0) return v as number;
  // The configuration class's default (RoBERTa family: 1, which also drives their position ids).
  return encoderFacts(modelType)?.padTokenIdDefault;
}

function randomRows(
  config: Record<string, unknown>,
  modelType: string,
  batch: number,
  seed: number,
  segments: boolean,
): { rows: Rows; pad: number; padLeft: boolean } {
  const vocab = config.vocab_size;
  if (!Number.isSafeInteger(vocab) || (vocab as number) < 2) {
    throw new VerifyError('INPUT_NO_VOCAB', 'config.json has no usable vocab_size to draw random ids from', {
      file: 'config.json',
      pointer: '/vocab_size',
      hint: 'add vocab_size to config.json or give the model a tokenizer.json',
    });
  }
  if (!Number.isSafeInteger(seed)) throw new VerifyError('INPUT_BAD_OPTION', `seed must be an integer (got ${seed})`, { exitCode: 2 });
  const pad = configPadId(config, modelType) ?? 0;
  const specials = new Set<number>([pad]);
  for (const f of CONFIG_SPECIAL_ID_FIELDS) {
    const v = config[f];
    if (Number.isSafeInteger(v)) specials.add(v as number);
  }
  let low = 0;
  while (specials.has(low)) low++;
  const hi = vocab as number;
  if (low >= hi) {
    throw new VerifyError('INPUT_NO_VOCAB', `no non-special id below vocab_size ${hi}`, { file: 'config.json', pointer: '/vocab_size' });
  }
  const limit = maxSequenceLength(config, modelType, pad);
  if (limit !== undefined && limit < MIN_BATCH) {
    throw new VerifyError('INPUT_TOO_LONG', `the model takes at most ${limit} positions; two different lengths need 2`, {
      file: 'config.json',
      pointer: '/max_position_embeddings',
    });
  }
  const lengths = Array.from({ length: batch }, (_, i) => {
    const base = DEFAULT_RANDOM_LENGTHS[i % DEFAULT_RANDOM_LENGTHS.length]! + Math.floor(i / DEFAULT_RANDOM_LENGTHS.length);
    return limit === undefined ? base : Math.min(base, limit);
  });
  if (new Set(lengths).size === 1) lengths[lengths.length - 1] = lengths[0]! - 1;
  const rng = seededRandom(seed);
  const draw = (): number => {
    for (let k = 0; k < MAX_REDRAWS; k++) {
      const id = rng.int(low, hi);
      if (!specials.has(id)) return id;
    }
    throw new VerifyError('INPUT_NO_VOCAB', `could not draw a non-special id in [${low}, ${hi})`, { file: 'config.json' });
  };
  const ids = lengths.map((n) => Array.from({ length: n }, draw));
  // Segments (models with token types): every row after the first (which stays one segment) of at
  // least 2 tokens gets a second segment, token type 1 from a seeded split point to its end, both
  // segments non-empty; padding keeps type 0. Drawn after the ids, which are thus unchanged.
  const typeIds = ids.map((r, i) => {
    const split = segments && i > 0 && r.length >= 2 ? rng.int(1, r.length) : r.length;
    return r.map((_, j) => (j < split ? 0 : 1));
  });
  return { rows: { ids, typeIds }, pad, padLeft: false };
}

/** Longest sequence the position embeddings allow (RoBERTa family: minus the pad offset), if known. */
function maxSequenceLength(config: Record<string, unknown>, modelType: string, pad: number): number | undefined {
  const v = config.max_position_embeddings ?? config.n_positions;
  if (!Number.isSafeInteger(v)) return undefined;
  return encoderFacts(modelType)?.positionsAfterPadding === true ? (v as number) - pad - 1 : (v as number);
}

/** Refuse a batch, text count or text volume beyond the parity-check budgets (`INPUT_TOO_LARGE`, exit 2). */
function checkInputBudget(options: MakeInputsOptions): void {
  const refuse = (message: string, hint: string): never => {
    throw new VerifyError('INPUT_TOO_LARGE', message, { hint, exitCode: 2 });
  };
  if (options.batch !== undefined && options.batch > MAX_BATCH)
    refuse(`batch ${options.batch} is more than ${MAX_BATCH} rows`, `a parity check needs a few rows; pass --batch ${MIN_BATCH}..${MAX_BATCH}`);
  const texts = options.texts ?? [];
  if (texts.length > MAX_TEXTS) refuse(`${texts.length} texts are more than ${MAX_TEXTS}`, `pass at most ${MAX_TEXTS} --text values`);
  let bytes = 0;
  for (const t of texts) bytes += Buffer.byteLength(t, 'utf8');
  if (bytes > MAX_TEXT_BYTES) refuse(`the texts hold ${bytes} bytes, more than ${MAX_TEXT_BYTES}`, 'use shorter --text values');
}
