import { readFile, stat } from 'node:fs/promises';
import { jsonPointer, parseJsonStrict, requireRegularFile, writeFileAtomic } from '@mlpack/core';
import type { HostTensor, HostTensorMap } from '@mlpack/core';
import { validateDocument } from '@mlpack/schema';
import type { GoldenInputTensor, MlpackGolden } from '@mlpack/schema';
import { VerifyError } from './verify-error.js';
import { tensorValues } from './tensor-values.js';

/**
 * Largest golden file we read. Goldens hold a few batches of outputs (a fill-mask golden of
 * 3 × 32 × 30k logits is ~60 MB of JSON); V8 cannot hold a string much beyond 512 MiB anyway.
 */
export const GOLDEN_MAX_BYTES = 256 * 1024 * 1024;

/** The `format` value of mlpack's own golden documents. */
export const GOLDEN_FORMAT = 'mlpack-golden';
export const GOLDEN_VERSION = 1;

/** Legacy `reference_*.json` keys holding expected outputs → Optimum output names. */
export const LEGACY_OUTPUT_NAMES: Readonly<Record<string, string>> = {
  hidden: 'last_hidden_state',
  pooler: 'pooler_output',
  logits: 'logits',
  start_logits: 'start_logits',
  end_logits: 'end_logits',
};

/** Legacy keys that only describe the model or labels and never change what is compared. */
const LEGACY_METADATA_KEYS: ReadonlySet<string> = new Set(['config', 'labels', 'id2label', 'pooled_position']);
const LEGACY_INPUT_KEYS: ReadonlySet<string> = new Set(['sequences', 'token_types', 'real_tokens']);

/** A golden, whatever file shape it came from: inputs to feed and outputs to expect. */
export interface Golden {
  /** The on-disk shape it was read from. */
  format: 'mlpack-golden' | 'legacy-reference';
  /** File it was read from (as given), or `<memory>`. */
  file: string;
  /** Free-form provenance (`source` of mlpack-golden documents). */
  source?: string;
  /** Inputs by ONNX input name (`input_ids`, `attention_mask`, `token_type_ids`, ...). */
  inputs: HostTensorMap;
  /** Expected outputs by Optimum output name, float64 (the values exactly as recorded). */
  outputs: HostTensorMap;
  /** Decoder LMs: greedy decoding from `inputs` with the KV cache (mlpack-golden `generation`). */
  generation?: GenerationGolden;
  /** Tolerances recorded with the golden, if any. */
  atol?: number;
  rtol?: number;
}

/** A recorded greedy decode: the prompt's last-position logits, then the pick and its margin at each step. */
export interface GenerationGolden {
  maxNewTokens: number;
  /** [batch, vocab] float64 (as recorded). */
  lastLogits: HostTensor;
  /** [batch][maxNewTokens] */
  tokens: number[][];
  /** [batch][maxNewTokens]: best logit − runner-up at each pick. */
  margins: number[][];
}

/** Read a golden file: an mlpack-golden document or a legacy `reference_*.json`. */
export async function readGolden(path: string): Promise<Golden> {
  await requireRegularFile(path, { what: 'the golden file' });
  const size = (
    await stat(path).catch((cause: unknown) => {
      throw new VerifyError('GOLDEN_BAD', 'cannot read the golden file', { file: path, cause });
    })
  ).size;
  if (size > GOLDEN_MAX_BYTES) {
    throw new VerifyError('GOLDEN_BAD', `golden file is ${size} bytes, more than the ${GOLDEN_MAX_BYTES} allowed`, {
      file: path,
      hint: 'record goldens on fewer or shorter inputs',
    });
  }
  const parsed = parseJsonStrict(await readFile(path), { file: path, maxBytes: GOLDEN_MAX_BYTES });
  if (!parsed.ok) {
    const e = parsed.error;
    throw new VerifyError('GOLDEN_BAD', `not valid JSON (${e.code}): ${e.detail}`, {
      file: path,
      pointer: e.pointer,
      offset: e.offset,
      hint: e.hint,
      cause: e,
    });
  }
  return parseGolden(parsed.value, { file: path });
}

export interface ParseGoldenOptions {
  /** File name used in errors. */
  file?: string;
}

