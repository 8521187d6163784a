import { MLPACK_VERSION } from '@mlpack/core';
import type { BuiltModel, IoSpec } from '@mlpack/architectures';
import type { ModelFolder } from '@mlpack/model';
import type { ResolvedOptions } from './conversion-options.js';
import { labelsOf } from './labels-of.js';
import type { OnnxVariantDType, TfjsVariantDType } from './plan-variants.js';

export interface ManifestFile {
  /** Relative, `/`-separated. */
  path: string;
  size: number;
  sha256: string;
}

/** A variant's parity gate, the worst values measured and the verdict (see `ParityGate`). */
export interface TargetParity {
  gate: Record<string, number>;
  measured: Record<string, number | boolean | null>;
  ok: boolean;
  /** Missed its gate and was kept (`allowDegraded`). */
  degraded?: true;
  misses?: Array<{ output: string; metric: string; value?: number | boolean | null; limit?: number | boolean | null }>;
}

export type ManifestTarget =
  | {
      format: 'onnx';
      graph: string;
      path: string;
      opset: number;
      ir_version: number;
      external_data?: string;
      dtype: OnnxVariantDType;
      /** Decoders with a KV cache: the element type of `past_key_values.*` / `present.*` in this file. */
      kv_cache_dtype?: 'float32' | 'float16';
      parity?: TargetParity;
    }
  | {
      format: 'tfjs';
      graph: string;
      path: string;
      weight_dtype: 'float32' | 'float16' | 'uint8' | 'uint16';
      shard_bytes: number;
      dtype: TfjsVariantDType;
      parity?: TargetParity;
    };

/** One graph and its signature (`graphs` in mlpack.json). */
export interface ManifestGraph {
  name: string;
  inputs: IoSpec[];
  outputs: IoSpec[];
}

/** `<out>/mlpack.json` as written by `mlpack convert` (schema: schemas/mlpack-manifest.schema.json). */
export interface ConversionManifest {
  manifest_version: 1;
  kind: 'conversion';
  tool: { name: 'mlpack'; version: string };
  source: {
    model_type: string;
    architecture: string;
    task: string;
    transformers_version?: string;
    files: ManifestFile[];
  };
  task: string;
  options: Record<string, unknown>;
  targets: ManifestTarget[];
  graphs: ManifestGraph[];
  signature: { inputs: IoSpec[]; outputs: IoSpec[] };
  labels?: Record<string, string>;
  files: ManifestFile[];
  /** Output files mlpack wrote because the source lacked them (sorted; e.g. tokenizer_config.json). */
  generated?: string[];
}

export interface ManifestParts {
  folder: ModelFolder;
  built: BuiltModel;
  options: ResolvedOptions;
  sources: ManifestFile[];
  outputs: ManifestFile[];
  targets: ManifestTarget[];
  /** Paths of generated output files (see `ConversionManifest.generated`). */
  generated?: readonly string[] | undefined;
}

/** Key order is fixed here so that the JSON is byte-identical across runs. */
export function buildConversionManifest(p: ManifestParts): ConversionManifest {
  const tv = p.folder.config.transformers_version;
  const labels = labelsOf(p.folder.config);
  const options: Record<string, unknown> = { targets: p.options.targets, dtypes: p.options.dtypes };
  if (p.options.targets.includes('onnx')) {
    options.opset = p.options.opset;
    options.external_data = p.options.externalData;
    if (p.options.dtypes.includes('q4') || p.options.dtypes.includes('q4f16')) {
      options.block_size = p.options.blockSize;
      options.accuracy_level = p.options.accuracyLevel;
    }
  }
  if (p.options.targets.includes('tfjs')) options.shard_bytes = p.options.shardBytes;
  if (p.options.allowDegraded) options.allow_degraded = true;
  if (p.options.quantizeEmbeddings) options.quantize_embeddings = true;
  return {
    manifest_version: 1,
    kind: 'conversion',
    tool: { name: 'mlpack', version: MLPACK_VERSION },
    source: {
      model_type: p.folder.modelType ?? p.built.family,
      architecture: p.folder.architecture ?? '',
      task: p.built.task,
      ...(typeof tv === 'string' ? { transformers_version: tv } : {}),
      files: p.sources,
    },
    task: p.built.task,
    options,
    targets: p.targets,
    graphs: p.built.graphs.map((g) => ({ name: g.name, inputs: g.inputs, outputs: g.outputs })),
    signature: { inputs: p.built.inputs, outputs: p.built.outputs },
    ...(labels && (p.built.task === 'text-classification' || p.built.task === 'token-classification') ? { labels } : {}),
    files: p.outputs,
    ...(p.generated && p.generated.length > 0 ? { generated: [...p.generated].sort() } : {}),
  };
}
