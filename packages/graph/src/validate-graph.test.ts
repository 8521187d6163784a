import { describe, expect, it } from 'vitest';
import type { Graph } from './ir.js';
import { validateGraph } from './validate-graph.js';

function base(): Graph {
  return {
    name: 'g',
    inputs: [{ name: 'x', dtype: 'float32', shape: ['n', 2] }],
    outputs: [{ name: 'y', dtype: 'float32', shape: ['n', 2] }],
    nodes: [
      { name: '/Add', op: 'Add', inputs: ['x', 'c'], outputs: [{ name: '/Add_output_0', dtype: 'float32', shape: ['n', 2] }], attrs: {} },
      { name: '/Tanh', op: 'Tanh', inputs: ['/Add_output_0'], outputs: [{ name: 'y', dtype: 'float32', shape: ['n', 2] }], attrs: {} },
    ],
    initializers: [{ kind: 'constant', name: 'c', dtype: 'float32', shape: [], values: [1] }],
  };
}

function codes(g: Graph): string[] {
  const r = validateGraph(g);
  return r.ok ? [] : r.issues.map((i) => `${i.code} ${i.pointer}`);
}

describe('validateGraph', () => {
  it('accepts a well-formed graph', () => {
    const r = validateGraph(base());
    expect(r).toEqual({ ok: true, value: base(), warnings: [] });
  });

  it('finds use before definition and unknown values', () => {
    const g = base();
    g.nodes.reverse();
    expect(codes(g)).toEqual(['UNDEFINED_VALUE /nodes/0/inputs/0']);
  });

  it('finds duplicate value and node names', () => {
    const g = base();
    g.initializers.push({ kind: 'constant', name: 'x', dtype: 'float32', shape: [], values: [0] });
    g.nodes[1]!.name = '/Add';
    expect(codes(g)).toEqual(['DUPLICATE_NAME /initializers/1', 'DUPLICATE_NODE_NAME /nodes/1']);
    const u = base();
    u.initializers.push({ kind: 'constant', name: 'spare', dtype: 'float32', shape: [], values: [0] });
    expect(codes(u)).toEqual(['UNUSED_INITIALIZER /initializers/1']);
  });

  it('finds missing and mismatched outputs, dangling values, bad arity', () => {
    const g = base();
    g.outputs = [{ name: 'z', dtype: 'float32', shape: ['n', 2] }];
    expect(codes(g)).toEqual(['MISSING_OUTPUT /outputs/0', 'DANGLING_VALUE /nodes/1/outputs/0']);
    const h = base();
    h.outputs[0]!.shape = ['n', 3];
    h.nodes[0]!.inputs.push('x');
    expect(codes(h)).toEqual(['BAD_ARITY /nodes/0', 'OUTPUT_MISMATCH /outputs/0']);
    const e = base();
    e.outputs = [];
    e.nodes = [];
    e.initializers = [];
    const r = validateGraph(e);
    expect(r.ok).toBe(false);
    expect(r.ok ? [] : r.issues.map((i) => i.code)).toEqual(['NO_OUTPUTS']);
    expect(r.warnings.map((w) => `${w.severity} ${w.code} ${w.pointer}`)).toEqual(['warning UNUSED_INPUT /inputs/0']);
  });

  it('rejects malformed value infos', () => {
    const g = base();
    g.inputs[0]!.shape = ['', 2];
    (g.inputs[0] as { dtype: string }).dtype = 'float64';
    expect(codes(g)).toEqual(['BAD_VALUE_INFO /inputs/0', 'BAD_VALUE_INFO /inputs/0']);
  });
});
