/**
 * Property tests: whatever bytes arrive, the reader either returns a valid parse or throws a typed
 * MlpackError (SafetensorsError / StrictJsonError) — never a RangeError/TypeError — and never asks
 * for a byte range outside the file (so never allocates more than the file size).
 */
import fc from 'fast-check';
import { DTYPES, DTYPE_INFO, MlpackError, StrictJsonError } from '@mlpack/core';
import { describe, expect, it } from 'vitest';
import type { ByteSource } from './byte-source.js';
import { isDecodable } from './dtype-codecs.js';
import { SafetensorsError } from './errors.js';
import { parseHeader } from './parse-header.js';
import type { SafetensorsHeader } from './parse-header.js';
import { openSafetensorsSource } from './safetensors-file.js';
import { serializeSafetensors } from './serialize-safetensors.js';
import type { TensorInput } from './serialize-safetensors.js';

/** A source that refuses (with a plain Error, failing the property) any read outside the file. */
function boundedSource(bytes: Uint8Array): ByteSource & { largest: number } {
  return {
    size: bytes.length,
    largest: 0,
    async read(position, length) {
      if (!Number.isSafeInteger(position) || !Number.isSafeInteger(length) || position < 0 || length < 0 || position + length > bytes.length) {
        throw new Error(`out-of-file read: ${length} bytes at ${position} of a ${bytes.length}-byte file`);
      }
      this.largest = Math.max(this.largest, length);
      return bytes.slice(position, position + length);
    },
    async close() {},
  };
}

const smallDType = fc.constantFrom('F32', 'F16', 'BF16', 'U8', 'I64', 'BOOL', 'F4', 'F64' as const);
const tensorArb: fc.Arbitrary<TensorInput> = fc
  .record({
    name: fc.string({ maxLength: 6 }),
    dtype: smallDType,
    shape: fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 3 }),
    seed: fc.integer({ min: 0, max: 255 }),
  })
  .map(({ name, dtype, shape, seed }) => {
    let n = shape.reduce((a, d) => a * d, 1);
    if (dtype === 'F4' && n % 2 === 1) shape = [...shape, 2]; // keep packed tensors byte-aligned
    n = shape.reduce((a, d) => a * d, 1);
    const bytes = (n * DTYPE_INFO[dtype].bits) / 8;
    return { name, dtype, shape, data: new Uint8Array(bytes).map((_, i) => (seed + i * 31) & 0xff) };
  });
const validFile = fc.uniqueArray(tensorArb, { selector: (t) => t.name, maxLength: 4 }).chain((tensors) =>
  fc.option(fc.dictionary(fc.string({ maxLength: 4 }), fc.string({ maxLength: 4 }), { maxKeys: 2 }), { nil: undefined }).map((metadata) =>
    serializeSafetensors(
      tensors.filter((t) => t.name !== '__metadata__'),
      metadata,
    ),
  ),
);

type Mutation =
  | { kind: 'flip'; at: number; mask: number }
  | { kind: 'set'; at: number; byte: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'insert'; at: number; bytes: number[] }
  | { kind: 'delete'; at: number; count: number }
  | { kind: 'length'; value: bigint };

/** Bytes that matter to the JSON grammar, plus NUL and invalid UTF-8. */
const interesting = fc.constantFrom(0x7b, 0x7d, 0x5b, 0x5d, 0x22, 0x2c, 0x3a, 0x2d, 0x2e, 0x65, 0x30, 0x31, 0x39, 0x20, 0x00, 0xff, 0xc3, 0x5c, 0x4e);
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), mask: fc.integer({ min: 1, max: 255 }) }),
  fc.record({ kind: fc.constant('set' as const), at: fc.nat(), byte: fc.oneof(interesting, fc.integer({ min: 0, max: 255 })) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    bytes: fc.array(fc.oneof(interesting, fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }),
  }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), count: fc.integer({ min: 1, max: 8 }) }),
  fc.record({
    kind: fc.constant('length' as const),
    value: fc.oneof(
      fc.bigInt({ min: 0n, max: 2n ** 64n - 1n }),
      fc.bigInt({ min: 0n, max: 400n }),
      fc.constantFrom(100_000_000n, 100_000_001n, 2n ** 32n, 2n ** 53n, 2n ** 63n, 2n ** 64n - 1n),
    ),
  }),
);

