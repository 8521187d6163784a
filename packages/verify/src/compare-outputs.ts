import type { HostTensorMap } from '@mlpack/core';
import { compareTensors } from './compare.js';
import type { TensorComparison } from './compare.js';

export interface CompareOutputsOptions {
  /** Absolute tolerance. */
  atol: number;
  /** Relative tolerance (times |expected|). */
  rtol: number;
  /** Outputs to compare (default: every expected output), compared in sorted order. */
  outputs?: readonly string[];
}

/** One output's comparison, named. */
export interface OutputComparison extends TensorComparison {
  output: string;
}

export interface OutputsComparison {
  /** Every output present on both sides, sorted by name. */
  comparisons: OutputComparison[];
  /** Outputs asked for but absent from the actual (`actual`) or the expected (`expected`) side. */
  missing: Array<{ output: string; side: 'actual' | 'expected' }>;
  /** All compared outputs passed and none was missing. */
  ok: boolean;
}

/** Outputs whose last axis is a class/vocabulary axis, where argmax agreement means something. */
export function isLogitsOutput(name: string): boolean {
  return name === 'logits' || name.endsWith('_logits') || name.endsWith('.logits');
}

/** Compare a runner's outputs with expected ones, output by output (argmax agreement for logits). */
export function compareOutputs(actual: HostTensorMap, expected: HostTensorMap, options: CompareOutputsOptions): OutputsComparison {
  const names = [...(options.outputs ?? Object.keys(expected))].sort();
  const comparisons: OutputComparison[] = [];
  const missing: OutputsComparison['missing'] = [];
  for (const output of names) {
    const a = actual[output];
    const e = expected[output];
    if (!a) missing.push({ output, side: 'actual' });
    if (!e) missing.push({ output, side: 'expected' });
    if (!a || !e) continue;
    const c = compareTensors(a, e, { atol: options.atol, rtol: options.rtol, argmax: isLogitsOutput(output) });
    comparisons.push({ output, ...c });
  }
  return { comparisons, missing, ok: missing.length === 0 && comparisons.every((c) => c.ok) };
}
