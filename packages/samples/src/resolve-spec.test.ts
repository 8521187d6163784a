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

  it('gives each decoder family the defaults that exercise what is distinctive about it', () => {
    const r = (family: SampleSpec['family']) => resolveSampleSpec({ family, head: 'causal-lm', seed: 1 });
    expect(r('mistral')).toMatchObject({ slidingWindow: 4, kvHeads: 2, headDim: 8, tieWordEmbeddings: false, tokenizer: 'sentencepiece-bpe' });
    expect(r('qwen2')).toMatchObject({ slidingWindow: 4, useSlidingWindow: false, maxWindowLayers: 1, tokenizer: 'bpe' });
    expect(r('qwen3')).toMatchObject({ headDim: 12, tokenizer: 'bpe' });
    expect(r('phi3')).toMatchObject({ partialRotaryFactor: 0.5, slidingWindow: 5, headDim: 8 });
    expect(r('gemma')).toMatchObject({ kvHeads: 1, headDim: 12, tieWordEmbeddings: true, slidingWindow: null });
    expect(r('gpt2')).toMatchObject({ kvHeads: 4, headDim: 8 });
    expect(r('llama')).toMatchObject({ attentionBias: false, mlpBias: false, ropeScaling: undefined, slidingWindow: null });
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
    ['kv heads on gpt2', { family: 'gpt2', head: 'base', seed: 0, kvHeads: 2 }, 'SAMPLE_INVALID_SPEC', '/kvHeads'],
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
    ['sliding window on llama', { family: 'llama', head: 'base', seed: 0, slidingWindow: 4 }, 'SAMPLE_INVALID_SPEC', '/slidingWindow'],
    ['head_dim on phi3 (no free head_dim in Phi3Config)', { family: 'phi3', head: 'base', seed: 0, headDim: 12 }, 'SAMPLE_INVALID_SPEC', '/headDim'],
    ['odd head_dim', { family: 'qwen3', head: 'base', seed: 0, headDim: 7 }, 'SAMPLE_INVALID_SPEC', '/headDim'],
    ['mlp bias on mistral', { family: 'mistral', head: 'base', seed: 0, mlpBias: true }, 'SAMPLE_INVALID_SPEC', '/mlpBias'],
    ['attention bias on qwen2 (always q/k/v)', { family: 'qwen2', head: 'base', seed: 0, attentionBias: true }, 'SAMPLE_INVALID_SPEC', '/attentionBias'],
    ['rope scaling on gemma', { family: 'gemma', head: 'base', seed: 0, ropeScaling: { type: 'linear', factor: 2 } }, 'SAMPLE_INVALID_SPEC', '/ropeScaling'],
    ['rope scaling yarn', { family: 'llama', head: 'base', seed: 0, ropeScaling: { type: 'yarn' as never, factor: 2 } }, 'SAMPLE_INVALID_SPEC', '/ropeScaling/type'],
    ['rope scaling factor < 1', { family: 'llama', head: 'base', seed: 0, ropeScaling: { type: 'linear', factor: 0.5 } }, 'SAMPLE_INVALID_SPEC', '/ropeScaling/factor'],
    ['llama3 high <= low', { family: 'llama', head: 'base', seed: 0, ropeScaling: { type: 'llama3', factor: 8, lowFreqFactor: 4, highFreqFactor: 2 } }, 'SAMPLE_INVALID_SPEC', '/ropeScaling/highFreqFactor'],
    ['partial rotary with an odd share', { family: 'phi3', head: 'base', seed: 0, partialRotaryFactor: 0.375 }, 'SAMPLE_INVALID_SPEC', '/partialRotaryFactor'],
    ['use_sliding_window on mistral', { family: 'mistral', head: 'base', seed: 0, useSlidingWindow: true }, 'SAMPLE_INVALID_SPEC', '/useSlidingWindow'],
    ['max_window_layers beyond the layers', { family: 'qwen2', head: 'base', seed: 0, maxWindowLayers: 3 }, 'SAMPLE_INVALID_SPEC', '/maxWindowLayers'],
    ['zero sliding window', { family: 'mistral', head: 'base', seed: 0, slidingWindow: 0 }, 'SAMPLE_INVALID_SPEC', '/slidingWindow'],
    ['huge hidden', { family: 'bert', head: 'base', seed: 0, hidden: 1 << 20, heads: 1 }, 'SAMPLE_INVALID_SPEC', '/hidden'],
  ];
  it.each(bad)('%s', (_, spec, code, pointer) => {
    expect(() => resolveSampleSpec(spec)).toThrow(expect.objectContaining({ code, pointer }));
  });

  it('names the families a misplaced decoder field applies to', () => {
    expect(() => resolveSampleSpec({ family: 'llama', head: 'base', seed: 0, slidingWindow: 4 })).toThrow(
      expect.objectContaining({ hint: 'remove slidingWindow (it applies to mistral, qwen2, qwen3, phi3)' }),
    );
  });

  it('allows switching the pooler off on base models and tokenizer none everywhere', () => {
    expect(resolveSampleSpec({ family: 'albert', head: 'base', seed: 0, withPooler: false }).withPooler).toBe(false);
    const r = resolveSampleSpec({ family: 'gpt2', head: 'base', seed: 0, tokenizer: 'none' });
    expect(r.tokenizer).toBe('none');
    expect(r.vocabularyKind).toBe('bpe');
  });
});
