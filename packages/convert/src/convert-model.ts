import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { MLPACK_VERSION, describeOverlap, findOverlap, fsErrorOfCause, sha256Bytes, stageOutputDir, writeFileAtomic } from '@mlpack/core';
import type { Issue } from '@mlpack/core';
import { buildModelGraph } from '@mlpack/architectures';
import type { BuiltModel } from '@mlpack/architectures';
import { readModelFolder, walkModelFolder } from '@mlpack/model';
import type { ModelFile, ModelFolder } from '@mlpack/model';
import { emitOnnx } from '@mlpack/onnx';
import { emitTfjs } from '@mlpack/tfjs';
import { resolveOptions } from './conversion-options.js';
import type { ConvertOptions, ResolvedOptions } from './conversion-options.js';
import { buildConversionManifest } from './conversion-manifest.js';
import type { ConversionManifest, ManifestFile, ManifestTarget } from './conversion-manifest.js';
import { ConvertError } from './errors.js';
import { FileHasher } from './file-hasher.js';
import { labelsOf } from './labels-of.js';
import { listFiles } from './list-files.js';

export interface ConvertResult {
  /** The output directory (absolute). */
  outDir: string;
  /** What was written as `<out>/mlpack.json`. */
  manifest: ConversionManifest;
  /** Warnings from reading the model folder. */
  warnings: Issue[];
}

/** Files copied unchanged beside the converted model, so runtimes (transformers.js) find them. */
const COPIED_KINDS: ReadonlySet<ModelFile['kind']> = new Set(['config', 'generation-config', 'tokenizer']);
/** Files whose sha256 the manifest and the model metadata record as the conversion's source. */
const SOURCE_KINDS: ReadonlySet<ModelFile['kind']> = new Set([
  'config',
  'generation-config',
  'tokenizer',
  'safetensors',
  'safetensors-index',
]);

/**
 * Convert a Hugging Face model folder: validate it, build the graph from config + safetensors, emit
 * each target into a temp dir beside `out`, copy config and tokenizer files, write `mlpack.json`,
 * then rename the temp dir into place. Any failure leaves no `out` behind (or the old one, untouched).
 *
 * The source files are hashed on a worker thread while the rest runs (the hashes are only needed
 * for the metadata inside the models and for the manifest); output files are hashed by the
 * emitters as they write them, so no file is read back.
 */
export async function convertModel(modelDir: string, options: ConvertOptions): Promise<ConvertResult> {
  const resolved = resolveOptions(options);
  await refuseOverlap(modelDir, options.out);
  const progress = options.onProgress ?? (() => {});

  const hasher = new FileHasher();
  try {
    progress('reading model folder');
    await hashAhead(modelDir, hasher);
    const read = await readModelFolder(modelDir, { task: options.task });
    if (!read.ok || !read.folder) {
      const errors = read.issues.filter((i) => i.severity === 'error');
      throw new ConvertError(
        'CONVERT_INVALID_MODEL',
        `the model folder has ${errors.length} error(s):\n` + errors.map((i) => `  - ${i.message}${i.file ? ` (${i.file}${i.pointer ? `#${i.pointer}` : ''})` : ''}`).join('\n'),
        { file: modelDir, hint: 'run `mlpack validate` on the folder for the full report', cause: read.issues },
      );
    }
    const folder = read.folder;
    try {
      const task = folder.task;
      if (task === undefined) {
        throw new ConvertError('CONVERT_INVALID_MODEL', `cannot tell the task of architecture "${folder.architecture ?? '(none)'}"`, {
          file: join(modelDir, 'config.json'),
          pointer: '/architectures/0',
          hint: 'pass --task (e.g. --task feature-extraction)',
          exitCode: 2,
        });
      }
      const sources = hashSources(modelDir, folder.files.filter((f) => SOURCE_KINDS.has(f.kind)), hasher);
      progress('building graph');
      const built = buildModelGraph({ config: folder.config, weights: folder.weights, task });

      const staging = await stageOutputDir(options.out, { force: options.force, inputs: [modelDir] });
      try {
        const { targets, files } = await emitTargets(staging.path, folder, built, resolved, sources, progress);
        progress('copying config and tokenizer files');
        for (const f of folder.files) {
          if (!COPIED_KINDS.has(f.kind) || f.path.includes('/')) continue;
          files.push(await copyAndHash(join(modelDir, f.path), join(staging.path, f.path), f.path));
        }
        progress('waiting for source file hashes');
        const sourceFiles = await sources;
        progress('writing manifest');
        const outputs = await checkOutputs(staging.path, files);
        const manifest = buildConversionManifest({ folder, built, options: resolved, sources: sourceFiles, outputs, targets });
        await writeFileAtomic(join(staging.path, 'mlpack.json'), JSON.stringify(manifest, null, 2) + '\n');
        await staging.commit();
        return { outDir: resolve(options.out), manifest, warnings: folder.warnings };
      } catch (e) {
        await staging.abort();
        throw fsErrorOfCause(e, { path: options.out, action: 'writing the conversion' }) ?? e;
      }
    } finally {
      await folder.close();
    }
  } finally {
    await hasher.close();
  }
}

/**
 * Start hashing the source files the folder walk vets (regular files inside the folder, links not
 * escaping it) before `readModelFolder` has parsed and validated anything: hashing the weights is
 * the longest single job of a conversion, and the folder validation (schema compilation) is
 * CPU work on this thread that it can run beside. A folder that then fails validation only cost
 * some hashing, which `close()` interrupts; nothing is read that `readModelFolder` would refuse
 * to open. A walk that fails is left for `readModelFolder` to report.
 */
