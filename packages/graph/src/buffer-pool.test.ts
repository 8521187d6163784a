import { describe, expect, it } from 'vitest';
import { BufferPool, POOL_MIN_BYTES } from './buffer-pool.js';

const MB = 1 << 20;

describe('BufferPool', () => {
  it('reuses a returned buffer for the next request of a similar size', () => {
    const pool = new BufferPool({ maxIdleBytes: 64 * MB });
    const a = pool.take(9 * MB);
    expect(a.length).toBe(9 * MB);
    expect(a.byteOffset).toBe(0);
    pool.give(a);
    expect(pool.idleBytes).toBe(9 * MB);
    const b = pool.take(8 * MB);
    expect(b.buffer).toBe(a.buffer);
    expect(b.length).toBe(8 * MB);
    expect(pool.idleBytes).toBe(0);
    expect(pool.allocatedBytes).toBe(9 * MB);
  });

  it('picks the smallest idle buffer that fits, and never one more than twice the request', () => {
    const pool = new BufferPool({ maxIdleBytes: 64 * MB });
    const big = pool.take(20 * MB);
    const mid = pool.take(4 * MB);
    pool.give(big);
    pool.give(mid);
    expect(pool.take(3 * MB).buffer).toBe(mid.buffer);
    // 20 MB is more than twice 2 MB: a new buffer rather than tying up the big one.
    const small = pool.take(2 * MB);
    expect(small.buffer).not.toBe(big.buffer);
    expect(pool.take(12 * MB).buffer).toBe(big.buffer);
    expect(pool.allocatedBytes).toBe(26 * MB);
  });

  it('keeps at most maxIdleBytes idle, dropping the least recently returned, and ignores foreign, small and repeated buffers', () => {
    const pool = new BufferPool({ maxIdleBytes: 10 * MB });
    const a = pool.take(6 * MB);
    const b = pool.take(6 * MB);
    pool.give(b);
    pool.give(a); // 12 MB idle: b, returned first, is dropped
    pool.give(a); // already idle
    expect(pool.idleBytes).toBe(6 * MB);
    expect(pool.take(6 * MB).buffer).toBe(a.buffer);
    pool.give(a);
    pool.give(new Uint8Array(8 * MB)); // not the pool's
    const tiny = pool.take(POOL_MIN_BYTES - 1);
    pool.give(tiny);
    expect(pool.idleBytes).toBe(6 * MB);
    pool.clear();
    expect(pool.idleBytes).toBe(0);
    expect(pool.take(6 * MB).buffer).not.toBe(a.buffer);
  });

  it('a new working-set size displaces idle buffers of an old one (4 MiB pieces, then 9 MB layers)', () => {
    const pool = new BufferPool({ maxIdleBytes: 16 * MB });
    const pieces = [pool.take(4 * MB), pool.take(4 * MB), pool.take(4 * MB), pool.take(4 * MB)];
    pieces.forEach((p) => pool.give(p));
    expect(pool.idleBytes).toBe(16 * MB);
    // 9 MB does not fit a 4 MB buffer: allocate, then keep it on return by dropping the three stalest pieces.
    const layer = pool.take(9 * MB);
    pool.give(layer);
    expect(pool.idleBytes).toBe(9 * MB + 4 * MB);
    expect(pool.take(9 * MB).buffer).toBe(layer.buffer);
    expect(pool.take(4 * MB).buffer).toBe(pieces[3]!.buffer);
    // A buffer larger than the whole idle budget is never kept.
    const huge = pool.take(17 * MB);
    pool.give(huge);
    expect(pool.idleBytes).toBe(0);
  });

  it('rejects a negative idle budget', () => {
    expect(() => new BufferPool({ maxIdleBytes: -1 })).toThrow(RangeError);
  });
});
