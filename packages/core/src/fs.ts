import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { link, lstat, mkdir, open, readdir, rename, rm, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { MlpackError } from './errors.js';
import { fsErrorOf } from './fs-error-of.js';
import { isMarkerAlive, markerText } from './process-marker.js';
import { refuseInputsInside, refuseOverlap } from './same-file.js';
import { LOCK_SUFFIX, readLockOwner, registerTemp, releaseTemp, sweepStaleTemps, tempName } from './temp-registry.js';

export type FsErrorCode =
  | 'OUTPUT_NOT_EMPTY'
  | 'OUTPUT_NOT_DIR'
  | 'OUTPUT_NOT_FILE'
  | 'OUTPUT_OVERLAPS_INPUT'
  | 'OUTPUT_BUSY'
  | 'OUTPUT_APPEARED'
  | 'PATH_ESCAPES_ROOT'
  | 'NOT_REGULAR_FILE'
  | 'TMPDIR_UNUSABLE'
  // Node system errors, mapped by fsErrorOf
  | 'FS_PERMISSION_DENIED'
  | 'FS_READ_ONLY'
  | 'FS_NOT_A_DIRECTORY'
  | 'FS_IS_A_DIRECTORY'
  | 'FS_NO_SPACE'
  | 'FS_NOT_FOUND'
  | 'FS_EXISTS'
  | 'FS_NAME_TOO_LONG'
  | 'FS_SYMLINK_LOOP'
  | 'FS_TOO_MANY_OPEN_FILES'
  | 'FS_BUSY'
  | 'FS_CROSS_DEVICE'
  | 'FS_IO_ERROR'
  | 'FS_NOT_REGULAR_FILE';

export class FsError extends MlpackError<FsErrorCode> {
  override name = 'FsError';
}

/** Streaming sha256 of a file, hex. Memory stays constant whatever the file size. */
export async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

export function sha256Bytes(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

export interface WriteFileAtomicOptions {
  /** Refuse (`OUTPUT_APPEARED`) when `path` exists at the moment of the final step, instead of replacing it. */
  noReplace?: boolean | undefined;
}

/**
 * Write a file by writing a sibling temp file (registered for cleanup on signals) then renaming it
 * over the target; with `noReplace`, `link` puts it in place instead, which fails atomically when
 * something is already there. An existing target that is not a regular file (a directory, a FIFO)
 * is refused, never replaced. Filesystem failures become coded `FsError`s naming `path`.
 */
export async function writeFileAtomic(path: string, data: Uint8Array | string, options: WriteFileAtomicOptions = {}): Promise<void> {
  await refuseNonRegularOutput(path);
  await sweepStaleTemps(dirname(path));
  const tmp = join(dirname(path), tempName(`.${basename(path)}`));
  registerTemp(tmp);
  try {
    await writeFile(tmp, data, { flag: 'wx' });
    await placeFile(tmp, path, options.noReplace ?? false);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e instanceof MlpackError ? e : (fsErrorOf(e, { path, action: 'writing the file' }) ?? e);
  } finally {
    releaseTemp(tmp);
  }
}

/**
 * Move the finished temp file `tmp` to `path`: `rename` (replaces a file), or with `noReplace` a
 * hard link that fails on an existing target (then the temp file is unlinked).
 */
export async function placeFile(tmp: string, path: string, noReplace: boolean): Promise<void> {
  if (!noReplace) {
    await rename(tmp, path);
    return;
  }
  try {
    await link(tmp, path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new FsError('OUTPUT_APPEARED', 'the output appeared while mlpack was writing it; not replaced', {
        file: path,
        hint: 'another process wrote the same path; choose another path, or pass --force to replace it',
      });
    }
    throw e;
  }
  await unlink(tmp);
}

/**
 * `mkdir -p` that reports the real cause: Node's recursive mkdir says ENOENT for every failure of
 * a missing component (a read-only filesystem, a permission problem), so on ENOENT the missing
 * components are created one by one to surface the actual error (EROFS, EACCES, ENOTDIR).
 */
export async function makeDirs(path: string): Promise<void> {
  try {
    await mkdir(path, { recursive: true });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    const missing: string[] = [];
    let at = resolve(path);
    while (!(await lstat(at).catch(() => undefined))) {
      missing.unshift(at);
      const up = dirname(at);
      if (up === at) break;
      at = up;
    }
    for (const d of missing) await mkdir(d);
    throw e;
  }
}

/** Refuse an existing output path that is not a regular file (`OUTPUT_NOT_FILE`, exit 2); a missing one is fine. */
export async function refuseNonRegularOutput(path: string): Promise<void> {
  const st = await lstat(path).catch(() => undefined);
  if (!st || st.isFile() || st.isSymbolicLink()) return;
  throw new FsError('OUTPUT_NOT_FILE', `exists and is ${kindOf(st)}, not a regular file`, {
    file: path,
    hint: 'name a file path (not a directory, FIFO, socket or device)',
    exitCode: 2,
  });
}

/**
 * Refuse an input that is not a regular file (`NOT_REGULAR_FILE`, exit 2) before anything opens it:
 * opening a FIFO for reading blocks until a writer appears, a device can be endless. A missing
 * path is `FS_NOT_FOUND`. Symlinks are followed (the target must be a regular file).
 */
export async function requireRegularFile(path: string, options: { what?: string } = {}): Promise<void> {
  const st = await stat(path).catch((e: unknown) => {
    throw fsErrorOf(e, { path, action: `reading ${options.what ?? 'the file'}` }) ?? e;
  });
  if (st.isFile()) return;
  throw new FsError('NOT_REGULAR_FILE', `${options.what ? `${options.what} ` : ''}is ${kindOf(st)}, not a regular file`, {
    file: path,
    hint: 'pass a regular file',
    exitCode: 2,
  });
}

function kindOf(st: { isDirectory(): boolean; isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean }): string {
  if (st.isDirectory()) return 'a directory';
  if (st.isFIFO()) return 'a FIFO';
  if (st.isSocket()) return 'a socket';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

/**
 * Resolve `rel` under `root`, refusing anything that would land outside it (absolute paths,
 * `..` segments, drive letters). Used for every write whose name comes from input data.
 */
export function resolveInside(root: string, rel: string): string {
  const r = resolve(root);
  if (isAbsolute(rel) || /^[a-zA-Z]:/.test(rel) || rel.includes('\\') || rel.includes('\0')) {
    throw new FsError('PATH_ESCAPES_ROOT', `path "${rel}" is not a plain relative path`, { file: rel });
  }
  const target = resolve(r, rel);
  const back = relative(r, target);
  if (back === '' || back.startsWith('..') || isAbsolute(back) || back.split(sep).includes('..')) {
    throw new FsError('PATH_ESCAPES_ROOT', `path "${rel}" resolves outside ${root}`, { file: rel });
  }
  return target;
}

export interface StagingDir {
  /** Temp directory beside the target; write everything here. */
  readonly path: string;
  /**
   * Move the finished directory into place: refuses (`OUTPUT_APPEARED`) when the target appeared,
   * or was replaced by another directory, since it was checked (with force, only the directory
   * that was checked is replaced).
   */
  commit(): Promise<void>;
  /** Remove the temp directory and release the lock (call on failure; safe to call twice). */
  abort(): Promise<void>;
}

export interface StagingOptions {
  /** Replace an existing non-empty target (only one that holds none of `inputs`). */
  force?: boolean | undefined;
  /** Paths the command reads: the target may not be, contain or lie inside any of them (`OUTPUT_OVERLAPS_INPUT`). */
  inputs?: readonly string[] | undefined;
}

/**
 * Prepare atomic creation of directory `target`: refuses a target that overlaps an input, a
 * non-empty target unless `force` (and even then one that holds an input, by device + inode),
 * takes the lock `.<name>.mlpack-lock` beside it (a second mlpack writing the same target gets
 * `OUTPUT_BUSY`), removes stale temp output of dead mlpack processes in the parent, and returns a
 * temp dir in the same parent (same filesystem, so the final rename is atomic). The temp dir and
 * the lock are registered for removal on SIGINT/SIGTERM.
 */
export async function stageOutputDir(target: string, options: StagingOptions = {}): Promise<StagingDir> {
  const out = resolve(target);
  const inputs = options.inputs ?? [];
  await refuseOverlap(target, inputs, { what: 'an output directory' });
  const seen = await checkTarget(target, out, options.force ?? false);
  if (seen && options.force) await refuseInputsInside(out, inputs);
  const parent = dirname(out);
  await makeDirs(parent).catch((e: unknown) => {
    throw fsErrorOf(e, { path: parent, action: "creating the output's parent directory" }) ?? e;
  });
  await sweepStaleTemps(parent);
  const lock = await takeLock(join(parent, `.${basename(out)}${LOCK_SUFFIX}`), target);
  const tmp = join(parent, tempName(`.${basename(out)}`));
  registerTemp(tmp);
  try {
    await mkdir(tmp);
  } catch (e) {
    releaseTemp(tmp);
    await lock.release();
    throw fsErrorOf(e, { path: tmp, action: 'creating the temp output directory' }) ?? e;
  }
  let done = false;
  const finish = async (): Promise<void> => {
    done = true;
    // maxRetries: a writer that failed (ENOSPC) may still be closing files in it (ENOTEMPTY).
    await rm(tmp, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 });
    releaseTemp(tmp);
    await lock.release();
  };
  return {
    path: tmp,
    async commit() {
      if (done) return;
      try {
        const now = await stat(out, { bigint: true }).catch(() => undefined);
        const nowId = now ? identityOf(now) : undefined;
        if (nowId !== seen) {
          throw new FsError(
            'OUTPUT_APPEARED',
            seen
              ? 'the output directory was replaced while mlpack was writing it; left alone'
              : 'the output directory appeared while mlpack was writing it; left alone',
            {
              file: target,
              hint: 'another process wrote the same path; run again (with --force to replace it) or choose another --out',
            },
          );
        }
        if (now) {
          const trash = `${tmp}-old`;
          registerTemp(trash);
          await rename(out, trash);
          try {
            await rename(tmp, out);
          } catch (e) {
            // Put the old output back rather than lose both.
            await rename(trash, out).catch(() => undefined);
            releaseTemp(trash);
            throw e;
          }
          await rm(trash, { recursive: true, force: true });
          releaseTemp(trash);
        } else {
          // A non-empty directory that appeared since the check above makes rename fail (ENOTEMPTY / EEXIST).
          await rename(tmp, out).catch((e: unknown) => {
            const code = (e as NodeJS.ErrnoException).code;
            if (code === 'ENOTEMPTY' || code === 'EEXIST') {
              throw new FsError('OUTPUT_APPEARED', 'the output directory appeared while mlpack was writing it; left alone', {
                file: target,
                hint: 'another process wrote the same path; run again (with --force to replace it) or choose another --out',
              });
            }
            throw e;
          });
        }
        done = true;
        releaseTemp(tmp);
        await lock.release();
      } catch (e) {
        await finish();
        throw e instanceof MlpackError ? e : (fsErrorOf(e, { path: target, action: 'moving the output into place' }) ?? e);
      }
    },
    async abort() {
      if (done) return;
      await finish();
    },
  };
}

/** Checks of an existing target; returns its identity (what commit may replace), or undefined when absent. */
async function checkTarget(target: string, out: string, force: boolean): Promise<string | undefined> {
  const existing = await stat(out, { bigint: true }).catch((e: unknown) => {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    throw fsErrorOf(e, { path: target, action: 'checking the output path' }) ?? e;
  });
  if (!existing) return undefined;
  if (!existing.isDirectory()) {
    throw new FsError('OUTPUT_NOT_DIR', `output path exists and is not a directory`, {
      file: target,
      hint: 'choose another --out path',
      exitCode: 2,
    });
  }
  const entries = await readdir(out).catch((e: unknown) => {
    throw fsErrorOf(e, { path: target, action: 'listing the output directory' }) ?? e;
  });
  if (entries.length > 0 && !force) {
    throw new FsError('OUTPUT_NOT_EMPTY', `output directory is not empty`, {
      file: target,
      hint: 'pass --force to replace it, or choose another --out path',
      exitCode: 2,
    });
  }
  return identityOf(existing);
}

/** Device + inode + birth time: an inode number reused after a delete still reads as another directory (where the filesystem records birth times). */
function identityOf(st: { dev: bigint; ino: bigint; birthtimeNs: bigint }): string {
  return `${st.dev}:${st.ino}:${st.birthtimeNs}`;
}

/** An output lock: a file created exclusively, holding its owner's `<pid>-<start>`. */
interface Lock {
  release(): Promise<void>;
}

async function takeLock(path: string, target: string): Promise<Lock> {
  for (let attempt = 0; ; attempt++) {
    try {
      registerTemp(path);
      await writeFile(path, `${markerText()}\n`, { flag: 'wx' });
      return {
        async release() {
          await rm(path, { force: true });
          releaseTemp(path);
        },
      };
    } catch (e) {
      releaseTemp(path);
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw fsErrorOf(e, { path, action: 'locking the output' }) ?? e;
      const owner = await readLockOwner(path);
      if (attempt === 0 && owner && !isMarkerAlive(owner)) {
        await rm(path, { force: true });
        continue;
      }
      throw new FsError('OUTPUT_BUSY', `another mlpack process${owner ? ` (pid ${owner.pid})` : ''} is writing this output`, {
        file: target,
        hint: `wait for it to finish, or choose another output path (lock: ${path})`,
      });
    }
  }
}

/** Read exactly `length` bytes at `position` from an open file (loops over short reads). */
export async function readExactly(handle: Awaited<ReturnType<typeof open>>, position: number, length: number, into?: Uint8Array): Promise<Uint8Array> {
  const buf = into ?? new Uint8Array(length);
  let done = 0;
  while (done < length) {
    const { bytesRead } = await handle.read(buf, done, length - done, position + done);
    if (bytesRead === 0) break;
    done += bytesRead;
  }
  return done === length ? buf : buf.subarray(0, done);
}
