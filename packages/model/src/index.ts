export { classifyFile, isTrainingStateFile, FILE_KINDS, TOKENIZER_FILE_NAMES } from './classify-file.js';
export type { FileKind } from './classify-file.js';
export { walkModelFolder, MAX_WALK_ENTRIES, MAX_WALK_DEPTH } from './walk-model-folder.js';
export type { ModelFile, WalkOptions, WalkResult } from './walk-model-folder.js';
export { ModelError, MODEL_ISSUE_CODES } from './errors.js';
export type { ModelErrorCode, ModelIssueCode } from './errors.js';
export { KNOWN_TASKS, isKnownTask } from './known-tasks.js';
export type { Task } from './known-tasks.js';
export {
  MODEL_FAMILIES,
  KNOWN_ARCHITECTURES,
  HEAD_TASKS,
  LM_HEADS,
  lookupArchitecture,
  lookupFamily,
  normalizeModelType,
  headForTask,
} from './model-families.js';
export type { HeadKind, ModelFamily, KnownArchitecture } from './model-families.js';
export { resolveTask, checkTaskName } from './resolve-task.js';
export type { TaskResolution, ResolveTaskOptions } from './resolve-task.js';
// The folder's tokenizer is described with @mlpack/tokenizers' types (its home).
export type { TokenizerInfo, TokenizerKind, TokenizerModel } from '@mlpack/tokenizers';
export { runCrossChecks } from './checks/run-cross-checks.js';
export type { CrossCheckInput, CheckTensor } from './checks/check-context.js';
export { CONVERTIBLE_DTYPES } from './checks/check-dtypes.js';
export { effectiveNumLabels } from './checks/check-labels.js';
export { checkWeightFiles } from './checks/check-weight-files.js';
export type { FileEntry } from './checks/check-weight-files.js';
export { checkRemoteCode } from './checks/check-remote-code.js';
export { readModelFolder } from './read-model-folder.js';
export type { ModelFolder, ReadModelOptions, ReadModelResult } from './model-folder.js';
export { inspectModel } from './inspect-model.js';
export type { InspectReport, InspectProblem, InspectOptions } from './inspect-model.js';
