import { open } from 'node:fs/promises';
import { join, relative, resolve, sep, isAbsolute } from 'node:path';
import { readExactly } from '@mlpack/core';
import type { Issue } from '@mlpack/core';
import { checkWeights, foreignFormatError, sniffForeignFormat } from '@mlpack/safetensors';
import type { WeightSet } from '@mlpack/safetensors';
import type { CheckTensor } from './checks/check-context.js';
import { checkRemoteCode } from './checks/check-remote-code.js';
import { checkWeightFiles, rootSafetensors } from './checks/check-weight-files.js';
import { runCrossChecks } from './checks/run-cross-checks.js';
import { loadDocument } from './load-document.js';
import type { DocumentName } from './load-document.js';
import type { ReadModelOptions } from './model-folder.js';
import { checkTaskName, resolveTask } from './resolve-task.js';
import type { TaskResolution } from './resolve-task.js';
import { readTokenizerFiles, summarizeTokenizer } from '@mlpack/tokenizers';
import type { TokenizerInfo } from '@mlpack/tokenizers';
import { walkModelFolder } from './walk-model-folder.js';
import type { ModelFile } from './walk-model-folder.js';

/** Everything learned about a folder, complete or not (internal: `readModelFolder` and `inspectModel` build on it). */
export interface FolderScan {
  dir: string;
  files: ModelFile[];
  config: Record<string, unknown> | undefined;
  resolution: TaskResolution | undefined;
  weights: WeightSet | undefined;
  tokenizer: TokenizerInfo | undefined;
  generationConfig: Record<string, unknown> | undefined;
  tokenizerConfig: Record<string, unknown> | undefined;
  specialTokensMap: Record<string, unknown> | undefined;
  /** Unsorted. */
  issues: Issue[];
}

const CONFIG_FILE = 'config.json';

/**
 * Walk, classify, parse, validate, open the weights and cross-check, collecting every problem.
 * Throws only for an unusable folder path, a bad `--task` (usage errors) and I/O failures.
 * The caller owns `weights` (close it).
 */
export async function scanModelFolder(dir: string, options: ReadModelOptions = {}): Promise<FolderScan> {
  // A usage error must come before any work.
  const override = options.task === undefined ? undefined : checkTaskName(options.task);
  const walk = await walkModelFolder(dir, { symlinkRoot: options.symlinkRoot });
  const issues: Issue[] = [...walk.issues];
  const files = walk.files;
  const has = (name: string): ModelFile | undefined => files.find((f) => f.path === name);
  const rejected = (name: string): boolean => walk.rejected.some((r) => r.path === name);

  const weightFiles = checkWeightFiles([...files, ...walk.rejected]);
  issues.push(...weightFiles.issues);

  const load = async (name: DocumentName): Promise<Record<string, unknown> | undefined> => {
    const f = has(name);
    if (f === undefined) return undefined;
    const r = await loadDocument(dir, f);
    issues.push(...r.issues);
    return r.value;
  };

  let config: Record<string, unknown> | undefined;
  if (has(CONFIG_FILE) === undefined) {
    if (!rejected(CONFIG_FILE)) {
      issues.push({
        severity: 'error',
        code: 'CONFIG_MISSING',
        file: CONFIG_FILE,
        message: 'config.json is missing: the architecture and sizes of the model are unknown',
        hint: 'download config.json from the model repository into the folder',
      });
    }
  } else {
    config = await load(CONFIG_FILE);
  }
  const generationConfig = await load('generation_config.json');
  const tokenizerConfig = await load('tokenizer_config.json');
  const specialTokensMap = await load('special_tokens_map.json');
  const tokenizerJson = await load('tokenizer.json');

  const tok = await readTokenizerFiles(dir, files);
  issues.push(...tok.issues);
  const tokenizerFacts = summarizeTokenizer({ ...tok.inputs, tokenizerJson });

  const resolution = config === undefined ? undefined : resolveTask(config, override);
  if (resolution !== undefined) issues.push(...resolution.issues);

  let weights: WeightSet | undefined;
  const unsafeWeights = walk.rejected.some((r) => !r.path.includes('/') && (r.kind === 'safetensors' || r.kind === 'safetensors-index'));
  if (weightFiles.hasSafetensors && !unsafeWeights) {
    // Every bad shard and every bad index entry is its own issue (not only the first one).
    const checked = await checkWeights(dir, { allowSymlinksOutside: options.symlinkRoot !== undefined });
    weights = checked.weights;
    for (const e of checked.problems) {
      issues.push({
        severity: 'error',
        code: e.code,
        file: e.file === undefined || folderRelative(dir, e.file) === '.' ? undefined : folderRelative(dir, e.file),
        pointer: e.pointer,
        offset: e.offset,
        tensor: e.tensor,
        message: e.detail,
        hint: e.hint,
      });
    }
  }
  try {
    if (weights !== undefined) {
      const used = new Set(weights.files.map((f) => folderRelative(dir, f)));
      if (weights.indexFile !== undefined) used.add(folderRelative(dir, weights.indexFile));
      const unused = rootSafetensors(files).filter((f) => !used.has(f.path));
      if (unused.length > 0) {
        issues.push({
          severity: 'warning',
          code: 'UNUSED_SAFETENSORS',
          file: unused[0]!.path,
          message: `safetensors file(s) not part of the model's weights, ignored: ${unused.map((f) => f.path).join(', ')}`,
          hint: 'only model.safetensors or the shards listed in model.safetensors.index.json are read',
        });
      }
    }

    issues.push(...(await sniffOtherSafetensors(dir, files, weights, issues)));

    if (config !== undefined && resolution !== undefined) {
      const tensors: CheckTensor[] | undefined =
        weights === undefined
          ? undefined
          : [...weights.tensors.values()].map((t) => ({ name: t.name, dtype: t.dtype, shape: t.shape, file: folderRelative(dir, t.file) }));
      issues.push(
        ...runCrossChecks({
          config,
          configFile: CONFIG_FILE,
          resolution,
          tensors,
          tokenizer: tokenizerFacts,
          generationConfig,
          tokenizerConfig,
          specialTokensMap,
        }),
      );
    }
    issues.push(...checkRemoteCode(config, files, CONFIG_FILE));
  } catch (e) {
    // A bug past this point must not leak the weights' file handles.
    await weights?.close();
    throw e;
  }

  return {
    dir,
    files,
    config,
    resolution,
    weights,
    tokenizer: tokenizerFacts.info,
    generationConfig,
    tokenizerConfig,
    specialTokensMap,
    issues,
  };
}

