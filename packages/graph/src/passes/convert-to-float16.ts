import { isFloatDType } from '../dtype.js';
import type { GraphDType } from '../dtype.js';
import type { ConstantInitializer, Graph, GraphNode, OpType, TensorInitializer } from '../ir.js';
import { GraphRewriter } from './graph-rewriter.js';
import { float16Weight } from './weight-dtype.js';

/**
 * Ops that compute in float32 inside a float16 graph, with casts around them (as onnxruntime's
 * float16 converter keeps an op block list): normalizations and reductions accumulate over a whole
 * axis (a sum of 768 squares overflows or loses the small terms in float16; RMSNorm is what
 * transformers itself upcasts to float32 in half-precision decoders), Softmax exponentiates
 * attention scores, CumSum has no float16 kernel in onnxruntime, and the quantized matmuls take
 * float32 activations.
 */
export const FLOAT16_BLOCK_LIST: readonly OpType[] = ['LayerNorm', 'RMSNorm', 'Softmax', 'ReduceMean', 'ReduceSum', 'CumSum', 'DynamicQuantMatMul'];

/**
 * Ops whose float output is bounded whatever their inputs' magnitude, so a value beyond float16's
 * range or precision that flows into them stops there (Softmax of masked scores is in [0, 1], the
 * cosine of a rotary angle in [-1, 1]).
 */
const BOUNDED_OPS: ReadonlySet<OpType> = new Set<OpType>(['Softmax', 'Sigmoid', 'Tanh', 'Erf', 'LayerNorm', 'Equal', 'NotEqual', 'Not', 'Range', 'Cos', 'Sin']);

/** Largest finite float16. */
const FLOAT16_MAX = 65504;

export interface ConvertToFloat16Options {
  /** More ops to keep in float32 (added to `FLOAT16_BLOCK_LIST`); decoders add e.g. their norm ops. */
  blockList?: readonly OpType[];
  /** Keep float graph inputs and outputs float32 (default true: what clients feed and read). */
  keepIoTypes?: boolean;
  /**
   * Float graph inputs and outputs that are float16 even with `keepIoTypes` (a decoder's KV cache:
   * `past_key_values.*` in, `present.*` out, as transformers.js and Optimum fp16 decoders have it:
   * half the cache memory, and no cast per layer and step). Default none.
   */
  float16Io?: (name: string) => boolean;
}

/**
 * The fp16 variant: weights and arithmetic in float16, except
 * - ops on the block list (computed in float32 with casts around them), and
 * - "wide" values: anything computed from a constant beyond float16's range (the additive attention
 *   mask, float32's minimum) or from integers cast to float (position ids: float16 holds integers
 *   exactly only up to 2048, and a rotary angle `position · inv_freq` needs all their digits) stays
 *   float32 until a bounded op (Softmax, Cos, Sin) ends it: float16 would turn the mask into
 *   −Infinity and `0 · −Infinity` into NaN, and position 3001 into 3000. (transformers computes
 *   rotary tables in float32 in half-precision models for the same reason.)
 * Weights used only by float32 ops stay float32; others are held as float16 (cast straight from the
 * file dtype). Float graph inputs and outputs stay float32 unless `keepIoTypes` is false or
 * `float16Io` names them.
 */
