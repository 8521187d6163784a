import { Transform } from 'node:stream';
import type { TransformCallback } from 'node:stream';
import { crc32 } from 'node:zlib';
import { BundleError } from './bundle-error.js';

/** RFC 1952 gzip header: magic, CM = 8 (deflate), FLG bits, then MTIME (4), XFL, OS. */
const GZIP_FIXED_HEADER = 10;
const FLG_FHCRC = 0x02;
const FLG_FEXTRA = 0x04;
const FLG_FNAME = 0x08;
const FLG_FCOMMENT = 0x10;
const FLG_RESERVED = 0xe0;
/** CRC32 + ISIZE after the deflate data. */
export const GZIP_TRAILER = 8;
/** Longest FNAME / FCOMMENT / FEXTRA accepted in a header (mlpack writes none). */
const MAX_HEADER_BYTES = 64 * 1024;

/**
 * Strips the header of the first gzip member (RFC 1952), passing the deflate data on to an
 * `InflateRaw`. Unlike `createGunzip`, which silently decodes any further members and ignores
 * zeros after the first, this lets the caller find where the first member ends
 * (`headerLength` + the inflater's `bytesWritten` + 8) and refuse anything after it: a second
 * member or appended bytes are content other tools see and mlpack would not.
 */
export class GzipHeaderStripper extends Transform {
  /** Bytes of the header, once parsed. */
  headerLength = -1;
  #pending = Buffer.alloc(0);
  readonly #file: string;

