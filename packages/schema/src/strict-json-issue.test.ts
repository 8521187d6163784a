import { describe, expect, it } from 'vitest';
import { parseJsonStrict } from '@mlpack/core';
import { strictJsonErrorToIssue } from './strict-json-issue.js';

describe('strictJsonErrorToIssue', () => {
  it("carries the parser's code, offset, pointer and hint, without the location prefix", () => {
    const text = '{"a: b": 1, "a: b": 2}';
    const parsed = parseJsonStrict(text, { file: 'x/config.json' });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    const issue = strictJsonErrorToIssue(parsed.error, 'config.json');
    expect(issue).toEqual({
      severity: 'error',
      code: 'JSON_DUPLICATE_KEY',
      file: 'config.json',
      pointer: '/a: b',
      offset: 12,
      message: 'duplicate key "a: b" (line 1, column 13)',
      hint: parsed.error.hint,
    });
    expect(issue.hint).toBeTruthy();
  });

  it('works when the parser had no file name', () => {
    const parsed = parseJsonStrict('[1, NaN]');
    if (parsed.ok) throw new Error('expected a parse failure');
    const issue = strictJsonErrorToIssue(parsed.error, 'golden.json');
    expect(issue).toMatchObject({ code: 'JSON_NON_FINITE', pointer: '/1', offset: 4, message: 'NaN is not valid JSON (line 1, column 5)' });
  });
});
