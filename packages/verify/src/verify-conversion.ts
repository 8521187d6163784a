import { join } from 'node:path';
import { MlpackError, UsageError, resolveInside } from '@mlpack/core';
import type { HostTensor, HostTensorMap, Issue } from '@mlpack/core';
import { readModelFolder } from '@mlpack/model';
import type { ModelFolder } from '@mlpack/model';
import { referenceSupport } from '@mlpack/reference';
import type { EncoderTask } from '@mlpack/reference';
import { readJsonDocument } from '@mlpack/schema';
import type { ManifestTarget, MlpackManifest } from '@mlpack/schema';
import { compareOutputs } from './compare-outputs.js';
import { isDecoderSignature } from './decoder-batch.js';
import { verifyDecoderConversion } from './verify-decoder.js';
import type { OutputComparison } from './compare-outputs.js';
import { PARITY_GATES, gateTolerance, judgeVariant } from './parity-gates.js';
import type { VariantDType } from './parity-gates.js';
import { gateMissed } from './gate-missed.js';
import { checkFolderTokenizers } from './check-folder-tokenizers.js';
import { alignGoldenOutputs, readGolden } from './goldens.js';
import type { Golden } from './goldens.js';
import { makeInputs } from './make-inputs.js';
import { tokenizerFilesOf } from '@mlpack/tokenizers';
import { ORT_MAX_THREADS } from './onnx-runner.js';
import { checkConvertedFolder } from './check-converted-folder.js';
import { createIsolatedOnnxRunner } from './isolated-onnx-runner.js';
import { checkOnnxOps } from './onnx-op-allowlist.js';
import { createReferenceRunner } from './reference-runner.js';
import type { Runner } from './runner.js';
import { createTfjsRunner } from './tfjs-runner.js';
import { checkToleranceOverrides, float32Tolerance, goldenTolerance, tfjsTolerance } from './tolerances.js';
import type { Tolerance } from './tolerances.js';
import { VerifyError } from './verify-error.js';
import { isVariantTarget, variantDtype } from './variant-targets.js';
import type { VariantReport, VerifyAgainst, VerifyComparison, VerifyProblem, VerifyReport, VerifyTargetName } from './verify-report.js';

/** The manifest file of a converted folder. */
export const MANIFEST_FILE = 'mlpack.json';

/** Order targets are run, compared and reported in. */
const TARGET_ORDER = ['onnx', 'tfjs'] as const;

export interface VerifyOptions {
  /** Targets to verify: one format, or `all` (every target the manifest lists; default). */
  target?: 'onnx' | 'tfjs' | 'all';
  /** Golden file (mlpack-golden or legacy reference_*.json): its inputs replace generated ones. */
  golden?: string | undefined;
  /** Absolute tolerance for every comparison (default: per target, see README). */
  atol?: number | undefined;
  /** Relative tolerance for every comparison (default: per target, see README). */
  rtol?: number | undefined;
  /** Texts to encode instead of the built-in ones (models with a usable tokenizer: tokenizer.json, vocab.txt, vocab.json + merges.txt). */
  texts?: readonly string[] | undefined;
  /** Rows of generated inputs (>= 2). */
  batch?: number | undefined;
  /** Seed of random ids (models without a usable tokenizer). */
  seed?: number | undefined;
  /** onnxruntime intra-op threads (1..2). */
  intraOpNumThreads?: number | undefined;
  /** Decoders: tokens greedily decoded and compared step by step (default 16). */
  maxNewTokens?: number | undefined;
  /** Limit in ms for loading the ONNX model and for running it (default DEFAULT_INFERENCE_TIMEOUT_MS). */
  timeoutMs?: number | undefined;
}

/**
 * Check that a converted folder computes what the original model computes: run the independent
 * reference once, run each target, compare every output (targets vs reference, tfjs vs onnx, and
 * everything vs a golden when given). Failures of a target or a comparison go into the report
 * (`ok: false`); only unusable input (bad model folder or manifest, bad options) throws.
 */
