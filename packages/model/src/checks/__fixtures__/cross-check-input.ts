import type { DType } from '@mlpack/core';
import { resolveTask } from '../../resolve-task.js';
import type { CheckTensor, CrossCheckInput } from '../check-context.js';

/** Test helper (not exported from the package): a cross-check input from a config and tensor shapes. */
export function input(
  config: Record<string, unknown>,
  tensors: Record<string, readonly number[] | { dtype: DType; shape: readonly number[] }>,
  extra: Partial<CrossCheckInput> = {},
): CrossCheckInput {
  const list: CheckTensor[] = Object.entries(tensors).map(([name, t]) =>
    Array.isArray(t)
      ? { name, dtype: 'F32', shape: t, file: 'model.safetensors' }
      : { name, ...(t as { dtype: DType; shape: readonly number[] }), file: 'model.safetensors' },
  );
  return { config, resolution: resolveTask(config), tensors: list, ...extra };
}
