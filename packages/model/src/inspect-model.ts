import { join } from 'node:path';
import { hasErrors, sha256File, sortIssues } from '@mlpack/core';
import type { Issue, TensorSource } from '@mlpack/core';
import type { FileKind } from './classify-file.js';
import { folderRelative, scanModelFolder } from './scan-model-folder.js';

/** One problem as `mlpack inspect --json` prints it (an `Issue` with a numeric offset, fixed key order). */
export interface InspectProblem {
  severity: Issue['severity'];
  code: string;
  file?: string;
  pointer?: string;
  offset?: number;
  tensor?: string;
  message: string;
  hint?: string;
}

/** What `mlpack inspect --json` prints. Plain JSON; keys always present, in this order. */
export interface InspectReport {
  dir: string;
  model_type: string | null;
  architecture: string | null;
  task: string | null;
  family: string | null;
  /** Total elements over all tensors (null when the weights could not be opened). */
  parameters: number | null;
  tensor_count: number | null;
  /** Tensor bytes per dtype, keys sorted. */
  bytes_per_dtype: Record<string, number>;
  /** The weight files in shard order: tensor count and tensor bytes (header excluded). */
  shards: { file: string; tensors: number; bytes: number }[];
  /** Every usable file, sorted by path; `sha256` only with `hash` (never for pickles or special files). */
  files: { path: string; kind: FileKind; size: number; sha256?: string }[];
  tokenizer: { kind: string; model: string | null; vocab_size: number } | null;
  /** All problems, sorted (errors first). */
  problems: InspectProblem[];
  /** No error among the problems. */
  valid: boolean;
}

export interface InspectOptions {
  /** Add each file's sha256 (reads every file except pickles and non-regular files). */
  hash?: boolean;
  /** Task override, as for `readModelFolder`. */
  task?: string;
  /** Directory symlinked files may resolve into, as for `readModelFolder`. */
  symlinkRoot?: string;
  /**
   * More checks over the parsed folder, run only when it has no error so far and its task is known
   * (the CLI passes the converter's plan check, which this package cannot depend on).
   */
  checks?: (input: { config: Record<string, unknown>; weights: TensorSource; task: string }) => Issue[];
}

/**
 * Describe a model folder for `mlpack inspect`: identity, task, parameter counts, shards, files
 * and every problem `readModelFolder` finds. Never throws for bad content (only for a missing
 * folder, a bad `task`, and I/O failures); pickles are never opened, not even to hash them.
 */
export async function inspectModel(dir: string, options: InspectOptions = {}): Promise<InspectReport> {
  const scan = await scanModelFolder(dir, { task: options.task, symlinkRoot: options.symlinkRoot });
  try {
    const { weights, config, resolution, tokenizer } = scan;
    const extra =
      options.checks && weights !== undefined && config !== undefined && resolution?.task !== undefined && !hasErrors(scan.issues)
        ? options.checks({ config, weights, task: resolution.task })
        : [];
    const problems = sortIssues([...scan.issues, ...extra]);

    const files: InspectReport['files'] = [];
    for (const f of scan.files) {
      const hashable = options.hash === true && f.regular && f.kind !== 'pickle' && f.kind !== 'pickle-index';
      const sha256 = hashable ? await sha256File(join(dir, f.path)) : undefined;
      files.push({ path: f.path, kind: f.kind, size: f.size, ...(sha256 !== undefined ? { sha256 } : {}) });
    }

    const bytesPerDType: Record<string, number> = {};
    const shards: InspectReport['shards'] = [];
    if (weights !== undefined) {
      for (const dtype of Object.keys(weights.bytesPerDType).sort()) {
        bytesPerDType[dtype] = weights.bytesPerDType[dtype as keyof typeof weights.bytesPerDType] ?? 0;
      }
      const perFile = new Map(weights.files.map((f) => [f, { tensors: 0, bytes: 0 }]));
      for (const t of weights.tensors.values()) {
        const s = perFile.get(t.file);
        if (s !== undefined) {
          s.tensors += 1;
          s.bytes += t.byteLength;
        }
      }
      for (const [file, s] of perFile) shards.push({ file: folderRelative(dir, file), tensors: s.tensors, bytes: s.bytes });
    }

    return {
      dir,
      model_type: typeof config?.model_type === 'string' ? config.model_type : null,
      architecture: resolution?.architecture ?? null,
      task: resolution?.task ?? null,
      family: resolution?.family ?? null,
      parameters: weights?.parameterCount ?? null,
      tensor_count: weights?.tensors.size ?? null,
      bytes_per_dtype: bytesPerDType,
      shards,
      files,
      tokenizer: tokenizer === undefined ? null : { kind: tokenizer.kind, model: tokenizer.model ?? null, vocab_size: tokenizer.vocabSize },
      problems: problems.map(toProblem),
      valid: !hasErrors(problems),
    };
  } finally {
    await scan.weights?.close();
  }
}

function toProblem(i: Issue): InspectProblem {
  return {
    severity: i.severity,
    code: i.code,
    ...(i.file !== undefined ? { file: i.file } : {}),
    ...(i.pointer !== undefined ? { pointer: i.pointer } : {}),
    ...(i.offset !== undefined ? { offset: Number(i.offset) } : {}),
    ...(i.tensor !== undefined ? { tensor: i.tensor } : {}),
    message: i.message,
    ...(i.hint !== undefined ? { hint: i.hint } : {}),
  };
}
