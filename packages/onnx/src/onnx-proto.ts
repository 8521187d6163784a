/**
 * The one import of the generated onnx-proto module (a protobufjs static module, CommonJS). It
 * loads `protobufjs/minimal` from its own location; the workspace overrides that to 8.8.1.
 */
import onnxProto from 'onnx-proto';

export const onnx = onnxProto.onnx;
export type { onnx as OnnxTypes } from 'onnx-proto';
