import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sha256Bytes } from '@mlpack/core';
import { makeTempDir, removeTempDir } from '@mlpack/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseHeader } from './parse-header.js';
import { openSafetensors } from './safetensors-file.js';
import { serializeSafetensors, writeSafetensors } from './serialize-safetensors.js';
import type { TensorInput } from './serialize-safetensors.js';
import { writeSafetensorsStream } from './write-safetensors-stream.js';

const f32 = (...v: number[]): Uint8Array => new Uint8Array(new Float32Array(v).buffer);

const sample: TensorInput[] = [
  { name: 'b', dtype: 'F32', shape: [1], data: f32(1) },
  { name: 'a', dtype: 'U8', shape: [2], data: Uint8Array.from([7, 9]) },
];

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir('mlpack-st-write-');
});
afterEach(async () => {
  await removeTempDir(dir);
});

describe('serializeSafetensors', () => {
  it('writes the exact expected bytes: sorted names, compact JSON, space padding to 8', () => {
    const out = serializeSafetensors(sample, { format: 'pt' });
    const json =
      '{"__metadata__":{"format":"pt"},"a":{"dtype":"U8","shape":[2],"data_offsets":[0,2]},' + '"b":{"dtype":"F32","shape":[1],"data_offsets":[2,6]}}';
    const n = Math.ceil(json.length / 8) * 8;
    expect(n % 8).toBe(0);
    expect(new DataView(out.buffer).getBigUint64(0, true)).toBe(BigInt(n));
    expect(new TextDecoder().decode(out.subarray(8, 8 + n))).toBe(json + ' '.repeat(n - json.length));
    expect([...out.subarray(8 + n)]).toEqual([7, 9, 0x00, 0x00, 0x80, 0x3f]);
    expect(out.length).toBe(8 + n + 6);
  });

  it('is deterministic whatever the input order', () => {
    const a = serializeSafetensors(sample, { b: '2', a: '1' });
    const b = serializeSafetensors([...sample].reverse(), { a: '1', b: '2' });
    expect(sha256Bytes(a)).toBe(sha256Bytes(b));
  });

  it('keeps string order for integer-like names (no JS object key reordering)', () => {
    const out = serializeSafetensors([
      { name: '9', dtype: 'U8', shape: [1], data: Uint8Array.from([9]) },
      { name: '10', dtype: 'U8', shape: [1], data: Uint8Array.from([10]) },
    ]);
    const h = parseHeader(out);
    expect(h.tensors.map((t) => t.name)).toEqual(['10', '9']);
    expect([...out.subarray(h.dataStart)]).toEqual([10, 9]);
  });

  it('round-trips through the reader: names, dtypes, shapes, bytes, metadata', () => {
    const tensors: TensorInput[] = [
      { name: 'scalar', dtype: 'F64', shape: [], data: new Uint8Array(new Float64Array([Math.PI]).buffer) },
      { name: 'empty', dtype: 'F32', shape: [3, 0], data: new Uint8Array(0) },
      { name: 'packed', dtype: 'F4', shape: [2, 3], data: Uint8Array.from([1, 2, 3]) },
      { name: 'x/y.weight', dtype: 'BF16', shape: [2, 2], data: Uint8Array.from([0x80, 0x3f, 0, 0xc0, 0, 0, 0x80, 0x7f]) },
      { name: '', dtype: 'I64', shape: [1], data: new Uint8Array(new BigInt64Array([-5n]).buffer) },
      { name: 'é€😀', dtype: 'BOOL', shape: [1], data: Uint8Array.from([1]) },
    ];
    const out = serializeSafetensors(tensors, { format: 'pt', note: 'ünïcode "quoted"' });
    const h = parseHeader(out);
    expect(h.metadata).toEqual({ format: 'pt', note: 'ünïcode "quoted"' });
    for (const t of tensors) {
      const info = h.tensors.find((i) => i.name === t.name)!;
      expect(info).toMatchObject({ dtype: t.dtype, shape: t.shape });
      expect([...out.subarray(info.byteOffset, info.byteOffset + info.byteLength)]).toEqual([...t.data]);
    }
    expect(h.dataStart % 8).toBe(0);
  });

  it.each<[string, TensorInput[], Record<string, string> | undefined, string]>([
    ['data too short', [{ name: 'a', dtype: 'F32', shape: [2], data: new Uint8Array(4) }], undefined, 'data has 4 bytes'],
    ['data too long', [{ name: 'a', dtype: 'U8', shape: [2], data: new Uint8Array(3) }], undefined, 'needs 2'],
    ['duplicate names', [sample[0]!, sample[0]!], undefined, 'duplicate'],
    ['__metadata__ as a name', [{ name: '__metadata__', dtype: 'U8', shape: [1], data: new Uint8Array(1) }], undefined, '__metadata__'],
    [
      '__proto__ as a name (the reader would refuse the file)',
      [{ name: '__proto__', dtype: 'U8', shape: [1], data: new Uint8Array(1) }],
      undefined,
      '__proto__',
    ],
    ['__proto__ as a metadata key', sample, JSON.parse('{"__proto__":"x"}') as Record<string, string>, '__proto__'],
    ['bad dtype', [{ name: 'a', dtype: 'f32' as never, shape: [1], data: new Uint8Array(4) }], undefined, 'unknown dtype'],
    ['negative dim', [{ name: 'a', dtype: 'U8', shape: [-1], data: new Uint8Array(0) }], undefined, 'non-negative'],
    ['fractional dim', [{ name: 'a', dtype: 'U8', shape: [1.5], data: new Uint8Array(0) }], undefined, 'non-negative'],
    ['packed odd count', [{ name: 'a', dtype: 'F4', shape: [3], data: new Uint8Array(2) }], undefined, 'whole bytes'],
    ['non-string metadata', sample, { n: 1 as never }, 'not a string'],
  ])('ST_WRITE_INVALID: %s', (_label, tensors, metadata, message) => {
    expect(() => serializeSafetensors(tensors, metadata)).toThrow(expect.objectContaining({ code: 'ST_WRITE_INVALID' }));
    expect(() => serializeSafetensors(tensors, metadata)).toThrow(message);
  });

  it('ST_HEADER_TOO_LARGE when metadata would push the header past 100,000,000 bytes', () => {
    expect(() => serializeSafetensors([], { big: 'a'.repeat(100_000_000) })).toThrow(expect.objectContaining({ code: 'ST_HEADER_TOO_LARGE' }));
  });
});

