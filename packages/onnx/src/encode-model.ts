/**
 * protobufjs encoding of everything except initializer bytes: the ModelProto's fields before its
 * graph (the head) and its `metadata_props` (written after the graph), the GraphProto without its
 * initializers, and each initializer's TensorProto without raw_data. The writer frames and
 * streams the rest.
 */
import { MLPACK_VERSION } from '@mlpack/core';
import type { Initializer, ValueInfo } from '@mlpack/graph';
import type { LoweredGraph, OnnxAttribute } from './lower-graph.js';
import { onnxDataType } from './lower-graph.js';
import { onnx } from './onnx-proto.js';
import type { OnnxTypes } from './onnx-proto.js';
import type { TensorPlacement } from './plan-layout.js';

/** `producer_name` of every model we write. */
export const PRODUCER_NAME = 'mlpack';

export interface ModelHeadOptions {
  opset: number;
  irVersion: number;
  docString: string | undefined;
  /** Extra operator set domains with their versions (e.g. com.microsoft 1), written after the default one. */
  domains?: ReadonlyArray<{ domain: string; version: number }>;
}

const utf8 = new TextEncoder();

/** The ModelProto fields written before the graph: none of them depends on the model's metadata. */
export function encodeModelHead(o: ModelHeadOptions): Uint8Array {
  return onnx.ModelProto.encode({
    irVersion: o.irVersion,
    producerName: PRODUCER_NAME,
    producerVersion: MLPACK_VERSION,
    ...(o.docString !== undefined ? { docString: o.docString } : {}),
    opsetImport: [{ domain: '', version: o.opset }, ...(o.domains ?? []).map((d) => ({ domain: d.domain, version: d.version }))],
  }).finish();
}

/**
 * The ModelProto's `metadata_props` entries (field 14), sorted by key, written after the graph:
 * they may hold values computed while the weights are written (the source files' sha256), and a
 * parser merges fields in whatever order they come. Empty for no metadata.
 */
export function encodeModelMetadata(metadata: Record<string, string>): Uint8Array {
  const keys = Object.keys(metadata).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return onnx.ModelProto.encode({ metadataProps: keys.map((key) => ({ key, value: metadata[key]! })) }).finish();
}

export function encodeGraphHead(g: LoweredGraph): Uint8Array {
  return onnx.GraphProto.encode({
    name: g.name,
    node: g.nodes.map((n) => ({
      name: n.name,
      opType: n.opType,
      ...(n.domain ? { domain: n.domain } : {}),
      input: n.inputs,
      output: n.outputs,
      attribute: n.attributes.map(encodeAttribute),
    })),
    input: g.inputs.map(valueInfoProto),
    output: g.outputs.map(valueInfoProto),
    valueInfo: g.valueInfo.map(valueInfoProto),
  }).finish();
}

/** The TensorProto of one initializer without its raw_data (external ones point into the data file). */
export function encodeTensorHeader(init: Initializer, placement: TensorPlacement, dataFileName: string): Uint8Array {
  const base: OnnxTypes.ITensorProto = { name: init.name, dims: init.shape, dataType: onnxDataType(init.dtype) };
  if (placement.location === 'inline') return onnx.TensorProto.encode(base).finish();
  return onnx.TensorProto.encode({
    ...base,
    dataLocation: onnx.TensorProto.DataLocation.EXTERNAL,
    externalData: [
      { key: 'location', value: dataFileName },
      { key: 'offset', value: String(placement.offset) },
      { key: 'length', value: String(placement.length) },
    ],
  }).finish();
}

function encodeAttribute(a: OnnxAttribute): OnnxTypes.IAttributeProto {
  const T = onnx.AttributeProto.AttributeType;
  switch (a.kind) {
    case 'int':
      return { name: a.name, type: T.INT, i: a.value };
    case 'ints':
      return { name: a.name, type: T.INTS, ints: a.value };
    case 'float':
      return { name: a.name, type: T.FLOAT, f: a.value };
    case 'string':
      return { name: a.name, type: T.STRING, s: utf8.encode(a.value) };
  }
}

function valueInfoProto(v: ValueInfo): OnnxTypes.IValueInfoProto {
  return {
    name: v.name,
    type: {
      tensorType: {
        elemType: onnxDataType(v.dtype),
        shape: { dim: v.shape.map((d) => (typeof d === 'number' ? { dimValue: d } : { dimParam: d })) },
      },
    },
  };
}
