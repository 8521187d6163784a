import { join } from 'node:path';
import { mkdir, writeFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphBuilder } from '@mlpack/graph';
import type { Graph } from '@mlpack/graph';
import { assertClose, makeTempDir, removeTempDir } from '@mlpack/test-utils';
import { runOrt } from './__fixtures__/run-ort.js';
import type { Feed, OrtResult } from './__fixtures__/run-ort.js';
import { TINY, buildTinyGraph, erf, geluRef, layerNormRef, rng, writeTinyWeights } from './__fixtures__/tiny-block.js';
import { emitOnnx } from './emit-onnx.js';
import { lowerGraph } from './lower-graph.js';
import type { LoweredGraph, OnnxNode } from './lower-graph.js';

let dir: string;
let tiny: Graph;
beforeAll(async () => {
  dir = await makeTempDir('mlpack-onnx-lower-');
  tiny = buildTinyGraph(TINY, (await writeTinyWeights(join(dir, 'w.bin'), TINY)).infos);
});
afterAll(async () => {
  await removeTempDir(dir);
});

const opTypes = (l: LoweredGraph): Set<string> => new Set(l.nodes.map((n) => n.opType));
const nodesOf = (l: LoweredGraph, opType: string): OnnxNode[] => l.nodes.filter((n) => n.opType === opType);

async function emitAndRun(graph: Graph, opset: number, feeds: Record<string, Feed>): Promise<Record<string, OrtResult>> {
  const sub = join(dir, `${graph.name}-${opset}`);
  await mkdir(sub, { recursive: true });
  await emitOnnx(graph, { dir: sub, opset });
  return runOrt(join(sub, 'model.onnx'), feeds);
}

