import type { BinaryOp, GraphNode, UnaryOp } from '@mlpack/graph';
import type { TfAttrValue } from './graph-def.js';
import { lowerMatMul } from './lower-matmul.js';
import { lowerReshape } from './lower-reshape.js';
import { stridedSliceAttrs } from './lowering-context.js';
import type { NodeEmitter, TfValue } from './lowering-context.js';
import { boolAttr, intAttr, intListAttr, typeAttr } from './tf-graph-writer.js';

/** IR unary ops → TF ops with the same elementwise meaning. */
const UNARY_TF_OP: Record<UnaryOp, string> = {
  Identity: 'Identity',
  Sqrt: 'Sqrt',
  Erf: 'Erf',
  Tanh: 'Tanh',
  Relu: 'Relu',
  Sigmoid: 'Sigmoid',
  Exp: 'Exp',
  Log: 'Log',
  Neg: 'Neg',
  Abs: 'Abs',
  Not: 'LogicalNot',
  Cos: 'Cos',
  Sin: 'Sin',
};

/** IR binary ops → TF ops (numpy broadcasting in both). Integer Div is lowered separately. */
const BINARY_TF_OP: Record<BinaryOp, string> = {
  Add: 'AddV2',
  Sub: 'Sub',
  Mul: 'Mul',
  Div: 'RealDiv',
  Pow: 'Pow',
  Max: 'Maximum',
  Min: 'Minimum',
  Equal: 'Equal',
  NotEqual: 'NotEqual',
  Less: 'Less',
  LessOrEqual: 'LessEqual',
  Greater: 'Greater',
  GreaterOrEqual: 'GreaterEqual',
  And: 'LogicalAnd',
  Or: 'LogicalOr',
};

const REDUCE_TF_OP = { ReduceMean: 'Mean', ReduceSum: 'Sum', ReduceMax: 'Max' } as const;

/** 1/sqrt(2): exact GELU is x/2 · (1 + erf(x/√2)). */
const GELU_ERF_SCALE = Math.SQRT1_2;
/** sqrt(2/π) and 0.044715: the tanh approximation of GELU (Hendrycks & Gimpel). */
const GELU_TANH_SCALE = Math.sqrt(2 / Math.PI);
const GELU_TANH_CUBIC = 0.044715;

function T(v: TfValue): Record<string, TfAttrValue> {
  return { T: typeAttr(v.dtype) };
}

