/**
 * Shape inference for every op, with symbolic dims. Each function gets the name of the node being
 * created so that a mismatch is a coded `GraphError` naming that node.
 */
import { broadcastDim, canonicalDim, dimProduct, dimQuotient, dimsEqual, formatShape, unifyDims } from './dim.js';
import type { Dim, Shape } from './dim.js';
import { GraphError } from './graph-error.js';
import type { ReshapeDim } from './ir.js';

/** `axis` in `[-rank, rank)` → `[0, rank)`. */
export function normalizeAxis(axis: number, rank: number, node: string): number {
  if (!Number.isInteger(axis) || axis < -rank || axis >= rank) {
    throw new GraphError('BAD_AXIS', `axis ${axis} is out of range for rank ${rank}`, { node });
  }
  return axis < 0 ? axis + rank : axis;
}

/** Normalize, sort and check a list of distinct axes. */
export function normalizeAxes(axes: readonly number[], rank: number, node: string): number[] {
  const out = axes.map((a) => normalizeAxis(a, rank, node)).sort((a, b) => a - b);
  for (let i = 1; i < out.length; i++) {
    if (out[i] === out[i - 1]) throw new GraphError('BAD_AXIS', `axis ${out[i]} is repeated in [${axes.join(', ')}]`, { node });
  }
  return out;
}

/** Numpy broadcasting of any number of shapes. */
export function broadcastShapes(shapes: readonly Shape[], node: string): Dim[] {
  const rank = Math.max(0, ...shapes.map((s) => s.length));
  const out: Dim[] = [];
  for (let i = 0; i < rank; i++) {
    let dim: Dim = 1;
    for (const s of shapes) {
      const d = s[s.length - rank + i];
      if (d === undefined) continue;
      const b = broadcastDim(dim, d);
      if (b === undefined) {
        throw new GraphError('SHAPE_MISMATCH', `shapes ${shapes.map(formatShape).join(' and ')} do not broadcast (dim ${i} of the result: ${dim} vs ${d})`, {
          node,
        });
      }
      dim = b;
    }
    out.push(dim);
  }
  return out;
}

/** numpy `matmul`: 1-D operands get a dim prepended (a) / appended (b) that is removed afterwards. */
export function inferMatMul(a: Shape, b: Shape, node: string): Dim[] {
  if (a.length === 0 || b.length === 0) {
    throw new GraphError('SHAPE_MISMATCH', `MatMul needs operands of rank >= 1, got ${formatShape(a)} and ${formatShape(b)}`, { node });
  }
  const aa = a.length === 1 ? [1, a[0]!] : [...a];
  const bb = b.length === 1 ? [b[0]!, 1] : [...b];
  const k = unifyDims(aa[aa.length - 1]!, bb[bb.length - 2]!);
  if (k === undefined) {
    throw new GraphError('SHAPE_MISMATCH', `MatMul inner dims differ: ${formatShape(a)} · ${formatShape(b)} (${aa[aa.length - 1]} vs ${bb[bb.length - 2]})`, {
      node,
    });
  }
  const batch = broadcastShapes([aa.slice(0, -2), bb.slice(0, -2)], node);
  const out: Dim[] = [...batch];
  if (a.length > 1) out.push(canonicalDim(aa[aa.length - 2]!));
  if (b.length > 1) out.push(canonicalDim(bb[bb.length - 1]!));
  return out;
}

/** `data.shape[:axis] + indices.shape + data.shape[axis + 1:]`. */
export function inferGather(data: Shape, indices: Shape, axis: number, node: string): Dim[] {
  const ax = normalizeAxis(axis, data.length, node);
  return [...data.slice(0, ax), ...indices, ...data.slice(ax + 1)].map(canonicalDim);
}

/** Output shape of a reshape spec (see `ReshapeDim`); checks the element count when it can. */
export function inferReshape(x: Shape, spec: readonly ReshapeDim[], node: string): Dim[] {
  let inferAt = -1;
  const out: (Dim | undefined)[] = [];
  spec.forEach((s, i) => {
    if (typeof s === 'number') {
      if (s === -1) {
        if (inferAt >= 0) throw new GraphError('BAD_RESHAPE', `reshape spec has more than one -1`, { node });
        inferAt = i;
        out.push(undefined);
      } else if (!Number.isSafeInteger(s) || s < 1) {
        throw new GraphError('BAD_RESHAPE', `reshape spec entry ${i} is ${s}: sizes must be integers >= 1, or -1`, { node });
      } else {
        out.push(s);
      }
    } else {
      if (!Number.isInteger(s.copy) || s.copy < 0 || s.copy >= x.length) {
        throw new GraphError('BAD_RESHAPE', `reshape spec entry ${i} copies dim ${s.copy} of a rank-${x.length} input`, { node });
      }
      out.push(canonicalDim(x[s.copy]!));
    }
  });
  const total = dimProduct(x);
  const known = dimProduct(out.filter((d): d is Dim => d !== undefined));
  if (inferAt >= 0) {
    const q = dimQuotient(total, known);
    if (q === undefined) {
      throw new GraphError('BAD_RESHAPE', `cannot reshape ${formatShape(x)} (${total} elements) into a multiple of ${known}`, { node });
    }
    out[inferAt] = q;
  } else if (!dimsEqual(total, known)) {
    throw new GraphError('BAD_RESHAPE', `cannot reshape ${formatShape(x)} (${total} elements) into ${known} elements`, { node });
  }
  return out as Dim[];
}

