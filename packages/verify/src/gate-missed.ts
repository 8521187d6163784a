import type { GateMiss, VariantDType } from './parity-gates.js';
import type { VerifyProblem } from './verify-report.js';

/** A variant that misses its gate, every miss named (output, metric, value, limit). */
export function gateMissed(target: 'onnx' | 'tfjs', path: string, dtype: VariantDType, misses: readonly GateMiss[]): VerifyProblem {
  return {
    target,
    code: 'VERIFY_GATE_MISSED',
    message: `${path} (${dtype}) misses its parity gate: ${misses.map((m) => `${m.output} ${m.metric} ${String(m.value)} (gate ${String(m.limit)})`).join('; ')}`,
    file: path,
    ...(misses[0] ? { tensor: misses[0].output } : {}),
    hint: 'this variant is not accurate enough for this model; convert without it',
  };
}
