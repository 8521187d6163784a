import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sha256Bytes } from '@mlpack/core';
import { makeTempDir, removeTempDir } from '@mlpack/test-utils';
import { listArchive } from './__fixtures__/list-archive.js';
import { archiveOrder, writeTarGz } from './write-tar-gz.js';
import type { TarEntry } from './write-tar-gz.js';

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir('mlpack-tar-');
});
afterEach(async () => {
  await removeTempDir(dir);
});

const LONG = `${'deep-directory-name/'.repeat(8)}${'x'.repeat(120)}.bin`;

async function entries(): Promise<TarEntry[]> {
  const big = Buffer.alloc(5000, 7);
  await writeFile(join(dir, 'big.bin'), big);
  return archiveOrder([
    { type: 'file', path: 'onnx/model.onnx', source: join(dir, 'big.bin'), size: big.length, sha256: sha256Bytes(big) },
    { type: 'directory', path: 'onnx' },
    { type: 'file', path: 'config.json', bytes: Buffer.from('{}\n') },
    { type: 'file', path: 'mlpack.json.sig', bytes: Buffer.from('sig') },
    { type: 'file', path: 'mlpack.json', bytes: Buffer.from('{"m":1}\n') },
    { type: 'file', path: LONG, bytes: Buffer.from('long') },
  ]);
}

