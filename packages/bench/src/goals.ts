import type { BenchResult, GoalCheck } from './bench-result.js';
import { isFailure } from './bench-result.js';
import { STARTUP_GOAL_MS } from './measure-startup.js';

/** Streaming a safetensors file should cost about what copying it does (both are one pass over the bytes). */
export const READ_OVER_CP_GOAL = 1.5;
/** Conversion is claimed I/O-bound: at most 1.5x a plain `cp` of the weights, both from a warm cache. */
export const CONVERT_OVER_CP_GOAL = 1.5;
/**
 * Peak RSS allowance besides the largest tensor: Node + V8 (~50 MB), the graph and protobuf
 * headers, transforms' second copy and I/O buffers. Weights are streamed, so it must not grow
 * with model size; only the largest tensor does.
 */
export const RSS_BASE_GOAL_BYTES = 300e6;

/** The RSS ceiling for a model whose largest tensor has `largestTensorBytes` bytes. */
export function rssGoalBytes(largestTensorBytes: number): number {
  return RSS_BASE_GOAL_BYTES + largestTensorBytes;
}

/** Check every goal that the result has numbers for (failed sections yield no check). */
export function evaluateGoals(r: Omit<BenchResult, 'goals'>): GoalCheck[] {
  const checks: GoalCheck[] = [];
  const atMost = (id: string, value: number, limit: number): void => {
    checks.push({ id, value, limit, met: value <= limit });
  };
  if (!isFailure(r.safetensors)) atMost('safetensors.read_over_cp', r.safetensors.cpMBps / r.safetensors.readMBps, READ_OVER_CP_GOAL);
  const largest = isFailure(r.model) ? undefined : r.model.largest.bytes;
  for (const t of r.targets) {
    if (isFailure(t)) continue;
    atMost(`convert.${t.target}.time_over_cp`, t.convertOverCp, CONVERT_OVER_CP_GOAL);
    if (largest !== undefined) atMost(`convert.${t.target}.peak_rss`, t.peakRssBytes, rssGoalBytes(largest));
    checks.push({ id: `convert.${t.target}.deterministic`, value: t.deterministic ? 1 : 0, limit: 1, met: t.deterministic });
  }
  if (r.startup !== undefined && !isFailure(r.startup)) {
    for (const t of r.startup.timings) if (t.id === 'version' || t.id === 'help') atMost(`cli.${t.id}_ms`, t.medianMs, STARTUP_GOAL_MS);
  }
  // One read of the weights fanned out to five writers holds no more than one conversion may.
  if (r.variants !== undefined && !isFailure(r.variants) && largest !== undefined) atMost('variants.peak_rss', r.variants.maxRssBytes, rssGoalBytes(largest));
  if (r.decoder !== undefined && !isFailure(r.decoder)) {
    const d = r.decoder;
    atMost('decoder.convert.time_over_cp', d.fp32.convertOverCp, CONVERT_OVER_CP_GOAL);
    atMost('decoder.convert.peak_rss', d.fp32.maxRssBytes, rssGoalBytes(d.model.largest.bytes));
    atMost('decoder.variants.peak_rss', d.variants.maxRssBytes, rssGoalBytes(d.model.largest.bytes));
  }
  return checks;
}
