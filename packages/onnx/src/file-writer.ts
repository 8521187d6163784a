import { createHash } from 'node:crypto';
import type { Hash } from 'node:crypto';
import { open } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { OnnxError } from './onnx-error.js';

/** Small writes are gathered into 1 MiB chunks: few syscalls, memory independent of the model size. */
const CHUNK_BYTES = 1 << 20;

/** Zeros for alignment padding (external tensors align to at most 64 KiB, so one buffer covers most gaps). */
const ZEROS = new Uint8Array(64 * 1024);

/**
 * Sequential writer: coalesces small writes, passes large ones (tensor bytes) straight through,
 * and computes the file's sha256 from the bytes as they are written (so nobody has to read the
 * file back to hash it). A large write is hashed while the I/O pool copies it into the file.
 */
export class FileWriter {
  readonly path: string;
  #handle: FileHandle;
  #chunk = new Uint8Array(CHUNK_BYTES);
  #fill = 0;
  #position = 0;
  readonly #hash: Hash = createHash('sha256');
  #sha256: string | undefined;

  private constructor(path: string, handle: FileHandle) {
    this.path = path;
    this.#handle = handle;
  }

  /** Create (or truncate) `path` for writing. */
  static async create(path: string): Promise<FileWriter> {
    try {
      return new FileWriter(path, await open(path, 'w'));
    } catch (e) {
      throw new OnnxError('WRITE_FAILED', `cannot create file: ${(e as Error).message}`, { file: path, cause: e });
    }
  }

  /** Bytes written so far (buffered ones included). */
  get position(): number {
    return this.#position;
  }

  /** sha256 (hex) of everything written; available after `close()`. */
  get sha256(): string {
    if (this.#sha256 === undefined) throw new Error(`FileWriter: sha256 of ${this.path} asked before close()`);
    return this.#sha256;
  }

  /** Append `bytes`. The caller may reuse `bytes` once the returned promise settles. */
  async write(bytes: Uint8Array): Promise<void> {
    if (this.#sha256 !== undefined) throw new Error(`FileWriter: write to ${this.path} after close()`);
    if (this.#fill + bytes.length > CHUNK_BYTES) await this.#flush();
    this.#position += bytes.length;
    if (bytes.length >= CHUNK_BYTES) {
      // Hashed here while the I/O pool copies the same bytes into the file.
      const written = this.#raw(bytes);
      this.#hash.update(bytes);
      await written;
    } else {
      this.#chunk.set(bytes, this.#fill);
      this.#fill += bytes.length;
      this.#hash.update(bytes);
    }
  }

  /** Write zero bytes up to `position` (alignment padding). */
  async padTo(position: number): Promise<void> {
    while (this.#position < position) await this.write(ZEROS.subarray(0, Math.min(ZEROS.length, position - this.#position)));
  }

  /** Flush and close; `sha256` is then available. */
  async close(): Promise<void> {
    try {
      await this.#flush();
    } finally {
      await this.#handle.close();
    }
    this.#sha256 = this.#hash.digest('hex');
  }

  /** Close without flushing (after a failure). */
  async abandon(): Promise<void> {
    await this.#handle.close().catch(() => undefined);
  }

  async #flush(): Promise<void> {
    if (this.#fill === 0) return;
    await this.#raw(this.#chunk.subarray(0, this.#fill));
    this.#fill = 0;
  }

  async #raw(bytes: Uint8Array): Promise<void> {
    try {
      let done = 0;
      while (done < bytes.length) {
        const { bytesWritten } = await this.#handle.write(bytes, done, bytes.length - done);
        done += bytesWritten;
      }
    } catch (e) {
      throw new OnnxError('WRITE_FAILED', `write failed: ${(e as Error).message}`, { file: this.path, cause: e });
    }
  }
}
