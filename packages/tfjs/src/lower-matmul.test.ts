import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { GraphBuilder } from '@mlpack/graph';
import { assertClose } from '@mlpack/test-utils';
import { cleanupTempDirs, emitAndRun, emitToTemp } from './__fixtures__/emit-and-run.js';
import { matmul, randomNd, seeded } from './__fixtures__/ndarray.js';
import type { Nd } from './__fixtures__/ndarray.js';
import type { TfjsModelJson } from './graph-def.js';
import { tfjsBroadcastsBatch } from './lower-matmul.js';

afterAll(cleanupTempDirs);

const r32 = (x: Nd): Nd => ({ shape: x.shape, data: Array.from(Float32Array.from(x.data)) });

async function ops(graphBuild: () => ReturnType<GraphBuilder['build']>): Promise<string[]> {
  const { dir } = await emitToTemp(graphBuild());
  const json = JSON.parse(await readFile(join(dir, 'model.json'), 'utf8')) as TfjsModelJson;
  return json.modelTopology.node.map((n) => n.op);
}

describe('tfjsBroadcastsBatch', () => {
  it('accepts equal batches and batches that are trailing dims of the other side', () => {
    expect(tfjsBroadcastsBatch(['b'], [])).toBe(true);
    expect(tfjsBroadcastsBatch(['b', 'h'], ['b', 'h'])).toBe(true);
    expect(tfjsBroadcastsBatch([2, 3], [3])).toBe(true);
    expect(tfjsBroadcastsBatch([1, 3], [2, 3])).toBe(true);
    expect(tfjsBroadcastsBatch([], [4, 5])).toBe(true);
  });
  it('rejects patterns the CPU kernel would pair wrongly', () => {
    expect(tfjsBroadcastsBatch([2, 1], [1, 3])).toBe(false);
    expect(tfjsBroadcastsBatch([4, 1], [4, 3])).toBe(false);
    expect(tfjsBroadcastsBatch([2, 1, 3], [5, 1])).toBe(false);
  });
});

describe('MatMul lowering', () => {
  it('rank-3 activations × rank-2 weight: one BatchMatMulV2 (TF.js broadcasts it), any batch / sequence', async () => {
    const rand = seeded(11);
    const w = randomNd([4, 3], rand);
    const build = (): ReturnType<GraphBuilder['build']> => {
      const g = new GraphBuilder({ name: 'linear' });
      g.output('y', g.matMul(g.input('x', 'float32', ['batch', 'seq', 4]), g.constant('float32', [4, 3], w.data)));
      return g.build();
    };
    expect((await ops(build)).filter((o) => o !== 'Placeholder' && o !== 'Const')).toEqual(['BatchMatMulV2']);
    const xs = [r32(randomNd([1, 2, 4], rand)), r32(randomNd([3, 5, 4], rand))];
    const outs = await emitAndRun(
      build(),
      xs.map((x) => ({ x: { dtype: 'float32' as const, shape: x.shape, data: x.data } })),
    );
    xs.forEach((x, i) => {
      const want = matmul(x, r32(w));
      expect(outs[i]!.y!.shape).toEqual(want.shape);
      assertClose(outs[i]!.y!.data, want.data, { atol: 1e-5 }, `linear ${i}`);
    });
  });

  it('attention-shaped batched products, 2-D MatMul and rank-2 × rank-3', async () => {
    const rand = seeded(12);
    const g = new GraphBuilder({ name: 'mm' });
    const q = g.input('q', 'float32', ['b', 2, 'seq', 3]);
    const k = g.input('k', 'float32', ['b', 2, 3, 'seq']);
    g.output('scores', g.matMul(q, k));
    const a = g.input('a', 'float32', [2, 3]);
    const m = g.input('m', 'float32', [3, 4]);
    g.output('plain', g.matMul(a, m));
    const batched = g.input('bm', 'float32', ['b', 3, 2]);
    g.output('left', g.matMul(a, batched));
    const v = {
      q: r32(randomNd([2, 2, 4, 3], rand)),
      k: r32(randomNd([2, 2, 3, 4], rand)),
      a: r32(randomNd([2, 3], rand)),
      m: r32(randomNd([3, 4], rand)),
      bm: r32(randomNd([2, 3, 2], rand)),
    };
    const feeds = Object.fromEntries(Object.entries(v).map(([n, x]) => [n, { dtype: 'float32' as const, shape: x.shape, data: x.data }]));
    const [out] = await emitAndRun(g.build(), [feeds]);
    for (const [name, want] of [
      ['scores', matmul(v.q, v.k)],
      ['plain', matmul(v.a, v.m)],
      ['left', matmul(v.a, v.bm)],
    ] as const) {
      expect(out![name]!.shape).toEqual(want.shape);
      assertClose(out![name]!.data, want.data, { atol: 1e-5 }, name);
    }
  });

  it('batch broadcasting TF.js would get wrong is made explicit with BroadcastTo', async () => {
    const rand = seeded(13);
    const av = r32(randomNd([2, 1, 3, 4], rand));
    const bv = r32(randomNd([1, 5, 4, 2], rand));
    const build = (): ReturnType<GraphBuilder['build']> => {
      const g = new GraphBuilder({ name: 'bcast' });
      g.output('y', g.matMul(g.input('a', 'float32', ['n', 1, 3, 4]), g.input('b', 'float32', [1, 5, 4, 2])));
      return g.build();
    };
    const kinds = await ops(build);
    expect(kinds.filter((o) => o === 'BroadcastTo')).toHaveLength(2);
    const [out] = await emitAndRun(build(), [
      { a: { dtype: 'float32', shape: av.shape, data: av.data }, b: { dtype: 'float32', shape: bv.shape, data: bv.data } },
    ]);
    const want = matmul(av, bv);
    expect(out!.y!.shape).toEqual([2, 5, 3, 2]);
    assertClose(out!.y!.data, want.data, { atol: 1e-5 }, 'broadcast matmul');
  });

  it('1-D operands follow numpy (unit dim added, then squeezed)', async () => {
    const g = new GraphBuilder({ name: 'vec' });
    const v = g.input('v', 'float32', [3]);
    const m = g.input('m', 'float32', [3, 2]);
    const u = g.input('u', 'float32', [2]);
    g.output('vm', g.matMul(v, m));
    g.output('mu', g.matMul(m, u));
    g.output('vv', g.matMul(v, v));
    const [out] = await emitAndRun(g.build(), [
      {
        v: { dtype: 'float32', shape: [3], data: [1, 2, 3] },
        m: { dtype: 'float32', shape: [3, 2], data: [1, 2, 3, 4, 5, 6] },
        u: { dtype: 'float32', shape: [2], data: [10, 1] },
      },
    ]);
    expect(out!.vm).toMatchObject({ shape: [2], data: [22, 28] });
    expect(out!.mu).toMatchObject({ shape: [3], data: [12, 34, 56] });
    expect(out!.vv).toMatchObject({ shape: [], data: [14] });
  });
});
