import { CORPUS } from '../corpus.js';
import { compareCodePoints } from '../python-json.js';
import { templateProcessing, tokenizerBundle, vocabMap, type TokenizerBundle, type TokenizerOptions } from './tokenizer-bundle.js';

export interface WordPieceOptions extends TokenizerOptions {
  /** `tokenizer_config.json#/tokenizer_class` (BertTokenizer, DistilBertTokenizer, ElectraTokenizer). */
  tokenizerClass: string;
}

export const WORDPIECE_SPECIALS = ['[PAD]', '[UNK]', '[CLS]', '[SEP]', '[MASK]'] as const;

/** Most words kept from the corpus; the corpus has fewer, so every corpus word is one token. */
const MAX_WORDS = 400;
/** Suffixes worth a `##` entry once they end at least MIN_SUFFIX_WORDS distinct corpus words. */
const CANDIDATE_SUFFIXES = ['s', 'es', 'ed', 'ing', 'ly', 'er', 'est', 'ness', 'ment', 'ful'] as const;
const MIN_SUFFIX_WORDS = 3;
/** WordPiece gives up on longer words (tokenizers' default). */
const MAX_INPUT_CHARS_PER_WORD = 100;
const CONTINUATION_PREFIX = '##';

/** BERT's punctuation: the four ASCII symbol ranges plus Unicode punctuation. */
function isBertPunctuation(ch: string): boolean {
  const c = ch.codePointAt(0)!;
  if ((c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126)) return true;
  return /\p{P}/u.test(ch);
}

/** What BertNormalizer (lowercase) + BertPreTokenizer make of ASCII text: words and single punctuation marks. */
export function bertPreTokenize(text: string): string[] {
  const out: string[] = [];
  for (const chunk of text.toLowerCase().split(/\s+/u)) {
    let word = '';
    for (const ch of chunk) {
      if (isBertPunctuation(ch)) {
        if (word) out.push(word);
        word = '';
        out.push(ch);
      } else word += ch;
    }
    if (word) out.push(word);
  }
  return out;
}

/** The vocabulary, in id order: specials, characters, `##` characters, corpus words, `##` suffixes. */
export function wordPieceVocabulary(): string[] {
  const vocab: string[] = [...WORDPIECE_SPECIALS];
  const seen = new Set<string>(vocab);
  const add = (t: string) => {
    if (!seen.has(t)) {
      seen.add(t);
      vocab.push(t);
    }
  };
  // Every printable ASCII character except upper case (the normalizer lowercases), in code order.
  for (let c = 0x21; c <= 0x7e; c++) if (c < 0x41 || c > 0x5a) add(String.fromCharCode(c));
  // Continuations for letters and digits, so that any lowercase word has a (long) WordPiece split.
  for (let c = 0x21; c <= 0x7e; c++) {
    const ch = String.fromCharCode(c);
    if (/[0-9a-z]/.test(ch)) add(CONTINUATION_PREFIX + ch);
  }
  const counts = new Map<string, number>();
  for (const sentence of CORPUS) {
    for (const t of bertPreTokenize(sentence)) if (t.length > 1) counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  const words = [...counts.entries()]
    .sort(([a, x], [b, y]) => y - x || compareCodePoints(a, b))
    .slice(0, MAX_WORDS)
    .map(([w]) => w);
  words.forEach(add);
  for (const suffix of CANDIDATE_SUFFIXES) {
    const endings = words.filter((w) => w.length > suffix.length + 1 && w.endsWith(suffix)).length;
    if (endings >= MIN_SUFFIX_WORDS) add(CONTINUATION_PREFIX + suffix);
  }
  return vocab;
}

/** A BERT-style WordPiece tokenizer (lowercasing) with vocab.txt, tokenizer.json and configs. */
export function buildWordPieceTokenizer(options: WordPieceOptions): TokenizerBundle {
  const vocab = wordPieceVocabulary();
  const id = (t: string) => vocab.indexOf(t);
  const specials = WORDPIECE_SPECIALS.map((content) => ({ id: id(content), content }));
  const cls = id('[CLS]');
  const sep = id('[SEP]');
  return tokenizerBundle({
    kind: 'wordpiece',
    vocabSize: vocab.length,
    specialIds: { pad: id('[PAD]'), unk: id('[UNK]'), cls, sep, mask: id('[MASK]') },
    specials,
    pipeline: {
      normalizer: { type: 'BertNormalizer', clean_text: true, handle_chinese_chars: true, strip_accents: null, lowercase: true },
      pre_tokenizer: { type: 'BertPreTokenizer' },
      post_processor: templateProcessing('[CLS] $A [SEP]', '[CLS] $A [SEP] $B:1 [SEP]:1', { '[CLS]': cls, '[SEP]': sep }),
      decoder: { type: 'WordPiece', prefix: CONTINUATION_PREFIX, cleanup: true },
      model: {
        type: 'WordPiece',
        unk_token: '[UNK]',
        continuing_subword_prefix: CONTINUATION_PREFIX,
        max_input_chars_per_word: MAX_INPUT_CHARS_PER_WORD,
        vocab: vocabMap(vocab),
      },
    },
    config: {
      clean_up_tokenization_spaces: true,
      cls_token: '[CLS]',
      do_basic_tokenize: true,
      do_lower_case: true,
      mask_token: '[MASK]',
      model_max_length: options.modelMaxLength,
      never_split: null,
      pad_token: '[PAD]',
      sep_token: '[SEP]',
      strip_accents: null,
      tokenize_chinese_chars: true,
      tokenizer_class: options.tokenizerClass,
      unk_token: '[UNK]',
    },
    specialTokensMap: { cls_token: '[CLS]', mask_token: '[MASK]', pad_token: '[PAD]', sep_token: '[SEP]', unk_token: '[UNK]' },
    vocabularyFiles: { 'vocab.txt': vocab.map((t) => `${t}\n`).join('') },
  });
}
