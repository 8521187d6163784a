export interface PrefetcherOptions<T, R> {
  /** Produce one item's value (e.g. read and transform a weight). Called one at a time, in order. */
  produce: (item: T, index: number) => Promise<R>;
  /** Bytes the item's value holds until the consumer is done with it. */
  cost: (item: T) => number;
  /**
   * Most bytes of produced-but-unfinished values (the one being consumed included). One item is
   * always allowed whatever its cost, so a tensor larger than the budget still goes through alone.
   */
  budgetBytes: number;
  /** Called with each value once the consumer is done with it (or when it is discarded by `close`). */
  dispose?: (value: R) => void;
}

/**
 * Produces values of `items` ahead of the consumer, in order, within a byte budget: while the
 * consumer writes item i, items i + 1, … are already being read and transformed. Production is
 * sequential (one `produce` at a time, so reads go through the file in order and at most one
 * waits in the I/O pool ahead of the writer's) and stops while the next item would exceed the
 * budget. (Two at a time, to overlap one read with the previous transform, measured no faster
 * on the bench model.)
 *
 * Protocol: `next()` returns the next value; calling `next()` again says the previous value is
 * finished with (it is disposed and leaves the budget). `close()` must be called in all cases
 * (it is a no-op after the last value): it waits for a production in progress and disposes
 * everything produced but not consumed.
 */
export class Prefetcher<T, R> {
  readonly #items: readonly T[];
  readonly #o: PrefetcherOptions<T, R>;
  /** Produced (or in production) values not yet handed out, by index. */
  readonly #ready = new Map<number, Promise<R>>();
  /** Index of the next item to produce. */
  #produced = 0;
  /** Index of the next item to hand out. */
  #handed = 0;
  #inFlightBytes = 0;
  /** The production in progress, if any; settles (never rejects) when it ends. */
  #active: Promise<void> | undefined;
  /** A `produce` call failed: nothing more is started (the consumer gets the error at that item). */
  #failed = false;
  #current: { value: R; cost: number } | undefined;
  #closed = false;

  constructor(items: readonly T[], options: PrefetcherOptions<T, R>) {
    this.#items = items;
    this.#o = options;
    this.#pump();
  }

  /** Bytes of values produced or in production and not yet finished with. */
  get inFlightBytes(): number {
    return this.#inFlightBytes;
  }

  /** The next value in order, or undefined after the last. Rejects with `produce`'s error for that item. */
  async next(): Promise<R | undefined> {
    if (this.#closed) throw new Error('Prefetcher: next() after close()');
    this.#finishCurrent();
    if (this.#handed >= this.#items.length) return undefined;
    const index = this.#handed++;
    while (!this.#ready.has(index)) {
      if (this.#failed || this.#closed || this.#active === undefined) throw new Error('Prefetcher: production stopped before this item');
      await this.#active;
    }
    const pending = this.#ready.get(index)!;
    this.#ready.delete(index);
    const value = await pending;
    if (this.#closed) {
      // close() ran while this value was being produced and could not dispose of it.
      this.#o.dispose?.(value);
      throw new Error('Prefetcher: closed');
    }
    this.#current = { value, cost: this.#o.cost(this.#items[index]!) };
    return value;
  }

  /** Stop producing, wait for a production in progress, dispose of every value not handed out (and the current one). */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#finishCurrent();
    this.#closed = true;
    await this.#active;
    const left = [...this.#ready.values()];
    this.#ready.clear();
    for (const r of await Promise.allSettled(left)) if (r.status === 'fulfilled') this.#o.dispose?.(r.value);
  }

  #finishCurrent(): void {
    if (this.#current === undefined) return;
    const { value, cost } = this.#current;
    this.#current = undefined;
    this.#inFlightBytes -= cost;
    this.#o.dispose?.(value);
    this.#pump();
  }

  /** Start producing the next item when none is being produced and the budget allows. */
  #pump(): void {
    if (!this.#closed && !this.#failed && this.#active === undefined && this.#produced < this.#items.length) {
      const index = this.#produced;
      const item = this.#items[index]!;
      const cost = this.#o.cost(item);
      // With nothing in flight the next item always starts, however large.
      if (this.#inFlightBytes > 0 && this.#inFlightBytes + cost > this.#o.budgetBytes) return;
      this.#produced++;
      this.#inFlightBytes += cost;
      let p: Promise<R>;
      try {
        p = this.#o.produce(item, index);
      } catch (e) {
        p = Promise.reject(e instanceof Error ? e : new Error(String(e)));
      }
      this.#ready.set(index, p);
      const settled: Promise<void> = p
        .then(
          () => undefined,
          () => {
            this.#failed = true;
          },
        )
        .then(() => {
          this.#active = undefined;
          this.#pump();
        });
      this.#active = settled;
    }
  }
}
