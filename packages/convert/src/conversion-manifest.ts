import { MLPACK_VERSION } from '@mlpack/core';
import type { BuiltModel, IoSpec } from '@mlpack/architectures';
import type { ModelFolder } from '@mlpack/model';
import type { ResolvedOptions } from './conversion-options.js';
import { labelsOf } from './labels-of.js';

export interface ManifestFile {
  /** Relative, `/`-separated. */
  path: string;
  size: number;
  sha256: string;
}

export type ManifestTarget =
  | { format: 'onnx'; path: string; opset: number; ir_version: number; external_data?: string }
  | { format: 'tfjs'; path: string; weight_dtype: 'float32' | 'float16'; shard_bytes: number };

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
  const options: Record<string, unknown> = { targets: p.options.targets };
  if (p.options.targets.includes('onnx')) {
    options.opset = p.options.opset;
    options.external_data = p.options.externalData;
  }
  if (p.options.targets.includes('tfjs')) {
    options.tfjs_dtype = p.options.tfjsDtype;
    options.shard_bytes = p.options.shardBytes;
  }
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
    signature: { inputs: p.built.inputs, outputs: p.built.outputs },
    ...(labels && (p.built.task === 'text-classification' || p.built.task === 'token-classification') ? { labels } : {}),
    files: p.outputs,
    ...(p.generated && p.generated.length > 0 ? { generated: [...p.generated].sort() } : {}),
  };
}
