import { hasErrors, sortIssues } from '@mlpack/core';
import type { HfConfig } from '@mlpack/schema';
import type { ModelFolder, ReadModelOptions, ReadModelResult } from './model-folder.js';
import { scanModelFolder } from './scan-model-folder.js';

/**
 * Read a Hugging Face model folder safely: classify every file, refuse pickles without opening
 * them, parse and validate the JSON documents, open the safetensors weights (headers only) and
 * cross-check config, tokenizer and tensors. Every problem is collected (`issues`, sorted); the
 * folder is returned only when there is no error — then the caller must `close()` it.
 *
 * Throws `UsageError` for an unknown `options.task`, `ModelError` when `dir` is not a folder, and
 * I/O errors; bad model content never throws.
 */
export async function readModelFolder(dir: string, options: ReadModelOptions = {}): Promise<ReadModelResult> {
  const scan = await scanModelFolder(dir, options);
  const issues = sortIssues(scan.issues);
  const { weights, config, resolution } = scan;
  if (hasErrors(issues) || weights === undefined || config === undefined || resolution === undefined) {
    await weights?.close();
    return { ok: false, issues };
  }
  const folder: ModelFolder = {
    dir,
    files: scan.files,
    // No error means every document passed its schema: the values have the schema's types.
    config: config as HfConfig,
    modelType: typeof config.model_type === 'string' ? config.model_type : undefined,
    architecture: resolution.architecture,
    family: resolution.family,
    task: resolution.task,
    head: resolution.head,
    weights,
    tokenizer: scan.tokenizer,
    generationConfig: scan.generationConfig,
    tokenizerConfig: scan.tokenizerConfig,
    specialTokensMap: scan.specialTokensMap,
    warnings: issues,
    close: () => weights.close(),
  };
  return { ok: true, folder, issues };
}
