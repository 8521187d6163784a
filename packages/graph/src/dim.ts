/**
 * Dims are numbers or symbolic names (`'batch_size'`). A symbolic dim may be a product written
 * `a*b` or `768*a*b` (produced by reshape with -1); its factors are kept sorted so that equal
 * products compare equal as strings. Anything without `*` is one opaque symbol.
 */
export type Dim = number | string;

export type Shape = readonly Dim[];

interface Factored {
  /** Numeric coefficient. */
  n: number;
  /** Symbolic factors, sorted. */
  syms: string[];
}

const PRODUCT_SEPARATOR = '*';
const DIGITS = /^[0-9]+$/;

/** True for a name usable as a symbolic input dim: non-empty, trimmed, no `*`, not all digits. */
export function isValidSymbol(s: string): boolean {
  return s.length > 0 && s.trim() === s && !s.includes(PRODUCT_SEPARATOR) && !DIGITS.test(s);
}

export function isSymbolic(d: Dim): d is string {
  return typeof d === 'string';
}

function factor(d: Dim): Factored {
  if (typeof d === 'number') return { n: d, syms: [] };
  let n = 1;
  const syms: string[] = [];
  for (const part of d.split(PRODUCT_SEPARATOR)) {
    if (DIGITS.test(part)) n *= Number(part);
    else syms.push(part);
  }
  syms.sort();
  return { n, syms };
}

function fromFactors(f: Factored): Dim {
  if (f.syms.length === 0) return f.n;
  if (f.n === 0) return 0;
  const s = f.syms.join(PRODUCT_SEPARATOR);
  return f.n === 1 ? s : `${f.n}${PRODUCT_SEPARATOR}${s}`;
}

/** Canonical form of a dim (products re-sorted), so equal dims are `===`. */
export function canonicalDim(d: Dim): Dim {
  return fromFactors(factor(d));
}

export function dimsEqual(a: Dim, b: Dim): boolean {
  return canonicalDim(a) === canonicalDim(b);
}

/** Product of dims (symbolic factors multiply into a product name). */
export function dimProduct(dims: readonly Dim[]): Dim {
  let n = 1;
  const syms: string[] = [];
  for (const d of dims) {
    const f = factor(d);
    n *= f.n;
    syms.push(...f.syms);
  }
  syms.sort();
  return fromFactors({ n, syms });
}

/** `a / b` when it is exact (every symbolic factor of b cancels, numeric part divides), else undefined. */
export function dimQuotient(a: Dim, b: Dim): Dim | undefined {
  const fa = factor(a);
  const fb = factor(b);
  if (fb.n === 0 || fa.n % fb.n !== 0) return undefined;
  const syms = [...fa.syms];
  for (const s of fb.syms) {
    const i = syms.indexOf(s);
    if (i < 0) return undefined;
    syms.splice(i, 1);
  }
  return fromFactors({ n: fa.n / fb.n, syms });
}

/**
 * The dim two dims must both be: equal dims give themselves; a symbol against a number gives the
 * number (the symbol is assumed to take that value at run time); two different symbols, or two
 * different numbers, give undefined (a mismatch, most likely a bug in the graph).
 */
export function unifyDims(a: Dim, b: Dim): Dim | undefined {
  if (dimsEqual(a, b)) return canonicalDim(a);
  if (typeof a === 'number' && typeof b === 'string') return a;
  if (typeof a === 'string' && typeof b === 'number') return b;
  return undefined;
}

/** Numpy broadcasting of one dim pair: 1 stretches; otherwise the dims must unify. */
export function broadcastDim(a: Dim, b: Dim): Dim | undefined {
  if (a === 1) return canonicalDim(b);
  if (b === 1) return canonicalDim(a);
  return unifyDims(a, b);
}

export function formatShape(shape: Shape): string {
  return `[${shape.map((d) => (typeof d === 'number' ? String(d) : d)).join(', ')}]`;
}
