import { readFile, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { jsonPointer, parseJsonStrict } from '@mlpack/core';
import type { Issue, ValidationResult } from '@mlpack/core';
import type { VerifyErrorCode } from './verify-error.js';

/**
 * Largest model.json we parse. The topology of a BERT-large graph model is ~1 MB; anything near
 * this cap is not a graph model we wrote, and refusing it early avoids parsing a huge file.
 */
export const TFJS_MODEL_JSON_MAX_BYTES = 64 * 1024 * 1024;

/**
 * The TensorFlow ops mlpack's TF.js emitter writes (graph IR ops lowered by @mlpack/tfjs, plus
 * Const / Placeholder / Shape). No control flow (While, If, LoopCond, Enter…), no function library,
 * no model initializer: a graph model holding anything else was not made by `mlpack convert`, and
 * TF.js runs it in-process without a time limit, so it is refused before loading
 * (`TFJS_OP_NOT_ALLOWED`). `test/all-architectures.test.ts` verifies every family's TF.js
 * conversion through this check, so an op the emitter starts writing fails there until it is listed.
 */
export const TFJS_ALLOWED_OPS: readonly string[] = [
  'Abs',
  'AddV2',
  'BatchMatMulV2',
  'BroadcastArgs',
  'BroadcastTo',
  'Cast',
  'ConcatV2',
  'Const',
  'Cos',
  'Cumsum',
  'Equal',
  'Erf',
  'Exp',
  'ExpandDims',
  'FloorDiv',
  'GatherV2',
  'Greater',
  'GreaterEqual',
  'Identity',
  'Less',
  'LessEqual',
  'Log',
  'LogicalAnd',
  'LogicalNot',
  'LogicalOr',
  'MatMul',
  'Max',
  'Maximum',
  'Mean',
  'Minimum',
  'Mul',
  'Neg',
  'NotEqual',
  'Placeholder',
  'Pow',
  'Range',
  'RealDiv',
  'Relu',
  'Reshape',
  'Rsqrt',
  'SelectV2',
  'Shape',
  'Sigmoid',
  'Sign',
  'Sin',
  'Softmax',
  'Sqrt',
  'Squeeze',
  'StridedSlice',
  'Sub',
  'Sum',
  'Tanh',
  'Transpose',
];
const TFJS_ALLOWED = new Set(TFJS_ALLOWED_OPS);
/** Problems of one kind reported before the rest are counted (a hostile topology may have millions of nodes). */
const MAX_OP_ISSUES = 20;

/** Bytes per element of each weights-manifest dtype TF.js can load from a binary shard. */
export const TFJS_DTYPE_BYTES = { float32: 4, int32: 4, bool: 1, complex64: 8 } as const;

/** Bytes per element of each quantized storage dtype (what the shard holds instead of `dtype`). */
export const TFJS_QUANTIZATION_BYTES = { float16: 2, uint16: 2, uint8: 1 } as const;

export type TfjsWeightDType = keyof typeof TFJS_DTYPE_BYTES;
export type TfjsQuantizationDType = keyof typeof TFJS_QUANTIZATION_BYTES;

/** One validated weights-manifest entry. */
export interface TfjsWeightSpec {
  name: string;
  shape: number[];
  dtype: TfjsWeightDType;
  quantization?: { dtype: TfjsQuantizationDType; scale?: number; min?: number };
  /** Bytes the entry takes in the concatenated shards. */
  byteLength: number;
}

/** A model.json that passed every check: what the loader needs, nothing re-parsed. */
export interface TfjsModelPlan {
  /** Path of model.json as given. */
  modelJsonPath: string;
  /** The parsed model.json. */
  modelJson: Record<string, unknown>;
  /** Weight entries of all groups, in manifest order (the order of bytes in the shards). */
  weightSpecs: TfjsWeightSpec[];
  /** Shard files (absolute paths) in manifest order, with their sizes. */
  shards: Array<{ path: string; size: number }>;
  /** Sum of shard sizes. */
  totalBytes: number;
}

/**
 * Validate a TF.js graph model's model.json and its shards before handing anything to TF.js:
 * shard names are plain file names beside model.json, every dtype is known, weight names are
 * unique, every shard exists, and each group's shard bytes equal what its entries need.
 * Collects every problem; never throws for bad input (only for bugs).
 */
export async function checkTfjsModel(modelJsonPath: string): Promise<ValidationResult<TfjsModelPlan>> {
  const issues: Issue[] = [];
  const add = (code: VerifyErrorCode, pointer: string | undefined, message: string, hint?: string, file = modelJsonPath, offset?: number): void => {
    issues.push({ severity: 'error', code, file, pointer, offset, message, hint });
  };
  const fail = (): ValidationResult<TfjsModelPlan> => ({ ok: false, issues, warnings: [] });

  const st = await stat(modelJsonPath).catch(() => undefined);
  if (!st?.isFile()) {
    add('TFJS_BAD_MODEL_JSON', undefined, 'model.json not found', 'convert with `--to tfjs` first');
    return fail();
  }
  if (st.size > TFJS_MODEL_JSON_MAX_BYTES) {
    add('TFJS_BAD_MODEL_JSON', undefined, `model.json is ${st.size} bytes, more than the ${TFJS_MODEL_JSON_MAX_BYTES} allowed`);
    return fail();
  }
  const parsed = parseJsonStrict(await readFile(modelJsonPath), { file: modelJsonPath, maxBytes: TFJS_MODEL_JSON_MAX_BYTES });
  if (!parsed.ok) {
    const e = parsed.error;
    add(
      'TFJS_BAD_MODEL_JSON',
      e.pointer,
      `not valid JSON (${e.code}): ${e.detail}`,
      e.hint,
      modelJsonPath,
      e.offset === undefined ? undefined : Number(e.offset),
    );
    return fail();
  }
  const json = parsed.value;
  if (!isObject(json)) {
    add('TFJS_BAD_MODEL_JSON', '', 'model.json must be a JSON object');
    return fail();
  }
  if (json.format !== 'graph-model') {
    add('TFJS_BAD_MODEL_JSON', '/format', `format must be "graph-model" (got ${JSON.stringify(json.format)})`, 'only TF.js graph models are supported');
  }
  const topology = json.modelTopology;
  if (!isObject(topology) || !Array.isArray(topology.node)) {
    add('TFJS_BAD_MODEL_JSON', '/modelTopology', 'modelTopology must be a GraphDef object with a "node" array');
  } else {
    checkOps(topology, topology.node, json, add);
  }
  const manifest = json.weightsManifest;
  if (!Array.isArray(manifest)) {
    add('TFJS_BAD_MODEL_JSON', '/weightsManifest', 'weightsManifest must be an array of groups');
    return fail();
  }

  const dir = dirname(modelJsonPath);
  const weightSpecs: TfjsWeightSpec[] = [];
  const shards: Array<{ path: string; size: number }> = [];
  const seen = new Map<string, string>();
  for (let g = 0; g < manifest.length; g++) {
    const group: unknown = manifest[g];
    const gp = jsonPointer('weightsManifest', g);
    if (!isObject(group) || !Array.isArray(group.paths) || !Array.isArray(group.weights)) {
      add('TFJS_BAD_MODEL_JSON', gp, 'a weights group must be {paths: string[], weights: object[]}');
      continue;
    }
    let groupOk = true;
    let needed = 0;
    for (let w = 0; w < group.weights.length; w++) {
      const spec = checkEntry(group.weights[w], jsonPointer('weightsManifest', g, 'weights', w), add);
      if (!spec) {
        groupOk = false;
        continue;
      }
      const wp = jsonPointer('weightsManifest', g, 'weights', w);
      const first = seen.get(spec.name);
      if (first !== undefined) {
        add('TFJS_DUPLICATE_WEIGHT', `${wp}/name`, `weight "${spec.name}" is listed twice (first at ${first})`);
        groupOk = false;
      } else {
        seen.set(spec.name, wp);
      }
      needed += spec.byteLength;
      weightSpecs.push(spec);
    }
    let held = 0;
    for (let p = 0; p < group.paths.length; p++) {
      const pp = jsonPointer('weightsManifest', g, 'paths', p);
      const name: unknown = group.paths[p];
      if (typeof name !== 'string' || name === '') {
        add('TFJS_BAD_MODEL_JSON', pp, 'a shard path must be a non-empty string');
        groupOk = false;
        continue;
      }
      if (!isPlainFileName(name)) {
        add(
          'TFJS_UNSAFE_PATH',
          pp,
          `shard path ${JSON.stringify(name)} is not a plain file name beside model.json`,
          'shards must sit in the same folder as model.json: no "/", "\\", ":" or ".."',
        );
        groupOk = false;
        continue;
      }
      const full = join(dir, name);
      const s = await stat(full).catch(() => undefined);
      if (!s?.isFile()) {
        add('TFJS_MISSING_SHARD', pp, `shard "${name}" is missing`, 'copy every shard listed in model.json next to it', full);
        groupOk = false;
        continue;
      }
      held += s.size;
      shards.push({ path: full, size: s.size });
    }
    if (groupOk && held !== needed) {
      add(
        'TFJS_SHARD_SIZE',
        gp,
        `the group's shards hold ${held} bytes but its ${group.weights.length} weights need ${needed}`,
        'the shards do not belong to this model.json or were truncated; convert again',
      );
    }
  }
  if (issues.length > 0) return fail();
  const totalBytes = shards.reduce((a, s) => a + s.size, 0);
  return { ok: true, value: { modelJsonPath, modelJson: json, weightSpecs, shards, totalBytes }, warnings: [] };
}

function checkEntry(
  entry: unknown,
  wp: string,
  add: (code: VerifyErrorCode, pointer: string | undefined, message: string, hint?: string) => void,
): TfjsWeightSpec | undefined {
  if (!isObject(entry)) {
    add('TFJS_BAD_MODEL_JSON', wp, 'a weight entry must be an object {name, shape, dtype}');
    return undefined;
  }
  let ok = true;
  if (typeof entry.name !== 'string' || entry.name === '') {
    add('TFJS_BAD_MODEL_JSON', `${wp}/name`, 'name must be a non-empty string');
    ok = false;
  }
  const shape = entry.shape;
  if (!Array.isArray(shape) || !shape.every((d) => Number.isSafeInteger(d) && (d as number) >= 0)) {
    add('TFJS_BAD_MODEL_JSON', `${wp}/shape`, 'shape must be an array of integers >= 0');
    ok = false;
  }
  const dtype = entry.dtype;
  if (typeof dtype !== 'string' || !Object.hasOwn(TFJS_DTYPE_BYTES, dtype)) {
    add(
      'TFJS_UNKNOWN_DTYPE',
      `${wp}/dtype`,
      `unknown weight dtype ${JSON.stringify(dtype)}`,
      `TF.js binary weights are ${Object.keys(TFJS_DTYPE_BYTES).join(', ')}`,
    );
    ok = false;
  }
  let quantization: TfjsWeightSpec['quantization'];
  if (entry.quantization !== undefined) {
    const q = entry.quantization;
    const qd = isObject(q) ? q.dtype : undefined;
    if (!isObject(q) || typeof qd !== 'string' || !Object.hasOwn(TFJS_QUANTIZATION_BYTES, qd)) {
      add(
        'TFJS_UNKNOWN_DTYPE',
        `${wp}/quantization/dtype`,
        `unknown quantization dtype ${JSON.stringify(qd)}`,
        `quantized weights are stored as ${Object.keys(TFJS_QUANTIZATION_BYTES).join(', ')}`,
      );
      ok = false;
    } else if (qd !== 'float16' && (typeof q.scale !== 'number' || typeof q.min !== 'number')) {
      add('TFJS_BAD_MODEL_JSON', `${wp}/quantization`, `${qd} quantization needs numeric scale and min`);
      ok = false;
    } else {
      quantization = {
        dtype: qd as TfjsQuantizationDType,
        ...(typeof q.scale === 'number' ? { scale: q.scale } : {}),
        ...(typeof q.min === 'number' ? { min: q.min } : {}),
      };
    }
  }
  if (!ok) return undefined;
  const elements = (shape as number[]).reduce((a, d) => a * d, 1);
  const per = quantization ? TFJS_QUANTIZATION_BYTES[quantization.dtype] : TFJS_DTYPE_BYTES[dtype as TfjsWeightDType];
  return {
    name: entry.name as string,
    shape: [...(shape as number[])],
    dtype: dtype as TfjsWeightDType,
    ...(quantization ? { quantization } : {}),
    byteLength: elements * per,
  };
}

/** A shard name must be one plain file name in model.json's folder. */
function isPlainFileName(name: string): boolean {
  return !/[/\\:\0]/.test(name) && !name.includes('..') && name !== '.';
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Every node's op in TFJS_ALLOWED_OPS; no function library and no model initializer (graphs TF.js would also run). */
function checkOps(
  topology: Record<string, unknown>,
  nodes: readonly unknown[],
  json: Record<string, unknown>,
  add: (code: VerifyErrorCode, pointer: string | undefined, message: string, hint?: string) => void,
): void {
  const hint = 'this graph model was not made by `mlpack convert` (or was altered); do not run it';
  const library = topology.library;
  if (isObject(library) && Array.isArray(library.function) && library.function.length > 0) {
    add(
      'TFJS_OP_NOT_ALLOWED',
      '/modelTopology/library/function',
      `the graph defines ${library.function.length} function(s); mlpack conversions define none`,
      hint,
    );
  }
  if (json.modelInitializer !== undefined) {
    add('TFJS_OP_NOT_ALLOWED', '/modelInitializer', 'the model has an initializer graph (run at load time); mlpack conversions have none', hint);
  }
  let refused = 0;
  nodes.forEach((node, i) => {
    const op = isObject(node) ? node.op : undefined;
    if (typeof op === 'string' && TFJS_ALLOWED.has(op)) return;
    refused++;
    if (refused > MAX_OP_ISSUES) return;
    const what = typeof op === 'string' ? `operator ${JSON.stringify(op)}` : 'a node without an op';
    add(
      'TFJS_OP_NOT_ALLOWED',
      jsonPointer('modelTopology', 'node', i, 'op'),
      `${what}: an mlpack conversion never contains it; refusing to run the model`,
      hint,
    );
  });
  if (refused > MAX_OP_ISSUES) {
    add('TFJS_OP_NOT_ALLOWED', '/modelTopology/node', `${refused - MAX_OP_ISSUES} more nodes with operators outside the allow-list`, hint);
  }
}
