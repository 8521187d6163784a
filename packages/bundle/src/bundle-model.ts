import { stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fsErrorOf, refuseNonRegularOutput, refuseOverlap, resolveInside, sha256Bytes } from '@mlpack/core';
import type { Issue } from '@mlpack/core';
import { readModelFolder } from '@mlpack/model';
import { DOCUMENT_KIND_INFO, readJsonDocument, validateDocument } from '@mlpack/schema';
import type { BundleManifest, ConversionManifest, MlpackGolden, OnnxTarget } from '@mlpack/schema';
import { DEFAULT_ATOL, DEFAULT_RTOL, cacheSpecOf, parseGolden } from '@mlpack/verify';
import type { CacheSpec, OutputComparison } from '@mlpack/verify';
import { BundleError } from './bundle-error.js';
import { MANIFEST_FILE, MODEL_SIGNATURE_FILE } from './bundle-files.js';
import { buildBundleManifest, serializeManifest } from './bundle-manifest.js';
import { checkFiles } from './check-files.js';
import { checkIdentity } from './check-identity.js';
import { checkSource } from './check-source.js';
import { buildIoSchema } from './io-schema.js';
import { readPrivateKey } from './keys.js';
import { makeGoldens } from './make-goldens.js';
import { judgeVariantGoldens, parityOf } from './judge-variant-goldens.js';
import type { VariantGoldenCheck } from './judge-variant-goldens.js';
import { signModel } from './model-signature.js';
import type { ModelSignatureSummary } from './model-signature.js';
import { LAYOUTS, orderedOnnxTargets, planLayout } from './plan-layout.js';
import type { BundleLayout } from './plan-layout.js';
import { DEFAULT_TRITON_MAX_BATCH_SIZE, DEFAULT_TRITON_VERSION } from './triton-config.js';
import { DEFAULT_COMPRESSION_LEVEL, MAX_TAR_MTIME, archiveOrder, checkCompressionLevel, writeTarGz } from './write-tar-gz.js';
import type { TarEntry } from './write-tar-gz.js';

export interface BundleOptions {
  /** The Hugging Face model folder the converted folder was made from (checked by sha256). */
  model: string;
  /** Bundle name, `[a-z0-9][a-z0-9._-]*`. */
  name: string;
  /** Bundle version, exact semver. */
  version: string;
  /** Output .tar.gz (default `<name>-<version>.tar.gz` in the current directory). */
  out?: string | undefined;
  /** Directory layout (default `transformers.js`). */
  layout?: BundleLayout | undefined;
  /** ECDSA P-256/384/521 private key (PEM): sign the bundle as OpenSSF Model Signing v1.0 (`model.sig`). */
  signKey?: string | undefined;
  /** mtime of every entry, seconds since the epoch (the CLI passes SOURCE_DATE_EPOCH); default 0. */
  sourceDateEpoch?: number | undefined;
  /** Triton layout: model version directory, a positive integer (default 1). */
  tritonVersion?: number | undefined;
  /** Triton layout: max_batch_size (default 8; 0 disables Triton batching). */
  maxBatchSize?: number | undefined;
  /** Parity gate and recorded tolerance: absolute (default 1e-4). */
  atol?: number | undefined;
  /** Parity gate and recorded tolerance: relative (default 1e-3). */
  rtol?: number | undefined;
  /** Replace an existing output file. */
  force?: boolean | undefined;
  /** gzip (zlib) level of the archive, 0..9 (default 9). */
  compressionLevel?: number | undefined;
  /** Limit in ms for loading the ONNX model (and each variant) in onnxruntime, and again for each run (default: verify's). */
  timeoutMs?: number | undefined;
  /** Progress callback (one call per stage), for the CLI. */
  onProgress?: ((stage: string) => void) | undefined;
}

export interface BundleResult {
  /** The written .tar.gz (absolute). */
  path: string;
  /** Its size in bytes and sha256. */
  size: number;
  sha256: string;
  /** The mlpack.json inside it. */
  manifest: BundleManifest;
  /** The signature (model.sig, OpenSSF Model Signing v1.0), when signed. */
  signature?: ModelSignatureSummary;
  /** ONNX vs reference on the golden inputs (all within tolerance, or bundling would have failed). */
  parity: OutputComparison[];
  /** Each weight variant judged on the goldens by its dtype's gate (recorded as its target's `parity`). */
  variants: VariantGoldenCheck[];
}

