import { compareCodePoints, pyFloat, type PyFloat, type PyJson } from '../python-json.js';
import { METASPACE, metaspaceWordCounts } from './metaspace.js';
import { ROBERTA_LEADING_SPECIALS, ROBERTA_MASK, robertaSpecials } from './roberta-specials.js';
import { sentencePieceModelFile } from './sentencepiece-model-file.js';
import { mergedTokens, trainBpe } from './train-bpe.js';
import { templateProcessing, tokenizerBundle, type TokenizerBundle, type TokenizerOptions } from './tokenizer-bundle.js';

/** The class whose SentencePiece model describes this layout (the others only borrow it). */
const XLM_R_CLASS = 'XLMRobertaTokenizer';

export interface UnigramOptions extends TokenizerOptions {
  /** Saved `tokenizer_class`; the `sentencepiece.bpe.model` is written for XLMRobertaTokenizer only. */
  tokenizerClass: string;
}

/** Candidate pieces come from a BPE run over `▁word` units (more merges than the BPE tokenizers: whole words). */
const CANDIDATE_MERGES = 300;
const MIN_PAIR_FREQUENCY = 2;
/** Scores are rounded so the JSON stays short and platform-independent. */
const SCORE_DECIMALS = 1e4;
/** Printable ASCII (space excluded: it becomes `▁`). */
const ASCII_FIRST = 0x21;
const ASCII_LAST = 0x7e;
/** Add-one smoothing: a piece never seen in the corpus still gets a finite score. */
const SMOOTHING = 1;

/** Non-overlapping occurrences of `piece` in `word`. */
function occurrences(word: string, piece: string): number {
  let n = 0;
  for (let at = word.indexOf(piece); at !== -1; at = word.indexOf(piece, at + piece.length)) n++;
  return n;
}

/** Pieces with their log-frequency scores, best first (ties by code point). */
export function unigramPieces(): [string, number][] {
  const counts = metaspaceWordCounts();
  const { merges, alphabet } = trainBpe(counts, { maxMerges: CANDIDATE_MERGES, minPairFrequency: MIN_PAIR_FREQUENCY });
  // Every printable ASCII character is a piece, seen in the corpus or not: without byte fallback
  // an unseen character would otherwise become <unk> and be lost on decode.
  const ascii = Array.from({ length: ASCII_LAST - ASCII_FIRST + 1 }, (_, i) => String.fromCharCode(ASCII_FIRST + i));
  const pieces = [...new Set([...alphabet, ...ascii, ...mergedTokens(merges)])];
  const freq = new Map<string, number>();
  for (const p of pieces) {
    let f = SMOOTHING;
    for (const [word, count] of counts) f += count * occurrences(word, p);
    freq.set(p, f);
  }
  const total = [...freq.values()].reduce((a, b) => a + b, 0);
  return pieces
    .map((p): [string, number] => [p, Math.round(Math.log(freq.get(p)! / total) * SCORE_DECIMALS) / SCORE_DECIMALS])
    .sort(([a, x], [b, y]) => y - x || compareCodePoints(a, b));
}

/**
 * A SentencePiece-Unigram-style tokenizer.json in XLM-RoBERTa's layout (what the fast tokenizers
 * of XLM-R and its RoBERTa-family copies load): Metaspace pre-tokenizer and decoder, Unigram model
 * with log-frequency scores, `<s> $A </s>` / `<s> $A </s> </s> $B </s>` templates. For
 * XLMRobertaTokenizer it also writes the `sentencepiece.bpe.model` it comes from (SentencePiece's
 * own layout: `<unk> <s> </s>` then the pieces, which XLMRobertaTokenizer shifts by fairseq's
 * offset of one). Other classes' converters lay ids out differently (`<s>NOTUSED` …), so no model
 * is written for them.
 */
export function buildUnigramTokenizer(options: UnigramOptions): TokenizerBundle {
  const pieces = unigramPieces().filter(([p]) => !(ROBERTA_LEADING_SPECIALS as readonly string[]).includes(p) && p !== ROBERTA_MASK);
  // Scores are Python/Rust floats: wrap them so that an integral score still prints as `-5.0`.
  const vocab: [string, PyFloat][] = [
    ...ROBERTA_LEADING_SPECIALS.map((s): [string, PyFloat] => [s, pyFloat(0)]),
    ...pieces.map(([p, score]): [string, PyFloat] => [p, pyFloat(score)]),
    [ROBERTA_MASK, pyFloat(0)],
  ];
  const id = (t: string) => vocab.findIndex(([p]) => p === t);
  const { tokenRoles, ...specials } = robertaSpecials(id);
  const { bos, eos } = specials.specialIds;
  const metaspace = (type: string) => ({ type, replacement: METASPACE, prepend_scheme: 'always', split: true });
  return tokenizerBundle({
    kind: 'sentencepiece-unigram',
    vocabSize: vocab.length,
    ...specials,
    pipeline: {
      // What transformers' SentencePiece converter writes: drop trailing spaces, fold space runs.
      normalizer: {
        type: 'Sequence',
        normalizers: [
          { type: 'Strip', strip_left: false, strip_right: true },
          { type: 'Replace', pattern: { Regex: ' {2,}' }, content: METASPACE },
        ],
      },
      pre_tokenizer: metaspace('Metaspace'),
      post_processor: templateProcessing('<s> $A </s>', '<s> $A </s> </s> $B </s>', { '<s>': bos, '</s>': eos }),
      decoder: metaspace('Metaspace'),
      model: { type: 'Unigram', unk_id: id('<unk>'), vocab: vocab.map(([p, s]): PyJson => [p, s]), byte_fallback: false },
    },
    config: {
      ...tokenRoles,
      clean_up_tokenization_spaces: false,
      model_max_length: options.modelMaxLength,
      tokenizer_class: options.tokenizerClass,
    },
    ...(options.tokenizerClass === XLM_R_CLASS ? { vocabularyFiles: { 'sentencepiece.bpe.model': spmModel(pieces) } } : {}),
  });
}

/** SentencePiece's layout of the same pieces: `<unk>`=0 `<s>`=1 `</s>`=2 first, no `<pad>` / `<mask>`. */
function spmModel(pieces: readonly [string, number][]): Uint8Array {
  return sentencePieceModelFile({
    pieces: [
      { piece: '<unk>', score: 0, type: 'unknown' },
      { piece: '<s>', score: 0, type: 'control' },
      { piece: '</s>', score: 0, type: 'control' },
      ...pieces.map(([piece, score]) => ({ piece, score, type: 'normal' as const })),
    ],
    modelType: 'unigram',
    byteFallback: false,
    unkId: 0,
    bosId: 1,
    eosId: 2,
    padId: -1,
    normalizerName: 'identity',
    addDummyPrefix: true,
  });
}
