import type { Issue } from '@mlpack/core';
import { isTrainingStateFile } from '../classify-file.js';
import type { FileKind } from '../classify-file.js';

/** The parts of a file these checks look at. */
export interface FileEntry {
  path: string;
  kind: FileKind;
}

/** How many file names one issue lists before "and N more". */
const MAX_FILES_LISTED = 10;

/** Weight files at the folder root that `openWeights` may use. */
export function rootSafetensors(files: readonly FileEntry[]): FileEntry[] {
  return files.filter((f) => !f.path.includes('/') && (f.kind === 'safetensors' || f.kind === 'safetensors-index'));
}

/**
 * Which weights a folder offers, without opening any of them:
 * - safetensors present: pickles are listed in a `PICKLE_IGNORED` warning (never opened);
 * - no safetensors but pickled weights: `PICKLE_ONLY` error (convert with a trusted tool first);
 * - neither: `NO_SAFETENSORS` error naming the other weight files (TF, Flax, GGUF…) if any.
 * Existing ONNX files get an `ONNX_IGNORED` info, sub-folders a `SUBFOLDER_IGNORED` info each.
 * Returns whether root safetensors exist (then the caller opens them).
 */
export function checkWeightFiles(files: readonly FileEntry[]): { issues: Issue[]; hasSafetensors: boolean } {
  const issues: Issue[] = [];
  const hasSafetensors = rootSafetensors(files).length > 0;
  const pickles = files.filter((f) => f.kind === 'pickle' || f.kind === 'pickle-index').map((f) => f.path);
  const pickledWeights = pickles.filter((p) => !isTrainingStateFile(p));
  const unsupported = files.filter((f) => f.kind === 'unsupported-weights').map((f) => f.path);
  const onnx = files.filter((f) => f.kind === 'onnx').map((f) => f.path);

  if (hasSafetensors) {
    if (pickles.length > 0) {
      issues.push({
        severity: 'warning',
        code: 'PICKLE_IGNORED',
        file: pickles[0],
        message: `pickle file(s) ignored, never opened: ${list(pickles)}`,
        hint: 'mlpack reads only the safetensors weights; you can delete the pickles',
      });
    }
  } else if (pickledWeights.length > 0) {
    issues.push({
      severity: 'error',
      code: 'PICKLE_ONLY',
      file: pickledWeights[0],
      message: `the weights are only in pickle format (${list(pickledWeights)}); mlpack never opens pickles because loading one can run arbitrary code`,
      hint:
        'convert the folder to safetensors with a trusted tool first, e.g. the Hugging Face "convert" Space ' +
        '(safetensors/convert) or torch.load + safetensors.torch.save_file run inside a sandbox',
    });
  } else {
    issues.push({
      severity: 'error',
      code: 'NO_SAFETENSORS',
      file: unsupported[0],
      message:
        unsupported.length > 0
          ? `no safetensors weights; found only formats mlpack cannot convert from: ${list(unsupported)}`
          : 'no weights: neither model.safetensors nor model.safetensors.index.json is in the folder',
      hint: 'export the model to safetensors (model.save_pretrained(dir, safe_serialization=True)) and try again',
    });
  }

  if (onnx.length > 0) {
    issues.push({
      severity: 'info',
      code: 'ONNX_IGNORED',
      file: onnx[0],
      message: `existing ONNX file(s) ignored: ${list(onnx)}`,
    });
  }

  const subfolders = [...new Set(files.filter((f) => f.path.includes('/')).map((f) => f.path.split('/')[0]!))].sort();
  for (const sub of subfolders) {
    const inside = files.filter((f) => f.path.startsWith(`${sub}/`));
    const sentenceTransformers = /^\d+_[A-Za-z]+$/.test(sub);
    issues.push({
      severity: 'info',
      code: 'SUBFOLDER_IGNORED',
      file: `${sub}/`,
      message: `${sentenceTransformers ? 'sentence-transformers module' : 'sub-folder'} ${sub}/ (${inside.length} file(s)) is not part of the transformers model and is ignored`,
    });
  }
  return { issues, hasSafetensors };
}

function list(paths: readonly string[]): string {
  const shown = paths.slice(0, MAX_FILES_LISTED).join(', ');
  return paths.length > MAX_FILES_LISTED ? `${shown} and ${paths.length - MAX_FILES_LISTED} more` : shown;
}
