import { describe, expect, it } from 'vitest';
import { ConfigReader, DEFAULT_NUM_LABELS } from './config-reader.js';

describe('ConfigReader', () => {
  it('applies defaults for absent keys and keeps present ones', () => {
    const c = new ConfigReader({ hidden_size: 64, layer_norm_eps: 1e-5, hidden_act: 'relu' });
    expect(c.int('hidden_size', 768)).toBe(64);
    expect(c.int('num_hidden_layers', 12)).toBe(12);
    expect(c.positive('layer_norm_eps', 1e-12)).toBe(1e-5);
    expect(c.string('hidden_act', 'gelu')).toBe('relu');
    expect(c.anyInt('pad_token_id', 1)).toBe(1);
    expect(c.bool('tie_word_embeddings', true)).toBe(true);
  });

  it('takes the first present alias (DistilBERT attribute_map) and points at the one it read', () => {
    expect(new ConfigReader({ dim: 48 }).int(['hidden_size', 'dim'], 768)).toBe(48);
    expect(new ConfigReader({ dim: 48, hidden_size: 16 }).int(['hidden_size', 'dim'], 768)).toBe(16);
    expect(() => new ConfigReader({ dim: -1 }).int(['hidden_size', 'dim'], 768)).toThrow(expect.objectContaining({ pointer: '/dim' }));
  });

  it('num_labels: len(id2label), else num_labels, else 2', () => {
    expect(new ConfigReader({ id2label: { 0: 'O', 1: 'B', 2: 'I' }, num_labels: 9 }).numLabels()).toBe(3);
    expect(new ConfigReader({ num_labels: 4 }).numLabels()).toBe(4);
    expect(new ConfigReader({}).numLabels()).toBe(DEFAULT_NUM_LABELS);
    expect(() => new ConfigReader({ id2label: {} }).numLabels()).toThrow(expect.objectContaining({ code: 'ARCH_BAD_CONFIG', pointer: '/id2label' }));
  });

  it('rejects wrong types with ARCH_BAD_CONFIG at an escaped JSON pointer', () => {
    expect(() => new ConfigReader({ 'a/b': 1.5 }).int('a/b', 1)).toThrow(
      expect.objectContaining({ code: 'ARCH_BAD_CONFIG', pointer: '/a~1b', file: 'config.json' }),
    );
    expect(() => new ConfigReader({ is_decoder: 'no' }).bool('is_decoder', false)).toThrow(expect.objectContaining({ code: 'ARCH_BAD_CONFIG' }));
    expect(() => new ConfigReader({ layer_norm_eps: -1 }).positive('layer_norm_eps', 1e-12)).toThrow(/must be a positive number/);
    expect(new ConfigReader({ pad_token_id: -100 }).anyInt('pad_token_id', 0)).toBe(-100);
    expect(new ConfigReader({ is_decoder: null }).bool('is_decoder', false)).toBe(false);
  });
});