export async function verifyConversion(modelDir: string, convertedDir: string, options: VerifyOptions = {}): Promise<VerifyReport> {
  checkToleranceOverrides(options);
  const requested = options.target ?? 'all';
  if (!['onnx', 'tfjs', 'all'].includes(requested)) {
    throw new UsageError(`--target must be onnx, tfjs or all (got ${String(requested)})`);
  }
  if (options.golden !== undefined) {
    const clash = (['texts', 'batch', 'seed'] as const).filter((k) => options[k] !== undefined);
    if (clash.length > 0) {
      throw new UsageError(`--golden supplies the inputs; ${clash.map((k) => (k === 'texts' ? '--text' : `--${k}`)).join(', ')} cannot be used with it`);
    }
  }
  const threads = options.intraOpNumThreads;
  if (threads !== undefined && !(Number.isSafeInteger(threads) && threads >= 1 && threads <= ORT_MAX_THREADS)) {
    throw new UsageError(`intraOpNumThreads must be 1..${ORT_MAX_THREADS} (got ${threads})`);
  }
  const manifest = await readManifest(convertedDir);
  await checkConvertedFolder(convertedDir, manifest.files, MANIFEST_FILE);
  const targets = selectTargets(manifest, requested, convertedDir);
  const golden = options.golden === undefined ? undefined : await readGolden(options.golden);

  const read = await readModelFolder(modelDir, { task: manifest.task });
  if (!read.ok || !read.folder) throw modelInvalid(modelDir, read.issues);
  const folder = read.folder;
  const errors: VerifyProblem[] = [];
  const warnings: VerifyProblem[] = [];
  const runners: Runner[] = [];
  try {
    const task = manifest.task;
    warnings.push(...sourceMismatches(manifest, folder));
    const inputNames = manifest.signature.inputs.map((i) => i.name);
    if (isDecoderSignature(inputNames)) {
      return await verifyDecoderConversion({ modelDir, convertedDir, manifest, folder, targets, golden, options, warnings });
    }
    const outputNames = manifest.signature.outputs.map((o) => o.name).sort();
    const made = golden ? goldenInputs(golden, inputNames) : await generatedInputs(folder, inputNames, options);
    if (made.source === 'tokenizer') warnings.push(...(await checkFolderTokenizers(folder, made.texts)));
    for (const name of made.ignored ?? []) {
      warnings.push({
        code: 'VERIFY_INPUT_IGNORED',
        message: `the golden's input "${name}" is not fed: the converted model does not take it`,
        file: golden?.file,
        tensor: name,
        hint: 'comparisons against the golden may fail if it was computed with non-default values of this input',
      });
    }

    const defaultTol = float32Tolerance(options);
    const tfjsTarget = targets.find((t) => t.format === 'tfjs' && !isVariantTarget(t)) ?? targets.find((t) => t.format === 'tfjs');
    const tolerances: VerifyReport['tolerances'] = { default: defaultTol };
    if (tfjsTarget?.format === 'tfjs') {
      tolerances.tfjs = { ...tfjsTolerance(tfjsTarget.weight_dtype, options), weight_dtype: tfjsTarget.weight_dtype };
    }
    if (golden) tolerances.golden = goldenTolerance(defaultTol, golden, options);
    const tolOf = (target: VerifyTargetName): Tolerance => (target === 'tfjs' && tolerances.tfjs ? tolerances.tfjs : defaultTol);

    // The witness, run once.
    let reference: HostTensorMap | undefined;
    const support = referenceSupport(folder.config, task);
    if (!support.ok) {
      const problem: VerifyProblem = {
        code: 'VERIFY_REFERENCE_UNSUPPORTED',
        message: `no reference forward pass for this model: ${support.reason}`,
        hint: golden ? 'the targets are compared with the golden only' : 'pass --golden with expected outputs recorded elsewhere',
      };
      (golden ? warnings : errors).push(problem);
    } else {
      try {
        const runner = createReferenceRunner({ config: folder.config, weights: folder.weights, task: task as EncoderTask });
        runners.push(runner);
        reference = await runner.run(made.inputs);
      } catch (e) {
        errors.push(problemOf(e, 'reference', 'VERIFY_REFERENCE_FAILED'));
      }
    }

    // Each target.
    const results = new Map<string, HostTensorMap>();
    for (const target of targets) {
      const name = target.format;
      try {
        const path = resolveInside(convertedDir, target.path);
        const runner =
          target.format === 'onnx'
            ? await checkOnnxOps(path, manifest.source.model_type).then(() =>
                createIsolatedOnnxRunner(path, { intraOpNumThreads: options.intraOpNumThreads, timeoutMs: options.timeoutMs }),
              )
            : await createTfjsRunner(path);
        runners.push(runner);
        results.set(target.path, await runner.run(made.inputs));
      } catch (e) {
        errors.push({
          ...problemOf(e, name, name === 'onnx' ? 'ORT_RUN_FAILED' : 'TFJS_RUN_FAILED'),
          ...(isVariantTarget(target) ? { file: target.path } : {}),
        });
      }
    }

    const comparisons: VerifyComparison[] = [];
    const compare = (
      target: VerifyTargetName,
      against: VerifyAgainst,
      actual: HostTensorMap,
      expected: HostTensorMap,
      outputs: readonly string[],
      tol: Tolerance,
      dtype?: VariantDType,
    ): OutputComparison[] => {
      const r = compareOutputs(actual, expected, { ...tol, outputs });
      for (const m of r.missing) {
        errors.push({
          target,
          code: 'VERIFY_OUTPUT_MISSING',
          message:
            m.side === 'actual'
              ? `${target}${dtype ? ` ${dtype}` : ''} did not produce output "${m.output}"`
              : `${against} has no output "${m.output}" to compare ${target} with`,
          tensor: m.output,
        });
      }
      for (const c of r.comparisons) {
        const { output, ...metrics } = c;
        comparisons.push({ target, ...(dtype ? { dtype } : {}), against, output, atol: tol.atol, rtol: tol.rtol, ...metrics });
      }
      return r.comparisons;
    };
    // The fp32 models as before (elementwise tolerances); every other variant through its dtype's gate.
    const plain = (format: 'onnx' | 'tfjs'): ManifestTarget | undefined => targets.find((t) => t.format === format && !isVariantTarget(t));
    for (const name of TARGET_ORDER) {
      const t = plain(name);
      const out = t && results.get(t.path);
      if (out && reference) compare(name, 'reference', out, reference, outputNames, tolOf(name));
    }
    const variants: VariantReport[] = [];
    for (const t of targets.filter(isVariantTarget)) {
      const out = results.get(t.path);
      if (!out || !reference) continue;
      const dtype = variantDtype(t);
      const gate = PARITY_GATES[dtype];
      const before = comparisons.length;
      const compared = compare(t.format, 'reference', out, reference, outputNames, gateTolerance(gate), dtype);
      const verdict = judgeVariant(compared, out, gate);
      const degraded = t.parity?.degraded === true;
      // The gate decides, not the elementwise check alone.
      for (const c of comparisons.slice(before)) c.ok = !verdict.misses.some((m) => m.output === c.output);
      if (!verdict.ok && !degraded) errors.push(gateMissed(t.format, t.path, dtype, verdict.misses));
      if (!verdict.ok && degraded) {
        for (const c of comparisons.slice(before)) c.ok = true;
        warnings.push({
          target: t.format,
          code: 'VERIFY_DEGRADED',
          message: `${t.path} (${dtype}) misses its parity gate and is recorded as degraded in mlpack.json`,
          file: t.path,
          hint: 'it was kept with --allow-degraded; convert without that variant for a folder where everything passes',
        });
      }
      variants.push({ target: t.format, dtype, path: t.path, ...verdict, ...(degraded ? { degraded: true as const } : {}) });
    }
    const onnxPlain = plain('onnx');
    const tfjsPlain = plain('tfjs');
    const onnxOut = onnxPlain && results.get(onnxPlain.path);
    const tfjsOut = tfjsPlain && results.get(tfjsPlain.path);
    if (onnxOut && tfjsOut) compare('tfjs', 'onnx', tfjsOut, onnxOut, outputNames, tolOf('tfjs'));
    if (golden) {
      const goldenOutputs = Object.keys(golden.outputs).sort();
      const unknown = goldenOutputs.filter((o) => !outputNames.includes(o));
      for (const o of unknown) {
        errors.push({
          code: 'VERIFY_OUTPUT_MISSING',
          message: `the golden expects output "${o}", which the converted model does not have`,
          tensor: o,
          file: golden.file,
        });
      }
      const checked = goldenOutputs.filter((o) => outputNames.includes(o));
      if (reference) compare('reference', 'golden', reference, alignGoldenOutputs(golden.outputs, reference), checked, tolerances.golden!);
      for (const name of TARGET_ORDER) {
        const t = plain(name);
        const out = t && results.get(t.path);
        if (!out) continue;
        const tol = goldenTolerance(tolOf(name), golden, options, name === 'tfjs' && tolerances.tfjs?.weight_dtype === 'float16');
        compare(name, 'golden', out, alignGoldenOutputs(golden.outputs, out), checked, tol);
      }
    }
    if (comparisons.length === 0 && errors.length === 0) {
      errors.push({ code: 'VERIFY_NO_TARGETS', message: 'nothing was compared', hint: 'give a golden or verify a model the reference supports' });
    }
    return {
      ok: errors.length === 0 && comparisons.length > 0 && comparisons.every((c) => c.ok),
      model_dir: modelDir,
      converted_dir: convertedDir,
      task,
      inputs: {
        source: made.source,
        ...(made.texts ? { texts: made.texts } : {}),
        ...(made.textPairs ? { text_pairs: made.textPairs } : {}),
        ...(made.tokenizerFiles ? { tokenizer_files: made.tokenizerFiles } : {}),
        ...(made.seed !== undefined ? { seed: made.seed } : {}),
        shapes: Object.fromEntries(
          Object.keys(made.inputs)
            .sort()
            .map((k) => [k, [...made.inputs[k]!.dims]]),
        ),
      },
      tolerances,
      comparisons,
      ...(variants.length > 0 ? { variants } : {}),
      errors,
      warnings,
    };
  } finally {
    for (const r of runners) await r.dispose().catch(() => undefined);
    await folder.close();
  }
}

