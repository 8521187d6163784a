import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { posix } from 'node:path';
import { Transform, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createInflateRaw } from 'node:zlib';
import { MlpackError, readExactly, requireRegularFile } from '@mlpack/core';
import type { BundleManifest } from '@mlpack/schema';
import { Parser } from 'tar';
import type { ReadEntry } from 'tar';
import { checkArchivePath, collisionKey } from './archive-path.js';
import { Crc32, GZIP_TRAILER, GzipHeaderStripper, TarEndTracker, checkSingleMember } from './single-member-gzip.js';
import { BundleError } from './bundle-error.js';
import type { BundleErrorCode } from './bundle-error.js';
import { MANIFEST_FILE, MODEL_SIGNATURE_FILE, SIGNATURE_FILE } from './bundle-files.js';
import { BUNDLE_MANIFEST_MAX_BYTES, parseBundleManifest } from './read-bundle-manifest.js';
import type { UnbundleLimits } from './unbundle-limits.js';

/** gzip's magic bytes (RFC 1952). */
const GZIP_MAGIC = [0x1f, 0x8b] as const;
/** Largest mlpack.json.sig accepted (a signature document is ~300 bytes). */
export const SIGNATURE_MAX_BYTES = 64 * 1024;
/** Largest pax / GNU long-name record node-tar buffers for one entry (a path is at most 4 KiB). */
const MAX_META_ENTRY_BYTES = 64 * 1024;

/** What an archive entry turned out to be (only files and directories get this far). */
export interface ArchiveEntry {
  /** Validated relative path, no trailing slash. */
  path: string;
  type: 'file' | 'directory';
  /** Bytes (0 for directories). */
  size: number;
  /** sha256 of the content (files). */
  sha256?: string;
}

export interface ArchiveInspection {
  /** The parsed mlpack.json (the first entry). */
  manifest: BundleManifest;
  manifestBytes: Uint8Array;
  /** mlpack.json.sig's bytes, when the archive has one. */
  signatureBytes?: Uint8Array;
  /** Every entry, in archive order. */
  entries: ArchiveEntry[];
}

/**
 * First pass of the safe extractor: stream the whole .tar.gz without writing anything, judging
 * each entry's header as it arrives (path rules, type, duplicates and case/Unicode collisions,
 * membership in the manifest, depth, count and size budgets) and the inflation ratio as bytes come
 * out of gunzip. mlpack.json must be the first entry; it is parsed and validated before any other
 * entry is judged. Content is hashed on the way. Throws a `BundleError` with the rule's code.
 */