/** Emit the TF nodes of one IR node; returns the name of the node computing its output. */
export function lowerNode(e: NodeEmitter): string {
  const n: GraphNode = e.node;
  switch (n.op) {
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
    case 'Cos':
    case 'Sin': {
      const x = e.input(0);
      return e.op(null, UNARY_TF_OP[n.op], [x.ref], n.op === 'Not' ? {} : T(x));
    }
    case 'Add':
    case 'Sub':
    case 'Mul':
    case 'Div':
    case 'Pow':
    case 'Max':
    case 'Min':
    case 'Equal':
    case 'NotEqual':
    case 'Less':
    case 'LessOrEqual':
    case 'Greater':
    case 'GreaterOrEqual':
    case 'And':
    case 'Or': {
      const a = e.input(0);
      const b = e.input(1);
      if (n.op === 'Div' && a.dtype === 'DT_INT32') return lowerIntDiv(e, a, b);
      return e.op(null, BINARY_TF_OP[n.op], [a.ref, b.ref], n.op === 'And' || n.op === 'Or' ? {} : T(a));
    }
    case 'Where': {
      const x = e.input(1);
      return e.op(null, 'SelectV2', [e.input(0).ref, x.ref, e.input(2).ref], T(x));
    }
    case 'MatMul':
      return lowerMatMul(e);
    case 'Gather':
      return lowerGather(e, n.attrs.axis);
    case 'LayerNorm':
      return lowerLayerNorm(e, n.attrs.axis, n.attrs.epsilon);
    case 'RMSNorm':
      return lowerRmsNorm(e, n.attrs.axis, n.attrs.epsilon);
    case 'DimSize':
      return e.op(null, 'Identity', [e.dimScalar(e.input(0), n.attrs.axis)], { T: typeAttr('DT_INT32') });
    case 'Gelu':
      return n.attrs.approximate === 'tanh' ? lowerGeluTanh(e) : lowerGeluErf(e);
    case 'Softmax':
      return lowerSoftmax(e, n.attrs.axis);
    case 'Reshape':
      return lowerReshape(e, n.attrs.spec);
    case 'Transpose': {
      const x = e.input(0);
      return e.op(null, 'Transpose', [x.ref, e.int32(n.attrs.perm)], { ...T(x), Tperm: typeAttr('DT_INT32') });
    }
    case 'Unsqueeze':
      return lowerUnsqueeze(e, n.attrs.axes);
    case 'Squeeze': {
      const x = e.input(0);
      if (n.attrs.axes.length === 0) return e.op(null, 'Identity', [x.ref], T(x));
      return e.op(null, 'Squeeze', [x.ref], { ...T(x), squeeze_dims: intListAttr(n.attrs.axes) });
    }
    case 'Cast': {
      const x = e.input(0);
      const to = e.outDType;
      // float16 ↔ float32 and int64 ↔ int32 are the same TF.js dtype: nothing to convert.
      if (to === x.dtype) return e.op(null, 'Identity', [x.ref], T(x));
      return e.op(null, 'Cast', [x.ref], { SrcT: typeAttr(x.dtype), DstT: typeAttr(to), Truncate: boolAttr(false) });
    }
    case 'Slice':
      return lowerSlice(e, n.attrs.axis, n.attrs.start, n.attrs.end);
    case 'CumSum': {
      const x = e.input(0);
      return e.op(null, 'Cumsum', [x.ref, e.int32(n.attrs.axis)], {
        ...T(x),
        Tidx: typeAttr('DT_INT32'),
        exclusive: boolAttr(false),
        reverse: boolAttr(false),
      });
    }
    case 'ReduceMean':
    case 'ReduceSum':
    case 'ReduceMax': {
      const x = e.input(0);
      if (n.op === 'ReduceMean' && x.dtype !== 'DT_FLOAT') {
        e.fail(
          'TFJS_DTYPE',
          `a mean of ${n.outputs[0]!.dtype} values is not supported (TF.js's Mean of int32 does not round like ONNX)`,
          'cast to float32 first',
        );
      }
      return e.op(null, REDUCE_TF_OP[n.op], [x.ref, e.int32(n.attrs.axes)], {
        ...T(x),
        Tidx: typeAttr('DT_INT32'),
        keep_dims: boolAttr(n.attrs.keepDims),
      });
    }
    case 'Range': {
      const x = e.input(0);
      const limit = e.dimScalar(x, n.attrs.axis);
      return e.op(null, 'Range', [e.int32(0), limit, e.int32(1)], { Tidx: typeAttr('DT_INT32') });
    }
    case 'Concat': {
      const xs = n.inputs.map((_, i) => e.input(i));
      return e.op(null, 'ConcatV2', [...xs.map((x) => x.ref), e.int32(n.attrs.axis)], {
        ...T(xs[0]!),
        Tidx: typeAttr('DT_INT32'),
        N: intAttr(xs.length),
      });
    }
    case 'DynamicQuantMatMul':
    case 'MatMulNBits':
      // Quantized matmuls are ONNX variants; TF.js variants quantize storage instead (uint8/uint16).
      return e.fail(
        'TFJS_UNSUPPORTED_OP',
        `op "${n.op}" has no TF.js lowering`,
        'TF.js variants are fp32, fp16, uint8 and uint16 (weight storage); q8/q4 are ONNX only',
      );
    default:
      return unknownOp(n);
  }
}

function unknownOp(n: never): never {
  throw new Error(`bug: no TF.js lowering for op ${JSON.stringify((n as GraphNode).op)}`);
}

/**
 * ONNX integer division truncates toward zero; TF.js's FloorDiv floors. trunc(a / b) =
 * sign(a) · sign(b) · floor(|a| / |b|).
 */