interface ChosenInputs {
  source: 'tokenizer' | 'random' | 'golden';
  texts?: string[];
  /** Second segment of each row, null for single sentences (only when sentence-pair rows were added). */
  textPairs?: (string | null)[];
  /** Names of the files the tokenizer was built from (tokenizer inputs only). */
  tokenizerFiles?: string[];
  seed?: number;
  inputs: HostTensorMap;
  /** Golden inputs the model does not take, that hold something other than the default (0 / 1 for masks). */
  ignored?: string[];
}

async function readManifest(convertedDir: string): Promise<MlpackManifest> {
  const path = join(convertedDir, MANIFEST_FILE);
  const r = await readJsonDocument(path, 'manifest').catch((cause: unknown) => {
    throw new VerifyError('VERIFY_MANIFEST_INVALID', `cannot read ${MANIFEST_FILE}`, {
      file: path,
      cause,
      hint: 'pass the output folder of `mlpack convert`',
      exitCode: 2,
    });
  });
  if (!r.ok) {
    const first = r.issues[0]!;
    throw new VerifyError('VERIFY_MANIFEST_INVALID', `${first.message}${r.issues.length > 1 ? ` (and ${r.issues.length - 1} more problems)` : ''}`, {
      file: first.file ?? path,
      pointer: first.pointer,
      hint: first.hint ?? 'mlpack.json is written by `mlpack convert`; convert again',
    });
  }
  return r.value;
}

