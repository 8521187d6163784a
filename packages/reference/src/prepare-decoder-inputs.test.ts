import { int64FromRows } from '@mlpack/core';
import type { HostTensor } from '@mlpack/core';
import { describe, expect, it } from 'vitest';
import { defaultPositionIds, prepareDecoderInputs } from './prepare-decoder-inputs.js';

const limits = { vocabSize: 10, numLayers: 2, numKvHeads: 2, headDim: 3 };
const f32 = (dims: number[], fill = 0): HostTensor => ({ dtype: 'float32', dims, data: new Float32Array(dims.reduce((a, b) => a * b, 1)).fill(fill) });
const past = (p: number): Record<string, HostTensor> =>
  Object.fromEntries([0, 1].flatMap((l) => ['key', 'value'].map((k) => [`past_key_values.${l}.${k}`, f32([1, 2, p, 3], l + 1)])));

describe('defaultPositionIds', () => {
  it('cumsum(mask) - 1, 1 where masked, last s columns (transformers.js / Optimum)', () => {
    const mask = Uint8Array.from([0, 0, 1, 1, 1, 1, 1, 1, 1, 1]);
    expect([...defaultPositionIds(mask, 2, 5, 5)]).toEqual([1, 1, 0, 1, 2, 0, 1, 2, 3, 4]);
    expect([...defaultPositionIds(mask, 2, 5, 2)]).toEqual([1, 2, 3, 4]);
  });
});

describe('prepareDecoderInputs', () => {
  it('defaults: mask of ones over past + sequence, positions continuing after the past', () => {
    const p = prepareDecoderInputs({ input_ids: int64FromRows([[4, 5]]), ...past(3) }, limits);
    expect(p).toMatchObject({ batch: 1, seq: 2, past: 3 });
    expect([...p.mask]).toEqual([1, 1, 1, 1, 1]);
    expect([...p.positions]).toEqual([3, 4]);
    expect(p.pastKeys[1]!.length).toBe(18);
    expect(p.pastValues[1]![0]).toBe(2);
  });

  it('takes explicit position ids and int32 ids; the mask is boolean (non-zero attends)', () => {
    const ids: HostTensor = { dtype: 'int32', dims: [1, 3], data: Int32Array.from([1, 2, 3]) };
    const p = prepareDecoderInputs({ input_ids: ids, attention_mask: int64FromRows([[0, 2, 1]]), position_ids: int64FromRows([[7, 8, 9]]) }, limits);
    expect([...p.mask]).toEqual([0, 1, 1]);
    expect([...p.positions]).toEqual([7, 8, 9]);
  });

  it.each([
    [{ input_ids: int64FromRows([[1, 10]]) }, 'input_ids', /outside \[0, 10\)/],
    [{ input_ids: f32([1, 2]) }, 'input_ids', /int64 or int32/],
    [{ input_ids: int64FromRows([[1, 2]]), attention_mask: int64FromRows([[1, 1, 1]]) }, 'attention_mask', /expected \[1, 2\]/],
    [{ input_ids: int64FromRows([[1]]), attention_mask: int64FromRows([[1]]), ...past(2) }, 'attention_mask', /past length \+ sequence length/],
    [{ input_ids: int64FromRows([[1, 2]]), position_ids: int64FromRows([[0]]) }, 'position_ids', /expected \[1, 2\]/],
    [{ input_ids: int64FromRows([[1]]), token_type_ids: int64FromRows([[0]]) }, 'token_type_ids', /not an input/],
    [{ input_ids: int64FromRows([[1]]), ...past(1), 'past_key_values.01.key': f32([1, 2, 1, 3]) }, 'past_key_values.01.key', /not an input/],
    [{ input_ids: int64FromRows([[1]]), 'past_key_values.0.key': f32([1, 2, 1, 3]) }, 'past_key_values.0.value', /missing/],
    [{ input_ids: int64FromRows([[1]]), ...past(1), 'past_key_values.1.key': f32([1, 2, 1, 4]) }, 'past_key_values.1.key', /head_dim/],
    [{ input_ids: int64FromRows([[1]]), ...past(1), 'past_key_values.1.value': f32([1, 2, 2, 3]) }, 'past_key_values.1.value', /past length 2/],
  ] as [Record<string, HostTensor>, string, RegExp][])('REF_BAD_INPUT naming %#: %s', (inputs, tensor, message) => {
    expect(() => prepareDecoderInputs(inputs, limits)).toThrow(
      expect.objectContaining({ code: 'REF_BAD_INPUT', tensor, message: expect.stringMatching(message) }),
    );
  });
});
