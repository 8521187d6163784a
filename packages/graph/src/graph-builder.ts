import { DTYPE_INFO, elementCount } from '@mlpack/core';
import type { DType, TensorInfo } from '@mlpack/core';
import { canonicalDim, formatShape, isValidSymbol, unifyDims } from './dim.js';
import type { Dim } from './dim.js';
import { isGraphDType } from './dtype.js';
import type { GraphDType } from './dtype.js';
import { GraphError } from './graph-error.js';
import {
  broadcastShapes,
  inferConcat,
  inferGather,
  inferMatMul,
  inferReduce,
  inferReshape,
  inferSlice,
  inferSqueeze,
  inferTranspose,
  inferUnsqueeze,
  normalizeAxes,
  normalizeAxis,
} from './infer-shape.js';
import { COMPARISON_OPS } from './ir.js';
import type { BinaryOp, GeluApproximation, Graph, GraphNode, Initializer, InitializerTransform, OpType, ReshapeDim, UnaryOp, ValueInfo } from './ir.js';
import { NodeNamer } from './node-namer.js';
import { validateGraph } from './validate-graph.js';

/** A typed value handle returned by the builder. Only the builder that made it accepts it. */
export interface Value {
  readonly name: string;
  readonly dtype: GraphDType;
  readonly shape: readonly Dim[];
}

/** A value, or a number that becomes a scalar constant of the other operand's dtype. */
export type Operand = Value | number;

export interface GraphBuilderOptions {
  /** Graph name (the ONNX graph name; emitters may use it as the model name). */
  name: string;
}

export interface WeightOptions {
  /** Transpose a 2-D weight: safetensors Linear weights are [out, in], `x · W` wants [in, out]. */
  transpose?: boolean;
  /** Dtype the graph holds a float weight in (default float32; F16/BF16/F64 files are converted). */
  dtype?: 'float32' | 'float16';
}

/** File dtypes a weight may have and the graph dtype they map to without a cast. */
const NATIVE_WEIGHT_DTYPES: Partial<Record<DType, GraphDType>> = {
  F32: 'float32',
  F16: 'float16',
  I64: 'int64',
  I32: 'int32',
  BOOL: 'bool',
};

/** Float file dtypes the materializer can convert. */
const CONVERTIBLE_FLOAT_DTYPES: ReadonlySet<DType> = new Set<DType>(['F32', 'F16', 'BF16', 'F64']);

const ALL: readonly GraphDType[] = ['float32', 'float16', 'int64', 'int32', 'bool'];
const NUMERIC: readonly GraphDType[] = ['float32', 'float16', 'int64', 'int32'];
const FLOATS: readonly GraphDType[] = ['float32', 'float16'];
const INDICES: readonly GraphDType[] = ['int64', 'int32'];
/** CumSum: the types ONNX Runtime's CPU kernel implements (no float16). */
const CUMSUM: readonly GraphDType[] = ['float32', 'int64', 'int32'];

const UNARY_DTYPES: Record<UnaryOp, readonly GraphDType[]> = {
  Identity: ALL,
  Sqrt: FLOATS,
  Erf: FLOATS,
  Tanh: FLOATS,
  Relu: FLOATS,
  Sigmoid: FLOATS,
  Exp: FLOATS,
  Log: FLOATS,
  Neg: ['float32', 'float16', 'int64', 'int32'],
  Abs: NUMERIC,
  Not: ['bool'],
  Cos: FLOATS,
  Sin: FLOATS,
};

/**
 * Builds a `Graph` op by op with shape inference. Nodes are named from the current scope and the
 * op (`/encoder/layer.0/attention/MatMul`), values from their node (`…/MatMul_output_0`),
 * weights from their tensor names. `build()` names the outputs, drops nodes the outputs do not
 * need, orders initializers by first use and validates the result.
 */
export class GraphBuilder {
  readonly name: string;
  readonly #namer = new NodeNamer();
  readonly #nodes: GraphNode[] = [];
  readonly #inputs: ValueInfo[] = [];
  readonly #outputs: { name: string; value: Value; shape?: Dim[] }[] = [];
  readonly #initializers = new Map<string, Initializer>();
  readonly #dedupe = new Map<string, Value>();
  readonly #values = new Map<string, Value>();
  readonly #owned = new WeakSet<Value>();

  constructor(options: GraphBuilderOptions) {
    this.name = options.name;
  }