export async function inspectArchive(file: string, limits: UnbundleLimits): Promise<ArchiveInspection> {
  await checkGzipMagic(file);
  const judge = new EntryJudge(limits);
  let failure: Error | undefined;
  const fail = (e: unknown): void => {
    failure ??= e instanceof Error ? e : new Error(String(e));
  };
  const parser = new Parser({
    strict: true,
    maxMetaEntrySize: MAX_META_ENTRY_BYTES,
    onReadEntry: (entry: ReadEntry) => {
      if (failure) {
        entry.resume();
        return;
      }
      try {
        judge.onEntry(entry, fail);
      } catch (e) {
        fail(e);
      }
      // Parser entries start paused and end only once read: keep them flowing (data goes to the judge's listener, if any).
      entry.resume();
    },
  });
  parser.on('ignoredEntry', (entry: ReadEntry) => {
    fail(
      refusal(
        entry.size > MAX_META_ENTRY_BYTES && entry.meta ? 'UNBUNDLE_BAD_PATH' : 'UNBUNDLE_ENTRY_TYPE',
        entry.header.path ?? '',
        entry.meta ? 'oversized extended header' : `entry type ${String(entry.header.type)} is not supported`,
      ),
    );
  });
  parser.on('error', (e: unknown) => fail(e));

  let compressed = 0;
  let inflated = 0;
  const countIn = new Transform({
    transform(chunk: Buffer, _e, done) {
      compressed += chunk.length;
      done(null, chunk);
    },
  });
  const header = new GzipHeaderStripper(file);
  const inflater = createInflateRaw();
  const tar = new TarEndTracker();
  const crc = new Crc32();
  const countOut = new Transform({
    transform(chunk: Buffer, _e, done) {
      inflated += chunk.length;
      tar.push(chunk);
      crc.update(chunk);
      if (inflated > limits.ratioFloorBytes && inflated > limits.maxRatio * compressed) {
        done(
          new BundleError(
            'UNBUNDLE_RATIO',
            `inflates ${inflated} bytes from ${compressed} compressed bytes (more than ${limits.maxRatio}:1): a decompression bomb`,
            {
              file,
              hint: 'refusing to inflate it further',
            },
          ),
        );
        return;
      }
      done(null, chunk);
    },
  });
  const sink = new Writable({
    write(chunk: Buffer, _e, done) {
      if (failure) return done(failure);
      const more = parser.write(chunk);
      if (failure) return done(failure);
      if (more) done();
      else parser.once('drain', () => done(failure ?? null));
    },
    final(done) {
      let called = false;
      const finish = (): void => {
        if (called) return;
        called = true;
        done(failure ?? judge.finish() ?? null);
      };
      parser.once('end', finish);
      parser.once('error', finish);
      parser.end();
    },
  });
  try {
    await pipeline(createReadStream(file, { highWaterMark: 1 << 20 }), countIn, header, inflater, countOut, sink);
  } catch (e) {
    const err = failure ?? e;
    throw toBundleError(err, file);
  }
  if (failure) throw toBundleError(failure, file);
  // Only one gzip member, ending at the end of the file, whose tar ends with its end marker.
  const deflateBytes = inflater.bytesWritten;
  const trailerAt = header.headerLength + deflateBytes;
  const handle = await open(file, 'r');
  try {
    const trailer = Buffer.from(await readExactly(handle, trailerAt, GZIP_TRAILER));
    checkSingleMember({ file, fileSize: compressed, headerLength: header.headerLength, deflateBytes, trailer, crc: crc.value, inflated, tar });
  } finally {
    await handle.close();
  }
  return judge.result();
}

async function checkGzipMagic(file: string): Promise<void> {
  // Opening a FIFO for reading blocks until a writer appears: refuse anything but a regular file first.
  await requireRegularFile(file, { what: 'the bundle' });
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(file, 'r');
    const st = await handle.stat();
    if (!st.isFile()) throw new BundleError('BUNDLE_NOT_FOUND', 'not a regular file', { file, hint: 'pass a .tar.gz made by `mlpack bundle`', exitCode: 2 });
    const head = await readExactly(handle, 0, GZIP_MAGIC.length);
    if (head.length < 2 || head[0] !== GZIP_MAGIC[0] || head[1] !== GZIP_MAGIC[1]) {
      throw new BundleError('UNBUNDLE_NOT_GZIP', 'not a gzip file', { file, offset: 0, hint: 'bundles are .tar.gz files made by `mlpack bundle`' });
    }
  } catch (e) {
    if (e instanceof BundleError) throw e;
    throw new BundleError('BUNDLE_NOT_FOUND', `cannot read the bundle (${(e as NodeJS.ErrnoException).code ?? String(e)})`, { file, cause: e, exitCode: 2 });
  } finally {
    await handle?.close();
  }
}

function toBundleError(e: unknown, file: string): BundleError {
  if (e instanceof BundleError) return e;
  if (e instanceof MlpackError) return new BundleError('BUNDLE_MANIFEST_INVALID', e.message, { file, cause: e });
  const message = e instanceof Error ? e.message : String(e);
  return new BundleError('UNBUNDLE_CORRUPT', `the archive is damaged or not a tar.gz: ${message}`, { file, cause: e });
}

