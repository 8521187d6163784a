import { describe, expect, it } from 'vitest';
import { pooledPositions } from './decoder-heads.js';
import type { PreparedDecoderInputs } from './prepare-decoder-inputs.js';

const inputs = (rows: number[][]): PreparedDecoderInputs => ({
  batch: rows.length,
  seq: rows[0]!.length,
  past: 0,
  ids: Int32Array.from(rows.flat()),
  mask: new Uint8Array(rows.flat().length).fill(1),
  positions: new Float64Array(rows.flat().length),
  pastKeys: [],
  pastValues: [],
});

describe('pooledPositions', () => {
  it('argmax(arange(s) * (ids != pad)): the last non-pad token, 0 when all are pad', () => {
    expect([
      ...pooledPositions(
        inputs([
          [5, 6, 7, 0],
          [0, 0, 3, 4],
          [0, 0, 0, 0],
          [0, 9, 0, 0],
        ]),
        0,
      ),
    ]).toEqual([2, 3, 0, 1]);
  });

  it('without pad_token_id: the last position of a single row; a batch is refused', () => {
    expect([...pooledPositions(inputs([[5, 0, 0]]), null)]).toEqual([2]);
    expect(() => pooledPositions(inputs([[1], [2]]), null)).toThrow(expect.objectContaining({ code: 'REF_BAD_INPUT' }));
  });
});
