import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from '@mlpack/test-utils';

export const cliBin = join(repoRoot, 'packages', 'cli', 'dist', 'bin.js');

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run the built `mlpack` CLI in a child process (the e2e project runs after `tsc -b`). */
export function runCli(args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [cliBin, ...args],
      { cwd: options.cwd ?? repoRoot, env: { ...process.env, ...options.env }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number') return reject(new Error(`mlpack did not run: ${error.message}`, { cause: error }));
        resolve({ code: error ? (error.code as number) : 0, stdout, stderr });
      },
    );
  });
}

/** Parse stdout as JSON, with the CLI's stderr in the error when it is not JSON. */
export function jsonOf<T = Record<string, unknown>>(run: CliRun): T {
  try {
    return JSON.parse(run.stdout) as T;
  } catch {
    throw new Error(`stdout is not JSON (exit ${run.code}):\n${run.stdout}\n--- stderr ---\n${run.stderr}`);
  }
}
