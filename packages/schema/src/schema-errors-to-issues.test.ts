import { describe, expect, it } from 'vitest';
import { createSchemaAjv } from './compiled-schema.js';
import { schemaErrorsToIssues } from './schema-errors-to-issues.js';

function issuesFor(schema: object, data: unknown) {
  const validate = createSchemaAjv().compile(schema);
  expect(validate(data)).toBe(false);
  return schemaErrorsToIssues(validate.errors ?? [], { file: 't.json', code: 'SCHEMA_TEST', hint: 'default hint' });
}

describe('schemaErrorsToIssues', () => {
  it('points a duplicate at the later item', () => {
    const issues = issuesFor({ type: 'array', uniqueItems: true, items: { type: 'string' } }, ['a', 'b', 'a']);
    expect(issues).toEqual([{ severity: 'error', code: 'SCHEMA_TEST', file: 't.json', pointer: '/2', message: 'duplicate of item 0', hint: 'default hint' }]);
  });

  it('names a property a false schema forbids', () => {
    const issues = issuesFor({ type: 'object', properties: { legacy: false } }, { legacy: 1 });
    expect(issues.map((i) => [i.pointer, i.message])).toEqual([['/legacy', 'property "legacy" is not allowed here']]);
  });

  it('lists the allowed properties in the hint of an unknown one, escaping the pointer', () => {
    const issues = issuesFor({ type: 'object', properties: { a: true, b: true }, additionalProperties: false }, { 'x/y': 1 });
    expect(issues).toEqual([expect.objectContaining({ pointer: '/x~1y', message: 'unknown property "x/y"', hint: 'allowed properties here: a, b' })]);
  });

  it('describes a non-empty-schema `not` by what it must not be', () => {
    const issues = issuesFor({ type: 'object', properties: { n: { not: { const: 0 } } } }, { n: 0 });
    expect(issues.map((i) => [i.pointer, i.message])).toEqual([['/n', 'must not be 0 (got 0)']]);
  });

  it('words a value by the most specific of several failing schemas', () => {
    const schema = {
      type: 'object',
      properties: { act: { type: 'string' } },
      allOf: [{ properties: { act: { enum: ['gelu', 'relu'] } } }, { properties: { act: { type: 'string', minLength: 1 } } }],
    };
    expect(issuesFor(schema, { act: 3 }).map((i) => i.message)).toEqual(['must be one of "gelu", "relu" (got 3)']);
  });
});
