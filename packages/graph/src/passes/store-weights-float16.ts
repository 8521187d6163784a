import type { Graph, TensorInitializer } from '../ir.js';
import { GraphRewriter } from './graph-rewriter.js';
import { float16Weight } from './weight-dtype.js';

/**
 * Weight storage only: every float32 weight read from a file is held as float16 and cast back to
 * float32 where it is used, so the arithmetic stays float32 (half the file, not half the compute).
 * Inline constants are kept as they are (the additive-mask value, float32's minimum, does not fit
 * float16). What the TF.js fp16 variant is made with (TF.js expands float16 weights on load).
 */
export function storeWeightsAsFloat16(graph: Graph, _options: Record<string, never> = {}): Graph {
  const r = new GraphRewriter(graph);
  const casts = new Map<string, string>();
  const castOf = (init: TensorInitializer): string => {
    let out = casts.get(init.name);
    if (out === undefined) {
      const held = r.addInitializer(float16Weight(init));
      out = r.add('Cast', `${init.name}/Cast`, [held], { to: 'float32' }, 'float32', init.shape);
      casts.set(init.name, out);
    }
    return out;
  };
  for (const node of graph.nodes) {
    const inputs = node.inputs.map((name) => {
      const init = r.initializer(name);
      return init?.kind === 'tensor' && init.dtype === 'float32' && init.storage === undefined ? castOf(init) : name;
    });
    r.keep({ ...node, inputs });
  }
  return r.finish();
}