  // ---- graph interface ------------------------------------------------------------------------

  /** Declare a graph input. Symbolic dims are names such as `'batch_size'`. */
  input(name: string, dtype: GraphDType, shape: readonly Dim[]): Value {
    checkDType(dtype, name);
    for (const d of shape) {
      const ok = typeof d === 'number' ? Number.isSafeInteger(d) && d >= 0 : isValidSymbol(d);
      if (!ok) {
        throw new GraphError('BAD_ARGUMENT', `input "${name}" has an invalid dim ${JSON.stringify(d)}`, {
          hint: 'dims are non-negative integers or names without "*" such as "batch_size"',
        });
      }
    }
    const v = this.#define({ name, dtype, shape: [...shape] });
    this.#inputs.push({ name, dtype, shape: [...shape] });
    return v;
  }

  /**
   * Mark `value` as the graph output `name` (names must be new; order of calls is output order).
   * `shape` may rename the value's symbolic dims for the signature (e.g. Optimum's
   * `past_sequence_length + sequence_length` for a concat's derived dim); numeric dims must stay.
   */
  output(name: string, value: Value, shape?: readonly Dim[]): void {
    this.#own(value);
    if (this.#values.has(name) || this.#outputs.some((o) => o.name === name)) {
      throw new GraphError('DUPLICATE_NAME', `output name "${name}" is already used`);
    }
    if (shape !== undefined) {
      const ok =
        shape.length === value.shape.length &&
        shape.every((d, i) => {
          const v = value.shape[i]!;
          return typeof v === 'number' ? d === v : typeof d === 'string' && isValidSymbol(d);
        });
      if (!ok) {
        throw new GraphError('SHAPE_MISMATCH', `output "${name}" cannot be declared ${formatShape(shape)}: the value is ${formatShape(value.shape)}`, {
          hint: 'only symbolic dims may be renamed',
        });
      }
    }
    this.#outputs.push({ name, value, ...(shape !== undefined ? { shape: [...shape] } : {}) });
  }

  /** Run `fn` with `path` (a module path such as `encoder.layer.0`) appended to the node-name scope. */
  scope<T>(path: string, fn: () => T): T {
    if (path.length === 0 || path.split('.').some((s) => s.length === 0)) {
      throw new GraphError('BAD_ARGUMENT', `invalid scope path "${path}"`);
    }
    this.#namer.push(path);
    try {
      return fn();
    } finally {
      this.#namer.pop(path);
    }
  }

  /**
   * A weight read lazily from its file. The same tensor with the same options always yields the
   * same value (one initializer, e.g. ALBERT's shared layer used by every layer).
   */
  weight(info: TensorInfo, options: WeightOptions = {}): Value {
    const loc = { file: info.file, tensor: info.name };
    const native = NATIVE_WEIGHT_DTYPES[info.dtype];
    const isFloat = CONVERTIBLE_FLOAT_DTYPES.has(info.dtype);
    if (!isFloat && native === undefined) {
      throw new GraphError('UNSUPPORTED_DTYPE', `weights of dtype ${info.dtype} are not supported`, {
        ...loc,
        hint: 'supported: F32, F16, BF16, F64 (as float32 or float16), I64, I32, BOOL',
      });
    }
    if (!isFloat && options.dtype !== undefined) {
      throw new GraphError('BAD_ARGUMENT', `a ${info.dtype} weight cannot be held as ${options.dtype}`, loc);
    }
    const shape = [...info.shape];
    if (shape.some((d) => !Number.isSafeInteger(d) || d < 0)) {
      throw new GraphError('BAD_TENSOR_INFO', `invalid shape ${formatShape(shape)}`, loc);
    }
    const expected = elementCount(shape) * BigInt(DTYPE_INFO[info.dtype].bits / 8);
    if (BigInt(info.byteLength) !== expected || !Number.isSafeInteger(info.byteOffset) || info.byteOffset < 0) {
      throw new GraphError(
        'BAD_TENSOR_INFO',
        `${info.byteLength} bytes at offset ${info.byteOffset} do not hold ${info.dtype} ${formatShape(shape)} (${expected} bytes)`,
        loc,
      );
    }
    const transpose = options.transpose ?? false;
    if (transpose && shape.length !== 2) {
      throw new GraphError('BAD_ARGUMENT', `only 2-D weights can be transposed, this one is ${formatShape(shape)}`, loc);
    }
    const dtype: GraphDType = isFloat ? (options.dtype ?? 'float32') : native!;
    const key = JSON.stringify([info.name, info.file, info.byteOffset, info.byteLength, info.dtype, shape, transpose, dtype]);
    const existing = this.#dedupe.get(key);
    if (existing) return existing;

    const transforms: InitializerTransform[] = [];
    if (NATIVE_WEIGHT_DTYPES[info.dtype] !== dtype) transforms.push({ kind: 'cast', from: info.dtype, to: dtype });
    if (transpose) transforms.push({ kind: 'transpose' });
    const name = `${info.name}${transpose ? '.T' : ''}${dtype === 'float16' ? '.f16' : ''}`;
    if (this.#values.has(name)) {
      throw new GraphError('DUPLICATE_NAME', `initializer name "${name}" is already used by another value`, {
        ...loc,
        hint: 'two different tensors with the same name were given to one builder',
      });
    }
    const outShape = transpose ? [shape[1]!, shape[0]!] : shape;
    const source: TensorInfo = {
      name: info.name,
      dtype: info.dtype,
      shape: [...info.shape],
      file: info.file,
      byteOffset: info.byteOffset,
      byteLength: info.byteLength,
    };
    this.#initializers.set(name, { kind: 'tensor', name, dtype, shape: outShape, source, transforms });
    const v = this.#define({ name, dtype, shape: outShape });
    this.#dedupe.set(key, v);
    return v;
  }

