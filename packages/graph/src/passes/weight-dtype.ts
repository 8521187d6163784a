import { GRAPH_DTYPE_TO_CORE } from '../dtype.js';
import { GraphError } from '../graph-error.js';
import type { InitializerTransform, TensorInitializer } from '../ir.js';

/**
 * The same weight held as float16: the file dtype is cast straight to float16 (no float32 step, so
 * one rounding) before any transpose; named `<tensor>[.T].f16` as the builder names such weights.
 */
export function float16Weight(init: TensorInitializer): TensorInitializer {
  const rest = init.transforms.filter((t) => t.kind !== 'cast');
  const transforms: InitializerTransform[] = [];
  if (init.source.dtype !== GRAPH_DTYPE_TO_CORE.float16) transforms.push({ kind: 'cast', from: init.source.dtype, to: 'float16' });
  transforms.push(...rest);
  const base = init.name.endsWith('.f16') ? init.name : `${init.name}.f16`;
  return { kind: 'tensor', name: base, dtype: 'float16', shape: [...init.shape], source: init.source, transforms };
}

/**
 * How a 2-D weight initializer relates to its file tensor: only casts and transposes, an even or odd
 * number of the latter. Quantization passes start again from the file bytes (quantizing the
 * original values, not a float16 rounding of them) in the orientation they need.
 */
export function linearWeightSource(init: TensorInitializer, pass: string): { transposed: boolean } {
  let transposed = false;
  for (const t of init.transforms) {
    if (t.kind === 'transpose') transposed = !transposed;
    else if (t.kind !== 'cast') {
      throw new GraphError('PASS_FAILED', `${pass}: weight "${init.name}" is already transformed (${t.kind})`, { tensor: init.name });
    }
  }
  return { transposed };
}
