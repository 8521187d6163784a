import { UsageError } from '@mlpack/core';

/**
 * Default absolute tolerance for float32 targets and the reference. Optimum validates exports at
 * atol 1e-5 but only warns; a float32 graph whose op order differs from the witness's float64 pass
 * lands around 1e-6..1e-5 on real models, so 1e-4 fails real bugs without flaking.
 */
export const DEFAULT_ATOL = 1e-4;
/** Default relative tolerance (times |expected|) for float32 targets and the reference. */
export const DEFAULT_RTOL = 1e-3;

/**
 * Defaults for TF.js models whose weights are stored as float16 (`weight_dtype: "float16"`).
 * Rounding every weight to float16 (relative error up to 2^-11 ≈ 4.9e-4) and computing in float32
 * moved outputs of the shared tiny models by at most 1.5e-3 (hidden states of magnitude ≤ 3, 2-5
 * layers; see tolerances.test.ts, which re-measures it). The error grows with depth and width and
 * with activation magnitude (BERT-base: 12 layers, hidden states up to ~10-20), so the default
 * leaves an order of magnitude of headroom: atol 2e-2 plus 1e-2 of |expected|. A real conversion
 * bug (wrong weight, missing bias, wrong mask) moves outputs by 1e-1 or more and still fails.
 */
export const FP16_WEIGHTS_ATOL = 2e-2;
export const FP16_WEIGHTS_RTOL = 1e-2;

export interface Tolerance {
  /** Absolute tolerance. */
  atol: number;
  /** Relative tolerance (times |expected|). */
  rtol: number;
}

export interface ToleranceOverrides {
  /** Replaces every default atol (the CLI's --atol). */
  atol?: number | undefined;
  /** Replaces every default rtol (the CLI's --rtol). */
  rtol?: number | undefined;
}

/** Check user-given tolerances: finite numbers >= 0 (a usage error, exit 2, otherwise). */
export function checkToleranceOverrides(o: ToleranceOverrides): void {
  for (const key of ['atol', 'rtol'] as const) {
    const v = o[key];
    if (v !== undefined && !(Number.isFinite(v) && v >= 0)) {
      throw new UsageError(`--${key} must be a finite number >= 0 (got ${v})`);
    }
  }
}

/** Tolerance for a float32 target or the reference: overrides, else the defaults. */
export function float32Tolerance(o: ToleranceOverrides = {}): Tolerance {
  return { atol: o.atol ?? DEFAULT_ATOL, rtol: o.rtol ?? DEFAULT_RTOL };
}

/** Tolerance for a TF.js target: overrides, else the float16-weights defaults or the float32 ones. */
export function tfjsTolerance(weightDtype: 'float32' | 'float16' | 'uint8' | 'uint16', o: ToleranceOverrides = {}): Tolerance {
  if (weightDtype !== 'float32') return { atol: o.atol ?? FP16_WEIGHTS_ATOL, rtol: o.rtol ?? FP16_WEIGHTS_RTOL };
  return float32Tolerance(o);
}

/**
 * Tolerance of a comparison against a golden: the overrides, else the golden's own atol/rtol, else
 * the target's tolerance. A float16-weights target is never held tighter than its own tolerance.
 */
export function goldenTolerance(
  target: Tolerance,
  golden: { atol?: number | undefined; rtol?: number | undefined },
  o: ToleranceOverrides = {},
  float16Weights = false,
): Tolerance {
  const pick = (key: 'atol' | 'rtol'): number => {
    const g = golden[key];
    if (o[key] !== undefined) return o[key];
    if (g === undefined) return target[key];
    return float16Weights ? Math.max(g, target[key]) : g;
  };
  return { atol: pick('atol'), rtol: pick('rtol') };
}
