import { describe, expect, it } from 'vitest';
import { MlpackError, UsageError } from './errors.js';

describe('MlpackError', () => {
  it('puts code, file, pointer and hint into the message and JSON', () => {
    const e = new MlpackError('CONFIG_SCHEMA', 'must be integer', {
      file: 'config.json',
      pointer: '/hidden_size',
      hint: 'fix the config',
    });
    expect(e.message).toBe('[CONFIG_SCHEMA] config.json#/hidden_size: must be integer\n  hint: fix the config');
    expect(e.toJSON()).toEqual({
      code: 'CONFIG_SCHEMA',
      message: e.message,
      file: 'config.json',
      pointer: '/hidden_size',
      hint: 'fix the config',
    });
    expect(e.exitCode).toBe(1);
    expect(e.detail).toBe('must be integer');
  });

  it('names byte offsets and tensors', () => {
    const e = new MlpackError('X', 'bad', { file: 'm.safetensors', offset: 8n, tensor: 'w' });
    expect(e.message).toBe('[X] m.safetensors at byte 8 tensor "w": bad');
    expect(e.toJSON().offset).toBe(8);
  });

  it('usage errors exit with 2', () => {
    expect(new UsageError('no dir').exitCode).toBe(2);
    expect(new UsageError('no dir').code).toBe('USAGE');
  });
});
