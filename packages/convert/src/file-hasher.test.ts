import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, removeTempDir } from '@mlpack/test-utils';
import { FileHasher, HASH_READ_BYTES } from './file-hasher.js';

let dir: string;
beforeAll(async () => {
  dir = await makeTempDir('mlpack-file-hasher-');
});
afterAll(async () => {
  await removeTempDir(dir);
});

const sha256 = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');

describe('FileHasher', () => {
  it('hashes files on its worker: sizes and sha256 as computed in-process, across read-chunk boundaries', async () => {
    // 2.5 read chunks, so the worker's loop reads a full buffer twice and a partial one once.
    const big = new Uint8Array(Math.floor(2.5 * HASH_READ_BYTES)).map((_, i) => (i * 2654435761) >>> 24);
    const files = { 'big.bin': big, 'empty.bin': new Uint8Array(0), 'small.json': new TextEncoder().encode('{"a": 1}\n') };
    for (const [name, bytes] of Object.entries(files)) await writeFile(join(dir, name), bytes);
    const hasher = new FileHasher();
    try {
      const digests = await Promise.all(Object.keys(files).map((name) => hasher.hash(join(dir, name))));
      expect(digests).toEqual(Object.values(files).map((b) => ({ size: b.length, sha256: sha256(b) })));
      expect(digests[1]!.sha256).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
      // Asking again is answered from the first request (the same promise).
      expect(hasher.hash(join(dir, 'big.bin'))).toBe(hasher.hash(join(dir, 'big.bin')));
    } finally {
      await hasher.close();
    }
  });

  it('a file that cannot be read is CONVERT_HASH_FAILED naming it; other files still hash', async () => {
    const hasher = new FileHasher();
    try {
      const missing = join(dir, 'missing.safetensors');
      await expect(hasher.hash(missing)).rejects.toMatchObject({ code: 'CONVERT_HASH_FAILED', file: missing });
      await expect(hasher.hash(dir)).rejects.toMatchObject({ code: 'CONVERT_HASH_FAILED', file: dir }); // a directory
      await writeFile(join(dir, 'after.txt'), 'ok');
      expect((await hasher.hash(join(dir, 'after.txt'))).sha256).toBe(sha256(new TextEncoder().encode('ok')));
    } finally {
      await hasher.close();
    }
  });

  it('close() rejects what is pending and every later request, and is safe to repeat', async () => {
    await writeFile(join(dir, 'pending.bin'), new Uint8Array(4 * HASH_READ_BYTES));
    const hasher = new FileHasher();
    const pending = hasher.hash(join(dir, 'pending.bin'));
    await hasher.close();
    await expect(pending).rejects.toMatchObject({ code: 'CONVERT_HASH_FAILED' });
    await expect(hasher.hash(join(dir, 'small.json'))).rejects.toMatchObject({ code: 'CONVERT_HASH_FAILED', file: join(dir, 'small.json') });
    await hasher.close();
  });
});
