import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, removeTempDir, samplesRoot } from '@mlpack/test-utils';
import { convertModel } from './convert-model.js';
import { labelsOf } from './labels-of.js';

let tmp: string;
beforeAll(async () => {
  tmp = await makeTempDir('mlpack-labels-');
});
afterAll(async () => {
  await removeTempDir(tmp);
});

describe('labels', () => {
  it('labelsOf sorts ids numerically', () => {
    expect(Object.keys(labelsOf({ id2label: { 10: 'k', 2: 'c', 0: 'a' } })!)).toEqual(['0', '2', '10']);
    expect(labelsOf({})).toBeUndefined();
  });

  it('a config whose label2id values are strings ({"NEG": "0"}) converts; the manifest holds the id → label map', async () => {
    const src = join(tmp, 'string-label2id');
    await cp(join(samplesRoot, 'bert-seqcls'), src, { recursive: true });
    const config = JSON.parse(await readFile(join(src, 'config.json'), 'utf8')) as Record<string, unknown>;
    config.label2id = { negative: '0', positive: '1' };
    await writeFile(join(src, 'config.json'), JSON.stringify(config, null, 2));
    const r = await convertModel(src, { out: join(tmp, 'string-label2id-out') });
    expect(r.manifest.labels).toEqual({ '0': 'negative', '1': 'positive' });
    expect(r.warnings.filter((w) => w.severity === 'error')).toEqual([]);
  });
});
