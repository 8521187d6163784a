import { GraphError } from '../graph-error.js';
import type { Graph, GraphNode, InitializerTransform, TensorInitializer } from '../ir.js';
import { GraphRewriter } from './graph-rewriter.js';
import { linearWeightSource } from './weight-dtype.js';

/**
 * Ops through which a MatMul's result reaches a graph output unchanged in meaning (bias add, shape
 * changes, splits): the MatMul is then an output projection (a classifier, QA or LM head).
 */
const PASS_THROUGH: ReadonlySet<string> = new Set(['Add', 'Reshape', 'Squeeze', 'Unsqueeze', 'Slice', 'Identity', 'Transpose', 'Cast', 'Gather', 'Concat']);

/**
 * Names of MatMul nodes that are output projections: the last linear layer before an output. Their
 * weights are small (hidden × labels) and their error goes straight into the logits, so the
 * quantization passes keep them float by default (what decides the predictions stays exact).
 */
export function outputProjections(graph: Graph): Set<string> {
  const producer = new Map(graph.nodes.map((n) => [n.outputs[0]!.name, n]));
  const found = new Set<string>();
  const seen = new Set<string>();
  const walk = (value: string): void => {
    const n = producer.get(value);
    if (!n || seen.has(n.name)) return;
    seen.add(n.name);
    if (n.op === 'MatMul') found.add(n.name);
    else if (PASS_THROUGH.has(n.op)) for (const i of n.inputs) walk(i);
  };
  for (const o of graph.outputs) walk(o.name);
  return found;
}

/** The MatMuls a quantization pass rewrites: B a 2-D float weight read from a file, A any float value. */
function quantizableWeight(r: GraphRewriter, node: GraphNode): TensorInitializer | undefined {
  if (node.op !== 'MatMul') return undefined;
  const b = r.initializer(node.inputs[1]!);
  const a = r.value(node.inputs[0]!);
  if (b?.kind !== 'tensor' || b.shape.length !== 2 || b.storage !== undefined) return undefined;
  if ((b.dtype !== 'float32' && b.dtype !== 'float16') || a.dtype !== b.dtype || a.shape.length < 1) return undefined;
  return b;
}

export interface QuantizeInt8Options {
  /** Leave MatMuls whose weight tensor name matches, default none. */
  exclude?: (tensorName: string) => boolean;
  /** Quantize output projections too (classifier / QA / LM heads; default false: see `outputProjections`). */
  quantizeOutputProjections?: boolean;
}

/**
 * q8: every MatMul whose B is a 2-D float32 weight from the file becomes `DynamicQuantMatMul`: B as
 * int8 [K, N] with one symmetric float32 scale per output column (from the file values), the
 * activations quantized to uint8 at run time. Embedding tables (Gather) and tied heads (a
 * Transpose of the embeddings, not a weight) keep their float weights.
 */
export function quantizeMatMulInt8(graph: Graph, options: QuantizeInt8Options = {}): Graph {
  const r = new GraphRewriter(graph);
  const heads = options.quantizeOutputProjections ? new Set<string>() : outputProjections(graph);
  for (const node of graph.nodes) {
    const b = quantizableWeight(r, node);
    if (!b || b.dtype !== 'float32' || heads.has(node.name) || options.exclude?.(b.source.name)) {
      r.keep(node);
      continue;
    }
    const { transposed } = linearWeightSource(b, 'quantizeMatMulInt8');
    // quantize-int8 quantizes rows; the rows must be B's output columns, i.e. the file's [N, K].
    const toNK: InitializerTransform[] = transposed ? [] : [{ kind: 'transpose' }];
    const [k, n] = b.shape as [number, number];
    const values = r.addInitializer({
      kind: 'tensor',
      name: `${b.source.name}.q8`,
      dtype: 'int8',
      shape: [k, n],
      source: b.source,
      transforms: [...toNK, { kind: 'quantize-int8', part: 'values' }, { kind: 'transpose' }],
    });
    const scales = r.addInitializer({
      kind: 'tensor',
      name: `${b.source.name}.q8_scale`,
      dtype: 'float32',
      shape: [n],
      source: b.source,
      transforms: [...toNK, { kind: 'quantize-int8', part: 'scales' }],
    });
    r.keep({ name: node.name, op: 'DynamicQuantMatMul', inputs: [node.inputs[0]!, values, scales], outputs: node.outputs, attrs: {} });
  }
  return r.finish();
}

