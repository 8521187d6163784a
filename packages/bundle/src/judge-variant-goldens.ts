import { resolveInside } from '@mlpack/core';
import type { HostTensorMap } from '@mlpack/core';
import type { OnnxTarget, TargetParity } from '@mlpack/schema';
import { PARITY_GATES, checkGenerationGolden, compareOutputs, gateTolerance, judgeVariant } from '@mlpack/verify';
import type { CacheSpec, Golden, GateVerdict, OutputComparison, ParityGateLimits } from '@mlpack/verify';
import type { BundleProblem } from './bundle-problem.js';
import { onnxRunProblem, openOnnx } from './open-onnx.js';

/** One weight variant judged on the goldens: its file (bundle path), dtype and verdict. */
export interface VariantGoldenCheck extends GateVerdict {
  path: string;
  dtype: NonNullable<OnnxTarget['dtype']>;
  /** Kept although it misses its gate (`--allow-degraded` at conversion): its misses are not errors. */
  degraded?: true;
}

export interface VariantGoldensResult {
  /** One per variant target, in the order given. */
  checks: VariantGoldenCheck[];
  /** Failed runs and gate misses of variants not recorded as degraded, naming file, output and metric. */
  problems: BundleProblem[];
}

export interface JudgeVariantOptions {
  /** `'current'` (bundling): today's `PARITY_GATES`; `'recorded'` (default, verifying a bundle): the gate each target records. */
  gates?: 'recorded' | 'current';
  /** The KV cache of a decoder's graph (its variants replay the recorded greedy decode). */
  cache?: CacheSpec | undefined;
  /** The manifest's `source.model_type`: which operators the variants may hold. */
  modelType: string | undefined;
  /** Limit in ms for loading each variant, and again for each run (default: verify's). */
  timeoutMs?: number | undefined;
}

/**
 * Judge each weight variant (ONNX targets other than fp32) on the golden inputs against the
 * golden outputs (the float64 reference's, rounded to float32) with its dtype's gate: `gates:
 * 'current'` (bundling) takes `PARITY_GATES`; `'recorded'` (default: verifying a bundle) the gate
 * the target records (`parity.gate`, as the bundle was made), else `PARITY_GATES`. Used when bundling
 * (every variant must pass, or be recorded as degraded) and when verifying a bundle (each is
 * re-checked). Language-model next-token metrics need greedy decoding and are judged at convert and
 * verify time, not on goldens.
 *
 * A variant file is as untrusted as the main model: its operators are checked against what
 * `modelType` can contain before onnxruntime sees it (`BUNDLE_MODEL_REFUSED`), and it runs in a
 * child process with a time limit (`BUNDLE_RUN_TIMEOUT`), which also keeps its weights out of
 * this process's memory.
 */
export async function judgeVariantGoldens(
  root: string,
  targets: readonly OnnxTarget[],
  golden: Golden,
  options: JudgeVariantOptions,
): Promise<VariantGoldensResult> {
  const result: VariantGoldensResult = { checks: [], problems: [] };
  const outputs = Object.keys(golden.outputs).sort();
  for (const t of targets) {
    const dtype = t.dtype ?? 'fp32';
    const gate = (options.gates === 'current' ? undefined : recordedGate(t.parity)) ?? PARITY_GATES[dtype];
    let actual: HostTensorMap;
    let decoded: OutputComparison | undefined;
    try {
      const runner = await openOnnx({ onnxPath: resolveInside(root, t.path), modelType: options.modelType, timeoutMs: options.timeoutMs, name: dtype });
      try {
        if (golden.generation !== undefined && options.cache !== undefined) {
          // Decoder goldens: the variant replays the recorded greedy decode with its own cache
          // (float16 for fp16 variants); its last-position logits are judged by the gate.
          const check = await checkGenerationGolden(runner, golden.inputs, options.cache, golden.generation, gateTolerance(gate));
          decoded = check.comparison;
          actual = {};
        } else {
          actual = await runner.run(golden.inputs);
        }
      } finally {
        await runner.dispose();
      }
    } catch (e) {
      result.problems.push({ ...onnxRunProblem(e, `the ${dtype} variant`), file: t.path });
      continue;
    }
    const compared =
      decoded !== undefined ? { comparisons: [decoded], missing: [] } : compareOutputs(actual, golden.outputs, { ...gateTolerance(gate), outputs });
    for (const m of compared.missing) {
      if (m.side === 'actual')
        result.problems.push({
          code: 'BUNDLE_OUTPUT_MISSING',
          tensor: m.output,
          file: t.path,
          message: `the ${dtype} variant did not produce the recorded output "${m.output}"`,
        });
    }
    const verdict = judgeVariant(compared.comparisons, actual, gate);
    const degraded = t.parity?.degraded === true;
    result.checks.push({ path: t.path, dtype, ...verdict, ...(degraded ? { degraded: true as const } : {}) });
    if (verdict.ok || degraded) continue;
    for (const m of verdict.misses) {
      result.problems.push({
        code: 'BUNDLE_GOLDEN_MISMATCH',
        tensor: m.output,
        file: t.path,
        message: `the ${dtype} variant misses its parity gate on output "${m.output}": ${m.metric} ${String(m.value)} (gate ${String(m.limit)})`,
        hint: 'this variant is not accurate enough for this model; convert without it, or keep it with --allow-degraded (recorded)',
      });
    }
  }
  return result;
}

/** A check as the `parity` record of a bundled target. */
export function parityOf(check: VariantGoldenCheck): TargetParity {
  return {
    gate: check.gate,
    measured: check.measured,
    ok: check.ok,
    ...(check.degraded ? { degraded: true as const } : {}),
    ...(check.misses.length > 0 ? { misses: check.misses } : {}),
  };
}

/** The gate a target records (numbers only), as the limits `judgeVariant` takes. */
function recordedGate(parity: TargetParity | undefined): ParityGateLimits | undefined {
  const g = parity?.gate;
  if (g === undefined || typeof g['min_cosine'] !== 'number' || typeof g['min_argmax_agreement'] !== 'number') return undefined;
  return { ...g, min_cosine: g['min_cosine'], min_argmax_agreement: g['min_argmax_agreement'] };
}
