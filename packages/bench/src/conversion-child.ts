/**
 * The child side of a measured conversion: one `convertModel` call in a fresh process, so its peak
 * RSS is the conversion's alone (plus Node itself), reported on stdout as one tagged JSON line.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { UsageError } from '@mlpack/core';
import { convertModel, parseTargets } from '@mlpack/convert';

/** Prefix of the result line, so other output on stdout can never be mistaken for it. */
export const CHILD_RESULT_TAG = 'MLPACK_BENCH_RESULT ';

/** One stage as `convertModel` reports it through `onProgress`, with its duration. */
export interface StageTime {
  stage: string;
  ms: number;
}

/** What the child reports. */
export interface ChildConversionResult {
  /** Time inside `convertModel` (no process start-up, no module loading), ms. */
  convertMs: number;
  /**
   * Peak resident set of this process, bytes: `VmHWM` of /proc/self/status on Linux (the high-water
   * mark of this program's own address space), else `process.resourceUsage().maxRSS`. Not maxRSS on
   * Linux: it survives exec, so a child of a parent holding 1 GB (onnxruntime sessions, the
   * reference) would report at least the parent's size at fork.
   */
  maxRssBytes: number;
  /** Each progress stage and the time until the next one. */
  stages: StageTime[];
}

/** Bytes per unit of `resourceUsage().maxRSS`, which Node reports in kibibytes. */
const MAX_RSS_UNIT_BYTES = 1024;

/** `argv`: `<model-dir> <out-dir> <target>`. Writes the result line and returns the exit status. */
export async function runConversionChild(argv: readonly string[], write: (line: string) => void): Promise<number> {
  const [modelDir, outDir, target] = argv;
  if (modelDir === undefined || outDir === undefined || target === undefined || argv.length !== 3) {
    throw new UsageError(`expected <model-dir> <out-dir> <target>, got ${argv.length} argument(s)`, 'this script is spawned by the benchmark');
  }
  const stages: StageTime[] = [];
  let stage: string | undefined;
  let stageStart = 0;
  const mark = (next: string | undefined): void => {
    const now = performance.now();
    if (stage !== undefined) stages.push({ stage, ms: now - stageStart });
    stage = next;
    stageStart = now;
  };
  const t0 = performance.now();
  // `onnx` or `onnx:fp32,fp16,q8` (targets, then the variant dtypes written in the same run).
  const [targets, dtypes] = target.split(':');
  await convertModel(modelDir, { out: outDir, targets: parseTargets(targets), ...(dtypes ? { dtypes: dtypes.split(',') } : {}), onProgress: mark });
  mark(undefined);
  const result: ChildConversionResult = {
    convertMs: performance.now() - t0,
    maxRssBytes: peakRssBytes(),
    stages,
  };
  write(`${CHILD_RESULT_TAG}${JSON.stringify(result)}\n`);
  return 0;
}

/** `VmHWM:   123456 kB` → bytes. */
const VM_HWM = /^VmHWM:\s+(\d+)\s+kB$/m;

/** This process's peak RSS (see `ChildConversionResult.maxRssBytes`). */
export function peakRssBytes(): number {
  try {
    const m = VM_HWM.exec(readFileSync('/proc/self/status', 'utf8'));
    if (m) return Number(m[1]) * MAX_RSS_UNIT_BYTES;
  } catch {
    // not Linux: fall through
  }
  return process.resourceUsage().maxRSS * MAX_RSS_UNIT_BYTES;
}