export function checkPermutation(perm: readonly number[], rank: number, node: string): void {
  const seen = new Set<number>();
  for (const p of perm) {
    if (!Number.isInteger(p) || p < 0 || p >= rank || seen.has(p)) {
      throw new GraphError('BAD_AXIS', `[${perm.join(', ')}] is not a permutation of the ${rank} axes`, { node });
    }
    seen.add(p);
  }
  if (perm.length !== rank) throw new GraphError('BAD_AXIS', `[${perm.join(', ')}] is not a permutation of the ${rank} axes`, { node });
}

export function inferTranspose(x: Shape, perm: readonly number[], node: string): Dim[] {
  checkPermutation(perm, x.length, node);
  return perm.map((p) => canonicalDim(x[p]!));
}

/** `axes` already normalized against the output rank. */
export function inferUnsqueeze(x: Shape, axes: readonly number[]): Dim[] {
  const out: Dim[] = [];
  let j = 0;
  const rank = x.length + axes.length;
  for (let i = 0; i < rank; i++) out.push(axes.includes(i) ? 1 : canonicalDim(x[j++]!));
  return out;
}

/** `axes` already normalized against the input rank; each squeezed dim must be the number 1. */
export function inferSqueeze(x: Shape, axes: readonly number[], node: string): Dim[] {
  for (const a of axes) {
    if (x[a] !== 1) {
      throw new GraphError('SHAPE_MISMATCH', `cannot squeeze axis ${a} of ${formatShape(x)}: its size is ${x[a]}, not 1`, { node });
    }
  }
  return x.filter((_, i) => !axes.includes(i)).map(canonicalDim);
}

/** A name for a dim that can only be described, not computed (kept free of the product separator). */
function derivedDim(expr: string, node: string, axis: number): string {
  return expr.includes('*') ? `${node}:dim${axis}` : expr;
}

/** Length of `x[start:end]` along `axis` (python semantics, `end === null` = to the end). */
export function inferSlice(x: Shape, axis: number, start: number, end: number | null, node: string): Dim[] {
  if (!Number.isSafeInteger(start) || (end !== null && !Number.isSafeInteger(end))) {
    throw new GraphError('BAD_ARGUMENT', `slice bounds must be integers, got ${start}:${end}`, { node });
  }
  const d = x[axis]!;
  let len: Dim;
  if (typeof d === 'number') {
    const s = start < 0 ? Math.max(0, d + start) : Math.min(start, d);
    const e = end === null ? d : end < 0 ? Math.max(0, d + end) : Math.min(end, d);
    len = Math.max(0, e - s);
  } else if (end === null) {
    len = start === 0 ? d : start < 0 ? -start : derivedDim(`${d}-${start}`, node, axis);
  } else if ((start >= 0 && end >= 0) || (start < 0 && end < 0)) {
    len = Math.max(0, end - start);
  } else {
    len = derivedDim(`${d}[${start}:${end}]`, node, axis);
  }
  return x.map((dim, i) => (i === axis ? len : canonicalDim(dim)));
}

/** `axes` normalized; reduced dims become 1 (keepDims) or disappear. */
export function inferReduce(x: Shape, axes: readonly number[], keepDims: boolean): Dim[] {
  const out: Dim[] = [];
  x.forEach((d, i) => {
    if (!axes.includes(i)) out.push(canonicalDim(d));
    else if (keepDims) out.push(1);
  });
  return out;
}

export function inferConcat(xs: readonly Shape[], axis: number, node: string): Dim[] {
  const first = xs[0]!;
  if (xs.some((s) => s.length !== first.length)) {
    throw new GraphError('SHAPE_MISMATCH', `Concat inputs have different ranks: ${xs.map(formatShape).join(', ')}`, { node });
  }
  const out: Dim[] = [];
  for (let i = 0; i < first.length; i++) {
    if (i === axis) {
      const dims = xs.map((s) => s[i]!);
      const numeric = dims.filter((d): d is number => typeof d === 'number').reduce((a, b) => a + b, 0);
      const symbolic = dims.filter((d): d is string => typeof d === 'string').map(canonicalDim);
      out.push(symbolic.length === 0 ? numeric : derivedDim([...symbolic, ...(numeric ? [String(numeric)] : [])].join(' + '), node, i));
      continue;
    }
    let d: Dim | undefined = first[i];
    for (const s of xs) d = d === undefined ? undefined : unifyDims(d, s[i]!);
    if (d === undefined) {
      throw new GraphError('SHAPE_MISMATCH', `Concat inputs differ in dim ${i}: ${xs.map(formatShape).join(', ')}`, { node });
    }
    out.push(d);
  }
  return out;
}
