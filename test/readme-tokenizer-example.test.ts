import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { repoRoot, samplesRoot } from '@mlpack/test-utils';

const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');

describe('README tokenizer example', () => {
  it('runs as written against the built umbrella package (model path swapped for a sample)', async () => {
    const section = readme.split(/^## /m).find((x) => x.startsWith('Library'));
    const code = [...(section ?? '').matchAll(/```ts\n([^`]+?)\n```/g)].map((m) => m[1]!).find((c) => c.includes('loadTokenizer'));
    expect(code, 'README "Library" section has a loadTokenizer example').toBeDefined();
    const runnable = code!
      .replace("from 'mlpack'", `from ${JSON.stringify(pathToFileURL(join(repoRoot, 'packages', 'mlpack', 'dist', 'index.js')).href)}`)
      .replaceAll("'models/my-bert'", JSON.stringify(join(samplesRoot, 'bert-seqcls')));
    const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', runnable]);
    // kind, files, special ids of the bert-seqcls sample, then the pair decoded (lowercased by its normalizer).
    expect(stdout.trim()).toBe("tokenizer.json [ 'tokenizer.json' ] { pad: 0, unk: 1, cls: 2, sep: 3, mask: 4 } how old is the fox? three years.");
  });
});
