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
  /** Every graph with its signature, the main one first (absent in manifests written before decoders). */
  graphs?: ManifestGraph[];
  /** The main graph's signature (= graphs[0]'s). */
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

/** One named graph: `model` (→ onnx/model.onnx), later `encoder_model`, `decoder_model_merged`. */
export interface ManifestGraph {
  name: string;
  inputs: ManifestTensorSpec[];
  outputs: ManifestTensorSpec[];
}

export interface OnnxTarget {
  format: 'onnx';
  /** The graph this file holds (default "model"). */
  graph?: string;
  opset: number;
  ir_version: number;
  /** e.g. "onnx/model.onnx" */
  path: string;
  /** External-data file, when weights are stored outside the .onnx file. */
  external_data?: string;
  /** Weight variant (absent in manifests written before variants: fp32). */
  dtype?: 'fp32' | 'fp16' | 'q8' | 'q4' | 'q4f16';
  /** Decoders with a KV cache: element type of `past_key_values.*` / `present.*` in this file (absent: float32). */
  kv_cache_dtype?: 'float32' | 'float16';
  parity?: TargetParity;
}

/** A variant's parity gate, the worst values measured against the reference, and the verdict. */
export interface TargetParity {
  gate: Record<string, number>;
  measured: Record<string, number | boolean | null>;
  ok: boolean;
  /** Missed its gate and was kept (`--allow-degraded`). */
  degraded?: true;
  misses?: Array<{ output: string; metric: string; value?: number | boolean | null; limit?: number | boolean | null }>;
}

export interface TfjsTarget {
  format: 'tfjs';
  /** The graph this file holds (default "model"). */
  graph?: string;
  /** e.g. "tfjs/model.json" */
  path: string;
  weight_dtype: 'float32' | 'float16' | 'uint8' | 'uint16';
  shard_bytes: number;
  /** Weight variant (absent in manifests written before variants: from weight_dtype). */
  dtype?: 'fp32' | 'fp16' | 'uint8' | 'uint16';
  parity?: TargetParity;
}

export interface ManifestTensorSpec {
  name: string;
  dtype: 'int64' | 'int32' | 'float32' | 'float16' | 'bool';
  /** Sizes, or symbolic names for dynamic dims (e.g. "batch_size"). */
  shape: Array<number | string>;
}
