import type { ReshapeDim } from '@mlpack/graph';
import type { NodeEmitter } from './lowering-context.js';
import { intAttr, typeAttr } from './tf-graph-writer.js';

/** A run of the target shape: literal sizes (and -1), or input dims `from..to` copied at run time. */
type Piece = { kind: 'literal'; sizes: number[] } | { kind: 'copy'; from: number; to: number };

/**
 * Reshape by an IR spec. TF's Reshape takes a shape tensor with at most one -1 and no "copy this
 * input dim" entry, so the target shape is built: copied dims that are static become literals;
 * symbolic ones are sliced from `Shape(x)` at run time (adjacent ones in one StridedSlice), and the
 * runs are joined with ConcatV2. A spec with nothing dynamic is one int32 constant.
 */
export function lowerReshape(e: NodeEmitter, spec: readonly ReshapeDim[]): string {
  const x = e.input(0);
  const pieces: Piece[] = [];
  for (const s of spec) {
    const last = pieces[pieces.length - 1];
    const dim = typeof s === 'number' ? s : x.shape[s.copy]!;
    if (typeof dim === 'number') {
      if (last?.kind === 'literal') last.sizes.push(dim);
      else pieces.push({ kind: 'literal', sizes: [dim] });
    } else {
      const from = (s as { copy: number }).copy;
      if (last?.kind === 'copy' && last.to === from) last.to = from + 1;
      else pieces.push({ kind: 'copy', from, to: from + 1 });
    }
  }
  if (pieces.length === 0) pieces.push({ kind: 'literal', sizes: [] });
  const refs = pieces.map((p) => (p.kind === 'literal' ? e.int32(p.sizes) : e.dims(x, p.from, p.to, false)));
  const shape =
    refs.length === 1
      ? refs[0]!
      : e.op('shape', 'ConcatV2', [...refs, e.int32(0)], { T: typeAttr('DT_INT32'), Tidx: typeAttr('DT_INT32'), N: intAttr(refs.length) });
  return e.op(null, 'Reshape', [x.ref, shape], { T: typeAttr(x.dtype), Tshape: typeAttr('DT_INT32') });
}
