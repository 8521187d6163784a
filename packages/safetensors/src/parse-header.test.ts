import { DTYPES, DTYPE_INFO, MlpackError } from '@mlpack/core';
import { describe, expect, it } from 'vitest';
import { SafetensorsError } from './errors.js';
import { parseHeader } from './parse-header.js';
import type { SafetensorsHeader } from './parse-header.js';

const enc = new TextEncoder();

/** A crafted file: u64 LE length (the real one unless overridden), header bytes, data bytes. */
function craft(header: string | Uint8Array, data: number | Uint8Array = 0, n?: bigint): Uint8Array {
  const h = typeof header === 'string' ? enc.encode(header) : header;
  const d = typeof data === 'number' ? new Uint8Array(data) : data;
  const out = new Uint8Array(8 + h.length + d.length);
  new DataView(out.buffer).setBigUint64(0, n ?? BigInt(h.length), true);
  out.set(h, 8);
  out.set(d, 8 + h.length);
  return out;
}

function parse(bytes: Uint8Array): SafetensorsHeader {
  return parseHeader(bytes, { file: 'm.safetensors' });
}

function fail(bytes: Uint8Array): SafetensorsError {
  try {
    parse(bytes);
  } catch (e) {
    expect(e).toBeInstanceOf(SafetensorsError);
    expect((e as SafetensorsError).file).toBe('m.safetensors');
    expect((e as SafetensorsError).hint).toBeTruthy();
    return e as SafetensorsError;
  }
  throw new Error('expected parseHeader to fail');
}

const w = (entry: string, extra = ''): string => `{"w":${entry}${extra}}`;

describe('file layout rules', () => {
  it.each([0, 1, 7])('ST_FILE_TOO_SMALL for a %i-byte file', (size) => {
    expect(fail(new Uint8Array(size))).toMatchObject({ code: 'ST_FILE_TOO_SMALL', offset: 0 });
  });

  it('ST_HEADER_TOO_LARGE compares the u64 as BigInt, before any allocation', () => {
    expect(fail(craft('{}', 0, 100_000_001n))).toMatchObject({ code: 'ST_HEADER_TOO_LARGE', offset: 0 });
    expect(fail(craft('{}', 0, 2n ** 64n - 1n))).toMatchObject({ code: 'ST_HEADER_TOO_LARGE' });
    // 2^32 + 2: wraps to 2 if truncated to 32 bits, which would make '{}' look valid
    expect(fail(craft('{}', 0, 2n ** 32n + 2n))).toMatchObject({ code: 'ST_HEADER_TOO_LARGE' });
    // exactly the limit is allowed by the length check (and then fails as past the end)
    expect(fail(craft('{}', 0, 100_000_000n))).toMatchObject({ code: 'ST_HEADER_PAST_EOF' });
  });

  it('ST_HEADER_PAST_EOF when 8 + N is beyond the file', () => {
    const e = fail(craft('{}', 0, 3n));
    expect(e).toMatchObject({ code: 'ST_HEADER_PAST_EOF', offset: 0 });
    expect(e.message).toContain('ends at byte 11');
    expect(parse(craft('{}', 0, 2n)).tensors).toEqual([]);
  });

  it('ST_FOREIGN_FORMAT for pickle, zip and gzip bytes', () => {
    const pickle = Uint8Array.from([0x80, 0x02, 0x8a, 0x0a, 0x6c, 0xfc, 0x9c, 0x46, 0xf9, 0x20, 0x6a, 0xa8, 0x50, 0x19]);
    expect(fail(pickle)).toMatchObject({ code: 'ST_FOREIGN_FORMAT', offset: 0 });
    expect(fail(pickle).hint).toMatch(/convert/);
    expect(fail(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 8, 8, 0, 0, 0, 0]))).toMatchObject({ code: 'ST_FOREIGN_FORMAT' });
    expect(fail(Uint8Array.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3]))).toMatchObject({ code: 'ST_FOREIGN_FORMAT' });
  });

  it('a real header of 640 bytes (starting 80 02 like a pickle) is still safetensors', () => {
    const header = '{}' + ' '.repeat(638);
    const bytes = craft(header);
    expect([...bytes.subarray(0, 2)]).toEqual([0x80, 0x02]);
    expect(parse(bytes)).toMatchObject({ headerLength: 640, dataStart: 648, tensors: [] });
  });
});

