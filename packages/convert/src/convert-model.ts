import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { MLPACK_VERSION, describeOverlap, findOverlap, fsErrorOfCause, sha256Bytes, stageOutputDir, writeFileAtomic } from '@mlpack/core';
import type { Issue } from '@mlpack/core';
import { ArchitectureError, buildModelGraph, unusedTensors, unusedTensorsIssue } from '@mlpack/architectures';
import { describeConvertible, isConvertible, lookupFamily } from '@mlpack/families';
import type { BuiltModel } from '@mlpack/architectures';
import { readModelFolder, walkModelFolder } from '@mlpack/model';
import type { ModelFile, ModelFolder } from '@mlpack/model';
import { SharedSources } from '@mlpack/graph';
import type { Graph, WeightReader } from '@mlpack/graph';
import { emitOnnx } from '@mlpack/onnx';
import { emitTfjs } from '@mlpack/tfjs';
import { kvCacheDtype, variantGraph } from './plan-variants.js';
import type { VariantPlan } from './plan-variants.js';
import { resolveOptions } from './conversion-options.js';
import type { ConvertOptions, ResolvedOptions } from './conversion-options.js';
import { buildConversionManifest } from './conversion-manifest.js';
import type { ConversionManifest, ManifestFile, ManifestTarget, TargetParity } from './conversion-manifest.js';
import { TFJS_WEIGHT_DTYPE } from './plan-variants.js';
import { completeTokenizerFiles } from './complete-tokenizer-files.js';
import { ConvertError } from './errors.js';
import { FileHasher } from './file-hasher.js';
import { labelsOf } from './labels-of.js';
import { listFiles } from './list-files.js';

export interface ConvertResult {
  /** The output directory (absolute). */
  outDir: string;
  /** What was written as `<out>/mlpack.json`. */
  manifest: ConversionManifest;
  /** Warnings from reading the model folder, and notices about its tokenizer (`CONVERT_NOTICE_CODES`). */
  warnings: Issue[];
}

