/**
 * Lower the semantic graph IR to ONNX operators for one opset. Opset-dependent choices:
 * LayerNormalization is native from 17 (decomposed below), Gelu native from 20 (erf / tanh
 * formula below), ReduceMean / ReduceMax take `axes` as an attribute before 18 and as an input
 * from 18. Constants the lowering needs (axes, shapes, epsilon, ...) become small initializers,
 * shared by content.
 */
import { DTYPE_INFO } from '@mlpack/core';
import { GRAPH_DTYPE_TO_CORE } from '@mlpack/graph';
import type { ConstantInitializer, Graph, GraphDType, GraphNode, Initializer, ValueInfo } from '@mlpack/graph';

export type OnnxAttribute =
  | { name: string; kind: 'int'; value: number }
  | { name: string; kind: 'ints'; value: number[] }
  | { name: string; kind: 'float'; value: number }
  | { name: string; kind: 'string'; value: string };

export interface OnnxNode {
  name: string;
  opType: string;
  /** Operator set domain ('' is the default ONNX domain; contrib ops are `com.microsoft`). */
  domain?: string;
  inputs: string[];
  outputs: string[];
  attributes: OnnxAttribute[];
}

export interface LoweredGraph {
  name: string;
  inputs: ValueInfo[];
  outputs: ValueInfo[];
  nodes: OnnxNode[];
  /** The graph's initializers (same order) followed by the lowering's constants (first-use order). */
  initializers: Initializer[];
  /** Shapes of the semantic nodes' outputs that are not graph outputs (ONNX `value_info`). */
  valueInfo: ValueInfo[];
  /** Non-default operator set domains the nodes use (sorted), e.g. `com.microsoft`. */
  domains: string[];
}

/** onnxruntime's contrib operator domain (MatMulNBits) and the version of it we write. */
export const MS_DOMAIN = 'com.microsoft';
export const MS_DOMAIN_VERSION = 1;

/** ONNX `TensorProto.DataType` code of a graph dtype, from core's one dtype table. */
export function onnxDataType(dtype: GraphDType): number {
  return DTYPE_INFO[GRAPH_DTYPE_TO_CORE[dtype]].onnx;
}

/** Slice `end` for "to the end": ONNX clamps ends to the dim, so any value >= every dim works. */
const SLICE_TO_END = Number.MAX_SAFE_INTEGER;
const SQRT_2 = Math.SQRT2;
/** sqrt(2 / pi), the tanh-GELU scale. */
const GELU_TANH_SCALE = Math.sqrt(2 / Math.PI);
/** The cubic coefficient of the tanh-GELU approximation. */
const GELU_TANH_CUBIC = 0.044715;

/** First opsets with a native op or a changed signature. */
const OPSET_LAYER_NORMALIZATION = 17;
const OPSET_GELU = 20;
const OPSET_REDUCE_AXES_INPUT = 18;

export function lowerGraph(graph: Graph, opset: number): LoweredGraph {
  const l = new Lowerer(graph, opset);
  for (const node of graph.nodes) l.lower(node);
  const outputNames = new Set(graph.outputs.map((o) => o.name));
  return {
    name: graph.name,
    inputs: graph.inputs,
    outputs: graph.outputs,
    nodes: l.nodes,
    initializers: [...graph.initializers, ...l.constants],
    valueInfo: graph.nodes.flatMap((n) => n.outputs).filter((o) => !outputNames.has(o.name)),
    domains: [...new Set(l.nodes.flatMap((n) => (n.domain ? [n.domain] : [])))].sort(),
  };
}

class Lowerer {
  readonly nodes: OnnxNode[] = [];
  readonly constants: ConstantInitializer[] = [];
  readonly #byContent = new Map<string, string>();
  readonly #taken: Set<string>;
  readonly #opset: number;

