import { describe, expect, it } from 'vitest';
import { DECODER_REFERENCE_FAMILIES } from './decoder-families.js';
import { DECODER_TASKS } from './decoder-types.js';
import { REFERENCE_FAMILIES } from './families.js';
import { referenceSupport } from './reference-support.js';
import { ENCODER_TASKS } from './types.js';

describe('referenceSupport', () => {
  it('accepts every family × task', () => {
    for (const model_type of REFERENCE_FAMILIES) for (const task of ENCODER_TASKS) expect(referenceSupport({ model_type }, task)).toEqual({ ok: true });
  });

  it('explains what is unsupported, without throwing', () => {
    expect(referenceSupport({ model_type: 'bert' }, 'text-generation')).toMatchObject({
      ok: false,
      code: 'REF_UNSUPPORTED',
      reason: expect.stringMatching(/text-generation/),
    });
    expect(referenceSupport({ model_type: 't5' }, 'feature-extraction')).toMatchObject({
      ok: false,
      code: 'REF_UNSUPPORTED',
      reason: expect.stringMatching(/t5/),
    });
    expect(referenceSupport({ model_type: 'bert', position_embedding_type: 'relative_key_query' }, 'fill-mask')).toMatchObject({
      ok: false,
      code: 'REF_UNSUPPORTED',
      reason: expect.stringMatching(/relative_key_query/),
    });
    expect(referenceSupport({ model_type: 'bert', hidden_size: 'big' }, 'fill-mask')).toMatchObject({ ok: false, code: 'REF_BAD_CONFIG' });
  });

  it('answers for decoder families and their tasks too', () => {
    for (const model_type of DECODER_REFERENCE_FAMILIES)
      for (const task of DECODER_TASKS) expect(referenceSupport({ model_type }, task), `${model_type} ${task}`).toEqual({ ok: true });
    expect(referenceSupport({ model_type: 'llama' }, 'fill-mask')).toMatchObject({
      ok: false,
      code: 'REF_UNSUPPORTED',
      reason: expect.stringMatching(/fill-mask.*text-generation/),
    });
    expect(referenceSupport({ model_type: 'llama', rope_scaling: { rope_type: 'yarn', factor: 2 } }, 'text-generation')).toMatchObject({
      ok: false,
      code: 'REF_UNSUPPORTED',
      reason: expect.stringMatching(/yarn/),
    });
    expect(referenceSupport({ model_type: 'mistral', num_attention_heads: 32, num_key_value_heads: 5 }, 'text-generation')).toMatchObject({
      ok: false,
      code: 'REF_BAD_CONFIG',
    });
  });
});