function selectTargets(manifest: MlpackManifest, requested: 'onnx' | 'tfjs' | 'all', convertedDir: string): ManifestTarget[] {
  const present = TARGET_ORDER.flatMap((f) => manifest.targets.filter((t) => t.format === f));
  if (requested === 'all') {
    if (present.length === 0) {
      throw new VerifyError('VERIFY_NO_TARGETS', 'the manifest lists no onnx or tfjs target', { file: join(convertedDir, MANIFEST_FILE), pointer: '/targets' });
    }
    return present;
  }
  const chosen = present.filter((t) => t.format === requested);
  if (chosen.length === 0) {
    throw new VerifyError('VERIFY_TARGET_MISSING', `the converted folder has no ${requested} target`, {
      file: join(convertedDir, MANIFEST_FILE),
      pointer: '/targets',
      hint: `present: ${present.map((t) => t.format).join(', ') || 'none'}; convert with --to ${requested} or pick another --target`,
      exitCode: 2,
    });
  }
  return chosen;
}

/**
 * Cheap signs that the model folder is not the one that was converted (model_type, architecture,
 * sizes of the source files the manifest records): warnings, since the comparisons will tell.
 */
function sourceMismatches(manifest: MlpackManifest, folder: ModelFolder): VerifyProblem[] {
  const out: VerifyProblem[] = [];
  const src = manifest.source;
  const hint = 'pass the model folder this conversion was made from';
  if (folder.modelType !== undefined && src.model_type !== folder.modelType) {
    out.push({
      code: 'VERIFY_SOURCE_MISMATCH',
      message: `converted from model_type "${src.model_type}", the model folder has "${folder.modelType}"`,
      pointer: '/source/model_type',
      hint,
    });
  }
  if (folder.architecture !== undefined && src.architecture !== folder.architecture) {
    out.push({
      code: 'VERIFY_SOURCE_MISMATCH',
      message: `converted from architecture "${src.architecture}", the model folder has "${folder.architecture}"`,
      pointer: '/source/architecture',
      hint,
    });
  }
  const sizes = new Map(folder.files.map((f) => [f.path, f.size]));
  src.files.forEach((f, i) => {
    const size = sizes.get(f.path);
    if (size !== undefined && size !== f.size) {
      out.push({
        code: 'VERIFY_SOURCE_MISMATCH',
        message: `${f.path} has ${size} bytes, the converted one had ${f.size}`,
        pointer: `/source/files/${i}/size`,
        hint,
      });
    }
  });
  return out;
}

