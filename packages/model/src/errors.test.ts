import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MODEL_ISSUE_CODES, ModelError } from './errors.js';

const SRC = fileURLToPath(new URL('.', import.meta.url));
const THROWN = ['MODEL_DIR_NOT_FOUND', 'MODEL_DIR_NOT_A_DIRECTORY', 'MODEL_FOLDER_TOO_LARGE'];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? e.name === '__fixtures__'
        ? []
        : sources(join(dir, e.name))
      : e.name.endsWith('.ts') && !e.name.endsWith('.test.ts')
        ? [join(dir, e.name)]
        : [],
  );
}

describe('issue codes', () => {
  it('every code the package emits is a declared, stable code', () => {
    const used = new Set<string>();
    for (const f of sources(SRC)) {
      for (const m of readFileSync(f, 'utf8').matchAll(/code: '([A-Z0-9_]+)'/g)) used.add(m[1]!);
      for (const m of readFileSync(f, 'utf8').matchAll(/new ModelError\('([A-Z0-9_]+)'/g)) used.add(m[1]!);
    }
    const declared = new Set<string>([...MODEL_ISSUE_CODES, ...THROWN]);
    expect([...used].filter((c) => !declared.has(c))).toEqual([]);
    // ...and every declared issue code is really emitted somewhere.
    expect(MODEL_ISSUE_CODES.filter((c) => !used.has(c))).toEqual([]);
  });

  it('the README lists every code', () => {
    const readme = readFileSync(join(SRC, '..', 'README.md'), 'utf8');
    for (const c of [...MODEL_ISSUE_CODES, ...THROWN]) expect(readme, c).toContain(`\`${c}\``);
  });

  it('ModelError carries code, file and exit status', () => {
    const e = new ModelError('MODEL_DIR_NOT_FOUND', 'model folder not found', { file: 'x', exitCode: 2 });
    expect(e.message).toBe('[MODEL_DIR_NOT_FOUND] x: model folder not found');
    expect(e.exitCode).toBe(2);
    expect(e.name).toBe('ModelError');
  });
});
