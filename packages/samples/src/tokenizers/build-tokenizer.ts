import type { SampleFamily } from '../sample-spec.js';
import { buildByteLevelBpeTokenizer } from './byte-level-bpe-tokenizer.js';
import { buildSentencePieceBpeTokenizer } from './sentencepiece-bpe-tokenizer.js';
import type { TokenizerBundle, TokenizerKind } from './tokenizer-bundle.js';
import { buildUnigramTokenizer } from './unigram-tokenizer.js';
import { buildWordPieceTokenizer } from './wordpiece-tokenizer.js';

/** Saved `tokenizer_class` of the WordPiece families (ALBERT's is BERT's: its vocabulary is WordPiece here). */
const WORDPIECE_CLASS: Partial<Record<SampleFamily, string>> = {
  bert: 'BertTokenizer',
  distilbert: 'DistilBertTokenizer',
  electra: 'ElectraTokenizer',
  albert: 'BertTokenizer',
};

const cache = new Map<string, TokenizerBundle>();

/** The tokenizer of `kind` in `family`'s conventions (memoized: bundles are immutable). */
export function buildTokenizer(kind: TokenizerKind, family: SampleFamily, modelMaxLength: number): TokenizerBundle {
  const key = `${kind}/${family}/${modelMaxLength}`;
  let bundle = cache.get(key);
  if (!bundle) {
    bundle = build(kind, family, modelMaxLength);
    cache.set(key, bundle);
  }
  return bundle;
}

function build(kind: TokenizerKind, family: SampleFamily, modelMaxLength: number): TokenizerBundle {
  switch (kind) {
    case 'wordpiece':
      return buildWordPieceTokenizer({ tokenizerClass: WORDPIECE_CLASS[family] ?? 'BertTokenizer', modelMaxLength });
    case 'bpe':
      return buildByteLevelBpeTokenizer({ flavor: family === 'gpt2' ? 'gpt2' : 'roberta', modelMaxLength });
    case 'sentencepiece-bpe':
      return buildSentencePieceBpeTokenizer({ modelMaxLength });
    case 'sentencepiece-unigram':
      return buildUnigramTokenizer({ flavor: family === 'camembert' ? 'camembert' : 'xlm-roberta', modelMaxLength });
  }
}
