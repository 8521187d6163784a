import { describe, expect, it } from 'vitest';
import { fakeSource } from './__fixtures__/fake-source.js';
import { WeightResolver } from './weights.js';

describe('WeightResolver', () => {
  it('uses the base-model prefix when the checkpoint carries it; head tensors stay unprefixed', () => {
    const ws = new WeightResolver(fakeSource({ 'bert.pooler.dense.weight': [4, 4], 'classifier.weight': [2, 4] }), 'bert');
    expect(ws.basePrefix).toBe('bert.');
    expect(ws.base('pooler.dense.weight', [4, 4]).name).toBe('bert.pooler.dense.weight');
    expect(ws.head('classifier.weight', [2, 4]).name).toBe('classifier.weight');
    expect(ws.hasBase('pooler.dense.weight')).toBe(true);
    expect(ws.hasHead('pooler.dense.weight')).toBe(false);
  });

  it('reads an unprefixed (base model) checkpoint as is; a lookalike prefix does not count', () => {
    const ws = new WeightResolver(fakeSource({ 'pooler.dense.weight': [4, 4], 'bertology.x': [1] }), 'bert');
    expect(ws.basePrefix).toBe('');
    expect(ws.base('pooler.dense.weight', [4, 4]).name).toBe('pooler.dense.weight');
  });

  it('Linear and LayerNorm helpers check [out, in], [out] and [dim]', () => {
    const ws = new WeightResolver(fakeSource({ 'd.weight': [3, 5], 'd.bias': [3], 'n.weight': [5], 'n.bias': [5] }), 'x');
    expect(ws.headLinear('d', 5, 3).weight.shape).toEqual([3, 5]);
    expect(() => ws.headLinear('d', 3, 5)).toThrow(expect.objectContaining({ code: 'ARCH_BAD_SHAPE', tensor: 'd.weight' }));
    expect(ws.headNorm('n', 5).bias.name).toBe('n.bias');
    expect(() => ws.headNorm('n', 4)).toThrow(/has shape \[5\], expected \[4\]/);
  });

  it('falls back to a tied alias and names both when neither exists', () => {
    const ws = new WeightResolver(fakeSource({ 'lm_head.decoder.bias': [7] }), 'roberta');
    expect(ws.headAny(['lm_head.bias', 'lm_head.decoder.bias'], [7]).name).toBe('lm_head.decoder.bias');
    const none = new WeightResolver(fakeSource({}), 'roberta');
    expect(() => none.headAny(['lm_head.bias', 'lm_head.decoder.bias'], [7])).toThrow(
      expect.objectContaining({ code: 'ARCH_MISSING_TENSOR', tensor: 'lm_head.bias', message: expect.stringContaining('"lm_head.decoder.bias"') }),
    );
  });

  it('reads LayerNorm parameters stored under their TF-era names (LayerNorm.gamma / LayerNorm.beta), as transformers does', () => {
    const ws = new WeightResolver(fakeSource({ 'bert.embeddings.LayerNorm.gamma': [4], 'bert.embeddings.LayerNorm.beta': [4], 'x.norm.gamma': [4] }), 'bert');
    const norm = ws.baseNorm('embeddings.LayerNorm', 4);
    expect([norm.weight.name, norm.bias.name]).toEqual(['bert.embeddings.LayerNorm.gamma', 'bert.embeddings.LayerNorm.beta']);
    expect(ws.hasBase('embeddings.LayerNorm.weight')).toBe(true);
    expect(() => ws.baseNorm('embeddings.LayerNorm', 3)).toThrow(
      expect.objectContaining({ code: 'ARCH_BAD_SHAPE', tensor: 'bert.embeddings.LayerNorm.gamma' }),
    );
    // Only LayerNorm parameters are renamed (transformers' rule); other names are looked up as they are.
    expect(() => ws.headNorm('x.norm', 4)).toThrow(expect.objectContaining({ code: 'ARCH_MISSING_TENSOR', tensor: 'x.norm.weight' }));
    expect(() => new WeightResolver(fakeSource({}), 'bert').baseNorm('embeddings.LayerNorm', 4)).toThrow(
      /tensor "embeddings\.LayerNorm\.weight": not in the checkpoint \(nor its alias "embeddings\.LayerNorm\.gamma"\)/,
    );
  });

  it('refuses non-float weights', () => {
    const ws = new WeightResolver(fakeSource({ w: [2] }, 'I64'), 'x');
    expect(() => ws.head('w', [2])).toThrow(expect.objectContaining({ code: 'ARCH_BAD_DTYPE' }));
  });

  it('checks rank as well as dims', () => {
    const ws = new WeightResolver(fakeSource({ w: [2, 3] }), 'x');
    expect(() => ws.head('w', [2, 3, 1])).toThrow(expect.objectContaining({ code: 'ARCH_BAD_SHAPE' }));
    expect(() => ws.head('w', [6])).toThrow(expect.objectContaining({ code: 'ARCH_BAD_SHAPE' }));
  });
});
