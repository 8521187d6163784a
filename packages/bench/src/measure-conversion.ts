import { fileURLToPath } from 'node:url';
import { BenchError } from './bench-error.js';
import { CHILD_RESULT_TAG } from './conversion-child.js';
import type { ChildConversionResult, StageTime } from './conversion-child.js';
import { runProcess } from './run-process.js';

/** The compiled child entry, beside this file in dist/. */
export const CONVERSION_CHILD_SCRIPT = fileURLToPath(new URL('./conversion-child-main.js', import.meta.url));

export interface ConversionRun {
  target: string;
  /** Wall time of the whole child process (Node start-up and module loading included), ms. */
  wallMs: number;
  /** Time inside `convertModel`, ms. */
  convertMs: number;
  /** Peak resident set of the child, bytes. */
  maxRssBytes: number;
  /** Stage durations as reported by `convertModel`'s progress callback. */
  stages: StageTime[];
}

export interface MeasureConversionOptions {
  /** Script to run with `node` (default CONVERSION_CHILD_SCRIPT; tests point it elsewhere). */
  childScript?: string;
}

/** Convert `modelDir` to `target` into `outDir` in a child `node` process and return its timings and peak RSS. */
export async function measureConversion(modelDir: string, outDir: string, target: string, options: MeasureConversionOptions = {}): Promise<ConversionRun> {
  const script = options.childScript ?? CONVERSION_CHILD_SCRIPT;
  const { stdout, wallMs } = await runProcess(process.execPath, [script, modelDir, outDir, target]);
  const line = stdout.split('\n').find((l) => l.startsWith(CHILD_RESULT_TAG));
  if (line === undefined) {
    throw new BenchError('BENCH_CHILD_FAILED', `the conversion child printed no result line:\n${stdout.slice(-2000)}`, {
      file: script,
      hint: 'rebuild with `tsc -b` and run the child by hand',
    });
  }
  const r = JSON.parse(line.slice(CHILD_RESULT_TAG.length)) as ChildConversionResult;
  return { target, wallMs, convertMs: r.convertMs, maxRssBytes: r.maxRssBytes, stages: r.stages };
}
