import { MlpackError, resolveInside } from '@mlpack/core';
import type { HostTensor, HostTensorMap } from '@mlpack/core';
import type { ModelFolder } from '@mlpack/model';
import { referenceSupport } from '@mlpack/reference';
import type { DecoderTask } from '@mlpack/reference';
import type { ManifestTarget, MlpackManifest } from '@mlpack/schema';
import { compareOutputs } from './compare-outputs.js';
import { attendedPositions, cacheSpecOf, emptyPast, leftPadded, positionIds } from './decoder-batch.js';
import type { LeftPaddedBatch } from './decoder-batch.js';
import type { Golden } from './goldens.js';
import { greedyParity } from './greedy-parity.js';
import { checkGenerationGolden } from './generation-golden.js';
import { judgeDecoderVariants } from './judge-decoder-variants.js';
import { decodableSteps } from './decodable-steps.js';
import { LM_GATE_TOKENS } from './parity-gates.js';
import { replayRunner } from './replay-runner.js';
import type { ReplayRunner } from './replay-runner.js';
import { makeInputs } from './make-inputs.js';
import { createIsolatedOnnxRunner } from './isolated-onnx-runner.js';
import { checkOnnxOps } from './onnx-op-allowlist.js';
import { createDecoderReferenceRunner } from './reference-runner.js';
import type { Runner } from './runner.js';
import { tensorValues } from './tensor-values.js';
import { tokenizerFilesOf } from '@mlpack/tokenizers';
import { float32Tolerance, goldenTolerance } from './tolerances.js';
import type { Tolerance, ToleranceOverrides } from './tolerances.js';
import { VerifyError } from './verify-error.js';
import type { VariantReport, VerifyAgainst, VerifyComparison, VerifyProblem, VerifyReport, VerifyTargetName } from './verify-report.js';
import { isVariantTarget, variantDtype } from './variant-targets.js';

/** Tokens greedily decoded and compared step by step when the caller does not say. */
export const DEFAULT_MAX_NEW_TOKENS = 16;
/** Upper bound on decoded tokens: each step runs the reference, whose cost grows with the sequence. */
export const MAX_MAX_NEW_TOKENS = 256;

export interface DecoderVerifyContext {
  modelDir: string;
  convertedDir: string;
  manifest: MlpackManifest;
  folder: ModelFolder;
  targets: ManifestTarget[];
  golden: Golden | undefined;
  options: ToleranceOverrides & {
    texts?: readonly string[] | undefined;
    batch?: number | undefined;
    seed?: number | undefined;
    intraOpNumThreads?: number | undefined;
    maxNewTokens?: number | undefined;
    timeoutMs?: number | undefined;
  };
  warnings: VerifyProblem[];
}

/**
 * Verify a decoder conversion. Prompts (tokenized texts or seeded ids, >= 2 rows of unequal
 * lengths) are left-padded as generation pads them; the prompt pass is compared on attended
 * positions (logits and every `present.*`), then both the converted model (with its own KV cache)
 * and the float64 reference greedily decode `maxNewTokens` tokens in lockstep: the picks must agree
 * (a pick inside the tolerance of a tie is a warning) and every step's logits must be within
 * tolerance. Classifier and feature-extraction graphs (no cache) are compared on the prompt pass.
 */
