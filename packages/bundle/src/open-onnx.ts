import { MlpackError } from '@mlpack/core';
import { checkOnnxOps, createIsolatedOnnxRunner } from '@mlpack/verify';
import type { Runner } from '@mlpack/verify';
import { BundleError } from './bundle-error.js';
import { causeMessage } from './cause-message.js';

/**
 * The converted model in onnxruntime, as verify opens an untrusted one: its operators checked
 * against what the family can contain, then loaded in a child process with a time limit (which
 * also keeps a multi-GB model's weights out of this process).
 */
export async function openOnnx(o: { onnxPath: string; modelType: string | undefined; timeoutMs?: number | undefined; name?: string }): Promise<Runner> {
  await checkOnnxOps(o.onnxPath, o.modelType);
  return createIsolatedOnnxRunner(o.onnxPath, { timeoutMs: o.timeoutMs, name: o.name });
}

/** A failure to load or run a model in onnxruntime, as a bundle problem: code and message. */
export interface OnnxRunProblem {
  code: 'BUNDLE_MODEL_REFUSED' | 'BUNDLE_RUN_TIMEOUT' | 'BUNDLE_RUN_FAILED';
  message: string;
  hint?: string;
}

/**
 * What went wrong opening or running `what` (e.g. "the fp16 variant"): operators refused before
 * loading are `BUNDLE_MODEL_REFUSED`, a load or run past its time limit `BUNDLE_RUN_TIMEOUT`,
 * anything else `BUNDLE_RUN_FAILED`. One mapping for bundling and for verifying a bundle.
 */
export function onnxRunProblem(cause: unknown, what: string): OnnxRunProblem {
  const code = cause instanceof MlpackError ? String(cause.code) : undefined;
  const detail = causeMessage(cause);
  if (code === 'ONNX_OP_NOT_ALLOWED' || code === 'ONNX_UNREADABLE') {
    return {
      code: 'BUNDLE_MODEL_REFUSED',
      message: `${what} was not run: ${detail}`,
      hint: 'mlpack conversions never hold these operators; convert the model again with mlpack',
    };
  }
  if (code === 'ORT_TIMEOUT')
    return { code: 'BUNDLE_RUN_TIMEOUT', message: `${what} took longer than the time limit: ${detail}`, hint: 'raise --timeout for a large model' };
  return { code: 'BUNDLE_RUN_FAILED', message: `onnxruntime could not run ${what}: ${detail}` };
}

/** `onnxRunProblem` thrown as a BundleError naming `file` (bundling stops at the first one). */
export function onnxRunFailure(cause: unknown, file: string, what: string): BundleError {
  const p = onnxRunProblem(cause, what);
  return new BundleError(p.code, p.message, { file, cause, ...(p.hint ? { hint: p.hint } : {}) });
}
