import { planSample } from '@mlpack/samples';
import { describe, expect, it } from 'vitest';
import { bertConfigJson } from './bert-config.js';

describe('bertConfigJson', () => {
  it('writes byte for byte the config.json @mlpack/samples writes for the same BertModel', () => {
    const sample = planSample({
      family: 'bert',
      head: 'base',
      seed: 7,
      hidden: 64,
      layers: 2,
      heads: 8,
      intermediate: 96,
      maxPositions: 128,
      tokenizer: 'none',
    });
    const ours = bertConfigJson({
      name: 'x',
      seed: 7,
      hidden: 64,
      layers: 2,
      heads: 8,
      intermediate: 96,
      vocabSize: sample.vocabSize,
      maxPositions: 128,
      typeVocabSize: 2,
    });
    expect(ours).toBe(sample.configText);
  });

  it('carries the bert-base sizes', () => {
    const c = JSON.parse(
      bertConfigJson({ name: 'b', seed: 0, hidden: 768, layers: 12, heads: 12, intermediate: 3072, vocabSize: 30522, maxPositions: 512, typeVocabSize: 2 }),
    ) as Record<string, unknown>;
    expect([c.hidden_size, c.num_hidden_layers, c.num_attention_heads, c.intermediate_size, c.vocab_size, c.max_position_embeddings]).toEqual([
      768, 12, 12, 3072, 30522, 512,
    ]);
    expect(c.architectures).toEqual(['BertModel']);
  });
});
