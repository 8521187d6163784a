import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { makeTempDir, removeTempDir } from '@mlpack/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BenchError } from './bench-error.js';
import { timeCopy, warmPageCache } from './copy-baseline.js';
import { runProcess } from './run-process.js';

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir('mlpack-bench-proc-');
});
afterEach(async () => {
  await removeTempDir(dir);
});

async function codeOf(p: Promise<unknown>): Promise<[string, string]> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(BenchError);
    return [(e as BenchError).code, (e as Error).message];
  }
  throw new Error('expected a rejection');
}

describe('runProcess', () => {
  it('returns stdout and a positive wall time', async () => {
    const r = await runProcess(process.execPath, ['-e', 'process.stdout.write("hi")']);
    expect(r.stdout).toBe('hi');
    expect(r.wallMs).toBeGreaterThan(0);
  });

  it('turns a non-zero exit into BENCH_CHILD_FAILED with the status and stderr', async () => {
    const [code, message] = await codeOf(runProcess(process.execPath, ['-e', 'console.error("boom"); process.exit(3)']));
    expect(code).toBe('BENCH_CHILD_FAILED');
    expect(message).toContain('exited with status 3');
    expect(message).toContain('boom');
  });

  it('turns a missing program into BENCH_CHILD_FAILED', async () => {
    const [code, message] = await codeOf(runProcess(join(dir, 'no-such-program'), []));
    expect(code).toBe('BENCH_CHILD_FAILED');
    expect(message).toContain('cannot run');
  });
});

describe('copy baseline', () => {
  it('reads the whole file when warming and times a cp that leaves no copy behind', async () => {
    const src = join(dir, 'w.bin');
    await writeFile(src, new Uint8Array(5 * 1024 * 1024 + 3));
    expect(await warmPageCache(src)).toBe(5 * 1024 * 1024 + 3);
    const ms = await timeCopy(src, join(dir, 'copy.bin'));
    expect(ms).toBeGreaterThan(0);
    expect(await readdir(dir)).toEqual(['w.bin']);
  });
});
