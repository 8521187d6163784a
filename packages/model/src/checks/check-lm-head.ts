import { jsonPointer } from '@mlpack/core';
import type { Issue } from '@mlpack/core';
import { LM_HEADS, lookupFamily } from '../model-families.js';
import type { CheckContext, CheckTensor } from './check-context.js';

/** LM head weight names across families, for families mlpack does not list. */
const ANY_LM_HEAD = [
  'lm_head.weight',
  'lm_head.decoder.weight',
  'cls.predictions.decoder.weight',
  'vocab_projector.weight',
  'generator_lm_head.weight',
  'predictions.decoder.weight',
] as const;

/** `PretrainedConfig.tie_word_embeddings` default for config classes that do not override it. */
const TIE_DEFAULT = true;

/**
 * LM heads project onto the vocabulary with either the input embedding (tied) or their own weight.
 * `LM_HEAD_MISSING` (error): untied but no head weight — transformers would initialise it randomly.
 * `TIED_HEAD_PRESENT` (warning): tied, yet a separate head weight is stored — transformers replaces
 * it with the embedding, so whatever it holds is ignored.
 */
export function checkLmHead(ctx: CheckContext): Issue[] {
  const { head, family: familyName } = ctx.resolution;
  if (!ctx.weightsKnown || head === undefined || !LM_HEADS.has(head)) return [];
  const family = familyName === undefined ? undefined : lookupFamily(familyName);
  // A family may map the head to a non-LM task (ELECTRA's pre-training head is a discriminator).
  if (family?.taskOverrides?.[head] !== undefined) return [];

  const tieField = ctx.config.tie_word_embeddings;
  const tied = typeof tieField === 'boolean' ? tieField : (family?.tieWordEmbeddingsDefault ?? TIE_DEFAULT);
  const pointer = typeof tieField === 'boolean' ? jsonPointer('tie_word_embeddings') : undefined;
  let tensor: CheckTensor | undefined;
  for (const n of family?.lmHeadTensors ?? ANY_LM_HEAD) {
    tensor = ctx.byName.get(n);
    if (tensor !== undefined) break;
  }
  const names = (family?.lmHeadTensors ?? ANY_LM_HEAD).join(', ');

  if (!tied && tensor === undefined) {
    return [
      {
        severity: 'error',
        code: 'LM_HEAD_MISSING',
        file: ctx.configFile,
        pointer,
        message: `tie_word_embeddings is false${pointer === undefined ? ` (the ${familyName} default)` : ''} but no LM head weight (${names}) is in the weights`,
        hint: 'set tie_word_embeddings to true if the head shares the input embedding, or add the head weight',
      },
    ];
  }
  if (tied && tensor !== undefined) {
    return [
      {
        severity: 'warning',
        code: 'TIED_HEAD_PRESENT',
        file: ctx.configFile,
        pointer,
        tensor: tensor.name,
        message: `word embeddings are tied${pointer === undefined ? ' (default)' : ''} but "${tensor.name}" is stored too; transformers ignores it and uses the input embedding`,
        hint: 'if the stored head differs from the embedding on purpose, set tie_word_embeddings to false',
      },
    ];
  }
  return [];
}
