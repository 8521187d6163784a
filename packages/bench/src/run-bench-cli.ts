import { performance } from 'node:perf_hooks';
import { isMlpackError } from '@mlpack/core';
import { formatBenchReport } from './format-bench-report.js';
import { BENCH_USAGE, parseBenchArgs } from './parse-bench-args.js';
import { runBench } from './run-bench.js';
import { formatMultiGbReport, runMultiGb } from './run-multi-gb.js';
import { LLAMA_QUICK_SPEC } from './decoder-bench-spec.js';
import type { RunBenchOptions } from './run-bench.js';

/** Where the CLI writes (injectable so tests can run it in-process). */
export interface BenchCliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/**
 * `pnpm bench [--quick] [--decoder] [--json] [--keep]`: run the benchmark and print the report (or JSON).
 * Exit status 0 whether goals are met or not (the report says which are missed), 2 for bad flags,
 * 1 only when the benchmark itself could not run.
 */
export async function runBenchCli(
  argv: readonly string[],
  io: BenchCliIo,
  options: Omit<RunBenchOptions, 'quick' | 'keep' | 'onProgress'> & { cliBin?: string },
): Promise<number> {
  let args;
  try {
    args = parseBenchArgs(argv);
  } catch (e) {
    if (isMlpackError(e)) {
      io.stderr(`${e.message}\n\n${BENCH_USAGE}`);
      return e.exitCode;
    }
    throw e;
  }
  if (args.help) {
    io.stdout(BENCH_USAGE);
    return 0;
  }
  const t0 = performance.now();
  const onProgress = (m: string) => io.stderr(`bench [${((performance.now() - t0) / 1000).toFixed(0).padStart(4)} s] ${m}\n`);
  if (args.multiGb) {
    try {
      const r = await runMultiGb({ cacheRoot: options.cacheRoot, cliBin: options.cliBin ?? '', keep: args.keep, onProgress });
      io.stdout(args.json ? JSON.stringify(r, null, 2) + '\n' : formatMultiGbReport(r));
      return 0;
    } catch (e) {
      io.stderr(`bench failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      return 1;
    }
  }
  try {
    const result = await runBench({
      ...options,
      quick: args.quick,
      keep: args.keep,
      ...(args.decoder ? { decoder: args.quick ? { spec: LLAMA_QUICK_SPEC } : {} } : {}),
      onProgress: (m) => io.stderr(`bench [${((performance.now() - t0) / 1000).toFixed(0).padStart(4)} s] ${m}\n`),
    });
    io.stdout(args.json ? JSON.stringify(result, null, 2) + '\n' : formatBenchReport(result));
    return 0;
  } catch (e) {
    io.stderr(`bench failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    return 1;
  }
}
