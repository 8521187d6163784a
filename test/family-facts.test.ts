/**
 * What a family is lives in one place: the descriptors of `@mlpack/families`. Every other package
 * reads them (the float64 reference keeps its own list on purpose: it is the independent witness).
 * CamemBERT — a pure alias of RoBERTa — is the canary: once named in 19 source files plus the
 * schema, it may only be named where a fact cannot come from its descriptor.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '@mlpack/test-utils';

/** Source files (not tests, fixtures, generated code or builds) under `dir`, sorted. */
function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (['node_modules', 'dist', 'generated', '__fixtures__'].includes(name)) continue;
      out.push(...sourceFiles(path));
    } else if (/\.(ts|mts|js|mjs)$/.test(name) && !/\.test\.[a-z]+$/.test(name)) {
      out.push(path);
    }
  }
  return out;
}

/** Where naming camembert is a fact of its own, not a copy of the descriptor. */
const ALLOWED = [
  // The descriptor itself.
  'packages/families/src/families/encoders.ts',
  // The witness's own family list and dispatch (independent of the descriptors on purpose).
  'packages/reference/src/families.ts',
  'packages/reference/src/run-reference.ts',
  // The typed list of sample families (family-registry.test.ts checks it against the descriptors).
  'packages/samples/src/sample-spec.ts',
  // Tokenizer-class facts: CamembertTokenizer's special tokens and CamembertConverter's id layout.
  'packages/tokenizers/src/class-special-tokens.ts',
  'packages/tokenizers/src/sentencepiece-tokenizer-json.ts',
];

describe('family facts are read from @mlpack/families', () => {
  const files = [join(repoRoot, 'packages'), join(repoRoot, 'scripts')].flatMap((d) => {
    try {
      return sourceFiles(d);
    } catch {
      return [];
    }
  });

  it('scans the sources (a broken walk would pass vacuously)', () => {
    expect(files.length).toBeGreaterThan(200);
    expect(files.map((f) => relative(repoRoot, f))).toContain('packages/families/src/families/encoders.ts');
  });

  it(`camembert is named in at most ${ALLOWED.length} source files, each a fact of its own`, () => {
    const naming = files.filter((f) => /camembert/i.test(readFileSync(f, 'utf8'))).map((f) => relative(repoRoot, f));
    expect(naming.length, `source files naming camembert:\n${naming.join('\n')}`).toBeLessThanOrEqual(ALLOWED.length);
    expect(
      naming.filter((f) => !ALLOWED.includes(f)),
      'read the family descriptor (lookupFamily, encoderFacts, …) instead of naming the family',
    ).toEqual([]);
  });
});
