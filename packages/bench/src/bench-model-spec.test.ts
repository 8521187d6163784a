import { describe, expect, it } from 'vitest';
import { BenchError } from './bench-error.js';
import { BERT_BASE_SPEC, benchSpecHash, checkBenchModelSpec } from './bench-model-spec.js';
import type { BenchModelSpec } from './bench-model-spec.js';

describe('checkBenchModelSpec', () => {
  it('accepts bert-base', () => {
    expect(() => checkBenchModelSpec(BERT_BASE_SPEC)).not.toThrow();
  });

  const cases: [string, Partial<BenchModelSpec>, string][] = [
    ['heads not dividing hidden', { heads: 5 }, '/heads'],
    ['zero layers', { layers: 0 }, '/layers'],
    ['fractional vocab', { vocabSize: 10.5 }, '/vocabSize'],
    ['a path as name', { name: '../x' }, '/name'],
    ['negative seed', { seed: -1 }, '/seed'],
  ];
  it.each(cases)('refuses %s with BENCH_BAD_SPEC at the field', (_, patch, pointer) => {
    let err: unknown;
    try {
      checkBenchModelSpec({ ...BERT_BASE_SPEC, ...patch });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(BenchError);
    expect((err as BenchError).code).toBe('BENCH_BAD_SPEC');
    expect((err as BenchError).pointer).toBe(pointer);
  });
});

describe('benchSpecHash', () => {
  it('ignores key order and changes with every field', () => {
    const reordered = Object.fromEntries(Object.entries(BERT_BASE_SPEC).reverse()) as unknown as BenchModelSpec;
    const h = benchSpecHash(BERT_BASE_SPEC);
    expect(h).toMatch(/^[0-9a-f]{64}$/);
    expect(benchSpecHash(reordered)).toBe(h);
    for (const key of Object.keys(BERT_BASE_SPEC) as (keyof BenchModelSpec)[]) {
      const v = BERT_BASE_SPEC[key];
      const changed = { ...BERT_BASE_SPEC, [key]: typeof v === 'number' ? v + 1 : `${v}-x` };
      expect(benchSpecHash(changed), key).not.toBe(h);
    }
  });
});
