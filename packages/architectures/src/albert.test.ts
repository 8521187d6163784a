import { describe, expect, it } from 'vitest';
import { albertGroupOf } from './albert.js';

describe('albertGroupOf', () => {
  it.each([
    [12, 1, [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]],
    [12, 3, [0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2]],
    [3, 2, [0, 0, 1]],
    [5, 2, [0, 0, 0, 1, 1]],
    [4, 4, [0, 1, 2, 3]],
  ])('%i layers in %i groups', (layers, groups, expected) => {
    expect(Array.from({ length: layers }, (_, i) => albertGroupOf(i, layers, groups))).toEqual(expected);
  });
});
