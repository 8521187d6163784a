export { generateText, DEFAULT_MAX_NEW_TOKENS, MAX_NEW_TOKENS } from './generate-text.js';
export type { GenerateOptions, GenerateResult } from './generate-text.js';
export { pickToken, argmax, seededUniform } from './pick-token.js';
export type { SamplingOptions } from './pick-token.js';
export { IncrementalText } from './incremental-text.js';
export { GenerateError } from './generate-error.js';
export type { GenerateErrorCode } from './generate-error.js';