/**
 * Bundle a converted folder: check it against its manifest and its source model folder, prove
 * parity with the reference on deterministic inputs and record them as goldens, write mlpack.json
 * (kind `bundle`), optionally sign it, and write a deterministic .tar.gz atomically.
 */
export async function bundleModel(convertedDir: string, options: BundleOptions): Promise<BundleResult> {
  const progress = options.onProgress ?? (() => {});
  checkIdentity(options.name, options.version);
  const layout = options.layout ?? 'transformers.js';
  if (!(LAYOUTS as readonly string[]).includes(layout)) {
    throw new BundleError('BUNDLE_BAD_OPTION', `unknown layout ${JSON.stringify(layout)}`, { hint: `use ${LAYOUTS.join(' or ')}`, exitCode: 2 });
  }
  const mtime = options.sourceDateEpoch ?? 0;
  if (!Number.isSafeInteger(mtime) || mtime < 0 || mtime > MAX_TAR_MTIME) {
    throw new BundleError('BUNDLE_BAD_OPTION', `SOURCE_DATE_EPOCH ${mtime} is not an integer number of seconds in 0..${MAX_TAR_MTIME}`, { exitCode: 2 });
  }
  const tritonVersion = options.tritonVersion ?? DEFAULT_TRITON_VERSION;
  if (!Number.isSafeInteger(tritonVersion) || tritonVersion < 1) {
    throw new BundleError('BUNDLE_BAD_OPTION', `Triton version ${tritonVersion} is not a positive integer`, {
      hint: 'Triton ignores version directories that are not positive integers',
      exitCode: 2,
    });
  }
  const maxBatchSize = options.maxBatchSize ?? DEFAULT_TRITON_MAX_BATCH_SIZE;
  if (!Number.isSafeInteger(maxBatchSize) || maxBatchSize < 0) {
    throw new BundleError('BUNDLE_BAD_OPTION', `max batch size must be an integer >= 0 (got ${maxBatchSize})`, { exitCode: 2 });
  }
  if (layout !== 'triton' && (options.tritonVersion !== undefined || options.maxBatchSize !== undefined)) {
    // Checked before the slow golden step, and never silently ignored.
    throw new BundleError('BUNDLE_BAD_OPTION', 'the Triton version and max batch size apply to --layout triton only', {
      hint: 'add --layout triton, or drop --triton-version / --max-batch-size',
      exitCode: 2,
    });
  }
  const atol = options.atol ?? DEFAULT_ATOL;
  const rtol = options.rtol ?? DEFAULT_RTOL;
  for (const [k, v] of [
    ['atol', atol],
    ['rtol', rtol],
  ] as const) {
    if (!(Number.isFinite(v) && v >= 0)) throw new BundleError('BUNDLE_BAD_OPTION', `${k} must be a finite number >= 0 (got ${v})`, { exitCode: 2 });
  }
  checkCompressionLevel(options.compressionLevel ?? DEFAULT_COMPRESSION_LEVEL);
  if (options.timeoutMs !== undefined && !(Number.isFinite(options.timeoutMs) && options.timeoutMs > 0)) {
    throw new BundleError('BUNDLE_BAD_OPTION', `timeout must be a number of ms > 0 (got ${options.timeoutMs})`, { exitCode: 2 });
  }
  const out = resolve(options.out ?? `${options.name}-${options.version}.tar.gz`);
  await refuseBundleOutput(out, [convertedDir, options.model, ...(options.signKey === undefined ? [] : [options.signKey])]);
  if (!options.force && (await stat(out).catch(() => undefined))) {
    throw new BundleError('BUNDLE_OUTPUT_EXISTS', 'the output file exists', {
      file: out,
      hint: 'pass --force to replace it, or choose another -o',
      exitCode: 2,
    });
  }
  const privateKey = options.signKey === undefined ? undefined : await readPrivateKey(options.signKey);

  progress('checking the converted folder');
  const conversion = await readConversionManifest(convertedDir);
  const fileProblems = await checkFiles(convertedDir, conversion.files, { unlisted: new Set([MANIFEST_FILE]) });
  if (fileProblems.length > 0) {
    const p = fileProblems[0]!;
    const more = fileProblems.length > 1 ? ` (and ${fileProblems.length - 1} more problems)` : '';
    throw new BundleError(p.code, `${p.message}${more}`, {
      file: join(convertedDir, p.file ?? ''),
      hint: p.hint ?? 'the converted folder no longer matches its mlpack.json; convert again',
    });
  }
  const onnxTargets = orderedOnnxTargets(conversion.targets);
  const onnx = onnxTargets[0];
  if (!onnx) {
    throw new BundleError('BUNDLE_NO_ONNX', 'the converted folder has no onnx target', {
      file: join(convertedDir, MANIFEST_FILE),
      pointer: '/targets',
      hint: 'convert with --to onnx',
    });
  }

  progress('checking the source model folder');
  const read = await readModelFolder(options.model, { task: conversion.task });
  if (!read.ok || !read.folder) throw modelInvalid(options.model, read.issues);
  const folder = read.folder;
  let made: Awaited<ReturnType<typeof makeGoldens>>;
  try {
    await checkSource(options.model, folder.files, conversion.source.files);
    progress('recording goldens (reference vs ONNX parity)');
    made = await makeGoldens(folder, {
      onnxPath: resolveInside(convertedDir, onnx.path),
      task: conversion.task,
      signature: conversion.signature,
      atol,
      rtol,
      modelType: conversion.source.model_type,
      timeoutMs: options.timeoutMs,
    });
  } finally {
    await folder.close();
  }

  const variants = await checkVariants(
    convertedDir,
    onnxTargets.slice(1),
    made.golden,
    { cache: cacheSpecOf((conversion.graphs?.[0] ?? conversion.signature).inputs), modelType: conversion.source.model_type, timeoutMs: options.timeoutMs },
    progress,
  );

  progress('writing mlpack.json');
  const plan = planLayout(layout, {
    convertedDir,
    files: conversion.files,
    targets: conversion.targets,
    signature: conversion.signature,
    name: options.name,
    tritonVersion,
    maxBatchSize,
  });
  // Report each variant by its path inside the archive.
  const variantsIn = variants.map((v, i) => ({ ...v, path: plan.targets[i + 1]!.path }));
  const manifest = buildBundleManifest({
    name: options.name,
    version: options.version,
    layout,
    conversion,
    // The goldens (and their atol / rtol) are the first target's gate; each variant records its own verdict on them.
    targets: plan.targets.map((t, i) => {
      const { parity: _convertTime, ...rest } = t;
      return i === 0 ? rest : { ...rest, parity: parityOf(variants[i - 1]!) };
    }),
    files: plan.files,
    ioSchema: buildIoSchema(conversion.signature, folder.config, `${options.name} ${options.version}`),
    goldens: made.golden,
  });
  const manifestBytes = serializeManifest(manifest);
  const limit = DOCUMENT_KIND_INFO.manifest.maxBytes;
  if (manifestBytes.length > limit) {
    throw new BundleError('BUNDLE_GOLDENS_TOO_LARGE', `mlpack.json would be ${manifestBytes.length} bytes, above the ${limit}-byte manifest limit`, {
      hint: 'the goldens record every output value; models with very large outputs (e.g. fill-mask over a big vocabulary) cannot be bundled yet',
    });
  }
  const issues = validateDocument('manifest', JSON.parse(Buffer.from(manifestBytes).toString('utf8')), { file: MANIFEST_FILE }).filter(
    (i) => i.severity === 'error',
  );
  if (issues.length > 0) {
    const i = issues[0]!;
    throw new BundleError('BUNDLE_MANIFEST_INVALID', `the bundle manifest does not validate: ${i.message}`, {
      file: MANIFEST_FILE,
      pointer: i.pointer,
      hint: 'this is a bug in mlpack; please report it',
    });
  }
  // model.sig covers every file of the bundle: mlpack.json and each file it lists. ECDSA nonces are
  // random, so only this entry differs between two signings of the same bundle.
  const signed = privateKey
    ? signModel(
        options.name,
        [{ name: MANIFEST_FILE, sha256: sha256Bytes(manifestBytes) }, ...manifest.files.map((f) => ({ name: f.path, sha256: f.sha256 }))],
        privateKey,
      )
    : undefined;
  const signature = signed?.summary;
  const entries: TarEntry[] = [{ type: 'file', path: MANIFEST_FILE, bytes: manifestBytes }, ...plan.entries];
  if (signed) entries.push({ type: 'file', path: MODEL_SIGNATURE_FILE, bytes: signed.bytes });

  progress(`writing ${out}`);
  const written = await writeTarGz(out, archiveOrder(entries), { mtime, noReplace: !options.force, compressionLevel: options.compressionLevel });
  return { path: out, size: written.size, sha256: written.sha256, manifest, ...(signature ? { signature } : {}), parity: made.parity, variants: variantsIn };
}