describe('header JSON rules', () => {
  it('ST_HEADER_UTF8 at the absolute offset of the bad byte', () => {
    const h = Uint8Array.from([...enc.encode('{"a'), 0xff, ...enc.encode('":1}')]);
    expect(fail(craft(h))).toMatchObject({ code: 'ST_HEADER_UTF8', offset: 8 + 3 });
  });

  it('ST_HEADER_BOM', () => {
    expect(fail(craft(Uint8Array.from([0xef, 0xbb, 0xbf, 0x7b, 0x7d])))).toMatchObject({ code: 'ST_HEADER_BOM', offset: 8 });
  });

  it.each([
    ['{', 9],
    ['{"w":}', 13],
    ['not json', 8],
    ['', 8],
    ['{"w":NaN}', 13],
  ])('ST_HEADER_JSON for %j at byte %i', (header, offset) => {
    const e = fail(craft(header));
    expect(e).toMatchObject({ code: 'ST_HEADER_JSON', offset });
    expect(e.cause).toBeInstanceOf(MlpackError);
  });

  it('ST_HEADER_JSON for a key that is a lone UTF-16 surrogate, as serde_json refuses it; a proper pair is a character', () => {
    const t = '{"dtype":"F32","shape":[1],"data_offsets":[0,4]}';
    for (const key of ['\\ud800', '\\udc00', 'a\\ud800b', '\\ud800\\u0041']) {
      const e = fail(craft(`{"${key}":${t}}`, 4));
      expect(e).toMatchObject({ code: 'ST_HEADER_JSON', offset: 8 + 2 + key.indexOf('\\') });
      expect(e.message).toContain('JSON_LONE_SURROGATE');
    }
    expect(parse(craft(`{"\\ud83d\\ude00":${t}}`, 4)).tensors.map((x) => x.name)).toEqual(['\u{1f600}']);
  });

  it('ST_HEADER_JSON for nesting deeper than a header can be', () => {
    expect(fail(craft(w('{"dtype":"F32","shape":[[[1]]],"data_offsets":[0,4]}'), 4))).toMatchObject({
      code: 'ST_HEADER_JSON',
      pointer: '/w/shape/0/0',
    });
  });

  it.each([
    ['{}x', 10],
    ['{}\u0000\u0000', 10],
    ['{} {}', 11],
  ])('ST_HEADER_TRAILING for %j at byte %i', (header, offset) => {
    expect(fail(craft(header))).toMatchObject({ code: 'ST_HEADER_TRAILING', offset });
  });

  it('leading and trailing JSON whitespace is fine (like the Rust reader)', () => {
    expect(parse(craft('\t\n{}\r ')).tensors).toEqual([]);
    expect(parse(craft(' {"w":{"dtype":"U8","shape":[1],"data_offsets":[0,1]}}    ', 1)).tensors).toHaveLength(1);
  });

  it.each(['[]', '"x"', 'null', '1', 'true'])('ST_HEADER_NOT_OBJECT for %s', (header) => {
    expect(fail(craft(header))).toMatchObject({ code: 'ST_HEADER_NOT_OBJECT', offset: 8, pointer: '' });
  });

  it('ST_DUPLICATE_TENSOR (JSON.parse would hide it) with the pointer and offset of the duplicate', () => {
    const entry = '{"dtype":"U8","shape":[1],"data_offsets":[0,1]}';
    const header = `{"w":${entry},"w":${entry}}`;
    const e = fail(craft(header, 1));
    expect(e).toMatchObject({ code: 'ST_DUPLICATE_TENSOR', pointer: '/w', tensor: 'w' });
    expect(e.offset).toBe(8 + header.lastIndexOf('"w"'));
  });

  it('ST_DUPLICATE_KEY inside a tensor entry', () => {
    const header = w('{"dtype":"U8","dtype":"F32","shape":[1],"data_offsets":[0,1]}');
    expect(fail(craft(header, 1))).toMatchObject({
      code: 'ST_DUPLICATE_KEY',
      pointer: '/w/dtype',
      offset: 8 + header.lastIndexOf('"dtype"'),
    });
  });
});

