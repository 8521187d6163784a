/**
 * The graph IR: plain, JSON-serializable data read by every emitter (ONNX, TF.js). Ops are
 * semantic (LayerNorm, Gelu, Reshape-with-copied-dims); each emitter lowers them to its own
 * operator set. Axes stored in attributes are always normalized to be non-negative.
 */
import type { DType, TensorInfo } from '@mlpack/core';
import type { Dim } from './dim.js';
import type { GraphDType } from './dtype.js';

/** A named, typed value: graph input, graph output, node output or initializer. */
export interface ValueInfo {
  name: string;
  dtype: GraphDType;
  shape: Dim[];
}

/** Elementwise ops with one input; the output has the input's shape. */
export type UnaryOp = 'Identity' | 'Sqrt' | 'Erf' | 'Tanh' | 'Relu' | 'Sigmoid' | 'Exp' | 'Log' | 'Neg' | 'Abs' | 'Not' | 'Cos' | 'Sin';

/**
 * Elementwise ops with two numpy-broadcast inputs. The comparisons (Equal … GreaterOrEqual) output
 * bool; And / Or take and give bool.
 */
export type BinaryOp =
  'Add' | 'Sub' | 'Mul' | 'Div' | 'Pow' | 'Max' | 'Min' | 'Equal' | 'NotEqual' | 'Less' | 'LessOrEqual' | 'Greater' | 'GreaterOrEqual' | 'And' | 'Or';

/** The binary ops whose output is bool whatever their (equal) input dtype. */
export const COMPARISON_OPS: readonly BinaryOp[] = ['Equal', 'NotEqual', 'Less', 'LessOrEqual', 'Greater', 'GreaterOrEqual'];

/** One entry of a reshape spec: a literal size (>= 1), -1 (inferred, at most once), or a copy of input dim `copy`. */
export type ReshapeDim = number | { copy: number };

export type GeluApproximation = 'none' | 'tanh';

interface NodeBase<Op extends string, Attrs> {
  /** Unique node name from the scope path and op, e.g. `/encoder/layer.0/attention/MatMul`. */
  name: string;
  op: Op;
  /** Names of the input values, in the op's order. */
  inputs: string[];
  /** The output values (every op has exactly one). */
  outputs: ValueInfo[];
  attrs: Attrs;
}

export type NoAttrs = Record<string, never>;

export type GraphNode =
  | NodeBase<UnaryOp, NoAttrs>
  | NodeBase<BinaryOp, NoAttrs>
  /** Batched, broadcasting matrix product (numpy `matmul`). */
  | NodeBase<'MatMul', NoAttrs>
  /** inputs: condition (bool), x, y — all broadcast. */
  | NodeBase<'Where', NoAttrs>
  /** inputs: data, indices (int32/int64, may be a scalar). */
  | NodeBase<'Gather', { axis: number }>
  /** inputs: x, scale, bias; normalizes over the last axis (`axis` = rank - 1). */
  | NodeBase<'LayerNorm', { axis: number; epsilon: number }>
  | NodeBase<'Gelu', { approximate: GeluApproximation }>
  | NodeBase<'Softmax', { axis: number }>
  | NodeBase<'Reshape', { spec: ReshapeDim[] }>
  | NodeBase<'Transpose', { perm: number[] }>
  /** `axes` index the output (sorted). */
  | NodeBase<'Unsqueeze', { axes: number[] }>
  /** `axes` index the input (sorted); each must be 1. */
  | NodeBase<'Squeeze', { axes: number[] }>
  | NodeBase<'Cast', { to: GraphDType }>
  /** `x[..., start:end, ...]` along `axis`, python semantics for negative bounds; `end: null` is "to the end". */
  | NodeBase<'Slice', { axis: number; start: number; end: number | null }>
  /** Inclusive cumulative sum along `axis`. */
  | NodeBase<'CumSum', { axis: number }>
  | NodeBase<'ReduceMean' | 'ReduceSum' | 'ReduceMax', { axes: number[]; keepDims: boolean }>
  /** `[0, 1, ..., n - 1]` (int64) where n is dim `axis` of the input — works for symbolic dims. */
  | NodeBase<'Range', { axis: number }>
  | NodeBase<'Concat', { axis: number }>
  /** inputs: x, scale; `x / sqrt(mean(x², last axis) + epsilon) * scale` (RMSNorm, computed in x's dtype). */
  | NodeBase<'RMSNorm', { axis: number; epsilon: number }>
  /** Dim `axis` of the input as an int64 scalar (shape []), symbolic or not. */
  | NodeBase<'DimSize', { axis: number }>
  /**
   * `x · dequantize(b)`: a linear layer with int8 weights and activations quantized at run time
   * (onnxruntime `quantize_dynamic`'s form). inputs: x (float32 [..., K]), b (int8 [K, N]),
   * bScale (float32 [N]: one symmetric scale per output column, zero point 0). Output float32.
   */
  | NodeBase<'DynamicQuantMatMul', NoAttrs>
  /**
   * `x · dequantize(b)ᵀ` with b block-quantized along K (com.microsoft `MatMulNBits`). inputs:
   * x (float32 / float16 [..., K]), b (uint8 [N, kBlocks, blockSize · bits / 8], low nibble
   * first), scales (x's dtype, [N, kBlocks]); symmetric: zero point 2^(bits-1). Output x's dtype.
   */
  | NodeBase<'MatMulNBits', MatMulNBitsAttrs>;