/**
 * Every weight variant on the golden inputs, judged by its dtype's gate against the recorded
 * (reference) outputs: a miss refuses the bundle (`BUNDLE_PARITY_FAILED` naming the file, output
 * and metric) unless the conversion recorded that variant as degraded.
 */
async function checkVariants(
  convertedDir: string,
  targets: readonly OnnxTarget[],
  golden: MlpackGolden,
  run: { cache: CacheSpec | undefined; modelType: string | undefined; timeoutMs: number | undefined },
  progress: (stage: string) => void,
): Promise<VariantGoldenCheck[]> {
  if (targets.length === 0) return [];
  progress(`checking ${targets.map((t) => t.dtype).join(', ')} on the goldens (parity gates)`);
  const r = await judgeVariantGoldens(convertedDir, targets, parseGolden(golden, { file: 'goldens' }), { gates: 'current', ...run });
  const first = r.problems[0];
  if (first) {
    const more = r.problems.length > 1 ? ` (and ${r.problems.length - 1} more problems)` : '';
    throw new BundleError(first.code === 'BUNDLE_GOLDEN_MISMATCH' ? 'BUNDLE_PARITY_FAILED' : first.code, `${first.message}${more}`, {
      file: join(convertedDir, first.file ?? ''),
      ...(first.tensor ? { tensor: first.tensor } : {}),
      hint: first.hint ?? 'run `mlpack verify <model> <converted>` for the full report',
    });
  }
  return r.checks;
}

