import { DECODER_REFERENCE_FAMILIES, isDecoderFamily } from './decoder-families.js';
import { DECODER_TASKS, isDecoderTask } from './decoder-types.js';
import { isReferencePassError } from './reference-error.js';
import type { ReferencePassErrorCode } from './reference-error.js';
import { resolveDecoderConfig } from './resolve-decoder-config.js';
import { resolveEncoderConfig } from './resolve-config.js';
import { ENCODER_TASKS, isEncoderTask } from './types.js';

export type ReferenceSupport = { ok: true } | { ok: false; reason: string; code: ReferencePassErrorCode };

/**
 * Whether the reference can run this config and task — `runReference` for encoder families,
 * `runDecoderReference` for decoder families (`DECODER_REFERENCE_FAMILIES`) — judged from
 * config.json alone (weights are checked when the pass runs). Never throws for bad input: the
 * reason says what is missing.
 */
export function referenceSupport(config: Record<string, unknown>, task: string): ReferenceSupport {
  const decoder = isDecoderFamily(config['model_type']);
  const tasks: readonly string[] = decoder ? DECODER_TASKS : ENCODER_TASKS;
  if (decoder ? !isDecoderTask(task) : !isEncoderTask(task)) {
    const kind = decoder ? `decoder (${DECODER_REFERENCE_FAMILIES.join(', ')})` : 'encoder';
    return { ok: false, code: 'REF_UNSUPPORTED', reason: `task "${task}" has no reference head for ${kind} models (supported: ${tasks.join(', ')})` };
  }
  try {
    if (decoder) resolveDecoderConfig(config);
    else resolveEncoderConfig(config);
    return { ok: true };
  } catch (e) {
    if (isReferencePassError(e)) return { ok: false, code: e.code, reason: e.message };
    throw e;
  }
}
