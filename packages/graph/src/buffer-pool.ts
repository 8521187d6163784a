/**
 * Buffers below this size are plain allocations: V8 makes small ones cheaply, and pooling them
 * would only fragment the pool. 64 KiB is far below a BERT-sized weight (2.4 MB and up).
 */
export const POOL_MIN_BYTES = 64 * 1024;

/**
 * A pooled buffer is reused only for a request of at least this fraction of its size, so a large
 * buffer (the 94 MB word embeddings) is not tied up holding a small tensor while a mid-sized
 * request has to allocate anyway.
 */
const MIN_FILL = 0.5;

export interface BufferPoolOptions {
  /** Most bytes of idle buffers kept for reuse (the least recently returned are dropped first). */
  maxIdleBytes: number;
}

/**
 * Reusable byte buffers for materializing weights: each tensor read, cast or transposed takes a
 * buffer and gives it back once written, so converting a model allocates about as many buffers as
 * are in flight at once instead of two fresh ones per tensor (which costs page-fault zeroing and
 * garbage collection for every byte of the model). A buffer handed out must not be used after it
 * is given back. Not thread-safe (one event loop).
 */
export class BufferPool {
  readonly #maxIdleBytes: number;
  /** Idle buffers, ascending by size (best fit is the first one large enough). */
  readonly #idle: ArrayBuffer[] = [];
  #idleBytes = 0;
  /** Buffers this pool allocated (anything else given back is ignored). */
  readonly #own = new WeakSet<ArrayBuffer>();
  /** When each idle buffer was last returned (a counter), to drop the stalest first. */
  readonly #returned = new WeakMap<ArrayBuffer, number>();
  #clock = 0;
  #allocatedBytes = 0;

  constructor(options: BufferPoolOptions) {
    if (!(options.maxIdleBytes >= 0)) throw new RangeError(`maxIdleBytes must be >= 0, got ${options.maxIdleBytes}`);
    this.#maxIdleBytes = options.maxIdleBytes;
  }

  /** Bytes currently held idle for reuse. */
  get idleBytes(): number {
    return this.#idleBytes;
  }

  /** Total bytes of pooled buffers allocated so far (a measure of how well reuse works). */
  get allocatedBytes(): number {
    return this.#allocatedBytes;
  }

  /**
   * A view of exactly `byteLength` bytes at offset 0 of a reused or new buffer. Its contents are
   * undefined (whatever the last user left): the caller must overwrite every byte.
   */
  take(byteLength: number): Uint8Array<ArrayBuffer> {
    if (byteLength < POOL_MIN_BYTES) return new Uint8Array(byteLength);
    const i = this.#idle.findIndex((b) => b.byteLength >= byteLength);
    const fit = i >= 0 ? this.#idle[i]! : undefined;
    if (fit !== undefined && byteLength >= fit.byteLength * MIN_FILL) {
      this.#idle.splice(i, 1);
      this.#idleBytes -= fit.byteLength;
      return new Uint8Array(fit, 0, byteLength);
    }
    const buffer = new ArrayBuffer(byteLength);
    this.#own.add(buffer);
    this.#allocatedBytes += byteLength;
    return new Uint8Array(buffer, 0, byteLength);
  }

  /**
   * Return a buffer from `take` for reuse. Buffers the pool did not allocate, and repeats, are
   * ignored. When the idle buffers would exceed `maxIdleBytes`, the least recently returned ones
   * are dropped: the sizes in use now (a model's layers repeat) are the ones worth keeping.
   */
  give(bytes: Uint8Array): void {
    const buffer = bytes.buffer;
    if (!(buffer instanceof ArrayBuffer) || !this.#own.has(buffer) || this.#idle.includes(buffer)) return;
    if (buffer.byteLength > this.#maxIdleBytes) return;
    const at = this.#idle.findIndex((b) => b.byteLength > buffer.byteLength);
    this.#idle.splice(at < 0 ? this.#idle.length : at, 0, buffer);
    this.#idleBytes += buffer.byteLength;
    this.#returned.set(buffer, this.#clock++);
    while (this.#idleBytes > this.#maxIdleBytes) {
      let oldest = 0;
      for (let i = 1; i < this.#idle.length; i++) if (this.#returned.get(this.#idle[i]!)! < this.#returned.get(this.#idle[oldest]!)!) oldest = i;
      this.#idleBytes -= this.#idle[oldest]!.byteLength;
      this.#idle.splice(oldest, 1);
    }
  }

  /** Drop every idle buffer. */
  clear(): void {
    this.#idle.length = 0;
    this.#idleBytes = 0;
  }
}
