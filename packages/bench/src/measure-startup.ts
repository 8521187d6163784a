import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { median } from './median.js';

/** The built CLI and the demo sample, relative to this file in packages/bench/dist. */
export const CLI_BIN = fileURLToPath(new URL('../../cli/dist/bin.js', import.meta.url));
export const STARTUP_SAMPLE = fileURLToPath(new URL('../../../samples/bert-seqcls', import.meta.url));
/** Runs per command: start-up times are short and noisy on a shared machine; the median of 9 is steady. */
export const DEFAULT_STARTUP_RUNS = 9;
/** `mlpack --version` and `--help` should cost at most this, whole process (Node itself is ~0.1 s). */
export const STARTUP_GOAL_MS = 200;

export interface StartupTiming {
  /** Short id: `node`, `version`, `help`, `inspect`. */
  id: string;
  /** The command line, for the report. */
  command: string;
  /** `exit`: until the process exits; `first-output`: until its first byte on stdout. */
  until: 'exit' | 'first-output';
  runsMs: number[];
  medianMs: number;
}

export interface StartupResult {
  /** Bare `node -e 0` first, then each CLI command, all measured in the same interleaved rounds. */
  timings: StartupTiming[];
}

interface StartupCase {
  id: string;
  command: string;
  args: string[];
  until: StartupTiming['until'];
}

/**
 * CLI start-up next to bare Node, measured in one run: `node -e 0`, `mlpack --version`,
 * `mlpack --help` (whole process) and one real command's time to first output
 * (`mlpack inspect <sample>`). Rounds are interleaved so that machine load drifts over all alike.
 */
export async function measureStartup(options: { cliBin?: string; sample?: string; runs?: number } = {}): Promise<StartupResult> {
  const bin = options.cliBin ?? CLI_BIN;
  const sample = options.sample ?? STARTUP_SAMPLE;
  const runs = options.runs ?? DEFAULT_STARTUP_RUNS;
  if (!Number.isSafeInteger(runs) || runs < 1) throw new RangeError(`runs must be a positive integer, got ${runs}`);
  const cases: StartupCase[] = [
    { id: 'node', command: 'node -e 0', args: ['-e', '0'], until: 'exit' },
    { id: 'version', command: 'mlpack --version', args: [bin, '--version'], until: 'exit' },
    { id: 'help', command: 'mlpack --help', args: [bin, '--help'], until: 'exit' },
    { id: 'inspect', command: 'mlpack inspect samples/bert-seqcls', args: [bin, 'inspect', sample], until: 'first-output' },
  ];
  const times = cases.map(() => [] as number[]);
  await timeOnce(cases[0]!); // warm the file cache and Node's own start-up once, untimed
  for (let i = 0; i < runs; i++) {
    for (const [k, c] of cases.entries()) times[k]!.push(await timeOnce(c));
  }
  return { timings: cases.map((c, k) => ({ id: c.id, command: c.command, until: c.until, runsMs: times[k]!, medianMs: median(times[k]!) })) };
}

/** Wall time of one child, ms, from spawn to exit or to its first stdout byte. Fails on a non-zero exit. */
function timeOnce(c: StartupCase): Promise<number> {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const elapsed = () => Number(process.hrtime.bigint() - start) / 1e6;
    let first: number | undefined;
    const child = spawn(process.execPath, c.args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stdout.on('data', () => void (first ??= elapsed()));
    child.stderr.on('data', (d: Buffer) => void (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const total = elapsed();
      if (code !== 0) return reject(new Error(`${c.command} exited with ${code}: ${stderr.trim()}`));
      if (c.until === 'first-output' && first === undefined) return reject(new Error(`${c.command} printed nothing`));
      resolve(c.until === 'exit' ? total : first!);
    });
  });
}
