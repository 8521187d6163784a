import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { mkdir, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, removeTempDir, samplesRoot } from '@mlpack/test-utils';
import { runCli } from './helpers/cli.js';

/**
 * ENOSPC for real: a 64 KiB tmpfs (needs root to mount; skipped with a message otherwise — the
 * injected-failure unit tests in convert and bundle cover the same paths everywhere). Every
 * command ends in FS_NO_SPACE naming its output, exit 1, and leaves the filesystem empty.
 */
/** Whether this process may mount a tmpfs (root, and a kernel that lets it): probed once with a throwaway mount. */
function canMountTmpfs(): boolean {
  const probe = mkdtempSync(join(tmpdir(), 'mlpack-mount-probe-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=4k', 'tmpfs', probe], { stdio: 'ignore' });
    execFileSync('umount', [probe], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  } finally {
    rmSync(probe, { recursive: true, force: true });
  }
}

let tmp: string;
let small: string;
let mounted = false;
let converted: string;
let bundle: string;
const model = join(samplesRoot, 'bert-seqcls');

beforeAll(async () => {
  tmp = await makeTempDir('mlpack-e2e-enospc-');
  small = join(tmp, 'small');
  await mkdir(small);
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', small], { stdio: 'ignore' });
    mounted = true;
  } catch {
    mounted = false;
  }
  converted = join(tmp, 'converted');
  expect((await runCli(['convert', model, '--out', converted])).code).toBe(0);
  bundle = join(tmp, 'b.tar.gz');
  expect((await runCli(['bundle', converted, '--model', model, '--name', 'b', '--version', '1.0.0', '-o', bundle])).code).toBe(0);
});
afterAll(async () => {
  if (mounted) execFileSync('umount', [small]);
  await removeTempDir(tmp);
});

describe.skipIf(!canMountTmpfs())('disk full (a 64 KiB tmpfs): coded error, nothing left behind', () => {
  it.each<[string, () => string[], () => string]>([
    ['convert --out', () => ['convert', model, '--out', join(small, 'out'), '--to', 'all'], () => join(small, 'out')],
    ['unbundle -o', () => ['unbundle', bundle, '-o', join(small, 'out')], () => join(small, 'out')],
    [
      'bundle -o',
      () => ['bundle', converted, '--model', model, '--name', 'b', '--version', '1.0.0', '-o', join(small, 'b.tar.gz')],
      () => join(small, 'b.tar.gz'),
    ],
    ['verify <bundle> with TMPDIR on it', () => ['verify', bundle], () => small],
  ])('%s', async (what, args, path) => {
    const r = await runCli(args(), what.includes('TMPDIR') ? { env: { TMPDIR: small } } : {});
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toContain('[FS_NO_SPACE]');
    expect(r.stderr).toContain(path());
    expect(r.stderr).not.toContain('internal error');
    expect(await readdir(small)).toEqual([]);
  });
});
