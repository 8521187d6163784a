import { createHash, randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, open, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { MlpackError } from './errors.js';

export type FsErrorCode = 'OUTPUT_NOT_EMPTY' | 'OUTPUT_NOT_DIR' | 'PATH_ESCAPES_ROOT';

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

/** Write a file by writing a sibling temp file then renaming it over the target. */
export async function writeFileAtomic(path: string, data: Uint8Array | string): Promise<void> {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(tmp, data);
    await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
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
  /** Move the finished directory into place (replacing the old one when forced). */
  commit(): Promise<void>;
  /** Remove the temp directory (call on failure; safe to call twice). */
  abort(): Promise<void>;
}

export interface StagingOptions {
  /** Replace an existing non-empty target. */
  force?: boolean;
}

/**
 * Prepare atomic creation of directory `target`: refuses a non-empty target unless `force`, and
 * returns a temp dir in the same parent (same filesystem, so the final rename is atomic).
 */
export async function stageOutputDir(target: string, options: StagingOptions = {}): Promise<StagingDir> {
  const out = resolve(target);
  const existing = await stat(out).catch(() => undefined);
  if (existing) {
    if (!existing.isDirectory()) {
      throw new FsError('OUTPUT_NOT_DIR', `output path exists and is not a directory`, {
        file: target,
        hint: 'choose another --out path',
        exitCode: 2,
      });
    }
    const entries = await readdir(out);
    if (entries.length > 0 && !options.force) {
      throw new FsError('OUTPUT_NOT_EMPTY', `output directory is not empty`, {
        file: target,
        hint: 'pass --force to replace it, or choose another --out path',
        exitCode: 2,
      });
    }
  }
  const parent = dirname(out);
  await mkdir(parent, { recursive: true });
  const tmp = join(parent, `.${basename(out)}.mlpack-tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
  await mkdir(tmp);
  let done = false;
  return {
    path: tmp,
    async commit() {
      if (done) return;
      const old = await stat(out).catch(() => undefined);
      if (old) {
        const trash = `${tmp}-old`;
        await rename(out, trash);
        await rename(tmp, out);
        await rm(trash, { recursive: true, force: true });
      } else {
        await rename(tmp, out);
      }
      done = true;
    },
    async abort() {
      if (done) return;
      done = true;
      await rm(tmp, { recursive: true, force: true });
    },
  };
}

/** Read exactly `length` bytes at `position` from an open file (loops over short reads). */
export async function readExactly(
  handle: Awaited<ReturnType<typeof open>>,
  position: number,
  length: number,
  into?: Uint8Array,
): Promise<Uint8Array> {
  const buf = into ?? new Uint8Array(length);
  let done = 0;
  while (done < length) {
    const { bytesRead } = await handle.read(buf, done, length - done, position + done);
    if (bytesRead === 0) break;
    done += bytesRead;
  }
  return done === length ? buf : buf.subarray(0, done);
}
