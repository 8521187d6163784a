import { describe, expect, it } from 'vitest';
import { Prefetcher } from './prefetcher.js';

interface Item {
  name: string;
  bytes: number;
}

/** A producer whose calls resolve only when the test says so, recording what ran when. */
function controlled() {
  const log: string[] = [];
  const waiting = new Map<string, { resolve: (v: string) => void; reject: (e: Error) => void }>();
  const produce = (item: Item): Promise<string> => {
    log.push(`start ${item.name}`);
    return new Promise<string>((resolve, reject) => waiting.set(item.name, { resolve, reject }));
  };
  const settle = async (name: string, error?: Error): Promise<void> => {
    const w = waiting.get(name);
    if (!w) throw new Error(`${name} was not started`);
    waiting.delete(name);
    if (error) w.reject(error);
    else w.resolve(`value ${name}`);
    await new Promise((r) => setImmediate(r));
  };
  return { log, produce, settle, started: () => [...waiting.keys()] };
}

const items = (...bytes: number[]): Item[] => bytes.map((b, i) => ({ name: String.fromCharCode(97 + i), bytes: b }));

describe('Prefetcher', () => {
  it('hands out values in order and produces ahead, one at a time, within the budget', async () => {
    const c = controlled();
    const disposed: string[] = [];
    const p = new Prefetcher(items(4, 4, 4, 4), { produce: c.produce, cost: (i) => i.bytes, budgetBytes: 10, dispose: (v) => disposed.push(v) });
    expect(c.log).toEqual(['start a']); // started at construction, one at a time
    await c.settle('a');
    expect(c.log).toEqual(['start a', 'start b']);
    await c.settle('b');
    // a + b + c = 12 > 10: c waits until the consumer is done with a.
    expect(c.log).toEqual(['start a', 'start b']);
    expect(p.inFlightBytes).toBe(8);
    expect(await p.next()).toBe('value a');
    expect(c.log).toEqual(['start a', 'start b']);
    expect(await p.next()).toBe('value b'); // finishing a frees 4 bytes
    expect(disposed).toEqual(['value a']);
    expect(c.log).toEqual(['start a', 'start b', 'start c']);
    const third = p.next();
    await c.settle('c');
    expect(await third).toBe('value c');
    await c.settle('d');
    expect(await p.next()).toBe('value d');
    expect(await p.next()).toBeUndefined();
    expect(disposed).toEqual(['value a', 'value b', 'value c', 'value d']);
    expect(p.inFlightBytes).toBe(0);
    await p.close();
    expect(disposed).toHaveLength(4);
  });

  it('lets an item larger than the budget through on its own', async () => {
    const c = controlled();
    const p = new Prefetcher(items(1, 50, 1), { produce: c.produce, cost: (i) => i.bytes, budgetBytes: 10 });
    await c.settle('a');
    expect(c.started()).toEqual([]); // 1 + 50 > 10
    expect(await p.next()).toBe('value a');
    const big = p.next();
    expect(c.started()).toEqual(['b']);
    await c.settle('b');
    expect(await big).toBe('value b');
    expect(c.started()).toEqual([]); // 50 + 1 > 10 while b is being consumed
    const last = p.next();
    await c.settle('c');
    expect(await last).toBe('value c');
    await p.close();
  });

  it("a failing item rejects that item's next(), stops production, and close() disposes what was produced", async () => {
    const c = controlled();
    const disposed: string[] = [];
    const p = new Prefetcher(items(1, 1, 1, 1), { produce: c.produce, cost: (i) => i.bytes, budgetBytes: 100, dispose: (v) => disposed.push(v) });
    await c.settle('a');
    await c.settle('b', new Error('disk on fire'));
    expect(c.started()).toEqual([]); // nothing after the failure
    expect(await p.next()).toBe('value a');
    await expect(p.next()).rejects.toThrow('disk on fire');
    await p.close();
    expect(disposed).toEqual(['value a']);
    await expect(p.next()).rejects.toThrow(/after close/);
  });

  it('close() while an item is being produced waits for it and disposes of it', async () => {
    const c = controlled();
    const disposed: string[] = [];
    const p = new Prefetcher(items(1, 1), { produce: c.produce, cost: (i) => i.bytes, budgetBytes: 100, dispose: (v) => disposed.push(v) });
    const closing = p.close();
    let closed = false;
    void closing.then(() => (closed = true));
    await new Promise((r) => setImmediate(r));
    expect(closed).toBe(false);
    await c.settle('a');
    await closing;
    expect(disposed).toEqual(['value a']);
    expect(c.log).toEqual(['start a']);
  });

  it('a produce() that throws synchronously is reported like a rejection', async () => {
    const p = new Prefetcher([1], {
      produce: () => {
        throw new Error('sync');
      },
      cost: () => 1,
      budgetBytes: 1,
    });
    await expect(p.next()).rejects.toThrow('sync');
    await p.close();
  });

  it('an empty list ends at once', async () => {
    const p = new Prefetcher([], { produce: async () => 1, cost: () => 1, budgetBytes: 1 });
    expect(await p.next()).toBeUndefined();
    await p.close();
  });
});
