export { emitOnnx } from './emit-onnx.js';
export type { EmitOnnxOptions, EmitOnnxResult, EmittedFile } from './emit-onnx.js';
export { DEFAULT_OPSET, SUPPORTED_OPSETS, isSupportedOpset, onnxIrVersion } from './opset.js';
export type { SupportedOpset } from './opset.js';
export { OnnxError } from './onnx-error.js';
export type { OnnxErrorCode } from './onnx-error.js';
export {
  EXTERNAL_ALIGNMENT,
  EXTERNAL_LARGE_ALIGNMENT,
  EXTERNAL_LARGE_MIN_BYTES,
  EXTERNAL_MIN_BYTES,
  PROTOBUF_MAX_BYTES,
} from './plan-layout.js';
export type { ExternalDataMode } from './plan-layout.js';
export { PRODUCER_NAME } from './encode-model.js';
export { readOnnxModelInfo } from './read-onnx-model-info.js';
export type { OnnxInitializerSummary, OnnxModelInfo, OnnxValueSummary } from './read-onnx-model-info.js';
