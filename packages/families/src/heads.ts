import type { Task } from './tasks.js';

/** Which head sits on top of the backbone, as named by the transformers class suffix. */
export type HeadKind =
  | 'base'
  | 'masked-lm'
  | 'pretraining'
  | 'sequence-classification'
  | 'token-classification'
  | 'question-answering'
  | 'multiple-choice'
  | 'causal-lm'
  | 'seq2seq-lm';

/** transformers class-name suffix → head. */
export const HEAD_SUFFIXES: ReadonlyArray<readonly [string, HeadKind]> = [
  ['Model', 'base'],
  ['EncoderModel', 'base'],
  ['ForMaskedLM', 'masked-lm'],
  ['ForPreTraining', 'pretraining'],
  ['ForSequenceClassification', 'sequence-classification'],
  ['ForTokenClassification', 'token-classification'],
  ['ForQuestionAnswering', 'question-answering'],
  ['ForMultipleChoice', 'multiple-choice'],
  ['ForCausalLM', 'causal-lm'],
  ['LMHeadModel', 'causal-lm'],
  ['ForConditionalGeneration', 'seq2seq-lm'],
];

/** Optimum's task for each head (a family may override, see ELECTRA). */
export const HEAD_TASKS: Readonly<Record<HeadKind, Task>> = {
  base: 'feature-extraction',
  'masked-lm': 'fill-mask',
  pretraining: 'fill-mask',
  'sequence-classification': 'text-classification',
  'token-classification': 'token-classification',
  'question-answering': 'question-answering',
  'multiple-choice': 'multiple-choice',
  'causal-lm': 'text-generation',
  'seq2seq-lm': 'text2text-generation',
};

/** Heads that end in a vocabulary projection (whose weight may be tied to the input embedding). */
export const LM_HEADS: ReadonlySet<HeadKind> = new Set<HeadKind>(['masked-lm', 'pretraining', 'causal-lm', 'seq2seq-lm']);

/** The head a model needs for `task` when the architecture does not say (e.g. `--task` on an unknown class). */
export function headForTask(task: Task): HeadKind {
  const found = (Object.entries(HEAD_TASKS) as [HeadKind, Task][]).find(([, t]) => t === task);
  if (found === undefined) throw new Error(`bug: no head for task ${task}`);
  return found[0];
}
