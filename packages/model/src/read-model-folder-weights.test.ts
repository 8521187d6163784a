import { appendFile, cp, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Issue } from '@mlpack/core';
import { MAX_PROBLEMS_PER_CODE } from '@mlpack/safetensors';
import { reshardWeights } from '@mlpack/samples';
import { makeTempDir, removeTempDir, samplesRoot } from '@mlpack/test-utils';
import { inspectModel } from './inspect-model.js';
import { readModelFolder } from './read-model-folder.js';

const INDEX = 'model.safetensors.index.json';
const SHARD1 = 'model-00001-of-00002.safetensors';
const SHARD2 = 'model-00002-of-00002.safetensors';

const roots: string[] = [];
afterEach(async () => {
  for (const r of roots.splice(0)) await removeTempDir(r);
});

interface Sharded {
  dir: string;
  /** Tensor names per shard, sorted. */
  shard1: string[];
  shard2: string[];
  weightMap: Record<string, string>;
  totalSize: number;
}

/** samples/bert-seqcls with its weights split into two shards and a correct index. */
async function shardedSample(): Promise<Sharded> {
  const root = await makeTempDir('mlpack-model-shards-');
  roots.push(root);
  const dir = join(root, 'bert');
  await cp(join(samplesRoot, 'bert-seqcls'), dir, { recursive: true });
  const { shards, weightMap, totalSize } = await reshardWeights(dir, 2);
  expect(Object.values(weightMap).sort()[0]).toBe(SHARD1);
  return { dir, shard1: shards[0]!, shard2: shards[1]!, weightMap, totalSize };
}

const errors = (issues: readonly Issue[]): Issue[] => issues.filter((i) => i.severity === 'error');
const where = (issues: readonly Issue[]): (string | number | undefined)[][] =>
  errors(issues).map((i) => [i.code, i.file, i.pointer, i.offset === undefined ? undefined : Number(i.offset)]);

describe('readModelFolder: every weights problem is its own issue', () => {
  it('the sharded sample is valid (baseline)', async () => {
    const s = await shardedSample();
    const r = await readModelFolder(s.dir);
    expect(errors(r.issues)).toEqual([]);
    expect(r.folder!.weights.files.length).toBe(2);
    await r.folder!.close();
  });

  it('two bad shards → two issues, each with its shard file and code', async () => {
    const s = await shardedSample();
    const size1 = (await stat(join(s.dir, SHARD1))).size;
    await appendFile(join(s.dir, SHARD1), new Uint8Array(8));
    const zip = new Uint8Array(64);
    zip.set([0x50, 0x4b, 0x03, 0x04]);
    await writeFile(join(s.dir, SHARD2), zip);
    const r = await readModelFolder(s.dir);
    expect(r.ok).toBe(false);
    expect(where(r.issues)).toEqual([
      ['ST_TRAILING_BYTES', SHARD1, undefined, size1],
      ['ST_FOREIGN_FORMAT', SHARD2, undefined, 0],
    ]);
  });

  it('an index with three problems → three issues with their pointers', async () => {
    const s = await shardedSample();
    const [a, b] = s.shard1;
    const c = s.shard2[0]!;
    await writeFile(
      join(s.dir, INDEX),
      JSON.stringify({
        metadata: { total_size: s.totalSize },
        weight_map: { ...s.weightMap, [a!]: '../outside.safetensors', [b!]: 'model-00003-of-00003.safetensors', [c]: SHARD1 },
      }),
    );
    const r = await readModelFolder(s.dir);
    expect(where(r.issues)).toEqual(
      [
        ['ST_INDEX_PATH', INDEX, `/weight_map/${a}`, undefined],
        ['ST_INDEX_MISSING_SHARD', INDEX, `/weight_map/${b}`, undefined],
        ['ST_INDEX_MISSING_TENSOR', INDEX, `/weight_map/${c}`, undefined],
      ].sort((x, y) => (x[2]! < y[2]! ? -1 : x[2]! > y[2]! ? 1 : 0)),
    );
    const report = await inspectModel(s.dir);
    expect(report.valid).toBe(false);
    expect(report.parameters).toBeNull();
    expect(report.problems.filter((p) => p.severity === 'error').map((p) => [p.code, p.pointer])).toEqual(
      where(r.issues).map(([code, , pointer]) => [code, pointer]),
    );
  });

  it(`a broken big index: at most ${MAX_PROBLEMS_PER_CODE} issues per code plus one summary`, async () => {
    const s = await shardedSample();
    const ghosts = Array.from({ length: 500 }, (_, i) => [`ghost.${String(i).padStart(4, '0')}`, SHARD1]);
    await writeFile(join(s.dir, INDEX), JSON.stringify({ weight_map: { ...s.weightMap, ...Object.fromEntries(ghosts) } }));
    const r = await readModelFolder(s.dir);
    const e = errors(r.issues);
    expect(e.every((i) => i.code === 'ST_INDEX_MISSING_TENSOR' && i.file === INDEX)).toBe(true);
    expect(e).toHaveLength(MAX_PROBLEMS_PER_CODE + 1);
    const summary = e.filter((i) => i.tensor === undefined);
    expect(summary).toEqual([expect.objectContaining({ pointer: '/weight_map' })]);
    expect(summary[0]!.message).toContain(`${500 - MAX_PROBLEMS_PER_CODE} more problem(s) of this kind not listed (500 in all`);
  });
});
