import type { PyJson } from '../python-json.js';
import { addedTokenDict, type SpecialTokenIds, type TokenizerParts } from './tokenizer-bundle.js';

/**
 * RoBERTa's special tokens, which the tokenizers of its SentencePiece copies (XLM-R) keep: `<s>`=0
 * `<pad>`=1 `</s>`=2 `<unk>`=3 before the learned vocabulary and `<mask>` after it; `<s>` is also
 * the classifier token and `</s>` the separator.
 */
export const ROBERTA_LEADING_SPECIALS = ['<s>', '<pad>', '</s>', '<unk>'] as const;
export const ROBERTA_MASK = '<mask>';

export interface RobertaSpecials extends Pick<TokenizerParts, 'specials' | 'specialTokensMap'> {
  specialIds: Required<SpecialTokenIds>;
  /** The `*_token` fields of tokenizer_config.json. */
  tokenRoles: Record<string, PyJson>;
}

/** The special-token parts of a RoBERTa-layout tokenizer, given its vocabulary's `token → id`. */
export function robertaSpecials(id: (token: string) => number): RobertaSpecials {
  const bos = id('<s>');
  const eos = id('</s>');
  const tokenRoles: Record<string, PyJson> = {
    bos_token: '<s>',
    cls_token: '<s>',
    eos_token: '</s>',
    mask_token: ROBERTA_MASK,
    pad_token: '<pad>',
    sep_token: '</s>',
    unk_token: '<unk>',
  };
  return {
    // `<mask>` swallows the space on its left.
    specials: [
      ...ROBERTA_LEADING_SPECIALS.map((content) => ({ id: id(content), content })),
      { id: id(ROBERTA_MASK), content: ROBERTA_MASK, lstrip: true },
    ],
    specialIds: { bos, pad: id('<pad>'), eos, unk: id('<unk>'), cls: bos, sep: eos, mask: id(ROBERTA_MASK) },
    tokenRoles,
    // special_tokens_map.json: the same roles, `<mask>` as an AddedToken dict (it has lstrip set).
    specialTokensMap: { ...tokenRoles, mask_token: addedTokenDict(ROBERTA_MASK, true) },
  };
}
