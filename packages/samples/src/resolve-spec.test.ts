import { describe, expect, it } from 'vitest';
import { resolveSampleSpec } from './resolve-spec.js';
import type { SampleSpec } from './sample-spec.js';

describe('resolveSampleSpec', () => {
  it('fills the tiny defaults', () => {
    const r = resolveSampleSpec({ family: 'bert', head: 'sequence-classification', seed: 1 });
    expect(r).toMatchObject({
      hidden: 32,
      layers: 2,
      heads: 4,
      intermediate: 64,
      maxPositionEmbeddings: 64,
      modelMaxLength: 64,
      withPooler: true,
      tokenizer: 'wordpiece',
      labels: ['negative', 'positive'],
      numLabels: 2,
      shards: 1,
      dtype: 'F32',
    });
    expect(resolveSampleSpec({ family: 'roberta', head: 'base', seed: 1 })).toMatchObject({ maxPositionEmbeddings: 66, modelMaxLength: 64 });
    expect(resolveSampleSpec({ family: 'roberta', head: 'question-answering', seed: 1 })).toMatchObject({ numLabels: 2, labels: undefined, withPooler: false });
    expect(resolveSampleSpec({ family: 'llama', head: 'causal-lm', seed: 1 })).toMatchObject({ kvHeads: 2, tieWordEmbeddings: false, tokenizer: 'sentencepiece-bpe' });
    expect(resolveSampleSpec({ family: 'gpt2', head: 'causal-lm', seed: 1 })).toMatchObject({ tieWordEmbeddings: true, tokenizer: 'bpe' });
    expect(resolveSampleSpec({ family: 'albert', head: 'base', seed: 1 })).toMatchObject({ embeddingSize: 16 });
    expect(resolveSampleSpec({ family: 'xlm-roberta', head: 'base', seed: 1 }).tokenizer).toBe('sentencepiece-unigram');
  });

  const bad: [string, SampleSpec, string, string][] = [
    ['unknown family', { family: 'bart' as never, head: 'base', seed: 0 }, 'SAMPLE_INVALID_SPEC', '/family'],
    ['unknown head', { family: 'bert', head: 'seq2seq' as never, seed: 0 }, 'SAMPLE_INVALID_SPEC', '/head'],
    ['bert causal-lm', { family: 'bert', head: 'causal-lm', seed: 0 }, 'SAMPLE_UNSUPPORTED_HEAD', '/head'],
    ['gpt2 masked-lm', { family: 'gpt2', head: 'masked-lm', seed: 0 }, 'SAMPLE_UNSUPPORTED_HEAD', '/head'],
    ['negative seed', { family: 'bert', head: 'base', seed: -1 }, 'SAMPLE_INVALID_SPEC', '/seed'],
    ['fractional hidden', { family: 'bert', head: 'base', seed: 0, hidden: 31.5 }, 'SAMPLE_INVALID_SPEC', '/hidden'],
    ['heads not dividing', { family: 'bert', head: 'base', seed: 0, hidden: 30, heads: 4 }, 'SAMPLE_INVALID_SPEC', '/heads'],
    ['kv heads not dividing', { family: 'llama', head: 'base', seed: 0, kvHeads: 3 }, 'SAMPLE_INVALID_SPEC', '/kvHeads'],
    ['kv heads on bert', { family: 'bert', head: 'base', seed: 0, kvHeads: 2 }, 'SAMPLE_INVALID_SPEC', '/kvHeads'],
    ['odd llama head_dim', { family: 'llama', head: 'base', seed: 0, hidden: 36, heads: 4 }, 'SAMPLE_INVALID_SPEC', '/hidden'],
    ['electra embedding = hidden', { family: 'electra', head: 'base', seed: 0, embeddingSize: 32 }, 'SAMPLE_INVALID_SPEC', '/embeddingSize'],
    ['embedding size on bert', { family: 'bert', head: 'base', seed: 0, embeddingSize: 16 }, 'SAMPLE_INVALID_SPEC', '/embeddingSize'],
    ['pooler on token classification', { family: 'bert', head: 'token-classification', seed: 0, withPooler: true }, 'SAMPLE_INVALID_SPEC', '/withPooler'],
    ['no pooler on seq classification', { family: 'bert', head: 'sequence-classification', seed: 0, withPooler: false }, 'SAMPLE_INVALID_SPEC', '/withPooler'],
    ['pooler on distilbert', { family: 'distilbert', head: 'base', seed: 0, withPooler: true }, 'SAMPLE_INVALID_SPEC', '/withPooler'],
    ['wordpiece for gpt2', { family: 'gpt2', head: 'base', seed: 0, tokenizer: 'wordpiece' }, 'SAMPLE_UNSUPPORTED_TOKENIZER', '/tokenizer'],
    ['bpe for bert', { family: 'bert', head: 'base', seed: 0, tokenizer: 'bpe' }, 'SAMPLE_UNSUPPORTED_TOKENIZER', '/tokenizer'],
    ['labels on qa', { family: 'bert', head: 'question-answering', seed: 0, labels: ['a'] }, 'SAMPLE_INVALID_SPEC', '/labels'],
    ['empty labels', { family: 'bert', head: 'sequence-classification', seed: 0, labels: [] }, 'SAMPLE_INVALID_SPEC', '/labels'],
    ['duplicate labels', { family: 'bert', head: 'sequence-classification', seed: 0, labels: ['a', 'a'] }, 'SAMPLE_INVALID_SPEC', '/labels'],
    ['zero shards', { family: 'bert', head: 'base', seed: 0, shards: 0 }, 'SAMPLE_INVALID_SPEC', '/shards'],
    ['bad dtype', { family: 'bert', head: 'base', seed: 0, dtype: 'F64' as never }, 'SAMPLE_INVALID_SPEC', '/dtype'],
    ['tie on bert', { family: 'bert', head: 'masked-lm', seed: 0, tieWordEmbeddings: false }, 'SAMPLE_INVALID_SPEC', '/tieWordEmbeddings'],
    ['huge hidden', { family: 'bert', head: 'base', seed: 0, hidden: 1 << 20, heads: 1 }, 'SAMPLE_INVALID_SPEC', '/hidden'],
  ];
  it.each(bad)('%s', (_, spec, code, pointer) => {
    expect(() => resolveSampleSpec(spec)).toThrow(expect.objectContaining({ code, pointer }));
  });

  it('allows switching the pooler off on base models and tokenizer none everywhere', () => {
    expect(resolveSampleSpec({ family: 'albert', head: 'base', seed: 0, withPooler: false }).withPooler).toBe(false);
    const r = resolveSampleSpec({ family: 'gpt2', head: 'base', seed: 0, tokenizer: 'none' });
    expect(r.tokenizer).toBe('none');
    expect(r.vocabularyKind).toBe('bpe');
  });
});
