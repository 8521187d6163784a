import { float32Tensor, int64FromRows } from '@mlpack/core';
import type { HostTensor } from '@mlpack/core';
import { describe, expect, it } from 'vitest';
import { prepareInputs } from './prepare-inputs.js';

const limits = { vocabSize: 10, typeVocabSize: 2 };
const codeOf = (f: () => unknown): string | undefined => {
  try {
    f();
  } catch (e) {
    return (e as { code?: string }).code;
  }
  return undefined;
};

describe('prepareInputs', () => {
  it('converts ids, defaults mask to ones and token types to zeros', () => {
    const p = prepareInputs(
      {
        input_ids: int64FromRows([
          [1, 2, 3],
          [4, 5, 6],
        ]),
      },
      limits,
    );
    expect(p).toMatchObject({ batch: 2, seq: 3 });
    expect([...p.ids]).toEqual([1, 2, 3, 4, 5, 6]);
    expect([...p.mask]).toEqual([1, 1, 1, 1, 1, 1]);
    expect([...p.tokenTypes]).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it('accepts int32 ids, numeric masks and token types', () => {
    const ids: HostTensor = { dtype: 'int32', dims: [1, 2], data: new Int32Array([7, 9]) };
    const p = prepareInputs(
      { input_ids: ids, attention_mask: float32Tensor([1, 2], new Float32Array([1, 0])), token_type_ids: int64FromRows([[0, 1]]) },
      limits,
    );
    expect([...p.ids]).toEqual([7, 9]);
    expect([...p.mask]).toEqual([1, 0]);
    expect([...p.tokenTypes]).toEqual([0, 1]);
  });

  it('ignores token_type_ids when the model has no token-type table', () => {
    const p = prepareInputs({ input_ids: int64FromRows([[1]]), token_type_ids: int64FromRows([[5]]) }, { vocabSize: 10, typeVocabSize: 0 });
    expect([...p.tokenTypes]).toEqual([0]);
  });

  it('REF_BAD_INPUT for out-of-range ids, bad dims and dtypes', () => {
    expect(codeOf(() => prepareInputs({ input_ids: int64FromRows([[10]]) }, limits))).toBe('REF_BAD_INPUT');
    expect(codeOf(() => prepareInputs({ input_ids: int64FromRows([[-1]]) }, limits))).toBe('REF_BAD_INPUT');
    expect(codeOf(() => prepareInputs({ input_ids: int64FromRows([[1]]), token_type_ids: int64FromRows([[2]]) }, limits))).toBe('REF_BAD_INPUT');
    expect(codeOf(() => prepareInputs({ input_ids: int64FromRows([[1, 2]]), attention_mask: int64FromRows([[1]]) }, limits))).toBe('REF_BAD_INPUT');
    expect(codeOf(() => prepareInputs({ input_ids: float32Tensor([1, 1], new Float32Array([1])) }, limits))).toBe('REF_BAD_INPUT');
    expect(codeOf(() => prepareInputs({ input_ids: { dtype: 'int64', dims: [2], data: new BigInt64Array(2) } }, limits))).toBe('REF_BAD_INPUT');
    expect(codeOf(() => prepareInputs({ input_ids: { dtype: 'int64', dims: [1, 0], data: new BigInt64Array(0) } }, limits))).toBe('REF_BAD_INPUT');
  });

  it('names the offending position', () => {
    expect(() =>
      prepareInputs(
        {
          input_ids: int64FromRows([
            [1, 2],
            [3, 12],
          ]),
        },
        limits,
      ),
    ).toThrow(/value 12 at \[1, 1\]/);
  });
});