export function convertToFloat16(graph: Graph, options: ConvertToFloat16Options = {}): Graph {
  const block = new Set<OpType>([...FLOAT16_BLOCK_LIST, ...(options.blockList ?? [])]);
  const keepIo = options.keepIoTypes ?? true;
  const r = new GraphRewriter(graph);
  const wide = new Set<string>();
  for (const init of graph.initializers) {
    if (init.kind === 'constant' && isFloatDType(init.dtype) && init.values.some((v) => Math.abs(v) > FLOAT16_MAX)) wide.add(init.name);
  }
  /** Graph inputs fed as float16 when the I/O types are not kept. */
  const halfIo = (name: string): boolean => !keepIo || (options.float16Io?.(name) ?? false);
  const inputDtype = new Map(graph.inputs.map((i) => [i.name, i.dtype]));
  for (const i of graph.inputs) if (i.dtype === 'float32' && halfIo(i.name)) inputDtype.set(i.name, 'float16');
  const inputs = graph.inputs.map((i) => ({ ...i, dtype: inputDtype.get(i.name)! }));
  /** The dtype each value has in the new graph (node outputs as rewritten). */
  const dtypeOf = (name: string): GraphDType => current.get(name) ?? inputDtype.get(name) ?? r.value(name).dtype;
  const current = new Map<string, GraphDType>();
  const casts = new Map<string, string>();
  const castTo = (name: string, to: GraphDType): string => {
    if (dtypeOf(name) === to) return name;
    const key = `${name}\u0000${to}`;
    let out = casts.get(key);
    if (out === undefined) {
      out = r.add('Cast', `${name.startsWith('/') ? name.replace(/_output_0$/, '') : `/${name}`}/Cast_${to}`, [name], { to }, to, r.value(name).shape);
      current.set(out, to);
      casts.set(key, out);
    }
    return out;
  };
  const half = new Map<string, string>();
  const weightIn = (init: TensorInitializer | ConstantInitializer, to: GraphDType): string => {
    if (init.dtype !== 'float32' || to !== 'float16') return castTo(init.name, to);
    let name = half.get(init.name);
    if (name === undefined) {
      name = r.addInitializer(init.kind === 'tensor' ? float16Weight(init) : { ...init, name: `${init.name}_f16`, dtype: 'float16' });
      half.set(init.name, name);
    }
    return name;
  };

  for (const node of graph.nodes) {
    const floatInputs = node.inputs.filter((i) => isFloatDType(r.value(i).dtype));
    const out = node.outputs[0]!;
    const floatOut = isFloatDType(out.dtype);
    if (floatInputs.length === 0 && !floatOut) {
      r.keep(node);
      continue;
    }
    const isWide = floatInputs.some((i) => wide.has(i)) || (node.op === 'Cast' && floatOut && !isFloatDType(r.value(node.inputs[0]!).dtype));
    const compute: GraphDType = block.has(node.op) || isWide ? 'float32' : 'float16';
    if (isWide && !BOUNDED_OPS.has(node.op) && floatOut) wide.add(out.name);
    const inputs = node.inputs.map((name, idx) => {
      if (!isFloatDType(r.value(name).dtype) || !takesComputeDtype(node, idx)) return name;
      const init = r.initializer(name);
      if (init && (init.kind === 'constant' || (init.kind === 'tensor' && init.storage === undefined))) return weightIn(init, compute);
      return castTo(name, compute);
    });
    const outDtype = floatOut && !(node.op === 'Cast' && !isFloatDType(node.attrs.to)) ? compute : out.dtype;
    const attrs = node.op === 'Cast' && isFloatDType(node.attrs.to) ? { to: compute } : node.attrs;
    current.set(out.name, outDtype);
    r.keep({ ...node, inputs, attrs, outputs: [{ ...out, dtype: outDtype }] } as GraphNode);
  }
  // Graph outputs: float32 for clients (keepIoTypes), through a final cast named like the output.
  const outputs = graph.outputs.map((o) => {
    const have = dtypeOf(o.name);
    const want = isFloatDType(o.dtype) && halfIo(o.name) ? 'float16' : o.dtype;
    return { ...o, dtype: have === want ? have : want };
  });
  return finishWithOutputCasts(r, inputs, outputs, dtypeOf);
}

/** MatMulNBits' packed weights are uint8 and its scales keep their own dtype; every other float input follows the op. */
function takesComputeDtype(node: GraphNode, index: number): boolean {
  if (node.op === 'MatMulNBits') return index === 0;
  if (node.op === 'DynamicQuantMatMul') return index === 0;
  return true;
}

/**
 * Outputs whose producer now has another dtype: the producer's output is renamed and a Cast
 * to the declared dtype produces the output name, so clients see the names and dtypes they expect.
 */
function finishWithOutputCasts(r: GraphRewriter, inputs: Graph['inputs'], outputs: Graph['outputs'], dtypeOf: (n: string) => GraphDType): Graph {
  for (const o of outputs) {
    if (dtypeOf(o.name) === o.dtype) continue;
    const producer = r.nodes.find((n) => n.outputs[0]!.name === o.name);
    if (!producer) continue;
    const inner = r.fresh(`${o.name}_${dtypeOf(o.name)}`);
    const renamed = { ...producer.outputs[0]!, name: inner };
    producer.outputs = [renamed];
    for (const n of r.nodes) n.inputs = n.inputs.map((i) => (i === o.name ? inner : i));
    r.keep({ name: r.fresh(`/${o.name}/Cast`), op: 'Cast', inputs: [inner], outputs: [{ ...o }], attrs: { to: o.dtype } });
  }
  return r.finish(outputs, inputs);
}