  constructor(file: string) {
    super();
    this.#file = file;
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    if (this.headerLength >= 0) {
      done(null, chunk);
      return;
    }
    this.#pending = Buffer.concat([this.#pending, chunk]);
    let length: number | undefined;
    try {
      length = parseHeaderLength(this.#pending, this.#file);
    } catch (e) {
      done(e as Error);
      return;
    }
    if (length === undefined) {
      if (this.#pending.length > MAX_HEADER_BYTES) done(corrupt(this.#file, 'the gzip header is too long'));
      else done();
      return;
    }
    this.headerLength = length;
    const rest = this.#pending.subarray(length);
    this.#pending = Buffer.alloc(0);
    done(null, rest.length > 0 ? rest : undefined);
  }

  override _flush(done: TransformCallback): void {
    done(this.headerLength < 0 ? corrupt(this.#file, 'the gzip header is truncated') : null);
  }
}

/** Header length when `b` holds all of it, undefined when more bytes are needed. */
function parseHeaderLength(b: Buffer, file: string): number | undefined {
  if (b.length < GZIP_FIXED_HEADER) return undefined;
  if (b[0] !== 0x1f || b[1] !== 0x8b || b[2] !== 8) throw corrupt(file, 'not a deflate gzip member');
  const flg = b[3]!;
  if (flg & FLG_RESERVED) throw corrupt(file, 'reserved gzip header flags are set');
  let at = GZIP_FIXED_HEADER;
  if (flg & FLG_FEXTRA) {
    if (b.length < at + 2) return undefined;
    at += 2 + b.readUInt16LE(at);
  }
  for (const bit of [FLG_FNAME, FLG_FCOMMENT]) {
    if (!(flg & bit)) continue;
    const zero = b.indexOf(0, at);
    if (zero < 0) return undefined;
    at = zero + 1;
  }
  if (flg & FLG_FHCRC) at += 2;
  return b.length >= at ? at : undefined;
}

/**
 * Follows the inflated tar stream block by block (512-byte headers, data padded to 512) to find
 * the end-of-archive marker (two zero blocks) and the number of bytes after it, which must be 0:
 * entries hidden after the marker are listed by `tar -i` but not by node-tar.
 */
export class TarEndTracker {
  /** Offset of the next header block. */
  #next = 0;
  /** Inflated bytes seen. */
  #seen = 0;
  #header = Buffer.alloc(0);
  /** Offset where the end marker ends, once seen. */
  end: number | undefined;
  /** Set when a lone zero block is followed by something else. */
  loneZeroBlock = false;
  #zeroAt: number | undefined;

  push(chunk: Buffer): void {
    let offset = 0;
    while (offset < chunk.length && this.end === undefined) {
      const at = this.#seen + offset;
      if (at < this.#next) {
        offset += Math.min(chunk.length - offset, this.#next - at);
        continue;
      }
      const take = Math.min(512 - this.#header.length, chunk.length - offset);
      this.#header = Buffer.concat([this.#header, chunk.subarray(offset, offset + take)]);
      offset += take;
      if (this.#header.length < 512) continue;
      const block = this.#header;
      this.#header = Buffer.alloc(0);
      const blockAt = this.#next;
      this.#next += 512;
      if (block.every((x) => x === 0)) {
        if (this.#zeroAt !== undefined) this.end = blockAt + 512;
        else this.#zeroAt = blockAt;
        continue;
      }
      if (this.#zeroAt !== undefined) {
        this.loneZeroBlock = true;
        this.#zeroAt = undefined;
      }
      const size = tarSize(block);
      this.#next += Math.ceil(size / 512) * 512;
    }
    this.#seen += chunk.length;
  }

  /** Inflated bytes seen in total. */
  get seen(): number {
    return this.#seen;
  }
}

/** The size field of a tar header (octal text, or base-256 when the high bit of its first byte is set). */
function tarSize(block: Buffer): number {
  const field = block.subarray(124, 136);
  if (field[0]! & 0x80) {
    let v = 0;
    for (let i = 1; i < field.length; i++) v = v * 256 + field[i]!;
    return Number.isSafeInteger(v) ? v : 0;
  }
  const text = field
    .toString('latin1')
    .replace(/[\0 ].*$/s, '')
    .trim();
  return /^[0-7]+$/.test(text) ? parseInt(text, 8) : 0;
}

/** Running CRC32 of the inflated bytes, for the gzip trailer check. */
export class Crc32 {
  value = 0;
  update(chunk: Buffer): void {
    this.value = crc32(chunk, this.value);
  }
}

/**
 * After the first member: it must end exactly at the end of the file, its trailer must match the
 * inflated data, and the tar inside must end with its end-of-archive marker and nothing after it.
 */
export function checkSingleMember(options: {
  file: string;
  fileSize: number;
  headerLength: number;
  deflateBytes: number;
  trailer: Buffer;
  crc: number;
  inflated: number;
  tar: TarEndTracker;
}): void {
  const memberEnd = options.headerLength + options.deflateBytes + GZIP_TRAILER;
  if (memberEnd !== options.fileSize) {
    throw new BundleError(
      'UNBUNDLE_TRAILING_DATA',
      `${options.fileSize - memberEnd} bytes follow the end of the first gzip member at byte ${memberEnd} (a second member or appended data)`,
      {
        file: options.file,
        offset: memberEnd,
        hint: 'bundles are one gzip member made by `mlpack bundle`; other tools would see content mlpack does not check',
      },
    );
  }
  if (
    options.trailer.length !== GZIP_TRAILER ||
    options.trailer.readUInt32LE(0) !== options.crc >>> 0 ||
    options.trailer.readUInt32LE(4) !== options.inflated % 2 ** 32
  ) {
    throw corrupt(options.file, 'the gzip trailer (CRC32 / size) does not match the data');
  }
  if (options.tar.loneZeroBlock) {
    throw new BundleError('UNBUNDLE_TRAILING_DATA', 'a tar entry follows a zero block (hidden from extractors that stop there)', {
      file: options.file,
      hint: 'bundles are made by `mlpack bundle`',
    });
  }
  const end = options.tar.end;
  if (end === undefined) throw corrupt(options.file, 'the tar has no end-of-archive marker');
  if (options.inflated !== end) {
    throw new BundleError('UNBUNDLE_TRAILING_DATA', `${options.inflated - end} bytes follow the tar end-of-archive marker at inflated byte ${end}`, {
      file: options.file,
      hint: 'entries after the end-of-archive marker are invisible to mlpack but not to `tar -i`; refusing the bundle',
    });
  }
}

function corrupt(file: string, why: string): BundleError {
  return new BundleError('UNBUNDLE_CORRUPT', `the archive is damaged or not a tar.gz: ${why}`, { file });
}