/**
 * Before any slow step: the archive path may not be, contain or lie inside an input (the converted
 * folder, the model folder, the key), must be a regular file if it exists, and its directory must
 * exist.
 */
async function refuseBundleOutput(out: string, inputs: readonly string[]): Promise<void> {
  await refuseOverlap(out, inputs, { what: 'an archive path (-o)' });
  await refuseNonRegularOutput(out);
  const parent = await stat(dirname(out)).catch((e: unknown) => {
    throw fsErrorOf(e, { path: dirname(out), action: "the archive's directory" }) ?? e;
  });
  if (!parent.isDirectory()) throw fsErrorOf(Object.assign(new Error('ENOTDIR'), { code: 'ENOTDIR' }), { path: out, action: "the archive's directory" })!;
}

async function readConversionManifest(convertedDir: string): Promise<ConversionManifest> {
  const path = join(convertedDir, MANIFEST_FILE);
  const r = await readJsonDocument(path, 'manifest').catch((cause: unknown) => {
    throw new BundleError('BUNDLE_MANIFEST_INVALID', `cannot read ${MANIFEST_FILE}`, {
      file: path,
      cause,
      hint: 'pass the output folder of `mlpack convert`',
      exitCode: 2,
    });
  });
  if (!r.ok) {
    const first = r.issues[0]!;
    throw new BundleError('BUNDLE_MANIFEST_INVALID', `${first.message}${r.issues.length > 1 ? ` (and ${r.issues.length - 1} more problems)` : ''}`, {
      file: path,
      pointer: first.pointer,
      hint: first.hint ?? 'mlpack.json is written by `mlpack convert`; convert again',
    });
  }
  if (r.value.kind !== 'conversion') {
    throw new BundleError('BUNDLE_MANIFEST_INVALID', `mlpack.json is of kind "${r.value.kind}", not "conversion"`, {
      file: path,
      pointer: '/kind',
      hint: 'bundle the output folder of `mlpack convert`, not an unpacked bundle',
      exitCode: 2,
    });
  }
  return r.value;
}

function modelInvalid(modelDir: string, issues: Issue[]): BundleError {
  const errors = issues.filter((i) => i.severity === 'error');
  const first = errors[0];
  return new BundleError(
    'BUNDLE_MODEL_INVALID',
    first
      ? `${first.code}: ${first.message}${errors.length > 1 ? ` (and ${errors.length - 1} more errors; run \`mlpack validate\`)` : ''}`
      : 'the model folder cannot be read',
    { file: first?.file ? join(modelDir, first.file) : modelDir, pointer: first?.pointer, hint: first?.hint },
  );
}
