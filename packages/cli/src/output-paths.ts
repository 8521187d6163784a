import { stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { UsageError, fsErrorOf, refuseNonRegularOutput, refuseOverlap } from '@mlpack/core';

/**
 * Checks of a `--report` path before any work: not an input and not inside one (the report
 * would replace or add to what is being verified), an existing path must be a regular file
 * (a directory or FIFO is refused rather than replaced), and its directory must exist — so
 * a long verification never ends in a failure to write its report.
 */
export async function refuseReportPath(report: string, inputs: readonly string[]): Promise<void> {
  await refuseOverlap(report, inputs, { what: 'a --report path' });
  await refuseNonRegularOutput(report);
  const parent = dirname(report);
  const st = await stat(parent).catch((e: unknown) => {
    throw fsErrorOf(e, { path: parent, action: 'the --report directory' }) ?? e;
  });
  if (!st.isDirectory()) throw fsErrorOf(Object.assign(new Error('ENOTDIR'), { code: 'ENOTDIR' }), { path: report, action: 'the --report directory' })!;
}

/** `--timeout` seconds → ms (undefined: the library default); must be a positive number. */
export function timeoutMs(seconds: number | undefined): number | undefined {
  if (seconds === undefined) return undefined;
  if (!(Number.isFinite(seconds) && seconds > 0)) throw new UsageError(`--timeout must be a number of seconds > 0 (got ${seconds})`);
  return seconds * 1000;
}
