import { Worker } from 'node:worker_threads';
import { ConvertError } from './errors.js';

/** Size and sha256 (hex) of one file, as hashed. */
export interface FileDigest {
  size: number;
  sha256: string;
}

/**
 * Bytes read per call in the worker: large enough that syscall overhead is noise next to hashing
 * (sha256 runs at ~1.7 GB/s, a read of 8 MiB from the page cache at several GB/s), small enough to
 * stay in cache between the read and the hash.
 */
export const HASH_READ_BYTES = 8 * 1024 * 1024;

/**
 * The worker's code, an ES module loaded from a `data:` URL, so it runs the same from `src/` under
 * vitest as from `dist/`, with no second entry file to locate, and whatever module flags the host
 * process was started with (`eval: true` code would be CommonJS or ESM depending on
 * `--input-type`). It hashes one file per message, in the order they arrive, with synchronous
 * reads (they block only the worker).
 */
const WORKER_SOURCE = `
import { parentPort } from 'node:worker_threads';
import { closeSync, openSync, readSync } from 'node:fs';
import { createHash } from 'node:crypto';
const buffer = Buffer.allocUnsafe(${HASH_READ_BYTES});
parentPort.on('message', ({ id, path }) => {
  let fd;
  try {
    fd = openSync(path, 'r');
    const hash = createHash('sha256');
    let size = 0;
    for (;;) {
      const n = readSync(fd, buffer, 0, buffer.length, null);
      if (n === 0) break;
      hash.update(buffer.subarray(0, n));
      size += n;
    }
    parentPort.postMessage({ id, size, sha256: hash.digest('hex') });
  } catch (e) {
    parentPort.postMessage({ id, error: { message: String((e && e.message) || e), code: e && e.code } });
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
});
`;

interface Reply {
  id: number;
  size?: number;
  sha256?: string;
  error?: { message: string; code?: string };
}

interface Waiter {
  path: string;
  resolve: (r: Reply) => void;
  reject: (e: Error) => void;
}

/**
 * sha256 of files on a second thread (a `worker_threads` worker): node's hashing is synchronous on
 * the calling thread, so hashing the source weights on the main thread would stall the
 * conversion for the whole time; in a worker it runs on another core, beside it. Each path is
 * hashed once (asking again returns the same promise). Call `close()` in all cases.
 */
export class FileHasher {
  readonly #worker: Worker;
  readonly #results = new Map<string, Promise<FileDigest>>();
  readonly #waiting = new Map<number, Waiter>();
  #nextId = 0;
  #failure: Error | undefined;

  constructor() {
    this.#worker = new Worker(new URL(`data:text/javascript,${encodeURIComponent(WORKER_SOURCE)}`));
    this.#worker.on('message', (r: Reply) => this.#settle(r));
    this.#worker.on('error', (e) => this.#fail(e));
    this.#worker.on('exit', (code) => this.#fail(new Error(`the hashing worker exited (code ${code})`)));
  }

  /**
   * Start hashing `path` (absolute) if it is not already, and return its digest. A rejection (the
   * file cannot be read, or the hasher was closed) is a `ConvertError` `CONVERT_HASH_FAILED`; the
   * promise is marked handled, so a speculative request nobody awaits cannot crash the process.
   */
  hash(path: string): Promise<FileDigest> {
    const known = this.#results.get(path);
    if (known) return known;
    const result = this.#request(path).then((r) => ({ size: r.size!, sha256: r.sha256! }));
    result.catch(() => undefined);
    this.#results.set(path, result);
    return result;
  }

  #request(path: string): Promise<Reply> {
    return new Promise<Reply>((resolve, reject) => {
      if (this.#failure) {
        reject(hashFailed(path, this.#failure));
        return;
      }
      const id = this.#nextId++;
      this.#waiting.set(id, { path, resolve, reject });
      this.#worker.postMessage({ id, path });
    });
  }

  /** Stop the worker (interrupting a file in progress); pending requests reject. Safe to call twice. */
  async close(): Promise<void> {
    this.#fail(new Error('the hasher was closed'));
    await this.#worker.terminate();
  }

  #settle(r: Reply): void {
    const w = this.#waiting.get(r.id);
    if (!w) return;
    this.#waiting.delete(r.id);
    if (r.error) w.reject(hashFailed(w.path, Object.assign(new Error(r.error.message), { code: r.error.code })));
    else w.resolve(r);
  }

  #fail(cause: Error): void {
    this.#failure ??= cause;
    for (const w of this.#waiting.values()) w.reject(hashFailed(w.path, this.#failure));
    this.#waiting.clear();
  }
}

function hashFailed(path: string, cause: Error): ConvertError {
  return new ConvertError('CONVERT_HASH_FAILED', `cannot hash file: ${cause.message}`, {
    file: path,
    cause,
    hint: 'the file changed or became unreadable during the conversion; run it again',
  });
}
