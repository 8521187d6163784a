/**
 * The one import of the ONNX protobuf messages: a pbjs static module generated from onnx-proto's
 * schema against protobufjs 8 (`src/generated/`, see its README), typed by its pbts declarations.
 */
import { onnx as generated } from './generated/onnx.js';
import type { onnx as OnnxNamespace } from './generated/onnx-types.js';

// The static module is checked as untyped JS (its code is pbjs output); its shape is pbts's.
export const onnx = generated as unknown as typeof OnnxNamespace;
export type { OnnxNamespace as OnnxTypes };
