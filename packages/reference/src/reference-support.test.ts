import { describe, expect, it } from 'vitest';
import { REFERENCE_FAMILIES } from './families.js';
import { referenceSupport } from './reference-support.js';
import { ENCODER_TASKS } from './types.js';

describe('referenceSupport', () => {
  it('accepts every family × task', () => {
    for (const model_type of REFERENCE_FAMILIES) for (const task of ENCODER_TASKS) expect(referenceSupport({ model_type }, task)).toEqual({ ok: true });
  });

  it('explains what is unsupported, without throwing', () => {
    expect(referenceSupport({ model_type: 'bert' }, 'text-generation')).toMatchObject({ ok: false, code: 'REF_UNSUPPORTED', reason: expect.stringMatching(/text-generation/) });
    expect(referenceSupport({ model_type: 'gpt2' }, 'feature-extraction')).toMatchObject({ ok: false, code: 'REF_UNSUPPORTED', reason: expect.stringMatching(/gpt2/) });
    expect(referenceSupport({ model_type: 'bert', position_embedding_type: 'relative_key_query' }, 'fill-mask')).toMatchObject({
      ok: false,
      code: 'REF_UNSUPPORTED',
      reason: expect.stringMatching(/relative_key_query/),
    });
    expect(referenceSupport({ model_type: 'bert', hidden_size: 'big' }, 'fill-mask')).toMatchObject({ ok: false, code: 'REF_BAD_CONFIG' });
  });
});
