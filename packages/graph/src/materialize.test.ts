import { join } from 'node:path';
import { truncate } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir, removeTempDir } from '@mlpack/test-utils';
import { f32Bytes, f64Bytes, i64Bytes, u16Bytes, writeTensorFile } from './__fixtures__/tensor-file.js';
import { BufferPool } from './buffer-pool.js';
import { GraphBuilder } from './graph-builder.js';
import type { Graph, Initializer } from './ir.js';
import { SourceCache, clearQuantizationStash, initializerByteLength, materialize, streamRanges } from './materialize.js';

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir('mlpack-graph-');
});
afterEach(async () => {
  await removeTempDir(dir);
});

function f32(bytes: Uint8Array): number[] {
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return Array.from({ length: bytes.length / 4 }, (_, i) => v.getFloat32(i * 4, true));
}
function u16(bytes: Uint8Array): number[] {
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return Array.from({ length: bytes.length / 2 }, (_, i) => v.getUint16(i * 2, true));
}
function hex(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('hex');
}

/** Build a graph that outputs each given weight (through Identity), to get its initializers. */
function initializersOf(build: (g: GraphBuilder) => void): Initializer[] {
  const g = new GraphBuilder({ name: 'w' });
  build(g);
  const graph: Graph = g.build();
  return graph.initializers;
}

