import { dimsEqual } from '@mlpack/graph';
import type { Dim } from '@mlpack/graph';
import type { NodeEmitter, TfValue } from './lowering-context.js';
import { boolAttr, intAttr, intListAttr, typeAttr } from './tf-graph-writer.js';

/**
 * True when TF.js's CPU BatchMatMul computes numpy broadcasting of these batch (outer) dims
 * correctly. Its kernel flattens each side's batch dims to one count and indexes operand X with
 * `bi % batchCount(X)` — right when the batch dims are equal, or when one side's dims (after
 * leading 1s) are the trailing dims of the other side, which is the full broadcast shape. Other
 * patterns (e.g. [2, 1] against [1, 3]) would silently pair the wrong matrices.
 */
export function tfjsBroadcastsBatch(outerA: readonly Dim[], outerB: readonly Dim[]): boolean {
  const rank = Math.max(outerA.length, outerB.length);
  const pad = (s: readonly Dim[]): Dim[] => [...Array<Dim>(rank - s.length).fill(1), ...s];
  const a = pad(outerA);
  const b = pad(outerB);
  const full = (x: Dim[], y: Dim[]): boolean => x.every((d, i) => dimsEqual(d, y[i]!) || y[i] === 1);
  const suffixOf = (y: Dim[], x: Dim[]): boolean => {
    let k = 0;
    while (k < rank && y[k] === 1) k++;
    for (let i = k; i < rank; i++) if (!dimsEqual(y[i]!, x[i]!)) return false;
    return true;
  };
  return (full(a, b) && suffixOf(b, a)) || (full(b, a) && suffixOf(a, b));
}

/**
 * numpy `matmul` → `MatMul` (2-D × 2-D) or `BatchMatMulV2`. 1-D operands get a unit dim (ExpandDims)
 * that a final Squeeze removes. Batch dims TF.js would pair wrongly (see `tfjsBroadcastsBatch`)
 * are broadcast explicitly first: BroadcastArgs of the two run-time batch shapes, BroadcastTo.
 */
export function lowerMatMul(e: NodeEmitter): string {
  const a0 = e.input(0);
  const b0 = e.input(1);
  const dtype = a0.dtype;
  const squeeze: number[] = [];
  let a = a0;
  let b = b0;
  const needsSqueeze = a0.shape.length === 1 || b0.shape.length === 1;
  if (a0.shape.length === 1)
    a = { ...a0, ref: e.op('ExpandDims_a', 'ExpandDims', [a0.ref, e.int32(0)], { T: typeAttr(dtype), Tdim: typeAttr('DT_INT32') }), shape: [1, a0.shape[0]!] };
  if (b0.shape.length === 1)
    b = { ...b0, ref: e.op('ExpandDims_b', 'ExpandDims', [b0.ref, e.int32(-1)], { T: typeAttr(dtype), Tdim: typeAttr('DT_INT32') }), shape: [b0.shape[0]!, 1] };
  const outRank = Math.max(a.shape.length, b.shape.length);
  if (a0.shape.length === 1) squeeze.push(outRank - 2);
  if (b0.shape.length === 1) squeeze.push(outRank - 1);

  const outerA = a.shape.slice(0, -2);
  const outerB = b.shape.slice(0, -2);
  if (!tfjsBroadcastsBatch(outerA, outerB)) {
    const batchA = e.dims(a, 0, outerA.length, false);
    const batchB = e.dims(b, 0, outerB.length, false);
    const batch = e.op('BroadcastArgs', 'BroadcastArgs', [batchA, batchB], { T: typeAttr('DT_INT32') });
    const outer = broadcastOuter(outerA, outerB);
    a = broadcastBatch(e, a, batch, outer, 'a');
    b = broadcastBatch(e, b, batch, outer, 'b');
  }
  const product =
    a.shape.length === 2 && b.shape.length === 2
      ? e.op(needsSqueeze ? 'MatMul' : null, 'MatMul', [a.ref, b.ref], { T: typeAttr(dtype), transpose_a: boolAttr(false), transpose_b: boolAttr(false) })
      : e.op(needsSqueeze ? 'BatchMatMulV2' : null, 'BatchMatMulV2', [a.ref, b.ref], { T: typeAttr(dtype), adj_x: boolAttr(false), adj_y: boolAttr(false) });
  return needsSqueeze ? e.op(null, 'Squeeze', [product], { T: typeAttr(dtype), squeeze_dims: intListAttr(squeeze) }) : product;
}

/** `BroadcastTo(x, concat(batch, x.shape[-2:]))`. */
function broadcastBatch(e: NodeEmitter, x: TfValue, batch: string, outer: readonly Dim[], which: string): TfValue {
  const rank = x.shape.length;
  const matrix = e.dims(x, rank - 2, rank, false);
  const target = e.op(`target_${which}`, 'ConcatV2', [batch, matrix, e.int32(0)], {
    T: typeAttr('DT_INT32'),
    Tidx: typeAttr('DT_INT32'),
    N: intAttr(2),
  });
  const ref = e.op(`BroadcastTo_${which}`, 'BroadcastTo', [x.ref, target], { T: typeAttr(x.dtype), Tidx: typeAttr('DT_INT32') });
  return { ...x, ref, shape: [...outer, ...x.shape.slice(-2)] };
}

/** numpy broadcast of two batch shapes (IR shape inference already checked they broadcast). */
function broadcastOuter(a: readonly Dim[], b: readonly Dim[]): Dim[] {
  const rank = Math.max(a.length, b.length);
  const out: Dim[] = [];
  for (let i = 0; i < rank; i++) {
    const x = a[a.length - rank + i] ?? 1;
    const y = b[b.length - rank + i] ?? 1;
    out.push(x === 1 ? y : x);
  }
  return out;
}
