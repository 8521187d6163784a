import { jsonPointer } from '@mlpack/core';
import { ReferencePassError } from './reference-error.js';

/** Where config problems point: the file the config came from. */
export const CONFIG_FILE = 'config.json';

/** `REF_UNSUPPORTED` for a config field (given as path segments) whose value the witness does not implement. */
export function unsupportedField(path: string | readonly (string | number)[], message: string, hint?: string): ReferencePassError {
  return new ReferencePassError('REF_UNSUPPORTED', message, { file: CONFIG_FILE, pointer: pointerOf(path), hint });
}

/** `REF_BAD_CONFIG`: the field's value is not `want`. */
export function badField(path: string | readonly (string | number)[], want: string): ReferencePassError {
  const p = typeof path === 'string' ? [path] : path;
  return new ReferencePassError('REF_BAD_CONFIG', `${p.join('.')} must be ${want}`, { file: CONFIG_FILE, pointer: pointerOf(path) });
}

function pointerOf(path: string | readonly (string | number)[]): string {
  return typeof path === 'string' ? jsonPointer(path) : jsonPointer(...path);
}

/**
 * Typed access to the fields of a config object (config.json or a nested object such as
 * `rope_scaling`, whose path `at` prefixes every pointer): absent (or null, for defaults) →
 * default; wrong type → REF_BAD_CONFIG naming the field.
 */
export class FieldReader {
  constructor(
    private readonly config: Record<string, unknown>,
    /** Path of `config` inside config.json ([] for the file itself). */
    private readonly at: readonly string[] = [],
  ) {}

  has(key: string): boolean {
    const v = this.config[key];
    return v !== undefined && v !== null;
  }

  int(key: string, fallback: number, min: number): number {
    const v = this.config[key];
    if (v === undefined || v === null) return fallback;
    if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < min) throw badField([...this.at, key], `an integer >= ${min}`);
    return v;
  }

  intOrNull(key: string, fallback: number | null): number | null {
    const v = this.config[key];
    if (v === undefined) return fallback;
    if (v === null) return null;
    if (typeof v !== 'number' || !Number.isSafeInteger(v)) throw badField([...this.at, key], 'an integer or null');
    return v;
  }

  number(key: string, fallback: number): number {
    const v = this.config[key];
    if (v === undefined || v === null) return fallback;
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) throw badField([...this.at, key], 'a finite non-negative number');
    return v;
  }

  /** A finite number > 0 that must be present (no default exists). */
  requiredPositive(key: string): number {
    const v = this.config[key];
    if (typeof v !== 'number' || !Number.isFinite(v) || v <= 0) throw badField([...this.at, key], 'a finite number > 0');
    return v;
  }

  string(key: string, fallback: string): string {
    const v = this.config[key];
    if (v === undefined || v === null) return fallback;
    if (typeof v !== 'string') throw badField([...this.at, key], 'a string');
    return v;
  }

  bool(key: string, fallback: boolean): boolean {
    const v = this.config[key];
    if (v === undefined || v === null) return fallback;
    if (typeof v !== 'boolean') throw badField([...this.at, key], 'a boolean');
    return v;
  }
}

/** PretrainedConfig creates two labels when neither id2label nor num_labels is given. */
const DEFAULT_NUM_LABELS = 2;

/** Labels of classification heads, as PretrainedConfig counts them: `len(id2label)`, else `num_labels`, else 2. */
export function resolveNumLabels(config: Record<string, unknown>): number {
  const id2label = config['id2label'];
  if (id2label !== undefined && id2label !== null) {
    if (typeof id2label !== 'object' || Array.isArray(id2label)) throw badField('id2label', 'an object');
    const n = Object.keys(id2label).length;
    if (n === 0) throw new ReferencePassError('REF_BAD_CONFIG', 'id2label is empty', { file: CONFIG_FILE, pointer: '/id2label' });
    return n;
  }
  return new FieldReader(config).int('num_labels', DEFAULT_NUM_LABELS, 1);
}
