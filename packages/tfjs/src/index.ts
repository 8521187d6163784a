export { emitTfjs, DEFAULT_SHARD_BYTES, MODEL_JSON_FILE } from './emit-tfjs.js';
export type { EmitTfjsOptions, EmitTfjsResult, EmittedFile } from './emit-tfjs.js';
export type { TfjsIoSpec } from './lower-graph.js';
export type { TfjsWeightDType } from './weight-plan.js';
export { TfjsError } from './tfjs-error.js';
export type { TfjsErrorCode } from './tfjs-error.js';
export { shardFileName, shardCount } from './shard-writer.js';
export type {
  ManifestDType,
  TfAttrValue,
  TfDataType,
  TfGraphDef,
  TfNodeDef,
  TfSignatureDef,
  TfSignatureEntry,
  TfTensorShape,
  TfWeightEntry,
  TfWeightGroup,
  TfjsModelJson,
} from './graph-def.js';
