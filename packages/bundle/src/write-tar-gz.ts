import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { MlpackError, fsErrorOf, placeFile, registerTemp, releaseTemp, sweepStaleTemps, tempName } from '@mlpack/core';
import { basename, dirname, join } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { Header, Pax } from 'tar';
import { BundleError } from './bundle-error.js';
import { MANIFEST_FILE, MODEL_SIGNATURE_FILE, SIGNATURE_FILE } from './bundle-files.js';

/** Tar's block size: headers and data are padded to it. */
export const TAR_BLOCK = 512;
/** An archive ends with two zero blocks. */
const TAR_END_BLOCKS = 2;
/** Mode of every file entry: readable by all, writable by the owner, never executable. */
export const FILE_MODE = 0o644;
/** Mode of every directory entry. */
export const DIR_MODE = 0o755;
/** Largest mtime a ustar header holds (11 octal digits); later dates would need a pax record. */
export const MAX_TAR_MTIME = 8 ** 11 - 1;
/**
 * Default zlib level 9: bundles are written once and downloaded many times. Lower levels trade
 * size for time on multi-GB weights (see `compressionLevel`); 0 stores the tar uncompressed.
 */
export const DEFAULT_COMPRESSION_LEVEL = 9;
/** Gzip header (RFC 1952): bytes 4..7 MTIME, byte 9 OS. */
const GZIP_MTIME_OFFSET = 4;
const GZIP_OS_OFFSET = 9;
const GZIP_HEADER_BYTES = 10;
/** OS byte "unknown": zlib writes the build platform's code (3 Unix, 10 Windows), which would make bytes differ across OSes. */
const GZIP_OS_UNKNOWN = 0xff;

/** One archive entry. Paths use forward slashes, never a trailing slash. */
export type TarEntry =
  | { type: 'directory'; path: string }
  | { type: 'file'; path: string; bytes: Uint8Array }
  /** A file streamed from disk; its size and sha256 are re-checked while it is written. */
  | { type: 'file'; path: string; source: string; size: number; sha256: string };

export interface WriteTarGzOptions {
  /** mtime of every entry, in seconds since the epoch (0, or SOURCE_DATE_EPOCH). */
  mtime: number;
  /** Refuse (`OUTPUT_APPEARED`) instead of replacing a file that exists at the final step. */
  noReplace?: boolean | undefined;
  /** zlib deflate level, an integer 0..9 (default DEFAULT_COMPRESSION_LEVEL). */
  compressionLevel?: number | undefined;
}

export interface WrittenArchive {
  /** Bytes of the .tar.gz. */
  size: number;
  /** sha256 of the .tar.gz, hex. */
  sha256: string;
}

/** A zlib level must be an integer 0..9 (`BUNDLE_BAD_OPTION`, exit 2, otherwise). */
export function checkCompressionLevel(level: number): void {
  if (!Number.isInteger(level) || level < 0 || level > 9) {
    throw new BundleError('BUNDLE_BAD_OPTION', `compression level ${level} is not an integer in 0..9`, {
      hint: '9 (the default) is smallest; 1 is fastest at compressing; 0 stores the archive uncompressed',
      exitCode: 2,
    });
  }
}

/**
 * Entries in archive order: `mlpack.json` first (so an extractor can read the file list before any
 * other entry), its signature second, then everything else sorted by path, where a directory sorts
 * as `dir/` and so precedes its contents.
 */
