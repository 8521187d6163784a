export { KNOWN_TASKS, isKnownTask } from './tasks.js';
export type { Task } from './tasks.js';
export { HEAD_SUFFIXES, HEAD_TASKS, LM_HEADS, headForTask } from './heads.js';
export type { HeadKind } from './heads.js';
export { DECODER_TASKS, ENCODER_TASKS } from './descriptor.js';
export type {
  ConfigNumber,
  DecoderFamily,
  DecoderSpec,
  DecoderTask,
  DecoderTensorNames,
  EncoderFamily,
  EncoderTask,
  FamilyDescriptor,
  FamilyKind,
  RecognizedFamily,
} from './descriptor.js';
export {
  CONVERTIBLE_FAMILIES,
  FAMILIES,
  KNOWN_ARCHITECTURES,
  convertibleTasks,
  describeConvertible,
  encoderFacts,
  isConvertible,
  lookupArchitecture,
  lookupFamily,
  normalizeModelType,
} from './registry.js';
export type { KnownArchitecture } from './registry.js';
export { GPT2 } from './families/gpt2.js';
export { LLAMA } from './families/llama.js';
export { MISTRAL } from './families/mistral.js';
export { QWEN2 } from './families/qwen2.js';
export { QWEN3 } from './families/qwen3.js';
export { PHI3 } from './families/phi3.js';
export { GEMMA } from './families/gemma.js';
export { ALBERT, BERT, DISTILBERT, ELECTRA, ROBERTA } from './families/encoders.js';