async function hashAhead(modelDir: string, hasher: FileHasher): Promise<void> {
  const walk = await walkModelFolder(modelDir).catch(() => undefined);
  for (const f of walk?.files ?? []) {
    if (SOURCE_KINDS.has(f.kind) && f.regular) void hasher.hash(join(modelDir, ...f.path.split('/')));
  }
}

/** The manifest's source entries, sorted by path, as the hasher delivers them (marked handled: awaited later). */
function hashSources(root: string, files: readonly ModelFile[], hasher: FileHasher): Promise<ManifestFile[]> {
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const result = Promise.all(
    sorted.map(async (f): Promise<ManifestFile> => {
      const { size, sha256 } = await hasher.hash(join(root, ...f.path.split('/')));
      return { path: f.path, size, sha256 };
    }),
  );
  result.catch(() => undefined);
  return result;
}

/** Copy a config or tokenizer file (small: kilobytes to a few MB) and hash the copy. */
async function copyAndHash(from: string, to: string, path: string): Promise<ManifestFile> {
  await copyFile(from, to);
  const bytes = await readFile(to);
  return { path, size: bytes.length, sha256: sha256Bytes(bytes) };
}

/**
 * The output entries, sorted by path, after checking that they name exactly the files in `dir`
 * (a cheap directory listing: the manifest must list every output file, and only those).
 */
async function checkOutputs(dir: string, files: readonly ManifestFile[]): Promise<ManifestFile[]> {
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const listed = (await listFiles(dir)).map((f) => f.path);
  const reported = sorted.map((f) => f.path);
  if (listed.length !== reported.length || listed.some((p, i) => p !== reported[i])) {
    throw new ConvertError('CONVERT_OUTPUT_MISMATCH', `the output holds [${listed.join(', ')}] but the emitters reported [${reported.join(', ')}]`, {
      file: dir,
      hint: 'this is a bug in mlpack; please report it',
    });
  }
  return sorted;
}

async function emitTargets(
  dir: string,
  folder: ModelFolder,
  built: BuiltModel,
  o: ResolvedOptions,
  sources: Promise<ManifestFile[]>,
  progress: (stage: string) => void,
): Promise<{ targets: ManifestTarget[]; files: ManifestFile[] }> {
  // A promise: each emitter reads and writes weights while the source hashes are still being computed.
  const metadata = sources.then((s) => modelMetadata(folder, built, s));
  metadata.catch(() => undefined);
  const targets: ManifestTarget[] = [];
  const files: ManifestFile[] = [];
  for (const target of o.targets) {
    if (target === 'onnx') {
      progress(`emitting ONNX (opset ${o.opset})`);
      await mkdir(join(dir, 'onnx'));
      const r = await emitOnnx(built.graph, {
        dir: join(dir, 'onnx'),
        opset: o.opset,
        externalData: o.externalData === true ? 'always' : o.externalData === false ? 'never' : 'auto',
        metadata,
      });
      files.push(...r.files.map((f) => ({ path: `onnx/${f.path}`, size: f.size, sha256: f.sha256 })));
      const external = r.files.find((f) => f.path.endsWith('.onnx_data'));
      targets.push({
        format: 'onnx',
        path: 'onnx/model.onnx',
        opset: r.opset,
        ir_version: r.irVersion,
        ...(external ? { external_data: `onnx/${external.path.split('/').pop()}` } : {}),
      });
    } else {
      progress(`emitting TF.js (${o.tfjsDtype} weights, ${o.shardBytes}-byte shards)`);
      await mkdir(join(dir, 'tfjs'));
      const r = await emitTfjs(built.graph, {
        dir: join(dir, 'tfjs'),
        shardBytes: o.shardBytes,
        weightDtype: o.tfjsDtype,
        metadata,
        signature: { inputs: built.inputs, outputs: built.outputs },
      });
      files.push(...r.files.map((f) => ({ path: `tfjs/${f.path}`, size: f.size, sha256: f.sha256 })));
      targets.push({ format: 'tfjs', path: 'tfjs/model.json', weight_dtype: o.tfjsDtype, shard_bytes: o.shardBytes });
    }
  }
  return { targets, files };
}

/** Version metadata carried inside each emitted model (ONNX metadata_props, TF.js userDefinedMetadata). */
function modelMetadata(folder: ModelFolder, built: BuiltModel, sources: ManifestFile[]): Record<string, string> {
  const m: Record<string, string> = {
    'mlpack.version': MLPACK_VERSION,
    'mlpack.task': built.task,
    'mlpack.family': built.family,
    'mlpack.source_sha256': JSON.stringify(Object.fromEntries(sources.map((s) => [s.path, s.sha256]))),
  };
  if (folder.modelType) m.model_type = folder.modelType;
  if (folder.architecture) m.architecture = folder.architecture;
  const labels = labelsOf(folder.config);
  if (labels) m.id2label = JSON.stringify(labels);
  const tv = folder.config.transformers_version;
  if (typeof tv === 'string') m.transformers_version = tv;
  return m;
}

/**
 * `--out` that is, contains or lies inside the model folder (by real path and device + inode, so
 * through symlinks and bind mounts too) would let `--force` delete the input or mix the output
 * into it.
 */
async function refuseOverlap(modelDir: string, out: string): Promise<void> {
  const overlap = await findOverlap(out, [modelDir]);
  if (overlap) {
    throw new ConvertError('CONVERT_OUT_OVERLAPS_INPUT', `--out ${out}: ${describeOverlap(overlap)}`, {
      file: out,
      hint: 'write the conversion to a separate directory, e.g. --out out/model',
      exitCode: 2,
    });
  }
}