  constructor(graph: Graph, opset: number) {
    this.#opset = opset;
    this.#taken = new Set([
      ...graph.inputs.map((i) => i.name),
      ...graph.initializers.map((i) => i.name),
      ...graph.nodes.flatMap((n) => [n.name, ...n.outputs.map((o) => o.name)]),
    ]);
  }

  lower(node: GraphNode): void {
    const out = node.outputs[0]!.name;
    const dtype = node.outputs[0]!.dtype;
    const sub = new SubNodes(this, node.name);
    switch (node.op) {
      case 'NotEqual': {
        const eq = sub.add('Equal', node.inputs, []);
        sub.emit('Not', [eq], out, []);
        return;
      }
      case 'Gather':
      case 'Softmax':
      case 'Concat':
        sub.emit(node.op, node.inputs, out, [{ name: 'axis', kind: 'int', value: node.attrs.axis }]);
        return;
      case 'LayerNorm':
        this.#layerNorm(node, sub, out);
        return;
      case 'RMSNorm':
        this.#rmsNorm(node, sub, out);
        return;
      case 'DimSize': {
        const shape = sub.add('Shape', [node.inputs[0]!], []);
        sub.emit('Gather', [shape, this.constant('int64', [], [node.attrs.axis], `${node.name}/axis`)], out, [{ name: 'axis', kind: 'int', value: 0 }]);
        return;
      }
      case 'Gelu':
        this.#gelu(node, sub, out, dtype);
        return;
      case 'Reshape':
        this.#reshape(node, sub, out);
        return;
      case 'Transpose':
        sub.emit('Transpose', node.inputs, out, [{ name: 'perm', kind: 'ints', value: node.attrs.perm }]);
        return;
      case 'Unsqueeze':
      case 'Squeeze':
        sub.emit(node.op, [node.inputs[0]!, this.int64s(node.attrs.axes, `${node.name}/axes`)], out, []);
        return;
      case 'Cast':
        sub.emit('Cast', node.inputs, out, [{ name: 'to', kind: 'int', value: onnxDataType(node.attrs.to) }]);
        return;
      case 'Slice': {
        const { axis, start, end } = node.attrs;
        sub.emit(
          'Slice',
          [
            node.inputs[0]!,
            this.int64s([start], `${node.name}/starts`),
            this.int64s([end ?? SLICE_TO_END], `${node.name}/ends`),
            this.int64s([axis], `${node.name}/axes`),
          ],
          out,
          [],
        );
        return;
      }
      case 'CumSum':
        sub.emit('CumSum', [node.inputs[0]!, this.constant('int64', [], [node.attrs.axis], `${node.name}/axis`)], out, []);
        return;
      case 'ReduceMean':
      case 'ReduceMax':
      case 'ReduceSum':
        this.#reduce(sub, node.op, node.inputs[0]!, node.attrs.axes, node.attrs.keepDims, out, node.name);
        return;
      case 'Range': {
        const shape = sub.add('Shape', [node.inputs[0]!], []);
        const n = sub.add('Gather', [shape, this.constant('int64', [], [node.attrs.axis], `${node.name}/axis`)], [{ name: 'axis', kind: 'int', value: 0 }]);
        sub.emit('Range', [this.constant('int64', [], [0], `${node.name}/start`), n, this.constant('int64', [], [1], `${node.name}/delta`)], out, []);
        return;
      }
      case 'Identity':
      case 'Sqrt':
      case 'Erf':
      case 'Tanh':
      case 'Relu':
      case 'Sigmoid':
      case 'Exp':
      case 'Log':
      case 'Neg':
      case 'Abs':
      case 'Not':
      case 'Add':
      case 'Sub':
      case 'Mul':
      case 'Div':
      case 'Pow':
      case 'Max':
      case 'Min':
      case 'Equal':
      case 'Less':
      case 'LessOrEqual':
      case 'Greater':
      case 'GreaterOrEqual':
      case 'And':
      case 'Or':
      case 'Cos':
      case 'Sin':
      case 'MatMul':
      case 'Where':
        // Same name and inputs in ONNX.
        sub.emit(node.op, node.inputs, out, []);
        return;
      case 'DynamicQuantMatMul': {
        // onnxruntime quantize_dynamic's form: x → uint8 (scale, zero point computed per run),
        // integer matmul with the int8 weights, then both scales (the weight's per column).
        const [x, b, bScale] = node.inputs as [string, string, string];
        const [xq, xScale, xZero] = sub.addMulti('DynamicQuantizeLinear', [x], 3, []);
        const product = sub.add('MatMulInteger', [xq!, b, xZero!], []);
        const asFloat = sub.add('Cast', [product], [{ name: 'to', kind: 'int', value: onnxDataType('float32') }]);
        const scale = sub.add('Mul', [xScale!, bScale], []);
        sub.emit('Mul', [asFloat, scale], out, []);
        return;
      }
      case 'MatMulNBits': {
        const a = node.attrs;
        sub.emit(
          'MatMulNBits',
          node.inputs,
          out,
          [
            { name: 'K', kind: 'int', value: a.K },
            { name: 'N', kind: 'int', value: a.N },
            { name: 'accuracy_level', kind: 'int', value: a.accuracyLevel },
            { name: 'bits', kind: 'int', value: a.bits },
            { name: 'block_size', kind: 'int', value: a.blockSize },
          ],
          MS_DOMAIN,
        );
        return;
      }
      default:
        return unknownOp(node);
    }
  }

  /** A shared constant initializer; the first user names it. */
  constant(dtype: GraphDType, shape: number[], values: number[], hint: string): string {
    const key = JSON.stringify([dtype, shape, values]);
    const existing = this.#byContent.get(key);
    if (existing !== undefined) return existing;
    const name = this.fresh(hint);
    this.constants.push({ kind: 'constant', name, dtype, shape, values });
    this.#byContent.set(key, name);
    return name;
  }

  int64s(values: number[], hint: string): string {
    return this.constant('int64', [values.length], values, hint);
  }

  /** `hint`, or `hint_1`, `hint_2`, ... if taken. */
  fresh(hint: string): string {
    let name = hint;
    for (let i = 1; this.#taken.has(name); i++) name = `${hint}_${i}`;
    this.#taken.add(name);
    return name;
  }

  #reduce(sub: SubNodes, op: string, x: string, axes: number[], keepDims: boolean, out: string | undefined, hint: string): string {
    const keep: OnnxAttribute = { name: 'keepdims', kind: 'int', value: keepDims ? 1 : 0 };
    // ReduceSum has taken axes as an input since opset 13; ReduceMean / ReduceMax since 18.
    if (op === 'ReduceSum' || this.#opset >= OPSET_REDUCE_AXES_INPUT) {
      return sub.emitOrAdd(op, [x, this.int64s(axes, `${hint}/axes`)], out, [keep]);
    }
    return sub.emitOrAdd(op, [x], out, [{ name: 'axes', kind: 'ints', value: axes }, keep]);
  }

  #layerNorm(node: Extract<GraphNode, { op: 'LayerNorm' }>, sub: SubNodes, out: string): void {
    const [x, scale, bias] = node.inputs as [string, string, string];
    const { epsilon, axis } = node.attrs;
    if (this.#opset >= OPSET_LAYER_NORMALIZATION) {
      sub.emit('LayerNormalization', [x, scale, bias], out, [
        { name: 'axis', kind: 'int', value: -1 },
        { name: 'epsilon', kind: 'float', value: epsilon },
      ]);
      return;
    }
    // Decomposed; float16 inputs are normalized in float32 (as LayerNormalization's stash_type does).
    const half = node.outputs[0]!.dtype === 'float16';
    const xf = half ? sub.add('Cast', [x], [{ name: 'to', kind: 'int', value: onnxDataType('float32') }]) : x;
    const mean = this.#reduce(sub, 'ReduceMean', xf, [axis], true, undefined, node.name);
    const centered = sub.add('Sub', [xf, mean], []);
    const squared = sub.add('Mul', [centered, centered], []);
    const variance = this.#reduce(sub, 'ReduceMean', squared, [axis], true, undefined, node.name);
    const eps = this.constant('float32', [], [epsilon], `${node.name}/epsilon`);
    const std = sub.add('Sqrt', [sub.add('Add', [variance, eps], [])], []);
    let normalized = sub.add('Div', [centered, std], []);
    if (half) normalized = sub.add('Cast', [normalized], [{ name: 'to', kind: 'int', value: onnxDataType('float16') }]);
    sub.emit('Add', [sub.add('Mul', [normalized, scale], []), bias], out, []);
  }

  /**
   * `x · (1 / sqrt(mean(x²) + ε)) · scale`, as transformers' RMSNorm computes it; float16 inputs are
   * normalized in float32. (ONNX's RMSNormalization arrives in opset 23, beyond what we emit.)
   */
  #rmsNorm(node: Extract<GraphNode, { op: 'RMSNorm' }>, sub: SubNodes, out: string): void {
    const [x, scale] = node.inputs as [string, string];
    const { epsilon, axis } = node.attrs;
    const half = node.outputs[0]!.dtype === 'float16';
    const xf = half ? sub.add('Cast', [x], [{ name: 'to', kind: 'int', value: onnxDataType('float32') }]) : x;
    const meanSquare = this.#reduce(sub, 'ReduceMean', sub.add('Mul', [xf, xf], []), [axis], true, undefined, node.name);
    const eps = this.constant('float32', [], [epsilon], `${node.name}/epsilon`);
    const inv = sub.add('Reciprocal', [sub.add('Sqrt', [sub.add('Add', [meanSquare, eps], [])], [])], []);
    let normalized = sub.add('Mul', [xf, inv], []);
    if (half) normalized = sub.add('Cast', [normalized], [{ name: 'to', kind: 'int', value: onnxDataType('float16') }]);
    sub.emit('Mul', [normalized, scale], out, []);
  }

  #gelu(node: Extract<GraphNode, { op: 'Gelu' }>, sub: SubNodes, out: string, dtype: GraphDType): void {
    const x = node.inputs[0]!;
    const approximate = node.attrs.approximate;
    if (this.#opset >= OPSET_GELU) {
      sub.emit('Gelu', [x], out, [{ name: 'approximate', kind: 'string', value: approximate }]);
      return;
    }
    const c = (v: number, role: string): string => this.constant(dtype, [], [v], `${node.name}/${role}`);
    let inner: string;
    if (approximate === 'none') {
      // 0.5 · x · (1 + erf(x / √2))
      inner = sub.add('Erf', [sub.add('Div', [x, c(SQRT_2, 'sqrt2')], [])], []);
    } else {
      // 0.5 · x · (1 + tanh(√(2/π) · (x + 0.044715 · x³)))
      const cube = sub.add('Mul', [x, sub.add('Mul', [x, x], [])], []);
      const poly = sub.add('Add', [x, sub.add('Mul', [cube, c(GELU_TANH_CUBIC, 'cubic')], [])], []);
      inner = sub.add('Tanh', [sub.add('Mul', [poly, c(GELU_TANH_SCALE, 'scale')], [])], []);
    }
    const onePlus = sub.add('Add', [inner, c(1, 'one')], []);
    sub.emit('Mul', [sub.add('Mul', [x, onePlus], []), c(0.5, 'half')], out, []);
  }

  /**
   * A spec whose copies all keep their position (`[copy0, copy1, 12, 64]`) becomes a constant
   * shape with 0 = "copy" (Reshape's default allowzero = 0). Other copies are read at run time:
   * Shape → Gather per copied dim → Concat with the literal entries.
   */
  #reshape(node: Extract<GraphNode, { op: 'Reshape' }>, sub: SubNodes, out: string): void {
    const x = node.inputs[0]!;
    const spec = node.attrs.spec;
    const inPlace = spec.every((s, i) => typeof s === 'number' || s.copy === i);
    let shape: string;
    if (inPlace) {
      shape = this.int64s(
        spec.map((s) => (typeof s === 'number' ? s : 0)),
        `${node.name}/shape`,
      );
    } else {
      const full = sub.add('Shape', [x], []);
      const parts = spec.map((s) =>
        typeof s === 'number'
          ? this.int64s([s], `${node.name}/dim`)
          : sub.add('Gather', [full, this.int64s([s.copy], `${node.name}/index`)], [{ name: 'axis', kind: 'int', value: 0 }]),
      );
      shape = sub.add('Concat', parts, [{ name: 'axis', kind: 'int', value: 0 }]);
    }
    sub.emit('Reshape', [x, shape], out, []);
  }
}

