import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeTempDir, removeTempDir, samplesRoot } from '@mlpack/test-utils';
import { convertModel } from './convert-model.js';

/**
 * Injected write failure: the ONNX emitter writes part of model.onnx, then the disk is full. The
 * conversion must end in a coded error naming --out, with no output and no temp dir or lock left.
 */
vi.mock('@mlpack/onnx', async (importOriginal) => {
  const onnx = await importOriginal<typeof import('@mlpack/onnx')>();
  return {
    ...onnx,
    emitOnnx: async (_graph: unknown, opts: { dir: string }) => {
      await writeFile(join(opts.dir, 'model.onnx'), 'half a model');
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', errno: -28, syscall: 'write' });
    },
  };
});

let root: string;
beforeEach(async () => {
  root = await makeTempDir('mlpack-convert-full-');
});
afterEach(async () => {
  await removeTempDir(root);
});

describe('disk full during convert', () => {
  it('FS_NO_SPACE naming --out; nothing left beside it', async () => {
    const out = join(root, 'out');
    await expect(convertModel(join(samplesRoot, 'bert-seqcls'), { out })).rejects.toMatchObject({ code: 'FS_NO_SPACE', file: out, exitCode: 1 });
    expect(await readdir(root)).toEqual([]);
  });
});
