/**
 * The TF.js graph-model file format as this package writes it: TensorFlow's GraphDef / SignatureDef
 * in their protobuf-JSON form (the shape tfjs-converter's `compiled_api` reads) and the model.json
 * envelope with its weights manifest (tfjs-core `io/types`). Plain data, our own types: this
 * package never imports TF.js.
 */

/** TF `DataType` names for the three element types a TF.js graph computes with. */
export type TfDataType = 'DT_FLOAT' | 'DT_INT32' | 'DT_BOOL';

/** Weights-manifest dtypes we write (the in-memory dtype after loading). */
export type ManifestDType = 'float32' | 'int32' | 'bool';

/** `TensorShapeProto`: dims as decimal strings (protobuf-JSON int64), -1 for a dynamic dim. */
export interface TfTensorShape {
  dim?: { size: string }[];
}

/** `AttrValue`: exactly one field set. Integers are decimal strings, as protobuf-JSON writes int64. */
export type TfAttrValue =
  | { type: TfDataType }
  | { b: boolean }
  | { i: string }
  | { f: number }
  | { shape: TfTensorShape }
  | { list: { i: string[] } }
  | { tensor: { dtype: TfDataType; tensorShape: TfTensorShape } };

/** `NodeDef`. Inputs name producer nodes (output 0). */
export interface TfNodeDef {
  name: string;
  op: string;
  input?: string[];
  attr?: Record<string, TfAttrValue>;
}

/** `GraphDef` (no function library: the graphs are straight-line). */
export interface TfGraphDef {
  node: TfNodeDef[];
  library: Record<string, never>;
  versions: { producer: number };
}

/** `TensorInfo` of a signature entry: `name` is `node:0`. */
export interface TfSignatureEntry {
  name: string;
  dtype: TfDataType;
  tensorShape: TfTensorShape;
}

/** `SignatureDef`: entries keyed by the public input / output names (`input_ids`, `logits`). */
export interface TfSignatureDef {
  inputs: Record<string, TfSignatureEntry>;
  outputs: Record<string, TfSignatureEntry>;
}

/** One weights-manifest entry; `quantization.dtype: 'float16'` means 2 bytes per element on disk. */
export interface TfWeightEntry {
  name: string;
  shape: number[];
  dtype: ManifestDType;
  /** Stored compressed; TF.js expands it on load (uint8 / uint16: value = code · scale + min). */
  quantization?: { dtype: 'float16' } | { dtype: 'uint8' | 'uint16'; scale: number; min: number };
}

export interface TfWeightGroup {
  /** Shard file names beside model.json, in byte order (TF.js concatenates them). */
  paths: string[];
  weights: TfWeightEntry[];
}

/** model.json of a graph model. */
export interface TfjsModelJson {
  format: 'graph-model';
  generatedBy: string;
  convertedBy: string;
  modelTopology: TfGraphDef;
  signature: TfSignatureDef;
  weightsManifest: TfWeightGroup[];
  userDefinedMetadata: Record<string, string>;
}