function lowerIntDiv(e: NodeEmitter, a: TfValue, b: TfValue): string {
  const t = T(a);
  const signs = e.op('Signs', 'Mul', [e.op('SignA', 'Sign', [a.ref], t), e.op('SignB', 'Sign', [b.ref], t)], t);
  const q = e.op('FloorDiv', 'FloorDiv', [e.op('AbsA', 'Abs', [a.ref], t), e.op('AbsB', 'Abs', [b.ref], t)], t);
  return e.op(null, 'Mul', [signs, q], t);
}

/**
 * GatherV2. TF.js does not wrap negative indices as ONNX does: constant negative indices are
 * normalized here (against a static dim, or by adding the run-time dim when all are negative).
 * Indices computed at run time must be non-negative.
 */
function lowerGather(e: NodeEmitter, axis: number): string {
  const data = e.input(0);
  const idx = e.input(1);
  let indices = idx.ref;
  const constant = e.cx.constants.get(e.node.inputs[1]!);
  if (constant && constant.values.some((v) => v < 0)) {
    const d = data.shape[axis]!;
    if (typeof d === 'number') {
      indices = e.cx.writer.constant(
        'DT_INT32',
        constant.shape,
        constant.values.map((v) => (v < 0 ? v + d : v)),
      );
    } else if (constant.values.every((v) => v < 0)) {
      indices = e.op('indices', 'AddV2', [idx.ref, e.dimScalar(data, axis)], { T: typeAttr('DT_INT32') });
    } else {
      e.fail('TFJS_UNSUPPORTED_OP', `mixed negative and non-negative constant indices along symbolic dim "${d}"`, 'use non-negative indices');
    }
  }
  return e.op(null, 'GatherV2', [data.ref, indices, e.int32(axis)], {
    Tparams: typeAttr(data.dtype),
    Tindices: typeAttr('DT_INT32'),
    Taxis: typeAttr('DT_INT32'),
    batch_dims: intAttr(0),
  });
}

/** (x - mean) · rsqrt(mean((x - mean)²) + ε) · scale + bias, over `axis` (the last). */
function lowerLayerNorm(e: NodeEmitter, axis: number, epsilon: number): string {
  const x = e.input(0);
  const t = T(x);
  const axes = e.int32([axis]);
  const reduce = { ...t, Tidx: typeAttr('DT_INT32'), keep_dims: boolAttr(true) };
  const mean = e.op('Mean', 'Mean', [x.ref, axes], reduce);
  const centered = e.op('Sub', 'Sub', [x.ref, mean], t);
  const variance = e.op('Mean_1', 'Mean', [e.op('Square', 'Mul', [centered, centered], t), axes], reduce);
  const inv = e.op('Rsqrt', 'Rsqrt', [e.op('AddEpsilon', 'AddV2', [variance, e.float(epsilon)], t)], t);
  const scaled = e.op('Mul_1', 'Mul', [e.op('Mul', 'Mul', [centered, inv], t), e.input(1).ref], t);
  return e.op(null, 'AddV2', [scaled, e.input(2).ref], t);
}

/** x · rsqrt(mean(x²) + ε) · scale, over `axis` (the last). */
function lowerRmsNorm(e: NodeEmitter, axis: number, epsilon: number): string {
  const x = e.input(0);
  const t = T(x);
  const reduce = { ...t, Tidx: typeAttr('DT_INT32'), keep_dims: boolAttr(true) };
  const meanSquare = e.op('Mean', 'Mean', [e.op('Square', 'Mul', [x.ref, x.ref], t), e.int32([axis])], reduce);
  const inv = e.op('Rsqrt', 'Rsqrt', [e.op('AddEpsilon', 'AddV2', [meanSquare, e.float(epsilon)], t)], t);
  return e.op(null, 'Mul', [e.op('Mul', 'Mul', [x.ref, inv], t), e.input(1).ref], t);
}

