export { TokenizerError, TOKENIZER_ISSUE_CODES } from './errors.js';
export type { TokenizerErrorCode, TokenizerIssueCode } from './errors.js';
export { loadTokenizer } from './load-tokenizer.js';
export type { LoadedTokenizer, LoadTokenizerOptions, EncodedText, EncodeOptions, DecodeOptions, SpecialTokenIds } from './load-tokenizer.js';
export { tokenizerFilesOf, sentencePieceFilesOf } from './tokenizer-files.js';
export type { TokenizerFiles, TokenizerSettings, TokenizerFolder } from './tokenizer-files.js';
export { TOKENIZER_FILE_NAMES } from './tokenizer-file-names.js';
export { tokenizerConfigFor, TOKENIZER_CLASS_OF_MODEL_TYPE } from './tokenizer-config-for.js';
export type { TokenizerConfigInput, GeneratedTokenizerConfig } from './tokenizer-config-for.js';
export { buildTokenizerJson, slowTokenizerKind } from './slow-tokenizer.js';
export type { SlowTokenizerFiles, SlowTokenizerKind, SlowTokenizerSettings, BuiltTokenizer } from './slow-tokenizer.js';
export {
  buildSentencePieceTokenizerJson,
  sentencePieceTokenizerJson,
  sentencePieceFlavor,
  generateMerges,
  SENTENCEPIECE_FLAVORS,
} from './sentencepiece-tokenizer-json.js';
export type { SentencePieceFlavor, SentencePieceSourceOptions } from './sentencepiece-tokenizer-json.js';
export { parseSentencePieceModel } from './parse-sentencepiece.js';
export type {
  SentencePieceModel,
  SentencePieceModelType,
  SentencePiecePieceType,
  SentencePieceTrainerSpec,
  SentencePieceNormalizerSpec,
  SentencePieceParse,
} from './parse-sentencepiece.js';
export { summarizeTokenizer, sentencepieceFileOf } from './summarize-tokenizer.js';
export type { TokenizerInfo, TokenizerKind, TokenizerModel, TokenizerInputs, TokenizerFacts, VocabSource } from './summarize-tokenizer.js';
export { readTokenizerFiles, MAX_VOCAB_FILE_BYTES } from './read-tokenizer-files.js';
export type { TokenizerFileEntry } from './read-tokenizer-files.js';
export { checkTokenizersAgree, firstDisagreement } from './check-tokenizers-agree.js';
export type { TokenizerDisagreement } from './check-tokenizers-agree.js';
