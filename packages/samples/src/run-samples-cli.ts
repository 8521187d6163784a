import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { UsageError, isMlpackError } from '@mlpack/core';
import { SamplesError } from './errors.js';
import { diffTrees, hashTree } from './hash-tree.js';
import { REGENERATE_COMMAND } from './sample-readme.js';
import { SAMPLE_SET, generateAllSamples } from './sample-set.js';

export const SAMPLES_CLI_USAGE = `usage: node packages/samples/dist/cli.js [DIR] [--check]

Regenerates the committed sample models into DIR (default: samples), atomically.
  --check   regenerate into a temp dir and compare with DIR; exit 1 when they differ`;

export interface SamplesCliIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

const DEFAULT_DIR = 'samples';

/** The `pnpm samples` command. Returns the exit status (0 ok, 1 out of date / failure, 2 usage). */
export async function runSamplesCli(argv: readonly string[], io: SamplesCliIo = { out: console.log, err: console.error }): Promise<number> {
  try {
    let dir: string | undefined;
    let check = false;
    for (const arg of argv) {
      if (arg === '--check') check = true;
      else if (arg === '--help' || arg === '-h') {
        io.out(SAMPLES_CLI_USAGE);
        return 0;
      } else if (arg.startsWith('-')) throw new UsageError(`unknown option ${arg}`, SAMPLES_CLI_USAGE);
      else if (dir === undefined) dir = arg;
      else throw new UsageError(`unexpected argument ${arg}`, SAMPLES_CLI_USAGE);
    }
    const target = resolve(dir ?? DEFAULT_DIR);
    if (check) {
      await checkSamples(target);
      io.out(`samples up to date: ${target}`);
    } else {
      await generateAllSamples(target, { force: true });
      io.out(`wrote ${SAMPLE_SET.length} samples to ${target}`);
    }
    return 0;
  } catch (e) {
    if (isMlpackError(e)) {
      io.err(e.message);
      return e.exitCode;
    }
    throw e;
  }
}

/** Regenerate into a temp dir and compare every file with `dir`; throws `SAMPLE_OUT_OF_DATE` on a difference. */
export async function checkSamples(dir: string): Promise<void> {
  const tmp = await mkdtemp(join(tmpdir(), 'mlpack-samples-'));
  try {
    const fresh = join(tmp, 'samples');
    await generateAllSamples(fresh);
    const diff = diffTrees(await hashTree(fresh), await hashTree(dir));
    const lines = [
      ...diff.missing.map((f) => `missing ${f}`),
      ...diff.extra.map((f) => `unexpected ${f}`),
      ...diff.changed.map((f) => `differs ${f}`),
    ];
    if (lines.length > 0) {
      throw new SamplesError('SAMPLE_OUT_OF_DATE', `samples differ from a fresh regeneration: ${lines.join(', ')}`, {
        file: dir,
        hint: `run \`${REGENERATE_COMMAND}\` and commit the result`,
      });
    }
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}
