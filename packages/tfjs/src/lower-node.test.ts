import { afterAll, describe, expect, it } from 'vitest';
import { GraphBuilder } from '@mlpack/graph';
import { assertClose } from '@mlpack/test-utils';
import { cleanupTempDirs, emitAndRun } from './__fixtures__/emit-and-run.js';
import { alongAxis, elementwise, erf, nd, randomNd, reduceAxis, seeded, transpose } from './__fixtures__/ndarray.js';
import type { Nd } from './__fixtures__/ndarray.js';
import type { RunInput } from './__fixtures__/tfjs-runtime.js';

afterAll(cleanupTempDirs);

const f32 = (x: Nd): RunInput => ({ dtype: 'float32', shape: x.shape, data: x.data });
const i32 = (x: Nd): RunInput => ({ dtype: 'int32', shape: x.shape, data: x.data });

/** Float32 rounding of the witness values (inputs are float32 in TF.js). */
const round32 = (x: Nd): Nd => ({ shape: x.shape, data: Array.from(Float32Array.from(x.data)) });

describe('elementwise lowerings', () => {
  it('unary ops match Math on a dynamic batch', async () => {
    const g = new GraphBuilder({ name: 'unary' });
    const x = g.input('x', 'float32', ['batch', 4]);
    const pos = g.input('pos', 'float32', ['batch', 4]);
    g.output('sqrt', g.sqrt(pos));
    g.output('erf', g.erf(x));
    g.output('tanh', g.tanh(x));
    g.output('relu', g.relu(x));
    g.output('sigmoid', g.sigmoid(x));
    g.output('exp', g.exp(x));
    g.output('log', g.log(pos));
    g.output('neg', g.neg(x));
    g.output('abs', g.abs(x));
    g.output('identity', g.identity(x));
    const rand = seeded(1);
    const xv = round32(randomNd([3, 4], rand, -3, 3));
    const pv = round32(randomNd([3, 4], rand, 0.1, 5));
    const [out] = await emitAndRun(g.build(), [{ x: f32(xv), pos: f32(pv) }]);
    const expect1 = (name: string, v: Nd, f: (a: number) => number, atol = 1e-6): void => {
      expect(out![name]!.shape).toEqual([3, 4]);
      assertClose(out![name]!.data, v.data.map(f), { atol, rtol: 1e-6 }, name);
    };
    expect1('sqrt', pv, Math.sqrt);
    expect1('erf', xv, erf);
    expect1('tanh', xv, Math.tanh);
    expect1('relu', xv, (a) => Math.max(0, a), 0);
    expect1('sigmoid', xv, (a) => 1 / (1 + Math.exp(-a)));
    expect1('exp', xv, Math.exp);
    expect1('log', pv, Math.log);
    expect1('neg', xv, (a) => -a, 0);
    expect1('abs', xv, Math.abs, 0);
    expect1('identity', xv, (a) => a, 0);
  });

  it('binary ops broadcast like numpy', async () => {
    const g = new GraphBuilder({ name: 'binary' });
    const a = g.input('a', 'float32', ['batch', 1, 3]);
    const b = g.input('b', 'float32', [2, 3]);
    g.output('add', g.add(a, b));
    g.output('sub', g.sub(a, b));
    g.output('mul', g.mul(a, b));
    g.output('div', g.div(a, b));
    g.output('pow', g.pow(g.abs(a), b));
    g.output('max', g.max(a, b));
    g.output('min', g.min(a, b));
    g.output('eq', g.cast(g.equal(a, b), 'float32'));
    g.output('ne', g.cast(g.notEqual(a, b), 'float32'));
    const av = nd([2, 1, 3], [1, -2, 3, 0.5, 2, -1]);
    const bv = nd([2, 3], [1, 2, -3, 4, 2, 0.25]);
    const [out] = await emitAndRun(g.build(), [{ a: f32(av), b: f32(bv) }]);
    const check = (name: string, f: (x: number, y: number) => number): void => {
      const want = elementwise([av, bv], f);
      expect(out![name]!.shape).toEqual([2, 2, 3]);
      assertClose(out![name]!.data, want.data, { atol: 1e-6, rtol: 1e-6 }, name);
    };
    check('add', (x, y) => x + y);
    check('sub', (x, y) => x - y);
    check('mul', (x, y) => x * y);
    check('div', (x, y) => x / y);
    check('pow', (x, y) => Math.abs(x) ** y);
    check('max', Math.max);
    check('min', Math.min);
    check('eq', (x, y) => Number(x === y));
    check('ne', (x, y) => Number(x !== y));
  });

  it('integer Div truncates toward zero (ONNX), not floor (TF FloorDiv)', async () => {
    const g = new GraphBuilder({ name: 'intdiv' });
    const a = g.input('a', 'int64', [6]);
    const b = g.input('b', 'int64', [6]);
    g.output('q', g.div(a, b));
    const [out] = await emitAndRun(g.build(), [{ a: i32(nd([6], [7, -7, 7, -7, 6, -1])), b: i32(nd([6], [2, 2, -2, -2, 3, 5])) }]);
    expect(out!.q!.dtype).toBe('int32');
    expect(out!.q!.data).toEqual([3, -3, -3, 3, 2, 0]);
  });

  it('Where broadcasts condition and both branches; Not negates', async () => {
    const g = new GraphBuilder({ name: 'where' });
    const mask = g.input('mask', 'int64', ['batch', 'seq']);
    const x = g.input('x', 'float32', ['batch', 1, 'seq']);
    const keep = g.notEqual(mask, 0);
    g.output('y', g.where(g.unsqueeze(keep, 1), x, -100));
    g.output('inv', g.cast(g.not(keep), 'int32'));
    const m = nd([2, 3], [1, 1, 0, 1, 0, 0]);
    const xv = nd([2, 1, 3], [1, 2, 3, 4, 5, 6]);
    const [out] = await emitAndRun(g.build(), [{ mask: i32(m), x: f32(xv) }]);
    expect(out!.y!.shape).toEqual([2, 1, 3]);
    expect(out!.y!.data).toEqual([1, 2, -100, 4, -100, -100]);
    expect(out!.inv!.data).toEqual([0, 0, 1, 0, 1, 1]);
  });
});

