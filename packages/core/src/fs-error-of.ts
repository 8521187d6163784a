import { FsError } from './fs.js';
import type { FsErrorCode } from './fs.js';
import { MlpackError } from './errors.js';

/** Node's errno codes → our code and what the user can do (`{path}` is replaced by the path). */
const ERRNO: Readonly<Record<string, { code: FsErrorCode; what: string; hint: string }>> = {
  EACCES: {
    code: 'FS_PERMISSION_DENIED',
    what: 'permission denied',
    hint: 'check the permissions of {path} and its parent directories, or choose another path',
  },
  EPERM: {
    code: 'FS_PERMISSION_DENIED',
    what: 'operation not permitted',
    hint: 'check the permissions of {path} and its parent directories, or choose another path',
  },
  EROFS: { code: 'FS_READ_ONLY', what: 'the filesystem is read-only', hint: 'write to a path on a writable filesystem' },
  ENOTDIR: {
    code: 'FS_NOT_A_DIRECTORY',
    what: 'a part of the path is not a directory',
    hint: 'every component of {path} before the last must be a directory; choose another path',
  },
  EISDIR: { code: 'FS_IS_A_DIRECTORY', what: 'is a directory where a file is needed', hint: 'name a file, not a directory' },
  ENOSPC: {
    code: 'FS_NO_SPACE',
    what: 'no space left on the device',
    hint: 'free disk space where {path} lives, or write elsewhere; partial output was removed',
  },
  EDQUOT: { code: 'FS_NO_SPACE', what: 'disk quota exceeded', hint: 'free space within your quota, or write elsewhere; partial output was removed' },
  EFBIG: { code: 'FS_NO_SPACE', what: 'file too large for the filesystem', hint: 'write to a filesystem that holds large files' },
  ENOENT: { code: 'FS_NOT_FOUND', what: 'no such file or directory', hint: 'check that {path} (and its parent directory) exists' },
  EEXIST: { code: 'FS_EXISTS', what: 'already exists', hint: 'choose another path, or remove the existing one' },
  ENOTEMPTY: { code: 'FS_EXISTS', what: 'directory not empty', hint: 'choose another path, or remove the existing one' },
  ENAMETOOLONG: { code: 'FS_NAME_TOO_LONG', what: 'file name too long', hint: 'choose a shorter path' },
  ELOOP: { code: 'FS_SYMLINK_LOOP', what: 'too many levels of symbolic links', hint: 'fix the symbolic links in {path}' },
  EMFILE: { code: 'FS_TOO_MANY_OPEN_FILES', what: 'too many open files', hint: 'raise the open-file limit (ulimit -n) and run again' },
  ENFILE: {
    code: 'FS_TOO_MANY_OPEN_FILES',
    what: 'too many open files in the system',
    hint: 'close other programs or raise the system file limit, then run again',
  },
  EBUSY: { code: 'FS_BUSY', what: 'resource busy', hint: 'something else is using {path}; try again when it is done' },
  ETXTBSY: { code: 'FS_BUSY', what: 'file busy', hint: 'something else is using {path}; try again when it is done' },
  EXDEV: { code: 'FS_CROSS_DEVICE', what: 'cannot move across filesystems', hint: 'keep the output on the same filesystem as its parent directory' },
  EIO: { code: 'FS_IO_ERROR', what: 'input/output error', hint: 'the disk or filesystem failed; check it (dmesg) and run again' },
  ESPIPE: { code: 'FS_NOT_REGULAR_FILE', what: 'not a seekable regular file', hint: 'pass a regular file' },
  ENXIO: { code: 'FS_NOT_REGULAR_FILE', what: 'not a regular file (no such device or address)', hint: 'pass a regular file' },
};

/** Whether `e` is a Node system error (`code` like `ENOENT`). */
export function isErrnoError(e: unknown): e is NodeJS.ErrnoException {
  return e instanceof Error && typeof (e as NodeJS.ErrnoException).code === 'string' && /^E[A-Z0-9]+$/.test((e as NodeJS.ErrnoException).code!);
}

export interface FsErrorOfOptions {
  /** The path concerned, when the caller knows it better than the error does (the user's spelling). */
  path?: string | undefined;
  /** What was being done, e.g. `writing the report` (goes into the message). */
  action?: string | undefined;
}

/**
 * Map an ordinary filesystem failure (EACCES, EROFS, ENOTDIR, EISDIR, ENOSPC, ENOENT, EEXIST, …)
 * to a coded `FsError` naming the path and what to do; returns undefined for anything that is not
 * a Node system error (those stay what they are: bugs surface as internal errors).
 */
export function fsErrorOf(e: unknown, options: FsErrorOfOptions = {}): FsError | undefined {
  if (!isErrnoError(e)) return undefined;
  const known = ERRNO[e.code!];
  const path = options.path ?? e.path ?? undefined;
  const destPath = (e as { dest?: unknown }).dest;
  const dest = typeof destPath === 'string' && destPath !== path ? ` (to ${destPath})` : '';
  const what = known?.what ?? `${e.code} (${e.syscall ?? 'filesystem call'})`;
  const message = `${options.action ? `${options.action}: ` : ''}${what}${dest}`;
  return new FsError(known?.code ?? 'FS_IO_ERROR', message, {
    file: path,
    hint: (known?.hint ?? 'check the path and the filesystem, then run again').replaceAll('{path}', path ?? 'the path'),
    cause: e,
  });
}

/** Conditions of the output's filesystem, whatever file a writer was at when it hit them. */
const OUTPUT_FS_CODES: ReadonlySet<string> = new Set(['ENOSPC', 'EDQUOT', 'EFBIG', 'EROFS']);

/**
 * Like `fsErrorOf`, but also for a coded error that only wraps a full or read-only filesystem (an
 * emitter's `WRITE_FAILED` around ENOSPC): that cause is what the user can act on, named at the
 * path the caller gives (the output, not a temp file inside it). Other wrapped causes (a vanished
 * input: `READ_FAILED` around ENOENT) keep their own code.
 */
export function fsErrorOfCause(e: unknown, options: FsErrorOfOptions = {}): FsError | undefined {
  const cause = e instanceof MlpackError ? e.cause : e;
  if (!isErrnoError(cause)) return undefined;
  if (OUTPUT_FS_CODES.has(cause.code!)) return fsErrorOf(cause, options);
  // Anything else names the file the system error names (an input that vanished, say).
  return e instanceof MlpackError ? undefined : fsErrorOf(cause, { action: options.action });
}

/**
 * Run `fn`; a Node system error it throws becomes the coded `FsError` of `fsErrorOf` (with the
 * caller's path and action), anything else is rethrown unchanged. For the places where the path
 * is known better than the top-level catch can tell.
 */
export async function withFsErrors<T>(fn: () => Promise<T>, options: FsErrorOfOptions): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    if (e instanceof MlpackError) throw e;
    throw fsErrorOf(e, options) ?? e;
  }
}
