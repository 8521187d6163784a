import { describe, expect, it } from 'vitest';
import { summarizeTokenizer } from './summarize-tokenizer.js';

describe('summarizeTokenizer', () => {
  it('tokenizer.json: vocab size is the highest id + 1 over the model vocab and added tokens', () => {
    const f = summarizeTokenizer({
      files: ['vocab.txt', 'tokenizer.json'],
      tokenizerJson: {
        model: { type: 'WordPiece', vocab: { '[PAD]': 0, a: 1, b: 2 } },
        added_tokens: [
          { id: 0, content: '[PAD]', special: true },
          { id: 5, content: '<new>', special: false },
        ],
      },
      vocabTxt: ['[PAD]', 'a', 'b'],
    });
    expect(f.info).toEqual({ kind: 'tokenizer.json', model: 'WordPiece', files: ['tokenizer.json', 'vocab.txt'], vocabSize: 6 });
    expect(f.sources).toEqual([
      { file: 'tokenizer.json', pointer: '/model/vocab', size: 6 },
      { file: 'vocab.txt', size: 3 },
    ]);
    expect(f.idOf('<new>')).toBe(5);
    expect(f.idOf('b')).toBe(2);
    expect(f.idOf('zzz')).toBeUndefined();
    expect(f.specialAddedTokens).toEqual([{ id: 0, content: '[PAD]', file: 'tokenizer.json', pointer: '/added_tokens/0/id' }]);
  });

  it('Unigram vocab: ids are array indices', () => {
    const f = summarizeTokenizer({
      files: ['tokenizer.json'],
      tokenizerJson: {
        model: {
          type: 'Unigram',
          vocab: [
            ['<unk>', 0],
            ['▁a', -1.5],
            ['▁b', -2],
          ],
        },
        added_tokens: [],
      },
    });
    expect(f.info).toMatchObject({ model: 'Unigram', vocabSize: 3 });
    expect(f.idOf('▁b')).toBe(2);
  });

  it('falls back to vocab.txt, then vocab.json + merges.txt, then SentencePiece', () => {
    expect(summarizeTokenizer({ files: ['vocab.txt'], vocabTxt: ['a', 'b', 'c', 'd'] }).info).toEqual({
      kind: 'wordpiece-vocab',
      model: 'WordPiece',
      files: ['vocab.txt'],
      vocabSize: 4,
    });
    const bpe = summarizeTokenizer({ files: ['vocab.json', 'merges.txt'], vocabJson: { a: 0, b: 7 } });
    expect(bpe.info).toEqual({ kind: 'bpe-vocab-merges', model: 'BPE', files: ['merges.txt', 'vocab.json'], vocabSize: 8 });
    const sp = summarizeTokenizer({
      files: ['spiece.model'],
      sentencepiece: { file: 'spiece.model', model: { pieces: ['<unk>', '<s>', '</s>', '▁x'], modelType: 'Unigram' } },
      addedTokensJson: { '<extra_0>': 9 },
    });
    expect(sp.info).toEqual({ kind: 'sentencepiece', model: 'Unigram', files: ['spiece.model'], vocabSize: 10 });
    expect(sp.idOf('</s>')).toBe(2);
    expect(sp.idOf('<extra_0>')).toBe(9);
  });

  it('vocab.txt duplicates: the later line wins, as in transformers load_vocab', () => {
    const f = summarizeTokenizer({ files: ['vocab.txt'], vocabTxt: ['x', 'y', 'x'] });
    expect(f.idOf('x')).toBe(2);
    expect(f.info?.vocabSize).toBe(3);
  });

  it('no tokenizer files: no info', () => {
    expect(summarizeTokenizer({ files: [] }).info).toBeUndefined();
  });
});
