import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { BenchError } from './bench-error.js';

export interface ProcessResult {
  /** Everything the child wrote to stdout. */
  stdout: string;
  /** The tail of stderr (see STDERR_TAIL_CHARS). */
  stderr: string;
  /** Wall time from spawn to exit, ms. */
  wallMs: number;
}

/** stderr kept for error messages: enough for a stack trace, bounded whatever the child prints. */
const STDERR_TAIL_CHARS = 8000;

/**
 * Run `command args…` with no shell, collect its output and time it. A child that cannot start,
 * exits non-zero or is killed by a signal is a `BENCH_CHILD_FAILED` error carrying its stderr tail.
 */
export function runProcess(command: string, args: readonly string[], options: { cwd?: string } = {}): Promise<ProcessResult> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      stderr = (stderr + d).slice(-STDERR_TAIL_CHARS);
    });
    child.on('error', (cause) => {
      reject(new BenchError('BENCH_CHILD_FAILED', `cannot run ${command}: ${cause.message}`, { cause, hint: `check that ${command} is installed` }));
    });
    child.on('close', (code, signal) => {
      const wallMs = performance.now() - t0;
      if (code === 0) resolve({ stdout, stderr, wallMs });
      else {
        const how = signal ? `was killed by ${signal}` : `exited with status ${code}`;
        reject(
          new BenchError('BENCH_CHILD_FAILED', `${command} ${args.join(' ')} ${how}${stderr ? `:\n${stderr.trimEnd()}` : ''}`, {
            hint: 'run the same command by hand to see the full output',
          }),
        );
      }
    });
  });
}
