import { describe, expect, it } from 'vitest';
import { describeSchema, describeValue } from './describe-schema.js';

describe('describeSchema', () => {
  it.each([
    [{ type: 'integer', minimum: 1 }, 'a positive integer'],
    [{ type: 'integer', minimum: 0 }, 'a non-negative integer'],
    [{ type: 'integer', minimum: -1 }, 'an integer >= -1'],
    [{ type: 'number', exclusiveMinimum: 0 }, 'a positive number'],
    [{ type: 'number', minimum: 0, maximum: 1 }, 'a number between 0 and 1'],
    [{ type: 'number', exclusiveMinimum: 0, maximum: 1 }, 'a number > 0 and <= 1'],
    [{ type: ['integer', 'null'], minimum: 1 }, 'a positive integer or null'],
    [{ type: ['null', 'integer', 'array'], minimum: -1, items: { type: 'integer', minimum: -1 } }, 'an integer >= -1, an array of integers >= -1 or null'],
    [{ type: 'array', items: { type: 'string', minLength: 1 } }, 'an array of non-empty strings'],
    [{ type: 'array', minItems: 1, items: { $ref: '#/x' } }, 'a non-empty array whose items are each a valid value'],
    [{ type: 'array', prefixItems: [{ type: 'string' }, { type: 'number' }], minItems: 2, items: false }, 'an array of 2 items'],
    [{ type: 'object', minProperties: 1 }, 'a non-empty object'],
    [{ type: 'string', pattern: '^[0-9a-f]{64}$' }, 'a string matching /^[0-9a-f]{64}$/'],
    [{ type: 'string', minLength: 1, maxLength: 2 }, 'a string of 1 to 2 characters'],
    [{ type: 'boolean' }, 'a boolean'],
    [{ enum: ['left', 'right'] }, 'one of "left", "right"'],
    [{ enum: ['regression', null] }, 'one of "regression", null'],
    [{ const: 'onnx' }, '"onnx"'],
    [{ const: 1 }, '1'],
    [{ type: 'string', pattern: 'x', 'x-expected': 'a sha256 digest' }, 'a sha256 digest'],
    [true, 'any value'],
    [{}, 'a valid value'],
  ])('%j → %s', (schema, phrase) => {
    expect(describeSchema(schema)).toBe(phrase);
  });

  it('shortens long enums but says how many values there are', () => {
    const values = Array.from({ length: 20 }, (_, i) => `v${i}`);
    const text = describeSchema({ enum: values });
    expect(text.startsWith('one of "v0", "v1",')).toBe(true);
    expect(text).toContain('"v11", … (20 values)');
    expect(text).not.toContain('"v12"');
  });
});

describe('describeValue', () => {
  it.each([
    [-3, '-3'],
    [1e30, '1e+30'],
    ['x', '"x"'],
    [null, 'null'],
    [false, 'false'],
    [[], 'an empty array'],
    [[1], 'an array of 1 item'],
    [[1, 2, 3], 'an array of 3 items'],
    [{}, 'an empty object'],
    [{ a: 1 }, 'an object'],
    [undefined, 'nothing'],
  ])('%j → %s', (value, text) => {
    expect(describeValue(value)).toBe(text);
  });

  it('truncates long strings to 60 characters', () => {
    const text = describeValue('y'.repeat(500));
    expect(text).toHaveLength(60);
    expect(text.endsWith('…')).toBe(true);
    expect(text.startsWith('"yyy')).toBe(true);
  });
});
