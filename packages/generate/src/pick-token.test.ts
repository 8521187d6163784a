import { describe, expect, it } from 'vitest';
import { argmax, pickToken, seededUniform } from './pick-token.js';

describe('pickToken', () => {
  const logits = [0.1, 2.0, 1.9, -1, 2.0];

  it('is argmax without a temperature (first index on ties, as transformers)', () => {
    expect(pickToken(logits, {}, () => 0.99)).toBe(1);
    expect(pickToken(logits, { temperature: 0 }, () => 0.99)).toBe(1);
    expect(argmax([3, 3, 1])).toBe(0);
  });

  it('top-k 1 with any temperature is greedy', () => {
    for (const u of [0, 0.5, 0.999]) expect(pickToken(logits, { temperature: 3, topK: 1 }, () => u)).toBe(1);
  });

  it('samples in proportion to softmax(logits / T): frequencies over 20,000 draws within 2% of the probabilities', () => {
    const uniform = seededUniform(7);
    const counts = new Array<number>(logits.length).fill(0);
    const n = 20_000;
    for (let i = 0; i < n; i++) counts[pickToken(logits, { temperature: 2 }, uniform)]! += 1;
    const e = logits.map((x) => Math.exp(x / 2));
    const z = e.reduce((a, b) => a + b, 0);
    e.forEach((w, i) => expect(Math.abs(counts[i]! / n - w / z)).toBeLessThan(0.02));
  });

  it('top-k and top-p keep only the most likely tokens', () => {
    const uniform = seededUniform(3);
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) seen.add(pickToken(logits, { temperature: 5, topK: 3 }, uniform));
    expect([...seen].sort()).toEqual([1, 2, 4]);
    const nucleus = new Set<number>();
    // p(1) = p(4) ≈ 0.32 each, p(2) ≈ 0.29 at T = 1: p = 0.5 keeps the two ties (1 then 4 by id), never 2.
    for (let i = 0; i < 2000; i++) nucleus.add(pickToken(logits, { temperature: 1, topP: 0.5 }, uniform));
    expect([...nucleus].sort()).toEqual([1, 4]);
  });

  it('seededUniform repeats for the same seed and differs between seeds', () => {
    const a = seededUniform(42);
    const b = seededUniform(42);
    const c = seededUniform(43);
    const xs = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(xs);
    expect(c()).not.toBe(xs[0]);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});
