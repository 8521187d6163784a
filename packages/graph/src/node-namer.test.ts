import { describe, expect, it } from 'vitest';
import { NodeNamer, scopeSegments } from './node-namer.js';

describe('NodeNamer', () => {
  it('keeps numeric module-path segments with their parent', () => {
    expect(scopeSegments('encoder.layer.0.attention')).toEqual(['encoder', 'layer.0', 'attention']);
    expect(scopeSegments('0.dense')).toEqual(['0', 'dense']);
  });
  it('numbers repeats per scope like the PyTorch exporter', () => {
    const n = new NodeNamer();
    n.push('encoder.layer.0');
    const a = n.peek('MatMul');
    expect(n.peek('MatMul')).toBe(a);
    n.claim(a);
    const b = n.peek('MatMul');
    n.claim(b);
    n.pop('encoder.layer.0');
    expect([a, b, n.peek('MatMul')]).toEqual(['/encoder/layer.0/MatMul', '/encoder/layer.0/MatMul_1', '/MatMul']);
  });
});
