import { MlpackError, resolveInside } from '@mlpack/core';
import type { HostTensorMap } from '@mlpack/core';
import type { ManifestTarget } from '@mlpack/schema';
import { compareOutputs } from './compare-outputs.js';
import type { OutputComparison } from './compare-outputs.js';
import type { CacheSpec, LeftPaddedBatch } from './decoder-batch.js';
import { greedyParity } from './greedy-parity.js';
import { judgeGreedy } from './judge-greedy.js';
import { LM_PARITY_GATES, PARITY_GATES, gateTolerance, judgeVariant } from './parity-gates.js';
import type { VariantDType } from './parity-gates.js';
import { createIsolatedOnnxRunner } from './isolated-onnx-runner.js';
import { checkOnnxOps } from './onnx-op-allowlist.js';
import type { ReplayRunner } from './replay-runner.js';
import type { Runner } from './runner.js';
import type { VariantReport, VerifyComparison, VerifyProblem } from './verify-report.js';
import { gateMissed } from './gate-missed.js';

export interface DecoderVariantsInput {
  convertedDir: string;
  /** The variant targets to judge (ONNX, dtype other than fp32), in manifest order. */
  targets: readonly ManifestTarget[];
  /** The variant's dtype (from the target). */
  dtypeOf: (t: ManifestTarget) => VariantDType;
  /** The float64 reference, replaying its calls (it decodes once for every variant). */
  reference: ReplayRunner;
  prompt: LeftPaddedBatch;
  /** The KV cache of the graph (undefined: a classifier or feature extractor, judged on the prompt pass). */
  cache: CacheSpec | undefined;
  /** Restrict outputs to attended positions (padding computes garbage by design). */
  attended: (out: HostTensorMap) => HostTensorMap;
  /** Outputs of the graph, sorted. */
  outputNames: readonly string[];
  /** Greedy steps (LM_GATE_TOKENS, fewer when the model's positions end sooner). */
  steps: number;
  intraOpNumThreads?: number | undefined;
  /** The manifest's `source.model_type`: which operators a variant may hold (checked before it runs). */
  modelType: string | undefined;
  /** Limit in ms for loading each variant, and again for each run (default DEFAULT_INFERENCE_TIMEOUT_MS). */
  timeoutMs?: number | undefined;
}

export interface DecoderVariantsResult {
  variants: VariantReport[];
  comparisons: VerifyComparison[];
  errors: VerifyProblem[];
  warnings: VerifyProblem[];
}

/**
 * Judge each decoder weight variant against the float64 reference with its dtype's gate. With a
 * KV cache (a language model) the variant and the reference greedily decode `steps` (normally
 * `LM_GATE_TOKENS`) tokens in lockstep, each with its own cache (the variant's float16 cache in fp16 / q4f16), and
 * the gate adds next-token metrics to cosine / argmax / finiteness of the prompt pass and of every
 * step's logits: top-10 overlap and greedy mismatches (`LM_PARITY_GATES`). Without a cache the
 * prompt pass is judged as encoder variants are.
 */
export async function judgeDecoderVariants(input: DecoderVariantsInput): Promise<DecoderVariantsResult> {
  const result: DecoderVariantsResult = { variants: [], comparisons: [], errors: [], warnings: [] };
  for (const t of input.targets) {
    const dtype = input.dtypeOf(t);
    const gate = input.cache ? LM_PARITY_GATES[dtype] : PARITY_GATES[dtype];
    const tol = gateTolerance(gate);
    let runner: Runner | undefined;
    try {
      // As untrusted as the fp32 model: operators checked first, then onnxruntime in a child with a time limit.
      const path = resolveInside(input.convertedDir, t.path);
      await checkOnnxOps(path, input.modelType);
      runner = await createIsolatedOnnxRunner(path, { intraOpNumThreads: input.intraOpNumThreads, timeoutMs: input.timeoutMs, name: dtype });
      input.reference.rewind();
      let compared: OutputComparison[];
      let actual: HostTensorMap;
      let greedy: Awaited<ReturnType<typeof greedyParity>> | undefined;
      if (input.cache) {
        // Ties are judged with the gate's own elementwise tolerance (none for quantized dtypes: every differing pick counts).
        const tieTol = gate.atol === undefined ? { atol: 0, rtol: 0 } : { atol: gate.atol, rtol: gate.rtol ?? 0 };
        greedy = await greedyParity(runner, input.reference, input.prompt, input.cache, input.steps, tieTol);
        const prompt = compareOutputs(input.attended(greedy.first.actual), input.attended(greedy.first.expected), { ...tol, outputs: input.outputNames });
        const steps = compareOutputs(
          { 'generation.logits': greedy.logits.actual },
          { 'generation.logits': greedy.logits.expected },
          { ...tol, outputs: ['generation.logits'] },
        );
        compared = [...prompt.comparisons, ...steps.comparisons];
        actual = { ...greedy.first.actual, 'generation.logits': greedy.logits.actual };
        for (const m of [...prompt.missing, ...steps.missing]) result.errors.push(missing(t, dtype, m.output, m.side));
      } else {
        const feeds = input.prompt.inputs;
        actual = await runner.run(feeds);
        const expected = await input.reference.run(feeds);
        const r = compareOutputs(input.attended(actual), input.attended(expected), { ...tol, outputs: input.outputNames });
        compared = r.comparisons;
        for (const m of r.missing) result.errors.push(missing(t, dtype, m.output, m.side));
      }
      let verdict = judgeVariant(compared, actual, gate);
      if (greedy) verdict = judgeGreedy(verdict, greedy, gate);
      const degraded = t.parity?.degraded === true;
      for (const c of compared) {
        const { output, ...metrics } = c;
        result.comparisons.push({
          target: 'onnx',
          dtype,
          against: 'reference',
          output,
          atol: tol.atol,
          rtol: tol.rtol,
          ...metrics,
          ok: degraded || !verdict.misses.some((m) => m.output === output),
        });
      }
      if (!verdict.ok) {
        const problem: VerifyProblem = degraded
          ? {
              target: 'onnx',
              code: 'VERIFY_DEGRADED',
              message: `${t.path} (${dtype}) misses its parity gate and is recorded as degraded in mlpack.json`,
              file: t.path,
              hint: 'it was kept with --allow-degraded; convert without that variant for a folder where everything passes',
            }
          : gateMissed('onnx', t.path, dtype, verdict.misses);
        (degraded ? result.warnings : result.errors).push(problem);
      }
      result.variants.push({
        target: 'onnx',
        dtype,
        path: t.path,
        ...verdict,
        ...(degraded ? { degraded: true as const } : {}),
        ...(greedy ? { tokens: greedy.tokens.actual } : {}),
      });
    } catch (e) {
      result.errors.push({
        target: 'onnx',
        ...(e instanceof MlpackError ? e.toJSON() : { code: 'ORT_RUN_FAILED', message: e instanceof Error ? e.message : String(e) }),
        // The variant as the manifest names it (as verify names encoder variants).
        file: t.path,
      });
    } finally {
      await runner?.dispose().catch(() => undefined);
    }
  }
  return result;
}

function missing(t: ManifestTarget, dtype: VariantDType, output: string, side: 'actual' | 'expected'): VerifyProblem {
  return {
    target: 'onnx',
    code: 'VERIFY_OUTPUT_MISSING',
    message: side === 'actual' ? `onnx ${dtype} (${t.path}) did not produce output "${output}"` : `the reference has no output "${output}"`,
    tensor: output,
  };
}
