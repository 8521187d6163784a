/**
 * Task names mlpack understands, spelled as Optimum spells them (`optimum-cli export onnx --task`),
 * so that a folder exported by either tool is described the same way.
 */
export const KNOWN_TASKS = [
  'feature-extraction',
  'fill-mask',
  'text-classification',
  'token-classification',
  'question-answering',
  'multiple-choice',
  'text-generation',
  'text2text-generation',
] as const;

export type Task = (typeof KNOWN_TASKS)[number];

const TASK_SET: ReadonlySet<string> = new Set(KNOWN_TASKS);

export function isKnownTask(s: unknown): s is Task {
  return typeof s === 'string' && TASK_SET.has(s);
}
