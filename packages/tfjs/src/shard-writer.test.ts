import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir, removeTempDir } from '@mlpack/test-utils';
import { COALESCE_BYTES, ShardWriter, shardCount, shardFileName } from './shard-writer.js';

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir('mlpack-tfjs-shards-');
});
afterEach(async () => {
  await removeTempDir(dir);
});

const bytes = (n: number, start: number): Uint8Array => Uint8Array.from({ length: n }, (_, i) => (start + i) % 251);
const sha256 = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');

describe('ShardWriter', () => {
  it('names and counts shards like tfjs-converter', () => {
    expect(shardFileName(2, 7)).toBe('group1-shard2of7.bin');
    expect(shardCount(0, 10)).toBe(0);
    expect(shardCount(10, 10)).toBe(1);
    expect(shardCount(11, 10)).toBe(2);
  });

  it('splits writes across shard boundaries; concatenated shards equal the stream', async () => {
    const chunks = [bytes(3, 0), bytes(25, 3), bytes(1, 28), bytes(0, 29), bytes(12, 29)];
    const total = chunks.reduce((a, c) => a + c.length, 0); // 41
    const w = new ShardWriter(dir, total, 10);
    for (const c of chunks) await w.write(c);
    const files = await w.close();
    expect(files.map(({ path, size }) => ({ path, size }))).toEqual([
      { path: 'group1-shard1of5.bin', size: 10 },
      { path: 'group1-shard2of5.bin', size: 10 },
      { path: 'group1-shard3of5.bin', size: 10 },
      { path: 'group1-shard4of5.bin', size: 10 },
      { path: 'group1-shard5of5.bin', size: 1 },
    ]);
    const contents = await Promise.all(files.map((f) => readFile(join(dir, f.path))));
    expect(new Uint8Array(Buffer.concat(contents))).toEqual(bytes(41, 0));
    // Each shard's sha256, computed while writing, is the hash of the file on disk.
    expect(files.map((f) => f.sha256)).toEqual(contents.map((c) => sha256(c)));
  });

  it('coalesces small writes and passes large ones through: same bytes and hashes either way', async () => {
    // 3 KiB pieces fill the coalescing buffer and flush across a 1.5 MiB shard boundary; a 2.5 MiB piece
    // goes straight to the file, straddling the next boundary; then small pieces again.
    const shard = 1.5 * COALESCE_BYTES;
    const pieces = [
      ...Array.from({ length: 400 }, (_, i) => bytes(3072, i)),
      bytes(2.5 * COALESCE_BYTES, 7),
      ...Array.from({ length: 9 }, (_, i) => bytes(1000 + i, 3 * i)),
    ];
    const stream = Buffer.concat(pieces);
    const w = new ShardWriter(dir, stream.length, shard);
    for (const p of pieces) await w.write(p);
    const files = await w.close();
    expect(files.map((f) => f.size)).toEqual([shard, shard, stream.length - 2 * shard]);
    const contents = await Promise.all(files.map((f) => readFile(join(dir, f.path))));
    expect(Buffer.compare(Buffer.concat(contents), stream)).toBe(0);
    expect(files.map((f) => f.sha256)).toEqual([0, 1, 2].map((i) => sha256(stream.subarray(i * shard, Math.min((i + 1) * shard, stream.length)))));
  });

  it('writes nothing for zero bytes', async () => {
    const w = new ShardWriter(dir, 0, 10);
    expect(await w.close()).toEqual([]);
    expect(await readdir(dir)).toEqual([]);
  });

  it('an exact multiple leaves no empty last shard', async () => {
    const w = new ShardWriter(dir, 20, 10);
    await w.write(bytes(20, 0));
    expect((await w.close()).map((f) => f.size)).toEqual([10, 10]);
  });

  it('more or fewer bytes than planned is TFJS_SIZE_MISMATCH', async () => {
    const over = new ShardWriter(dir, 5, 10);
    await expect(over.write(bytes(11, 0))).rejects.toMatchObject({ code: 'TFJS_SIZE_MISMATCH' });
    await over.abort();
    const under = new ShardWriter(dir, 15, 10);
    await under.write(bytes(12, 0));
    await expect(under.close()).rejects.toMatchObject({ code: 'TFJS_SIZE_MISMATCH' });
  });

  it('a missing directory is TFJS_WRITE_FAILED naming the shard', async () => {
    const w = new ShardWriter(join(dir, 'gone'), 4, 10);
    await expect(w.write(bytes(4, 0))).rejects.toMatchObject({ code: 'TFJS_WRITE_FAILED', file: join(dir, 'gone', 'group1-shard1of1.bin') });
  });

  it('a shard that cannot be created (opened ahead) fails when it is reached, naming it; earlier shards are written', async () => {
    await mkdir(join(dir, 'group1-shard2of3.bin'));
    const w = new ShardWriter(dir, 25, 10);
    await w.write(bytes(10, 0));
    await expect(w.write(bytes(15, 10))).rejects.toMatchObject({ code: 'TFJS_WRITE_FAILED', file: join(dir, 'group1-shard2of3.bin') });
    await w.abort();
    expect(new Uint8Array(await readFile(join(dir, 'group1-shard1of3.bin')))).toEqual(bytes(10, 0));
    expect((await readdir(dir)).sort()).toEqual(['group1-shard1of3.bin', 'group1-shard2of3.bin']);
  });
});
