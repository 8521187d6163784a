import type { ErrorLocation } from './errors.js';
import { formatLocation } from './errors.js';

export type Severity = 'error' | 'warning' | 'info';

/** One problem found while validating. Validation collects these instead of throwing. */
export interface Issue extends ErrorLocation {
  severity: Severity;
  /** Stable machine code, e.g. `CONFIG_SCHEMA`, `VOCAB_MISMATCH`. */
  code: string;
  message: string;
  /** What to do about it. */
  hint?: string | undefined;
}

/** Result of a validation step: never throws for bad input, only for I/O failures and bugs. */
export type ValidationResult<T> = { ok: true; value: T; warnings: Issue[] } | { ok: false; issues: Issue[]; warnings: Issue[] };

export function hasErrors(issues: readonly Issue[]): boolean {
  return issues.some((i) => i.severity === 'error');
}

/** Deterministic order for reports: errors first, then file, pointer, offset, code. */
export function sortIssues(issues: readonly Issue[]): Issue[] {
  const rank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
  return [...issues].sort(
    (a, b) =>
      rank[a.severity] - rank[b.severity] ||
      cmp(a.file ?? '', b.file ?? '') ||
      cmp(a.pointer ?? '', b.pointer ?? '') ||
      Number(a.offset ?? 0) - Number(b.offset ?? 0) ||
      cmp(a.code, b.code) ||
      cmp(a.message, b.message),
  );
}

export function formatIssue(i: Issue): string {
  const where = formatLocation(i);
  return `${i.severity} ${i.code}${where ? ` ${where}` : ''}: ${i.message}${i.hint ? ` (hint: ${i.hint})` : ''}`;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
