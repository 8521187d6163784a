/**
 * Test fixture: lay out a converted folder the way `mlpack convert` does (onnx/model.onnx,
 * tfjs/model.json + shards, mlpack.json with targets, signature and file hashes).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { MLPACK_VERSION, sha256Bytes } from '@mlpack/core';
import type { ManifestTensorSpec, MlpackManifest, TfjsTarget } from '@mlpack/schema';

export interface ConvertedDirSpec {
  modelType: string;
  architecture: string;
  task: string;
  /** ONNX model bytes (written to onnx/model.onnx). */
  onnx?: Uint8Array;
  /** TF.js files by name (written under tfjs/; model.json among them), and the weight dtype. */
  tfjs?: { files: Record<string, Uint8Array | string>; weightDtype: TfjsTarget['weight_dtype'] };
  inputs: string[];
  outputs: Array<{ name: string; shape: Array<number | string> }>;
}

export async function writeConvertedDir(dir: string, spec: ConvertedDirSpec): Promise<MlpackManifest> {
  const files: Record<string, Uint8Array | string> = {};
  if (spec.onnx) files['onnx/model.onnx'] = spec.onnx;
  for (const [name, bytes] of Object.entries(spec.tfjs?.files ?? {})) files[`tfjs/${name}`] = bytes;
  for (const [rel, bytes] of Object.entries(files)) {
    await mkdir(dirname(join(dir, rel)), { recursive: true });
    await writeFile(join(dir, rel), bytes);
  }
  const inputs: ManifestTensorSpec[] = spec.inputs.map((name) => ({ name, dtype: 'int64', shape: ['batch_size', 'sequence_length'] }));
  const manifest: MlpackManifest = {
    manifest_version: 1,
    kind: 'conversion',
    tool: { name: 'mlpack', version: MLPACK_VERSION },
    source: { model_type: spec.modelType, architecture: spec.architecture, task: spec.task, files: [] },
    task: spec.task,
    options: {},
    targets: [
      ...(spec.onnx ? [{ format: 'onnx' as const, opset: 17, ir_version: 8, path: 'onnx/model.onnx' }] : []),
      ...(spec.tfjs ? [{ format: 'tfjs' as const, path: 'tfjs/model.json', weight_dtype: spec.tfjs.weightDtype, shard_bytes: 4194304 }] : []),
    ],
    signature: { inputs, outputs: spec.outputs.map((o) => ({ name: o.name, dtype: 'float32', shape: o.shape })) },
    files: Object.keys(files)
      .sort()
      .map((path) => {
        const b = files[path]!;
        return { path, size: typeof b === 'string' ? Buffer.byteLength(b) : b.byteLength, sha256: sha256Bytes(b) };
      }),
  };
  await writeFile(join(dir, 'mlpack.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}
