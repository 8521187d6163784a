import { jsonPointer } from '@mlpack/core';
import { ArchitectureError } from './architecture-error.js';

/** File name errors about config values point into. */
export const CONFIG_FILE = 'config.json';

/** transformers' `PretrainedConfig` default when a config has neither `id2label` nor `num_labels`. */
export const DEFAULT_NUM_LABELS = 2;

/**
 * Typed, pointer-aware reads of `config.json` values with the configuration class's defaults.
 * A present value of the wrong type or out of range is `ARCH_BAD_CONFIG` naming its JSON pointer;
 * an absent one (or `null` where transformers treats it as unset) takes the default.
 */
export class ConfigReader {
  constructor(readonly config: Readonly<Record<string, unknown>>) {}

  /** The first of `keys` present in the config (aliases such as DistilBERT's `dim` / `hidden_size`). */
  #pick(keys: string | readonly string[]): { key: string; value: unknown } {
    const list = typeof keys === 'string' ? [keys] : keys;
    for (const key of list) {
      if (Object.hasOwn(this.config, key) && this.config[key] !== undefined) return { key, value: this.config[key] };
    }
    return { key: list[0]!, value: undefined };
  }

  /** An integer >= `min` (default 1). */
  int(keys: string | readonly string[], fallback: number, min = 1): number {
    const { key, value } = this.#pick(keys);
    if (value === undefined) return fallback;
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min) {
      throw this.bad(key, `must be an integer >= ${min}, got ${JSON.stringify(value)}`);
    }
    return value;
  }

  /** An integer of any sign (token ids). */
  anyInt(keys: string | readonly string[], fallback: number): number {
    return this.int(keys, fallback, Number.MIN_SAFE_INTEGER);
  }

  /** A finite number > 0 (epsilons). */
  positive(keys: string | readonly string[], fallback: number): number {
    const { key, value } = this.#pick(keys);
    if (value === undefined) return fallback;
    if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
      throw this.bad(key, `must be a positive number, got ${JSON.stringify(value)}`);
    }
    return value;
  }

  string(keys: string | readonly string[], fallback: string): string {
    const { key, value } = this.#pick(keys);
    if (value === undefined) return fallback;
    if (typeof value !== 'string') throw this.bad(key, `must be a string, got ${JSON.stringify(value)}`);
    return value;
  }

  /** A boolean; `null` counts as unset. */
  bool(key: string, fallback: boolean): boolean {
    const value = this.config[key];
    if (value === undefined || value === null) return fallback;
    if (typeof value !== 'boolean') throw this.bad(key, `must be true or false, got ${JSON.stringify(value)}`);
    return value;
  }

  /** `len(id2label)`, else `num_labels`, else 2 — as `PretrainedConfig` resolves it. */
  numLabels(): number {
    const id2label = this.config['id2label'];
    if (id2label !== undefined && id2label !== null) {
      if (typeof id2label !== 'object' || Array.isArray(id2label)) {
        throw this.bad('id2label', 'must be an object mapping label ids to names');
      }
      const n = Object.keys(id2label).length;
      if (n === 0) throw this.bad('id2label', 'must name at least one label');
      return n;
    }
    return this.int('num_labels', DEFAULT_NUM_LABELS);
  }

  /** `ARCH_BAD_CONFIG` at `/key`. */
  bad(key: string, message: string, hint?: string): ArchitectureError {
    return new ArchitectureError('ARCH_BAD_CONFIG', `${key} ${message}`, {
      file: CONFIG_FILE,
      pointer: jsonPointer(key),
      hint: hint ?? 'fix the value in config.json (see the transformers configuration class for its meaning)',
    });
  }

  /** `ARCH_UNSUPPORTED` at `/key` for a valid setting no builder implements. */
  unsupported(key: string, message: string, hint: string): ArchitectureError {
    return new ArchitectureError('ARCH_UNSUPPORTED', `${key} ${message}`, { file: CONFIG_FILE, pointer: jsonPointer(key), hint });
  }
}
