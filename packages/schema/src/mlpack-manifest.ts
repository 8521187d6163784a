import type { MlpackGolden } from './mlpack-golden.js';

/** mlpack.json (`schemas/mlpack-manifest.schema.json`), written next to converted models and inside bundles. */
export type MlpackManifest = ConversionManifest | BundleManifest;

export interface ManifestBase {
  manifest_version: 1;
  tool: { name: 'mlpack'; version: string };
  source: ManifestSource;
  /** Optimum task name, e.g. "text-classification". */
  task: string;
  /** The conversion options used (targets, opset, external_data, dtype, shard_size, ...). */
  options: Record<string, unknown>;
  targets: ManifestTarget[];
  signature: { inputs: ManifestTensorSpec[]; outputs: ManifestTensorSpec[] };
  /** Class index (decimal string) to label. */
  labels?: Record<string, string>;
  /** Every file of the folder except mlpack.json and a signature file, sorted by path, unique. */
  files: ManifestFile[];
  /** Files of `files` mlpack wrote because the source lacked them (sorted), e.g. `tokenizer_config.json`. */
  generated?: 'tokenizer_config.json'[];
  io_schema?: { request: Record<string, unknown>; response: Record<string, unknown> };
  goldens?: MlpackGolden;
  layout?: 'transformers.js' | 'triton';
}

export interface ConversionManifest extends ManifestBase {
  kind: 'conversion';
}

export interface BundleManifest extends ManifestBase {
  kind: 'bundle';
  /** `[a-z0-9][a-z0-9._-]*` */
  name: string;
  /** Semantic version. */
  version: string;
}

export interface ManifestSource {
  model_type: string;
  architecture: string;
  task: string;
  transformers_version?: string;
  files: ManifestFile[];
}

export interface ManifestFile {
  /** Relative path with forward slashes, no `.`/`..` segments. */
  path: string;
  size: number;
  /** 64 lowercase hex digits. */
  sha256: string;
}

export type ManifestTarget = OnnxTarget | TfjsTarget;

export interface OnnxTarget {
  format: 'onnx';
  opset: number;
  ir_version: number;
  /** e.g. "onnx/model.onnx" */
  path: string;
  /** External-data file, when weights are stored outside the .onnx file. */
  external_data?: string;
}

export interface TfjsTarget {
  format: 'tfjs';
  /** e.g. "tfjs/model.json" */
  path: string;
  weight_dtype: 'float32' | 'float16';
  shard_bytes: number;
}

export interface ManifestTensorSpec {
  name: string;
  dtype: 'int64' | 'int32' | 'float32';
  /** Sizes, or symbolic names for dynamic dims (e.g. "batch_size"). */
  shape: Array<number | string>;
}
