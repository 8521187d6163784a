import { jsonPointer } from '@mlpack/core';
import type { Issue } from '@mlpack/core';
import type { HeadKind } from '../model-families.js';
import type { CheckContext, CheckTensor } from './check-context.js';
import { effectiveNumLabels } from './check-labels.js';

/**
 * Output projections of classification heads, by the names transformers gives them: ROBERTa-style
 * and ELECTRA heads end in `classifier.out_proj`, BART's in `classification_head.out_proj`,
 * BERT/DistilBERT/ALBERT use `classifier`, decoder-only models `score`.
 */
const CLASSIFIER_TENSORS = ['classifier.out_proj.weight', 'classification_head.out_proj.weight', 'classifier.weight', 'score.weight'] as const;
const QA_TENSORS = ['qa_outputs.weight'] as const;

/** Heads whose output width is checked, and the width they must have. */
const CHECKED_HEADS: ReadonlySet<HeadKind> = new Set<HeadKind>(['sequence-classification', 'token-classification', 'question-answering', 'multiple-choice']);

/**
 * `CLASSIFIER_SHAPE`: the classification head's output rows must equal num_labels (1 for
 * multiple-choice, which scores each choice; question-answering heads have num_labels = 2 outputs:
 * start and end).
 */
export function checkClassifierShape(ctx: CheckContext): Issue[] {
  const head = ctx.resolution.head;
  if (head === undefined || !CHECKED_HEADS.has(head)) return [];
  const names = head === 'question-answering' ? QA_TENSORS : CLASSIFIER_TENSORS;
  let tensor: CheckTensor | undefined;
  for (const n of names) {
    tensor = ctx.byName.get(n);
    if (tensor !== undefined) break;
  }
  if (tensor === undefined || tensor.shape.length !== 2) return [];
  const expected = head === 'multiple-choice' ? 1 : effectiveNumLabels(ctx.config);
  const rows = tensor.shape[0]!;
  if (rows === expected) return [];
  const pointer =
    head === 'multiple-choice'
      ? undefined
      : ctx.config.num_labels !== undefined || ctx.config.id2label === undefined
        ? jsonPointer('num_labels')
        : jsonPointer('id2label');
  return [
    {
      severity: 'error',
      code: 'CLASSIFIER_SHAPE',
      file: ctx.configFile,
      pointer,
      tensor: tensor.name,
      message:
        head === 'multiple-choice'
          ? `multiple-choice head "${tensor.name}" has ${rows} output rows, expected 1`
          : `head "${tensor.name}" (${tensor.file}) has ${rows} output rows but the config has ${expected} labels`,
      hint: 'num_labels / id2label must describe the head the weights were trained with',
    },
  ];
}
