import { describe, expect, it } from 'vitest';
import type { TensorInfo } from '@mlpack/core';
import { fakeInfo } from './__fixtures__/tensor-file.js';
import { GraphBuilder } from './graph-builder.js';
import type { Value } from './graph-builder.js';
import type { Graph, GraphNode } from './ir.js';

const F32_MIN = -3.4028234663852886e38;

interface MiniConfig {
  hidden: number;
  heads: number;
  ffn: number;
  layers: number;
  vocab: number;
  /** ALBERT: every layer uses layer 0's weights. */
  shareLayers?: boolean;
  /** RoBERTa-style position ids from input_ids != pad. */
  padTokenId?: number;
  /** Tied LM head (word embeddings transposed). */
  lmHead?: boolean;
}

/** A BERT-family encoder built only from the builder's public ops (weights are never read). */
function buildMiniEncoder(c: MiniConfig): Graph {
  const w = (name: string, shape: number[]): TensorInfo => fakeInfo(name, shape);
  const g = new GraphBuilder({ name: 'mini' });
  const ids = g.input('input_ids', 'int64', ['batch_size', 'sequence_length']);
  const mask = g.input('attention_mask', 'int64', ['batch_size', 'sequence_length']);
  const types = g.input('token_type_ids', 'int64', ['batch_size', 'sequence_length']);
  const d = c.hidden / c.heads;

  const hidden0 = g.scope('embeddings', () => {
    const words = g.gather(g.weight(w('embeddings.word_embeddings.weight', [c.vocab, c.hidden])), ids);
    let positions: Value;
    if (c.padTokenId !== undefined) {
      const m = g.cast(g.notEqual(ids, c.padTokenId), 'int64');
      positions = g.add(g.mul(g.cumSum(m, 1), m), c.padTokenId);
    } else {
      positions = g.unsqueeze(g.arange(ids, 1), 0);
    }
    const pos = g.gather(g.weight(w('embeddings.position_embeddings.weight', [32, c.hidden])), positions);
    const typ = g.gather(g.weight(w('embeddings.token_type_embeddings.weight', [2, c.hidden])), types);
    const sum = g.add(g.add(words, pos), typ);
    return g.layerNorm(sum, g.weight(w('embeddings.LayerNorm.weight', [c.hidden])), g.weight(w('embeddings.LayerNorm.bias', [c.hidden])), 1e-12);
  });
  const additiveMask = g.mul(g.sub(1, g.cast(g.unsqueeze(mask, [1, 2]), 'float32')), F32_MIN);

  let h = hidden0;
  for (let l = 0; l < c.layers; l++) {
    const p = `encoder.layer.${c.shareLayers ? 0 : l}`;
    const lin = (x: Value, name: string, inF: number, outF: number): Value =>
      g.scope(name, () => g.linear(x, g.weight(w(`${p}.${name}.weight`, [outF, inF]), { transpose: true }), g.weight(w(`${p}.${name}.bias`, [outF]))));
    h = g.scope(`encoder.layer.${l}`, () => {
      const attn = g.scope('attention', () => {
        const split = (x: Value): Value => g.transpose(g.reshape(x, [{ copy: 0 }, { copy: 1 }, c.heads, d]), [0, 2, 1, 3]);
        const q = split(lin(h, 'attention.self.query', c.hidden, c.hidden));
        const k = split(lin(h, 'attention.self.key', c.hidden, c.hidden));
        const v = split(lin(h, 'attention.self.value', c.hidden, c.hidden));
        const scores = g.add(g.div(g.matMul(q, g.transpose(k, [0, 1, 3, 2])), Math.sqrt(d)), additiveMask);
        const ctx = g.transpose(g.matMul(g.softmax(scores, -1), v), [0, 2, 1, 3]);
        const merged = g.reshape(ctx, [{ copy: 0 }, { copy: 1 }, c.hidden]);
        const out = lin(merged, 'attention.output.dense', c.hidden, c.hidden);
        return g.layerNorm(
          g.add(out, h),
          g.weight(w(`${p}.attention.output.LayerNorm.weight`, [c.hidden])),
          g.weight(w(`${p}.attention.output.LayerNorm.bias`, [c.hidden])),
          1e-12,
        );
      });
      const inter = g.gelu(lin(attn, 'intermediate.dense', c.hidden, c.ffn), 'none');
      const out = lin(inter, 'output.dense', c.ffn, c.hidden);
      return g.layerNorm(
        g.add(out, attn),
        g.weight(w(`${p}.output.LayerNorm.weight`, [c.hidden])),
        g.weight(w(`${p}.output.LayerNorm.bias`, [c.hidden])),
        1e-12,
      );
    });
  }
  g.output('last_hidden_state', h);
  const pooled = g.scope('pooler', () =>
    g.tanh(
      g.linear(g.gather(h, 0, 1), g.weight(w('pooler.dense.weight', [c.hidden, c.hidden]), { transpose: true }), g.weight(w('pooler.dense.bias', [c.hidden]))),
    ),
  );
  g.output('pooler_output', pooled);
  if (c.lmHead) {
    const wordT = g.weight(w('embeddings.word_embeddings.weight', [c.vocab, c.hidden]), { transpose: true });
    g.output(
      'logits',
      g.scope('lm_head', () => g.matMul(h, wordT)),
    );
  }
  return g.build();
}

