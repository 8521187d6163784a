/** Seeded inputs for parity tests: a padded batch of two rows of unequal length. */
import type { HostTensor } from '@mlpack/core';

/** mulberry32: a tiny seeded PRNG, enough to pick token ids reproducibly. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface PaddedBatch {
  input_ids: HostTensor;
  attention_mask: HostTensor;
  token_type_ids: HostTensor;
  /** Real (unpadded) length of each row. */
  lengths: number[];
}

export interface PaddedBatchOptions {
  seed: number;
  vocab: number;
  /** Real length of each row; the batch is padded to the longest. */
  lengths: readonly number[];
  /** Id written at padding positions (RoBERTa's pad id matters for its position ids). */
  padId: number;
  /** Ids never drawn for real tokens (the pad id, so that RoBERTa position ids count every real token). */
  avoid?: readonly number[];
  /** Token types: real tokens after this index get type 1 (omit for all zeros). */
  secondSegmentFrom?: number;
}

export function paddedBatch(o: PaddedBatchOptions): PaddedBatch {
  const rand = mulberry32(o.seed);
  const seq = Math.max(...o.lengths);
  const b = o.lengths.length;
  const ids = new BigInt64Array(b * seq);
  const mask = new BigInt64Array(b * seq);
  const types = new BigInt64Array(b * seq);
  const avoid = new Set(o.avoid ?? [o.padId]);
  o.lengths.forEach((len, r) => {
    for (let i = 0; i < seq; i++) {
      const k = r * seq + i;
      if (i < len) {
        let id: number;
        do id = Math.floor(rand() * o.vocab);
        while (avoid.has(id));
        ids[k] = BigInt(id);
        mask[k] = 1n;
        types[k] = o.secondSegmentFrom !== undefined && i >= o.secondSegmentFrom ? 1n : 0n;
      } else {
        ids[k] = BigInt(o.padId);
      }
    }
  });
  const dims = [b, seq];
  return {
    input_ids: { dtype: 'int64', dims, data: ids },
    attention_mask: { dtype: 'int64', dims, data: mask },
    token_type_ids: { dtype: 'int64', dims, data: types },
    lengths: [...o.lengths],
  };
}