/** Bytes enough for `sniffForeignFormat` (the u64 length and the first header bytes). */
const SNIFF_BYTES = 16;

/**
 * `ST_FOREIGN_FORMAT` for every `*.safetensors` the weights did not open (extra files, files in
 * sub-folders, everything when the weights failed) whose first bytes are a pickle, zip or gzip:
 * such a file is a disguised checkpoint, whether or not mlpack would use it. Reads 16 bytes each.
 */
async function sniffOtherSafetensors(dir: string, files: readonly ModelFile[], weights: WeightSet | undefined, known: readonly Issue[]): Promise<Issue[]> {
  const opened = new Set(weights?.files.map((f) => folderRelative(dir, f)) ?? []);
  const reported = new Set(known.filter((i) => i.code === 'ST_FOREIGN_FORMAT').map((i) => i.file));
  const issues: Issue[] = [];
  for (const f of files) {
    if (f.kind !== 'safetensors' || !f.regular || opened.has(f.path) || reported.has(f.path)) continue;
    let head: Uint8Array;
    try {
      const handle = await open(join(dir, f.path), 'r');
      try {
        head = await readExactly(handle, 0, Math.min(SNIFF_BYTES, f.size));
      } finally {
        await handle.close();
      }
    } catch {
      continue; // unreadable: nothing to sniff (the weights reader reports files it needs)
    }
    const format = sniffForeignFormat(head);
    if (format === undefined) continue;
    const e = foreignFormatError(format, f.path);
    issues.push({ severity: 'error', code: e.code, file: f.path, offset: 0, message: e.detail, hint: e.hint });
  }
  return issues;
}

/**
 * `file` (absolute, or relative to the working directory as in reader errors) relative to the
 * folder, `/`-separated; `.` for the folder itself; as given when outside it.
 */
export function folderRelative(dir: string, file: string): string {
  const back = relative(resolve(dir), resolve(file));
  if (back === '') return '.';
  if (back === '..' || back.startsWith(`..${sep}`) || isAbsolute(back)) return file;
  return back.split(sep).join('/');
}