/** Turn a parsed golden document (either shape) into tensors, checking every array. */
export function parseGolden(value: unknown, options: ParseGoldenOptions = {}): Golden {
  const file = options.file ?? '<memory>';
  if (!isObject(value)) throw bad(file, '', 'a golden must be a JSON object');
  if ('format' in value) {
    if (value.format !== GOLDEN_FORMAT) {
      throw new VerifyError('GOLDEN_UNKNOWN_FORMAT', `unknown golden format ${JSON.stringify(value.format)}`, {
        file,
        pointer: '/format',
        hint: `mlpack reads "${GOLDEN_FORMAT}" documents and legacy reference_*.json files`,
      });
    }
    return parseNative(value, file);
  }
  return parseLegacy(value, file);
}

function parseNative(doc: Record<string, unknown>, file: string): Golden {
  if (doc.version !== GOLDEN_VERSION) {
    throw new VerifyError('GOLDEN_UNKNOWN_FORMAT', `unsupported ${GOLDEN_FORMAT} version ${JSON.stringify(doc.version)}`, {
      file,
      pointer: '/version',
      hint: `this mlpack reads version ${GOLDEN_VERSION}`,
    });
  }
  // The schema checks types and shapes of fields; the checks below add what a schema cannot say
  // (data length = product of dims, ids that are safe integers) while building the tensors.
  const [issue] = validateDocument('golden', doc, { file }).filter((i) => i.severity === 'error');
  if (issue) throw new VerifyError('GOLDEN_BAD', issue.message, { file, pointer: issue.pointer, hint: issue.hint });
  const golden: Golden = {
    format: 'mlpack-golden',
    file,
    inputs: parseTensorMap(doc.inputs, file, 'inputs', ['int64', 'int32', 'float32']),
    outputs: parseTensorMap(doc.outputs, file, 'outputs', ['float32']),
  };
  if (doc.generation !== undefined) golden.generation = parseGeneration(doc.generation as Record<string, unknown>, file);
  if (Object.keys(golden.outputs).length === 0 && golden.generation === undefined) throw bad(file, '/outputs', 'a golden needs at least one output');
  if (doc.source !== undefined) {
    if (typeof doc.source !== 'string') throw bad(file, '/source', 'must be a string');
    golden.source = doc.source;
  }
  for (const key of ['atol', 'rtol'] as const) {
    const v = doc[key];
    if (v === undefined) continue;
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) throw bad(file, `/${key}`, 'must be a number >= 0');
    golden[key] = v;
  }
  return golden;
}

/** The schema checked types; here: shapes agree (rows = batch of last_logits, steps = max_new_tokens). */
function parseGeneration(g: Record<string, unknown>, file: string): GenerationGolden {
  const last = parseTensorMap({ last_logits: g.last_logits }, file, 'outputs', ['float32'])['last_logits']!;
  const tokens = g.tokens as number[][];
  const margins = g.margins as number[][];
  const steps = g.max_new_tokens as number;
  const rows = last.dims[0];
  if (last.dims.length !== 2) throw bad(file, '/generation/last_logits/dims', 'must be [batch, vocab]');
  for (const [key, list] of [
    ['tokens', tokens],
    ['margins', margins],
  ] as const) {
    if (list.length !== rows || list.some((r) => r.length !== steps)) {
      throw bad(file, `/generation/${key}`, `must hold ${rows} rows of max_new_tokens (${steps}) values`);
    }
  }
  if (tokens.flat().some((id) => id >= last.dims[1]!)) throw bad(file, '/generation/tokens', `holds an id beyond the vocabulary (${last.dims[1]})`);
  return { maxNewTokens: steps, lastLogits: last, tokens, margins };
}

