import { describe, expect, it } from 'vitest';
import { mergedTokens, trainBpe } from './train-bpe.js';

describe('trainBpe', () => {
  it('merges the most frequent pair first, weighting by word count', () => {
    // pair counts: (e,r) 2+6=8, (w,e) 2+6=8, (l,o) 5+2=7, (o,w) 5+2=7, (n,e) 6, (e,w) 6.
    const words = new Map([
      ['low', 5],
      ['lower', 2],
      ['newer', 6],
    ]);
    const { merges, alphabet } = trainBpe(words, { maxMerges: 3, minPairFrequency: 2 });
    expect(alphabet).toEqual(['e', 'l', 'n', 'o', 'r', 'w']);
    // (e,r) and (w,e) tie at 8: 'e' < 'w'. Then (w,er) has 8; then (l,o) and (o,w) tie at 7: 'l' < 'o'.
    expect(merges).toEqual([
      ['e', 'r'],
      ['w', 'er'],
      ['l', 'o'],
    ]);
  });

  it('breaks ties on the right symbol when the left ones are equal', () => {
    const { merges } = trainBpe(new Map([['ab', 3], ['ac', 3]]), { maxMerges: 1, minPairFrequency: 1 });
    expect(merges).toEqual([['a', 'b']]);
  });

  it('stops at the frequency floor and never merges across words', () => {
    const { merges } = trainBpe(new Map([['ab', 1], ['cd', 1]]), { maxMerges: 10, minPairFrequency: 2 });
    expect(merges).toEqual([]);
    const all = trainBpe(new Map([['ab', 2], ['ba', 2]]), { maxMerges: 10, minPairFrequency: 2 });
    expect(mergedTokens(all.merges).every((t) => t === 'ab' || t === 'ba')).toBe(true);
  });

  it('merges non-overlapping occurrences left to right', () => {
    const { merges } = trainBpe(new Map([['aaa', 4]]), { maxMerges: 2, minPairFrequency: 2 });
    // "aaa" -> (a,a) counted twice per word = 8; after merging: [aa, a] -> (aa, a) = 4.
    expect(merges).toEqual([
      ['a', 'a'],
      ['aa', 'a'],
    ]);
  });

  it('is independent of the map insertion order', () => {
    const a = trainBpe(new Map([['hello', 3], ['help', 2], ['yellow', 2]]), { maxMerges: 20, minPairFrequency: 2 });
    const b = trainBpe(new Map([['yellow', 2], ['help', 2], ['hello', 3]]), { maxMerges: 20, minPairFrequency: 2 });
    expect(b).toEqual(a);
  });
});
