import { join, posix } from 'node:path';
import { sha256Bytes } from '@mlpack/core';
import type { ManifestFile, ManifestTarget, ManifestTensorSpec, OnnxTarget } from '@mlpack/schema';
import { BundleError } from './bundle-error.js';
import { tritonConfig } from './triton-config.js';
import type { TarEntry } from './write-tar-gz.js';

/** Directory layouts a bundle can follow. */
export const LAYOUTS = ['transformers.js', 'triton'] as const;
export type BundleLayout = (typeof LAYOUTS)[number];

/** Triton's default model file name (a file, or a directory holding model.onnx and its external data). */
const TRITON_MODEL_FILE = 'model.onnx';

export interface LayoutInput {
  /** The converted folder (files are streamed from it). */
  convertedDir: string;
  /** Its manifest's files (already checked against the folder). */
  files: readonly ManifestFile[];
  targets: readonly ManifestTarget[];
  signature: { inputs: readonly ManifestTensorSpec[]; outputs: readonly ManifestTensorSpec[] };
  /** Bundle name (Triton model directory). */
  name: string;
  /** Triton model version directory (positive integer). */
  tritonVersion: number;
  /** Triton max_batch_size. */
  maxBatchSize: number;
}

export interface LayoutPlan {
  /** Archive entries except mlpack.json (and its signature): directories and files. */
  entries: TarEntry[];
  /** The bundled files with their archive paths, sizes and sha256, sorted by path. */
  files: ManifestFile[];
  /** The ONNX target, with its paths as inside the archive. */
  target: OnnxTarget;
}

/**
 * Where each file goes in the archive.
 * - `transformers.js`: the converted folder as is (config.json, tokenizer files, onnx/model.onnx
 *   [+ model.onnx_data]) minus the TF.js target: what `@huggingface/transformers` loads from a
 *   local folder.
 * - `triton`: a model repository entry `<name>/config.pbtxt` + `<name>/<version>/model.onnx`; with
 *   external data, Triton wants a directory `<version>/model.onnx/` holding `model.onnx` and the
 *   data file (whose name the .onnx file references, so it is kept).
 */
export function planLayout(layout: BundleLayout, input: LayoutInput): LayoutPlan {
  const onnx = (input.targets.find((t): t is OnnxTarget => t.format === 'onnx' && (t.dtype === undefined || t.dtype === 'fp32')) ?? input.targets.find((t): t is OnnxTarget => t.format === 'onnx'));
  if (!onnx) throw new BundleError('BUNDLE_NO_ONNX', 'the converted folder has no onnx target', { file: 'mlpack.json', pointer: '/targets', hint: 'convert with --to onnx' });
  const byPath = new Map(input.files.map((f) => [f.path, f]));
  const fileEntry = (from: string, to: string): { entry: TarEntry; file: ManifestFile } => {
    const f = byPath.get(from);
    if (!f) throw new BundleError('BUNDLE_MANIFEST_INVALID', `the target file ${from} is not listed in files`, { file: 'mlpack.json', pointer: '/files' });
    return { entry: { type: 'file', path: to, source: join(input.convertedDir, ...from.split('/')), size: f.size, sha256: f.sha256 }, file: { path: to, size: f.size, sha256: f.sha256 } };
  };
  const placed: Array<{ entry: TarEntry; file: ManifestFile }> = [];
  let target: OnnxTarget;
  if (layout === 'transformers.js') {
    // A TF.js target is its model.json plus the shards beside it: its whole directory (tfjs/).
    const tfjs = input.targets.filter((t) => t.format === 'tfjs').map((t) => t.path);
    const tfjsDirs = tfjs.map((p) => posix.dirname(p)).filter((d) => d !== '.');
    for (const f of input.files) {
      const inTfjs = tfjs.includes(f.path) || tfjsDirs.some((d) => f.path.startsWith(`${d}/`));
      if (!inTfjs) placed.push(fileEntry(f.path, f.path));
    }
    target = { ...onnx };
  } else {
    const versionDir = `${input.name}/${input.tritonVersion}`;
    const base = onnx.external_data ? `${versionDir}/${TRITON_MODEL_FILE}` : versionDir;
    const modelPath = `${base}/${TRITON_MODEL_FILE}`;
    placed.push(fileEntry(onnx.path, modelPath));
    target = { format: 'onnx', opset: onnx.opset, ir_version: onnx.ir_version, path: modelPath };
    if (onnx.external_data) {
      const dataPath = `${base}/${posix.basename(onnx.external_data)}`;
      placed.push(fileEntry(onnx.external_data, dataPath));
      target.external_data = dataPath;
    }
    const bytes = Buffer.from(tritonConfig(input.name, input.signature, { maxBatchSize: input.maxBatchSize }), 'utf8');
    const path = `${input.name}/config.pbtxt`;
    placed.push({ entry: { type: 'file', path, bytes }, file: { path, size: bytes.length, sha256: sha256Bytes(bytes) } });
  }
  const dirs = new Set<string>();
  for (const p of placed) {
    for (let d = posix.dirname(p.file.path); d !== '.'; d = posix.dirname(d)) dirs.add(d);
  }
  const files = placed.map((p) => p.file).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const entries: TarEntry[] = [...[...dirs].map((path): TarEntry => ({ type: 'directory', path })), ...placed.map((p) => p.entry)];
  return { entries, files, target };
}
