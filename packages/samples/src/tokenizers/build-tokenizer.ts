import { buildByteLevelBpeTokenizer } from './byte-level-bpe-tokenizer.js';
import { buildSentencePieceBpeTokenizer } from './sentencepiece-bpe-tokenizer.js';
import type { TokenizerBundle, TokenizerKind } from './tokenizer-bundle.js';
import { buildUnigramTokenizer } from './unigram-tokenizer.js';
import { buildWordPieceTokenizer } from './wordpiece-tokenizer.js';

/** Classes whose own vocabulary is WordPiece; any other family's WordPiece sample saves BertTokenizer (ALBERT's here). */
const WORDPIECE_CLASSES: ReadonlySet<string> = new Set(['BertTokenizer', 'DistilBertTokenizer', 'ElectraTokenizer']);

const cache = new Map<string, TokenizerBundle>();

/**
 * The tokenizer of `kind` for a family whose descriptor names `tokenizerClass` (the saved
 * `tokenizer_class`; it also picks the conventions: special tokens, templates). Memoized: bundles
 * are immutable.
 */
export function buildTokenizer(kind: TokenizerKind, tokenizerClass: string, modelMaxLength: number): TokenizerBundle {
  const key = `${kind}/${tokenizerClass}/${modelMaxLength}`;
  let bundle = cache.get(key);
  if (!bundle) {
    bundle = build(kind, tokenizerClass, modelMaxLength);
    cache.set(key, bundle);
  }
  return bundle;
}

function build(kind: TokenizerKind, tokenizerClass: string, modelMaxLength: number): TokenizerBundle {
  switch (kind) {
    case 'wordpiece':
      return buildWordPieceTokenizer({ tokenizerClass: WORDPIECE_CLASSES.has(tokenizerClass) ? tokenizerClass : 'BertTokenizer', modelMaxLength });
    case 'bpe':
      return buildByteLevelBpeTokenizer({ tokenizerClass, modelMaxLength });
    case 'sentencepiece-bpe':
      return buildSentencePieceBpeTokenizer({ tokenizerClass, modelMaxLength });
    case 'sentencepiece-unigram':
      return buildUnigramTokenizer({ tokenizerClass, modelMaxLength });
  }
}
