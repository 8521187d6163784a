import { CORPUS } from '../corpus.js';
import { compareCodePoints, tokenizerConfigJson, tokenizerJson, type PyJson } from '../python-json.js';
import { byteLevelAlphabet, byteLevelPreTokenize } from './byte-level.js';
import { mergedTokens, trainBpe, type BpeTrainingResult } from './train-bpe.js';
import {
  addedTokenDict,
  addedTokensDecoder,
  addedTokensJson,
  vocabMap,
  type SpecialTokenSpec,
  type TokenizerBundle,
} from './tokenizer-bundle.js';

/** Which model's conventions to follow: special tokens, post-processor, config class. */
export type ByteLevelFlavor = 'roberta' | 'gpt2';

export interface ByteLevelBpeOptions {
  flavor: ByteLevelFlavor;
  /** `tokenizer_config.json#/model_max_length`. */
  modelMaxLength: number;
}

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

/**
 * A byte-level BPE tokenizer (GPT-2 / RoBERTa style): vocab.json + merges.txt + tokenizer.json.
 * RoBERTa: `<s>`=0 `<pad>`=1 `</s>`=2 `<unk>`=3 first and `<mask>` last, `<s> $A </s>`;
 * GPT-2: `<|endoftext|>` last, no template (ByteLevel post-processor).
 */
export function buildByteLevelBpeTokenizer(options: ByteLevelBpeOptions): TokenizerBundle {
  const { merges } = byteLevelMerges();
  const alphabet = [...byteLevelAlphabet()].sort(compareCodePoints);
  const learned = mergedTokens(merges).filter((t) => !alphabet.includes(t));
  const roberta = options.flavor === 'roberta';
  const head = roberta ? ['<s>', '<pad>', '</s>', '<unk>'] : [];
  const tail = roberta ? ['<mask>'] : [GPT2_EOS];
  const vocab = [...head, ...alphabet, ...learned, ...tail];
  const id = (t: string) => vocab.indexOf(t);
  const specials: SpecialTokenSpec[] = roberta
    ? [
        { id: id('<s>'), content: '<s>' },
        { id: id('<pad>'), content: '<pad>' },
        { id: id('</s>'), content: '</s>' },
        { id: id('<unk>'), content: '<unk>' },
        { id: id('<mask>'), content: '<mask>', lstrip: true },
      ]
    : [{ id: id(GPT2_EOS), content: GPT2_EOS }];
  const byteLevel = (addPrefixSpace: boolean, trimOffsets: boolean) => ({
    type: 'ByteLevel',
    add_prefix_space: addPrefixSpace,
    trim_offsets: trimOffsets,
    use_regex: true,
  });
  const postProcessor: PyJson = roberta
    ? {
        type: 'RobertaProcessing',
        sep: ['</s>', id('</s>')],
        cls: ['<s>', id('<s>')],
        trim_offsets: true,
        add_prefix_space: false,
      }
    : byteLevel(true, false);
  const json = {
    version: '1.0',
    truncation: null,
    padding: null,
    added_tokens: addedTokensJson(specials),
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
  };
  const config: Record<string, PyJson> = roberta
    ? {
        add_prefix_space: false,
        added_tokens_decoder: addedTokensDecoder(specials),
        bos_token: '<s>',
        clean_up_tokenization_spaces: false,
        cls_token: '<s>',
        eos_token: '</s>',
        errors: 'replace',
        mask_token: '<mask>',
        model_max_length: options.modelMaxLength,
        pad_token: '<pad>',
        sep_token: '</s>',
        tokenizer_class: 'RobertaTokenizer',
        trim_offsets: true,
        unk_token: '<unk>',
      }
    : {
        add_prefix_space: false,
        added_tokens_decoder: addedTokensDecoder(specials),
        bos_token: GPT2_EOS,
        clean_up_tokenization_spaces: false,
        eos_token: GPT2_EOS,
        model_max_length: options.modelMaxLength,
        pad_token: GPT2_EOS,
        tokenizer_class: 'GPT2Tokenizer',
        unk_token: GPT2_EOS,
      };
  const specialMap: Record<string, PyJson> = roberta
    ? {
        bos_token: '<s>',
        cls_token: '<s>',
        eos_token: '</s>',
        mask_token: addedTokenDict('<mask>', true),
        pad_token: '<pad>',
        sep_token: '</s>',
        unk_token: '<unk>',
      }
    : {
        bos_token: addedTokenDict(GPT2_EOS),
        eos_token: addedTokenDict(GPT2_EOS),
        pad_token: addedTokenDict(GPT2_EOS),
        unk_token: addedTokenDict(GPT2_EOS),
      };
  const eos = roberta ? id('</s>') : id(GPT2_EOS);
  return {
    kind: 'bpe',
    vocabSize: vocab.length,
    specialIds: roberta
      ? { bos: id('<s>'), pad: id('<pad>'), eos, unk: id('<unk>'), cls: id('<s>'), sep: eos, mask: id('<mask>') }
      : { bos: eos, eos, pad: eos, unk: eos },
    files: new Map([
      ['merges.txt', MERGES_HEADER + merges.map(([a, b]) => `${a} ${b}\n`).join('')],
      ['special_tokens_map.json', tokenizerConfigJson(specialMap)],
      ['tokenizer.json', tokenizerJson(json)],
      ['tokenizer_config.json', tokenizerConfigJson(config)],
      // transformers' save_vocabulary: json.dumps(encoder, indent=2, sort_keys=True, ensure_ascii=False).
      ['vocab.json', tokenizerConfigJson(Object.fromEntries(vocab.map((t, i) => [t, i])))],
    ]),
  };
}
