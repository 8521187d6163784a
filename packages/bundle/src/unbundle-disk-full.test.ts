import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeTempDir, removeTempDir } from '@mlpack/test-utils';
import { handMadeTarGz, manifestBytes, manifestFor } from './__fixtures__/hand-made-archive.js';
import { unbundle } from './unbundle.js';
import { verifyBundle } from './verify-bundle.js';

/**
 * Injected write failure: node-tar's extract writes part of the archive, then the disk is full
 * (ENOSPC), as on a real full filesystem (the e2e test uses a small tmpfs). The result must be a
 * coded error naming the target, with nothing left behind.
 */
vi.mock('tar', async (importOriginal) => {
  const tar = await importOriginal<typeof import('tar')>();
  return {
    ...tar,
    extract: async (opts: { cwd: string }) => {
      await mkdir(join(opts.cwd, 'onnx'), { recursive: true });
      await writeFile(join(opts.cwd, 'onnx', 'model.onnx'), 'half of the mod');
      throw Object.assign(new Error(`ENOSPC: no space left on device, write`), { code: 'ENOSPC', errno: -28, syscall: 'write' });
    },
  };
});

const files = { 'config.json': '{}\n', 'onnx/model.onnx': 'model' };
let root: string;
beforeEach(async () => {
  root = await makeTempDir('mlpack-unbundle-full-');
  await writeFile(
    join(root, 'b.tar.gz'),
    handMadeTarGz([
      { path: 'mlpack.json', body: manifestBytes(manifestFor(files)) },
      { path: 'config.json', body: files['config.json'] },
      { path: 'onnx/', type: 'Directory' },
      { path: 'onnx/model.onnx', body: files['onnx/model.onnx'] },
    ]),
  );
});
afterEach(async () => {
  await removeTempDir(root);
});

describe('disk full while extracting', () => {
  it('unbundle: FS_NO_SPACE naming the target, no target and no temp dir left', async () => {
    const out = join(root, 'deploy');
    await expect(unbundle(join(root, 'b.tar.gz'), { out })).rejects.toMatchObject({ code: 'FS_NO_SPACE', file: out, exitCode: 1 });
    expect(await readdir(root)).toEqual(['b.tar.gz']);
  });
  it('verify <bundle>: FS_NO_SPACE, the temp dir in TMPDIR removed', async () => {
    const tmp = join(root, 'tmp');
    await mkdir(tmp);
    const saved = process.env['TMPDIR'];
    process.env['TMPDIR'] = tmp;
    try {
      await expect(verifyBundle(join(root, 'b.tar.gz'), { inference: false })).rejects.toMatchObject({ code: 'FS_NO_SPACE' });
    } finally {
      if (saved === undefined) delete process.env['TMPDIR'];
      else process.env['TMPDIR'] = saved;
    }
    expect(await readdir(tmp)).toEqual([]);
  });
});