/** x/2 · (1 + erf(x/√2)). */
function lowerGeluErf(e: NodeEmitter): string {
  const x = e.input(0);
  const t = T(x);
  const erf = e.op('Erf', 'Erf', [e.op('Scale', 'Mul', [x.ref, e.float(GELU_ERF_SCALE)], t)], t);
  const onePlus = e.op('AddOne', 'AddV2', [erf, e.float(1)], t);
  return e.op(null, 'Mul', [e.op('Half', 'Mul', [x.ref, e.float(0.5)], t), onePlus], t);
}

/** x/2 · (1 + tanh(√(2/π) · (x + 0.044715 x³))). */
function lowerGeluTanh(e: NodeEmitter): string {
  const x = e.input(0);
  const t = T(x);
  const cube = e.op('Cube', 'Mul', [x.ref, e.op('Square', 'Mul', [x.ref, x.ref], t)], t);
  const inner = e.op('Inner', 'AddV2', [x.ref, e.op('CubicTerm', 'Mul', [cube, e.float(GELU_TANH_CUBIC)], t)], t);
  const tanh = e.op('Tanh', 'Tanh', [e.op('Scale', 'Mul', [inner, e.float(GELU_TANH_SCALE)], t)], t);
  const onePlus = e.op('AddOne', 'AddV2', [tanh, e.float(1)], t);
  return e.op(null, 'Mul', [e.op('Half', 'Mul', [x.ref, e.float(0.5)], t), onePlus], t);
}

/** TF's Softmax works on the last axis: another axis is swapped to the end and back. */
function lowerSoftmax(e: NodeEmitter, axis: number): string {
  const x = e.input(0);
  const rank = x.shape.length;
  if (axis === rank - 1) return e.op(null, 'Softmax', [x.ref], T(x));
  const perm = x.shape.map((_, i) => (i === axis ? rank - 1 : i === rank - 1 ? axis : i));
  const tp = { ...T(x), Tperm: typeAttr('DT_INT32') };
  const permRef = e.int32(perm);
  const moved = e.op('Transpose', 'Transpose', [x.ref, permRef], tp);
  const soft = e.op('Softmax', 'Softmax', [moved], T(x));
  return e.op(null, 'Transpose', [soft, permRef], tp);
}

/** One ExpandDims per axis, in increasing order (the axes index the output). */
function lowerUnsqueeze(e: NodeEmitter, axes: readonly number[]): string {
  const x = e.input(0);
  if (axes.length === 0) return e.op(null, 'Identity', [x.ref], T(x));
  let ref = x.ref;
  axes.forEach((a, i) => {
    const last = i === axes.length - 1;
    ref = e.op(last ? null : 'ExpandDims', 'ExpandDims', [ref, e.int32(a)], { ...T(x), Tdim: typeAttr('DT_INT32') });
  });
  return ref;
}

/**
 * `x[start:end]` along `axis` → StridedSlice over every axis (the others fully kept through the
 * begin / end masks). Bounds on a static dim are normalized here, python-style; on a symbolic dim
 * negative bounds are left to StridedSlice, which counts them from the end like python.
 */
function lowerSlice(e: NodeEmitter, axis: number, start: number, end: number | null): string {
  const x = e.input(0);
  const rank = x.shape.length;
  const d = x.shape[axis]!;
  let b = start;
  let en: number | null = end;
  if (typeof d === 'number') {
    b = start < 0 ? Math.max(0, d + start) : Math.min(start, d);
    en = end === null ? d : end < 0 ? Math.max(0, d + end) : Math.min(end, d);
    en = Math.max(b, en);
  }
  const begin = Array<number>(rank).fill(0);
  const stop = Array<number>(rank).fill(0);
  begin[axis] = b;
  stop[axis] = en ?? 0;
  const others = ((1 << rank) - 1) & ~(1 << axis);
  return e.op(
    null,
    'StridedSlice',
    [x.ref, e.int32(begin), e.int32(stop), e.int32(Array<number>(rank).fill(1))],
    stridedSliceAttrs(x.dtype, {
      begin: others,
      end: en === null ? others | (1 << axis) : others,
    }),
  );
}