function mutate(file: Uint8Array, muts: readonly Mutation[]): Uint8Array {
  let b = Array.from(file);
  for (const m of muts) {
    const at = b.length === 0 ? 0 : 'at' in m ? m.at % (b.length + 1) : 0;
    switch (m.kind) {
      case 'flip':
        if (at < b.length) b[at]! ^= m.mask;
        break;
      case 'set':
        if (at < b.length) b[at] = m.byte;
        break;
      case 'truncate':
        b = b.slice(0, at);
        break;
      case 'insert':
        b.splice(at, 0, ...m.bytes);
        break;
      case 'delete':
        b.splice(at, m.count);
        break;
      case 'length': {
        while (b.length < 8) b.push(0);
        const v = new DataView(new ArrayBuffer(8));
        v.setBigUint64(0, m.value, true);
        for (let i = 0; i < 8; i++) b[i] = v.getUint8(i);
        break;
      }
    }
  }
  return Uint8Array.from(b);
}

function expectTyped(e: unknown): void {
  if (!(e instanceof SafetensorsError || e instanceof StrictJsonError)) {
    throw new Error(`untyped error escaped: ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`);
  }
  expect(e).toBeInstanceOf(MlpackError);
}

/** Invariants of any header the reader accepts. */
function checkInvariants(h: SafetensorsHeader, fileSize: number): void {
  let expected = 0;
  for (const t of h.tensors) {
    expect(t.dataOffsets[0]).toBe(expected);
    expect(t.byteOffset).toBe(h.dataStart + t.dataOffsets[0]);
    expect(t.byteLength).toBe(t.dataOffsets[1] - t.dataOffsets[0]);
    expect(BigInt(t.byteLength) * 8n).toBe(BigInt(t.elements) * BigInt(DTYPE_INFO[t.dtype].bits));
    expect(DTYPES).toContain(t.dtype);
    expected = t.dataOffsets[1];
  }
  expect(h.dataLength).toBe(expected);
  expect(h.dataStart + h.dataLength).toBe(fileSize);
}