  /**
   * A small inline constant (row-major `values`; bool as 0/1; ints must be safe integers). Equal
   * constants are shared. Keep these small: large data belongs in weights.
   */
  constant(dtype: GraphDType, dims: readonly number[], values: readonly number[]): Value {
    checkDType(dtype, 'constant');
    if (dims.some((d) => !Number.isSafeInteger(d) || d < 0)) {
      throw new GraphError('BAD_ARGUMENT', `constant dims ${formatShape(dims)} must be non-negative integers`);
    }
    const count = dims.reduce((a, d) => a * d, 1);
    if (values.length !== count) {
      throw new GraphError('BAD_ARGUMENT', `constant of shape ${formatShape(dims)} needs ${count} values, got ${values.length}`);
    }
    values.forEach((v, i) => checkConstantValue(dtype, v, i));
    const key = JSON.stringify([dtype, dims, values.map((v) => (Object.is(v, -0) ? '-0' : v))]);
    const existing = this.#dedupe.get(key);
    if (existing) return existing;
    const name = this.#namer.peek('Constant');
    this.#namer.claim(name);
    this.#initializers.set(name, { kind: 'constant', name, dtype, shape: [...dims], values: [...values] });
    const v = this.#define({ name, dtype, shape: [...dims] });
    this.#dedupe.set(key, v);
    return v;
  }

  /** A 0-D constant. */
  scalar(dtype: GraphDType, value: number): Value {
    return this.constant(dtype, [], [value]);
  }

  // ---- elementwise ------------------------------------------------------------------------------

  add(a: Operand, b: Operand): Value {
    return this.#binary('Add', a, b);
  }
  sub(a: Operand, b: Operand): Value {
    return this.#binary('Sub', a, b);
  }
  mul(a: Operand, b: Operand): Value {
    return this.#binary('Mul', a, b);
  }
  div(a: Operand, b: Operand): Value {
    return this.#binary('Div', a, b);
  }
  pow(a: Operand, b: Operand): Value {
    return this.#binary('Pow', a, b);
  }
  max(a: Operand, b: Operand): Value {
    return this.#binary('Max', a, b);
  }
  min(a: Operand, b: Operand): Value {
    return this.#binary('Min', a, b);
  }
  /** Elementwise `a == b` → bool. */
  equal(a: Operand, b: Operand): Value {
    return this.#binary('Equal', a, b);
  }
  /** Elementwise `a != b` → bool. */
  notEqual(a: Operand, b: Operand): Value {
    return this.#binary('NotEqual', a, b);
  }
  /** Elementwise `a < b` → bool. */
  less(a: Operand, b: Operand): Value {
    return this.#binary('Less', a, b);
  }
  /** Elementwise `a <= b` → bool. */
  lessOrEqual(a: Operand, b: Operand): Value {
    return this.#binary('LessOrEqual', a, b);
  }
  /** Elementwise `a > b` → bool. */
  greater(a: Operand, b: Operand): Value {
    return this.#binary('Greater', a, b);
  }
  /** Elementwise `a >= b` → bool. */
  greaterOrEqual(a: Operand, b: Operand): Value {
    return this.#binary('GreaterOrEqual', a, b);
  }
  /** Logical and of two bool values. */
  and(a: Value, b: Value): Value {
    return this.#binary('And', a, b);
  }
  /** Logical or of two bool values. */
  or(a: Value, b: Value): Value {
    return this.#binary('Or', a, b);
  }