function parseTensorMap(value: unknown, file: string, key: 'inputs' | 'outputs', dtypes: readonly GoldenInputTensor['dtype'][]): HostTensorMap {
  if (!isObject(value)) throw bad(file, `/${key}`, 'must be an object of tensors');
  const out: HostTensorMap = {};
  for (const name of Object.keys(value).sort()) {
    const ptr = jsonPointer(key, name);
    const t = value[name];
    if (!isObject(t)) throw bad(file, ptr, 'must be an object {dtype, dims, data}');
    const dtype = t.dtype;
    if (typeof dtype !== 'string' || !(dtypes as readonly string[]).includes(dtype)) {
      throw bad(file, `${ptr}/dtype`, `dtype must be one of ${dtypes.join(', ')} (got ${JSON.stringify(dtype)})`);
    }
    const dims = t.dims;
    if (!Array.isArray(dims) || !dims.every((d) => Number.isSafeInteger(d) && (d as number) >= 0)) {
      throw bad(file, `${ptr}/dims`, 'must be an array of integers >= 0');
    }
    const data = t.data;
    if (!Array.isArray(data)) throw bad(file, `${ptr}/data`, 'must be a flat array of numbers');
    const n = (dims as number[]).reduce((a, d) => a * d, 1);
    if (data.length !== n) {
      throw bad(file, `${ptr}/data`, `has ${data.length} values, dims [${dims.join(', ')}] need ${n}`);
    }
    out[name] = toTensor(dtype as GoldenInputTensor['dtype'], [...(dims as number[])], data, file, `${ptr}/data`, key === 'outputs');
  }
  return out;
}

function toTensor(dtype: GoldenInputTensor['dtype'], dims: number[], data: unknown[], file: string, ptr: string, asFloat64: boolean): HostTensor {
  const bad1 = (i: number, what: string): VerifyError => bad(file, `${ptr}/${i}`, what);
  if (dtype === 'int64' || dtype === 'int32') {
    const ints = data.map((v, i) => {
      if (!Number.isSafeInteger(v)) throw bad1(i, `must be an integer (got ${JSON.stringify(v)})`);
      if (dtype === 'int32' && ((v as number) < -(2 ** 31) || (v as number) >= 2 ** 31)) throw bad1(i, 'does not fit int32');
      return v as number;
    });
    return dtype === 'int64' ? { dtype, dims, data: BigInt64Array.from(ints, (v) => BigInt(v)) } : { dtype, dims, data: Int32Array.from(ints) };
  }
  const floats = data.map((v, i) => {
    if (typeof v !== 'number') throw bad1(i, `must be a number (got ${JSON.stringify(v)})`);
    return v;
  });
  return asFloat64 ? { dtype: 'float64', dims, data: Float64Array.from(floats) } : { dtype: 'float32', dims, data: Float32Array.from(floats) };
}

function parseLegacy(doc: Record<string, unknown>, file: string): Golden {
  const unsupported = Object.keys(doc)
    .filter((k) => !LEGACY_INPUT_KEYS.has(k) && !LEGACY_METADATA_KEYS.has(k) && !(k in LEGACY_OUTPUT_NAMES))
    .sort();
  if (unsupported.length > 0) {
    throw new VerifyError(
      'GOLDEN_UNSUPPORTED_SHAPE',
      `this legacy golden shape is not supported yet (key${unsupported.length > 1 ? 's' : ''} ${unsupported.map((k) => `"${k}"`).join(', ')})`,
      {
        file,
        pointer: jsonPointer(unsupported[0]!),
        hint: `legacy goldens may hold ${[...LEGACY_INPUT_KEYS].join(', ')} and ${Object.keys(LEGACY_OUTPUT_NAMES).join(', ')}; record an ${GOLDEN_FORMAT} document instead`,
      },
    );
  }
  if (!('sequences' in doc)) throw bad(file, '', 'a legacy golden needs "sequences" (the input ids)');
  const seq = nested(doc.sequences, file, '/sequences');
  if (seq.dims.length !== 2) throw bad(file, '/sequences', `must be [batch][sequence] (got ${seq.dims.length} dims)`);
  const [b, s] = seq.dims as [number, number];
  const inputs: HostTensorMap = { input_ids: intTensor(seq, file, '/sequences') };
  if ('token_types' in doc) {
    const tt = nested(doc.token_types, file, '/token_types');
    sameShape(tt.dims, seq.dims, file, '/token_types');
    inputs.token_type_ids = intTensor(tt, file, '/token_types');
  }
  inputs.attention_mask = legacyMask(doc.real_tokens, b, s, file);
  const outputs: HostTensorMap = {};
  for (const key of Object.keys(LEGACY_OUTPUT_NAMES).sort()) {
    if (!(key in doc)) continue;
    const t = nested(doc[key], file, jsonPointer(key));
    if (t.dims[0] !== b) throw bad(file, jsonPointer(key), `batch ${String(t.dims[0])} differs from the ${b} sequences`);
    outputs[LEGACY_OUTPUT_NAMES[key]!] = { dtype: 'float64', dims: t.dims, data: Float64Array.from(t.values) };
  }
  if (Object.keys(outputs).length === 0) {
    throw bad(file, '', `no expected outputs (one of ${Object.keys(LEGACY_OUTPUT_NAMES).join(', ')})`);
  }
  return { format: 'legacy-reference', file, inputs, outputs };
}

