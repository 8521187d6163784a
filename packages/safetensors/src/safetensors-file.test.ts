import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { open, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { hasSharedFixtures, makeTempDir, removeTempDir, sharedFixture, sharedFixturesRoot } from '@mlpack/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ByteSource } from './byte-source.js';
import { SafetensorsError } from './errors.js';
import { openSafetensors, openSafetensorsSource } from './safetensors-file.js';
import { serializeSafetensors } from './serialize-safetensors.js';

const f32 = (...v: number[]): Uint8Array => new Uint8Array(new Float32Array(v).buffer);

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir('mlpack-st-file-');
});
afterEach(async () => {
  await removeTempDir(dir);
});

/** In-memory source that records every read and refuses any outside the file. */
function memorySource(bytes: Uint8Array): ByteSource & { reads: Array<[number, number]>; closed: boolean } {
  const reads: Array<[number, number]> = [];
  return {
    size: bytes.length,
    reads,
    closed: false,
    async read(position, length) {
      if (!Number.isSafeInteger(position) || !Number.isSafeInteger(length) || position < 0 || length < 0 || position + length > bytes.length) {
        throw new Error(`read out of bounds: ${length} bytes at ${position} of ${bytes.length}`);
      }
      reads.push([position, length]);
      return bytes.slice(position, position + length);
    },
    async close() {
      this.closed = true;
    },
  };
}

describe('openSafetensors', () => {
  const tensors = [
    { name: 'w2', dtype: 'F16' as const, shape: [2], data: Uint8Array.from([0x00, 0x3c, 0x00, 0xc0]) },
    { name: 'w1', dtype: 'F32' as const, shape: [2, 1], data: f32(0.5, -4) },
    { name: 'ids', dtype: 'I64' as const, shape: [1], data: new Uint8Array(new BigInt64Array([42n]).buffer) },
  ];

  it('reads the header with two bounded reads and tensors with one ranged read each', async () => {
    const bytes = serializeSafetensors(tensors);
    const src = memorySource(bytes);
    const f = await openSafetensorsSource(src, { file: 'm.safetensors', path: '/m.safetensors' });
    const n = f.header.headerLength;
    expect(src.reads).toEqual([
      [0, 16],
      [8, n],
    ]);
    const w1 = f.get('w1')!;
    expect(w1).toMatchObject({ file: '/m.safetensors', byteOffset: 8 + n + 8, byteLength: 8, dtype: 'F32', shape: [2, 1] });
    expect([...(await f.readFloat32('w1'))]).toEqual([0.5, -4]);
    expect(src.reads.at(-1)).toEqual([8 + n + 8, 8]);
    await f.close();
    expect(src.closed).toBe(true);
  });

  it('iterates tensors in file order with their bytes', async () => {
    const path = join(dir, 'm.safetensors');
    await writeFile(path, serializeSafetensors(tensors));
    const f = await openSafetensors(path);
    try {
      expect(f.names()).toEqual(['ids', 'w1', 'w2']);
      const seen: Array<[string, number[]]> = [];
      for await (const { tensor, data } of f) seen.push([tensor.name, [...data]]);
      expect(seen).toEqual(tensors.map((t) => [t.name, [...t.data]]).sort(([a], [b]) => ((a as string) < (b as string) ? -1 : 1)));
      expect([...(await f.readFloat32('w2'))]).toEqual([1, -2]);
      expect([...(await f.readFloat32('ids'))]).toEqual([42]);
      expect(f.size).toBe(readFileSync(path).length);
    } finally {
      await f.close();
    }
  });

  it('ST_TENSOR_NOT_FOUND, and ST_CLOSED after close', async () => {
    const path = join(dir, 'm.safetensors');
    await writeFile(path, serializeSafetensors(tensors));
    const f = await openSafetensors(path, { file: 'm.safetensors' });
    await expect(f.read('nope')).rejects.toMatchObject({ code: 'ST_TENSOR_NOT_FOUND', tensor: 'nope', file: 'm.safetensors' });
    // prototype names are not tensors
    await expect(f.read('constructor')).rejects.toMatchObject({ code: 'ST_TENSOR_NOT_FOUND' });
    await f.close();
    await expect(f.read('w1')).rejects.toMatchObject({ code: 'ST_CLOSED' });
  });

  it('closes the source when validation fails', async () => {
    const src = memorySource(Uint8Array.from([2, 0, 0, 0, 0, 0, 0, 0, 0x5b, 0x5d]));
    await expect(openSafetensorsSource(src, { file: 'x', path: 'x' })).rejects.toMatchObject({ code: 'ST_HEADER_NOT_OBJECT' });
    expect(src.closed).toBe(true);
  });

  it('ST_IO for a missing file, ST_FOREIGN_FORMAT for a zip named .safetensors', async () => {
    await expect(openSafetensors(join(dir, 'missing.safetensors'))).rejects.toMatchObject({ code: 'ST_IO' });
    const zipPath = join(dir, 'model.safetensors');
    await writeFile(zipPath, Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x08, 0x08, 0x08, 0x00, ...new Uint8Array(40)]));
    const e = await openSafetensors(zipPath).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(SafetensorsError);
    expect(e).toMatchObject({ code: 'ST_FOREIGN_FORMAT', file: zipPath, offset: 0 });
    expect((e as SafetensorsError).hint).toMatch(/never unpickles/);
  });

  it('ST_TRUNCATED when the file shrinks after it was opened', async () => {
    const path = join(dir, 'm.safetensors');
    const bytes = serializeSafetensors(tensors);
    await writeFile(path, bytes);
    const f = await openSafetensors(path);
    try {
      await truncate(path, bytes.length - 2);
      await expect(f.read('w2')).rejects.toMatchObject({ code: 'ST_TRUNCATED', offset: bytes.length - 2 });
    } finally {
      await f.close();
    }
  });

  it('handles files beyond 4 GiB: offsets past 2^32 are exact (sparse file)', async (ctx) => {
    const path = join(dir, 'big.safetensors');
    const big = 5 * 2 ** 30;
    const header =
      `{"big":{"dtype":"U8","shape":[${big}],"data_offsets":[0,${big}]},` + `"tail":{"dtype":"F32","shape":[2],"data_offsets":[${big},${big + 8}]}}`;
    const prefix = new Uint8Array(8 + header.length);
    new DataView(prefix.buffer).setBigUint64(0, BigInt(header.length), true);
    prefix.set(new TextEncoder().encode(header), 8);
    const dataStart = prefix.length;
    try {
      await writeFile(path, prefix);
      await truncate(path, dataStart + big + 8);
      const h = await open(path, 'r+');
      await h.write(f32(1.25, -3), 0, 8, dataStart + big);
      await h.close();
    } catch (e) {
      ctx.skip(`filesystem refused a sparse 5 GiB file: ${(e as Error).message}`);
    }
    const f = await openSafetensors(path);
    try {
      expect(f.size).toBe(dataStart + big + 8);
      expect(f.get('big')).toMatchObject({ byteOffset: dataStart, byteLength: big, elements: big });
      expect(f.get('tail')).toMatchObject({ byteOffset: dataStart + big, byteLength: 8, dataOffsets: [big, big + 8] });
      expect([...(await f.readFloat32('tail'))]).toEqual([1.25, -3]);
    } finally {
      await f.close();
    }
  });
});