describe('writeTarGz', () => {
  it('orders mlpack.json first, its signature second, then paths with directories before their contents', async () => {
    expect((await entries()).map((e) => e.path)).toEqual(['mlpack.json', 'mlpack.json.sig', 'config.json', LONG, 'onnx', 'onnx/model.onnx']);
  });

  it('writes identical bytes twice, with fixed headers and a portable gzip header', async () => {
    const e = await entries();
    const a = await writeTarGz(join(dir, 'a.tar.gz'), e, { mtime: 0 });
    const b = await writeTarGz(join(dir, 'b.tar.gz'), e, { mtime: 0 });
    const bytes = await readFile(join(dir, 'a.tar.gz'));
    expect(a.sha256).toBe(b.sha256);
    expect(sha256Bytes(bytes)).toBe(a.sha256);
    expect(bytes.length).toBe(a.size);
    expect(await readFile(join(dir, 'b.tar.gz'))).toEqual(bytes);
    // ID1 ID2 CM=deflate FLG=0 MTIME=0 XFL=2 (level 9) OS=255 (unknown)
    expect([...bytes.subarray(0, 10)]).toEqual([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 2, 0xff]);
    const listed = await listArchive(join(dir, 'a.tar.gz'));
    expect(listed.map((x) => [x.path, x.type, x.size, x.mode, x.uid, x.gid, x.uname, x.gname, x.mtime])).toEqual([
      ['mlpack.json', 'File', 8, 0o644, 0, 0, '', '', 0],
      ['mlpack.json.sig', 'File', 3, 0o644, 0, 0, '', '', 0],
      ['config.json', 'File', 3, 0o644, 0, 0, '', '', 0],
      [LONG, 'File', 4, 0o644, 0, 0, '', '', 0],
      ['onnx/', 'Directory', 0, 0o755, 0, 0, '', '', 0],
      ['onnx/model.onnx', 'File', 5000, 0o644, 0, 0, '', '', 0],
    ]);
    // the tar stream: blocks of 512, ends with two zero blocks; the long path went into a pax record
    const tar = gunzipSync(bytes);
    expect(tar.length % 512).toBe(0);
    expect(tar.subarray(tar.length - 1024).every((x) => x === 0)).toBe(true);
    expect(tar.includes(Buffer.from(`path=${LONG}`))).toBe(true);
    expect(await readdir(dir)).toEqual(['a.tar.gz', 'b.tar.gz', 'big.bin']);
  });

  it('long paths read back exactly with node-tar: the pax path is not joined with a ustar prefix', async () => {
    // Header.encode splits these into a ustar prefix ("." / "onnx" / "é…") plus a truncated name; node-tar's
    // reader prepends a non-empty prefix to the pax path, so the writer must leave the prefix field empty.
    const longDir = 'd'.repeat(200);
    const shortDirLongName = `onnx/${'m'.repeat(150)}.onnx`;
    const unicode = `${'é'.repeat(60)}/${'ü'.repeat(60)}.json`;
    const e = archiveOrder([
      { type: 'file', path: 'mlpack.json', bytes: Buffer.from('{}') },
      { type: 'directory', path: longDir },
      { type: 'file', path: `${longDir}/config.pbtxt`, bytes: Buffer.from('x') },
      { type: 'directory', path: 'onnx' },
      { type: 'file', path: shortDirLongName, bytes: Buffer.from('y') },
      { type: 'directory', path: 'é'.repeat(60) },
      { type: 'file', path: unicode, bytes: Buffer.from('z') },
    ]);
    await writeTarGz(join(dir, 'a.tar.gz'), e, { mtime: 0 });
    const listed = await listArchive(join(dir, 'a.tar.gz'));
    expect(listed.map((x) => [x.path, x.type])).toEqual(
      e.map((x) => [x.type === 'directory' ? `${x.path}/` : x.path, x.type === 'directory' ? 'Directory' : 'File']),
    );
    // every entry's ustar header (not the pax records' own headers, whose names node-tar ignores) has an empty prefix field (bytes 345..500)
    const tar = gunzipSync(await readFile(join(dir, 'a.tar.gz')));
    for (let off = 0; off + 512 <= tar.length && tar[off] !== 0;) {
      if (tar[off + 156] !== 0x78) expect(tar.subarray(off + 345, off + 500).every((b) => b === 0)).toBe(true);
      const size = parseInt(
        tar
          .subarray(off + 124, off + 136)
          .toString()
          .replace(/\0.*$/, '')
          .trim() || '0',
        8,
      );
      off += 512 + Math.ceil(size / 512) * 512;
    }
  });

  it('stamps every entry with the given mtime (SOURCE_DATE_EPOCH), deterministically', async () => {
    const e = await entries();
    const epoch = 1_700_000_000;
    const a = await writeTarGz(join(dir, 'a.tar.gz'), e, { mtime: epoch });
    const b = await writeTarGz(join(dir, 'b.tar.gz'), e, { mtime: epoch });
    const zero = await writeTarGz(join(dir, 'z.tar.gz'), e, { mtime: 0 });
    expect(a.sha256).toBe(b.sha256);
    expect(a.sha256).not.toBe(zero.sha256);
    expect(new Set((await listArchive(join(dir, 'a.tar.gz'))).map((x) => x.mtime))).toEqual(new Set([epoch]));
    await expect(writeTarGz(join(dir, 'c.tar.gz'), e, { mtime: -1 })).rejects.toMatchObject({ code: 'BUNDLE_BAD_OPTION' });
    await expect(writeTarGz(join(dir, 'c.tar.gz'), e, { mtime: 8 ** 11 })).rejects.toMatchObject({ code: 'BUNDLE_BAD_OPTION' });
  });

  it('refuses a source file whose bytes no longer match, leaving no output or temp file', async () => {
    const e = await entries();
    await writeFile(join(dir, 'big.bin'), Buffer.alloc(5000, 8));
    await expect(writeTarGz(join(dir, 'a.tar.gz'), e, { mtime: 0 })).rejects.toMatchObject({ code: 'BUNDLE_FILE_MODIFIED', file: 'onnx/model.onnx' });
    await writeFile(join(dir, 'big.bin'), Buffer.alloc(6000, 7));
    await expect(writeTarGz(join(dir, 'a.tar.gz'), e, { mtime: 0 })).rejects.toMatchObject({ code: 'BUNDLE_FILE_MODIFIED' });
    expect(await readdir(dir)).toEqual(['big.bin']);
  });

  it('compressionLevel: 0 stores the tar (same content, larger file), each level is deterministic, the default is 9; anything but 0..9 is refused', async () => {
    const e = await entries();
    const nine = await writeTarGz(join(dir, 'nine.tar.gz'), e, { mtime: 0, compressionLevel: 9 });
    const byDefault = await writeTarGz(join(dir, 'default.tar.gz'), e, { mtime: 0 });
    expect(byDefault.sha256).toBe(nine.sha256);
    const stored = await writeTarGz(join(dir, 'stored.tar.gz'), e, { mtime: 0, compressionLevel: 0 });
    const storedAgain = await writeTarGz(join(dir, 'stored2.tar.gz'), e, { mtime: 0, compressionLevel: 0 });
    expect(stored.sha256).toBe(storedAgain.sha256);
    const tarOf = async (name: string): Promise<Buffer> => gunzipSync(await readFile(join(dir, name)));
    expect((await tarOf('stored.tar.gz')).equals(await tarOf('nine.tar.gz'))).toBe(true);
    // Stored deflate blocks: the whole tar plus framing, against a few hundred bytes at level 9 (5000 equal bytes).
    expect(stored.size).toBeGreaterThan((await tarOf('stored.tar.gz')).length);
    expect(nine.size).toBeLessThan(1000);
    for (const bad of [-1, 10, 1.5, Number.NaN]) {
      await expect(writeTarGz(join(dir, 'bad.tar.gz'), e, { mtime: 0, compressionLevel: bad })).rejects.toMatchObject({
        code: 'BUNDLE_BAD_OPTION',
        exitCode: 2,
      });
    }
    expect((await readdir(dir)).filter((f) => f.startsWith('bad') || f.startsWith('.'))).toEqual([]);
  });
});
