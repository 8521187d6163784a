import { createHash } from 'node:crypto';
import type { Hash } from 'node:crypto';
import { open } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { TfjsError } from './tfjs-error.js';

/** Shard file name, as tfjs-converter names them: `group1-shard{i}of{n}.bin` (1-based). */
export function shardFileName(index: number, count: number): string {
  return `group1-shard${index}of${count}.bin`;
}

/** Number of shards `totalBytes` fill: every shard full except the last (none for zero bytes). */
export function shardCount(totalBytes: number, shardBytes: number): number {
  return Math.ceil(totalBytes / shardBytes);
}

/**
 * Writes smaller than this are gathered (up to this many bytes, never across a shard boundary)
 * before they reach the file: a BERT has hundreds of bias / LayerNorm vectors of a few KiB, and
 * one syscall per vector would cost more than copying them.
 */
export const COALESCE_BYTES = 1 << 20;

/** One written shard: its name, size and sha256 (hex), computed from the bytes as they were written. */
export interface WrittenShard {
  path: string;
  size: number;
  sha256: string;
}

/**
 * Streams weight bytes into consecutive shard files of `shardBytes` each (the last holds the
 * remainder). TF.js concatenates a group's shards before slicing out weights, so a weight may
 * straddle two shards. The total is known up front, so shard names carry the final count. Each
 * shard's sha256 is computed while it is written; a large write is hashed while the kernel copies it.
 * The next shard's file is opened while the current one is written, and a full shard is closed in
 * the background (`close()` waits for those closes and reports their errors), so moving from one
 * shard to the next costs no round trip through the I/O pool (a BERT-base has 105 shards).
 */
export class ShardWriter {
  readonly paths: string[];
  readonly #dir: string;
  readonly #total: number;
  readonly #shardBytes: number;
  #index = -1;
  #handle: FileHandle | undefined;
  /** The next shard's file, opened while the current one is written (settles, never rejects). */
  #opening: Promise<Opened> | undefined;
  /** Shards being closed in the background (settle, never reject; awaited by `close()`). */
  readonly #closing: Promise<Error | undefined>[] = [];
  #inShard = 0;
  #written = 0;
  #hash: Hash | undefined;
  readonly #digests: string[] = [];
  readonly #pending = new Uint8Array(COALESCE_BYTES);
  #pendingBytes = 0;

  constructor(dir: string, totalBytes: number, shardBytes: number) {
    this.#dir = dir;
    this.#total = totalBytes;
    this.#shardBytes = shardBytes;
    const n = shardCount(totalBytes, shardBytes);
    this.paths = Array.from({ length: n }, (_, i) => shardFileName(i + 1, n));
  }

  /** Append `bytes` to the weight stream. The caller may reuse `bytes` once the returned promise settles. */
  async write(bytes: Uint8Array): Promise<void> {
    let offset = 0;
    while (offset < bytes.length) {
      if (this.#handle === undefined || this.#inShard === this.#shardBytes) await this.#next();
      const take = Math.min(bytes.length - offset, this.#shardBytes - this.#inShard);
      const piece = bytes.subarray(offset, offset + take);
      if (this.#pendingBytes + take > COALESCE_BYTES) await this.#flush();
      if (take < COALESCE_BYTES) {
        this.#pending.set(piece, this.#pendingBytes);
        this.#pendingBytes += take;
        this.#hash!.update(piece);
      } else {
        // Hashed here while the I/O pool copies the same bytes into the file.
        const written = this.#writeAll(piece);
        this.#hash!.update(piece);
        await written;
      }
      offset += take;
      this.#inShard += take;
      this.#written += take;
    }
  }

  /** Close the last shard; checks that exactly the announced bytes were written. Returns each shard's size and sha256. */
  async close(): Promise<WrittenShard[]> {
    await this.#closeCurrent();
    const failed = (await Promise.all(this.#closing)).find((e) => e !== undefined);
    if (failed) throw failed;
    if (this.#written !== this.#total || this.#index !== this.paths.length - 1) {
      throw new TfjsError(
        'TFJS_SIZE_MISMATCH',
        `wrote ${this.#written} weight bytes in ${this.#index + 1} shards, planned ${this.#total} in ${this.paths.length}`,
        {
          file: this.#dir,
          hint: 'this is a bug in @mlpack/tfjs',
        },
      );
    }
    return this.paths.map((path, i) => ({
      path,
      size: i < this.paths.length - 1 ? this.#shardBytes : this.#total - this.#shardBytes * i,
      sha256: this.#digests[i]!,
    }));
  }

  /** Close any open file after a failure (the caller discards the directory). */
  async abort(): Promise<void> {
    const h = this.#handle;
    this.#handle = undefined;
    const opening = this.#opening;
    this.#opening = undefined;
    await h?.close().catch(() => undefined);
    const next = await opening;
    await next?.handle?.close().catch(() => undefined);
    await Promise.all(this.#closing);
  }

  async #next(): Promise<void> {
    await this.#closeCurrent();
    this.#index++;
    const name = this.paths[this.#index];
    if (name === undefined) {
      throw new TfjsError('TFJS_SIZE_MISMATCH', `more than the planned ${this.#total} weight bytes were written`, {
        file: this.#dir,
        hint: 'this is a bug in @mlpack/tfjs',
      });
    }
    const opened = await (this.#opening ?? this.#open(this.#index));
    this.#opening = undefined;
    if (opened.handle === undefined) throw writeFailed(join(this.#dir, name), opened.error);
    this.#handle = opened.handle;
    if (this.#index + 1 < this.paths.length) this.#opening = this.#open(this.#index + 1);
    this.#inShard = 0;
    this.#hash = createHash('sha256');
  }

  /** Open shard `index` for writing; a failure is returned, to be thrown when that shard is reached. */
  #open(index: number): Promise<Opened> {
    return open(join(this.#dir, this.paths[index]!), 'w').then(
      (handle) => ({ handle, error: undefined }),
      (error: unknown) => ({ handle: undefined, error }),
    );
  }

  async #flush(): Promise<void> {
    if (this.#pendingBytes === 0) return;
    const n = this.#pendingBytes;
    this.#pendingBytes = 0;
    await this.#writeAll(this.#pending.subarray(0, n));
  }

  async #writeAll(chunk: Uint8Array): Promise<void> {
    const path = join(this.#dir, this.paths[this.#index]!);
    try {
      let done = 0;
      while (done < chunk.length) {
        const { bytesWritten } = await this.#handle!.write(chunk, done, chunk.length - done);
        done += bytesWritten;
      }
    } catch (cause) {
      throw writeFailed(path, cause);
    }
  }

  async #closeCurrent(): Promise<void> {
    if (!this.#handle) return;
    await this.#flush();
    const h = this.#handle;
    this.#handle = undefined;
    this.#digests.push(this.#hash!.digest('hex'));
    this.#hash = undefined;
    const path = join(this.#dir, this.paths[this.#index]!);
    this.#closing.push(
      h.close().then(
        () => undefined,
        (cause: unknown) => writeFailed(path, cause),
      ),
    );
  }
}

/** A shard file opened ahead, or why it could not be. */
type Opened = { handle: FileHandle; error: undefined } | { handle: undefined; error: unknown };

function writeFailed(path: string, cause: unknown): TfjsError {
  return new TfjsError('TFJS_WRITE_FAILED', `cannot write weight shard: ${cause instanceof Error ? cause.message : String(cause)}`, {
    file: path,
    cause,
    hint: 'check free disk space and permissions of the output directory',
  });
}
