import { describe, expect, it } from 'vitest';
import { IncrementalText } from './incremental-text.js';

/** A byte-level toy vocabulary: ids are bytes; decoding is UTF-8 with replacement characters. */
const decodeBytes = (ids: readonly number[]): string => new TextDecoder().decode(Uint8Array.from(ids));

describe('IncrementalText', () => {
  it('holds back half a UTF-8 character until the next token completes it', () => {
    const t = new IncrementalText(decodeBytes);
    const bytes = [...new TextEncoder().encode('a€b')]; // € is 3 bytes
    const deltas = bytes.map((b) => t.push(b));
    expect(deltas).toEqual(['a', '', '', '€', 'b']);
    expect(t.text).toBe('a€b');
    expect(t.flush()).toBe('');
  });

  it('re-decodes the whole sequence (a later token may change how earlier ones read) and never repeats text', () => {
    // A decoder that merges "a" "b" into "ab" only once both are there, else spells them out.
    const t = new IncrementalText((ids) => ids.map((i) => String.fromCharCode(96 + i)).join(''));
    expect([t.push(1), t.push(2), t.push(3, 4)]).toEqual(['a', 'b', 'cd']);
  });

  it('flush hands out an unfinished character at the end', () => {
    const t = new IncrementalText(decodeBytes);
    expect(t.push(0xe2)).toBe('');
    expect(t.flush()).toBe('\uFFFD');
  });
});