export async function verifyDecoderConversion(ctx: DecoderVerifyContext): Promise<VerifyReport> {
  const { manifest, folder, golden, options } = ctx;
  const steps = options.maxNewTokens ?? DEFAULT_MAX_NEW_TOKENS;
  if (!Number.isSafeInteger(steps) || steps < 1 || steps > MAX_MAX_NEW_TOKENS) {
    throw new VerifyError('INPUT_BAD_OPTION', `max new tokens must be an integer 1..${MAX_MAX_NEW_TOKENS} (got ${steps})`, { exitCode: 2 });
  }
  const tfjs = ctx.targets.find((t) => t.format === 'tfjs');
  if (tfjs) {
    throw new VerifyError('VERIFY_TARGET_MISSING', 'decoder models have no TF.js target', { file: resolveInside(ctx.convertedDir, tfjs.path), exitCode: 2 });
  }
  const task = manifest.task as DecoderTask;
  const signature = manifest.graphs?.[0] ?? { name: 'model', ...manifest.signature };
  const cache = cacheSpecOf(signature.inputs);
  const tol = float32Tolerance(options);
  const errors: VerifyProblem[] = [];
  const warnings = ctx.warnings;
  const comparisons: VerifyComparison[] = [];
  const runners: Runner[] = [];
  const compare = (
    target: VerifyTargetName,
    against: VerifyAgainst,
    actual: HostTensorMap,
    expected: HostTensorMap,
    outputs: readonly string[],
    t: Tolerance,
  ): void => {
    const r = compareOutputs(actual, expected, { ...t, outputs });
    for (const m of r.missing) {
      errors.push({
        target,
        code: 'VERIFY_OUTPUT_MISSING',
        message: m.side === 'actual' ? `${target} did not produce output "${m.output}"` : `${against} has no output "${m.output}"`,
        tensor: m.output,
      });
    }
    for (const c of r.comparisons) {
      const { output, ...metrics } = c;
      comparisons.push({ target, against, output, atol: t.atol, rtol: t.rtol, ...metrics });
    }
  };

  const prompt = golden
    ? goldenPrompt(
        golden,
        signature.inputs.map((i) => i.name),
      )
    : await decoderPrompt(folder, options);
  const width = prompt.ids[0]?.length ?? 0;
  const fits = decodableSteps(folder.config, width, steps);
  if (cache && !golden && fits < steps) {
    warnings.push({
      code: 'VERIFY_STEPS_LIMITED',
      message: `only ${fits} of ${steps} tokens fit after the ${width}-token prompt within the model's positions`,
      hint: 'pass shorter --text prompts to decode more tokens',
    });
  }
  const generation: NonNullable<VerifyReport['generation']> | undefined = cache && !golden ? { max_new_tokens: fits, tokens: {}, divergences: [] } : undefined;
  let variants: VariantReport[] = [];
  try {
    let reference: ReplayRunner | undefined;
    const support = referenceSupport(folder.config, task);
    if (!support.ok) {
      (golden ? warnings : errors).push({
        code: 'VERIFY_REFERENCE_UNSUPPORTED',
        message: `no reference forward pass for this model: ${support.reason}`,
        hint: golden ? 'the targets are compared with the golden only' : 'pass --golden with expected outputs recorded elsewhere',
      });
    } else {
      // Replaying: the fp32 target and every variant are decoded against one run of the reference.
      reference = replayRunner(createDecoderReferenceRunner({ config: folder.config, weights: folder.weights, task }));
      runners.push(reference);
    }
    const ofGraph = ctx.targets.filter((t) => t.format === 'onnx' && (t.graph ?? 'model') === signature.name);
    const onnxTarget = ofGraph.find((t) => !isVariantTarget(t));
    let onnx: Runner | undefined;
    if (onnxTarget) {
      try {
        // As for encoders: the ops are checked before anything runs, and onnxruntime runs in a child with a time limit.
        const path = resolveInside(ctx.convertedDir, onnxTarget.path);
        await checkOnnxOps(path, manifest.source.model_type);
        onnx = await createIsolatedOnnxRunner(path, { intraOpNumThreads: options.intraOpNumThreads, timeoutMs: options.timeoutMs });
        runners.push(onnx);
      } catch (e) {
        errors.push(problemOf(e, 'onnx', 'ORT_LOAD_FAILED'));
      }
    }
    const feeds: HostTensorMap = { ...prompt.inputs, ...(cache ? emptyPast(cache, prompt.ids.length) : {}) };
    const attended = (out: HostTensorMap): HostTensorMap => attendedOutputs(out, prompt.mask);
    const outputNames = signature.outputs.map((o) => o.name).sort();

    if (onnx && reference && cache && !golden) {
      try {
        const g = await greedyParity(onnx, reference, prompt, cache, fits, tol);
        compare('onnx', 'reference', attended(g.first.actual), attended(g.first.expected), outputNames, tol);
        compare('onnx', 'reference', { 'generation.logits': g.logits.actual }, { 'generation.logits': g.logits.expected }, ['generation.logits'], tol);
        generation!.tokens = { onnx: g.tokens.actual, reference: g.tokens.expected };
        generation!.divergences = g.divergences;
        for (const d of g.divergences) {
          const problem: VerifyProblem = {
            target: 'onnx',
            code: d.tie ? 'VERIFY_GREEDY_TIE' : 'VERIFY_GREEDY_MISMATCH',
            message: `step ${d.step}, row ${d.row}: onnx picked token ${d.actual}, the reference ${d.expected} (reference logit gap ${d.margin.toPrecision(3)})`,
            hint: d.tie
              ? 'the two tokens are tied within the tolerance; decoding continued with the reference token'
              : 'the converted model generates different text; decoding continued with the reference token',
          };
          (d.tie ? warnings : errors).push(problem);
        }
      } catch (e) {
        errors.push(problemOf(e, 'onnx', 'ORT_RUN_FAILED'));
      }
    } else {
      let refOut: HostTensorMap | undefined;
      if (reference) {
        try {
          refOut = await reference.run(feeds);
        } catch (e) {
          errors.push(problemOf(e, 'reference', 'VERIFY_REFERENCE_FAILED'));
        }
      }
      let onnxOut: HostTensorMap | undefined;
      if (onnx) {
        try {
          onnxOut = await onnx.run(feeds);
        } catch (e) {
          errors.push(problemOf(e, 'onnx', 'ORT_RUN_FAILED'));
        }
      }
      if (onnxOut && refOut) compare('onnx', 'reference', attended(onnxOut), attended(refOut), outputNames, tol);
      if (golden) {
        const expected = attended(golden.outputs);
        const checked = Object.keys(golden.outputs)
          .filter((o) => outputNames.includes(o))
          .sort();
        for (const o of Object.keys(golden.outputs).filter((n) => !outputNames.includes(n))) {
          errors.push({
            code: 'VERIFY_OUTPUT_MISSING',
            message: `the golden expects output "${o}", which the converted model does not have`,
            tensor: o,
            file: golden.file,
          });
        }
        const gtol = goldenTolerance(tol, golden, options);
        if (refOut) compare('reference', 'golden', attended(refOut), expected, checked, gtol);
        if (onnxOut) compare('onnx', 'golden', attended(onnxOut), expected, checked, gtol);
        if (golden.generation !== undefined && cache !== undefined) {
          // A recorded greedy decode (bundle goldens): replay it on each runner with its own cache.
          for (const [target, runner] of [
            ['reference', reference],
            ['onnx', onnx],
          ] as const) {
            if (runner === undefined) continue;
            try {
              const check = await checkGenerationGolden(runner, prompt.inputs, cache, golden.generation, gtol);
              const { output, ...metrics } = check.comparison;
              comparisons.push({ target, against: 'golden', output, atol: gtol.atol, rtol: gtol.rtol, ...metrics });
              for (const m of check.mismatches) {
                (m.tie ? warnings : errors).push({
                  target,
                  code: m.tie ? 'VERIFY_GREEDY_TIE' : 'VERIFY_GREEDY_MISMATCH',
                  message: `step ${m.step}, row ${m.row}: ${target} picked token ${m.actual}, the golden ${m.expected} (recorded margin ${m.margin.toPrecision(3)})`,
                  file: golden.file,
                });
              }
            } catch (e) {
              errors.push(problemOf(e, target, target === 'onnx' ? 'ORT_RUN_FAILED' : 'VERIFY_REFERENCE_FAILED'));
            }
          }
        }
      }
    }
    const variantTargets = ofGraph.filter(isVariantTarget);
    if (reference && variantTargets.length > 0) {
      const judged = await judgeDecoderVariants({
        convertedDir: ctx.convertedDir,
        targets: variantTargets,
        dtypeOf: variantDtype,
        reference,
        prompt,
        cache,
        attended,
        outputNames,
        steps: decodableSteps(folder.config, width, LM_GATE_TOKENS),
        intraOpNumThreads: options.intraOpNumThreads,
        modelType: manifest.source.model_type,
        timeoutMs: options.timeoutMs,
      });
      variants = judged.variants;
      comparisons.push(...judged.comparisons);
      errors.push(...judged.errors);
      warnings.push(...judged.warnings);
    }
    if (comparisons.length === 0 && errors.length === 0) {
      errors.push({ code: 'VERIFY_NO_TARGETS', message: 'nothing was compared', hint: 'give a golden or verify a model the reference supports' });
    }
    return {
      ok: errors.length === 0 && comparisons.length > 0 && comparisons.every((c) => c.ok),
      model_dir: ctx.modelDir,
      converted_dir: ctx.convertedDir,
      task: manifest.task,
      inputs: {
        source: prompt.source,
        ...(prompt.texts ? { texts: prompt.texts } : {}),
        ...(prompt.tokenizerFiles ? { tokenizer_files: prompt.tokenizerFiles } : {}),
        ...(prompt.seed !== undefined ? { seed: prompt.seed } : {}),
        shapes: Object.fromEntries(
          Object.keys(prompt.inputs)
            .sort()
            .map((k) => [k, [...prompt.inputs[k]!.dims]]),
        ),
      },
      tolerances: { default: tol, ...(golden ? { golden: goldenTolerance(tol, golden, options) } : {}) },
      comparisons,
      ...(generation ? { generation } : {}),
      ...(variants.length > 0 ? { variants } : {}),
      errors,
      warnings,
    };
  } finally {
    for (const r of runners) await r.dispose().catch(() => undefined);
  }
}

