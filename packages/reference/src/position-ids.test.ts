import { describe, expect, it } from 'vitest';
import { absolutePositionIds, robertaPositionIds } from './position-ids.js';

describe('position ids', () => {
  it('absolute: 0..s-1 in every row', () => {
    expect([...absolutePositionIds(2, 3, 8)]).toEqual([0, 1, 2, 0, 1, 2]);
  });

  it('roberta: cumsum(ids != pad) * (ids != pad) + pad (hand example, pad 1)', () => {
    const ids = new Int32Array([
      0,
      5,
      6,
      2,
      1,
      1, // right padding
      1,
      1,
      0,
      7,
      2,
      9, // left padding
      0,
      1,
      4,
      1,
      2,
      3, // pads in the middle keep the count going
    ]);
    expect([...robertaPositionIds(ids, 3, 6, 1, 16)]).toEqual([2, 3, 4, 5, 1, 1, 1, 1, 2, 3, 4, 5, 2, 1, 3, 1, 4, 5]);
  });

  it('roberta with pad 0 (a config that sets pad_token_id 0)', () => {
    expect([...robertaPositionIds(new Int32Array([3, 0, 4]), 1, 3, 0, 8)]).toEqual([1, 0, 2]);
  });

  it('too long for the position table is REF_BAD_INPUT', () => {
    expect(() => absolutePositionIds(1, 9, 8)).toThrow(expect.objectContaining({ code: 'REF_BAD_INPUT' }));
    // 14 real tokens with pad 1 need position 15: fits 16 positions, not 15
    const ids = new Int32Array(14).fill(5);
    expect(robertaPositionIds(ids, 1, 14, 1, 16)[13]).toBe(15);
    expect(() => robertaPositionIds(ids, 1, 14, 1, 15)).toThrow(/position id 15/);
  });
});