/**
 * Nodes lowered from one semantic node: the one producing its output keeps its name; helper
 * nodes are named `<node>/<Op>` (with PyTorch-style counters) and output `<that>_output_0`.
 */
function unknownOp(node: never): never {
  throw new Error(`bug: no ONNX lowering for op ${JSON.stringify((node as GraphNode).op)}`);
}

class SubNodes {
  readonly #l: Lowerer;
  readonly #prefix: string;

  constructor(l: Lowerer, prefix: string) {
    this.#l = l;
    this.#prefix = prefix;
  }

  /** A helper node; returns its output name. */
  add(opType: string, inputs: string[], attributes: OnnxAttribute[]): string {
    const name = this.#l.fresh(`${this.#prefix}/${opType}`);
    const output = this.#l.fresh(`${name}_output_0`);
    this.#l.nodes.push({ name, opType, inputs, outputs: [output], attributes });
    return output;
  }

  /** A helper node with several outputs; returns their names. */
  addMulti(opType: string, inputs: string[], count: number, attributes: OnnxAttribute[]): string[] {
    const name = this.#l.fresh(`${this.#prefix}/${opType}`);
    const outputs = Array.from({ length: count }, (_, i) => this.#l.fresh(`${name}_output_${i}`));
    this.#l.nodes.push({ name, opType, inputs, outputs, attributes });
    return outputs;
  }

  /** The node producing the semantic node's output (named like the semantic node). */
  emit(opType: string, inputs: string[], output: string, attributes: OnnxAttribute[], domain?: string): void {
    this.#l.nodes.push({ name: this.#prefix, opType, inputs, outputs: [output], attributes, ...(domain ? { domain } : {}) });
  }

  emitOrAdd(opType: string, inputs: string[], output: string | undefined, attributes: OnnxAttribute[]): string {
    if (output === undefined) return this.add(opType, inputs, attributes);
    this.emit(opType, inputs, output, attributes);
    return output;
  }
}