  sqrt(x: Value): Value {
    return this.#unary('Sqrt', x);
  }
  erf(x: Value): Value {
    return this.#unary('Erf', x);
  }
  tanh(x: Value): Value {
    return this.#unary('Tanh', x);
  }
  relu(x: Value): Value {
    return this.#unary('Relu', x);
  }
  sigmoid(x: Value): Value {
    return this.#unary('Sigmoid', x);
  }
  exp(x: Value): Value {
    return this.#unary('Exp', x);
  }
  log(x: Value): Value {
    return this.#unary('Log', x);
  }
  neg(x: Value): Value {
    return this.#unary('Neg', x);
  }
  abs(x: Value): Value {
    return this.#unary('Abs', x);
  }
  /** Logical not of a bool value. */
  not(x: Value): Value {
    return this.#unary('Not', x);
  }
  identity(x: Value): Value {
    return this.#unary('Identity', x);
  }
  cos(x: Value): Value {
    return this.#unary('Cos', x);
  }
  sin(x: Value): Value {
    return this.#unary('Sin', x);
  }

  /** `condition ? a : b`, all three broadcast; `condition` must be bool. */
  where(condition: Value, a: Operand, b: Operand): Value {
    this.#own(condition);
    const [x, y] = this.#operands(a, b, 'Where');
    return this.#node('Where', [condition, x, y], {}, (node) => {
      requireDType(condition, ['bool'], node);
      requireSame([x, y], node);
      return { dtype: x.dtype, shape: broadcastShapes([condition.shape, x.shape, y.shape], node) };
    });
  }

  // ---- linear algebra and NN ops ----------------------------------------------------------------

  /** numpy `matmul`: batched, broadcasting over leading dims. */
  matMul(a: Value, b: Value): Value {
    return this.#node('MatMul', [a, b], {}, (node) => {
      requireDType(a, NUMERIC, node);
      requireSame([a, b], node);
      return { dtype: a.dtype, shape: inferMatMul(a.shape, b.shape, node) };
    });
  }

  /** `x · weight (+ bias)`, with `weight` already [in, out] (see `WeightOptions.transpose`). Two nodes: MatMul, Add. */
  linear(x: Value, weight: Value, bias?: Value): Value {
    const y = this.matMul(x, weight);
    return bias === undefined ? y : this.add(y, bias);
  }

  /** numpy `take(data, indices, axis)`; a number index gives a scalar index (the axis disappears). */
  gather(data: Value, indices: Value | number, axis = 0): Value {
    this.#own(data);
    if (typeof indices === 'number') {
      const ax = normalizeAxis(axis, data.shape.length, this.#namer.peek('Gather'));
      const d = data.shape[ax];
      if (!Number.isSafeInteger(indices) || (typeof d === 'number' && (indices < -d || indices >= d))) {
        throw new GraphError('BAD_ARGUMENT', `index ${indices} is out of range for dim ${ax} of ${formatShape(data.shape)}`, {
          node: this.#namer.peek('Gather'),
        });
      }
    }
    const idx = typeof indices === 'number' ? this.scalar('int64', indices) : indices;
    return this.#node('Gather', [data, idx], { axis: 0 }, (node, attrs) => {
      requireDType(idx, INDICES, node);
      attrs.axis = normalizeAxis(axis, data.shape.length, node);
      return { dtype: data.dtype, shape: inferGather(data.shape, idx.shape, attrs.axis, node) };
    });
  }

  /** Layer normalization over the last axis: `(x - mean) / sqrt(var + epsilon) * scale + bias`. */
  layerNorm(x: Value, scale: Value, bias: Value, epsilon: number): Value {
    return this.#node('LayerNorm', [x, scale, bias], { axis: 0, epsilon }, (node, attrs) => {
      requireDType(x, FLOATS, node);
      requireSame([x, scale, bias], node);
      if (!(epsilon > 0) || !Number.isFinite(epsilon)) {
        throw new GraphError('BAD_ARGUMENT', `epsilon must be a positive number, got ${epsilon}`, { node });
      }
      if (x.shape.length === 0) throw new GraphError('SHAPE_MISMATCH', `LayerNorm needs rank >= 1`, { node });
      const last = x.shape[x.shape.length - 1]!;
      for (const p of [scale, bias]) {
        if (p.shape.length !== 1 || unifyDims(p.shape[0]!, last) === undefined) {
          throw new GraphError('SHAPE_MISMATCH', `LayerNorm parameter "${p.name}" is ${formatShape(p.shape)}, expected [${last}]`, { node });
        }
      }
      attrs.axis = x.shape.length - 1;
      return { dtype: x.dtype, shape: x.shape.map(canonicalDim) };
    });
  }

  /** RMS normalization over the last axis: `x / sqrt(mean(x²) + epsilon) * scale` (transformers' LlamaRMSNorm). */
  rmsNorm(x: Value, scale: Value, epsilon: number): Value {
    return this.#node('RMSNorm', [x, scale], { axis: 0, epsilon }, (node, attrs) => {
      requireDType(x, FLOATS, node);
      requireSame([x, scale], node);
      if (!(epsilon > 0) || !Number.isFinite(epsilon)) {
        throw new GraphError('BAD_ARGUMENT', `epsilon must be a positive number, got ${epsilon}`, { node });
      }
      if (x.shape.length === 0) throw new GraphError('SHAPE_MISMATCH', `RMSNorm needs rank >= 1`, { node });
      const last = x.shape[x.shape.length - 1]!;
      if (scale.shape.length !== 1 || unifyDims(scale.shape[0]!, last) === undefined) {
        throw new GraphError('SHAPE_MISMATCH', `RMSNorm scale "${scale.name}" is ${formatShape(scale.shape)}, expected [${last}]`, { node });
      }
      attrs.axis = x.shape.length - 1;
      return { dtype: x.dtype, shape: x.shape.map(canonicalDim) };
    });
  }

  /** GELU: exact (`'none'`, erf) or the tanh approximation. */
  gelu(x: Value, approximate: GeluApproximation = 'none'): Value {
    return this.#node('Gelu', [x], { approximate }, (node) => {
      requireDType(x, FLOATS, node);
      if (approximate !== 'none' && approximate !== 'tanh') {
        throw new GraphError('BAD_ARGUMENT', `unknown GELU approximation "${String(approximate)}"`, { node });
      }
      return { dtype: x.dtype, shape: x.shape.map(canonicalDim) };
    });
  }

  softmax(x: Value, axis = -1): Value {
    return this.#node('Softmax', [x], { axis: 0 }, (node, attrs) => {
      requireDType(x, FLOATS, node);
      attrs.axis = normalizeAxis(axis, x.shape.length, node);
      return { dtype: x.dtype, shape: x.shape.map(canonicalDim) };
    });
  }

  // ---- shape ops --------------------------------------------------------------------------------

  /**
   * Reshape by a spec: a literal size, -1 (inferred), or `{ copy: i }` (dim i of the input, which
   * keeps dynamic dims dynamic: `[{copy:0}, {copy:1}, heads, headDim]`).
   */
  reshape(x: Value, spec: readonly ReshapeDim[]): Value {
    const copy = spec.map((s) => (typeof s === 'number' ? s : { copy: s.copy }));
    return this.#node('Reshape', [x], { spec: copy }, (node) => ({ dtype: x.dtype, shape: inferReshape(x.shape, copy, node) }));
  }

  /** Permute axes (default: reverse them). */
  transpose(x: Value, perm?: readonly number[]): Value {
    this.#own(x);
    const p = perm ? [...perm] : x.shape.map((_, i) => x.shape.length - 1 - i);
    return this.#node('Transpose', [x], { perm: p }, (node) => ({ dtype: x.dtype, shape: inferTranspose(x.shape, p, node) }));
  }

  /** Insert size-1 axes; `axes` index the output. */
  unsqueeze(x: Value, axes: number | readonly number[]): Value {
    this.#own(x);
    const list = typeof axes === 'number' ? [axes] : [...axes];
    return this.#node('Unsqueeze', [x], { axes: [] as number[] }, (node, attrs) => {
      attrs.axes = normalizeAxes(list, x.shape.length + list.length, node);
      return { dtype: x.dtype, shape: inferUnsqueeze(x.shape, attrs.axes) };
    });
  }

  /** Remove size-1 axes (each must be the literal 1); `axes` index the input. */
  squeeze(x: Value, axes: number | readonly number[]): Value {
    this.#own(x);
    const list = typeof axes === 'number' ? [axes] : [...axes];
    return this.#node('Squeeze', [x], { axes: [] as number[] }, (node, attrs) => {
      attrs.axes = normalizeAxes(list, x.shape.length, node);
      return { dtype: x.dtype, shape: inferSqueeze(x.shape, attrs.axes, node) };
    });
  }

  /** Convert elements to `dtype` (returns `x` itself when it already has that dtype). */
  cast(x: Value, dtype: GraphDType): Value {
    this.#own(x);
    if (x.dtype === dtype) return x;
    return this.#node('Cast', [x], { to: dtype }, (node) => {
      checkDType(dtype, node);
      return { dtype, shape: x.shape.map(canonicalDim) };
    });
  }

  /** `x[..., start:end, ...]` along `axis` (python semantics; omit `end` for "to the end"). */
  sliceAxis(x: Value, axis: number, start: number, end?: number): Value {
    this.#own(x);
    return this.#node('Slice', [x], { axis: 0, start, end: end ?? null }, (node, attrs) => {
      attrs.axis = normalizeAxis(axis, x.shape.length, node);
      return { dtype: x.dtype, shape: inferSlice(x.shape, attrs.axis, start, end ?? null, node) };
    });
  }

  concat(values: readonly Value[], axis: number): Value {
    if (values.length === 0) throw new GraphError('BAD_ARGUMENT', `concat needs at least one value`, { node: this.#namer.peek('Concat') });
    return this.#node('Concat', [...values], { axis: 0 }, (node, attrs) => {
      requireSame(values, node);
      attrs.axis = normalizeAxis(axis, values[0]!.shape.length, node);
      return {
        dtype: values[0]!.dtype,
        shape: inferConcat(
          values.map((v) => v.shape),
          attrs.axis,
          node,
        ),
      };
    });
  }

  /** `[0, 1, ..., n - 1]` (int64, shape [n]) where n is dim `axis` of `x`, symbolic or not. */
  arange(x: Value, axis: number): Value {
    return this.#node('Range', [x], { axis: 0 }, (node, attrs) => {
      attrs.axis = normalizeAxis(axis, x.shape.length, node);
      return { dtype: 'int64', shape: [canonicalDim(x.shape[attrs.axis]!)] };
    });
  }

  /** Dim `axis` of `x` as an int64 scalar (shape []), read at run time when symbolic. */
  dimSize(x: Value, axis: number): Value {
    return this.#node('DimSize', [x], { axis: 0 }, (node, attrs) => {
      attrs.axis = normalizeAxis(axis, x.shape.length, node);
      return { dtype: 'int64', shape: [] };
    });
  }

  // ---- reductions and scans ---------------------------------------------------------------------

  /** Inclusive cumulative sum along `axis` (float32, int32 or int64). */
  cumSum(x: Value, axis: number): Value {
    return this.#node('CumSum', [x], { axis: 0 }, (node, attrs) => {
      requireDType(x, CUMSUM, node);
      attrs.axis = normalizeAxis(axis, x.shape.length, node);
      return { dtype: x.dtype, shape: x.shape.map(canonicalDim) };
    });
  }

  reduceMean(x: Value, axes: number | readonly number[], keepDims = false): Value {
    return this.#reduce('ReduceMean', x, axes, keepDims);
  }
  reduceSum(x: Value, axes: number | readonly number[], keepDims = false): Value {
    return this.#reduce('ReduceSum', x, axes, keepDims);
  }
  reduceMax(x: Value, axes: number | readonly number[], keepDims = false): Value {
    return this.#reduce('ReduceMax', x, axes, keepDims);
  }

  // ---- build -------------------------------------------------------------------------------------

  /**
   * The finished graph. Each output value produced by a node is renamed to its output name;
   * otherwise (an input, an initializer, or a value already output) an Identity node is added.
   * Nodes and initializers the outputs do not need are dropped. Throws `INVALID_GRAPH` if the
   * result does not validate (a bug). The builder stays usable; building twice gives equal graphs.
   */
  build(): Graph {
    const producers = new Set(this.#nodes.map((n) => n.outputs[0]!.name));
    const rename = new Map<string, string>();
    const identities: { input: string; output: ValueInfo }[] = [];
    for (const { name, value, shape } of this.#outputs) {
      if (producers.has(value.name) && !rename.has(value.name)) rename.set(value.name, name);
      else identities.push({ input: value.name, output: { name, dtype: value.dtype, shape: [...(shape ?? value.shape)] } });
    }
    const renamed = (n: string): string => rename.get(n) ?? n;

    const outputs: ValueInfo[] = this.#outputs.map(({ name, value, shape }) => ({ name, dtype: value.dtype, shape: [...(shape ?? value.shape)] }));
    // A renamed output's producing node declares the renamed shape too (validateGraph compares them).
    const declared = new Map(outputs.map((o) => [o.name, o.shape]));
    const nodes: GraphNode[] = this.#nodes.map((n) => {
      const copy = structuredClone(n);
      copy.inputs = copy.inputs.map(renamed);
      copy.outputs = copy.outputs.map((o) => {
        const name = renamed(o.name);
        return { ...o, name, shape: [...(declared.get(name) ?? o.shape)] };
      });
      return copy;
    });
    const namer = new NodeNamer();
    for (const n of nodes) namer.claim(n.name);
    for (const init of this.#initializers.keys()) namer.claim(init);
    for (const id of identities) {
      const name = namer.peek('Identity');
      namer.claim(name);
      nodes.push({ name, op: 'Identity', inputs: [renamed(id.input)], outputs: [id.output], attrs: {} });
    }

    const live = new Set(outputs.map((o) => o.name));
    const kept: GraphNode[] = [];
    for (let i = nodes.length - 1; i >= 0; i--) {
      const n = nodes[i]!;
      if (!n.outputs.some((o) => live.has(o.name))) continue;
      kept.push(n);
      for (const inp of n.inputs) live.add(inp);
    }
    kept.reverse();

    const initializers: Initializer[] = [];
    const seen = new Set<string>();
    for (const n of kept) {
      for (const inp of n.inputs) {
        const init = this.#initializers.get(inp);
        if (init && !seen.has(inp)) {
          seen.add(inp);
          initializers.push(structuredClone(init));
        }
      }
    }

    const graph: Graph = {
      name: this.name,
      inputs: this.#inputs.map((i) => ({ ...i, shape: [...i.shape] })),
      outputs,
      nodes: kept,
      initializers,
    };
    const result = validateGraph(graph);
    if (!result.ok) {
      throw new GraphError('INVALID_GRAPH', `graph "${this.name}" is invalid: ${result.issues.map((i) => i.message).join('; ')}`);
    }
    return graph;
  }

  // ---- internals ----------------------------------------------------------------------------------

  #define(info: ValueInfo): Value {
    if (this.#values.has(info.name) || this.#outputs.some((o) => o.name === info.name))
      throw new GraphError('DUPLICATE_NAME', `value name "${info.name}" is already used`);
    const v: Value = Object.freeze({ name: info.name, dtype: info.dtype, shape: Object.freeze([...info.shape]) });
    this.#values.set(info.name, v);
    this.#owned.add(v);
    return v;
  }

  #own(v: Value): void {
    if (!this.#owned.has(v)) {
      throw new GraphError('FOREIGN_VALUE', `value "${(v as Partial<Value> | undefined)?.name}" was not created by this builder`, {
        hint: 'values from one GraphBuilder cannot be used in another',
      });
    }
  }

  /**
   * Create one node: name it, run shape inference (which may fill in normalized attributes), and
   * only then reserve the name, so a failed op leaves names of later nodes unchanged.
   */
  #node<A extends object>(op: OpType, inputs: readonly Value[], attrs: A, infer: (node: string, attrs: A) => { dtype: GraphDType; shape: Dim[] }): Value {
    for (const v of inputs) this.#own(v);
    const name = this.#namer.peek(op);
    const { dtype, shape } = infer(name, attrs);
    this.#namer.claim(name);
    const out = this.#define({ name: `${name}_output_0`, dtype, shape });
    this.#nodes.push({
      name,
      op,
      inputs: inputs.map((v) => v.name),
      outputs: [{ name: out.name, dtype, shape: [...shape] }],
      attrs,
    } as unknown as GraphNode);
    return out;
  }

  #unary(op: UnaryOp, x: Value): Value {
    return this.#node(op, [x], {}, (node) => {
      requireDType(x, UNARY_DTYPES[op], node);
      return { dtype: x.dtype, shape: x.shape.map(canonicalDim) };
    });
  }

  #binary(op: BinaryOp, a: Operand, b: Operand): Value {
    const [x, y] = this.#operands(a, b, op);
    return this.#node(op, [x, y], {}, (node) => {
      requireSame([x, y], node);
      const comparison = COMPARISON_OPS.includes(op);
      const logical = op === 'And' || op === 'Or';
      if (logical) requireDType(x, ['bool'], node);
      else if (op !== 'Equal' && op !== 'NotEqual') requireDType(x, NUMERIC, node);
      return { dtype: comparison || logical ? 'bool' : x.dtype, shape: broadcastShapes([x.shape, y.shape], node) };
    });
  }

  #reduce(op: 'ReduceMean' | 'ReduceSum' | 'ReduceMax', x: Value, axes: number | readonly number[], keepDims: boolean): Value {
    const list = typeof axes === 'number' ? [axes] : [...axes];
    return this.#node(op, [x], { axes: [] as number[], keepDims }, (node, attrs) => {
      requireDType(x, NUMERIC, node);
      if (list.length === 0) throw new GraphError('BAD_AXIS', `${op} needs at least one axis`, { node });
      attrs.axes = normalizeAxes(list, x.shape.length, node);
      return { dtype: x.dtype, shape: inferReduce(x.shape, attrs.axes, keepDims) };
    });
  }

  /** Turn a number operand into a scalar constant of the other operand's dtype. */
  #operands(a: Operand, b: Operand, op: OpType): [Value, Value] {
    if (typeof a === 'number' && typeof b === 'number') {
      throw new GraphError('BAD_ARGUMENT', `${op} needs at least one value operand, got two numbers`, { node: this.#namer.peek(op) });
    }
    if (typeof a !== 'number') this.#own(a);
    if (typeof b !== 'number') this.#own(b);
    const x = typeof a === 'number' ? this.scalar((b as Value).dtype, a) : a;
    const y = typeof b === 'number' ? this.scalar(x.dtype, b) : b;
    return [x, y];
  }
}

