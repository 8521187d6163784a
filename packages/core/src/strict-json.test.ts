import { describe, expect, it } from 'vitest';
import { StrictJsonError, firstInvalidUtf8, parseJsonStrict } from './strict-json.js';
import type { StrictJsonOptions } from './strict-json.js';

function ok(input: Uint8Array | string, options?: StrictJsonOptions): unknown {
  const r = parseJsonStrict(input, options);
  if (!r.ok) throw r.error;
  return r.value;
}

function err(input: Uint8Array | string, options?: StrictJsonOptions): StrictJsonError {
  const r = parseJsonStrict(input, options);
  if (r.ok) throw new Error(`expected an error, got ${JSON.stringify(r.value)}`);
  expect(r.error).toBeInstanceOf(StrictJsonError);
  return r.error;
}

const bytes = (...b: number[]): Uint8Array => Uint8Array.from(b);

describe('parseJsonStrict: accepts valid JSON like JSON.parse', () => {
  it.each([
    '0',
    '-0',
    '1.5e3',
    '-12.25E-2',
    'true',
    'false',
    'null',
    '""',
    '"a\\"b\\\\c\\/d\\b\\f\\n\\r\\t"',
    '[]',
    '{}',
    '[1,[2,[3]],{"a":{"b":[]}}]',
    '{"a":1,"b":"x","c":[true,null]}',
    '"\\u00e9\\u20ac\\ud83d\\ude00"',
    '"é€😀"',
    '{"constructor":1,"toString":2,"hasOwnProperty":3}',
    ' \t\r\n{ "a" : [ 1 , 2 ] } \n\t\r ',
    '1e308',
    '5e-324',
    '123456789012345678901234567890',
  ])('%s', (text) => {
    expect(ok(text)).toEqual(JSON.parse(text));
  });

  it('gives the same result for bytes and strings', () => {
    const text = '{"é":["€",1.25]}';
    expect(ok(new TextEncoder().encode(text))).toEqual({ é: ['€', 1.25] });
    expect(ok(text)).toEqual({ é: ['€', 1.25] });
  });

  it('keeps lone surrogates from \\u escapes (allowed by RFC 8259)', () => {
    const v = ok('["\\ud800","\\udc00x"]') as string[];
    expect(v[0]!.charCodeAt(0)).toBe(0xd800);
    expect(v[0]).toHaveLength(1);
    expect(v[1]!.charCodeAt(0)).toBe(0xdc00);
    expect(v[1]).toHaveLength(2);
  });

  it('makes keys like constructor own properties, never touching prototypes', () => {
    const v = ok('{"constructor":{"prototype":{"polluted":1}},"toString":5}') as Record<string, unknown>;
    expect(Object.hasOwn(v, 'constructor')).toBe(true);
    expect(Object.hasOwn(v, 'toString')).toBe(true);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.getPrototypeOf(v)).toBe(Object.prototype);
  });

  it('parses deep nesting up to the budget without recursion', () => {
    const deep = '['.repeat(5000) + ']'.repeat(5000);
    let v = ok(deep, { maxDepth: 5000 });
    for (let i = 0; i < 4999; i++) v = (v as unknown[])[0];
    expect(v).toEqual([]);
  });
});

