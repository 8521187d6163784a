/** File names (at a model folder's root) that belong to a tokenizer, in any of its forms. */
export const TOKENIZER_FILE_NAMES: readonly string[] = [
  'tokenizer.json',
  'tokenizer_config.json',
  'special_tokens_map.json',
  'vocab.txt',
  'vocab.json',
  'merges.txt',
  'added_tokens.json',
  'tokenizer.model',
  'spiece.model',
  'sentencepiece.bpe.model',
];
