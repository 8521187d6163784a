/** Test helper: plain-TS (float64) tensor math with numpy semantics, the witness for the lowerings. */

export interface Nd {
  shape: number[];
  data: number[];
}

export function nd(shape: number[], data: ArrayLike<number>): Nd {
  const n = shape.reduce((a, d) => a * d, 1);
  if (n !== data.length) throw new Error(`shape [${shape.join(',')}] needs ${n} values, got ${data.length}`);
  return { shape, data: Array.from(data) };
}

export function strides(shape: readonly number[]): number[] {
  const s = Array<number>(shape.length).fill(1);
  for (let i = shape.length - 2; i >= 0; i--) s[i] = s[i + 1]! * shape[i + 1]!;
  return s;
}

export function broadcastShape(...shapes: (readonly number[])[]): number[] {
  const rank = Math.max(...shapes.map((s) => s.length));
  const out: number[] = [];
  for (let i = 0; i < rank; i++) {
    let d = 1;
    for (const s of shapes) {
      const x = s[s.length - rank + i] ?? 1;
      if (x !== 1) {
        if (d !== 1 && d !== x) throw new Error(`shapes do not broadcast: ${shapes.map((z) => `[${z.join(',')}]`).join(' ')}`);
        d = x;
      }
    }
    out.push(d);
  }
  return out;
}

/** Flat index into `shape` (right-aligned, broadcast) of the output multi-index `idx`. */
function sourceIndex(idx: readonly number[], shape: readonly number[]): number {
  const st = strides(shape);
  let o = 0;
  const off = idx.length - shape.length;
  for (let i = 0; i < shape.length; i++) o += (shape[i] === 1 ? 0 : idx[off + i]!) * st[i]!;
  return o;
}

function unravel(flat: number, shape: readonly number[]): number[] {
  const st = strides(shape);
  return shape.map((_, i) => Math.floor(flat / st[i]!) % shape[i]!);
}

/** numpy broadcasting elementwise map over any number of operands. */
export function elementwise(xs: readonly Nd[], f: (...v: number[]) => number): Nd {
  const shape = broadcastShape(...xs.map((x) => x.shape));
  const n = shape.reduce((a, d) => a * d, 1);
  const data: number[] = [];
  for (let i = 0; i < n; i++) {
    const idx = unravel(i, shape);
    data.push(f(...xs.map((x) => x.data[sourceIndex(idx, x.shape)]!)));
  }
  return { shape, data };
}

/** numpy matmul for operands of rank >= 2 (batch dims broadcast). */
export function matmul(a: Nd, b: Nd): Nd {
  const m = a.shape[a.shape.length - 2]!;
  const k = a.shape[a.shape.length - 1]!;
  const n = b.shape[b.shape.length - 1]!;
  const batch = broadcastShape(a.shape.slice(0, -2), b.shape.slice(0, -2));
  const count = batch.reduce((x, d) => x * d, 1);
  const data: number[] = [];
  for (let bi = 0; bi < count; bi++) {
    const idx = unravel(bi, batch);
    const ao = sourceIndex(idx, a.shape.slice(0, -2)) * m * k;
    const bo = sourceIndex(idx, b.shape.slice(0, -2)) * k * n;
    for (let i = 0; i < m; i++) {
      for (let j = 0; j < n; j++) {
        let s = 0;
        for (let t = 0; t < k; t++) s += a.data[ao + i * k + t]! * b.data[bo + t * n + j]!;
        data.push(s);
      }
    }
  }
  return { shape: [...batch, m, n], data };
}

export function transpose(x: Nd, perm: readonly number[]): Nd {
  const shape = perm.map((p) => x.shape[p]!);
  const st = strides(x.shape);
  const n = x.data.length;
  const data: number[] = [];
  for (let i = 0; i < n; i++) {
    const idx = unravel(i, shape);
    let o = 0;
    perm.forEach((p, j) => (o += idx[j]! * st[p]!));
    data.push(x.data[o]!);
  }
  return { shape, data };
}

/** Apply `f` to each 1-D lane along `axis` (in place of the lane). */
export function alongAxis(x: Nd, axis: number, f: (lane: number[]) => number[]): Nd {
  const st = strides(x.shape);
  const len = x.shape[axis]!;
  const data = [...x.data];
  const outer = x.data.length / len;
  for (let o = 0; o < outer; o++) {
    // the o-th lane start: enumerate all indices with idx[axis] = 0
    const before = Math.floor(o / st[axis]!);
    const after = o % st[axis]!;
    const start = before * len * st[axis]! + after;
    const lane = Array.from({ length: len }, (_, i) => x.data[start + i * st[axis]!]!);
    f(lane).forEach((v, i) => (data[start + i * st[axis]!] = v));
  }
  return { shape: [...x.shape], data };
}

/** Reduce along one axis (the axis removed). */
export function reduceAxis(x: Nd, axis: number, f: (lane: number[]) => number): Nd {
  const shape = x.shape.filter((_, i) => i !== axis);
  const st = strides(x.shape);
  const n = shape.reduce((a, d) => a * d, 1);
  const data: number[] = [];
  for (let i = 0; i < n; i++) {
    const idx = unravel(i, shape);
    const lane: number[] = [];
    for (let t = 0; t < x.shape[axis]!; t++) {
      const full = [...idx.slice(0, axis), t, ...idx.slice(axis)];
      lane.push(x.data[full.reduce((a, v, j) => a + v * st[j]!, 0)]!);
    }
    data.push(f(lane));
  }
  return { shape, data };
}

/**
 * erf in float64: the Maclaurin series for |x| <= 2.5, else 1 - erfc from its continued fraction
 * (evaluated backwards); both accurate to ~1e-14.
 */
export function erf(x: number): number {
  if (Math.abs(x) > 2.5) {
    const a = Math.abs(x);
    let f = a;
    for (let k = 60; k >= 1; k--) f = a + k / 2 / f;
    const erfc = Math.exp(-a * a) / Math.sqrt(Math.PI) / f;
    return Math.sign(x) * (1 - erfc);
  }
  let term = x;
  let sum = x;
  for (let n = 1; n < 80; n++) {
    term *= (-x * x) / n;
    sum += term / (2 * n + 1);
  }
  return (2 / Math.sqrt(Math.PI)) * sum;
}

/** Deterministic uniform values in [lo, hi) (mulberry32). */
export function seeded(seed: number): (lo?: number, hi?: number) => number {
  let s = seed >>> 0;
  return (lo = 0, hi = 1) => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    const u = ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    return lo + (hi - lo) * u;
  };
}

export function randomNd(shape: number[], rand: (lo?: number, hi?: number) => number, lo = -1, hi = 1): Nd {
  const n = shape.reduce((a, d) => a * d, 1);
  return { shape, data: Array.from({ length: n }, () => rand(lo, hi)) };
}