describe('lowerGraph: opset-dependent forms', () => {
  it('decomposes LayerNorm below 17 and Gelu below 20', () => {
    const at14 = lowerGraph(tiny, 14);
    const at17 = lowerGraph(tiny, 17);
    const at20 = lowerGraph(tiny, 20);
    expect(opTypes(at14).has('LayerNormalization')).toBe(false);
    expect(nodesOf(at17, 'LayerNormalization')).toHaveLength(5);
    expect(nodesOf(at14, 'Erf')).toHaveLength(2);
    expect(opTypes(at17).has('Gelu')).toBe(false);
    expect(nodesOf(at20, 'Gelu').map((n) => n.attributes)).toEqual([
      [{ name: 'approximate', kind: 'string', value: 'none' }],
      [{ name: 'approximate', kind: 'string', value: 'none' }],
    ]);
    // The node producing a semantic node's output keeps its name; helpers are named under it.
    const ln = nodesOf(at17, 'LayerNormalization')[0]!;
    expect([ln.name, ln.attributes]).toEqual([
      '/embeddings/LayerNorm',
      [
        { name: 'axis', kind: 'int', value: -1 },
        { name: 'epsilon', kind: 'float', value: 1e-12 },
      ],
    ]);
    expect(at14.nodes.filter((n) => n.name.startsWith('/embeddings/LayerNorm')).map((n) => `${n.name}:${n.opType}`)).toEqual([
      '/embeddings/LayerNorm/ReduceMean:ReduceMean',
      '/embeddings/LayerNorm/Sub:Sub',
      '/embeddings/LayerNorm/Mul:Mul',
      '/embeddings/LayerNorm/ReduceMean_1:ReduceMean',
      '/embeddings/LayerNorm/Add:Add',
      '/embeddings/LayerNorm/Sqrt:Sqrt',
      '/embeddings/LayerNorm/Div:Div',
      '/embeddings/LayerNorm/Mul_1:Mul',
      '/embeddings/LayerNorm:Add',
    ]);
  });

  it('passes ReduceMean axes as an attribute before 18 and as an input from 18', () => {
    const mean17 = nodesOf(lowerGraph(tiny, 17), 'ReduceMean');
    const mean18 = nodesOf(lowerGraph(tiny, 18), 'ReduceMean');
    expect(mean17.map((n) => [n.inputs.length, n.attributes])).toEqual([
      [
        1,
        [
          { name: 'axes', kind: 'ints', value: [1] },
          { name: 'keepdims', kind: 'int', value: 0 },
        ],
      ],
    ]);
    expect(mean18.map((n) => [n.inputs.length, n.attributes])).toEqual([[2, [{ name: 'keepdims', kind: 'int', value: 0 }]]]);
    const axes = lowerGraph(tiny, 18).initializers.find((i) => i.name === mean18[0]!.inputs[1]);
    expect(axes).toMatchObject({ kind: 'constant', dtype: 'int64', shape: [1], values: [1] });
  });

  it('turns in-place reshape specs into constant shapes (0 = copy) and shares constants', () => {
    const l = lowerGraph(tiny, 17);
    const reshapes = nodesOf(l, 'Reshape');
    const shapeOf = (n: OnnxNode): unknown => l.initializers.find((i) => i.name === n.inputs[1]);
    expect(shapeOf(reshapes[0]!)).toMatchObject({ name: '/encoder/layer.0/attention/Reshape/shape', values: [0, 0, 2, 8] });
    // All 8 head splits share one shape constant, all 2 head merges another.
    expect(new Set(reshapes.map((n) => n.inputs[1])).size).toBe(2);
    expect(opTypes(l).has('Shape')).toBe(true); // only for Range (position ids)
    expect(nodesOf(l, 'Shape')).toHaveLength(1);
    const names = l.initializers.map((i) => i.name);
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('every lowering runs in ONNX Runtime and matches a TypeScript computation', () => {
  const B = 2;
  const S = 3;
  const C = 4;
  const next = rng(11);
  const x = Array.from({ length: B * S * C }, () => Math.fround((next() - 0.5) * 4));
  const ids = [5, 1, 1, 7, 8, 1];
  const at = (b: number, s: number, c: number): number => x[(b * S + s) * C + c]!;

  function miscGraph(): Graph {
    const g = new GraphBuilder({ name: 'ops' });
    const xi = g.input('x', 'float32', ['batch_size', 'sequence_length', C]);
    const id = g.input('ids', 'int64', ['batch_size', 'sequence_length']);
    const m = g.cast(g.notEqual(id, 1), 'int64');
    g.output('positions', g.add(g.mul(g.cumSum(m, 1), m), 1));
    g.output('swapped', g.reshape(xi, [{ copy: 1 }, { copy: 0 }, -1]));
    g.output('flat', g.reshape(xi, [{ copy: 0 }, -1]));
    g.output('tail', g.sliceAxis(xi, 1, 1));
    g.output('head2', g.sliceAxis(xi, -1, 0, 2));
    g.output('first', g.squeeze(g.sliceAxis(xi, 1, 0, 1), 1));
    g.output('masked', g.where(g.unsqueeze(g.equal(id, 1), 2), 0, xi));
    g.output('cat', g.concat([xi, g.neg(xi)], 2));
    g.output('rmax', g.reduceMax(xi, 2));
    g.output('rsum', g.reduceSum(xi, [1], true));
    g.output('rmean', g.reduceMean(xi, [0, 2]));
    g.output('clip', g.min(g.max(xi, -0.5), 0.5));
    g.output('pw', g.pow(g.abs(xi), 2));
    g.output('lg', g.log(g.add(g.abs(xi), 1)));
    g.output('ex', g.exp(g.neg(xi)));
    g.output('sg', g.sigmoid(g.relu(xi)));
    g.output('sq', g.sqrt(g.abs(xi)));
    g.output('ar', g.arange(xi, 1));
    g.output('col', g.gather(xi, 2, 2));
    g.output('sm', g.softmax(xi, 1));
    g.output('tr', g.transpose(xi));
    g.output('nt', g.not(g.equal(id, 1)));
    g.output('x_copy', xi);
    g.output('gelu_tanh', g.gelu(xi, 'tanh'));
    g.output('th', g.tanh(g.erf(xi)));
    return g.build();
  }

  function expected(): Record<string, { dims: number[]; data: number[] }> {
    const idx = (dims: number[], f: (...i: number[]) => number): { dims: number[]; data: number[] } => {
      const data: number[] = [];
      const rec = (prefix: number[]): void => {
        if (prefix.length === dims.length) data.push(f(...prefix));
        else for (let i = 0; i < dims[prefix.length]!; i++) rec([...prefix, i]);
      };
      rec([]);
      return { dims, data };
    };
    const ew = (f: (v: number) => number): { dims: number[]; data: number[] } => ({ dims: [B, S, C], data: x.map(f) });
    const positions: number[] = [];
    for (let b = 0; b < B; b++) {
      let run = 0;
      for (let s = 0; s < S; s++) {
        const m = ids[b * S + s] !== 1 ? 1 : 0;
        run += m;
        positions.push(run * m + 1);
      }
    }
    return {
      positions: { dims: [B, S], data: positions },
      swapped: { dims: [S, B, C], data: x },
      flat: { dims: [B, S * C], data: x },
      tail: idx([B, S - 1, C], (b, s, c) => at(b, s + 1, c)),
      head2: idx([B, S, 2], (b, s, c) => at(b, s, c)),
      first: idx([B, C], (b, c) => at(b, 0, c)),
      masked: idx([B, S, C], (b, s, c) => (ids[b * S + s] === 1 ? 0 : at(b, s, c))),
      cat: idx([B, S, 2 * C], (b, s, c) => (c < C ? at(b, s, c) : -at(b, s, c - C))),
      rmax: idx([B, S], (b, s) => Math.max(...[0, 1, 2, 3].map((c) => at(b, s, c)))),
      rsum: idx([B, 1, C], (b, _, c) => [0, 1, 2].reduce((a, s) => a + at(b, s, c), 0)),
      rmean: idx([S], (s) => [0, 1].flatMap((b) => [0, 1, 2, 3].map((c) => at(b, s, c))).reduce((a, v) => a + v, 0) / (B * C)),
      clip: ew((v) => Math.min(Math.max(v, -0.5), 0.5)),
      pw: ew((v) => v * v),
      lg: ew((v) => Math.log(Math.abs(v) + 1)),
      ex: ew((v) => Math.exp(-v)),
      sg: ew((v) => 1 / (1 + Math.exp(-Math.max(v, 0)))),
      sq: ew((v) => Math.sqrt(Math.abs(v))),
      ar: { dims: [S], data: [0, 1, 2] },
      col: idx([B, S], (b, s) => at(b, s, 2)),
      sm: idx([B, S, C], (b, s, c) => {
        const e = [0, 1, 2].map((t) => Math.exp(at(b, t, c)));
        return e[s]! / e.reduce((a, v) => a + v, 0);
      }),
      tr: idx([C, S, B], (c, s, b) => at(b, s, c)),
      nt: { dims: [B, S], data: ids.map((i) => (i !== 1 ? 1 : 0)) },
      x_copy: ew((v) => v),
      gelu_tanh: ew((v) => geluRef(v, 'tanh')),
      th: ew((v) => Math.tanh(erf(v))),
    };
  }

  it.each([14, 18, 21])('opset %i', async (opset) => {
    const out = await emitAndRun(miscGraph(), opset, {
      x: { dtype: 'float32', dims: [B, S, C], data: x },
      ids: { dtype: 'int64', dims: [B, S], data: ids },
    });
    const want = expected();
    expect(Object.keys(out).sort()).toEqual(Object.keys(want).sort());
    for (const [name, e] of Object.entries(want)) {
      expect(out[name]!.dims, name).toEqual(e.dims);
      assertClose(out[name]!.data, e.data, { atol: 1e-6, rtol: 1e-6 }, name);
    }
    expect([out.positions!.type, out.ar!.type, out.nt!.type]).toEqual(['int64', 'int64', 'bool']);
  });

  it('holds float16 weights as float16 (a Cast brings them back to float32)', async () => {
    const values = [0.1, -2.5, 65504, 1 / 3];
    const path = join(dir, 'f32.bin');
    const bytes = new DataView(new ArrayBuffer(16));
    values.forEach((v, i) => bytes.setFloat32(i * 4, v, true));
    await writeFile(path, new Uint8Array(bytes.buffer));
    const g = new GraphBuilder({ name: 'half' });
    const xi = g.input('x', 'float32', [4]);
    const w = g.weight({ name: 'w', dtype: 'F32', shape: [4], file: path, byteOffset: 0, byteLength: 16 }, { dtype: 'float16' });
    g.output('y', g.add(xi, g.cast(w, 'float32')));
    const out = await emitAndRun(g.build(), 17, { x: { dtype: 'float32', dims: [4], data: [0, 0, 0, 1] } });
    // float16 rounding of each value: 0.0999755859375, -2.5, 65504, 0.333251953125.
    expect(out.y!.data).toEqual([0.0999755859375, -2.5, 65504, 1.333251953125]);
  });
});

describe('decomposed and native LayerNorm / Gelu agree', () => {
  function normGraph(): Graph {
    const g = new GraphBuilder({ name: 'norm' });
    const xi = g.input('x', 'float32', ['n', 8]);
    const scale = g.constant('float32', [8], [1, 0.5, 2, -1, 1.5, 0.25, 1, 3]);
    const bias = g.constant('float32', [8], [0, 0.1, -0.2, 0.3, 0, 1, -1, 0.5]);
    const y = g.layerNorm(xi, scale, bias, 1e-5);
    g.output('ln', y);
    g.output('gelu_erf', g.gelu(y, 'none'));
    g.output('gelu_tanh', g.gelu(y, 'tanh'));
    return g.build();
  }
  const next = rng(3);
  const x = Array.from({ length: 6 * 8 }, () => Math.fround((next() - 0.5) * 10));

  it('opsets 14 (decomposed), 17 (native LN), 20 (native LN and Gelu) match each other and float64', async () => {
    const feeds = { x: { dtype: 'float32' as const, dims: [6, 8], data: x } };
    const [a, b, c] = await Promise.all([14, 17, 20].map((o) => emitAndRun(normGraph(), o, feeds)));
    const ln = layerNormRef(
      Float64Array.from(x),
      8,
      Float64Array.from([1, 0.5, 2, -1, 1.5, 0.25, 1, 3].map(Math.fround)),
      Float64Array.from([0, 0.1, -0.2, 0.3, 0, 1, -1, 0.5].map(Math.fround)),
      1e-5,
    );
    const want = {
      ln: Array.from(ln),
      gelu_erf: Array.from(ln, (v) => geluRef(v, 'none')),
      gelu_tanh: Array.from(ln, (v) => geluRef(v, 'tanh')),
    };
    for (const name of ['ln', 'gelu_erf', 'gelu_tanh'] as const) {
      assertClose(a![name]!.data, b![name]!.data, { atol: 1e-6 }, `${name} 14 vs 17`);
      assertClose(a![name]!.data, c![name]!.data, { atol: 1e-6 }, `${name} 14 vs 20`);
      for (const r of [a!, b!, c!]) assertClose(r[name]!.data, want[name], { atol: 1e-5 }, `${name} vs float64`);
    }
    // The tanh approximation really differs from erf GELU (so the test would catch a mix-up).
    const gap = Math.max(...want.gelu_erf.map((v, i) => Math.abs(v - want.gelu_tanh[i]!)));
    expect(gap).toBeGreaterThan(1e-4);
  });
});