function refusal(code: BundleErrorCode, path: string, message: string): BundleError {
  return new BundleError(code, `entry ${JSON.stringify(path)}: ${message}`, { file: path, hint: 'refusing the whole archive; nothing was written' });
}

/** Entry types that are refused, with their codes. Files and directories are the only ones admitted. */
const REFUSED_TYPES: Readonly<Record<string, BundleErrorCode>> = {
  SymbolicLink: 'UNBUNDLE_SYMLINK',
  Link: 'UNBUNDLE_HARDLINK',
  CharacterDevice: 'UNBUNDLE_DEVICE',
  BlockDevice: 'UNBUNDLE_DEVICE',
  FIFO: 'UNBUNDLE_FIFO',
};

/** The per-entry rules, applied in archive order. */
class EntryJudge {
  readonly #limits: UnbundleLimits;
  readonly #entries: ArchiveEntry[] = [];
  readonly #exact = new Set<string>();
  /** collision key → first path seen with it. */
  readonly #keys = new Map<string, string>();
  readonly #fileKeys = new Set<string>();
  readonly #dirKeys = new Set<string>();
  #totalBytes = 0;
  #manifest: BundleManifest | undefined;
  #manifestBytes: Uint8Array | undefined;
  #signatureBytes: Uint8Array | undefined;
  #listedFiles = new Map<string, number>();
  #listedDirs = new Set<string>();

  constructor(limits: UnbundleLimits) {
    this.#limits = limits;
  }