describe('parseJsonStrict: each rule has its code, offset and pointer', () => {
  it('JSON_UTF8 at the first invalid byte', () => {
    const e = err(bytes(0x7b, 0x22, 0x61, 0xff, 0x22, 0x3a, 0x31, 0x7d)); // {"a\xff":1}
    expect(e.code).toBe('JSON_UTF8');
    expect(e.offset).toBe(3);
    expect(e.pointer).toBe('');
  });

  it('JSON_UTF8 for an encoded surrogate and an overlong form', () => {
    expect(err(bytes(0x22, 0xed, 0xa0, 0x80, 0x22))).toMatchObject({ code: 'JSON_UTF8', offset: 1 });
    expect(err(bytes(0x22, 0x41, 0xc0, 0xaf, 0x22))).toMatchObject({ code: 'JSON_UTF8', offset: 2 });
    expect(err(bytes(0x22, 0xe2, 0x82))).toMatchObject({ code: 'JSON_UTF8', offset: 1 });
  });

  it('JSON_BOM at offset 0, for bytes and strings', () => {
    expect(err(bytes(0xef, 0xbb, 0xbf, 0x7b, 0x7d))).toMatchObject({ code: 'JSON_BOM', offset: 0 });
    expect(err('\ufeff{}')).toMatchObject({ code: 'JSON_BOM', offset: 0 });
  });

  it.each([
    ['', 0, ''],
    ['   ', 3, ''],
    ['{"a":1,}', 7, ''],
    ['[1,]', 3, '/1'],
    ['{"a" 1}', 5, '/a'],
    ['{a:1}', 1, ''],
    ["{'a':1}", 1, ''],
    ['[1 2]', 3, '/1'],
    ['{"a":[1,2}', 9, '/a/2'],
    ['"abc', 0, ''],
    ['"a\nb"', 2, ''],
    ['"\\x"', 1, ''],
    ['"\\u12g4"', 1, ''],
    ['[01]', 2, '/1'],
    ['-', 1, ''],
    ['1.', 2, ''],
    ['1e+', 3, ''],
    ['.5', 0, ''],
    ['+1', 0, ''],
    ['tru', 0, ''],
    ['nul', 0, ''],
    ['{"x":{"y":[0, undefined]}}', 14, '/x/y/1'],
  ])('JSON_SYNTAX for %j at byte %i, pointer %j', (text, offset, pointer) => {
    const e = err(text);
    expect(e.code).toBe('JSON_SYNTAX');
    expect(e.offset).toBe(offset);
    expect(e.pointer).toBe(pointer);
  });

  it('JSON_SYNTAX reports line and column in the message', () => {
    const e = err('{\n  "a": 1,\n  "b": ?\n}');
    expect(e.offset).toBe(19);
    expect(e.message).toContain('line 3, column 8');
  });

  it('JSON_DUPLICATE_KEY with the pointer of the duplicate', () => {
    const e = err('{"a":1,"b":{"c":1,"c":2}}');
    expect(e.code).toBe('JSON_DUPLICATE_KEY');
    expect(e.pointer).toBe('/b/c');
    expect(e.offset).toBe(18);
    expect(err('{"x/y":1,"x/y":2}')).toMatchObject({ code: 'JSON_DUPLICATE_KEY', pointer: '/x~1y', offset: 9 });
  });

  it('a key that differs only by escaping is still a duplicate', () => {
    expect(err('{"ab":1,"a\\u0062":2}')).toMatchObject({ code: 'JSON_DUPLICATE_KEY', pointer: '/ab', offset: 8 });
  });

  it('JSON_PROTO_KEY for __proto__, escaped or not', () => {
    expect(err('{"ok":{"__proto__":{"polluted":1}}}')).toMatchObject({ code: 'JSON_PROTO_KEY', pointer: '/ok/__proto__', offset: 7 });
    expect(err('[{"\\u005f_proto__":1}]')).toMatchObject({ code: 'JSON_PROTO_KEY', pointer: '/0/__proto__', offset: 2 });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it.each([
    ['{"a":NaN}', 5, '/a', 'NaN'],
    ['[1,Infinity]', 3, '/1', 'Infinity'],
    ['{"loss":-Infinity}', 8, '/loss', '-Infinity'],
  ])('JSON_NON_FINITE for %s, naming Python in the hint', (text, offset, pointer, word) => {
    const e = err(text);
    expect(e.code).toBe('JSON_NON_FINITE');
    expect(e.offset).toBe(offset);
    expect(e.pointer).toBe(pointer);
    expect(e.message).toContain(word);
    expect(e.hint).toMatch(/Python.*json\.dump/);
  });

  it('JSON_NUMBER_OVERFLOW for numbers beyond float64', () => {
    expect(err('{"a":[0,1e309]}')).toMatchObject({ code: 'JSON_NUMBER_OVERFLOW', offset: 8, pointer: '/a/1' });
    expect(err('-1' + '0'.repeat(400))).toMatchObject({ code: 'JSON_NUMBER_OVERFLOW', offset: 0 });
  });

  it('JSON_TRAILING for a leading zero followed by digits at the root', () => {
    expect(err('01')).toMatchObject({ code: 'JSON_TRAILING', offset: 1 });
  });

  it('JSON_TRAILING for junk, a second value or NUL padding; whitespace is fine', () => {
    expect(err('{} x')).toMatchObject({ code: 'JSON_TRAILING', offset: 3, pointer: '' });
    expect(err('{}{}')).toMatchObject({ code: 'JSON_TRAILING', offset: 2 });
    const nul = err(bytes(0x7b, 0x7d, 0x20, 0x00, 0x00));
    expect(nul).toMatchObject({ code: 'JSON_TRAILING', offset: 3 });
    expect(nul.hint).toContain('NUL');
    expect(ok('{} \n\t\r')).toEqual({});
  });

  it('JSON_TOO_LARGE before parsing', () => {
    expect(err('[1, 2]', { maxBytes: 5 })).toMatchObject({ code: 'JSON_TOO_LARGE', offset: 5 });
    expect(err(new Uint8Array(11).fill(0x20), { maxBytes: 10 })).toMatchObject({ code: 'JSON_TOO_LARGE' });
    // a 3-byte character makes a 4-unit string 6 bytes long
    expect(err('"€€"', { maxBytes: 7 })).toMatchObject({ code: 'JSON_TOO_LARGE' });
    expect(ok('"€€"', { maxBytes: 8 })).toBe('€€');
  });

  it('JSON_TOO_DEEP at the opening bracket past the budget (default 64)', () => {
    expect(ok('['.repeat(64) + ']'.repeat(64))).toBeDefined();
    const e = err('['.repeat(65) + ']'.repeat(65));
    expect(e.code).toBe('JSON_TOO_DEEP');
    expect(e.offset).toBe(64);
    expect(e.pointer).toBe('/0'.repeat(64));
    expect(err('{"a":{"b":[]}}', { maxDepth: 2 })).toMatchObject({ code: 'JSON_TOO_DEEP', offset: 10, pointer: '/a/b' });
  });

  it('JSON_TOO_MANY_KEYS counts members over the whole document', () => {
    expect(ok('{"a":{"b":1},"c":2}', { maxKeys: 3 })).toEqual({ a: { b: 1 }, c: 2 });
    expect(err('{"a":{"b":1},"c":2}', { maxKeys: 2 })).toMatchObject({ code: 'JSON_TOO_MANY_KEYS', offset: 13, pointer: '/c' });
  });

  it('puts the file name in the error and its message', () => {
    const e = err('{"a":1,"a":2}', { file: 'config.json' });
    expect(e.file).toBe('config.json');
    expect(e.message).toContain('config.json#/a');
    expect(e.message).toContain('[JSON_DUPLICATE_KEY]');
  });
});

describe('parseJsonStrict: number hook', () => {
  it('sees every lexeme verbatim with its pointer', () => {
    const seen: Array<[string, string]> = [];
    const v = ok('{"shape":[1.0,4e0,9007199254740993],"n":-0}', {
      number: (lexeme, pointer) => {
        seen.push([lexeme, pointer]);
        return /^(0|[1-9]\d*)$/.test(lexeme) ? BigInt(lexeme) : lexeme;
      },
    });
    expect(seen).toEqual([
      ['1.0', '/shape/0'],
      ['4e0', '/shape/1'],
      ['9007199254740993', '/shape/2'],
      ['-0', '/n'],
    ]);
    expect(v).toEqual({ shape: ['1.0', '4e0', 9007199254740993n], n: '-0' });
  });

  it('is not called for numbers that overflow', () => {
    let calls = 0;
    const e = err('[1e999]', { number: () => ++calls });
    expect(e.code).toBe('JSON_NUMBER_OVERFLOW');
    expect(calls).toBe(0);
  });
});

describe('firstInvalidUtf8', () => {
  it('finds the first bad sequence or returns the length', () => {
    expect(firstInvalidUtf8(new TextEncoder().encode('aé€😀'))).toBe(10);
    expect(firstInvalidUtf8(bytes(0x61, 0x80))).toBe(1);
    expect(firstInvalidUtf8(bytes(0xf4, 0x90, 0x80, 0x80))).toBe(0); // > U+10FFFF
    expect(firstInvalidUtf8(bytes(0x61, 0xe0, 0x80, 0x80))).toBe(1); // overlong
  });
});
