import { isReferencePassError } from './reference-error.js';
import type { ReferencePassErrorCode } from './reference-error.js';
import { resolveEncoderConfig } from './resolve-config.js';
import { ENCODER_TASKS, isEncoderTask } from './types.js';

export type ReferenceSupport = { ok: true } | { ok: false; reason: string; code: ReferencePassErrorCode };

/**
 * Whether `runReference` can run this config and task, judged from config.json alone (weights are
 * checked when the pass runs). Never throws for bad input: the reason says what is missing.
 */
export function referenceSupport(config: Record<string, unknown>, task: string): ReferenceSupport {
  if (!isEncoderTask(task)) {
    return { ok: false, code: 'REF_UNSUPPORTED', reason: `task "${task}" has no reference head (supported: ${ENCODER_TASKS.join(', ')})` };
  }
  try {
    resolveEncoderConfig(config);
    return { ok: true };
  } catch (e) {
    if (isReferencePassError(e)) return { ok: false, code: e.code, reason: e.message };
    throw e;
  }
}