/** Attributes of `MatMulNBits` (the com.microsoft op's own). */
export interface MatMulNBitsAttrs {
  K: number;
  N: number;
  bits: 4;
  blockSize: number;
  /** onnxruntime's `accuracy_level`: 0 unset, 1 fp32, 2 fp16, 3 bf16, 4 int8 compute. */
  accuracyLevel: number;
}

export type OpType = GraphNode['op'];

/** A step applied to a weight's file bytes when it is materialized, in list order. */
export type InitializerTransform =
  /** Convert elements from the file dtype to the graph dtype (F16/BF16/F64 → float32, F32/F16/BF16/F64 → float16). */
  | { kind: 'cast'; from: DType; to: GraphDType }
  /** Swap the two axes of a 2-D tensor ([out, in] → [in, out]). */
  | { kind: 'transpose' }
  /**
   * Symmetric int8 quantization of each row of a 2-D float tensor (a Linear weight [out, in]: one
   * scale per output channel, s = max|row| / 127). `values`: int8 round(w / s), same shape;
   * `scales`: float32 [rows].
   */
  | { kind: 'quantize-int8'; part: 'values' | 'scales' }
  /**
   * Symmetric block quantization along the last axis of a 2-D float tensor [N, K] (MatMulNBits'
   * layout): blocks of `blockSize`, s = max|block| / 7 (4 bits), q = clamp(round(w / s) + 8, 0, 15).
   * `packed`: uint8 [N, kBlocks, blockSize · bits / 8], two codes per byte, low nibble first
   * (K padded with zeros to whole blocks); `scales`: [N, kBlocks] in `scaleDtype`.
   */
  | { kind: 'quantize-blocks'; bits: 4; blockSize: number; part: 'packed' | 'scales'; scaleDtype: 'float32' | 'float16' };

/**
 * How a float32 weight is stored by an emitter that can store it compressed and expand it on load
 * (TF.js `weightsManifest` quantization: affine uint8 / uint16 with a per-tensor scale and min).
 * The graph computes with the float32 values either way.
 */
export type WeightStorage = { kind: 'affine'; dtype: 'uint8' | 'uint16' };

/** A weight stored in a file (e.g. safetensors), read only when an emitter writes it. */
export interface TensorInitializer {
  kind: 'tensor';
  /** The tensor's name, plus `.T` when transposed and `.f16` when held as float16. */
  name: string;
  /** Dtype after the transforms. */
  dtype: GraphDType;
  /** Shape after the transforms. */
  shape: number[];
  /** Where the file bytes are (one ranged read). */
  source: TensorInfo;
  transforms: InitializerTransform[];
  /** Stored compressed by emitters that can (TF.js); absent: stored as `dtype`. */
  storage?: WeightStorage;
}

/** A small constant written inline by the builder (or by an emitter's lowering). */
export interface ConstantInitializer {
  kind: 'constant';
  name: string;
  dtype: GraphDType;
  shape: number[];
  /** Row-major values; bool as 0 / 1, ints as safe integers. */
  values: number[];
}

export type Initializer = TensorInitializer | ConstantInitializer;

/**
 * A finished graph. Nodes are in creation order, which is topological; initializers are in
 * first-use order (the order in which the node list first references them).
 */
export interface Graph {
  name: string;
  inputs: ValueInfo[];
  outputs: ValueInfo[];
  nodes: GraphNode[];
  initializers: Initializer[];
}