export interface QuantizeNBitsOptions {
  /** Elements per quantization block along K (a power of two >= 16; default 32). */
  blockSize?: number;
  /** onnxruntime `accuracy_level` (0..4; default 0: the runtime chooses). */
  accuracyLevel?: number;
  /** Leave MatMuls whose weight tensor name matches, default none. */
  exclude?: (tensorName: string) => boolean;
  /** Quantize output projections too (default false: see `outputProjections`). */
  quantizeOutputProjections?: boolean;
}

export const DEFAULT_BLOCK_SIZE = 32;

/**
 * q4 / q4f16: every MatMul whose B is a 2-D float weight from the file becomes `MatMulNBits`
 * (4 bits, symmetric, blocks of `blockSize` along K), packed from the file values in the
 * runtime's [N, kBlocks, blockSize / 2] layout, with scales in A's dtype (float16 after
 * `convertToFloat16`: the q4f16 variant).
 */
export function quantizeMatMulNBits(graph: Graph, options: QuantizeNBitsOptions = {}): Graph {
  const blockSize = options.blockSize ?? DEFAULT_BLOCK_SIZE;
  const accuracyLevel = options.accuracyLevel ?? 0;
  if (!Number.isSafeInteger(blockSize) || blockSize < 16 || (blockSize & (blockSize - 1)) !== 0) {
    throw new GraphError('BAD_ARGUMENT', `block size ${blockSize} must be a power of two >= 16`, { hint: 'the usual choices are 32, 64 or 128' });
  }
  if (!Number.isSafeInteger(accuracyLevel) || accuracyLevel < 0 || accuracyLevel > 4) {
    throw new GraphError('BAD_ARGUMENT', `accuracy level ${accuracyLevel} must be 0..4`);
  }
  const r = new GraphRewriter(graph);
  const heads = options.quantizeOutputProjections ? new Set<string>() : outputProjections(graph);
  for (const node of graph.nodes) {
    const b = quantizableWeight(r, node);
    if (!b || heads.has(node.name) || options.exclude?.(b.source.name)) {
      r.keep(node);
      continue;
    }
    const { transposed } = linearWeightSource(b, 'quantizeMatMulNBits');
    const toNK: InitializerTransform[] = transposed ? [] : [{ kind: 'transpose' }];
    const [k, n] = b.shape as [number, number];
    const kBlocks = Math.ceil(k / blockSize);
    const scaleDtype = b.dtype === 'float16' ? 'float16' : 'float32';
    const suffix = scaleDtype === 'float16' ? '.f16' : '';
    const packed = r.addInitializer({
      kind: 'tensor',
      name: `${b.source.name}.q4`,
      dtype: 'uint8',
      shape: [n, kBlocks, blockSize / 2],
      source: b.source,
      transforms: [...toNK, { kind: 'quantize-blocks', bits: 4, blockSize, part: 'packed', scaleDtype }],
    });
    const scales = r.addInitializer({
      kind: 'tensor',
      name: `${b.source.name}.q4_scales${suffix}`,
      dtype: scaleDtype,
      shape: [n, kBlocks],
      source: b.source,
      transforms: [...toNK, { kind: 'quantize-blocks', bits: 4, blockSize, part: 'scales', scaleDtype }],
    });
    r.keep({
      name: node.name,
      op: 'MatMulNBits',
      inputs: [node.inputs[0]!, packed, scales],
      outputs: node.outputs,
      attrs: { K: k, N: n, bits: 4, blockSize, accuracyLevel },
    });
  }
  return r.finish();
}
