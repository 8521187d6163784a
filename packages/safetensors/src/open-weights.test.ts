import { appendFile, mkdir, stat, symlink, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { hasSharedFixtures, makeTempDir, removeTempDir, sharedFixture } from '@mlpack/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SafetensorsError } from './errors.js';
import { MAX_PROBLEMS_PER_CODE, checkWeights, openWeights } from './open-weights.js';
import { writeSafetensors } from './serialize-safetensors.js';
import type { TensorInput } from './serialize-safetensors.js';

const f32 = (...v: number[]): Uint8Array => new Uint8Array(new Float32Array(v).buffer);
const t = (name: string, ...v: number[]): TensorInput => ({ name, dtype: 'F32', shape: [v.length], data: f32(...v) });

let dir: string;
let outside: string;
beforeEach(async () => {
  dir = await makeTempDir('mlpack-st-weights-');
  outside = await makeTempDir('mlpack-st-outside-');
});
afterEach(async () => {
  await removeTempDir(dir);
  await removeTempDir(outside);
});

const SHARD1 = 'model-00001-of-00002.safetensors';
const SHARD2 = 'model-00002-of-00002.safetensors';

/** Two shards: a (2 floats) + c (1 float) in shard 1; b (1 I64) in shard 2. 20 bytes, 4 params. */
async function writeShards(): Promise<void> {
  await writeSafetensors(join(dir, SHARD1), [t('layer.a', 1, 2), t('layer.c', 3)], { format: 'pt' });
  await writeSafetensors(join(dir, SHARD2), [{ name: 'layer.b', dtype: 'I64', shape: [1], data: new Uint8Array(new BigInt64Array([7n]).buffer) }]);
}

async function writeIndex(index: unknown): Promise<void> {
  await writeFile(join(dir, 'model.safetensors.index.json'), typeof index === 'string' ? index : JSON.stringify(index));
}

const goodIndex = {
  metadata: { total_size: 20 },
  weight_map: { 'layer.a': SHARD1, 'layer.b': SHARD2, 'layer.c': SHARD1 },
};

async function failWith(code: string): Promise<SafetensorsError> {
  const e = await openWeights(dir).catch((x: unknown) => x);
  expect(e).toBeInstanceOf(SafetensorsError);
  expect((e as SafetensorsError).code).toBe(code);
  expect((e as SafetensorsError).hint).toBeTruthy();
  return e as SafetensorsError;
}

describe('openWeights: single file', () => {
  it('opens model.safetensors as a TensorSource sorted by name', async () => {
    await writeSafetensors(join(dir, 'model.safetensors'), [t('z', 1), t('a', 2, 3)], { format: 'pt' });
    const w = await openWeights(dir);
    try {
      expect([...w.tensors.keys()]).toEqual(['a', 'z']);
      expect(w.files).toEqual([resolve(dir, 'model.safetensors')]);
      expect(w.indexFile).toBeUndefined();
      expect(w.metadata.get(resolve(dir, 'model.safetensors'))).toEqual({ format: 'pt' });
      expect(w.get('a')).toMatchObject({ file: resolve(dir, 'model.safetensors'), byteLength: 8 });
      expect([...(await w.readFloat32('a'))]).toEqual([2, 3]);
      expect(w).toMatchObject({ totalBytes: 12, parameterCount: 3, bytesPerDType: { F32: 12 } });
    } finally {
      await w.close();
    }
  });

  it('ST_NO_WEIGHTS, pointing at pickles when present', async () => {
    const e = await failWith('ST_NO_WEIGHTS');
    expect(e.file).toBe(dir);
    await writeFile(join(dir, 'pytorch_model.bin'), 'x');
    expect((await failWith('ST_NO_WEIGHTS')).hint).toContain('pytorch_model.bin');
  });

  it('ST_AMBIGUOUS_WEIGHTS when both a single file and an index exist', async () => {
    await writeShards();
    await writeIndex(goodIndex);
    await writeSafetensors(join(dir, 'model.safetensors'), [t('x', 1)]);
    await failWith('ST_AMBIGUOUS_WEIGHTS');
  });

  it("propagates a corrupt file's own error", async () => {
    await writeFile(join(dir, 'model.safetensors'), Uint8Array.from([2, 0, 0, 0, 0, 0, 0, 0, 0x7b, 0x7d, 0]));
    expect(await failWith('ST_TRAILING_BYTES')).toMatchObject({ file: join(dir, 'model.safetensors'), offset: 10 });
  });
});

describe('openWeights: sharded', () => {
  it('opens index + shards: sorted tensors, shard order, per-file metadata, totals', async () => {
    await writeShards();
    await writeIndex(goodIndex);
    const w = await openWeights(dir);
    try {
      expect([...w.tensors.keys()]).toEqual(['layer.a', 'layer.b', 'layer.c']);
      expect(w.files).toEqual([resolve(dir, SHARD1), resolve(dir, SHARD2)]);
      expect(w.indexFile).toBe(resolve(dir, 'model.safetensors.index.json'));
      expect([...w.metadata.values()]).toEqual([{ format: 'pt' }, undefined]);
      expect(w).toMatchObject({ totalBytes: 20, parameterCount: 4, bytesPerDType: { F32: 12, I64: 8 } });
      expect(w.get('layer.b')!.file).toBe(resolve(dir, SHARD2));
      expect([...(await w.readFloat32('layer.b'))]).toEqual([7]);
      expect([...(await w.readFloat32('layer.c'))]).toEqual([3]);
      const order: string[] = [];
      for await (const { tensor } of w.iterate()) order.push(tensor.name);
      expect(order).toEqual(['layer.a', 'layer.c', 'layer.b']);
      await expect(w.read('layer.x')).rejects.toMatchObject({ code: 'ST_TENSOR_NOT_FOUND', tensor: 'layer.x' });
    } finally {
      await w.close();
    }
  });

  it('works without metadata.total_size', async () => {
    await writeShards();
    await writeIndex({ weight_map: goodIndex.weight_map });
    const w = await openWeights(dir);
    expect(w.tensors.size).toBe(3);
    await w.close();
  });

  it.each(['../model.safetensors', '/etc/passwd', 'sub/x.safetensors', 'sub\\x.safetensors', 'C:x.safetensors', '..', '.', ''])(
    'ST_INDEX_PATH for shard name %j',
    async (shard) => {
      await writeShards();
      await writeIndex({ weight_map: { ...goodIndex.weight_map, 'layer.b': shard } });
      expect(await failWith('ST_INDEX_PATH')).toMatchObject({ pointer: '/weight_map/layer.b', tensor: 'layer.b' });
    },
  );

  it('ST_INDEX_SYMLINK for a shard linking outside the folder; links inside are fine', async () => {
    await writeShards();
    await writeIndex(goodIndex);
    await writeSafetensors(join(outside, 'elsewhere.safetensors'), [t('layer.b2', 1)]);
    await writeIndex({ weight_map: { ...goodIndex.weight_map, 'layer.b': 'link.safetensors' } });
    await symlink(join(outside, 'elsewhere.safetensors'), join(dir, 'link.safetensors'));
    expect(await failWith('ST_INDEX_SYMLINK')).toMatchObject({ pointer: '/weight_map/layer.b' });
    // opt-in for a trusted Hugging Face cache layout: then the index rules apply as usual
    await expect(openWeights(dir, { allowSymlinksOutside: true })).rejects.toMatchObject({ code: 'ST_INDEX_MISSING_TENSOR' });

    await mkdir(join(dir, 'blobs'));
    await writeSafetensors(join(dir, 'blobs', 'abc'), [{ name: 'layer.b', dtype: 'I64', shape: [1], data: new Uint8Array(8) }]);
    await symlink(join(dir, 'blobs', 'abc'), join(dir, 'inside.safetensors'));
    await writeIndex({ weight_map: { ...goodIndex.weight_map, 'layer.b': 'inside.safetensors' } });
    const w = await openWeights(dir);
    expect(w.get('layer.b')!.file).toBe(resolve(dir, 'inside.safetensors'));
    await w.close();
  });

  it('a shard whose name merely starts with ".." is inside the folder, not a link out of it', async () => {
    await writeShards();
    await writeSafetensors(join(dir, '..b.safetensors'), [{ name: 'layer.b', dtype: 'I64', shape: [1], data: new Uint8Array(8) }]);
    await writeIndex({ weight_map: { ...goodIndex.weight_map, 'layer.b': '..b.safetensors' } });
    const w = await openWeights(dir);
    expect(w.get('layer.b')!.file).toBe(resolve(dir, '..b.safetensors'));
    await w.close();
  });

  it('ST_INDEX_MISSING_SHARD', async () => {
    await writeShards();
    await writeIndex({ weight_map: { ...goodIndex.weight_map, 'layer.b': 'model-00003-of-00003.safetensors' } });
    expect(await failWith('ST_INDEX_MISSING_SHARD')).toMatchObject({ pointer: '/weight_map/layer.b' });
  });

  it('ST_INDEX_DUPLICATE_TENSOR for a tensor stored in two shards', async () => {
    await writeShards();
    await writeSafetensors(join(dir, SHARD2), [t('layer.a', 1, 2), { name: 'layer.b', dtype: 'I64', shape: [1], data: new Uint8Array(8) }]);
    await writeIndex(goodIndex);
    expect(await failWith('ST_INDEX_DUPLICATE_TENSOR')).toMatchObject({ tensor: 'layer.a', pointer: '/weight_map/layer.a' });
  });

  it('ST_INDEX_UNLISTED_TENSOR for a tensor present in a shard but not in weight_map', async () => {
    await writeShards();
    await writeIndex({ ...goodIndex, weight_map: { 'layer.a': SHARD1, 'layer.b': SHARD2 } });
    expect(await failWith('ST_INDEX_UNLISTED_TENSOR')).toMatchObject({ tensor: 'layer.c' });
  });

  it('ST_INDEX_MISSING_TENSOR for a mapped tensor absent from its shard', async () => {
    await writeShards();
    await writeIndex({ ...goodIndex, weight_map: { ...goodIndex.weight_map, 'layer.d': SHARD2 } });
    expect(await failWith('ST_INDEX_MISSING_TENSOR')).toMatchObject({ tensor: 'layer.d', pointer: '/weight_map/layer.d' });
    await writeIndex({ ...goodIndex, weight_map: { ...goodIndex.weight_map, 'layer.c': SHARD2 } });
    const e = await failWith('ST_INDEX_MISSING_TENSOR');
    expect(e).toMatchObject({ tensor: 'layer.c' });
    expect(e.message).toContain(`it is in "${SHARD1}"`);
  });

  it('ST_INDEX_TOTAL_SIZE when metadata.total_size is not the sum of tensor bytes', async () => {
    await writeShards();
    await writeIndex({ ...goodIndex, metadata: { total_size: 21 } });
    const e = await failWith('ST_INDEX_TOTAL_SIZE');
    expect(e).toMatchObject({ pointer: '/metadata/total_size' });
    expect(e.message).toContain('hold 20 bytes');
  });

  it('ST_INDEX_JSON: the strict parser catches a duplicate weight_map key JSON.parse would hide', async () => {
    await writeShards();
    const text = `{"weight_map":{"layer.a":"${SHARD1}","layer.b":"${SHARD2}","layer.c":"${SHARD1}","layer.a":"${SHARD2}"}}`;
    await writeIndex(text);
    const e = await failWith('ST_INDEX_JSON');
    expect(e).toMatchObject({ pointer: '/weight_map/layer.a', offset: text.lastIndexOf('"layer.a"') });
  });

  it('a shard that is not safetensors fails with its own code', async () => {
    await writeShards();
    await writeFile(join(dir, SHARD2), Uint8Array.from([0x80, 0x02, 0x8a, 0x0a, 0x6c, 0xfc, 0x9c, 0x46, 0xf9, 0x20, 0x6a, 0xa8]));
    await writeIndex(goodIndex);
    expect(await failWith('ST_FOREIGN_FORMAT')).toMatchObject({ file: join(dir, SHARD2) });
  });
});

describe('openWeights: single-file symlink rule', () => {
  it('ST_INDEX_SYMLINK for a model.safetensors linking outside the folder, unless allowSymlinksOutside', async () => {
    await writeSafetensors(join(outside, 'elsewhere.safetensors'), [t('x', 1)]);
    await symlink(join(outside, 'elsewhere.safetensors'), join(dir, 'model.safetensors'));
    const e = await failWith('ST_INDEX_SYMLINK');
    expect(e).toMatchObject({ file: join(dir, 'model.safetensors'), pointer: undefined });
    expect(e.message).toContain('outside the model folder');
    const r = await checkWeights(dir);
    expect(r.weights).toBeUndefined();
    expect(r.problems.map((p) => p.code)).toEqual(['ST_INDEX_SYMLINK']);
    const w = await openWeights(dir, { allowSymlinksOutside: true });
    expect([...w.tensors.keys()]).toEqual(['x']);
    await w.close();
  });

  it('a model.safetensors linking inside the folder is fine', async () => {
    await mkdir(join(dir, 'blobs'));
    await writeSafetensors(join(dir, 'blobs', 'abc'), [t('x', 1)]);
    await symlink(join(dir, 'blobs', 'abc'), join(dir, 'model.safetensors'));
    const w = await openWeights(dir);
    expect(w.files).toEqual([resolve(dir, 'model.safetensors')]);
    await w.close();
  });
});

describe('checkWeights: every problem, not only the first', () => {
  const summary = (r: { problems: SafetensorsError[] }): string[][] => r.problems.map((p) => [p.code, p.file ?? '', p.pointer ?? '', p.tensor ?? '']);
  const indexFile = (): string => join(dir, 'model.safetensors.index.json');

  it('a good folder: weights, no problems', async () => {
    await writeShards();
    await writeIndex(goodIndex);
    const r = await checkWeights(dir);
    expect(r.problems).toEqual([]);
    expect([...r.weights!.tensors.keys()]).toEqual(['layer.a', 'layer.b', 'layer.c']);
    await r.weights!.close();
  });

  it('two bad shards: one problem each, with its own file and code; no follow-up index noise', async () => {
    await writeShards();
    const size1 = (await stat(join(dir, SHARD1))).size;
    await appendFile(join(dir, SHARD1), Uint8Array.from([0, 0, 0, 0]));
    await writeFile(join(dir, SHARD2), Uint8Array.from([0x80, 0x02, 0x8a, 0x0a, 0x6c, 0xfc, 0x9c, 0x46, 0xf9, 0x20, 0x6a, 0xa8]));
    await writeIndex({ ...goodIndex, metadata: { total_size: 999 } });
    const r = await checkWeights(dir);
    expect(r.weights).toBeUndefined();
    expect(summary(r)).toEqual([
      ['ST_TRAILING_BYTES', join(dir, SHARD1), '', ''],
      ['ST_FOREIGN_FORMAT', join(dir, SHARD2), '', ''],
    ]);
    expect(r.problems[0]!.offset).toBe(size1);
    // the throwing API throws the first one
    expect(await failWith('ST_TRAILING_BYTES')).toMatchObject({ file: join(dir, SHARD1), offset: size1 });
  });

  it('an index with a bad path, a missing shard and a misplaced tensor: three problems with their pointers', async () => {
    await writeShards();
    await writeIndex({
      metadata: { total_size: 999 }, // not compared: the rejected entry and the missing shard make the sum unknown
      weight_map: {
        'layer.a': SHARD1,
        'layer.b': '../evil.safetensors', // stored in SHARD2, but a rejected entry is not "unlisted"
        'layer.c': SHARD2, // misplaced: it is in SHARD1
        'layer.y': 'model-00003-of-00003.safetensors',
      },
    });
    const r = await checkWeights(dir);
    expect(r.weights).toBeUndefined();
    expect(summary(r)).toEqual([
      ['ST_INDEX_PATH', indexFile(), '/weight_map/layer.b', 'layer.b'],
      ['ST_INDEX_MISSING_SHARD', indexFile(), '/weight_map/layer.y', ''],
      ['ST_INDEX_MISSING_TENSOR', indexFile(), '/weight_map/layer.c', 'layer.c'],
    ]);
    expect(r.problems[2]!.message).toContain(`it is in "${SHARD1}"`);
    expect(await failWith('ST_INDEX_PATH')).toMatchObject({ pointer: '/weight_map/layer.b' });
  });

  it('duplicated, missing, unlisted and total_size problems all at once (every shard opened)', async () => {
    await writeShards();
    await writeSafetensors(join(dir, SHARD2), [t('layer.a', 1, 2), { name: 'layer.b', dtype: 'I64', shape: [1], data: new Uint8Array(8) }, t('layer.z', 5)]);
    await writeIndex({
      metadata: { total_size: 20 }, // the shards now hold 32 bytes
      weight_map: { 'layer.a': SHARD1, 'layer.b': SHARD2, 'layer.c': SHARD1, 'layer.ghost': SHARD2 },
    });
    const r = await checkWeights(dir);
    expect(summary(r)).toEqual([
      ['ST_INDEX_DUPLICATE_TENSOR', indexFile(), '/weight_map/layer.a', 'layer.a'],
      ['ST_INDEX_MISSING_TENSOR', indexFile(), '/weight_map/layer.ghost', 'layer.ghost'],
      ['ST_INDEX_UNLISTED_TENSOR', indexFile(), '/weight_map', 'layer.z'],
      ['ST_INDEX_TOTAL_SIZE', indexFile(), '/metadata/total_size', ''],
    ]);
    expect(r.problems[0]!.message).toContain(`"${SHARD1}" and "${SHARD2}"`);
    expect(r.problems[3]!.message).toContain('hold 32 bytes');
    await failWith('ST_INDEX_DUPLICATE_TENSOR');
  });

  it(`caps each code at ${MAX_PROBLEMS_PER_CODE} problems plus one summary with the count`, async () => {
    const n = MAX_PROBLEMS_PER_CODE;
    const names = (prefix: string, count: number): string[] => Array.from({ length: count }, (_, i) => `${prefix}.${String(i).padStart(3, '0')}`);
    // SHARD1 also stores n + 5 tensors the index does not list; the index maps 3n + 7 tensors that exist nowhere.
    await writeSafetensors(join(dir, SHARD1), [t('layer.a', 1, 2), ...names('extra', n + 5).map((x) => t(x, 0))]);
    const ghosts = names('ghost', 3 * n + 7);
    await writeIndex({ weight_map: { 'layer.a': SHARD1, ...Object.fromEntries(ghosts.map((g) => [g, SHARD1])) } });
    const r = await checkWeights(dir);
    const missing = r.problems.filter((p) => p.code === 'ST_INDEX_MISSING_TENSOR');
    const unlisted = r.problems.filter((p) => p.code === 'ST_INDEX_UNLISTED_TENSOR');
    expect(missing).toHaveLength(n + 1);
    expect(unlisted).toHaveLength(n + 1);
    expect(r.problems).toHaveLength(2 * n + 2);
    // the first n individually, in name order, then the summary
    expect(missing.slice(0, n).map((p) => p.pointer)).toEqual(ghosts.slice(0, n).map((g) => `/weight_map/${g}`));
    expect(missing[n]).toMatchObject({ file: indexFile(), pointer: '/weight_map', tensor: undefined });
    expect(missing[n]!.message).toContain(`${2 * n + 7} more problem(s) of this kind not listed (${3 * n + 7} in all`);
    expect(missing[n]!.hint).toBeTruthy();
    expect(unlisted[n]!.message).toContain(`5 more problem(s) of this kind not listed (${n + 5} in all`);
    // the summaries come after every individual problem
    expect(r.problems.slice(-2).map((p) => p.tensor)).toEqual([undefined, undefined]);
  });

  it(`exactly ${MAX_PROBLEMS_PER_CODE} problems of a code: no summary`, async () => {
    await writeSafetensors(join(dir, SHARD1), [t('layer.a', 1)]);
    const ghosts = Array.from({ length: MAX_PROBLEMS_PER_CODE }, (_, i) => `ghost.${String(i).padStart(3, '0')}`);
    await writeIndex({ weight_map: { 'layer.a': SHARD1, ...Object.fromEntries(ghosts.map((g) => [g, SHARD1])) } });
    const r = await checkWeights(dir);
    expect(r.problems.map((p) => p.tensor)).toEqual(ghosts);
  });

  it('index-level failures that leave nothing to check are a single problem', async () => {
    await writeShards();
    await writeIndex('{"weight_map": [');
    const r = await checkWeights(dir);
    expect(r.problems.map((p) => p.code)).toEqual(['ST_INDEX_JSON']);
    const empty = await makeTempDir('mlpack-st-empty-');
    try {
      expect((await checkWeights(empty)).problems.map((p) => p.code)).toEqual(['ST_NO_WEIGHTS']);
    } finally {
      await removeTempDir(empty);
    }
  });
});

describe.skipIf(!hasSharedFixtures())('openWeights on shared fixtures', () => {
  it('opens a folder that also holds a pickle, never touching the pickle', async () => {
    const w = await openWeights(sharedFixture('tiny-bert-seqcls-tokenizer'));
    try {
      expect(w.tensors.size).toBe(90);
      expect(w.parameterCount).toBe(88507);
      expect(w.bytesPerDType).toEqual({ F32: 351980, I64: 4096 });
      expect(w.files.every((f) => f.endsWith('model.safetensors'))).toBe(true);
      const ids = await w.readFloat32('bert.embeddings.position_ids');
      expect([...ids.subarray(0, 4)]).toEqual([0, 1, 2, 3]);
    } finally {
      await w.close();
    }
  });
});
