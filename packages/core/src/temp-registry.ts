import { randomBytes } from 'node:crypto';
import { lstatSync, rmSync } from 'node:fs';
import { lstat, readFile, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { isMarkerAlive, markerText } from './process-marker.js';
import type { ProcessMarker } from './process-marker.js';

/**
 * Every temp file or directory mlpack creates is named `<stem>.mlpack-tmp-<pid>-<start>-<random>`
 * (or `…-old` for a replaced output on its way out; `.mlpack-lock` for an output lock) and is
 * registered here while it exists. The registry is emptied on SIGINT/SIGTERM/SIGHUP and on every
 * error path; a name that survives a SIGKILL carries its owner's pid and start time, so the next
 * run that writes to the same place (`sweepStaleTemps`) removes it once that process is gone.
 */
const registered = new Set<string>();

/** Infix of every temp name; a name holding it is mlpack's to clean up when its owner is dead. */
export const TEMP_INFIX = '.mlpack-tmp-';

/**
 * `<pid>-<start>` after the infix, then a hex suffix and optional `-old`. Legacy names of older
 * versions (`.mlpack-tmp-<pid>-<hex>`, no start time) match with start `0`.
 */
const TEMP_NAME = /\.mlpack-tmp-([0-9]+)-([0-9]+)-[0-9a-f]+(?:-old)?$|\.mlpack-tmp-([0-9]+)-[0-9a-f]{8}(?:-old)?$/;
/** Suffix of an output lock file (`.<name>.mlpack-lock`, holding its owner's `<pid>-<start>`). */
export const LOCK_SUFFIX = '.mlpack-lock';
/** Largest lock file read (it holds two decimal numbers). */
const LOCK_MAX_BYTES = 64;

/** A fresh temp name for `stem` (usually `.<basename of the final path>`), carrying this process's marker. */
export function tempName(stem: string): string {
  return `${stem}${TEMP_INFIX}${markerText()}-${randomBytes(4).toString('hex')}`;
}

/** Track `path` for removal on a signal or `removeRegisteredTemps()`. */
export function registerTemp(path: string): void {
  registered.add(path);
}

/** Stop tracking `path` (it was renamed into place or removed). */
export function releaseTemp(path: string): void {
  registered.delete(path);
}

/** The paths currently registered (sorted), for tests and diagnostics. */
export function registeredTemps(): string[] {
  return [...registered].sort();
}

/** Longest this process waits, on its way out, for its temp paths to stay removed. */
const REMOVAL_ATTEMPTS = 20;
const REMOVAL_PAUSE_MS = 10;

/**
 * Remove every registered temp path now, synchronously (a signal handler cannot await), newest
 * first so that a lock goes after the directory it guards. Writes already queued on libuv's thread
 * pool keep running while this blocks the JS thread, and one of them may create a file in a
 * directory being removed (its rmdir then fails with ENOTEMPTY, which rmSync's own retries do not
 * repair): so the removal repeats until every path is still gone after a short pause. Errors are
 * ignored: this is cleanup on the way out.
 */
export function removeRegisteredTemps(): void {
  const paths = [...registered].reverse();
  if (paths.length === 0) return;
  for (let attempt = 0; attempt < REMOVAL_ATTEMPTS; attempt++) {
    for (const p of paths) {
      try {
        rmSync(p, { recursive: true, force: true });
      } catch {
        // retried below while it is still there
      }
    }
    pauseSync(REMOVAL_PAUSE_MS);
    if (paths.every((p) => lstatSync(p, { throwIfNoEntry: false }) === undefined)) break;
  }
  for (const p of paths) registered.delete(p);
}

function pauseSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Exit statuses for the signals handled, 128 + signal number as shells report them. */
export const SIGNAL_EXIT_CODES = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;

let installed = false;

export interface SignalCleanupOptions {
  /** Called after cleanup instead of `process.exit(code)` (tests). */
  exit?: ((code: number) => void) | undefined;
  /** Called once per signal before cleanup, e.g. to print a line. */
  onSignal?: ((signal: keyof typeof SIGNAL_EXIT_CODES) => void) | undefined;
}

/**
 * On SIGINT, SIGTERM and SIGHUP: remove every registered temp path, then exit with 130 / 143 / 129.
 * Installs once per process (later calls are ignored).
 */
export function installSignalCleanup(options: SignalCleanupOptions = {}): void {
  if (installed) return;
  installed = true;
  for (const signal of Object.keys(SIGNAL_EXIT_CODES) as (keyof typeof SIGNAL_EXIT_CODES)[]) {
    process.on(signal, () => {
      options.onSignal?.(signal);
      removeRegisteredTemps();
      (options.exit ?? ((code: number) => process.exit(code)))(SIGNAL_EXIT_CODES[signal]);
    });
  }
  // Normal exits (also process.exit after an uncaught error) leave nothing behind either.
  process.on('exit', removeRegisteredTemps);
}

/** The owner of a temp name, or undefined when the name is not one of mlpack's temp names. */
export function tempOwner(name: string): ProcessMarker | undefined {
  const m = TEMP_NAME.exec(name);
  if (!m) return undefined;
  return m[1] !== undefined ? { pid: Number(m[1]), start: m[2]! } : { pid: Number(m[3]), start: '0' };
}

/**
 * Remove the temp files and directories left in `dir` by mlpack processes that are no longer
 * running (a SIGKILL, a power cut). Entries of live processes, and anything not named like an
 * mlpack temp, are left alone; symlinks are removed, never followed. Returns the removed names.
 * A missing or unreadable `dir` sweeps nothing.
 */
export async function sweepStaleTemps(dir: string): Promise<string[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const removed: string[] = [];
  for (const name of names.sort()) {
    const owner = name.endsWith(LOCK_SUFFIX) ? await readLockOwner(join(dir, name)) : tempOwner(name);
    if (!owner || isMarkerAlive(owner)) continue;
    const path = join(dir, name);
    if (!(await lstat(path).catch(() => undefined))) continue;
    await rm(path, { recursive: true, force: true }).then(
      () => removed.push(name),
      () => undefined,
    );
  }
  return removed;
}

/**
 * The owner recorded in a lock file, or undefined when it is not a regular small file holding
 * `<pid>-<start>` (then it is not ours to remove).
 */
export async function readLockOwner(path: string): Promise<ProcessMarker | undefined> {
  const st = await lstat(path).catch(() => undefined);
  if (!st?.isFile() || st.size > LOCK_MAX_BYTES) return undefined;
  const text = await readFile(path, 'latin1').catch(() => '');
  const m = /^([0-9]+)-([0-9]+)\n?$/.exec(text);
  return m ? { pid: Number(m[1]), start: m[2]! } : undefined;
}