describe('materialize', () => {
  it('reads a weight at its offset and transposes [out, in] → [in, out]', async () => {
    // [[1, 2, 3], [4, 5, 6]] stored row-major after 37 bytes of "header".
    const infos = await writeTensorFile(join(dir, 'w.bin'), [
      { name: 'other', dtype: 'F32', shape: [2], bytes: f32Bytes([-9, -9]) },
      { name: 'w', dtype: 'F32', shape: [2, 3], bytes: f32Bytes([1, 2, 3, 4, 5, 6]) },
    ]);
    expect(infos.get('w')!.byteOffset).toBe(37 + 8);
    const [plain, transposed] = initializersOf((g) => {
      g.output('out_a', g.weight(infos.get('w')!));
      g.output('out_b', g.weight(infos.get('w')!, { transpose: true }));
    });
    expect(f32(await materialize(plain!))).toEqual([1, 2, 3, 4, 5, 6]);
    expect(f32(await materialize(transposed!))).toEqual([1, 4, 2, 5, 3, 6]);
    expect(initializerByteLength(transposed!)).toBe(24);
  });

  it('converts F16, BF16 and F64 to float32, and float32 to float16 (then transposes)', async () => {
    const infos = await writeTensorFile(
      join(dir, 'w.bin'),
      [
        // 1, -2, 65504, 2^-24 (subnormal)
        { name: 'h', dtype: 'F16', shape: [2, 2], bytes: u16Bytes([0x3c00, 0xc000, 0x7bff, 0x0001]) },
        // 1, -3, 0.33203125
        { name: 'bf', dtype: 'BF16', shape: [3], bytes: u16Bytes([0x3f80, 0xc040, 0x3eaa]) },
        { name: 'd', dtype: 'F64', shape: [3], bytes: f64Bytes([0.1, -1e40, 2.5]) },
        { name: 's', dtype: 'F32', shape: [2, 3], bytes: f32Bytes([1, 1 + 2 ** -11, 0.1, 65504, -0.5, 2 ** -25]) },
        { name: 'big', dtype: 'F32', shape: [2], bytes: f32Bytes([1, 65520]) },
        // 2, 65536 (beyond float16)
        { name: 'bigbf', dtype: 'BF16', shape: [2], bytes: u16Bytes([0x4000, 0x4780]) },
      ],
      11,
    );
    const inits = initializersOf((g) => {
      g.output('out_h', g.weight(infos.get('h')!, { transpose: true }));
      g.output('out_bf', g.weight(infos.get('bf')!));
      g.output('out_d', g.weight(infos.get('d')!));
      g.output('out_s16', g.weight(infos.get('s')!, { dtype: 'float16', transpose: true }));
      g.output('out_h16', g.weight(infos.get('h')!, { dtype: 'float16' }));
      g.output('out_bf16', g.weight(infos.get('bf')!, { dtype: 'float16' }));
    });
    const [h, bf, d, s16, h16, bf16] = await Promise.all(inits.map((i) => materialize(i)));
    // BF16 straight to float16: 1, -3, 0.33203125 (exact in both).
    expect(u16(bf16!)).toEqual([0x3c00, 0xc200, 0x3550]);
    expect(f32(h!)).toEqual([1, 65504, -2, 2 ** -24]);
    expect(f32(bf!)).toEqual([1, -3, 0.33203125]);
    expect(f32(d!)).toEqual([Math.fround(0.1), -Infinity, 2.5]);
    // float16 of [[1, 1+2^-11 (tie → 1), 0.1], [65504 (max), -0.5, 2^-25 (tie → 0)]], transposed.
    expect(u16(s16!)).toEqual([0x3c00, 0x7bff, 0x3c00, 0xb800, 0x2e66, 0x0000]);
    // 65520 would round to +Infinity in float16: refused, naming the tensor and element.
    const [big] = initializersOf((g) => g.output('o', g.weight(infos.get('big')!, { dtype: 'float16' })));
    await expect(materialize(big!)).rejects.toMatchObject({ code: 'VALUE_OVERFLOW', tensor: 'big', message: expect.stringContaining('element 1 (65520)') });
    const [bigbf] = initializersOf((g) => g.output('o', g.weight(infos.get('bigbf')!, { dtype: 'float16' })));
    await expect(materialize(bigbf!)).rejects.toMatchObject({ code: 'VALUE_OVERFLOW', tensor: 'bigbf', message: expect.stringContaining('element 1 (65536)') });
    // F16 held as float16: the file bytes unchanged.
    expect(hex(h16!)).toBe('003c00c0ff7b0100');
    expect(inits.map((i) => i.name)).toEqual(['h.T', 'bf', 'd', 's.T.f16', 'h.f16', 'bf.f16']);
  });

  it('passes int64 weights through and encodes constants of every dtype', async () => {
    const infos = await writeTensorFile(join(dir, 'w.bin'), [{ name: 'pos', dtype: 'I64', shape: [1, 3], bytes: i64Bytes([0, 1, -1]) }]);
    const inits = initializersOf((g) => {
      g.output('out_pos', g.weight(infos.get('pos')!, { transpose: true }));
      g.output('out_f', g.constant('float32', [2], [0.5, -3.4028234663852886e38]));
      g.output('out_h', g.constant('float16', [2], [0.5, -65504]));
      g.output('out_l', g.constant('int64', [2], [-2, 2 ** 53 - 1]));
      g.output('out_i', g.constant('int32', [1], [-5]));
      g.output('out_b', g.constant('bool', [3], [1, 0, 1]));
    });
    const bytes = await Promise.all(inits.map((i) => materialize(i)));
    expect(bytes.map(hex)).toEqual([
      '0000000000000000' + '0100000000000000' + 'ffffffffffffffff',
      '0000003f' + 'ffff7fff',
      '0038' + 'fffb',
      'feffffffffffffff' + 'ffffffffffff1f00',
      'fbffffff',
      '010001',
    ]);
    expect(inits.map(initializerByteLength)).toEqual([24, 8, 4, 16, 4, 3]);
  });

  it('fails with READ_FAILED when the file is missing or truncated', async () => {
    const path = join(dir, 'w.bin');
    const infos = await writeTensorFile(path, [{ name: 'w', dtype: 'F32', shape: [4], bytes: f32Bytes([1, 2, 3, 4]) }]);
    const [init] = initializersOf((g) => g.output('out_w', g.weight(infos.get('w')!)));
    await truncate(path, 37 + 10);
    await expect(materialize(init!)).rejects.toMatchObject({ code: 'READ_FAILED', file: path, tensor: 'w', offset: 37 });
    await expect(
      materialize({ ...(init as Extract<Initializer, { kind: 'tensor' }>), source: { ...infos.get('w')!, file: join(dir, 'gone.bin') } }),
    ).rejects.toMatchObject({
      code: 'READ_FAILED',
    });
  });

  it('with a pool: the same bytes as without, buffers reused and every stale byte overwritten', async () => {
    // [96, 250] float32 = 96,000 bytes: above the pool's minimum, so read and transpose buffers are pooled.
    const rows = 96;
    const cols = 250;
    const a = Array.from({ length: rows * cols }, (_, i) => i * 0.5 - 7);
    const b = Array.from({ length: rows * cols }, (_, i) => -i - 0.25);
    const infos = await writeTensorFile(join(dir, 'w.bin'), [
      { name: 'a', dtype: 'F32', shape: [rows, cols], bytes: f32Bytes(a) },
      { name: 'b', dtype: 'F32', shape: [rows, cols], bytes: f32Bytes(b) },
      { name: 'h', dtype: 'F16', shape: [rows, cols], bytes: u16Bytes(a.map((_, i) => (i * 7) & 0x7bff)) },
    ]);
    const [aT, bT, bPlain, hT32] = initializersOf((g) => {
      g.output('o1', g.weight(infos.get('a')!, { transpose: true }));
      g.output('o2', g.weight(infos.get('b')!, { transpose: true }));
      g.output('o3', g.weight(infos.get('b')!));
      g.output('o4', g.weight(infos.get('h')!, { transpose: true, dtype: 'float32' }));
    });
    const unpooled = await Promise.all([aT!, bT!, bPlain!, hT32!].map((i) => materialize(i)));
    const pool = new BufferPool({ maxIdleBytes: 1 << 20 });
    const first = await materialize(aT!, { pool });
    expect(hex(first)).toBe(hex(unpooled[0]!));
    // The read buffer went back at once; the result is still out.
    expect(pool.idleBytes).toBe(rows * cols * 4);
    pool.give(first);
    const allocated = pool.allocatedBytes;
    expect(allocated).toBe(2 * rows * cols * 4);
    for (const [i, init] of [bT!, bPlain!, aT!].entries()) {
      const bytes = await materialize(init, { pool });
      expect(hex(bytes), init.name).toBe(hex(unpooled[[1, 2, 0][i]!]!));
      pool.give(bytes);
    }
    // F16 (48,000 bytes: below the pool minimum) → float32 → transposed: cast and transpose reuse the two buffers.
    const h = await materialize(hT32!, { pool });
    expect(hex(h)).toBe(hex(unpooled[3]!));
    pool.give(h);
    // Four more tensors, and not one more byte allocated.
    expect(pool.allocatedBytes).toBe(allocated);
  });

  it('with a pool: a failed read gives its buffer back', async () => {
    const path = join(dir, 'w.bin');
    const infos = await writeTensorFile(path, [{ name: 'w', dtype: 'F32', shape: [200, 100], bytes: f32Bytes(new Array(20000).fill(1)) }]);
    const [init] = initializersOf((g) => g.output('out_w', g.weight(infos.get('w')!)));
    await truncate(path, 37 + 1000);
    const pool = new BufferPool({ maxIdleBytes: 1 << 20 });
    await expect(materialize(init!, { pool })).rejects.toMatchObject({ code: 'READ_FAILED' });
    expect(pool.idleBytes).toBe(80000);
  });

  it('streams a tensor stored as is, or cast / transposed by rows, in ranges whose concatenation is the whole', async () => {
    const values = Array.from({ length: 1000 }, (_, i) => i - 500.5);
    const infos = await writeTensorFile(join(dir, 'w.bin'), [{ name: 'w', dtype: 'F32', shape: [40, 25], bytes: f32Bytes(values) }], 13);
    const [plain, transposed, half] = initializersOf((g) => {
      g.output('a', g.weight(infos.get('w')!));
      g.output('b', g.weight(infos.get('w')!, { transpose: true }));
      g.output('c', g.weight(infos.get('w')!, { dtype: 'float16' }));
    });
    const ranges = streamRanges(plain!, 1536);
    expect(ranges).toEqual([
      { begin: 0, end: 1536 },
      { begin: 1536, end: 3072 },
      { begin: 3072, end: 4000 },
    ]);
    const pool = new BufferPool({ maxIdleBytes: 1 << 20 });
    const parts = await Promise.all(ranges.map((range) => materialize(plain!, { range, pool })));
    expect(hex(Buffer.concat(parts))).toBe(hex(await materialize(plain!)));
    expect(f32(parts[2]!)[0]).toBe(values[768]);
    // Cast and / or transposed: whole output rows per piece, computed from the source (read once
    // through a SourceCache), concatenating to exactly the whole result.
    const rowRanges = streamRanges(transposed!, 1536); // rows of 40 float32 = 160 bytes: 9 per piece
    expect(rowRanges).toEqual([
      { begin: 0, end: 1440 },
      { begin: 1440, end: 2880 },
      { begin: 2880, end: 4000 },
    ]);
    const cache = new SourceCache();
    const tParts = await Promise.all(rowRanges.map((range) => materialize(transposed!, { range, pool, sourceCache: cache })));
    expect(hex(Buffer.concat(tParts))).toBe(hex(await materialize(transposed!)));
    expect(f32(tParts[1]!)[0]).toBe(values[9]); // output row 9 is source column 9
    const halfRanges = streamRanges(half!, 100); // rows of 25 float16 = 50 bytes: 2 per piece
    expect(halfRanges).toHaveLength(20);
    const hParts = await Promise.all(halfRanges.map((range) => materialize(half!, { range, sourceCache: cache })));
    expect(hex(Buffer.concat(hParts))).toBe(hex(await materialize(half!)));
    expect(streamRanges(plain!, 4000)).toEqual([{ begin: 0, end: 4000 }]);
    // Not on a row boundary: refused.
    await expect(materialize(transposed!, { range: { begin: 0, end: 4 } })).rejects.toMatchObject({ code: 'BAD_ARGUMENT' });
    await expect(materialize(plain!, { range: { begin: 3000, end: 4004 } })).rejects.toMatchObject({ code: 'BAD_ARGUMENT' });
    await expect(materialize(plain!, { range: { begin: 8, end: 4 } })).rejects.toMatchObject({ code: 'BAD_ARGUMENT' });
  });

  it('BF16 weights transposed to float32 by rows (the fused pass) give the bytes of transpose-then-cast, NaN payloads and odd shapes included', async () => {
    // [37, 21]: neither side a multiple of the 8-row kernel or the 64-wide tile; a 2-byte-odd header offset.
    const [s0, s1] = [37, 21];
    let seed = 7;
    const words = Array.from({ length: s0 * s1 }, () => (seed = (seed * 1103515245 + 12345) >>> 0) >>> 16);
    words[5] = 0x7fc1; // a NaN with a payload
    words[6] = 0xff80; // -Infinity
    words[7] = 0x0001; // the smallest subnormal
    const infos = await writeTensorFile(join(dir, 'w.bin'), [{ name: 'w', dtype: 'BF16', shape: [s0, s1], bytes: u16Bytes(words) }], 11);
    const [transposed] = initializersOf((g) => {
      g.output('t', g.weight(infos.get('w')!, { transpose: true, dtype: 'float32' }));
    });
    // Expected from first principles: output [s1, s0], element (r, j) = source (j, r) widened into the high half-word.
    const expected = new Uint32Array(s0 * s1);
    for (let r = 0; r < s1; r++) for (let j = 0; j < s0; j++) expected[r * s0 + j] = (words[j * s1 + r]! << 16) >>> 0;
    const expectedHex = hex(new Uint8Array(expected.buffer));
    expect(hex(await materialize(transposed!))).toBe(expectedHex);
    const cache = new SourceCache();
    for (const rows of [1, 3, 8, 21]) {
      const ranges = streamRanges(transposed!, rows * s0 * 4);
      expect(ranges).toHaveLength(Math.ceil(s1 / rows));
      const parts = [];
      for (const range of ranges) parts.push(await materialize(transposed!, { range, sourceCache: cache, pool: new BufferPool({ maxIdleBytes: 1 << 16 }) }));
      expect(hex(Buffer.concat(parts)), `${rows} rows per piece`).toBe(expectedHex);
    }
  });

  it('a range past the end of a truncated file is READ_FAILED at that offset', async () => {
    const path = join(dir, 'w.bin');
    const infos = await writeTensorFile(path, [{ name: 'w', dtype: 'F32', shape: [100], bytes: f32Bytes(new Array(100).fill(2)) }]);
    const [init] = initializersOf((g) => g.output('out_w', g.weight(infos.get('w')!)));
    await truncate(path, 37 + 300);
    expect(f32(await materialize(init!, { range: { begin: 0, end: 200 } }))).toEqual(new Array(50).fill(2));
    await expect(materialize(init!, { range: { begin: 200, end: 400 } })).rejects.toMatchObject({ code: 'READ_FAILED', offset: 37 + 200 });
  });

  it('quantization computes codes and scales once; the stash never outlives a rewrite of the file (emitters clear it)', async () => {
    const path = join(dir, 'q.bin');
    const write = (scale: number): Promise<Map<string, import('@mlpack/core').TensorInfo>> =>
      writeTensorFile(path, [{ name: 'w', dtype: 'F32', shape: [2, 4], bytes: f32Bytes([1, -2, 3, -4, 0.5, 0.25, -1, 2].map((v) => v * scale)) }]);
    const quantized = (infos: Map<string, import('@mlpack/core').TensorInfo>, part: 'values' | 'scales'): Initializer => ({
      kind: 'tensor',
      name: `w.${part}`,
      dtype: part === 'values' ? 'int8' : 'float32',
      shape: part === 'values' ? [2, 4] : [2],
      source: infos.get('w')!,
      transforms: [{ kind: 'quantize-int8', part }],
    });
    let infos = await write(1);
    const values = await materialize(quantized(infos, 'values'));
    expect(Array.from(new Int8Array(values.buffer, values.byteOffset, values.length))).toEqual([32, -64, 95, -127, 32, 16, -64, 127]);
    // Scales after values (the emitters' order): served from the values' pass, same numbers.
    expect(f32(await materialize(quantized(infos, 'scales')))).toEqual([Math.fround(4 / 127), Math.fround(2 / 127)]);
    // Values computed, the file rewritten, the stash cleared (as every emitter does first): new scales.
    await materialize(quantized(infos, 'values'));
    infos = await write(10);
    clearQuantizationStash();
    expect(f32(await materialize(quantized(infos, 'scales')))).toEqual([Math.fround(40 / 127), Math.fround(20 / 127)]);
  });
});
