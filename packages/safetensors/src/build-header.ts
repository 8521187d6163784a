/**
 * The writer's header: deterministic (metadata first, then tensors sorted by name, data laid out
 * in that order), compact JSON, space-padded so the data section starts on an 8-byte boundary.
 */
import { DTYPE_INFO, byteLengthOf, elementCount, isDType } from '@mlpack/core';
import type { DType } from '@mlpack/core';
import { HEADER_ALIGNMENT, HEADER_LENGTH_BYTES, MAX_HEADER_BYTES, METADATA_KEY } from './constants.js';
import { SafetensorsError } from './errors.js';

/** Refused by core's strict JSON parser (prototype pollution): the writer must not produce it. */
const PROTO_KEY = '__proto__';

/** What the writer needs to know about a tensor before seeing its bytes. */
export interface TensorSpec {
  name: string;
  dtype: DType;
  shape: readonly number[];
}

export interface PlannedTensor extends TensorSpec {
  /** `[begin, end)` in the data section. */
  begin: number;
  end: number;
}

export interface HeaderPlan {
  /** The 8-byte length prefix followed by the padded JSON header. */
  prefix: Uint8Array;
  /** Tensors in data order (sorted by name). */
  tensors: PlannedTensor[];
  /** Total file size. */
  fileSize: number;
}

/** Validate specs and metadata and lay the file out. Throws `ST_WRITE_INVALID` / `ST_HEADER_TOO_LARGE`. */
export function planHeader(specs: readonly TensorSpec[], metadata: Readonly<Record<string, string>> | undefined, file?: string): HeaderPlan {
  const invalid = (message: string, tensor?: string): SafetensorsError =>
    new SafetensorsError('ST_WRITE_INVALID', message, { file, tensor, hint: 'fix the tensors passed to the writer' });
  const sorted = [...specs].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  let offset = 0;
  const tensors: PlannedTensor[] = [];
  for (const [i, t] of sorted.entries()) {
    if (typeof t.name !== 'string') throw invalid('tensor name is not a string');
    if (t.name === METADATA_KEY) throw invalid(`a tensor may not be named "${METADATA_KEY}"`, t.name);
    if (t.name === PROTO_KEY) throw invalid(`a tensor may not be named "${PROTO_KEY}" (mlpack's strict reader refuses the key)`, t.name);
    if (i > 0 && sorted[i - 1]!.name === t.name) throw invalid('duplicate tensor name', t.name);
    if (!isDType(t.dtype)) throw invalid(`unknown dtype ${JSON.stringify(t.dtype)}`, t.name);
    if (!isShape(t.shape)) {
      throw invalid(`shape ${JSON.stringify(t.shape)} is not an array of non-negative integers`, t.name);
    }
    const bytes = byteLengthOf(t.dtype, elementCount(t.shape));
    if (bytes === undefined) throw invalid(`shape [${t.shape.join(', ')}] of ${t.dtype} (${DTYPE_INFO[t.dtype].bits} bits) does not fill whole bytes`, t.name);
    const end = offset + Number(bytes);
    if (bytes > BigInt(Number.MAX_SAFE_INTEGER) || !Number.isSafeInteger(end)) throw invalid('tensor data beyond 2^53 bytes', t.name);
    tensors.push({ name: t.name, dtype: t.dtype, shape: [...t.shape], begin: offset, end });
    offset = end;
  }
  const members: string[] = [];
  if (metadata !== undefined) {
    const keys = Object.keys(metadata).sort();
    for (const k of keys) {
      if (k === PROTO_KEY) throw invalid(`metadata key "${PROTO_KEY}" is not allowed (mlpack's strict reader refuses the key)`);
      if (typeof metadata[k] !== 'string') throw invalid(`metadata value of "${k}" is not a string`);
    }
    members.push(`${JSON.stringify(METADATA_KEY)}:{${keys.map((k) => `${JSON.stringify(k)}:${JSON.stringify(metadata[k])}`).join(',')}}`);
  }
  for (const t of tensors) {
    members.push(`${JSON.stringify(t.name)}:{"dtype":${JSON.stringify(t.dtype)},"shape":[${t.shape.join(',')}],"data_offsets":[${t.begin},${t.end}]}`);
  }
  // Built by hand, not JSON.stringify(object): integer-like tensor names would be reordered by JS.
  const json = new TextEncoder().encode(`{${members.join(',')}}`);
  const padded = Math.ceil(json.length / HEADER_ALIGNMENT) * HEADER_ALIGNMENT;
  if (padded > MAX_HEADER_BYTES) {
    throw new SafetensorsError('ST_HEADER_TOO_LARGE', `header would have ${padded} bytes, more than ${MAX_HEADER_BYTES}`, {
      file,
      hint: 'split the tensors over several shards or shorten the metadata',
    });
  }
  const prefix = new Uint8Array(HEADER_LENGTH_BYTES + padded).fill(0x20);
  new DataView(prefix.buffer).setBigUint64(0, BigInt(padded), /* littleEndian */ true);
  prefix.set(json, HEADER_LENGTH_BYTES);
  return { prefix, tensors, fileSize: prefix.length + offset };
}

/** Specs come from callers' JavaScript too: check the shape at run time, not only its type. */
function isShape(v: unknown): v is readonly number[] {
  return Array.isArray(v) && v.every((d) => Number.isSafeInteger(d) && (d as number) >= 0);
}
