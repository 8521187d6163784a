import { applyTransforms, applyTransformsRange, materialize, readSource } from './materialize.js';
import type { ByteRange, MaterializeOptions } from './materialize.js';
import type { Initializer, TensorInitializer } from './ir.js';

/** How an emitter gets an initializer's bytes: `materialize`, or a reader shared with other emitters. */
export interface WeightReader {
  materialize(init: Initializer, options?: MaterializeOptions): Promise<Uint8Array>;
}

/** The plain reader: every call reads its tensor's file bytes. */
export const DIRECT_READER: WeightReader = { materialize };

export interface SharedSourcesOptions {
  /**
   * Most bytes of source tensors held for consumers that have not taken them yet. A consumer that
   * runs ahead waits for the others before reading more; one tensor always goes through when every
   * consumer waits, so a tensor larger than the budget cannot stall them.
   */
  budgetBytes: number;
}

interface Entry {
  bytes: Promise<Uint8Array>;
  size: number;
  /** Consumers that will still take this source. */
  users: Set<number>;
}

/**
 * One read of each weight for several emitters (fan-out): every consumer (an emitter writing one
 * variant) declares the initializers it will materialize, in order; each source tensor is read
 * once, kept until every consumer that uses it has moved past it, and each consumer applies its
 * own transforms (cast, transpose, quantize) to the shared bytes. Consumers must run concurrently
 * (e.g. `Promise.all` of the emitters) and call `done(i)` when they finish or fail; `abort(e)`
 * makes every waiting and later read fail with `e`.
 */
export class SharedSources {
  readonly #budget: number;
  readonly #orders: string[][];
  readonly #position: number[];
  readonly #finished: boolean[];
  readonly #entries = new Map<string, Entry>();
  readonly #waiting = new Map<number, () => void>();
  #held = 0;
  #error: Error | undefined;
  /** Source reads done (one per source tensor when the fan-out works). */
  reads = 0;

  constructor(consumers: readonly (readonly Initializer[])[], options: SharedSourcesOptions) {
    this.#budget = options.budgetBytes;
    this.#orders = consumers.map((inits) => {
      const keys: string[] = [];
      for (const init of inits) {
        if (init.kind !== 'tensor') continue;
        const k = sourceKey(init);
        if (keys[keys.length - 1] !== k && !keys.includes(k)) keys.push(k);
      }
      return keys;
    });
    this.#position = consumers.map(() => 0);
    this.#finished = consumers.map(() => false);
  }

  /** The reader consumer `i` (its index in the constructor's list) passes to its emitter. */
  reader(i: number): WeightReader {
    return {
      materialize: (init, options) => (init.kind === 'tensor' ? this.#take(i, init, options?.range) : materialize(init, options)),
    };
  }

  /** Consumer `i` will read nothing more: what it still held is released. */
  done(i: number): void {
    if (this.#finished[i]) return;
    this.#finished[i] = true;
    for (const k of this.#orders[i]!) this.#release(i, k);
    this.#wake();
  }

  /** Fail every pending and later read (another consumer failed: the conversion is over). */
  abort(error: unknown): void {
    this.#error ??= error instanceof Error ? error : new Error(String(error));
    this.#wake();
  }

  async #take(i: number, init: TensorInitializer, range: ByteRange | undefined): Promise<Uint8Array> {
    const key = sourceKey(init);
    const order = this.#orders[i]!;
    const at = order.indexOf(key, this.#position[i]);
    // Keys before this one are finished with by consumer i.
    if (at >= 0) {
      for (let j = this.#position[i]!; j < at; j++) this.#release(i, order[j]!);
      this.#position[i] = at;
    }
    let entry = this.#entries.get(key);
    while (entry === undefined) {
      if (this.#error !== undefined) throw this.#error;
      if (this.#held === 0 || this.#held + init.source.byteLength <= this.#budget || this.#allWaitingBut(i)) {
        entry = this.#read(init, key);
        break;
      }
      await new Promise<void>((resolve) => this.#waiting.set(i, resolve));
      this.#waiting.delete(i);
      entry = this.#entries.get(key);
    }
    if (this.#error !== undefined) throw this.#error;
    const source = await entry.bytes;
    const allocate = (n: number): Uint8Array => new Uint8Array(n);
    if (range !== undefined)
      return init.transforms.length === 0 ? source.subarray(range.begin, range.end) : applyTransformsRange(init, source, range, allocate);
    return applyTransforms(init, source, allocate, () => {});
  }

  #read(init: TensorInitializer, key: string): Entry {
    const users = new Set<number>();
    this.#orders.forEach((keys, c) => {
      if (!this.#finished[c] && keys.indexOf(key, this.#position[c]) >= 0) users.add(c);
    });
    const size = init.source.byteLength;
    const bytes = readSource(
      init,
      (n) => new Uint8Array(n),
      () => {},
    );
    bytes.catch(() => undefined);
    const entry: Entry = { bytes, size, users };
    this.#entries.set(key, entry);
    this.#held += size;
    this.reads++;
    return entry;
  }

  #release(i: number, key: string): void {
    const entry = this.#entries.get(key);
    if (!entry || !entry.users.delete(i) || entry.users.size > 0) return;
    this.#entries.delete(key);
    this.#held -= entry.size;
    this.#wake();
  }

  /** Every other unfinished consumer is waiting for the budget: let `i` read so that someone moves. */
  #allWaitingBut(i: number): boolean {
    return this.#finished.every((f, c) => f || c === i || this.#waiting.has(c));
  }

  #wake(): void {
    const waiters = [...this.#waiting.values()];
    this.#waiting.clear();
    for (const w of waiters) w();
  }
}

/** Initializers reading the same file bytes share one read. */
function sourceKey(init: TensorInitializer): string {
  const s = init.source;
  return `${s.file}\u0000${s.byteOffset}\u0000${s.byteLength}`;
}