  onEntry(entry: ReadEntry, fail: (e: unknown) => void): void {
    // entry.path is where node-tar writes the entry (pax / GNU long name applied); header.path can differ
    // (node-tar's Header joins a ustar prefix onto a pax path), so the rules judge entry.path.
    const raw = entry.path ?? '';
    if (entry.globalExtended)
      throw refusal('UNBUNDLE_ENTRY_TYPE', raw, 'follows a global pax header (other extractors apply its fields, e.g. a path, to every entry)');
    const index = this.#entries.length;
    if (index + 1 > this.#limits.maxEntries) throw refusal('UNBUNDLE_TOO_MANY_ENTRIES', raw, `more than ${this.#limits.maxEntries} entries`);
    const type = entry.type;
    const refused = REFUSED_TYPES[type];
    if (refused)
      throw refusal(
        refused,
        raw,
        `is a ${type} entry${entry.linkpath ? ` to ${JSON.stringify(entry.linkpath)}` : ''}; only files and directories are extracted`,
      );
    if (type !== 'File' && type !== 'Directory') throw refusal('UNBUNDLE_ENTRY_TYPE', raw, `entry type ${type} is not supported`);
    const isDir = type === 'Directory';
    const verdict = checkArchivePath(raw, isDir);
    if (!verdict.ok) throw refusal(verdict.code, raw, verdict.message);
    const path = verdict.path;
    if (verdict.segments.length > this.#limits.maxDepth)
      throw refusal('UNBUNDLE_TOO_DEEP', path, `${verdict.segments.length} levels deep, more than ${this.#limits.maxDepth}`);
    this.#checkName(path, isDir);

    if (index === 0 && (path !== MANIFEST_FILE || isDir)) {
      throw refusal('UNBUNDLE_MANIFEST_NOT_FIRST', path, `the first entry must be ${MANIFEST_FILE}`);
    }
    const size = isDir ? 0 : entry.size;
    this.#totalBytes += size;
    if (this.#totalBytes > this.#limits.maxTotalBytes)
      throw refusal('UNBUNDLE_TOO_LARGE', path, `entries add up to more than ${this.#limits.maxTotalBytes} bytes`);

    if (index > 0) {
      if (!this.#manifest) throw refusal('UNBUNDLE_MANIFEST_NOT_FIRST', path, `${MANIFEST_FILE} was not read first`);
      const listed = isDir ? this.#listedDirs.has(path) : this.#listedFiles.has(path) || path === SIGNATURE_FILE || path === MODEL_SIGNATURE_FILE;
      if (!listed) throw refusal('UNBUNDLE_UNLISTED_ENTRY', path, `is not listed in ${MANIFEST_FILE}`);
    }

    const record: ArchiveEntry = { path, type: isDir ? 'directory' : 'file', size };
    this.#entries.push(record);
    if (isDir) return;

    const keep = path === MANIFEST_FILE ? BUNDLE_MANIFEST_MAX_BYTES : path === SIGNATURE_FILE ? SIGNATURE_MAX_BYTES : 0;
    if (keep > 0 && size > keep) throw refusal('UNBUNDLE_TOO_LARGE', path, `has ${size} bytes, more than the ${keep} allowed`);
    const hash = createHash('sha256');
    const chunks: Buffer[] = [];
    entry.on('data', (c: Buffer) => {
      hash.update(c);
      if (keep > 0) chunks.push(c);
    });
    entry.on('end', () => {
      record.sha256 = hash.digest('hex');
      if (path === MANIFEST_FILE) {
        try {
          this.#manifestBytes = Buffer.concat(chunks);
          this.#acceptManifest(parseBundleManifest(this.#manifestBytes));
        } catch (e) {
          fail(e);
        }
      } else if (path === SIGNATURE_FILE) {
        this.#signatureBytes = Buffer.concat(chunks);
      }
    });
  }

  /** Duplicates, case/Unicode collisions, and a file where a directory is needed (or the reverse). */
  #checkName(path: string, isDir: boolean): void {
    if (this.#exact.has(path)) throw refusal('UNBUNDLE_DUPLICATE', path, 'appears twice');
    const key = collisionKey(path);
    const other = this.#keys.get(key);
    if (other !== undefined) {
      const unicode = other.normalize('NFC') === path.normalize('NFC');
      throw refusal(
        unicode ? 'UNBUNDLE_UNICODE_COLLISION' : 'UNBUNDLE_CASE_COLLISION',
        path,
        `collides with ${JSON.stringify(other)} on ${unicode ? 'Unicode-normalising' : 'case-insensitive'} filesystems`,
      );
    }
    const ancestors: string[] = [];
    for (let d = posix.dirname(key); d !== '.'; d = posix.dirname(d)) ancestors.push(d);
    if (ancestors.some((a) => this.#fileKeys.has(a))) throw refusal('UNBUNDLE_PATH_CONFLICT', path, 'lies under an entry that is a file');
    if (!isDir && this.#dirKeys.has(key)) throw refusal('UNBUNDLE_PATH_CONFLICT', path, 'is a file where another entry needs a directory');
    this.#exact.add(path);
    this.#keys.set(key, path);
    (isDir ? this.#dirKeys : this.#fileKeys).add(key);
    for (const a of ancestors) this.#dirKeys.add(a);
  }

  #acceptManifest(m: BundleManifest): void {
    this.#manifest = m;
    for (const f of m.files) {
      this.#listedFiles.set(f.path, f.size);
      for (let d = posix.dirname(f.path); d !== '.'; d = posix.dirname(d)) this.#listedDirs.add(d);
    }
  }

  /** End-of-archive rule: an archive without entries has no manifest. Returns an error or undefined. */
  finish(): BundleError | undefined {
    if (this.#entries.length === 0 || !this.#manifest) {
      return new BundleError('UNBUNDLE_MANIFEST_NOT_FIRST', `the archive holds no ${MANIFEST_FILE}`, { hint: 'bundles are made by `mlpack bundle`' });
    }
    return undefined;
  }

  result(): ArchiveInspection {
    return {
      manifest: this.#manifest!,
      manifestBytes: this.#manifestBytes!,
      ...(this.#signatureBytes ? { signatureBytes: this.#signatureBytes } : {}),
      entries: this.#entries,
    };
  }
}
