export interface CloseOptions {
  /** Absolute tolerance. */
  atol?: number;
  /** Relative tolerance (times |expected|). */
  rtol?: number;
}

export interface CloseResult {
  ok: boolean;
  maxAbs: number;
  /** First index where |a - e| > atol + rtol * |e|, or -1. */
  firstBad: number;
}

/** Elementwise |a - e| <= atol + rtol * |e|; NaN only matches NaN. */
export function compareClose(actual: ArrayLike<number>, expected: ArrayLike<number>, o: CloseOptions = {}): CloseResult {
  const atol = o.atol ?? 1e-4;
  const rtol = o.rtol ?? 0;
  if (actual.length !== expected.length) return { ok: false, maxAbs: Infinity, firstBad: Math.min(actual.length, expected.length) };
  let maxAbs = 0;
  let firstBad = -1;
  for (let i = 0; i < actual.length; i++) {
    const a = actual[i]!;
    const e = expected[i]!;
    if (Number.isNaN(a) || Number.isNaN(e)) {
      if (!(Number.isNaN(a) && Number.isNaN(e)) && firstBad < 0) firstBad = i;
      continue;
    }
    const d = Math.abs(a - e);
    if (d > maxAbs) maxAbs = d;
    if (d > atol + rtol * Math.abs(e) && firstBad < 0) firstBad = i;
  }
  return { ok: firstBad < 0, maxAbs, firstBad };
}

/** Throws naming the first mismatching index and both values. */
export function assertClose(actual: ArrayLike<number>, expected: ArrayLike<number>, o: CloseOptions = {}, label = 'tensor'): void {
  const r = compareClose(actual, expected, o);
  if (!r.ok) {
    const i = r.firstBad;
    throw new Error(
      actual.length !== expected.length
        ? `${label}: length ${actual.length} != expected ${expected.length}`
        : `${label}: index ${i}: got ${actual[i]}, expected ${expected[i]} (max abs diff ${r.maxAbs}, atol ${o.atol ?? 1e-4}, rtol ${o.rtol ?? 0})`,
    );
  }
}