describe('tensor entry rules', () => {
  it.each<[string, string, number, string, string]>([
    ['entry not an object', w('[1]'), 0, 'ST_TENSOR_NOT_OBJECT', '/w'],
    ['entry null', w('null'), 0, 'ST_TENSOR_NOT_OBJECT', '/w'],
    ['missing dtype', w('{"shape":[1],"data_offsets":[0,4]}'), 4, 'ST_MISSING_FIELD', '/w/dtype'],
    ['missing shape', w('{"dtype":"F32","data_offsets":[0,4]}'), 4, 'ST_MISSING_FIELD', '/w/shape'],
    ['missing data_offsets', w('{"dtype":"F32","shape":[1]}'), 4, 'ST_MISSING_FIELD', '/w/data_offsets'],
    ['extra field', w('{"dtype":"F32","shape":[1],"data_offsets":[0,4],"stride":[1]}'), 4, 'ST_EXTRA_FIELD', '/w/stride'],
    ['lowercase dtype', w('{"dtype":"f32","shape":[1],"data_offsets":[0,4]}'), 4, 'ST_BAD_DTYPE', '/w/dtype'],
    ['unknown dtype', w('{"dtype":"FLOAT32","shape":[1],"data_offsets":[0,4]}'), 4, 'ST_BAD_DTYPE', '/w/dtype'],
    ['padded dtype', w('{"dtype":"F32 ","shape":[1],"data_offsets":[0,4]}'), 4, 'ST_BAD_DTYPE', '/w/dtype'],
    ['numeric dtype', w('{"dtype":1,"shape":[1],"data_offsets":[0,4]}'), 4, 'ST_BAD_DTYPE', '/w/dtype'],
    ['shape not array', w('{"dtype":"F32","shape":1,"data_offsets":[0,4]}'), 4, 'ST_BAD_SHAPE', '/w/shape'],
    ['shape 1.0', w('{"dtype":"F32","shape":[1.0],"data_offsets":[0,4]}'), 4, 'ST_BAD_SHAPE', '/w/shape/0'],
    ['shape 4e0', w('{"dtype":"U8","shape":[1,4e0],"data_offsets":[0,4]}'), 4, 'ST_BAD_SHAPE', '/w/shape/1'],
    ['shape string', w('{"dtype":"F32","shape":["1"],"data_offsets":[0,4]}'), 4, 'ST_BAD_SHAPE', '/w/shape/0'],
    ['shape negative', w('{"dtype":"F32","shape":[-1],"data_offsets":[0,4]}'), 4, 'ST_BAD_SHAPE', '/w/shape/0'],
    ['shape -0', w('{"dtype":"F32","shape":[-0],"data_offsets":[0,0]}'), 0, 'ST_BAD_SHAPE', '/w/shape/0'],
    ['shape null', w('{"dtype":"F32","shape":[null],"data_offsets":[0,4]}'), 4, 'ST_BAD_SHAPE', '/w/shape/0'],
    ['shape nested', w('{"dtype":"F32","shape":[[1]],"data_offsets":[0,4]}'), 4, 'ST_BAD_SHAPE', '/w/shape/0'],
    ['shape 2^53 + 1', w('{"dtype":"U8","shape":[0,9007199254740993],"data_offsets":[0,0]}'), 0, 'ST_BAD_SHAPE', '/w/shape/1'],
    ['shape u64 max - 1 (Rust overflow test)', w('{"dtype":"I32","shape":[2,18446744073709551614],"data_offsets":[0,16]}'), 16, 'ST_BAD_SHAPE', '/w/shape/1'],
    ['offsets not array', w('{"dtype":"F32","shape":[1],"data_offsets":"0,4"}'), 4, 'ST_BAD_OFFSETS', '/w/data_offsets'],
    ['one offset', w('{"dtype":"F32","shape":[1],"data_offsets":[0]}'), 4, 'ST_BAD_OFFSETS', '/w/data_offsets'],
    ['three offsets', w('{"dtype":"F32","shape":[1],"data_offsets":[0,4,4]}'), 4, 'ST_BAD_OFFSETS', '/w/data_offsets'],
    ['offset 0.0', w('{"dtype":"F32","shape":[1],"data_offsets":[0.0,4]}'), 4, 'ST_BAD_OFFSETS', '/w/data_offsets/0'],
    ['offset 4e0', w('{"dtype":"F32","shape":[1],"data_offsets":[0,4e0]}'), 4, 'ST_BAD_OFFSETS', '/w/data_offsets/1'],
    ['offset string', w('{"dtype":"F32","shape":[1],"data_offsets":["0",4]}'), 4, 'ST_BAD_OFFSETS', '/w/data_offsets/0'],
    ['offset negative', w('{"dtype":"F32","shape":[1],"data_offsets":[-4,0]}'), 4, 'ST_BAD_OFFSETS', '/w/data_offsets/0'],
    ['offset beyond 2^53', w('{"dtype":"U8","shape":[0],"data_offsets":[9007199254740992,9007199254740992]}'), 0, 'ST_BAD_OFFSETS', '/w/data_offsets/0'],
    ['end before begin', w('{"dtype":"U8","shape":[0],"data_offsets":[4,0]}'), 4, 'ST_OFFSETS_REVERSED', '/w/data_offsets'],
    ['size mismatch', w('{"dtype":"I32","shape":[2,2],"data_offsets":[0,4]}'), 4, 'ST_SIZE_MISMATCH', '/w/data_offsets'],
    ['size overflow', w('{"dtype":"F32","shape":[2,9007199254740991,9007199254740991],"data_offsets":[0,16]}'), 16, 'ST_SIZE_OVERFLOW', '/w/shape'],
    ['packed F4 with an odd count', w('{"dtype":"F4","shape":[3],"data_offsets":[0,2]}'), 2, 'ST_MISALIGNED', '/w/shape'],
    ['packed F6 not filling bytes', w('{"dtype":"F6_E2M3","shape":[2],"data_offsets":[0,2]}'), 2, 'ST_MISALIGNED', '/w/shape'],
    ['metadata not an object', '{"__metadata__":"x"}', 0, 'ST_BAD_METADATA', '/__metadata__'],
    ['metadata number value', '{"__metadata__":{"format":"pt","n":1}}', 0, 'ST_BAD_METADATA', '/__metadata__/n'],
    ['metadata nested value', '{"__metadata__":{"o":{"a":"b"}}}', 0, 'ST_BAD_METADATA', '/__metadata__/o'],
    ['tensor named __metadata__', '{"__metadata__":{"dtype":"U8","shape":[1],"data_offsets":[0,1]}}', 1, 'ST_METADATA_IS_TENSOR', '/__metadata__'],
  ])('%s → %s', (_label, header, dataLength, code, pointer) => {
    const e = fail(craft(header, dataLength));
    expect(e.code).toBe(code);
    expect(e.pointer).toBe(pointer);
    if (pointer.startsWith('/w')) expect(e.tensor).toBe('w');
  });

  it('ST_SIZE_OVERFLOW fast, with a short message, for a shape of 150,000 huge dimensions', () => {
    // The running product used to grow to millions of bits (quadratic: minutes for a 100 MB header).
    const header = w(`{"dtype":"U8","shape":[${Array(150_000).fill('9007199254740991').join(',')}],"data_offsets":[0,0]}`);
    const started = performance.now();
    const e = fail(craft(header));
    expect(performance.now() - started).toBeLessThan(2000);
    expect(e).toMatchObject({ code: 'ST_SIZE_OVERFLOW', pointer: '/w/shape', tensor: 'w' });
    expect(e.message.length).toBeLessThan(400);
    expect(e.message).toContain('150000 dimensions');
  });

  it('element count overflows like Rust checked_mul, left to right: [0, big, big] is empty, [big, big, 0] overflows', () => {
    const big = '9007199254740991';
    const h = parse(craft(w(`{"dtype":"F32","shape":[0,${big},${big}],"data_offsets":[0,0]}`)));
    expect(h.tensors[0]).toMatchObject({ elements: 0, byteLength: 0 });
    expect(fail(craft(w(`{"dtype":"F32","shape":[${big},${big},0],"data_offsets":[0,0]}`)))).toMatchObject({
      code: 'ST_SIZE_OVERFLOW',
      pointer: '/w/shape',
    });
    // 2^32 × 2^32 = 2^64 overflows u64; 2^32 × (2^32 − 1) does not (then the span is what is wrong)
    expect(fail(craft(w('{"dtype":"U8","shape":[4294967296,4294967296,0],"data_offsets":[0,0]}')))).toMatchObject({ code: 'ST_SIZE_OVERFLOW' });
    expect(parse(craft(w('{"dtype":"U8","shape":[4294967296,4294967295,0],"data_offsets":[0,0]}'))).tensors[0]!.elements).toBe(0);
  });

  it('hints the right spelling of a case-mangled dtype', () => {
    expect(fail(craft(w('{"dtype":"bf16","shape":[1],"data_offsets":[0,2]}'), 2)).hint).toContain('"BF16"');
  });

  it('escapes tensor names in pointers', () => {
    expect(fail(craft('{"a/b~c":{"dtype":"F32","shape":[1.5],"data_offsets":[0,4]}}', 4))).toMatchObject({
      code: 'ST_BAD_SHAPE',
      pointer: '/a~1b~0c/shape/0',
      tensor: 'a/b~c',
    });
  });

  it('accepts all 22 dtypes by their exact names', () => {
    for (const dtype of DTYPES) {
      const bytes = (8 * DTYPE_INFO[dtype].bits) / 8;
      const h = parse(craft(w(`{"dtype":"${dtype}","shape":[2,4],"data_offsets":[0,${bytes}]}`), bytes));
      expect(h.tensors[0]).toMatchObject({ dtype, byteLength: bytes, elements: 8 });
    }
  });
});

