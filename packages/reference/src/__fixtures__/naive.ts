import type { HostTensor, HostTensorMap } from '@mlpack/core';
import { int64FromRows } from '@mlpack/core';
import { runReference64 } from '../run-reference.js';
import type { EncoderTask, ReferenceInputs } from '../types.js';
import { MemorySource } from './memory-source.js';
import type { MemoryTensor } from './memory-source.js';

/**
 * Deliberately plain re-statements of the head formulas, one vector at a time, used to check that
 * each head is wired to the right tensors, token and activation.
 */

export function dense(x: readonly number[], weights: Record<string, MemoryTensor>, name: string): number[] {
  const w = weights[`${name}.weight`]!;
  const b = weights[`${name}.bias`]!;
  const [outF, inF] = w.shape as [number, number];
  if (inF !== x.length) throw new RangeError(`${name}: input ${x.length}, weight wants ${inF}`);
  const y: number[] = [];
  for (let o = 0; o < outF; o++) {
    let s = b.data[o]!;
    for (let k = 0; k < inF; k++) s += w.data[o * inF + k]! * x[k]!;
    y.push(s);
  }
  return y;
}

/** x · E^T + bias for a [vocab, width] matrix. */
export function project(x: readonly number[], matrix: MemoryTensor, bias: MemoryTensor): number[] {
  const [rows, width] = matrix.shape as [number, number];
  const y: number[] = [];
  for (let r = 0; r < rows; r++) {
    let s = bias.data[r]!;
    for (let k = 0; k < width; k++) s += matrix.data[r * width + k]! * x[k]!;
    y.push(s);
  }
  return y;
}

export function norm(x: readonly number[], weights: Record<string, MemoryTensor>, name: string, eps: number): number[] {
  const g = weights[`${name}.weight`]!.data;
  const b = weights[`${name}.bias`]!.data;
  const mean = x.reduce((a, v) => a + v, 0) / x.length;
  const variance = x.reduce((a, v) => a + (v - mean) ** 2, 0) / x.length;
  return x.map((v, i) => ((v - mean) / Math.sqrt(variance + eps)) * g[i]! + b[i]!);
}

/** The vector at `index` (all leading indices) along the last axis of t. */
export function vectorAt(t: HostTensor, ...index: number[]): number[] {
  const width = t.dims[t.dims.length - 1]!;
  let flat = 0;
  for (let i = 0; i < index.length; i++) flat = flat * t.dims[i]! + index[i]!;
  return Array.from(t.data as Float64Array)
    .slice(flat * width, flat * width + width)
    .map(Number);
}

export function maxAbsDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) return Infinity;
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i]! - b[i]!));
  return m;
}

export interface RunArgs {
  config: Record<string, unknown>;
  weights: Record<string, MemoryTensor>;
  task: EncoderTask;
  ids: number[][];
  mask?: number[][];
  types?: number[][];
}

/** runReference64 over an in-memory source; returns the outputs and the source (for read counts). */
export async function run(a: RunArgs): Promise<{ out: HostTensorMap; source: MemorySource }> {
  const source = new MemorySource(a.weights);
  const inputs: ReferenceInputs = { input_ids: int64FromRows(a.ids) };
  if (a.mask) inputs.attention_mask = int64FromRows(a.mask);
  if (a.types) inputs.token_type_ids = int64FromRows(a.types);
  const out = await runReference64({ config: a.config, weights: source, task: a.task }, inputs);
  return { out, source };
}