export interface DecoderPrompt extends LeftPaddedBatch {
  source: 'tokenizer' | 'random' | 'golden';
  texts?: string[];
  tokenizerFiles?: string[];
  seed?: number;
}

/** Tokenized texts (or seeded ids) as rows of unequal lengths, left-padded: what verify and bundle feed decoders. */
export async function decoderPrompt(
  folder: ModelFolder,
  o: { texts?: readonly string[] | undefined; batch?: number | undefined; seed?: number | undefined } = {},
): Promise<DecoderPrompt> {
  const made = await makeInputs({
    config: folder.config,
    inputNames: ['input_ids', 'attention_mask'],
    tokenizer: tokenizerFilesOf(folder),
    texts: o.texts,
    batch: o.batch,
    seed: o.seed,
  });
  const ids = tensorValues(made.inputs.input_ids!);
  const mask = tensorValues(made.inputs.attention_mask!);
  const width = made.inputs.input_ids!.dims[1]!;
  const rows = made.lengths.map((_, r) => {
    const row: number[] = [];
    for (let j = 0; j < width; j++) if (Number(mask[r * width + j]) === 1) row.push(Number(ids[r * width + j]));
    return row;
  });
  const batch = leftPadded(rows, made.padTokenId);
  return {
    ...batch,
    source: made.source,
    ...(made.texts ? { texts: made.texts } : {}),
    ...(made.tokenizerFiles ? { tokenizerFiles: made.tokenizerFiles } : {}),
    ...(made.seed !== undefined ? { seed: made.seed } : {}),
  };
}