/** `real_tokens`: absent → all attended; [b] counts → the first `count` positions; [b][s] → a 0/1 mask. */
function legacyMask(value: unknown, b: number, s: number, file: string): HostTensor {
  const mask = new BigInt64Array(b * s);
  if (value === undefined) {
    mask.fill(1n);
    return { dtype: 'int64', dims: [b, s], data: mask };
  }
  const t = nested(value, file, '/real_tokens');
  if (t.dims.length === 1 && t.dims[0] === b) {
    t.values.forEach((count, i) => {
      if (!Number.isInteger(count) || count < 0 || count > s) {
        throw bad(file, `/real_tokens/${i}`, `must be a token count in 0..${s} (got ${count})`);
      }
      for (let j = 0; j < count; j++) mask[i * s + j] = 1n;
    });
  } else if (t.dims.length === 2 && t.dims[0] === b && t.dims[1] === s) {
    t.values.forEach((v, i) => {
      if (v !== 0 && v !== 1) throw bad(file, `/real_tokens/${Math.floor(i / s)}/${i % s}`, `a mask holds 0 or 1 (got ${v})`);
      mask[i] = BigInt(v);
    });
  } else {
    throw bad(file, '/real_tokens', `must be per-row counts [${b}] or a mask [${b}][${s}] (got [${t.dims.join(', ')}])`);
  }
  return { dtype: 'int64', dims: [b, s], data: mask };
}

interface Nested {
  dims: number[];
  values: number[];
}

/** Flatten a rectangular nested array of numbers, naming the pointer of the first irregularity. */
function nested(value: unknown, file: string, ptr: string): Nested {
  const dims: number[] = [];
  let probe: unknown = value;
  while (Array.isArray(probe)) {
    dims.push(probe.length);
    probe = probe[0];
  }
  if (dims.length === 0) throw bad(file, ptr, 'must be a (nested) array of numbers');
  const values: number[] = [];
  const walk = (v: unknown, depth: number, p: string): void => {
    if (depth === dims.length) {
      if (typeof v !== 'number') throw bad(file, p, `must be a number (got ${JSON.stringify(v)})`);
      values.push(v);
      return;
    }
    if (!Array.isArray(v) || v.length !== dims[depth]) {
      throw bad(file, p, `ragged array: expected ${dims[depth]} entries at depth ${depth}`);
    }
    v.forEach((x, i) => walk(x, depth + 1, `${p}/${i}`));
  };
  walk(value, 0, ptr);
  return { dims, values };
}

function intTensor(t: Nested, file: string, ptr: string): HostTensor {
  const data = new BigInt64Array(t.values.length);
  t.values.forEach((v, i) => {
    if (!Number.isSafeInteger(v)) throw bad(file, `${ptr}/${Math.floor(i / (t.dims[1] ?? 1))}/${i % (t.dims[1] ?? 1)}`, `must be an integer id (got ${v})`);
    data[i] = BigInt(v);
  });
  return { dtype: 'int64', dims: t.dims, data };
}

function sameShape(dims: number[], want: number[], file: string, ptr: string): void {
  if (dims.length !== want.length || dims.some((d, i) => d !== want[i])) {
    throw bad(file, ptr, `shape [${dims.join(', ')}] differs from sequences [${want.join(', ')}]`);
  }
}

/** What to record in a golden. */
export interface GoldenRecord {
  inputs: HostTensorMap;
  outputs: HostTensorMap;
  generation?: GenerationGolden;
  /** Free-form provenance, e.g. `mlpack 0.1.0 reference, bert-base-uncased`. */
  source?: string;
  atol?: number;
  rtol?: number;
}

