import type { Issue } from '@mlpack/core';
import { checkAttentionHeads } from './check-attention-heads.js';
import { checkClassifierShape } from './check-classifier-shape.js';
import type { CheckContext, CrossCheckInput } from './check-context.js';
import { checkDtypes } from './check-dtypes.js';
import { checkLabels } from './check-labels.js';
import { checkLmHead } from './check-lm-head.js';
import { checkSpecialTokens } from './check-special-tokens.js';
import { checkTokenizerVocab } from './check-tokenizer-vocab.js';
import { checkVocabSize } from './check-vocab-size.js';

const CHECKS: ReadonlyArray<(ctx: CheckContext) => Issue[]> = [
  checkVocabSize,
  checkTokenizerVocab,
  checkSpecialTokens,
  checkAttentionHeads,
  checkLabels,
  checkClassifierShape,
  checkLmHead,
  checkDtypes,
];

/**
 * Cross-file consistency checks over plain inputs (parsed documents + tensor headers; no weight
 * bytes). Returns every problem found, unsorted; `readModelFolder` sorts them with the rest.
 */
export function runCrossChecks(input: CrossCheckInput): Issue[] {
  const tensors = input.tensors ?? [];
  const ctx: CheckContext = {
    ...input,
    configFile: input.configFile ?? 'config.json',
    tensors,
    weightsKnown: input.tensors !== undefined,
    byName: new Map(tensors.map((t) => [t.name, t])),
  };
  return CHECKS.flatMap((check) => check(ctx));
}