describe('normalization and activation lowerings', () => {
  it('LayerNorm matches the float64 formula', async () => {
    const rand = seeded(7);
    const g = new GraphBuilder({ name: 'ln' });
    const x = g.input('x', 'float32', ['batch', 'seq', 8]);
    const scale = randomNd([8], rand, 0.5, 1.5);
    const bias = randomNd([8], rand);
    g.output('y', g.layerNorm(x, g.constant('float32', [8], scale.data), g.constant('float32', [8], bias.data), 1e-5));
    const xv = round32(randomNd([2, 3, 8], rand, -4, 4));
    const [out] = await emitAndRun(g.build(), [{ x: f32(xv) }]);
    const want = alongAxis(xv, 2, (lane) => {
      const mean = lane.reduce((a, v) => a + v, 0) / lane.length;
      const variance = lane.reduce((a, v) => a + (v - mean) ** 2, 0) / lane.length;
      return lane.map((v, i) => ((v - mean) / Math.sqrt(variance + 1e-5)) * Float32Array.of(scale.data[i]!)[0]! + Float32Array.of(bias.data[i]!)[0]!);
    });
    expect(out!.y!.shape).toEqual([2, 3, 8]);
    assertClose(out!.y!.data, want.data, { atol: 1e-5 }, 'layerNorm');
  });

  it('GELU, exact (erf) and tanh forms, match their formulas and differ from each other', async () => {
    const g = new GraphBuilder({ name: 'gelu' });
    const x = g.input('x', 'float32', ['n']);
    g.output('exact', g.gelu(x, 'none'));
    g.output('tanh', g.gelu(x, 'tanh'));
    const xv = round32(nd([9], [-3, -2, -1, -0.5, 0, 0.5, 1, 2, 3]));
    const [out] = await emitAndRun(g.build(), [{ x: f32(xv) }]);
    const exact = xv.data.map((v) => 0.5 * v * (1 + erf(v / Math.SQRT2)));
    const approx = xv.data.map((v) => 0.5 * v * (1 + Math.tanh(Math.sqrt(2 / Math.PI) * (v + 0.044715 * v ** 3))));
    assertClose(out!.exact!.data, exact, { atol: 1e-6 }, 'gelu erf');
    assertClose(out!.tanh!.data, approx, { atol: 1e-6 }, 'gelu tanh');
    // The two forms differ by up to ~1e-4 (near |x| = 2), far above the 1e-6 tolerance: each
    // lowering is checked against its own formula, not the other one.
    const gap = Math.max(...out!.exact!.data.map((v, i) => Math.abs(v - out!.tanh!.data[i]!)));
    expect(gap).toBeGreaterThan(5e-5);
  });

  it('Softmax on the last axis and on an inner axis', async () => {
    const g = new GraphBuilder({ name: 'softmax' });
    const x = g.input('x', 'float32', ['batch', 3, 4]);
    g.output('last', g.softmax(x, -1));
    g.output('inner', g.softmax(x, 1));
    const xv = round32(randomNd([2, 3, 4], seeded(3), -5, 5));
    const [out] = await emitAndRun(g.build(), [{ x: f32(xv) }]);
    const soft = (lane: number[]): number[] => {
      const m = Math.max(...lane);
      const e = lane.map((v) => Math.exp(v - m));
      const s = e.reduce((a, v) => a + v, 0);
      return e.map((v) => v / s);
    };
    assertClose(out!.last!.data, alongAxis(xv, 2, soft).data, { atol: 1e-6 }, 'softmax last');
    assertClose(out!.inner!.data, alongAxis(xv, 1, soft).data, { atol: 1e-6 }, 'softmax inner');
    expect(out!.inner!.shape).toEqual([2, 3, 4]);
  });
});