/**
 * Build an mlpack-golden document (deterministic: tensor names sorted, fixed key order). Outputs
 * are recorded as float32 values (float64 outputs are rounded to float32 first, which is what the
 * converted models produce and what the schema's `float32` promises).
 */
export function goldenDocument(record: GoldenRecord): MlpackGolden {
  const doc: MlpackGolden = {
    format: GOLDEN_FORMAT,
    version: GOLDEN_VERSION,
    ...(record.source !== undefined ? { source: record.source } : {}),
    inputs: tensorsToJson(record.inputs, 'inputs'),
    outputs: tensorsToJson(record.outputs, 'outputs'),
  };
  if (record.generation !== undefined) {
    const g = record.generation;
    doc.generation = {
      max_new_tokens: g.maxNewTokens,
      last_logits: tensorsToJson({ last_logits: g.lastLogits }, 'outputs')['last_logits']!,
      tokens: g.tokens.map((r) => [...r]),
      // float32 like every recorded value: margins only judge ties, 7 digits are plenty
      margins: g.margins.map((r) => r.map((m) => Math.fround(m))),
    };
  }
  if (record.atol !== undefined) doc.atol = record.atol;
  if (record.rtol !== undefined) doc.rtol = record.rtol;
  return doc;
}

/** Write an mlpack-golden document atomically (2-space JSON, trailing newline). */
export async function writeGolden(path: string, record: GoldenRecord): Promise<void> {
  const doc = goldenDocument(record);
  await writeFileAtomic(path, `${JSON.stringify(doc, null, 2)}\n`);
}

function tensorsToJson<K extends 'inputs' | 'outputs'>(map: HostTensorMap, key: K): MlpackGolden[K] {
  const out: Record<string, GoldenInputTensor> = {};
  for (const name of Object.keys(map).sort()) {
    const t = map[name]!;
    let dtype: GoldenInputTensor['dtype'];
    let data: number[];
    if (t.dtype === 'int64' || t.dtype === 'int32') {
      if (key === 'outputs') throw new VerifyError('GOLDEN_BAD', `output "${name}" is ${t.dtype}; goldens record float outputs`, { tensor: name });
      dtype = t.dtype;
      data = Array.from(tensorValues(t));
      if (t.dtype === 'int64' && !data.every((v) => Number.isSafeInteger(v))) {
        throw new VerifyError('GOLDEN_BAD', `input "${name}" holds ids beyond 2^53`, { tensor: name });
      }
    } else {
      dtype = 'float32';
      data = Array.from(Float32Array.from(t.data));
      const i = data.findIndex((v) => !Number.isFinite(v));
      if (i >= 0) {
        throw new VerifyError('GOLDEN_NONFINITE', `${key} "${name}" holds ${String(data[i])} at flat index ${i}, which JSON cannot record`, {
          tensor: name,
          hint: 'a model producing NaN/Infinity cannot be recorded as a golden; check the model',
        });
      }
    }
    out[name] = { dtype, dims: [...t.dims], data };
  }
  return out as MlpackGolden[K];
}

function bad(file: string, pointer: string, message: string): VerifyError {
  return new VerifyError('GOLDEN_BAD', message, { file, pointer: pointer === '' ? undefined : pointer });
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * The golden's outputs in the model's shapes where the two differ only by dimensions of size 1
 * (same values in the same order): a reranker's scores recorded as `[n]` compare with its `[n, 1]`
 * logits, and a `[n, 1]` golden with a model that gives `[n]`. Other shape differences are left as
 * they are, for the comparison to report.
 */
export function alignGoldenOutputs(golden: HostTensorMap, actual: HostTensorMap): HostTensorMap {
  const out: HostTensorMap = {};
  for (const [name, t] of Object.entries(golden)) {
    const model = actual[name];
    const squeezed = (dims: readonly number[]): string => dims.filter((d) => d !== 1).join(',');
    out[name] =
      model !== undefined && model.dims.join(',') !== t.dims.join(',') && squeezed(model.dims) === squeezed(t.dims) ? { ...t, dims: [...model.dims] } : t;
  }
  return out;
}