/** Files copied unchanged beside the converted model, so runtimes (transformers.js) find them. */
const COPIED_KINDS: ReadonlySet<ModelFile['kind']> = new Set(['config', 'generation-config', 'tokenizer']);
/** Files whose sha256 the manifest and the model metadata record as the conversion's source. */
const SOURCE_KINDS: ReadonlySet<ModelFile['kind']> = new Set(['config', 'generation-config', 'tokenizer', 'safetensors', 'safetensors-index']);

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
        `the model folder has ${errors.length} error(s):\n` +
          errors.map((i) => `  - ${i.message}${i.file ? ` (${i.file}${i.pointer ? `#${i.pointer}` : ''})` : ''}`).join('\n'),
        { file: modelDir, hint: 'run `mlpack validate` on the folder for the full report', cause: read.issues },
      );
    }
    const folder = read.folder;
    try {
      const task = resolveConvertTask(modelDir, folder);
      const sources = hashSources(
        modelDir,
        folder.files.filter((f) => SOURCE_KINDS.has(f.kind)),
        hasher,
      );
      progress('building graph');
      const built = withAbsoluteConfigPath(modelDir, () => buildModelGraph({ config: folder.config, weights: folder.weights, task }));
      refuseUnsupportedTargets(built, resolved.targets);
      const unused = unusedTensors(built, folder.weights, folder.config);
      const warnings = [...folder.warnings];
      if (unused.length > 0) {
        const issue = unusedTensorsIssue(unused, built.task, options.strict === true);
        if (options.strict === true) {
          throw new ArchitectureError('ARCH_UNUSED_TENSORS', issue.message, {
            tensor: unused[0],
            hint: 'convert the checkpoint with the config it was trained with, or drop --strict to convert anyway',
          });
        }
        warnings.push(issue);
      }

      const staging = await stageOutputDir(options.out, { force: options.force, inputs: [modelDir] });
      try {
        const { targets, files } = await emitTargets(staging.path, folder, built, resolved, sources, progress);
        progress('copying config and tokenizer files');
        for (const f of folder.files) {
          if (!COPIED_KINDS.has(f.kind) || f.path.includes('/')) continue;
          files.push(await copyAndHash(join(modelDir, f.path), join(staging.path, f.path), f.path));
        }
        const tokenizer = await completeTokenizerFiles(modelDir, staging.path, folder, resolve(options.out));
        files.push(...tokenizer.generated);
        progress('waiting for source file hashes');
        const sourceFiles = await sources;
        progress('writing manifest');
        const outputs = await checkOutputs(staging.path, files);
        const generated = tokenizer.generated.map((f) => f.path);
        let manifest = buildConversionManifest({ folder, built, options: resolved, sources: sourceFiles, outputs, targets, generated });
        const manifestPath = join(staging.path, 'mlpack.json');
        await writeFileAtomic(manifestPath, JSON.stringify(manifest, null, 2) + '\n');
        if (options.parityGate && (resolved.gateFp32 || resolved.dtypes.some((d) => d !== 'fp32'))) {
          progress('checking every variant against the reference (parity gates)');
          const parity = await options.parityGate({ modelDir, convertedDir: staging.path, manifest });
          manifest = { ...manifest, targets: applyParity(manifest.targets, parity, resolved.allowDegraded) };
          await writeFileAtomic(manifestPath, JSON.stringify(manifest, null, 2) + '\n');
        }
        await staging.commit();
        return { outDir: resolve(options.out), manifest, warnings: [...warnings, ...tokenizer.notices] };
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

/**
 * Bytes of source tensors the shared reader holds for variants that have not taken them yet (see
 * `SharedSources`): enough for several BERT-base layers, so the variants' writers overlap.
 */
export const SHARED_SOURCE_BYTES = 64 * 1024 * 1024;
/** Read-ahead of all emitters together when several run at once (each gets its share, at least 4 MiB). */
const TOTAL_PREFETCH_BYTES = 32 * 1024 * 1024;
const MIN_PREFETCH_BYTES = 4 * 1024 * 1024;

/**
 * Emit every variant. With more than one, the variants' emitters run at once over one
 * `SharedSources` reader, so each weight is read once and handed to every variant (fan-out);
 * a failure of one stops the others (their reads fail with the same error).
 */
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
  const graphs = o.variants.map((v) => variantGraph(built.graph, v, o));
  const fanOut = o.variants.length > 1;
  const shared = fanOut ? new SharedSources(graphs.map(emitOrder), { budgetBytes: SHARED_SOURCE_BYTES }) : undefined;
  const prefetchBytes = fanOut ? Math.max(MIN_PREFETCH_BYTES, Math.floor(TOTAL_PREFETCH_BYTES / o.variants.length)) : undefined;
  for (const d of new Set(o.variants.map((v) => v.dir))) await mkdir(join(dir, d));
  progress(`emitting ${o.variants.map(describeVariant).join(', ')}`);
  const results = await Promise.allSettled(
    o.variants.map(async (v, i) => {
      try {
        return await emitVariant(dir, v, graphs[i]!, built, o, variantMetadata(metadata, v), shared?.reader(i), prefetchBytes);
      } catch (e) {
        shared?.abort(e);
        throw e;
      } finally {
        shared?.done(i);
      }
    }),
  );
  const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) throw failed.reason;
  const targets: ManifestTarget[] = [];
  const files: ManifestFile[] = [];
  for (const r of results) {
    const { target, files: f } = (r as PromiseFulfilledResult<{ target: ManifestTarget; files: ManifestFile[] }>).value;
    targets.push(target);
    files.push(...f);
  }
  return { targets, files };
}

function describeVariant(v: VariantPlan): string {
  return v.format === 'onnx' ? `ONNX ${v.dtype} (${v.path})` : `TF.js ${v.dtype} (${v.path})`;
}

/** The order an emitter materializes a graph's initializers in: the graph's own (both emitters keep it). */
function emitOrder(graph: Graph): Graph['initializers'] {
  return graph.initializers;
}

/** fp32 keeps the metadata it always had; other variants say which they are. */
function variantMetadata(metadata: Promise<Record<string, string>>, v: VariantPlan): Promise<Record<string, string>> {
  if (v.dtype === 'fp32') return metadata;
  const m = metadata.then((x) => ({ ...x, 'mlpack.dtype': v.dtype }));
  m.catch(() => undefined);
  return m;
}

async function emitVariant(
  dir: string,
  v: VariantPlan,
  graph: Graph,
  built: BuiltModel,
  o: ResolvedOptions,
  metadata: Promise<Record<string, string>>,
  weights: WeightReader | undefined,
  prefetchBytes: number | undefined,
): Promise<{ target: ManifestTarget; files: ManifestFile[] }> {
  const shared = { ...(weights ? { weights } : {}), ...(prefetchBytes ? { prefetchBytes } : {}) };
  if (v.format === 'onnx') {
    const r = await emitOnnx(graph, {
      dir: join(dir, v.dir),
      fileName: v.fileName,
      opset: o.opset,
      externalData: o.externalData === true ? 'always' : o.externalData === false ? 'never' : 'auto',
      metadata,
      ...shared,
    });
    const external = r.files.find((f) => f.path.endsWith('.onnx_data'));
    const kvCache = kvCacheDtype(graph);
    return {
      target: {
        format: 'onnx',
        graph: built.graphs[0]!.name,
        path: v.path,
        opset: r.opset,
        ir_version: r.irVersion,
        ...(external ? { external_data: `${v.dir}/${external.path}` } : {}),
        dtype: v.dtype,
        ...(kvCache ? { kv_cache_dtype: kvCache } : {}),
      },
      files: r.files.map((f) => ({ path: `${v.dir}/${f.path}`, size: f.size, sha256: f.sha256 })),
    };
  }
  const r = await emitTfjs(graph, {
    dir: join(dir, v.dir),
    shardBytes: o.shardBytes,
    metadata,
    signature: { inputs: built.inputs, outputs: built.outputs },
    ...shared,
  });
  return {
    target: { format: 'tfjs', graph: built.graphs[0]!.name, path: v.path, weight_dtype: TFJS_WEIGHT_DTYPE[v.dtype], shard_bytes: o.shardBytes, dtype: v.dtype },
    files: r.files.map((f) => ({ path: `${v.dir}/${f.path}`, size: f.size, sha256: f.sha256 })),
  };
}

