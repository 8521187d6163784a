/** Special-token roles of transformers (SPECIAL_TOKENS_ATTRIBUTES order, additional_special_tokens aside). */
export const SPECIAL_KEYS = ['bos_token', 'eos_token', 'unk_token', 'sep_token', 'pad_token', 'cls_token', 'mask_token'] as const;
export type SpecialKey = (typeof SPECIAL_KEYS)[number];

const BERT: Partial<Record<SpecialKey, string>> = { unk_token: '[UNK]', sep_token: '[SEP]', pad_token: '[PAD]', cls_token: '[CLS]', mask_token: '[MASK]' };
const ROBERTA: Partial<Record<SpecialKey, string>> = {
  bos_token: '<s>',
  eos_token: '</s>',
  unk_token: '<unk>',
  sep_token: '</s>',
  pad_token: '<pad>',
  cls_token: '<s>',
  mask_token: '<mask>',
};

/**
 * Each slow tokenizer class's special tokens when neither tokenizer_config.json nor
 * special_tokens_map.json names them (the defaults of its `__init__`), by class name without `Fast`.
 */
export const CLASS_SPECIAL_TOKENS: Readonly<Record<string, Partial<Record<SpecialKey, string>>>> = {
  BertTokenizer: BERT,
  DistilBertTokenizer: BERT,
  ElectraTokenizer: BERT,
  RobertaTokenizer: ROBERTA,
  XLMRobertaTokenizer: ROBERTA,
  CamembertTokenizer: ROBERTA,
  BartTokenizer: ROBERTA,
  AlbertTokenizer: {
    bos_token: '[CLS]',
    eos_token: '[SEP]',
    unk_token: '<unk>',
    sep_token: '[SEP]',
    pad_token: '<pad>',
    cls_token: '[CLS]',
    mask_token: '[MASK]',
  },
  GPT2Tokenizer: { bos_token: '<|endoftext|>', eos_token: '<|endoftext|>', unk_token: '<|endoftext|>' },
  LlamaTokenizer: { bos_token: '<s>', eos_token: '</s>', unk_token: '<unk>' },
  GemmaTokenizer: { bos_token: '<bos>', eos_token: '<eos>', unk_token: '<unk>', pad_token: '<pad>' },
  Qwen2Tokenizer: { eos_token: '<|endoftext|>', pad_token: '<|endoftext|>' },
  T5Tokenizer: { eos_token: '</s>', unk_token: '<unk>', pad_token: '<pad>' },
};
