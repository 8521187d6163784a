import { readFile, stat, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sha256File } from '@mlpack/core';
import { readModelFolder } from '@mlpack/model';
import { openSafetensors } from '@mlpack/safetensors';
import { makeTempDir, removeTempDir } from '@mlpack/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BenchModelSpec } from './bench-model-spec.js';
import { BENCH_MODEL_MARKER, ensureBenchModel } from './ensure-bench-model.js';
import { planBertTensors, summarizePlan } from './plan-bert-tensors.js';

const TINY: BenchModelSpec = { name: 'tiny', seed: 3, hidden: 32, layers: 2, heads: 4, intermediate: 64, vocabSize: 300, maxPositions: 64, typeVocabSize: 2 };

let root: string;
beforeEach(async () => {
  root = await makeTempDir('mlpack-bench-model-');
});
afterEach(async () => {
  await removeTempDir(root);
});

describe('ensureBenchModel', () => {
  it('writes a BertModel folder that the model reader accepts, with every planned tensor', async () => {
    const m = await ensureBenchModel(root, TINY);
    expect(m.reused).toBe(false);
    expect(m.dir).toBe(join(root, 'tiny'));
    const plan = planBertTensors(TINY);
    expect(m.params).toBe(summarizePlan(plan).params);
    expect(m.largest).toEqual({ name: 'embeddings.word_embeddings.weight', bytes: 300 * 32 * 4 });
    const f = await openSafetensors(m.weightsFile);
    try {
      expect(f.tensors.map((t) => [t.name, t.dtype, t.shape])).toEqual(plan.map((t) => [t.name, 'F32', t.shape]));
      expect(f.size).toBe(m.weightsFileBytes);
      expect(f.metadata).toEqual({ format: 'pt' });
      const ln = await f.readFloat32('encoder.layer.1.output.LayerNorm.weight');
      expect(ln.every((x) => x > 0.96 && x < 1.04)).toBe(true);
    } finally {
      await f.close();
    }
    const read = await readModelFolder(m.dir);
    try {
      expect(read.issues.filter((i) => i.severity === 'error')).toEqual([]);
      expect(read.folder?.architecture).toBe('BertModel');
      expect(read.folder?.task).toBe('feature-extraction');
    } finally {
      await read.folder?.close();
    }
  });

  it('reuses a complete folder and regenerates the same bytes when the weights are truncated', async () => {
    const first = await ensureBenchModel(root, TINY);
    const hash = await sha256File(first.weightsFile);
    const mtime = (await stat(first.weightsFile)).mtimeMs;
    const again = await ensureBenchModel(root, TINY);
    expect(again.reused).toBe(true);
    expect(again.weightsFileBytes).toBe(first.weightsFileBytes);
    expect((await stat(first.weightsFile)).mtimeMs).toBe(mtime);

    await truncate(first.weightsFile, 1000);
    const rebuilt = await ensureBenchModel(root, TINY);
    expect(rebuilt.reused).toBe(false);
    expect(await sha256File(rebuilt.weightsFile)).toBe(hash);
  });

  it('regenerates when the marker is for another spec or unreadable', async () => {
    const first = await ensureBenchModel(root, TINY);
    const hash = await sha256File(first.weightsFile);
    const other = await ensureBenchModel(root, { ...TINY, seed: 4 });
    expect(other.reused).toBe(false);
    expect(other.specHash).not.toBe(first.specHash);
    expect(await sha256File(other.weightsFile)).not.toBe(hash);
    const marker = JSON.parse(await readFile(join(other.dir, BENCH_MODEL_MARKER), 'utf8')) as { specHash: string };
    expect(marker.specHash).toBe(other.specHash);

    await writeFile(join(other.dir, BENCH_MODEL_MARKER), '{not json');
    expect((await ensureBenchModel(root, { ...TINY, seed: 4 })).reused).toBe(false);
    expect((await ensureBenchModel(root, { ...TINY, seed: 4 })).reused).toBe(true);
  });
});
