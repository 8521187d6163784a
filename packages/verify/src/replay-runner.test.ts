import { describe, expect, it } from 'vitest';
import type { HostTensorMap } from '@mlpack/core';
import { replayRunner } from './replay-runner.js';
import type { Runner } from './runner.js';

/** A runner whose outputs count its real calls. */
function counting(): Runner & { calls: number } {
  const r = {
    name: 'inner',
    calls: 0,
    async run(inputs: HostTensorMap): Promise<HostTensorMap> {
      r.calls++;
      const ids = inputs['input_ids']!.data as BigInt64Array;
      return { out: { dtype: 'float64', dims: [1], data: Float64Array.of(Number(ids[0]) * 10 + r.calls) } };
    },
    async dispose(): Promise<void> {},
  };
  return r;
}

const ids = (v: number): HostTensorMap => ({ input_ids: { dtype: 'int64', dims: [1, 1], data: BigInt64Array.of(BigInt(v)) } });

describe('replayRunner', () => {
  it('answers the same sequence of calls from memory after rewind', async () => {
    const inner = counting();
    const r = replayRunner(inner);
    const first = [await r.run(ids(1)), await r.run(ids(2)), await r.run(ids(3))];
    r.rewind();
    const second = [await r.run(ids(1)), await r.run(ids(2)), await r.run(ids(3))];
    expect(inner.calls).toBe(3);
    expect(r.replayed).toBe(3);
    expect(second).toEqual(first);
    // A longer sequence: the recorded prefix is replayed, the rest computed and recorded.
    r.rewind();
    await r.run(ids(1));
    await r.run(ids(2));
    await r.run(ids(3));
    const fourth = await r.run(ids(4));
    expect(inner.calls).toBe(4);
    expect((fourth['out']!.data as Float64Array)[0]).toBe(44);
  });

  it('computes afresh from the first call whose inputs differ, and forgets what followed', async () => {
    const inner = counting();
    const r = replayRunner(inner);
    await r.run(ids(1));
    await r.run(ids(2));
    r.rewind();
    await r.run(ids(1));
    const changed = await r.run(ids(7));
    expect(inner.calls).toBe(3);
    expect((changed['out']!.data as Float64Array)[0]).toBe(73);
    r.rewind();
    await r.run(ids(1));
    await r.run(ids(7));
    expect(inner.calls).toBe(3);
  });

  it('stops recording beyond its byte budget (computes again, still correct)', async () => {
    const inner = counting();
    const r = replayRunner(inner, { budgetBytes: 8 }); // one float64 output
    await r.run(ids(1));
    await r.run(ids(2));
    r.rewind();
    await r.run(ids(1));
    const again = await r.run(ids(2));
    expect(inner.calls).toBe(3);
    expect((again['out']!.data as Float64Array)[0]).toBe(23);
  });
});
