import { jsonPointer } from '@mlpack/core';
import type { Issue } from '@mlpack/core';
import { positiveInt } from './check-context.js';
import type { CheckContext } from './check-context.js';

/** transformers' `PretrainedConfig` default when neither num_labels nor id2label is given. */
export const DEFAULT_NUM_LABELS = 2;

/**
 * Number of labels transformers would use: `num_labels`, else the size of `id2label` (or
 * `label2id`), else 2.
 */
export function effectiveNumLabels(config: Record<string, unknown>): number {
  return positiveInt(config.num_labels) ?? objectSize(config.id2label) ?? objectSize(config.label2id) ?? DEFAULT_NUM_LABELS;
}

/**
 * `LABELS_INCONSISTENT`: id2label keys are exactly the ids 0..n-1, label2id is its inverse, and
 * num_labels (when given) equals n.
 */
export function checkLabels(ctx: CheckContext): Issue[] {
  const c = ctx.config;
  const file = ctx.configFile;
  const issues: Issue[] = [];
  const bad = (pointer: string, message: string, hint: string): void => {
    issues.push({ severity: 'error', code: 'LABELS_INCONSISTENT', file, pointer, message, hint });
  };

  const id2label = asObject(c.id2label);
  const label2id = asObject(c.label2id);
  const numLabels = positiveInt(c.num_labels);

  if (id2label !== undefined) {
    const keys = Object.keys(id2label);
    const n = keys.length;
    for (const key of keys) {
      const isDecimal = /^(0|[1-9][0-9]*)$/.test(key);
      if (!isDecimal || Number(key) >= n) {
        bad(
          jsonPointer('id2label', key),
          isDecimal ? `label id ${key} is outside 0..${n - 1} (${n} labels)` : `label id "${key}" is not a decimal integer`,
          `id2label keys must be the ids 0..${n - 1}, each once`,
        );
      }
    }
    if (numLabels !== undefined && numLabels !== n) {
      bad(jsonPointer('num_labels'), `num_labels is ${numLabels} but id2label has ${n} labels`, `set num_labels to ${n} or fix id2label`);
    }
    if (label2id !== undefined) {
      const m = Object.keys(label2id).length;
      if (m !== n) {
        bad(jsonPointer('label2id'), `label2id has ${m} labels but id2label has ${n}`, 'label2id must be the inverse of id2label');
      }
      for (const [id, label] of Object.entries(id2label)) {
        if (typeof label !== 'string') continue;
        // Own keys only: a label such as "toString" must not find Object.prototype's method.
        const back = Object.hasOwn(label2id, label) ? label2id[label] : undefined;
        if (back === undefined) {
          bad(jsonPointer('id2label', id), `label "${label}" (id ${id}) is missing from label2id`, 'label2id must be the inverse of id2label');
        } else if (!((typeof back === 'number' || typeof back === 'string') && String(back) === id)) {
          bad(
            jsonPointer('label2id', label),
            `label2id maps "${label}" to ${JSON.stringify(back)} but id2label gives it id ${id}`,
            'label2id must be the inverse of id2label',
          );
        }
      }
    }
  } else if (label2id !== undefined && numLabels !== undefined && Object.keys(label2id).length !== numLabels) {
    bad(
      jsonPointer('num_labels'),
      `num_labels is ${numLabels} but label2id has ${Object.keys(label2id).length} labels`,
      'make num_labels equal the number of labels',
    );
  }
  return issues;
}

function asObject(v: unknown): Record<string, unknown> | undefined {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
}

function objectSize(v: unknown): number | undefined {
  const o = asObject(v);
  const n = o === undefined ? 0 : Object.keys(o).length;
  return n > 0 ? n : undefined;
}