describe('reductions, scans and casts', () => {
  it('ReduceMean / ReduceSum / ReduceMax with and without keepDims', async () => {
    const g = new GraphBuilder({ name: 'reduce' });
    const x = g.input('x', 'float32', ['batch', 3, 4]);
    g.output('mean', g.reduceMean(x, -1, true));
    g.output('sum', g.reduceSum(x, [0, 2]));
    g.output('max', g.reduceMax(x, 1));
    const xv = round32(randomNd([2, 3, 4], seeded(5)));
    const [out] = await emitAndRun(g.build(), [{ x: f32(xv) }]);
    const mean = reduceAxis(xv, 2, (l) => l.reduce((a, v) => a + v, 0) / l.length);
    expect(out!.mean!.shape).toEqual([2, 3, 1]);
    assertClose(out!.mean!.data, mean.data, { atol: 1e-6 }, 'mean');
    const sum = reduceAxis(
      reduceAxis(xv, 2, (l) => l.reduce((a, v) => a + v, 0)),
      0,
      (l) => l.reduce((a, v) => a + v, 0),
    );
    expect(out!.sum!.shape).toEqual([3]);
    assertClose(out!.sum!.data, sum.data, { atol: 1e-5 }, 'sum');
    expect(out!.max!.shape).toEqual([2, 4]);
    assertClose(out!.max!.data, reduceAxis(xv, 1, (l) => Math.max(...l)).data, { atol: 0 }, 'max');
  });

  it('CumSum of int64 (RoBERTa position ids) and of float32', async () => {
    const g = new GraphBuilder({ name: 'cumsum' });
    const ids = g.input('input_ids', 'int64', ['batch', 'seq']);
    const pad = 1;
    const notPad = g.cast(g.notEqual(ids, pad), 'int64');
    g.output('positions', g.add(g.mul(g.cumSum(notPad, 1), notPad), pad));
    const x = g.input('x', 'float32', ['batch', 'seq']);
    g.output('running', g.cumSum(x, 0));
    const idv = nd([2, 5], [0, 5, 6, 2, 1, 0, 7, 1, 1, 1]);
    const xv = nd([2, 5], [1, 2, 3, 4, 5, 0.5, 0.25, -1, -2, 10]);
    const [out] = await emitAndRun(g.build(), [{ input_ids: i32(idv), x: f32(xv) }]);
    expect(out!.positions!.dtype).toBe('int32');
    expect(out!.positions!.data).toEqual([2, 3, 4, 5, 1, 2, 3, 1, 1, 1]);
    expect(out!.running!.data).toEqual([1, 2, 3, 4, 5, 1.5, 2.25, 2, 2, 15]);
  });

  it('Cast: int64 → float32, float32 → int32 truncates, bool → float32, float16 → float32 is identity', async () => {
    const g = new GraphBuilder({ name: 'cast' });
    const ids = g.input('ids', 'int64', [3]);
    const x = g.input('x', 'float32', [4]);
    g.output('f', g.cast(ids, 'float32'));
    g.output('i', g.cast(x, 'int32'));
    g.output('b', g.cast(g.equal(ids, 2), 'float32'));
    g.output('h', g.cast(g.cast(x, 'float16'), 'float32'));
    const [out] = await emitAndRun(g.build(), [{ ids: i32(nd([3], [2, -5, 7])), x: f32(nd([4], [1.7, -1.7, 2.5, -0.2])) }]);
    expect(out!.f!).toMatchObject({ dtype: 'float32', data: [2, -5, 7] });
    expect(out!.i!).toMatchObject({ dtype: 'int32', data: [1, -1, 2, 0] });
    expect(out!.b!.data).toEqual([1, 0, 0]);
    // TF.js computes float16 values as float32: the round trip is exact here (documented limitation).
    assertClose(out!.h!.data, Array.from(Float32Array.of(1.7, -1.7, 2.5, -0.2)), { atol: 0 }, 'float16 cast');
  });

  it('an integer ReduceMean is refused with TFJS_DTYPE', async () => {
    const g = new GraphBuilder({ name: 'imean' });
    g.output('m', g.reduceMean(g.input('ids', 'int64', [3]), 0));
    await expect(emitAndRun(g.build(), [])).rejects.toMatchObject({ code: 'TFJS_DTYPE' });
  });
});

