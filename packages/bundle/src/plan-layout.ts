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
  /** The ONNX target the goldens are recorded on (fp32 when there is one), paths as inside the archive. */
  target: OnnxTarget;
  /** Every bundled ONNX target, `target` first, then the weight variants in manifest order (archive paths). */
  targets: OnnxTarget[];
}

/**
 * Where each file goes in the archive.
 * - `transformers.js`: the converted folder as is (config.json, tokenizer files, onnx/model.onnx
 *   [+ model.onnx_data]) minus the TF.js target: what `@huggingface/transformers` loads from a
 *   local folder.
 * - `triton`: a model repository entry `<name>/config.pbtxt` + `<name>/<version>/model.onnx`; with
 *   external data, Triton wants a directory `<version>/model.onnx/` holding `model.onnx` and the
 *   data file (whose name the .onnx file references, so it is kept). Each weight variant is a model
 *   of its own beside it, `<name>_<dtype>/` (e.g. `sst2_q8/`), laid out the same way.
 */
export function planLayout(layout: BundleLayout, input: LayoutInput): LayoutPlan {
  const onnxTargets = orderedOnnxTargets(input.targets);
  const onnx = onnxTargets[0];
  if (!onnx)
    throw new BundleError('BUNDLE_NO_ONNX', 'the converted folder has no onnx target', {
      file: 'mlpack.json',
      pointer: '/targets',
      hint: 'convert with --to onnx',
    });
  const byPath = new Map(input.files.map((f) => [f.path, f]));
  const fileEntry = (from: string, to: string): { entry: TarEntry; file: ManifestFile } => {
    const f = byPath.get(from);
    if (!f) throw new BundleError('BUNDLE_MANIFEST_INVALID', `the target file ${from} is not listed in files`, { file: 'mlpack.json', pointer: '/files' });
    return {
      entry: { type: 'file', path: to, source: join(input.convertedDir, ...from.split('/')), size: f.size, sha256: f.sha256 },
      file: { path: to, size: f.size, sha256: f.sha256 },
    };
  };
  const placed: Array<{ entry: TarEntry; file: ManifestFile }> = [];
  let target: OnnxTarget;
  let targets: OnnxTarget[];
  if (layout === 'transformers.js') {
    // A TF.js target is its model.json plus the shards beside it: its whole directory (tfjs/).
    const tfjs = input.targets.filter((t) => t.format === 'tfjs').map((t) => t.path);
    const tfjsDirs = tfjs.map((p) => posix.dirname(p)).filter((d) => d !== '.');
    for (const f of input.files) {
      const inTfjs = tfjs.includes(f.path) || tfjsDirs.some((d) => f.path.startsWith(`${d}/`));
      if (!inTfjs) placed.push(fileEntry(f.path, f.path));
    }
    target = { ...onnx };
    targets = onnxTargets.map((t) => ({ ...t }));
  } else {
    targets = onnxTargets.map((t, i) => {
      // The goldens' target keeps the bundle's name (and the fields it always had); variants are `<name>_<dtype>`.
      const model = i === 0 ? input.name : `${input.name}_${t.dtype}`;
      const versionDir = `${model}/${input.tritonVersion}`;
      const base = t.external_data ? `${versionDir}/${TRITON_MODEL_FILE}` : versionDir;
      const modelPath = `${base}/${TRITON_MODEL_FILE}`;
      placed.push(fileEntry(t.path, modelPath));
      const placedTarget: OnnxTarget = { format: 'onnx', opset: t.opset, ir_version: t.ir_version, path: modelPath };
      if (t.external_data) {
        const dataPath = `${base}/${posix.basename(t.external_data)}`;
        placed.push(fileEntry(t.external_data, dataPath));
        placedTarget.external_data = dataPath;
      }
      if (i > 0) {
        placedTarget.dtype = t.dtype!;
        if (t.kv_cache_dtype) placedTarget.kv_cache_dtype = t.kv_cache_dtype;
        if (t.parity) placedTarget.parity = t.parity;
      }
      const bytes = Buffer.from(tritonConfig(model, signatureOf(input.signature, t), { maxBatchSize: input.maxBatchSize }), 'utf8');
      const path = `${model}/config.pbtxt`;
      placed.push({ entry: { type: 'file', path, bytes }, file: { path, size: bytes.length, sha256: sha256Bytes(bytes) } });
      return placedTarget;
    });
    target = targets[0]!;
  }
  const dirs = new Set<string>();
  for (const p of placed) {
    for (let d = posix.dirname(p.file.path); d !== '.'; d = posix.dirname(d)) dirs.add(d);
  }
  const files = placed.map((p) => p.file).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const entries: TarEntry[] = [...[...dirs].map((path): TarEntry => ({ type: 'directory', path })), ...placed.map((p) => p.entry)];
  return { entries, files, target, targets };
}

/** The ONNX targets, the fp32 one (what the goldens are recorded on) first, then the others in manifest order. */
export function orderedOnnxTargets(targets: readonly ManifestTarget[]): OnnxTarget[] {
  const onnx = targets.filter((t): t is OnnxTarget => t.format === 'onnx');
  const main = onnx.find((t) => t.dtype === undefined || t.dtype === 'fp32') ?? onnx[0];
  return main === undefined ? [] : [main, ...onnx.filter((t) => t !== main)];
}

/** The signature a target's file has: a float16 KV cache (fp16 / q4f16 decoders) changes the cache tensors' dtype. */
function signatureOf(signature: LayoutInput['signature'], t: OnnxTarget): LayoutInput['signature'] {
  if (t.kv_cache_dtype !== 'float16') return signature;
  const cache = (s: ManifestTensorSpec): ManifestTensorSpec =>
    /^(past_key_values|present)\./.test(s.name) && s.dtype === 'float32' ? { ...s, dtype: 'float16' } : s;
  return { inputs: signature.inputs.map(cache), outputs: signature.outputs.map(cache) };
}