/** A golden's ids (and mask, default all ones); position ids from the mask; an empty past. */
function goldenPrompt(golden: Golden, inputNames: readonly string[]): DecoderPrompt {
  const ids = golden.inputs.input_ids;
  if (!ids || ids.dims.length !== 2)
    throw new VerifyError('GOLDEN_BAD', 'the golden has no [batch, sequence] input_ids', { file: golden.file, pointer: '/inputs' });
  const [b, s] = ids.dims as [number, number];
  const v = tensorValues(ids);
  const rows = Array.from({ length: b }, (_, r) => Array.from({ length: s }, (_, j) => Number(v[r * s + j])));
  const m = golden.inputs.attention_mask;
  const mv = m ? tensorValues(m) : undefined;
  const mask = rows.map((row, r) => row.map((_, j) => (mv ? Number(mv[r * s + j]) : 1)));
  const inputs: HostTensorMap = { input_ids: ids, attention_mask: int64Rows(mask) };
  if (inputNames.includes('position_ids')) inputs.position_ids = golden.inputs.position_ids ?? int64Rows(positionIds(mask, s));
  return { ids: rows, mask, inputs, source: 'golden' };
}

function int64Rows(rows: number[][]): HostTensor {
  return { dtype: 'int64', dims: [rows.length, rows[0]?.length ?? 0], data: BigInt64Array.from(rows.flat(), (x) => BigInt(x)) };
}

/**
 * Outputs restricted to attended positions: `[b, s, …]` outputs (logits, hidden states) along
 * axis 1, `present.*` `[b, kv, total, hd]` along axis 2; pooled `[b, labels]` outputs whole.
 */
function attendedOutputs(out: HostTensorMap, mask: readonly (readonly number[])[]): HostTensorMap {
  const s = mask[0]?.length ?? 0;
  const r: HostTensorMap = {};
  for (const [name, t] of Object.entries(out)) {
    if (name.startsWith('present.')) r[name] = attendedPositions(t, mask, 2);
    else if (t.dims.length >= 3 && t.dims[1] === s) r[name] = attendedPositions(t, mask, 1);
    else r[name] = t;
  }
  return r;
}

function problemOf(e: unknown, target: VerifyTargetName, fallback: string): VerifyProblem {
  if (e instanceof MlpackError) return { target, ...e.toJSON() };
  return { target, code: fallback, message: e instanceof Error ? e.message : String(e) };
}
