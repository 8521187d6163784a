import type { HostTensor, HostTensorMap } from '@mlpack/core';
import { tensorValues } from './tensor-values.js';

/** The KV cache a decoder graph takes: one key and one value per layer, `[batch, kvHeads, past, headDim]`. */
export interface CacheSpec {
  layers: number;
  kvHeads: number;
  headDim: number;
}

const PAST = /^past_key_values\.(\d+)\.(key|value)$/;

/** Whether a signature is a decoder's: it takes `position_ids` or a KV cache. */
export function isDecoderSignature(inputNames: readonly string[]): boolean {
  return inputNames.includes('position_ids') || inputNames.some((n) => PAST.test(n));
}

/** The cache the signature takes (`past_key_values.{i}.key|value` with fixed kv heads and head dim), or undefined. */
export function cacheSpecOf(inputs: ReadonlyArray<{ name: string; shape: ReadonlyArray<number | string> }>): CacheSpec | undefined {
  const past = inputs.filter((i) => PAST.test(i.name));
  if (past.length === 0) return undefined;
  const first = past[0]!.shape;
  const kvHeads = first[1];
  const headDim = first[3];
  if (typeof kvHeads !== 'number' || typeof headDim !== 'number') return undefined;
  return { layers: past.length / 2, kvHeads, headDim };
}

/** Rows of token ids, left-padded to one width: what generation feeds (transformers.js pads decoders on the left). */
export interface LeftPaddedBatch {
  ids: number[][];
  mask: number[][];
  inputs: HostTensorMap;
}

/**
 * `input_ids`, `attention_mask` and `position_ids` of unequal rows, left-padded with `padId`.
 * Position ids are what transformers.js computes: the mask's running sum minus one, 1 where masked.
 */
export function leftPadded(rows: readonly (readonly number[])[], padId: number): LeftPaddedBatch {
  const width = Math.max(...rows.map((r) => r.length));
  const ids = rows.map((r) => [...new Array<number>(width - r.length).fill(padId), ...r]);
  const mask = rows.map((r) => [...new Array<number>(width - r.length).fill(0), ...r.map(() => 1)]);
  return {
    ids,
    mask,
    inputs: { input_ids: int64(ids), attention_mask: int64(mask), position_ids: int64(positionIds(mask, width)) },
  };
}

/** transformers.js's position ids for the last `lastN` columns of `mask`. */
export function positionIds(mask: readonly (readonly number[])[], lastN: number): number[][] {
  return mask.map((row) => {
    let sum = 0;
    const pos = row.map((m) => {
      sum += m;
      return m === 0 ? 1 : sum - 1;
    });
    return pos.slice(pos.length - lastN);
  });
}

/** Empty `past_key_values.*` ([batch, kvHeads, 0, headDim]): the first step of generation. */
export function emptyPast(spec: CacheSpec, batch: number): HostTensorMap {
  const out: HostTensorMap = {};
  for (let i = 0; i < spec.layers; i++) {
    for (const kind of ['key', 'value']) {
      out[`past_key_values.${i}.${kind}`] = { dtype: 'float32', dims: [batch, spec.kvHeads, 0, spec.headDim], data: new Float32Array(0) };
    }
  }
  return out;
}

/** A step's `present.*` outputs as the next step's `past_key_values.*` inputs. */
export function pastFromPresent(outputs: HostTensorMap): HostTensorMap {
  const out: HostTensorMap = {};
  for (const [name, t] of Object.entries(outputs)) {
    if (name.startsWith('present.')) out[`past_key_values.${name.slice('present.'.length)}`] = t;
  }
  return out;
}

/**
 * The positions of `t` along `seqAxis` where the row's mask is 1, gathered into one axis (the
 * batch and sequence axes merge): padded positions compute garbage by design (a fully masked
 * query attends uniformly), so parity is judged on attended positions only.
 */
export function attendedPositions(t: HostTensor, mask: readonly (readonly number[])[], seqAxis: number): HostTensor {
  const dims = t.dims;
  const values = tensorValues(t);
  const b = dims[0]!;
  const s = dims[seqAxis]!;
  const inner = dims.slice(seqAxis + 1).reduce((a, d) => a * d, 1);
  const middle = dims.slice(1, seqAxis).reduce((a, d) => a * d, 1);
  const out: number[] = [];
  let kept = 0;
  for (let row = 0; row < b; row++) {
    const m = mask[row]!;
    const offset = m.length - s; // the mask may cover more columns (past + new) than this tensor
    for (let pos = 0; pos < s; pos++) {
      if (m[offset + pos] !== 1) continue;
      kept++;
      for (let mid = 0; mid < middle; mid++) {
        const base = ((row * middle + mid) * s + pos) * inner;
        for (let k = 0; k < inner; k++) out.push(values[base + k]!);
      }
    }
  }
  const rest = [...dims.slice(1, seqAxis), ...dims.slice(seqAxis + 1)];
  const shape = [kept, ...rest];
  return t.dtype === 'float64'
    ? { dtype: 'float64', dims: shape, data: Float64Array.from(out) }
    : { dtype: 'float32', dims: shape, data: Float32Array.from(out) };
}

/** The last position's vector of each row of a `[b, s, v]` tensor, as `[b][v]`. */
export function lastPosition(t: HostTensor): Float64Array[] {
  const [b, s, v] = t.dims as [number, number, number];
  const values = tensorValues(t);
  return Array.from({ length: b }, (_, row) => Float64Array.from({ length: v }, (_, k) => values[(row * s + s - 1) * v + k]!));
}

export function argmax(v: ArrayLike<number>): number {
  let best = 0;
  for (let i = 1; i < v.length; i++) if (v[i]! > v[best]!) best = i;
  return best;
}

export function int64(rows: readonly (readonly number[])[]): HostTensor {
  const b = rows.length;
  const s = rows[0]?.length ?? 0;
  return { dtype: 'int64', dims: [b, s], data: BigInt64Array.from(rows.flat(), (v) => BigInt(v)) };
}
