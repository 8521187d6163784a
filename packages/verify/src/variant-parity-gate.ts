import { join } from 'node:path';
import { readJsonDocument } from '@mlpack/schema';
import type { TargetParity } from '@mlpack/schema';
import { verifyConversion } from './verify-conversion.js';
import { VerifyError } from './verify-error.js';
import { PARITY_GATES } from './parity-gates.js';
import type { VerifyComparison, VerifyReport } from './verify-report.js';

/** What `mlpack convert` hands the gate (structurally `@mlpack/convert`'s `ParityGateContext`). */
export interface VariantGateContext {
  modelDir: string;
  convertedDir: string;
}

/**
 * `@mlpack/convert`'s parity gate: verify the staged conversion (every target against the float64
 * reference on the usual inputs) and return each target's parity by path. fp32 targets get the fp32
 * gate's record from the same comparisons; other variants their dtype's gate (`PARITY_GATES`).
 * Throws when nothing could be compared (no reference for this model, a target that did not run).
 */
export async function variantParityGate(context: VariantGateContext): Promise<Record<string, TargetParity>> {
  const report = await verifyConversion(context.modelDir, context.convertedDir);
  // A missed gate or a greedy mismatch is a verdict (recorded below), not a failure to judge.
  const failed = report.errors.find((e) => !VERDICT_CODES.has(e.code));
  if (failed) {
    throw new VerifyError('VERIFY_GATE_FAILED', `the parity gate could not judge the conversion: ${failed.code}: ${failed.message}`, {
      file: failed.file,
      tensor: failed.tensor,
      hint: failed.hint ?? 'run `mlpack verify <model> <out>` on a conversion without the variants for details',
    });
  }
  const out: Record<string, TargetParity> = {};
  for (const v of report.variants ?? []) {
    out[v.path] = { gate: v.gate, measured: v.measured, ok: v.ok, ...(v.misses.length > 0 ? { misses: v.misses } : {}) };
  }
  // The fp32 targets: judged by the fp32 tolerances in the same run.
  const manifestTargets = await plainTargets(report);
  for (const [path, format] of manifestTargets) {
    const mine = report.comparisons.filter((c) => c.target === format && c.against === 'reference' && c.dtype === undefined);
    if (mine.length === 0) continue;
    out[path] = fp32Parity(mine, report, format);
  }
  return out;
}

/**
 * An fp32 target's parity from its comparisons with the reference: the fp32 gate (elementwise
 * atol / rtol as verify ran them, cosine, argmax agreement of logits, finiteness) and, for language
 * models, no greedy pick that differs from the reference's (ties within tolerance aside).
 */
function fp32Parity(mine: readonly VerifyComparison[], report: VerifyReport, format: 'onnx' | 'tfjs'): TargetParity {
  const gate = PARITY_GATES.fp32;
  const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);
  const misses: Array<{ output: string; metric: string; value: number | null; limit: number | null }> = [];
  for (const c of mine) {
    if (!c.ok) misses.push({ output: c.output, metric: 'elementwise', value: num(c.max_abs), limit: c.atol });
    const cos = num(c.cosine);
    if (cos === null || cos < gate.min_cosine) misses.push({ output: c.output, metric: 'cosine', value: cos, limit: gate.min_cosine });
    if (typeof c.argmax_agreement === 'number' && c.argmax_agreement < gate.min_argmax_agreement) {
      misses.push({ output: c.output, metric: 'argmax_agreement', value: c.argmax_agreement, limit: gate.min_argmax_agreement });
    }
  }
  const greedy = report.generation;
  const mismatches = report.errors.filter((e) => e.code === 'VERIFY_GREEDY_MISMATCH' && e.target === format).length;
  if (greedy && mismatches > 0) misses.push({ output: 'generation.tokens', metric: 'greedy_mismatches', value: mismatches, limit: 0 });
  const argmax = mine.map((c) => c.argmax_agreement).filter((a): a is number => typeof a === 'number');
  return {
    gate: {
      atol: mine[0]!.atol,
      rtol: mine[0]!.rtol,
      min_cosine: gate.min_cosine,
      min_argmax_agreement: gate.min_argmax_agreement,
      ...(greedy ? { max_greedy_mismatches: 0 } : {}),
    },
    measured: {
      max_abs: Math.max(...mine.map((c) => num(c.max_abs) ?? Number.NaN)),
      max_rel: Math.max(...mine.map((c) => num(c.max_rel) ?? Number.NaN)),
      min_cosine: Math.min(...mine.map((c) => num(c.cosine) ?? Number.NaN)),
      min_argmax_agreement: argmax.length > 0 ? Math.min(...argmax) : null,
      finite: mine.every((c) => c.max_abs !== 'NaN' && c.max_abs !== 'Infinity' && c.max_abs !== '-Infinity'),
      ...(greedy ? { greedy_mismatches: mismatches, greedy_tokens: greedy.max_new_tokens } : {}),
    },
    ok: misses.length === 0,
    ...(misses.length > 0 ? { misses } : {}),
  };
}

/** Report errors that are a target's verdict rather than a failure to judge it. */
const VERDICT_CODES: ReadonlySet<string> = new Set(['VERIFY_GATE_MISSED', 'VERIFY_GREEDY_MISMATCH']);

/** Paths of the fp32 targets the report covered, with their format. */
async function plainTargets(report: { converted_dir: string }): Promise<Array<[string, 'onnx' | 'tfjs']>> {
  const r = await readJsonDocument(join(report.converted_dir, 'mlpack.json'), 'manifest');
  if (!r.ok) return [];
  return r.value.targets.filter((t) => t.dtype === undefined || t.dtype === 'fp32').map((t) => [t.path, t.format]);
}
