import { MlpackError } from '@mlpack/core';
import { checkOnnxOps, createIsolatedOnnxRunner } from '@mlpack/verify';
import type { Runner } from '@mlpack/verify';
import { BundleError } from './bundle-error.js';

/**
 * The converted model in onnxruntime, as verify opens an untrusted one: its operators checked
 * against what the family can contain, then loaded in a child process with a time limit (which
 * also keeps a multi-GB model's weights out of this process).
 */
export async function openOnnx(o: { onnxPath: string; modelType: string | undefined; timeoutMs?: number | undefined }): Promise<Runner> {
  await checkOnnxOps(o.onnxPath, o.modelType);
  return createIsolatedOnnxRunner(o.onnxPath, { timeoutMs: o.timeoutMs });
}

/**
 * A failure to load or run the converted model as a bundle error: refused operators are
 * `BUNDLE_MODEL_REFUSED`, a run past its time limit `BUNDLE_RUN_TIMEOUT`, anything else
 * `BUNDLE_RUN_FAILED` (`what` says which step failed).
 */
export function onnxRunFailure(cause: unknown, file: string, what: string): BundleError {
  const code = cause instanceof MlpackError ? String(cause.code) : undefined;
  const detail = cause instanceof MlpackError ? `[${cause.code}] ${cause.detail}` : cause instanceof Error ? cause.message : String(cause);
  if (code === 'ONNX_OP_NOT_ALLOWED' || code === 'ONNX_UNREADABLE') {
    return new BundleError('BUNDLE_MODEL_REFUSED', `the converted model was not run: ${detail}`, {
      file,
      cause,
      hint: 'mlpack conversions never hold these operators; convert the model again with mlpack',
    });
  }
  if (code === 'ORT_TIMEOUT') {
    return new BundleError('BUNDLE_RUN_TIMEOUT', `${what} took longer than the time limit: ${detail}`, {
      file,
      cause,
      hint: 'raise --timeout for a large model',
    });
  }
  return new BundleError('BUNDLE_RUN_FAILED', `${what} failed: ${detail}`, { file, cause });
}
