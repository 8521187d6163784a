import { readFileSync } from 'node:fs';

/**
 * Who owns a temp path: the pid plus the process start time, so that a later run can tell a
 * temp dir of a dead mlpack process (safe to remove) from one of a live process, even after the
 * pid has been reused. The start time is field 22 of `/proc/<pid>/stat` (clock ticks since boot);
 * where there is no `/proc` it is `0` and only the pid is checked.
 */
export interface ProcessMarker {
  pid: number;
  /** Decimal start time of the process (`0` when unknown). */
  start: string;
}

/** Field 22 (starttime) of /proc/<pid>/stat, counted after the `(comm)` field, which may hold spaces. */
const STAT_STARTTIME_AFTER_COMM = 22 - 3;

/** Start time of `pid` from /proc, or undefined when the process does not exist or /proc is absent. */
export function processStartTime(pid: number): string | undefined {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/stat`, 'latin1');
  } catch {
    return undefined;
  }
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
  const start = fields[STAT_STARTTIME_AFTER_COMM];
  return start !== undefined && /^[0-9]+$/.test(start) ? start : undefined;
}

let own: ProcessMarker | undefined;

/** This process's marker (computed once). */
export function currentMarker(): ProcessMarker {
  own ??= { pid: process.pid, start: processStartTime(process.pid) ?? '0' };
  return own;
}

/** `<pid>-<start>`: the form that temp names and lock files carry. */
export function markerText(m: ProcessMarker = currentMarker()): string {
  return `${m.pid}-${m.start}`;
}

/**
 * Whether the process a marker names is still running. With /proc, the start time must match too
 * (a reused pid is a different process); without /proc, a live pid counts as alive. A marker of
 * this very process is alive.
 */
export function isMarkerAlive(m: ProcessMarker): boolean {
  if (!Number.isSafeInteger(m.pid) || m.pid <= 0) return false;
  if (m.pid === process.pid) return m.start === currentMarker().start || m.start === '0';
  const start = processStartTime(m.pid);
  if (start !== undefined) return m.start === '0' || start === m.start;
  try {
    process.kill(m.pid, 0);
    return true;
  } catch (e) {
    // EPERM: the pid exists but belongs to another user.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