const BASE: MiniConfig = { hidden: 16, heads: 2, ffn: 32, layers: 2, vocab: 30 };

function nodeByName(graph: Graph, name: string): GraphNode {
  const n = graph.nodes.find((x) => x.name === name);
  if (!n) throw new Error(`no node ${name}; have ${graph.nodes.map((x) => x.name).join(', ')}`);
  return n;
}

function expectCode(fn: () => unknown, code: string, node?: string): void {
  let err: unknown;
  try {
    fn();
  } catch (e) {
    err = e;
  }
  expect(err, 'expected an error').toBeDefined();
  expect(err).toMatchObject({ code, ...(node !== undefined ? { node } : {}) });
}

describe('GraphBuilder: a BERT-family encoder', () => {
  it('infers symbolic output shapes', () => {
    const graph = buildMiniEncoder(BASE);
    expect(graph.outputs).toEqual([
      { name: 'last_hidden_state', dtype: 'float32', shape: ['batch_size', 'sequence_length', 16] },
      { name: 'pooler_output', dtype: 'float32', shape: ['batch_size', 16] },
    ]);
    const scores = nodeByName(graph, '/encoder/layer.0/attention/Add');
    expect(scores.outputs[0]!.shape).toEqual(['batch_size', 2, 'sequence_length', 'sequence_length']);
    const split = nodeByName(graph, '/encoder/layer.0/attention/attention/self/query/Add');
    expect(split.outputs[0]!.shape).toEqual(['batch_size', 'sequence_length', 16]);
    const reshape = nodeByName(graph, '/encoder/layer.0/attention/Reshape');
    expect(reshape.attrs).toEqual({ spec: [{ copy: 0 }, { copy: 1 }, 2, 8] });
    expect(reshape.outputs[0]!.shape).toEqual(['batch_size', 'sequence_length', 2, 8]);
  });

  it('names nodes from scopes and values from nodes, deterministically', () => {
    const a = buildMiniEncoder(BASE);
    const b = buildMiniEncoder(BASE);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    const names = a.nodes.map((n) => n.name);
    expect(names.slice(0, 3)).toEqual(['/embeddings/Gather', '/embeddings/Range', '/embeddings/Unsqueeze']);
    expect(names).toContain('/encoder/layer.1/attention/MatMul_1');
    expect(names).toContain('/encoder/layer.0/attention/Transpose_3');
    expect(nodeByName(a, '/embeddings/Add_1').outputs[0]!.name).toBe('/embeddings/Add_1_output_0');
    // Output values take the output's name.
    expect(a.nodes.filter((n) => n.outputs[0]!.name === 'last_hidden_state').map((n) => n.name)).toEqual(['/encoder/layer.1/LayerNorm']);
    // The scalar index of the pooler's gather and the 1/sqrt(d) divisor are named constants.
    expect(nodeByName(a, '/pooler/Gather').inputs).toEqual(['last_hidden_state', '/pooler/Constant']);
    expect(a.initializers.find((i) => i.name === '/pooler/Constant')).toEqual({
      kind: 'constant',
      name: '/pooler/Constant',
      dtype: 'int64',
      shape: [],
      values: [0],
    });
  });

  it('orders initializers by first use and names transposed variants', () => {
    const graph = buildMiniEncoder({ ...BASE, lmHead: true });
    const names = graph.initializers.map((i) => i.name);
    expect(names.slice(0, 2)).toEqual(['embeddings.word_embeddings.weight', 'embeddings.position_embeddings.weight']);
    expect(names).toContain('encoder.layer.0.attention.self.query.weight.T');
    // Tied LM head: the same file tensor, transposed, as a second initializer.
    const tied = graph.initializers.find((i) => i.name === 'embeddings.word_embeddings.weight.T');
    expect(tied).toMatchObject({ kind: 'tensor', shape: [16, 30], transforms: [{ kind: 'transpose' }] });
    expect(graph.outputs.at(-1)).toEqual({ name: 'logits', dtype: 'float32', shape: ['batch_size', 'sequence_length', 30] });
    // First-use order: every initializer appears before any later-used one in the node list.
    const firstUse = names.map((n) => graph.nodes.findIndex((node) => node.inputs.includes(n)));
    expect([...firstUse].sort((x, y) => x - y)).toEqual(firstUse);
  });

  it('dedupes weights: ALBERT-style sharing yields one initializer per tensor', () => {
    const shared = buildMiniEncoder({ ...BASE, layers: 3, shareLayers: true });
    const separate = buildMiniEncoder({ ...BASE, layers: 3 });
    const tensorCount = (g: Graph): number => g.initializers.filter((i) => i.kind === 'tensor').length;
    // 3 embeddings + 2 LN + 16 per layer + 2 pooler.
    expect(tensorCount(separate)).toBe(7 + 16 * 3);
    expect(tensorCount(shared)).toBe(7 + 16);
    const q = 'encoder.layer.0.attention.self.query.weight.T';
    const users = shared.nodes.filter((n) => n.inputs.includes(q)).map((n) => n.name);
    expect(users).toEqual([
      '/encoder/layer.0/attention/attention/self/query/MatMul',
      '/encoder/layer.1/attention/attention/self/query/MatMul',
      '/encoder/layer.2/attention/attention/self/query/MatMul',
    ]);
  });

  it('expresses RoBERTa position ids with cumSum', () => {
    const graph = buildMiniEncoder({ ...BASE, padTokenId: 1 });
    const ops = graph.nodes.slice(0, 7).map((n) => n.op);
    expect(ops).toEqual(['Gather', 'NotEqual', 'Cast', 'CumSum', 'Mul', 'Add', 'Gather']);
    expect(nodeByName(graph, '/embeddings/CumSum').attrs).toEqual({ axis: 1 });
    expect(nodeByName(graph, '/embeddings/Add').inputs[1]).toBe('/embeddings/Constant');
  });
});