/**
 * Record each target's parity; a target that missed its gate fails the conversion (nothing is
 * committed) unless `allowDegraded`, which marks it `degraded`.
 */
function applyParity(targets: readonly ManifestTarget[], parity: Record<string, TargetParity>, allowDegraded: boolean): ManifestTarget[] {
  return targets.map((t) => {
    const p = parity[t.path];
    if (!p) {
      throw new ConvertError('CONVERT_PARITY_FAILED', `${t.path} (${t.dtype}) could not be checked against the reference`, {
        file: t.path,
        hint: 'the parity gate returned no verdict for it; run `mlpack verify` for details',
      });
    }
    if (p.ok) return { ...t, parity: p };
    if (!allowDegraded) {
      const m = p.misses?.[0];
      const what = m ? `output "${m.output}" ${m.metric} ${String(m.value)} (gate ${String(m.limit)})` : 'its gate';
      throw new ConvertError('CONVERT_PARITY_FAILED', `${t.path} (${t.dtype}) misses its parity gate: ${what}`, {
        file: t.path,
        ...(m ? { tensor: m.output } : {}),
        hint: 'this variant is not accurate enough for this model; drop it from --dtype, or keep it with --allow-degraded (recorded in mlpack.json)',
      });
    }
    return { ...t, parity: { ...p, degraded: true } };
  });
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
 * The task to build: the folder's (from `architectures[0]` or `--task`). When none can be told,
 * say first whether the family converts at all (`ARCH_UNSUPPORTED`, exit 1, with the supported
 * list): a `--task` hint is only honest for a family that converts.
 */
function resolveConvertTask(modelDir: string, folder: ModelFolder): string {
  if (folder.task !== undefined) return folder.task;
  const configPath = join(modelDir, 'config.json');
  const family = folder.family === undefined ? undefined : lookupFamily(folder.family);
  if (!isConvertible(family)) {
    const what = folder.modelType === undefined ? `architecture "${folder.architecture ?? '(none)'}"` : `model_type "${folder.modelType}"`;
    throw new ArchitectureError('ARCH_UNSUPPORTED', `${what} cannot be converted; supported model types: ${describeConvertible()}`, {
      file: configPath,
      pointer: folder.modelType === undefined ? '/architectures/0' : '/model_type',
      hint:
        family === undefined
          ? 'mlpack cannot convert this architecture yet'
          : `mlpack reads and validates ${family.modelType} folders but cannot convert them yet`,
    });
  }
  throw new ConvertError('CONVERT_INVALID_MODEL', `cannot tell the task of architecture "${folder.architecture ?? '(none)'}"`, {
    file: configPath,
    pointer: '/architectures/0',
    hint: `pass --task (${family.modelType} converts to: ${family.convert.tasks.join(', ')})`,
    exitCode: 2,
  });
}

/** Errors about config.json values name it by its full path (the builders only know "config.json"). */
function withAbsoluteConfigPath<T>(modelDir: string, build: () => T): T {
  try {
    return build();
  } catch (e) {
    if (e instanceof ArchitectureError && e.file === 'config.json') {
      throw new ArchitectureError(e.code, e.detail, {
        file: join(resolve(modelDir), 'config.json'),
        pointer: e.pointer,
        tensor: e.tensor,
        hint: e.hint,
        exitCode: e.exitCode,
        cause: e,
      });
    }
    throw e;
  }
}

/** TF.js graph models of decoder LMs (KV cache I/O) are not written yet: refuse before writing anything. */
function refuseUnsupportedTargets(built: BuiltModel, targets: readonly string[]): void {
  if (built.kind === 'decoder' && targets.includes('tfjs')) {
    throw new ConvertError('CONVERT_TARGET_UNSUPPORTED', `TF.js output is not supported for decoder models yet (${built.family}, ${built.task})`, {
      hint: 'convert with --to onnx; transformers.js and onnxruntime load the ONNX model',
    });
  }
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
