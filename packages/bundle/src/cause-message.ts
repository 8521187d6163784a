import { MlpackError } from '@mlpack/core';

/** A caught error as one line inside a bundle message: `[CODE] detail` for coded errors. */
export function causeMessage(e: unknown): string {
  if (e instanceof MlpackError) return `[${e.code}] ${e.detail}`;
  return e instanceof Error ? e.message : String(e);
}