describe('GraphBuilder: shape inference', () => {
  it('broadcasts symbolic dims numpy-style', () => {
    const g = new GraphBuilder({ name: 't' });
    const a = g.input('a', 'float32', ['b', 1, 's']);
    const b = g.input('b', 'float32', [4, 1]);
    expect(g.add(a, b).shape).toEqual(['b', 4, 's']);
    const c = g.input('c', 'float32', ['b', 3, 5]);
    // A symbol against a number takes the number.
    expect(g.mul(a, c).shape).toEqual(['b', 3, 5]);
    expectCode(() => g.add(a, g.input('d', 'float32', ['s', 1, 1])), 'SHAPE_MISMATCH', '/Add_1');
    expectCode(() => g.add(c, g.input('e', 'float32', [4, 5])), 'SHAPE_MISMATCH', '/Add_1');
  });

  it('does batched matMul with broadcasting and 1-D operands', () => {
    const g = new GraphBuilder({ name: 't' });
    const x = g.input('x', 'float32', ['b', 'h', 's', 8]);
    const y = g.input('y', 'float32', [1, 'h', 8, 's']);
    expect(g.matMul(x, y).shape).toEqual(['b', 'h', 's', 's']);
    const v = g.input('v', 'float32', [8]);
    expect(g.matMul(x, v).shape).toEqual(['b', 'h', 's']);
    expect(g.matMul(v, y).shape).toEqual([1, 'h', 's']);
    expectCode(() => g.matMul(x, g.input('z', 'float32', [7, 3])), 'SHAPE_MISMATCH', '/MatMul_3');
  });

  it('reshapes with copied dims and -1, checking element counts', () => {
    const g = new GraphBuilder({ name: 't' });
    const x = g.input('x', 'float32', ['batch_size', 'sequence_length', 768]);
    expect(g.reshape(x, [{ copy: 0 }, { copy: 1 }, 12, 64]).shape).toEqual(['batch_size', 'sequence_length', 12, 64]);
    expect(g.reshape(x, [-1, 768]).shape).toEqual(['batch_size*sequence_length', 768]);
    expect(g.reshape(x, [{ copy: 0 }, -1, 64]).shape).toEqual(['batch_size', '12*sequence_length', 64]);
    const flat = g.reshape(x, [-1]);
    expect(flat.shape).toEqual(['768*batch_size*sequence_length']);
    expect(g.reshape(flat, [{ copy: 0 }]).shape).toEqual(['768*batch_size*sequence_length']);
    expectCode(() => g.reshape(x, [{ copy: 0 }, { copy: 1 }, 12, 32]), 'BAD_RESHAPE', '/Reshape_5');
    expectCode(() => g.reshape(x, [{ copy: 0 }, -1, 7]), 'BAD_RESHAPE', '/Reshape_5');
    expectCode(() => g.reshape(x, [-1, -1]), 'BAD_RESHAPE');
    expectCode(() => g.reshape(x, [0, 768]), 'BAD_RESHAPE');
    expectCode(() => g.reshape(x, [{ copy: 3 }]), 'BAD_RESHAPE');
    // -1 cannot invent a symbol that is not in the input.
    expectCode(() => g.reshape(g.input('y', 'float32', ['batch_size', 6]), [{ copy: 0 }, -1, 4]), 'BAD_RESHAPE');
  });

  it('infers gather, slice, squeeze, unsqueeze, reduce, concat, arange, where', () => {
    const g = new GraphBuilder({ name: 't' });
    const h = g.input('h', 'float32', ['b', 's', 16]);
    expect(g.gather(h, 0, 1).shape).toEqual(['b', 16]);
    expect(g.gather(g.input('emb', 'float32', [30, 16]), g.input('ids', 'int64', ['b', 's'])).shape).toEqual(['b', 's', 16]);
    expect(g.sliceAxis(h, 1, 0, 1).shape).toEqual(['b', 1, 16]);
    expect(g.sliceAxis(h, -1, 4, 100).shape).toEqual(['b', 's', 12]);
    expect(g.sliceAxis(h, 1, -2).shape).toEqual(['b', 2, 16]);
    expect(g.sliceAxis(h, 1, 1).shape).toEqual(['b', 's-1', 16]);
    expect(g.squeeze(g.sliceAxis(h, 1, 0, 1), 1).shape).toEqual(['b', 16]);
    expect(g.unsqueeze(h, [1, -1]).shape).toEqual(['b', 1, 's', 16, 1]);
    expect(g.reduceMean(h, -1, true).shape).toEqual(['b', 's', 1]);
    expect(g.reduceSum(h, [0, 2]).shape).toEqual(['s']);
    expect(g.concat([h, h], -1).shape).toEqual(['b', 's', 32]);
    expect(g.concat([h, h], 1).shape).toEqual(['b', 's + s', 16]);
    const r = g.arange(h, 1);
    expect([r.dtype, r.shape]).toEqual(['int64', ['s']]);
    const m = g.input('m', 'bool', ['b', 1, 's']);
    expect(g.where(m, h, 0).shape).toEqual(['b', 's', 16]);
    expectCode(() => g.squeeze(h, 1), 'SHAPE_MISMATCH');
    expectCode(() => g.gather(g.input('e2', 'float32', [4, 2]), 4), 'BAD_ARGUMENT');
    expectCode(() => g.softmax(h, 3), 'BAD_AXIS');
    expectCode(() => g.unsqueeze(h, [1, 1]), 'BAD_AXIS');
    expectCode(() => g.transpose(h, [0, 0, 1]), 'BAD_AXIS');
    expectCode(() => g.reduceMean(h, []), 'BAD_AXIS');
  });

  it('checks dtypes and normalizes axes in attributes', () => {
    const g = new GraphBuilder({ name: 't' });
    const x = g.input('x', 'float32', ['b', 4]);
    const ids = g.input('ids', 'int64', ['b', 4]);
    expectCode(() => g.add(x, ids), 'DTYPE_MISMATCH', '/Add');
    expectCode(() => g.erf(ids), 'DTYPE_MISMATCH', '/Erf');
    expectCode(() => g.gather(x, x), 'DTYPE_MISMATCH');
    expectCode(() => g.layerNorm(x, g.input('s', 'float32', [5]), g.input('t', 'float32', [4]), 1e-5), 'SHAPE_MISMATCH', '/LayerNorm');
    expectCode(() => g.where(ids, x, x), 'DTYPE_MISMATCH');
    expectCode(() => g.add(1, 2), 'BAD_ARGUMENT');
    expect(g.equal(ids, 3).dtype).toBe('bool');
    expect(g.cast(x, 'float32')).toBe(x);
    const sm = g.softmax(x, -1);
    g.output('y', sm);
    const graph = g.build();
    expect(graph.nodes.find((n) => n.op === 'Softmax')!.attrs).toEqual({ axis: 1 });
  });

  it('names a failed op without consuming its name', () => {
    const g = new GraphBuilder({ name: 't' });
    const x = g.input('x', 'float32', [2, 3]);
    expectCode(() => g.matMul(x, x), 'SHAPE_MISMATCH', '/MatMul');
    expect(() => g.matMul(x, x)).toThrow(/node "\/MatMul": MatMul inner dims differ: \[2, 3\] · \[2, 3\]/);
    g.output('y', g.matMul(x, g.transpose(x)));
    expect(g.build().nodes.map((n) => n.name)).toEqual(['/Transpose', '/MatMul']);
  });
});