function modelInvalid(modelDir: string, issues: Issue[]): VerifyError {
  const errs = issues.filter((i) => i.severity === 'error');
  const first = errs[0];
  return new VerifyError(
    'VERIFY_MODEL_INVALID',
    first
      ? `${first.code}: ${first.message}${errs.length > 1 ? ` (and ${errs.length - 1} more errors; run \`mlpack inspect\`)` : ''}`
      : 'the model folder cannot be read',
    { file: first?.file ? join(modelDir, first.file) : modelDir, pointer: first?.pointer, hint: first?.hint },
  );
}

async function generatedInputs(folder: ModelFolder, inputNames: readonly string[], options: VerifyOptions): Promise<ChosenInputs> {
  const made = await makeInputs({
    config: folder.config,
    inputNames,
    tokenizer: tokenizerFilesOf(folder),
    texts: options.texts,
    batch: options.batch,
    seed: options.seed,
  });
  return made.source === 'tokenizer'
    ? {
        source: 'tokenizer',
        texts: made.texts ?? [],
        ...(made.textPairs ? { textPairs: made.textPairs } : {}),
        tokenizerFiles: made.tokenizerFiles ?? [],
        inputs: made.inputs,
      }
    : { source: 'random', seed: made.seed, inputs: made.inputs };
}

/**
 * The golden's inputs, restricted to what the model takes; an attention mask the golden lacks is
 * all ones and token types are zeros (the defaults the golden was computed with).
 */
function goldenInputs(golden: Golden, inputNames: readonly string[]): ChosenInputs {
  const ids = golden.inputs.input_ids;
  if (!ids) throw new VerifyError('GOLDEN_BAD', 'the golden has no input_ids', { file: golden.file, pointer: '/inputs' });
  const inputs: HostTensorMap = {};
  for (const name of [...inputNames].sort()) {
    const given = golden.inputs[name];
    if (given) inputs[name] = given;
    else if (name === 'attention_mask') inputs[name] = filled(ids, 1n);
    else if (name === 'token_type_ids') inputs[name] = filled(ids, 0n);
    else throw new VerifyError('GOLDEN_BAD', `the model takes input "${name}", which the golden does not record`, { file: golden.file, pointer: '/inputs' });
  }
  const ignored = Object.keys(golden.inputs)
    .sort()
    .filter((n) => !inputNames.includes(n) && !isDefault(n, golden.inputs[n]!));
  return { source: 'golden', inputs, ignored };
}

/** An input that equals what the model assumes without it: an all-ones mask, all-zero token types. */
function isDefault(name: string, t: HostTensor): boolean {
  const want = name === 'attention_mask' ? 1 : name === 'token_type_ids' ? 0 : undefined;
  return want !== undefined && Array.from(t.data as ArrayLike<number | bigint>).every((v) => Number(v) === want);
}

function filled(like: HostTensor, value: bigint): HostTensor {
  const n = like.dims.reduce((a, d) => a * d, 1);
  return { dtype: 'int64', dims: [...like.dims], data: new BigInt64Array(n).fill(value) };
}

function problemOf(e: unknown, target: VerifyTargetName, fallback: string): VerifyProblem {
  if (e instanceof MlpackError) return { target, ...e.toJSON() };
  return { target, code: fallback, message: e instanceof Error ? e.message : String(e) };
}