describe('reader robustness (fast-check)', () => {
  it('mutated valid files: typed error or a valid parse, reads always inside the file', async () => {
    let accepted = 0;
    let rejected = 0;
    await fc.assert(
      fc.asyncProperty(validFile, fc.array(mutation, { minLength: 1, maxLength: 4 }), async (file, muts) => {
        const bytes = mutate(file, muts);
        const src = boundedSource(bytes);
        let opened;
        try {
          opened = await openSafetensorsSource(src, { file: 'fuzz.safetensors', path: 'fuzz.safetensors' });
        } catch (e) {
          expectTyped(e);
          rejected++;
          return;
        }
        accepted++;
        checkInvariants(opened.header, bytes.length);
        for await (const { tensor, data } of opened.iterate()) {
          expect(data.length).toBe(tensor.byteLength);
          if (isDecodable(tensor.dtype)) expect((await opened.readFloat32(tensor.name)).length).toBe(tensor.elements);
        }
        expect(src.largest).toBeLessThanOrEqual(bytes.length);
      }),
      { numRuns: 1500 },
    );
    // the generator must exercise both outcomes, or the property proves little
    expect(accepted).toBeGreaterThan(0);
    expect(rejected).toBeGreaterThan(500);
  });

  it('the pure parseHeader agrees: typed errors only, same accept/reject as the streaming open', async () => {
    await fc.assert(
      fc.asyncProperty(validFile, fc.array(mutation, { minLength: 1, maxLength: 3 }), async (file, muts) => {
        const bytes = mutate(file, muts);
        let pure: SafetensorsHeader | undefined;
        let pureCode: string | undefined;
        try {
          pure = parseHeader(bytes, { file: 'f' });
        } catch (e) {
          expectTyped(e);
          pureCode = (e as MlpackError).code;
        }
        let streamCode: string | undefined;
        try {
          await openSafetensorsSource(boundedSource(bytes), { file: 'f', path: 'f' });
        } catch (e) {
          streamCode = (e as MlpackError).code;
        }
        expect(streamCode).toBe(pureCode);
        if (pure) checkInvariants(pure, bytes.length);
      }),
      { numRuns: 800 },
    );
  });

  it('headers with arbitrary field values: typed error or a header satisfying every invariant', () => {
    const num = fc.oneof(
      { arbitrary: fc.integer({ min: 0, max: 8 }).map(String), weight: 4 },
      fc.constantFrom('-1', '1.0', '4e0', '0.5', '-0', '9007199254740993', '18446744073709551615', '1e400', '00', 'NaN', '"4"', 'null', '[]', '{}'),
    );
    const dims = fc.array(num, { maxLength: 3 }).map((d) => `[${d.join(',')}]`);
    const field = fc.record({
      dtype: fc.oneof({ arbitrary: fc.constantFrom(...DTYPES), weight: 6 }, fc.constantFrom('f32', 'F32 ', 1, null)),
      shape: fc.oneof({ arbitrary: dims, weight: 6 }, fc.constantFrom('7', '"[1]"', 'null')),
      // 'auto': the right span for dtype × shape, placed after the previous entry (so files often tile)
      offsets: fc.oneof(
        { arbitrary: fc.constant('auto'), weight: 4 },
        fc.tuple(num, num).map(([a, b]) => `[${a},${b}]`),
        dims,
      ),
      extra: fc.oneof({ arbitrary: fc.constant(''), weight: 6 }, fc.constantFrom(',"x":1', ',"dtype":"U8"')),
    });
    const members = fc.uniqueArray(
      fc.tuple(fc.constantFrom('a', 'b', 'c', '', '__metadata__', 'a/b'), fc.oneof({ arbitrary: field, weight: 8 }, fc.constantFrom('{"k":"v"}', '[]', '1'))),
      { maxLength: 3, selector: ([k]) => k },
    );
    let accepted = 0;
    fc.assert(
      fc.property(members, fc.oneof(fc.constant(undefined), fc.integer({ min: 0, max: 64 })), (entries, length) => {
        let cursor = 0;
        const parts = entries.map(([name, f]) => {
          if (typeof f === 'string') return `${JSON.stringify(name)}:${f}`;
          let offsets = f.offsets;
          if (offsets === 'auto') {
            let size = 0;
            try {
              const shape = JSON.parse(f.shape) as unknown;
              const bits = typeof f.dtype === 'string' && f.dtype in DTYPE_INFO ? DTYPE_INFO[f.dtype as keyof typeof DTYPE_INFO].bits : 8;
              if (Array.isArray(shape)) size = Math.max(0, Math.floor((shape.reduce((a: number, d) => a * (typeof d === 'number' ? d : 1), 1) * bits) / 8));
            } catch {
              size = 3;
            }
            if (!Number.isFinite(size) || size > 64) size = 64; // keep generated files small
            offsets = `[${cursor},${cursor + size}]`;
            cursor += size;
          }
          return `${JSON.stringify(name)}:{"dtype":${JSON.stringify(f.dtype)},"shape":${f.shape},"data_offsets":${offsets}${f.extra}}`;
        });
        const h = new TextEncoder().encode(`{${parts.join(',')}}`);
        const dataLength = length ?? cursor;
        const bytes = new Uint8Array(8 + h.length + dataLength);
        new DataView(bytes.buffer).setBigUint64(0, BigInt(h.length), true);
        bytes.set(h, 8);
        try {
          const parsed = parseHeader(bytes);
          checkInvariants(parsed, bytes.length);
          if (parsed.tensors.some((t) => t.byteLength > 0)) accepted++;
        } catch (e) {
          if (e instanceof Error && e.name === 'AssertionError') throw e;
          expectTyped(e);
        }
      }),
      { numRuns: 3000 },
    );
    expect(accepted).toBeGreaterThan(30); // non-empty tensors accepted: the invariants were really exercised
  });
});