describe('data layout rules', () => {
  const entry = (dtype: string, shape: number[], b: number, e: number): string =>
    `{"dtype":"${dtype}","shape":[${shape.join(',')}],"data_offsets":[${b},${e}]}`;

  it('ST_OFFSETS_START when the first tensor (by offset) is not at 0', () => {
    const header = `{"b":${entry('F32', [1], 8, 12)},"a":${entry('F32', [1], 4, 8)}}`;
    const e = fail(craft(header, 12));
    expect(e).toMatchObject({ code: 'ST_OFFSETS_START', tensor: 'a', pointer: '/a/data_offsets/0' });
    expect(e.offset).toBe(8 + header.length + 4);
  });

  it('ST_OFFSETS_GAP names the tensor after the gap', () => {
    const header = `{"a":${entry('F32', [1], 0, 4)},"b":${entry('F32', [1], 8, 12)}}`;
    expect(fail(craft(header, 12))).toMatchObject({ code: 'ST_OFFSETS_GAP', tensor: 'b', offset: 8 + header.length + 8 });
  });

  it('ST_OFFSETS_OVERLAP names the tensor that starts inside another', () => {
    const header = `{"a":${entry('F32', [2], 0, 8)},"b":${entry('F32', [1], 4, 8)}}`;
    expect(fail(craft(header, 8))).toMatchObject({ code: 'ST_OFFSETS_OVERLAP', tensor: 'b', pointer: '/b/data_offsets/0' });
  });

  it('ST_OFFSETS_OVERLAP for two tensors sharing the same bytes', () => {
    const header = `{"a":${entry('F32', [1], 0, 4)},"b":${entry('I32', [1], 0, 4)}}`;
    expect(fail(craft(header, 4))).toMatchObject({ code: 'ST_OFFSETS_OVERLAP', tensor: 'b' });
  });

  it('ST_TRAILING_BYTES for data after the last tensor (polyglot files)', () => {
    const header = w(entry('I32', [2, 2], 0, 16));
    const bytes = craft(header, Uint8Array.from([...new Uint8Array(16), ...enc.encode('extra_bogus_data_for_polyglot_file')]));
    expect(fail(bytes)).toMatchObject({ code: 'ST_TRAILING_BYTES', offset: 8 + header.length + 16 });
    expect(fail(craft('{}', 1))).toMatchObject({ code: 'ST_TRAILING_BYTES', offset: 10 });
  });

  it('ST_TRUNCATED when the data section is short', () => {
    const header = w(entry('I32', [2, 2], 0, 16));
    const bytes = craft(header, 14);
    expect(fail(bytes)).toMatchObject({ code: 'ST_TRUNCATED', offset: bytes.length });
  });

  it('accepts {}, scalars, zero-size tensors and empty names; reports file order', () => {
    expect(parse(craft('{}'))).toEqual({ headerLength: 2, dataStart: 10, dataLength: 0, metadata: undefined, tensors: [] });
    const header =
      `{"__metadata__":{"format":"pt"},"z":${entry('F32', [], 0, 4)},"":${entry('U8', [3], 4, 7)},` +
      `"empty":${entry('I64', [2, 0], 7, 7)},"e0":${entry('F16', [0], 7, 7)},"last":${entry('BF16', [1], 7, 9)}}`;
    const h = parse(craft(header, 9));
    expect(h.metadata).toEqual({ format: 'pt' });
    expect(h.tensors.map((t) => t.name)).toEqual(['z', '', 'e0', 'empty', 'last']);
    const start = 8 + header.length;
    expect(h.dataStart).toBe(start);
    expect(h.dataLength).toBe(9);
    expect(h.tensors.map((t) => [t.byteOffset, t.byteLength, t.elements])).toEqual([
      [start, 4, 1],
      [start + 4, 3, 3],
      [start + 7, 0, 0],
      [start + 7, 0, 0],
      [start + 7, 2, 1],
    ]);
    expect(h.tensors[3]).toMatchObject({ shape: [2, 0], dtype: 'I64', dataOffsets: [7, 7], file: 'm.safetensors' });
  });

  it('takes 8-byte-aligned padding and sub-byte dtypes filling whole bytes', () => {
    const header = w(entry('F4', [2, 2], 0, 2));
    const padded = header + ' '.repeat(8 - (header.length % 8));
    expect(parse(craft(padded, 2)).tensors[0]).toMatchObject({ dtype: 'F4', byteLength: 2, elements: 4 });
  });

  it('reads header length and data through parseHeader options when bytes are only a prefix', () => {
    const header = w(entry('U8', [4], 0, 4));
    const full = craft(header, 4);
    const h = parseHeader(full.subarray(0, 8 + header.length), { fileSize: full.length, file: 'p', path: '/abs/p' });
    expect(h.tensors[0]).toMatchObject({ file: '/abs/p', byteOffset: 8 + header.length });
  });
});
