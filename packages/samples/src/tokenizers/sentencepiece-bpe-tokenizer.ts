import { compareCodePoints, type PyJson } from '../python-json.js';
import { METASPACE, metaspaceWordCounts } from './metaspace.js';
import { sentencePieceModelFile } from './sentencepiece-model-file.js';
import { mergedTokens, trainBpe, type BpeTrainingResult } from './train-bpe.js';
import {
  addedTokenDict,
  templateProcessing,
  tokenizerBundle,
  vocabMap,
  type TokenizerBundle,
  type TokenizerOptions,
} from './tokenizer-bundle.js';

export interface SentencePieceBpeOptions extends TokenizerOptions {
  /** Saved `tokenizer_class` (LlamaTokenizer; GemmaTokenizer keeps this Llama piece layout here). */
  tokenizerClass: string;
}

/** Merges learned over `▁word` units; with 256 byte tokens and the characters this gives ~550 ids. */
const MAX_MERGES = 240;
const MIN_PAIR_FREQUENCY = 2;
/** Llama's layout: `<unk>`=0 `<s>`=1 `</s>`=2, then the 256 byte-fallback tokens. */
const SPECIALS = ['<unk>', '<s>', '</s>'] as const;
const BYTE_COUNT = 256;

let trained: BpeTrainingResult | undefined;

function sentencePieceMerges(): BpeTrainingResult {
  trained ??= trainBpe(metaspaceWordCounts(), { maxMerges: MAX_MERGES, minPairFrequency: MIN_PAIR_FREQUENCY });
  return trained;
}

/** `<0x0A>`-style byte-fallback token. */
export function byteToken(b: number): string {
  return `<0x${b.toString(16).toUpperCase().padStart(2, '0')}>`;
}

/**
 * A Llama-style SentencePiece BPE tokenizer as `tokenizer.json` (what LlamaTokenizerFast saves with
 * `legacy: false`): Metaspace pre-tokenizer (prepend `▁` to the first section), BPE with
 * `byte_fallback` over `<0x00>`..`<0xFF>`, `<s> $A` template. Learned pieces come before single
 * characters, as in SentencePiece vocabularies (characters ordered by frequency). The
 * `tokenizer.model` beside it holds the same pieces, each learned piece scored by its merge rank
 * (−rank, as SentencePiece's BPE trainer scores them) and `pad_id: -1`.
 */
export function buildSentencePieceBpeTokenizer(options: SentencePieceBpeOptions): TokenizerBundle {
  const { merges, alphabet, symbolCounts } = sentencePieceMerges();
  const bytes = Array.from({ length: BYTE_COUNT }, (_, b) => byteToken(b));
  const chars = [...alphabet].sort((a, b) => symbolCounts.get(b)! - symbolCounts.get(a)! || compareCodePoints(a, b));
  const learned = mergedTokens(merges).filter((t) => !chars.includes(t));
  const vocab = [...SPECIALS, ...bytes, ...learned, ...chars];
  const id = (t: string) => vocab.indexOf(t);
  const specials = SPECIALS.map((content) => ({ id: id(content), content }));
  const bos = id('<s>');
  return tokenizerBundle({
    kind: 'sentencepiece-bpe',
    vocabSize: vocab.length,
    specialIds: { unk: id('<unk>'), bos, eos: id('</s>'), pad: id('<unk>') },
    specials,
    pipeline: {
      normalizer: null,
      pre_tokenizer: { type: 'Metaspace', replacement: METASPACE, prepend_scheme: 'first', split: false },
      post_processor: templateProcessing('<s> $A', '<s> $A <s>:1 $B:1', { '<s>': bos }),
      decoder: {
        type: 'Sequence',
        decoders: <PyJson[]>[
          { type: 'Replace', pattern: { String: METASPACE }, content: ' ' },
          { type: 'ByteFallback' },
          { type: 'Fuse' },
          { type: 'Strip', content: ' ', start: 1, stop: 0 },
        ],
      },
      model: {
        type: 'BPE',
        dropout: null,
        unk_token: '<unk>',
        continuing_subword_prefix: null,
        end_of_word_suffix: null,
        fuse_unk: true,
        byte_fallback: true,
        ignore_merges: false,
        vocab: vocabMap(vocab),
        merges: merges.map(([a, b]) => [a, b]),
      },
    },
    config: {
      add_bos_token: true,
      add_eos_token: false,
      bos_token: '<s>',
      clean_up_tokenization_spaces: false,
      eos_token: '</s>',
      legacy: false,
      model_max_length: options.modelMaxLength,
      pad_token: '<unk>',
      sp_model_kwargs: {},
      spaces_between_special_tokens: false,
      tokenizer_class: options.tokenizerClass,
      unk_token: '<unk>',
      use_default_system_prompt: false,
    },
    specialTokensMap: {
      bos_token: addedTokenDict('<s>'),
      eos_token: addedTokenDict('</s>'),
      pad_token: addedTokenDict('<unk>'),
      unk_token: addedTokenDict('<unk>'),
    },
    vocabularyFiles: {
      'tokenizer.model': sentencePieceModelFile({
        pieces: vocab.map((piece, i) => {
          if (i < SPECIALS.length) return { piece, score: 0, type: piece === '<unk>' ? 'unknown' : 'control' };
          if (i < SPECIALS.length + BYTE_COUNT) return { piece, score: 0, type: 'byte' };
          return { piece, score: -(i - SPECIALS.length - BYTE_COUNT), type: 'normal' };
        }),
        modelType: 'bpe',
        byteFallback: true,
        unkId: id('<unk>'),
        bosId: bos,
        eosId: id('</s>'),
        padId: -1,
        normalizerName: 'identity',
        addDummyPrefix: true,
      }),
    },
  });
}
