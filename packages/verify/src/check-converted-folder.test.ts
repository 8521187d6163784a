import { mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { sha256Bytes } from '@mlpack/core';
import { makeTempDir, removeTempDir } from '@mlpack/test-utils';
import { checkConvertedFolder } from './check-converted-folder.js';

let dir: string;
const files = [
  { path: 'config.json', bytes: '{"model_type":"bert"}' },
  { path: 'onnx/model.onnx', bytes: 'onnx bytes' },
];
const listed = files.map((f) => ({ path: f.path, size: Buffer.byteLength(f.bytes), sha256: sha256Bytes(f.bytes) }));

beforeEach(async () => {
  dir = await makeTempDir('mlpack-verify-folder-');
  await mkdir(join(dir, 'onnx'));
  for (const f of files) await writeFile(join(dir, f.path), f.bytes);
  await writeFile(join(dir, 'mlpack.json'), '{}');
});
afterEach(async () => {
  await removeTempDir(dir);
});

describe('checkConvertedFolder: the folder is exactly what mlpack.json lists', () => {
  it('passes an untouched folder', async () => {
    await expect(checkConvertedFolder(dir, listed, 'mlpack.json')).resolves.toBeUndefined();
  });
  it('a wrong hash → VERIFY_FILE_MODIFIED naming the file', async () => {
    await writeFile(join(dir, 'onnx', 'model.onnx'), 'onnx bytez');
    await expect(checkConvertedFolder(dir, listed, 'mlpack.json')).rejects.toMatchObject({ code: 'VERIFY_FILE_MODIFIED', file: join(dir, 'onnx/model.onnx') });
  });
  it('an unlisted evil.sh → VERIFY_FILE_UNLISTED', async () => {
    await writeFile(join(dir, 'evil.sh'), 'rm -rf ~');
    await expect(checkConvertedFolder(dir, listed, 'mlpack.json')).rejects.toMatchObject({ code: 'VERIFY_FILE_UNLISTED', file: join(dir, 'evil.sh') });
  });
  it('model.onnx symlinked outside → VERIFY_FILE_NOT_REGULAR (never followed)', async () => {
    await writeFile(join(dir, '..', 'outside.onnx'), 'onnx bytes');
    await rm(join(dir, 'onnx', 'model.onnx'));
    await symlink(join(dir, '..', 'outside.onnx'), join(dir, 'onnx', 'model.onnx'));
    await expect(checkConvertedFolder(dir, listed, 'mlpack.json')).rejects.toMatchObject({
      code: 'VERIFY_FILE_NOT_REGULAR',
      file: join(dir, 'onnx/model.onnx'),
    });
    await rm(join(dir, '..', 'outside.onnx'));
  });
  it('a FIFO is reported, never opened; a missing file → VERIFY_FILE_MISSING, with the count of the others', async () => {
    execFileSync('mkfifo', [join(dir, 'pipe')]);
    await rm(join(dir, 'config.json'));
    await expect(checkConvertedFolder(dir, listed, 'mlpack.json')).rejects.toMatchObject({
      code: 'VERIFY_FILE_MISSING',
      message: expect.stringContaining('(and 1 more problems)'),
    });
  });
});
