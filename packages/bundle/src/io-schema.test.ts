import { describe, expect, it } from 'vitest';
import { buildIoSchema, IO_SCHEMA_DIALECT } from './io-schema.js';

const ids = (name: string) => ({ name, dtype: 'int64' as const, shape: ['batch_size', 'sequence_length'] });
const signature = {
  inputs: [ids('input_ids'), ids('attention_mask'), ids('token_type_ids')],
  outputs: [
    { name: 'logits', dtype: 'float32' as const, shape: ['batch_size', 3] },
    { name: 'last_hidden_state', dtype: 'float32' as const, shape: ['batch_size', 'sequence_length', 8] },
  ],
};

describe('buildIoSchema', () => {
  it('describes a request: required inputs, rows of ids bounded by the vocabulary and the positions', () => {
    const { request } = buildIoSchema(signature, { model_type: 'bert', vocab_size: 1124, type_vocab_size: 2, max_position_embeddings: 512 }, 'm 1.0.0');
    expect(request).toMatchObject({
      $schema: IO_SCHEMA_DIALECT,
      title: 'm 1.0.0 request',
      type: 'object',
      required: ['input_ids', 'attention_mask', 'token_type_ids'],
      additionalProperties: false,
    });
    const p = request.properties as Record<string, any>;
    expect(p.input_ids).toEqual({
      description: 'int64 [batch_size, sequence_length]',
      type: 'array',
      minItems: 1,
      items: { type: 'array', minItems: 1, maxItems: 512, items: { type: 'integer', minimum: 0, maximum: 1123, description: 'token id (< vocab_size)' } },
    });
    expect(p.attention_mask.items.items).toEqual({ enum: [0, 1], description: '1 for a real token, 0 for padding' });
    expect(p.token_type_ids.items.items).toMatchObject({ type: 'integer', minimum: 0, maximum: 1 });
    expect(String(request.description)).toMatch(/same number of rows.*same length/);
  });

  it('describes a response: each output a nested number array of its rank, fixed sizes kept', () => {
    const { response } = buildIoSchema(signature, {}, 'm');
    expect(response.required).toEqual(['logits', 'last_hidden_state']);
    const p = response.properties as Record<string, any>;
    expect(p.logits).toEqual({
      description: 'float32 [batch_size, 3]',
      type: 'array',
      minItems: 1,
      items: { type: 'array', minItems: 3, maxItems: 3, items: { type: 'number' } },
    });
    expect(p.last_hidden_state.items.items).toEqual({ type: 'array', minItems: 8, maxItems: 8, items: { type: 'number' } });
  });

  it('RoBERTa-family rows are shorter by the pad offset; unknown sizes leave bounds out', () => {
    const { request } = buildIoSchema(signature, { model_type: 'roberta', max_position_embeddings: 514, pad_token_id: 1 }, 'r');
    const p = request.properties as Record<string, any>;
    expect(p.input_ids.items.maxItems).toBe(512);
    expect(p.input_ids.items.items).toEqual({ type: 'integer', minimum: 0, description: 'token id (< vocab_size)' });
  });
});