function checkDType(dtype: GraphDType, where: string): void {
  if (!isGraphDType(dtype)) throw new GraphError('DTYPE_MISMATCH', `unknown dtype "${String(dtype)}" for ${where}`);
}

function requireDType(v: Value, allowed: readonly GraphDType[], node: string): void {
  if (!allowed.includes(v.dtype)) {
    throw new GraphError('DTYPE_MISMATCH', `"${v.name}" is ${v.dtype}, expected ${allowed.join(' or ')}`, { node });
  }
}

function requireSame(values: readonly Value[], node: string): void {
  const first = values[0]!;
  for (const v of values) {
    if (v.dtype !== first.dtype) {
      throw new GraphError('DTYPE_MISMATCH', `operands have different dtypes: ${values.map((x) => `"${x.name}" ${x.dtype}`).join(', ')}`, {
        node,
        hint: 'insert a cast',
      });
    }
  }
}

/** Int32 range, for int32 constants. */
const INT32_MIN = -(2 ** 31);
const INT32_MAX = 2 ** 31 - 1;
/** Largest finite float32 / float16: larger constants would silently become Infinity. */
const FLOAT32_MAX = 3.4028234663852886e38;
const FLOAT16_MAX = 65504;

function checkConstantValue(dtype: GraphDType, v: number, i: number): void {
  const bad = (why: string): never => {
    throw new GraphError('BAD_ARGUMENT', `constant value ${i} (${v}) ${why}`);
  };
  if (!Number.isFinite(v)) bad('is not finite (the graph is JSON data; use e.g. the float32 minimum instead of -Infinity)');
  if (dtype === 'bool' && v !== 0 && v !== 1) bad('is not 0 or 1');
  if ((dtype === 'int64' || dtype === 'int32') && !Number.isSafeInteger(v)) bad(`is not a safe integer`);
  if (dtype === 'int32' && (v < INT32_MIN || v > INT32_MAX)) bad('does not fit in int32');
  if (dtype === 'int8' && (!Number.isInteger(v) || v < -128 || v > 127)) bad('is not an int8');
  if (dtype === 'uint8' && (!Number.isInteger(v) || v < 0 || v > 255)) bad('is not a uint8');
  if (dtype === 'float32' && Math.abs(v) > FLOAT32_MAX) bad('overflows float32');
  if (dtype === 'float16' && Math.abs(v) > FLOAT16_MAX) bad('overflows float16');
}
