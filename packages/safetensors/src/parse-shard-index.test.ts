import { describe, expect, it } from 'vitest';
import { checkShardIndex, isPlainFileName, parseShardIndex } from './parse-shard-index.js';

describe('parseShardIndex', () => {
  const enc = (v: unknown): Uint8Array => new TextEncoder().encode(typeof v === 'string' ? v : JSON.stringify(v));
  it.each<[string, unknown, string]>([
    ['root array', [], ''],
    ['no weight_map', { metadata: {} }, '/weight_map'],
    ['weight_map array', { weight_map: [] }, '/weight_map'],
    ['shard not a string', { weight_map: { a: 1 } }, '/weight_map/a'],
    ['metadata not an object', { metadata: 1, weight_map: {} }, '/metadata'],
    ['negative total_size', { metadata: { total_size: -1 }, weight_map: {} }, '/metadata/total_size'],
    ['fractional total_size', { metadata: { total_size: 1.5 }, weight_map: {} }, '/metadata/total_size'],
    ['string total_size', { metadata: { total_size: '20' }, weight_map: {} }, '/metadata/total_size'],
  ])('ST_INDEX_INVALID: %s', (_label, value, pointer) => {
    expect(() => parseShardIndex(enc(value), { file: 'i.json' })).toThrow(expect.objectContaining({ code: 'ST_INDEX_INVALID', pointer, file: 'i.json' }));
  });

  it('ST_INDEX_JSON for NaN (Python json.dump) with its offset', () => {
    expect(() => parseShardIndex(enc('{"metadata":{"total_size":NaN},"weight_map":{}}'))).toThrow(
      expect.objectContaining({ code: 'ST_INDEX_JSON', offset: 26, pointer: '/metadata/total_size' }),
    );
  });

  it('returns the map sorted by tensor name and the distinct shards sorted; extra metadata kept', () => {
    const idx = parseShardIndex(enc({ metadata: { total_size: 5, total_parameters: 2 }, weight_map: { z: 'b', a: 'b', m: 'a' } }));
    expect([...idx.weightMap]).toEqual([
      ['a', 'b'],
      ['m', 'a'],
      ['z', 'b'],
    ]);
    expect(idx.shards).toEqual(['a', 'b']);
    expect(idx.totalSize).toBe(5);
    expect(idx.metadata).toEqual({ total_size: 5, total_parameters: 2 });
  });
});

describe('isPlainFileName', () => {
  it.each([
    ['model-00001-of-00002.safetensors', true],
    ['..x.safetensors', true],
    ['..', false],
    ['.', false],
    ['', false],
    ['a/b', false],
    ['a\\b', false],
    ['/abs', false],
    ['C:x', false],
    ['a\0b', false],
  ])('%j → %s', (name, ok) => {
    expect(isPlainFileName(name)).toBe(ok);
  });
});

describe('checkShardIndex: every bad entry, not only the first', () => {
  const enc = (v: unknown): Uint8Array => new TextEncoder().encode(JSON.stringify(v));
  it('collects the bad metadata and each bad weight_map entry; keeps the good entries', () => {
    const bytes = enc({
      metadata: { total_size: -1 },
      weight_map: { a: 'ok.safetensors', b: '../up.safetensors', c: 7, d: '/abs.safetensors', e: 'ok.safetensors' },
    });
    const r = checkShardIndex(bytes, { file: 'i.json' });
    expect(r.problems.map((p) => [p.code, p.pointer, p.file])).toEqual([
      ['ST_INDEX_INVALID', '/metadata/total_size', 'i.json'],
      ['ST_INDEX_PATH', '/weight_map/b', 'i.json'],
      ['ST_INDEX_INVALID', '/weight_map/c', 'i.json'],
      ['ST_INDEX_PATH', '/weight_map/d', 'i.json'],
    ]);
    expect([...r.index.weightMap.keys()]).toEqual(['a', 'e']);
    expect(r.index.shards).toEqual(['ok.safetensors']);
    expect(r.index.totalSize).toBeUndefined();
    expect([...r.rejected]).toEqual(['b', 'c', 'd']);
    // the throwing API throws the first of them
    expect(() => parseShardIndex(bytes, { file: 'i.json' })).toThrow(expect.objectContaining({ code: 'ST_INDEX_INVALID', pointer: '/metadata/total_size' }));
  });

  it('still throws when nothing usable is left', () => {
    expect(() => checkShardIndex(enc({ metadata: {} }))).toThrow(expect.objectContaining({ code: 'ST_INDEX_INVALID', pointer: '/weight_map' }));
    expect(() => checkShardIndex(new TextEncoder().encode('{"weight_map":'))).toThrow(expect.objectContaining({ code: 'ST_INDEX_JSON' }));
  });
});