export function archiveOrder(entries: readonly TarEntry[]): TarEntry[] {
  const rank = (e: TarEntry): number => (e.path === MANIFEST_FILE ? 0 : e.path === SIGNATURE_FILE || e.path === MODEL_SIGNATURE_FILE ? 1 : 2);
  const key = (e: TarEntry): string => (e.type === 'directory' ? `${e.path}/` : e.path);
  return [...entries].sort((a, b) => rank(a) - rank(b) || (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/**
 * Write a deterministic .tar.gz atomically (temp file beside `outPath`, renamed at the end). The
 * tar is serialized here with node-tar's `Header` (ustar; a pax record only for paths ustar cannot
 * hold): entries in the given order, uid/gid 0, empty uname/gname, modes 0644/0755, one fixed
 * mtime. Gzip comes from node:zlib with the header's OS byte set to 255 (MTIME is already 0), so
 * the bytes depend only on the entries and on zlib's deflate implementation.
 */
export async function writeTarGz(outPath: string, entries: readonly TarEntry[], options: WriteTarGzOptions): Promise<WrittenArchive> {
  if (!Number.isSafeInteger(options.mtime) || options.mtime < 0 || options.mtime > MAX_TAR_MTIME) {
    throw new BundleError('BUNDLE_BAD_OPTION', `mtime ${options.mtime} is not an integer in 0..${MAX_TAR_MTIME}`, { exitCode: 2 });
  }
  const level = options.compressionLevel ?? DEFAULT_COMPRESSION_LEVEL;
  checkCompressionLevel(level);
  const mtime = new Date(options.mtime * 1000);
  await sweepStaleTemps(dirname(outPath));
  const tmp = join(dirname(outPath), tempName(`.${basename(outPath)}`));
  registerTemp(tmp);
  const hash = createHash('sha256');
  let size = 0;
  try {
    await pipeline(
      Readable.from(tarBlocks(entries, mtime)),
      createGzip({ level }),
      portableGzipHeader(),
      new Transform({
        transform(chunk: Buffer, _enc, done) {
          hash.update(chunk);
          size += chunk.length;
          done(null, chunk);
        },
      }),
      createWriteStream(tmp, { flags: 'wx', mode: FILE_MODE }),
    );
    await placeFile(tmp, outPath, options.noReplace ?? false);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e instanceof MlpackError ? e : (fsErrorOf(e, { path: outPath, action: 'writing the archive' }) ?? e);
  } finally {
    releaseTemp(tmp);
  }
  return { size, sha256: hash.digest('hex') };
}

async function* tarBlocks(entries: readonly TarEntry[], mtime: Date): AsyncGenerator<Buffer> {
  for (const e of entries) {
    const size = e.type === 'directory' ? 0 : 'bytes' in e ? e.bytes.length : e.size;
    yield* headerBlocks(e.type === 'directory' ? `${e.path}/` : e.path, e.type, size, mtime);
    if (e.type === 'directory') continue;
    if ('bytes' in e) {
      yield Buffer.from(e.bytes.buffer, e.bytes.byteOffset, e.bytes.byteLength);
    } else {
      const hash = createHash('sha256');
      let seen = 0;
      for await (const chunk of createReadStream(e.source, { highWaterMark: 1 << 20 })) {
        const buf = chunk as Buffer;
        seen += buf.length;
        if (seen > e.size) break;
        hash.update(buf);
        yield buf;
      }
      const sha = hash.digest('hex');
      if (seen !== e.size || sha !== e.sha256) {
        throw new BundleError('BUNDLE_FILE_MODIFIED', 'changed while it was being bundled', {
          file: e.path,
          hint: 'bundle again once nothing writes to the converted folder',
        });
      }
    }
    const pad = (TAR_BLOCK - (size % TAR_BLOCK)) % TAR_BLOCK;
    if (pad > 0) yield Buffer.alloc(pad);
  }
  yield Buffer.alloc(TAR_END_BLOCKS * TAR_BLOCK);
}

function headerBlocks(path: string, type: 'file' | 'directory', size: number, mtime: Date): Buffer[] {
  const data = {
    path,
    mode: type === 'directory' ? DIR_MODE : FILE_MODE,
    uid: 0,
    gid: 0,
    size,
    mtime,
    type: type === 'directory' ? ('Directory' as const) : ('File' as const),
    uname: '',
    gname: '',
  };
  const block = Buffer.alloc(TAR_BLOCK);
  const needPax = new Header(data).encode(block, 0);
  if (!needPax) return [block];
  // Only the path can overflow ustar here (sizes < 8 GiB fit; larger ones too, as node-tar's base-256 numbers).
  // The ustar header then carries a short ASCII stand-in with an empty prefix field: node-tar's reader
  // joins a non-empty ustar prefix onto the pax path (`dir/` + `dir/file`, or `./` + a long name),
  // so the prefix that Header.encode would split off must not be written.
  const fallback = Buffer.alloc(TAR_BLOCK);
  new Header({ ...data, path: ustarFallbackPath(path) }).encode(fallback, 0);
  return [new Pax({ path, mtime }).encode(), fallback];
}

/** A path's first 99 characters with non-printable-ASCII ones replaced: fits the ustar name field, no prefix. */
function ustarFallbackPath(path: string): string {
  return path.replace(/[^\x20-\x7e]/g, '_').slice(0, 99);
}

/** Patch the gzip header: MTIME must be 0 (zlib writes 0) and OS is set to 255. */
function portableGzipHeader(): Transform {
  let offset = 0;
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      if (offset < GZIP_HEADER_BYTES) {
        const out = Buffer.from(chunk);
        for (let i = 0; i < out.length && offset + i < GZIP_HEADER_BYTES; i++) {
          const at = offset + i;
          if (at >= GZIP_MTIME_OFFSET && at < GZIP_MTIME_OFFSET + 4 && out[i] !== 0) {
            done(new Error('zlib wrote a gzip MTIME; bundles must not carry timestamps'));
            return;
          }
          if (at === GZIP_OS_OFFSET) out[i] = GZIP_OS_UNKNOWN;
        }
        offset += chunk.length;
        done(null, out);
        return;
      }
      offset += chunk.length;
      done(null, chunk);
    },
  });
}