describe('indexing and shape lowerings', () => {
  it('Range over sequence_length follows the run-time length', async () => {
    const g = new GraphBuilder({ name: 'range' });
    const ids = g.input('input_ids', 'int64', ['batch', 'sequence_length']);
    g.output('positions', g.arange(ids, 1));
    g.output('fixed', g.arange(g.input('v', 'float32', [3]), 0));
    const runs = [2, 7].map((s) => ({ input_ids: i32(nd([1, s], Array<number>(s).fill(0))), v: f32(nd([3], [0, 0, 0])) }));
    const [a, b] = await emitAndRun(g.build(), runs);
    expect(a!.positions).toMatchObject({ dtype: 'int32', shape: [2], data: [0, 1] });
    expect(b!.positions!.data).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(b!.fixed!.data).toEqual([0, 1, 2]);
  });

  it('Gather: embedding lookup, scalar index (pooler token 0), negative constant index on static and symbolic dims', async () => {
    const g = new GraphBuilder({ name: 'gather' });
    const ids = g.input('input_ids', 'int64', ['batch', 'seq']);
    const table = nd([5, 2], [0, 1, 10, 11, 20, 21, 30, 31, 40, 41]);
    const emb = g.gather(g.constant('float32', [5, 2], table.data), ids, 0);
    g.output('emb', emb);
    g.output('first', g.gather(emb, 0, 1));
    g.output('last_token', g.gather(emb, -1, 1));
    g.output('last_feature', g.gather(emb, -1, 2));
    const [out] = await emitAndRun(g.build(), [{ input_ids: i32(nd([2, 3], [4, 0, 2, 1, 3, 3])) }]);
    expect(out!.emb).toMatchObject({ shape: [2, 3, 2], data: [40, 41, 0, 1, 20, 21, 10, 11, 30, 31, 30, 31] });
    expect(out!.first).toMatchObject({ shape: [2, 2], data: [40, 41, 10, 11] });
    expect(out!.last_token).toMatchObject({ shape: [2, 2], data: [20, 21, 30, 31] });
    expect(out!.last_feature).toMatchObject({ shape: [2, 3], data: [41, 1, 21, 11, 31, 31] });
  });

  it('Slice along an axis: python bounds on static and symbolic dims', async () => {
    const g = new GraphBuilder({ name: 'slice' });
    const x = g.input('x', 'float32', ['batch', 'seq', 3]);
    g.output('inner', g.sliceAxis(x, 1, 1, -1));
    g.output('tail', g.sliceAxis(x, 1, -2));
    g.output('head', g.sliceAxis(x, 1, 0, 2));
    g.output('feat', g.sliceAxis(x, 2, -2));
    g.output('featmid', g.sliceAxis(x, -1, 1, 2));
    const xv = nd(
      [1, 5, 3],
      Array.from({ length: 15 }, (_, i) => i),
    );
    const [out] = await emitAndRun(g.build(), [{ x: f32(xv) }]);
    expect(out!.inner).toMatchObject({ shape: [1, 3, 3], data: [3, 4, 5, 6, 7, 8, 9, 10, 11] });
    expect(out!.tail).toMatchObject({ shape: [1, 2, 3], data: [9, 10, 11, 12, 13, 14] });
    expect(out!.head).toMatchObject({ shape: [1, 2, 3], data: [0, 1, 2, 3, 4, 5] });
    expect(out!.feat).toMatchObject({ shape: [1, 5, 2], data: [1, 2, 4, 5, 7, 8, 10, 11, 13, 14] });
    expect(out!.featmid).toMatchObject({ shape: [1, 5, 1], data: [1, 4, 7, 10, 13] });
  });

  it('Unsqueeze (several axes), Squeeze, Transpose and Concat', async () => {
    const g = new GraphBuilder({ name: 'shapes' });
    const mask = g.input('mask', 'int64', ['batch', 'seq']);
    const ext = g.unsqueeze(g.cast(mask, 'float32'), [1, 2]);
    g.output('ext', ext);
    g.output('back', g.squeeze(ext, [1, 2]));
    const x = g.input('x', 'float32', ['batch', 'seq', 2]);
    g.output('t', g.transpose(x, [2, 0, 1]));
    g.output('cat', g.concat([x, g.mul(x, 10)], 2));
    // Only the named axis goes: a squeeze of every size-1 axis would also drop axis 0 here.
    g.output('one', g.squeeze(g.input('u', 'float32', [1, 'seq', 1]), [2]));
    const mv = nd([2, 2], [1, 0, 1, 1]);
    const xv = nd([2, 2, 2], [1, 2, 3, 4, 5, 6, 7, 8]);
    const [out] = await emitAndRun(g.build(), [{ mask: i32(mv), x: f32(xv), u: f32(nd([1, 3, 1], [7, 8, 9])) }]);
    expect(out!.one).toMatchObject({ shape: [1, 3], data: [7, 8, 9] });
    expect(out!.ext).toMatchObject({ shape: [2, 1, 1, 2], data: [1, 0, 1, 1] });
    expect(out!.back).toMatchObject({ shape: [2, 2], data: [1, 0, 1, 1] });
    expect(out!.t).toMatchObject(transpose(xv, [2, 0, 1]));
    expect(out!.cat).toMatchObject({ shape: [2, 2, 4], data: [1, 2, 10, 20, 3, 4, 30, 40, 5, 6, 50, 60, 7, 8, 70, 80] });
  });
});
