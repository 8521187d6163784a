import { UsageError, jsonPointer } from '@mlpack/core';
import type { Issue } from '@mlpack/core';
import { KNOWN_TASKS, isKnownTask } from './known-tasks.js';
import type { Task } from './known-tasks.js';
import { KNOWN_ARCHITECTURES, MODEL_FAMILIES, headForTask, lookupArchitecture, lookupFamily, normalizeModelType } from './model-families.js';
import type { HeadKind } from './model-families.js';

/** What a config's `architectures[0]` (and an optional `--task`) resolve to. */
export interface TaskResolution {
  /** Normalized model family (`bert`, `xlm-roberta`, `gpt2`…): the architecture's, else `model_type`'s. */
  family: string | undefined;
  /** `architectures[0]`, as written. */
  architecture: string | undefined;
  /** Task to export: the override if given, else the one the architecture implies. */
  task: Task | undefined;
  /** Head on top of the backbone (from the architecture; from the task when the architecture is unknown). */
  head: HeadKind | undefined;
  /** The task the architecture alone implies (undefined for unknown architectures). */
  guessedTask: Task | undefined;
  /** Warnings/infos: `UNKNOWN_ARCHITECTURE`, `NO_ARCHITECTURE`, `ARCHITECTURE_MODEL_TYPE_MISMATCH`, `TASK_OVERRIDDEN`. */
  issues: Issue[];
}

export interface ResolveTaskOptions {
  /** File name used in issues (default `config.json`). */
  file?: string;
}

/** Throws `UsageError` (exit status 2) unless `task` is one of `KNOWN_TASKS`. */
export function checkTaskName(task: string): Task {
  if (!isKnownTask(task)) {
    throw new UsageError(`unknown task "${task}"`, `use one of: ${KNOWN_TASKS.join(', ')}`);
  }
  return task;
}

/**
 * Resolve `architectures[0]` of a parsed config.json to family, head and Optimum task name.
 * An unknown architecture gives `task: undefined` (unless overridden) and an `UNKNOWN_ARCHITECTURE`
 * warning listing the known ones. `override` (the CLI's `--task`) must be a known task name —
 * otherwise a `UsageError` is thrown — and is reported (`TASK_OVERRIDDEN`) when it differs from the guess.
 */
export function resolveTask(config: unknown, override?: string, options: ResolveTaskOptions = {}): TaskResolution {
  const overrideTask = override === undefined ? undefined : checkTaskName(override);
  const file = options.file ?? 'config.json';
  const issues: Issue[] = [];
  const obj = isObject(config) ? config : {};

  const modelType = typeof obj.model_type === 'string' ? normalizeModelType(obj.model_type) : undefined;
  const archs = obj.architectures;
  const first = Array.isArray(archs) && typeof archs[0] === 'string' ? archs[0] : undefined;

  let family = modelType;
  let head: HeadKind | undefined;
  let guessedTask: Task | undefined;

  if (first === undefined) {
    issues.push({
      severity: 'warning',
      code: 'NO_ARCHITECTURE',
      file,
      pointer: jsonPointer('architectures'),
      message: 'config has no architectures[0]: the model head (and so the task) is unknown',
      hint: `pass --task (one of: ${KNOWN_TASKS.join(', ')})`,
    });
  } else {
    const known = lookupArchitecture(first);
    if (known === undefined) {
      issues.push({
        severity: 'warning',
        code: 'UNKNOWN_ARCHITECTURE',
        file,
        pointer: jsonPointer('architectures', 0),
        message: `architecture "${first}" is not one mlpack knows`,
        hint: unknownArchitectureHint(modelType),
      });
    } else {
      family = known.family.modelType;
      head = known.head;
      guessedTask = known.task;
      if (modelType !== undefined && modelType !== known.family.modelType) {
        issues.push({
          severity: 'warning',
          code: 'ARCHITECTURE_MODEL_TYPE_MISMATCH',
          file,
          pointer: jsonPointer('model_type'),
          message: `model_type "${String(obj.model_type)}" does not match architecture "${first}" (family ${known.family.modelType})`,
          hint: 'fix model_type or architectures in config.json: convert builds the model_type family (as transformers does) and takes only the task from the architecture',
        });
      }
    }
  }

  let task = guessedTask;
  if (overrideTask !== undefined) {
    if (overrideTask !== guessedTask) {
      issues.push({
        severity: 'info',
        code: 'TASK_OVERRIDDEN',
        file,
        pointer: jsonPointer('architectures', 0),
        message:
          guessedTask === undefined
            ? `task set to "${overrideTask}" by --task (no task could be guessed)`
            : `task set to "${overrideTask}" by --task instead of "${guessedTask}" implied by ${first}`,
      });
    }
    task = overrideTask;
    head ??= headForTask(overrideTask);
  }

  return { family, architecture: first, task, head, guessedTask, issues };
}

/**
 * What to do about an unknown architecture: the known classes of its model_type's family when
 * there is one (a short list), else the known families (not all ~90 class names on one line).
 */
function unknownArchitectureHint(modelType: string | undefined): string {
  const family = modelType === undefined ? undefined : lookupFamily(modelType);
  const never = 'mlpack never runs model code';
  if (family !== undefined) {
    const known = KNOWN_ARCHITECTURES.filter((a) => lookupArchitecture(a)?.family === family);
    return `${never}; known ${family.modelType} architectures: ${known.join(', ')}`;
  }
  return `${never}; known model types: ${MODEL_FAMILIES.map((f) => f.modelType).join(', ')}`;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
