import { CORPUS } from '../corpus.js';
import { compareCodePoints, tokenizerConfigJson, type PyJson } from '../python-json.js';
import { byteLevelAlphabet, byteLevelPreTokenize } from './byte-level.js';
import { ROBERTA_LEADING_SPECIALS, ROBERTA_MASK, robertaSpecials } from './roberta-specials.js';
import { mergedTokens, trainBpe, type BpeTrainingResult } from './train-bpe.js';
import {
  addedTokenDict,
  tokenizerBundle,
  vocabMap,
  type TokenizerBundle,
  type TokenizerOptions,
  type TokenizerParts,
} from './tokenizer-bundle.js';

export interface ByteLevelBpeOptions extends TokenizerOptions {
  /**
   * Saved `tokenizer_class`, which picks the conventions: RobertaTokenizer's `<s> $A </s>` specials;
   * Qwen2Tokenizer's `<|endoftext|>` as eos and pad only (no bos, no unk); otherwise GPT-2's
   * `<|endoftext|>` in every role.
   */
  tokenizerClass: string;
}

const ROBERTA_CLASS = 'RobertaTokenizer';
const QWEN2_CLASS = 'Qwen2Tokenizer';

/** Merges learned from the corpus: with 256 byte symbols this gives a vocabulary of ~500. */
const MAX_MERGES = 240;
const MIN_PAIR_FREQUENCY = 2;
const MERGES_HEADER = '#version: 0.2\n';
export const GPT2_EOS = '<|endoftext|>';

let trained: BpeTrainingResult | undefined;

/** Byte-level merges learned from the corpus (GPT-2 pre-tokenization), computed once. */
export function byteLevelMerges(): BpeTrainingResult {
  if (!trained) {
    const counts = new Map<string, number>();
    for (const sentence of CORPUS) {
      for (const w of byteLevelPreTokenize(sentence)) counts.set(w, (counts.get(w) ?? 0) + 1);
    }
    trained = trainBpe(counts, { maxMerges: MAX_MERGES, minPairFrequency: MIN_PAIR_FREQUENCY });
  }
  return trained;
}

/** `ByteLevel` as pre-tokenizer, post-processor or decoder. */
function byteLevel(addPrefixSpace: boolean, trimOffsets: boolean): PyJson {
  return { type: 'ByteLevel', add_prefix_space: addPrefixSpace, trim_offsets: trimOffsets, use_regex: true };
}

/** What the flavor decides: special tokens, post-processor, its own tokenizer_config.json fields. */
type FlavorParts = Pick<TokenizerParts, 'specials' | 'specialIds' | 'config' | 'specialTokensMap'> & { postProcessor: PyJson };

/** RoBERTa: `<s> $A </s>` (RobertaProcessing), RobertaTokenizer's own options. */
function robertaParts(id: (token: string) => number): FlavorParts {
  const { tokenRoles, ...specials } = robertaSpecials(id);
  return {
    ...specials,
    postProcessor: {
      type: 'RobertaProcessing',
      sep: ['</s>', id('</s>')],
      cls: ['<s>', id('<s>')],
      trim_offsets: true,
      add_prefix_space: false,
    },
    config: { ...tokenRoles, errors: 'replace', tokenizer_class: 'RobertaTokenizer', trim_offsets: true },
  };
}

/** GPT-2: `<|endoftext|>` in every role, no template (ByteLevel post-processor). */
function gpt2Parts(id: (token: string) => number, tokenizerClass: string): FlavorParts {
  const eos = id(GPT2_EOS);
  return {
    specials: [{ id: eos, content: GPT2_EOS }],
    specialIds: { bos: eos, eos, pad: eos, unk: eos },
    postProcessor: byteLevel(true, false),
    config: { bos_token: GPT2_EOS, eos_token: GPT2_EOS, pad_token: GPT2_EOS, tokenizer_class: tokenizerClass, unk_token: GPT2_EOS },
    specialTokensMap: {
      bos_token: addedTokenDict(GPT2_EOS),
      eos_token: addedTokenDict(GPT2_EOS),
      pad_token: addedTokenDict(GPT2_EOS),
      unk_token: addedTokenDict(GPT2_EOS),
    },
  };
}

/** Qwen2Tokenizer: `<|endoftext|>` is eos and pad; no bos, no unk (byte-level covers every input). */
function qwen2Parts(id: (token: string) => number, tokenizerClass: string): FlavorParts {
  const eos = id(GPT2_EOS);
  return {
    specials: [{ id: eos, content: GPT2_EOS }],
    specialIds: { eos, pad: eos },
    postProcessor: byteLevel(false, false),
    config: {
      bos_token: null,
      eos_token: GPT2_EOS,
      errors: 'replace',
      pad_token: GPT2_EOS,
      split_special_tokens: false,
      tokenizer_class: tokenizerClass,
      unk_token: null,
    },
    specialTokensMap: { eos_token: addedTokenDict(GPT2_EOS), pad_token: addedTokenDict(GPT2_EOS) },
  };
}

/**
 * A byte-level BPE tokenizer (GPT-2 / RoBERTa style): vocab.json + merges.txt + tokenizer.json.
 * RoBERTa: `<s>`=0 `<pad>`=1 `</s>`=2 `<unk>`=3 first and `<mask>` last, `<s> $A </s>`;
 * GPT-2: `<|endoftext|>` last, no template (ByteLevel post-processor).
 */
export function buildByteLevelBpeTokenizer(options: ByteLevelBpeOptions): TokenizerBundle {
  const { merges } = byteLevelMerges();
  const alphabet = [...byteLevelAlphabet()].sort(compareCodePoints);
  const learned = mergedTokens(merges).filter((t) => !alphabet.includes(t));
  const roberta = options.tokenizerClass === ROBERTA_CLASS;
  const head: string[] = roberta ? [...ROBERTA_LEADING_SPECIALS] : [];
  const tail = roberta ? [ROBERTA_MASK] : [GPT2_EOS];
  const vocab = [...head, ...alphabet, ...learned, ...tail];
  const id = (t: string) => vocab.indexOf(t);
  const parts = roberta ? robertaParts(id) : options.tokenizerClass === QWEN2_CLASS ? qwen2Parts(id, options.tokenizerClass) : gpt2Parts(id, options.tokenizerClass);
  const { postProcessor, config, ...flavor } = parts;
  return tokenizerBundle({
    ...flavor,
    kind: 'bpe',
    vocabSize: vocab.length,
    pipeline: {
      normalizer: null,
      pre_tokenizer: byteLevel(false, true),
      post_processor: postProcessor,
      decoder: byteLevel(true, true),
      model: {
        type: 'BPE',
        dropout: null,
        unk_token: null,
        continuing_subword_prefix: '',
        end_of_word_suffix: '',
        fuse_unk: false,
        byte_fallback: false,
        ignore_merges: false,
        vocab: vocabMap(vocab),
        merges: merges.map(([a, b]) => [a, b]),
      },
    },
    config: { ...config, add_prefix_space: false, clean_up_tokenization_spaces: false, model_max_length: options.modelMaxLength },
    vocabularyFiles: {
      'merges.txt': MERGES_HEADER + merges.map(([a, b]) => `${a} ${b}\n`).join(''),
      // transformers' save_vocabulary: json.dumps(encoder, indent=2, sort_keys=True, ensure_ascii=False).
      'vocab.json': tokenizerConfigJson(Object.fromEntries(vocab.map((t, i) => [t, i]))),
    },
  });
}
