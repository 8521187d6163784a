import { describe, expect, it } from 'vitest';
import { checkConfigModelType, configModelTypes } from './config-model-types.js';

describe('configModelTypes', () => {
  it('lists the model types config.schema.json has a sub-schema for, sorted', () => {
    expect(configModelTypes()).toEqual([
      'albert',
      'bart',
      'bert',
      'camembert',
      'distilbert',
      'electra',
      'gemma',
      'gpt2',
      'llama',
      'mistral',
      'phi3',
      'qwen2',
      'qwen3',
      'roberta',
      't5',
      'xlm-roberta',
    ]);
  });
});

describe('checkConfigModelType', () => {
  it('warns for an unknown model type only', () => {
    expect(checkConfigModelType({ model_type: 'bert' }, 'c.json')).toEqual([]);
    expect(checkConfigModelType({ model_type: 'xlm_roberta' }, 'c.json')).toEqual([
      expect.objectContaining({ severity: 'warning', code: 'CONFIG_UNKNOWN_MODEL_TYPE', file: 'c.json', pointer: '/model_type' }),
    ]);
  });
  it('leaves non-string or missing model types to the schema', () => {
    expect(checkConfigModelType({ model_type: 3 }, 'c.json')).toEqual([]);
    expect(checkConfigModelType({}, 'c.json')).toEqual([]);
    expect(checkConfigModelType([], 'c.json')).toEqual([]);
    expect(checkConfigModelType(null, 'c.json')).toEqual([]);
  });
});