interface Provenance {
  safetensors?: { n_tensors?: number; params?: number; header_len?: number; data_end?: number; 'model.safetensors'?: Check };
  derived_files?: Record<string, { check?: Check }>;
}
interface Check {
  n_tensors: number;
  params: number;
  header_len: number;
  data_end: number;
  file_len: number;
}

/** PROVENANCE.json records the safetensors check in one of three places (seeded folders record none). */
function expectedCheck(p: Provenance): Check | undefined {
  const s = p.safetensors;
  if (s?.n_tensors !== undefined) return s as Check;
  if (s?.['model.safetensors']) return s['model.safetensors'];
  return p.derived_files?.['model.safetensors.converted']?.check;
}

/**
 * The same check computed from the raw bytes with nothing but `JSON.parse` (for folders whose
 * PROVENANCE.json does not record one): an independent reading to hold the reader against.
 */
function rawCheck(path: string): Check {
  const bytes = readFileSync(path);
  const headerLen = Number(bytes.readBigUInt64LE(0));
  const header = JSON.parse(bytes.subarray(8, 8 + headerLen).toString('utf8')) as Record<string, { shape: number[]; data_offsets: [number, number] }>;
  const tensors = Object.entries(header).filter(([k]) => k !== '__metadata__');
  return {
    n_tensors: tensors.length,
    params: tensors.reduce((a, [, t]) => a + t.shape.reduce((x, d) => x * d, 1), 0),
    header_len: headerLen,
    data_end: Math.max(0, ...tensors.map(([, t]) => t.data_offsets[1])),
    file_len: bytes.length,
  };
}

describe.skipIf(!hasSharedFixtures())('shared fixtures', () => {
  const folders = hasSharedFixtures() ? modelFolders(sharedFixturesRoot) : [];
  it('has fixtures to check', () => {
    expect(folders.length).toBeGreaterThanOrEqual(8);
  });
  it.each(folders)('%s/model.safetensors matches PROVENANCE.json (or its raw header)', async (name) => {
    const folder = sharedFixture(name);
    const prov = JSON.parse(readFileSync(join(folder, 'PROVENANCE.json'), 'utf8')) as Provenance;
    const want = expectedCheck(prov) ?? rawCheck(join(folder, 'model.safetensors'));
    const f = await openSafetensors(join(folder, 'model.safetensors'));
    try {
      expect(f.tensors).toHaveLength(want.n_tensors);
      expect(f.tensors.reduce((a, t) => a + t.elements, 0)).toBe(want.params);
      expect(f.header.headerLength).toBe(want.header_len);
      expect(f.header.dataLength).toBe(want.data_end);
      expect(f.size).toBe(want.file_len);
      let bytes = 0;
      for await (const { tensor, data } of f.iterate()) {
        expect(data.length).toBe(tensor.byteLength);
        bytes += data.length;
      }
      expect(bytes).toBe(want.data_end);
    } finally {
      await f.close();
    }
  });
});

/** Fixture folders that hold a model.safetensors and a PROVENANCE.json, sorted. */
function modelFolders(root: string): string[] {
  return readdirSync(root)
    .filter((n) => existsSync(join(root, n, 'model.safetensors')) && existsSync(join(root, n, 'PROVENANCE.json')))
    .sort();
}
