import { planSample } from '@mlpack/samples';
import { describe, expect, it } from 'vitest';
import { BERT_BASE_SPEC, BERT_QUICK_SPEC } from './bench-model-spec.js';
import { planBertTensors, summarizePlan } from './plan-bert-tensors.js';

describe('planBertTensors', () => {
  it('gives bert-base-uncased its published 109,482,240 parameters in 199 tensors', () => {
    const plan = planBertTensors(BERT_BASE_SPEC);
    const s = summarizePlan(plan);
    expect(plan).toHaveLength(5 + 16 * 12 + 2);
    expect(s.params).toBe(109_482_240);
    expect(s.bytes).toBe(437_928_960);
    expect(s.largest).toEqual({ name: 'embeddings.word_embeddings.weight', bytes: 30522 * 768 * 4 });
  });

  it('sizes the quick model as documented (hidden 256, 4 layers, vocab 8000)', () => {
    const plan = planBertTensors(BERT_QUICK_SPEC);
    expect(plan.find((t) => t.name === 'embeddings.word_embeddings.weight')?.shape).toEqual([8000, 256]);
    expect(plan.find((t) => t.name === 'encoder.layer.3.intermediate.dense.weight')?.shape).toEqual([1024, 256]);
    expect(plan.some((t) => t.name.startsWith('encoder.layer.4.'))).toBe(false);
  });

  it('lists exactly the tensors, shapes and order that @mlpack/samples plans for a BertModel', () => {
    const sample = planSample({
      family: 'bert',
      head: 'base',
      seed: 0,
      hidden: 48,
      layers: 3,
      heads: 4,
      intermediate: 80,
      maxPositions: 40,
      tokenizer: 'none',
    });
    const ours = planBertTensors({
      name: 'x',
      seed: 0,
      hidden: 48,
      layers: 3,
      heads: 4,
      intermediate: 80,
      vocabSize: sample.vocabSize,
      maxPositions: 40,
      typeVocabSize: 2,
    });
    expect(ours.map((t) => [t.name, t.shape])).toEqual(sample.tensors.map((t) => [t.name, t.shape]));
    const kinds = { normal: 'matrix', 'norm-weight': 'norm-weight', bias: 'bias' } as const;
    expect(ours.map((t) => t.init)).toEqual(sample.tensors.map((t) => kinds[t.init]));
  });
});
