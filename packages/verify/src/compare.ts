import type { HostTensor } from '@mlpack/core';
import { tensorValues, unravelIndex } from './tensor-values.js';

/**
 * Floor of the denominator of the relative error: only there to avoid dividing by zero. Relative
 * error next to zeros is meaningless anyway (read `max_abs` there); pass/fail never uses it.
 */
export const REL_ERROR_FLOOR = 1e-12;

/** A number as it appears in JSON reports: non-finite values are spelled as strings. */
export type JsonNumber = number | 'NaN' | 'Infinity' | '-Infinity';

export interface CompareOptions {
  /** Absolute tolerance. */
  atol: number;
  /** Relative tolerance (times |expected|). */
  rtol: number;
  /** Also compute argmax agreement along the last axis (for logits outputs). */
  argmax?: boolean;
}

/** The first element (row-major) that misses `|a - e| <= atol + rtol·|e|`, with both values. */
export interface FirstBad {
  /** Multi-index into the tensor. */
  index: number[];
  actual: JsonNumber;
  expected: JsonNumber;
}

/** Metrics of one output compared with its expected value. Key order is part of the report contract. */
export interface TensorComparison {
  /** Shape of the actual tensor. */
  shape: number[];
  /** Shape of the expected tensor, present only when it differs from `shape`. */
  expected_shape?: number[];
  /** max |a - e| over elements where neither is NaN (null when the shapes differ). */
  max_abs: JsonNumber | null;
  /** max |a - e| / max(|e|, REL_ERROR_FLOOR) (null when the shapes differ). */
  max_rel: JsonNumber | null;
  /** Cosine similarity of the flattened tensors (1 when both are all zeros; null when the shapes differ). */
  cosine: JsonNumber | null;
  /** Fraction of last-axis rows whose argmax agrees (only when asked for; null when undefined). */
  argmax_agreement?: number | null;
  /** Shapes equal and every element within tolerance (NaN only matches NaN). */
  ok: boolean;
  first_bad?: FirstBad;
}

export function toJsonNumber(x: number): JsonNumber {
  if (Number.isNaN(x)) return 'NaN';
  if (x === Infinity) return 'Infinity';
  if (x === -Infinity) return '-Infinity';
  return x;
}

/** Whether `actual` may stand for `expected` under atol/rtol; NaN only matches NaN, ±Infinity only itself. */
export function isClose(actual: number, expected: number, atol: number, rtol: number): boolean {
  if (Number.isNaN(actual) || Number.isNaN(expected)) return Number.isNaN(actual) && Number.isNaN(expected);
  if (actual === expected) return true;
  if (!Number.isFinite(actual) || !Number.isFinite(expected)) return false;
  return Math.abs(actual - expected) <= atol + rtol * Math.abs(expected);
}

/**
 * Compare two tensors element by element (any numeric dtypes; int64 through Number()). Pass iff
 * the shapes are equal and every element is close. Metrics are computed in float64.
 */
export function compareTensors(actual: HostTensor, expected: HostTensor, options: CompareOptions): TensorComparison {
  const shape = [...actual.dims];
  if (!sameDims(actual.dims, expected.dims)) {
    return {
      shape,
      expected_shape: [...expected.dims],
      max_abs: null,
      max_rel: null,
      cosine: null,
      ...(options.argmax ? { argmax_agreement: null } : {}),
      ok: false,
    };
  }
  const a = tensorValues(actual);
  const e = tensorValues(expected);
  let maxAbs = 0;
  let maxRel = 0;
  let dot = 0;
  let normA = 0;
  let normE = 0;
  let firstBad = -1;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = e[i]!;
    dot += x * y;
    normA += x * x;
    normE += y * y;
    if (firstBad < 0 && !isClose(x, y, options.atol, options.rtol)) firstBad = i;
    if (Number.isNaN(x) || Number.isNaN(y) || x === y) continue;
    const d = Math.abs(x - y);
    if (d > maxAbs) maxAbs = d;
    const r = d / Math.max(Math.abs(y), REL_ERROR_FLOOR);
    if (r > maxRel) maxRel = r;
  }
  const result: TensorComparison = {
    shape,
    max_abs: toJsonNumber(maxAbs),
    max_rel: toJsonNumber(maxRel),
    cosine: toJsonNumber(cosine(dot, normA, normE)),
    ...(options.argmax ? { argmax_agreement: argmaxAgreement(a, e, shape[shape.length - 1] ?? 0) } : {}),
    ok: firstBad < 0,
  };
  if (firstBad >= 0) {
    result.first_bad = {
      index: unravelIndex(firstBad, shape),
      actual: toJsonNumber(a[firstBad]!),
      expected: toJsonNumber(e[firstBad]!),
    };
  }
  return result;
}

function cosine(dot: number, normA: number, normE: number): number {
  if (normA === 0 && normE === 0) return 1;
  if (normA === 0 || normE === 0) return 0;
  return dot / (Math.sqrt(normA) * Math.sqrt(normE));
}

/**
 * Fraction of rows (all axes but the last) whose argmax over the last axis is the same in both.
 * Ties go to the first maximum; a NaN wins over any number (numpy's convention). Null for an
 * empty last axis or no rows.
 */
export function argmaxAgreement(a: ArrayLike<number>, e: ArrayLike<number>, last: number): number | null {
  if (last <= 0 || a.length === 0) return null;
  const rows = a.length / last;
  let agree = 0;
  for (let r = 0; r < rows; r++) if (argmaxRow(a, r * last, last) === argmaxRow(e, r * last, last)) agree++;
  return agree / rows;
}

function argmaxRow(v: ArrayLike<number>, start: number, n: number): number {
  let best = 0;
  let bestVal = v[start]!;
  if (Number.isNaN(bestVal)) return 0;
  for (let j = 1; j < n; j++) {
    const x = v[start + j]!;
    if (Number.isNaN(x)) return j;
    if (x > bestVal) {
      best = j;
      bestVal = x;
    }
  }
  return best;
}

function sameDims(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((d, i) => d === b[i]);
}
