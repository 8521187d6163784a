import { TokenizerError } from './errors.js';
import type { LoadedTokenizer } from './load-tokenizer.js';

/** A text (or pair) on which two tokenizers disagree. */
export interface TokenizerDisagreement {
  text: string | readonly [string, string];
  /** Ids of the first tokenizer. */
  ids: number[];
  /** Ids of the second tokenizer. */
  otherIds: number[];
}

/**
 * Encode every text (single texts and pairs) with both tokenizers and throw `TOKENIZER_MISMATCH`
 * on the first text whose ids or token types differ, naming both tokenizers' files. Returns the
 * number of texts compared.
 */
export function checkTokenizersAgree(a: LoadedTokenizer, b: LoadedTokenizer, texts: readonly (string | readonly [string, string])[]): number {
  const first = firstDisagreement(a, b, texts);
  if (first !== undefined) {
    const what = typeof first.text === 'string' ? JSON.stringify(first.text) : `${JSON.stringify(first.text[0])} + ${JSON.stringify(first.text[1])}`;
    throw new TokenizerError(
      'TOKENIZER_MISMATCH',
      `${a.files.join(' + ')} and ${b.files.join(' + ')} encode ${what} differently: [${first.ids.join(', ')}] vs [${first.otherIds.join(', ')}]`,
      { file: a.file, hint: 'the files do not describe the same tokenizer: restore them from the original model repository' },
    );
  }
  return texts.length;
}

/** The first text the two tokenizers encode differently (ids or token types), if any. */
export function firstDisagreement(
  a: LoadedTokenizer,
  b: LoadedTokenizer,
  texts: readonly (string | readonly [string, string])[],
): TokenizerDisagreement | undefined {
  for (const text of texts) {
    const [x, y] = typeof text === 'string' ? [a.encode(text), b.encode(text)] : [a.encode(text[0], text[1]), b.encode(text[0], text[1])];
    const same = x.ids.length === y.ids.length && x.ids.every((id, i) => id === y.ids[i] && x.typeIds[i] === y.typeIds[i]);
    if (!same) return { text, ids: x.ids, otherIds: y.ids };
  }
  return undefined;
}