describe('GraphBuilder: weights, constants, outputs', () => {
  it('describes lazy weights with their transforms and dedupes them', () => {
    const g = new GraphBuilder({ name: 't' });
    const info = fakeInfo('dense.weight', [3, 2], 'F16', 100);
    const a = g.weight(info, { transpose: true });
    expect(g.weight({ ...info }, { transpose: true })).toBe(a);
    const b = g.weight(info);
    const c = g.weight(info, { dtype: 'float16' });
    expect([a.name, a.shape, b.name, b.shape, c.name, c.dtype]).toEqual(['dense.weight.T', [2, 3], 'dense.weight', [3, 2], 'dense.weight.f16', 'float16']);
    g.output('y', g.add(g.matMul(g.input('x', 'float32', ['n', 3]), b), 1));
    g.output('z', a);
    g.output('w', c);
    const graph = g.build();
    expect(graph.initializers.map((i) => i.name)).toEqual(['dense.weight', '/Constant', 'dense.weight.T', 'dense.weight.f16']);
    expect(graph.initializers[0]).toEqual({
      kind: 'tensor',
      name: 'dense.weight',
      dtype: 'float32',
      shape: [3, 2],
      source: { name: 'dense.weight', dtype: 'F16', shape: [3, 2], file: '/nonexistent/model.safetensors', byteOffset: 100, byteLength: 12 },
      transforms: [{ kind: 'cast', from: 'F16', to: 'float32' }],
    });
    expect(graph.initializers[2]).toMatchObject({ transforms: [{ kind: 'cast', from: 'F16', to: 'float32' }, { kind: 'transpose' }] });
    expect(graph.initializers[3]).toMatchObject({ dtype: 'float16', transforms: [] });
    // Initializers output directly go through Identity nodes.
    expect(graph.nodes.filter((n) => n.op === 'Identity').map((n) => [n.name, n.inputs[0], n.outputs[0]!.name])).toEqual([
      ['/Identity', 'dense.weight.T', 'z'],
      ['/Identity_1', 'dense.weight.f16', 'w'],
    ]);
  });

  it('rejects weights it cannot hold and inconsistent tensor infos', () => {
    const g = new GraphBuilder({ name: 't' });
    expectCode(() => g.weight(fakeInfo('q', [4], 'I8')), 'UNSUPPORTED_DTYPE');
    expectCode(() => g.weight({ ...fakeInfo('w', [2, 2]), byteLength: 15 }), 'BAD_TENSOR_INFO');
    expectCode(() => g.weight(fakeInfo('w', [2, 2, 2]), { transpose: true }), 'BAD_ARGUMENT');
    expectCode(() => g.weight(fakeInfo('ids', [4], 'I64'), { dtype: 'float32' }), 'BAD_ARGUMENT');
    g.weight(fakeInfo('w', [2]));
    expectCode(() => g.weight(fakeInfo('w', [2], 'F32', 64)), 'DUPLICATE_NAME');
  });

  it('shares equal constants and validates their values', () => {
    const g = new GraphBuilder({ name: 't' });
    const a = g.scope('a', () => g.constant('float32', [2], [1, 2]));
    const b = g.scope('b', () => g.constant('float32', [2], [1, 2]));
    expect(b).toBe(a);
    expect(a.name).toBe('/a/Constant');
    expect(g.constant('float32', [], [0]).name).toBe('/Constant');
    expect(g.constant('float32', [], [-0]).name).toBe('/Constant_1');
    expectCode(() => g.constant('float32', [3], [1, 2]), 'BAD_ARGUMENT');
    expectCode(() => g.constant('float32', [], [-Infinity]), 'BAD_ARGUMENT');
    expectCode(() => g.constant('int64', [], [0.5]), 'BAD_ARGUMENT');
    expectCode(() => g.constant('float16', [], [70000]), 'BAD_ARGUMENT');
    expectCode(() => g.constant('bool', [], [2]), 'BAD_ARGUMENT');
  });

  it('prunes what no output needs, and refuses foreign values and reused names', () => {
    const g = new GraphBuilder({ name: 't' });
    const x = g.input('x', 'float32', ['n']);
    const unused = g.input('unused', 'float32', ['n']);
    g.exp(x);
    g.mul(x, g.weight(fakeInfo('never', [1])));
    g.output('y', g.tanh(x));
    const graph = g.build();
    expect(graph.nodes.map((n) => n.name)).toEqual(['/Tanh']);
    expect(graph.initializers).toEqual([]);
    expect(graph.inputs.map((i) => i.name)).toEqual(['x', 'unused']);
    expect(unused.name).toBe('unused');
    expectCode(() => g.output('y', x), 'DUPLICATE_NAME');
    expectCode(() => g.output('x', x), 'DUPLICATE_NAME');
    expectCode(() => g.input('x', 'float32', [1]), 'DUPLICATE_NAME');
    expectCode(() => g.input('bad', 'float32', ['a*b']), 'BAD_ARGUMENT');
    const other = new GraphBuilder({ name: 'o' });
    expectCode(() => other.tanh(x), 'FOREIGN_VALUE');
    expectCode(() => other.add(x, 1), 'FOREIGN_VALUE');
    // The builder stays usable after build(), and building twice gives equal graphs.
    expect(JSON.stringify(g.build())).toBe(JSON.stringify(graph));
  });

  it('outputs an input or one value twice through Identity nodes', () => {
    const g = new GraphBuilder({ name: 't' });
    const x = g.input('x', 'float32', ['n']);
    const t = g.tanh(x);
    g.output('a', t);
    g.output('b', t);
    g.output('c', x);
    const graph = g.build();
    expect(graph.nodes.map((n) => [n.name, n.op, n.inputs, n.outputs[0]!.name])).toEqual([
      ['/Tanh', 'Tanh', ['x'], 'a'],
      ['/Identity', 'Identity', ['a'], 'b'],
      ['/Identity_1', 'Identity', ['x'], 'c'],
    ]);
  });
});
