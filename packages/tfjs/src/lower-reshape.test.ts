import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { GraphBuilder } from '@mlpack/graph';
import { cleanupTempDirs, emitAndRun, emitToTemp } from './__fixtures__/emit-and-run.js';
import { nd, transpose } from './__fixtures__/ndarray.js';
import type { TfjsModelJson } from './graph-def.js';

afterAll(cleanupTempDirs);

const iota = (shape: number[]): number[] => Array.from({ length: shape.reduce((a, d) => a * d, 1) }, (_, i) => i);

describe('Reshape lowering', () => {
  it('split / merge heads with copied dynamic dims works for every batch and sequence size', async () => {
    const g = new GraphBuilder({ name: 'heads' });
    const x = g.input('x', 'float32', ['batch_size', 'sequence_length', 6]);
    const split = g.transpose(g.reshape(x, [{ copy: 0 }, { copy: 1 }, 2, 3]), [0, 2, 1, 3]);
    g.output('split', split);
    const merged = g.reshape(g.transpose(split, [0, 2, 1, 3]), [{ copy: 0 }, { copy: 1 }, -1]);
    g.output('merged', merged);
    g.output('flat', g.reshape(x, [-1, 6]));
    g.output('rows', g.reshape(x, [{ copy: 0 }, -1]));
    const sizes = [
      [1, 3],
      [2, 5],
      [3, 1],
    ] as const;
    const outs = await emitAndRun(
      g.build(),
      sizes.map(([b, s]) => ({ x: { dtype: 'float32' as const, shape: [b, s, 6], data: iota([b, s, 6]) } })),
    );
    sizes.forEach(([b, s], k) => {
      const out = outs[k]!;
      const xv = nd([b, s, 6], iota([b, s, 6]));
      expect(out.split).toMatchObject(transpose({ shape: [b, s, 2, 3], data: xv.data }, [0, 2, 1, 3]));
      expect(out.merged).toMatchObject({ shape: [b, s, 6], data: xv.data });
      expect(out.flat!.shape).toEqual([b * s, 6]);
      expect(out.rows!.shape).toEqual([b, s * 6]);
      expect(out.rows!.data).toEqual(xv.data);
    });
  });

  it('builds the target shape at run time only for symbolic copied dims', async () => {
    const g = new GraphBuilder({ name: 'mixed' });
    const x = g.input('x', 'float32', [2, 'seq', 6]);
    g.output('y', g.reshape(x, [{ copy: 0 }, { copy: 1 }, 2, 3]));
    g.output('z', g.reshape(x, [4, 3, -1]));
    const { dir } = await emitToTemp(g.build());
    const json = JSON.parse(await readFile(join(dir, 'model.json'), 'utf8')) as TfjsModelJson;
    const nodes = new Map(json.modelTopology.node.map((n) => [n.name, n]));
    const y = nodes.get('y')!;
    expect(y.op).toBe('Reshape');
    const shape = nodes.get(y.input![1]!)!;
    expect(shape.op).toBe('ConcatV2');
    // [2] (static copy → literal), seq sliced from Shape(x), [2, 3]: three pieces and the axis.
    const [lit, dyn, tail] = shape.input!.map((n) => nodes.get(n)!);
    expect(lit!.op).toBe('Const');
    expect(json.weightsManifest[0]!.weights.find((w) => w.name === lit!.name)!.shape).toEqual([1]);
    expect(dyn!.op).toBe('StridedSlice');
    expect(nodes.get(dyn!.input![0]!)!.op).toBe('Shape');
    expect(tail!.op).toBe('Const');
    // A spec with nothing symbolic is one constant.
    expect(nodes.get(nodes.get('z')!.input![1]!)!.op).toBe('Const');
    const [out] = await emitAndRun(g.build(), [{ x: { dtype: 'float32', shape: [2, 2, 6], data: iota([2, 2, 6]) } }]);
    expect(out!.y!.shape).toEqual([2, 2, 2, 3]);
    expect(out!.z!.shape).toEqual([4, 3, 2]);
  });
});
