/**
 * The error function in float64. JavaScript has no `Math.erf`, and the exact ("erf") GELU of
 * BERT-family models needs one accurate to a few ulps, so the witness computes it itself:
 * - |z| < ERF_SERIES_LIMIT: erf(z) = 2/sqrt(pi) * exp(-z^2) * sum_n (2z^2)^n z / (1*3*...*(2n+1)),
 *   a series of positive terms (no cancellation, unlike the plain Maclaurin series);
 * - otherwise erf(z) = 1 - erfc(z), with erfc from its continued fraction (modified Lentz).
 */

/** Below this |z| the series needs at most ~45 terms; above it the continued fraction needs fewer. */
const ERF_SERIES_LIMIT = 2.5;
/** erfc(6) ~ 2.2e-17 is below half an ulp of 1 (5.6e-17): erf(z) rounds to +-1 from here on. */
const ERF_SATURATION = 6;
/** Relative size of the last term (or Lentz step) at which the sum is exact to float64 rounding. */
const CONVERGED = 1e-17;
/** Hard cap on iterations: both expansions converge far sooner for every z they are used for. */
const MAX_TERMS = 500;
/** Smallest magnitude Lentz allows for an intermediate denominator (avoids 0/0). */
const LENTZ_TINY = 1e-300;
const TWO_OVER_SQRT_PI = 2 / Math.sqrt(Math.PI);
const ONE_OVER_SQRT_PI = 1 / Math.sqrt(Math.PI);

export function erf(x: number): number {
  if (Number.isNaN(x)) return NaN;
  const z = Math.abs(x);
  let r: number;
  if (z >= ERF_SATURATION) r = 1;
  else if (z < ERF_SERIES_LIMIT) r = erfSeries(z);
  else r = 1 - erfcContinuedFraction(z);
  return x < 0 ? -r : r;
}

/** erf(z) for 0 <= z < ERF_SERIES_LIMIT. */
function erfSeries(z: number): number {
  const z2 = z * z;
  let term = z;
  let sum = z;
  for (let n = 1; n < MAX_TERMS; n++) {
    term *= (2 * z2) / (2 * n + 1);
    sum += term;
    if (term <= sum * CONVERGED) break;
  }
  return TWO_OVER_SQRT_PI * Math.exp(-z2) * sum;
}

/**
 * erfc(z) for z >= ERF_SERIES_LIMIT from
 * erfc(z) = exp(-z^2)/sqrt(pi) * 1/(z + (1/2)/(z + 1/(z + (3/2)/(z + 2/(z + ...))))).
 */
function erfcContinuedFraction(z: number): number {
  let f = z;
  let c = z;
  let d = 0;
  for (let n = 1; n < MAX_TERMS; n++) {
    const a = n / 2;
    d = z + a * d;
    if (Math.abs(d) < LENTZ_TINY) d = LENTZ_TINY;
    d = 1 / d;
    c = z + a / c;
    if (Math.abs(c) < LENTZ_TINY) c = LENTZ_TINY;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) < CONVERGED) break;
  }
  return (ONE_OVER_SQRT_PI * Math.exp(-z * z)) / f;
}