describe('writeSafetensors / writeSafetensorsStream', () => {
  it('writes atomically and reads back', async () => {
    const path = join(dir, 'model.safetensors');
    await writeSafetensors(path, sample, { format: 'pt' });
    expect(await readdir(dir)).toEqual(['model.safetensors']);
    const f = await openSafetensors(path);
    try {
      expect(f.metadata).toEqual({ format: 'pt' });
      expect([...(await f.readFloat32('b'))]).toEqual([1]);
      expect([...(await f.read('a'))]).toEqual([7, 9]);
    } finally {
      await f.close();
    }
  });

  it('streams the same bytes as serializeSafetensors, in chunks', async () => {
    const big = new Uint8Array(10_000).map((_, i) => i % 251);
    const path = join(dir, 's.safetensors');
    const res = await writeSafetensorsStream(
      path,
      [
        {
          name: 'z',
          dtype: 'U8',
          shape: [10_000],
          produce: async function* () {
            for (let i = 0; i < 10_000; i += 999) yield big.subarray(i, i + 999);
          },
        },
        { name: 'a', dtype: 'F32', shape: [1], produce: () => [f32(2.5)] },
      ],
      { format: 'pt' },
    );
    const expected = serializeSafetensors(
      [
        { name: 'z', dtype: 'U8', shape: [10_000], data: big },
        { name: 'a', dtype: 'F32', shape: [1], data: f32(2.5) },
      ],
      { format: 'pt' },
    );
    const written = new Uint8Array(await readFile(path));
    expect(res.bytes).toBe(expected.length);
    expect(sha256Bytes(written)).toBe(sha256Bytes(expected));
  });

  it.each([
    ['too few bytes', [new Uint8Array(3)], 'gave 3 bytes'],
    ['too many bytes', [new Uint8Array(3), new Uint8Array(3)], 'more than'],
  ])('ST_WRITE_INVALID when a producer gives %s; leaves no file behind', async (_label, chunks, message) => {
    const path = join(dir, 'bad.safetensors');
    const p = writeSafetensorsStream(path, [{ name: 'a', dtype: 'F32', shape: [1], produce: () => chunks }]);
    await expect(p).rejects.toMatchObject({ code: 'ST_WRITE_INVALID', tensor: 'a' });
    await expect(writeSafetensorsStream(path, [{ name: 'a', dtype: 'F32', shape: [1], produce: () => chunks }])).rejects.toThrow(message);
    expect(await readdir(dir)).toEqual([]);
  });
});
