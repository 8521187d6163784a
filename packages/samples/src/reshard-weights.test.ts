import { cp } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWeights } from '@mlpack/safetensors';
import { makeTempDir, removeTempDir, samplesRoot } from '@mlpack/test-utils';
import { reshardWeights } from './write-weights.js';

let tmp: string;
beforeAll(async () => {
  tmp = await makeTempDir('mlpack-reshard-');
});
afterAll(async () => {
  await removeTempDir(tmp);
});

async function tensorBytes(dir: string): Promise<Map<string, string>> {
  const w = await openWeights(dir);
  try {
    const out = new Map<string, string>();
    for (const name of [...w.tensors.keys()].sort()) out.set(name, Buffer.from(await w.read(name)).toString('base64'));
    return out;
  } finally {
    await w.close();
  }
}

describe('reshardWeights', () => {
  it('splits a sample into shards + index that open to the same tensors, byte for byte', async () => {
    const dir = join(tmp, 'bert');
    await cp(join(samplesRoot, 'bert-seqcls'), dir, { recursive: true });
    const before = await tensorBytes(dir);
    const r = await reshardWeights(dir, 3);
    expect(r.files).toEqual(['model-00001-of-00003.safetensors', 'model-00002-of-00003.safetensors', 'model-00003-of-00003.safetensors', 'model.safetensors.index.json']);
    expect(r.shards.flat().sort()).toEqual([...before.keys()]);
    expect(r.shards.every((s) => s.length > 0)).toBe(true);
    expect(r.weightMap[r.shards[2]![0]!]).toBe('model-00003-of-00003.safetensors');
    expect(r.totalSize).toBe([...before.values()].reduce((s, b) => s + Buffer.from(b, 'base64').length, 0));
    expect(await tensorBytes(dir)).toEqual(before);
  });
});
