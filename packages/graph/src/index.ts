export { GraphBuilder } from './graph-builder.js';
export type { GraphBuilderOptions, Operand, Value, WeightOptions } from './graph-builder.js';
export { GraphError } from './graph-error.js';
export type { GraphErrorCode, GraphErrorOptions } from './graph-error.js';
export { GRAPH_DTYPES, GRAPH_DTYPE_TO_CORE, graphDTypeBytes, isFloatDType, isGraphDType } from './dtype.js';
export type { GraphDType } from './dtype.js';
export { canonicalDim, dimProduct, dimQuotient, dimsEqual, formatShape, isSymbolic, isValidSymbol, unifyDims } from './dim.js';
export type { Dim, Shape } from './dim.js';
export type {
  BinaryOp,
  ConstantInitializer,
  GeluApproximation,
  Graph,
  GraphNode,
  Initializer,
  InitializerTransform,
  NoAttrs,
  OpType,
  ReshapeDim,
  TensorInitializer,
  UnaryOp,
  ValueInfo,
} from './ir.js';
export { COMPARISON_OPS } from './ir.js';
export { validateGraph } from './validate-graph.js';
export type { GraphIssueCode } from './validate-graph.js';
export { initializerByteLength, materialize, streamRanges } from './materialize.js';
export type { ByteRange, MaterializeOptions } from './materialize.js';
export { BufferPool, POOL_MIN_BYTES } from './buffer-pool.js';
export type { BufferPoolOptions } from './buffer-pool.js';
export { Prefetcher } from './prefetcher.js';
export type { PrefetcherOptions } from './prefetcher.js';
export { f16BitsToF32, f32ToF16Bits, bf16BitsToF32 } from './float16.js';
export type { MatMulNBitsAttrs, WeightStorage } from './ir.js';
export { applyTransforms, applyTransformsRange, clearQuantizationStash, readSource, SourceCache, sourceKeyOf } from './materialize.js';
export { DIRECT_READER, SharedSources } from './shared-sources.js';
export type { SharedSourcesOptions, WeightReader } from './shared-sources.js';
export { GraphRewriter } from './passes/graph-rewriter.js';
export type { GraphPass } from './passes/graph-rewriter.js';
export { storeWeightsAsFloat16 } from './passes/store-weights-float16.js';
export { convertToFloat16, FLOAT16_BLOCK_LIST } from './passes/convert-to-float16.js';
export type { ConvertToFloat16Options } from './passes/convert-to-float16.js';
export { DEFAULT_BLOCK_SIZE, outputProjections, quantizeMatMulInt8, quantizeMatMulNBits } from './passes/quantize-matmul.js';
export type { QuantizeInt8Options, QuantizeNBitsOptions } from './passes/quantize-matmul.js';
export { affineWeightStorage } from './passes/affine-weight-storage.js';
export { quantizeEmbeddings } from './passes/quantize-embeddings.js';
export type { QuantizeEmbeddingsOptions } from './passes/quantize-embeddings.js';
export type { AffineWeightStorageOptions } from './passes/affine-weight-storage.js';
export { float16Weight } from './passes/weight-dtype.js';
