import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hasSharedFixtures, makeTempDir, removeTempDir, sharedFixture } from '@mlpack/test-utils';
import type { HostTensor } from '@mlpack/core';
import { compareOutputs } from './compare-outputs.js';
import { alignGoldenOutputs, parseGolden, readGolden, writeGolden } from './goldens.js';

const ids = (t: HostTensor | undefined): number[] => Array.from(t!.data as BigInt64Array, Number);

describe.skipIf(!hasSharedFixtures())('legacy reference_*.json goldens from the shared fixtures', () => {
  it('tiny-bert: sequences, token types, all-ones mask, hidden and pooler', async () => {
    const path = join(sharedFixture('tiny-bert'), 'reference_hidden.json');
    const raw = JSON.parse(await readFile(path, 'utf8'));
    const g = await readGolden(path);
    expect(g.format).toBe('legacy-reference');
    expect(Object.keys(g.inputs).sort()).toEqual(['attention_mask', 'input_ids', 'token_type_ids']);
    expect(g.inputs.input_ids!.dtype).toBe('int64');
    expect(g.inputs.input_ids!.dims).toEqual([3, 16]);
    expect(ids(g.inputs.input_ids).slice(0, 16)).toEqual(raw.sequences[0]);
    expect(ids(g.inputs.input_ids).slice(32)).toEqual(raw.sequences[2]);
    expect(ids(g.inputs.token_type_ids).slice(16, 32)).toEqual(raw.token_types[1]);
    expect(ids(g.inputs.attention_mask)).toEqual(new Array(48).fill(1)); // no real_tokens: all attended
    expect(Object.keys(g.outputs).sort()).toEqual(['last_hidden_state', 'pooler_output']);
    const h = g.outputs.last_hidden_state!;
    expect(h.dtype).toBe('float64');
    expect(h.dims).toEqual([3, 16, 8]);
    expect(h.data[0]).toBe(raw.hidden[0][0][0]);
    expect(h.data[1 * 128 + 5 * 8 + 3]).toBe(raw.hidden[1][5][3]);
    expect(h.data[383]).toBe(raw.hidden[2][15][7]);
    expect(g.outputs.pooler_output!.dims).toEqual([3, 8]);
    expect(g.outputs.pooler_output!.data[2 * 8 + 6]).toBe(raw.pooler[2][6]);
  });

  it('tiny-distilbert: hidden only; tiny-roberta: [3,14] with pooler', async () => {
    const d = await readGolden(join(sharedFixture('tiny-distilbert'), 'reference_hidden.json'));
    expect(Object.keys(d.outputs)).toEqual(['last_hidden_state']);
    expect(d.outputs.last_hidden_state!.dims).toEqual([3, 16, 8]);
    const r = await readGolden(join(sharedFixture('tiny-roberta'), 'reference_hidden.json'));
    expect(r.inputs.input_ids!.dims).toEqual([3, 14]);
    expect(r.outputs.last_hidden_state!.dims).toEqual([3, 14, 8]);
    expect(r.outputs.pooler_output!.dims).toEqual([3, 8]);
  });

  it('tiny-llama: per-position logits parse (its embedded config is metadata)', async () => {
    const g = await readGolden(join(sharedFixture('tiny-llama'), 'reference_logits.json'));
    expect(g.outputs.logits!.dims).toEqual([3, 16, 11]);
    expect(g.inputs.token_type_ids).toBeUndefined();
  });

  it('gpt2 classifier goldens (pooled_position is informational) read; bart encoder/decoder goldens are refused as not supported yet', async () => {
    const gpt2 = await readGolden(join(sharedFixture('tiny-gpt2-seqcls'), 'reference_logits.json'));
    expect(gpt2.outputs['logits']!.dims).toEqual([3, 3]);
    expect(gpt2.inputs['input_ids']!.dims).toEqual([3, 16]);
    const bart = readGolden(join(sharedFixture('tiny-bart'), 'reference_logits.json'));
    await expect(bart).rejects.toMatchObject({ code: 'GOLDEN_UNSUPPORTED_SHAPE', pointer: '/dec_sequences' });
    await expect(bart).rejects.toThrow(/"enc_sequences"/);
  });
});

describe('legacy golden edge cases', () => {
  const base = {
    sequences: [
      [5, 6, 7],
      [8, 9, 10],
    ],
    logits: [
      [0.5, 1.5],
      [2.5, 3.5],
    ],
  };
  it('real_tokens as per-row counts or as a mask', () => {
    const counts = parseGolden({ ...base, real_tokens: [2, 1] });
    expect(ids(counts.inputs.attention_mask)).toEqual([1, 1, 0, 1, 0, 0]);
    const mask = parseGolden({
      ...base,
      real_tokens: [
        [1, 0, 1],
        [1, 1, 1],
      ],
    });
    expect(ids(mask.inputs.attention_mask)).toEqual([1, 0, 1, 1, 1, 1]);
    expect(() => parseGolden({ ...base, real_tokens: [2, 4] })).toThrow(expect.objectContaining({ code: 'GOLDEN_BAD', pointer: '/real_tokens/1' }));
    expect(() =>
      parseGolden({
        ...base,
        real_tokens: [
          [1, 2, 1],
          [1, 1, 1],
        ],
      }),
    ).toThrow(expect.objectContaining({ pointer: '/real_tokens/0/1' }));
  });
  it('ragged arrays, non-integer ids and batch mismatches name the pointer', () => {
    expect(() =>
      parseGolden({
        ...base,
        sequences: [
          [1, 2, 3],
          [4, 5],
        ],
      }),
    ).toThrow(expect.objectContaining({ code: 'GOLDEN_BAD', pointer: '/sequences/1' }));
    expect(() =>
      parseGolden({
        ...base,
        sequences: [
          [1, 2.5, 3],
          [4, 5, 6],
        ],
      }),
    ).toThrow(expect.objectContaining({ code: 'GOLDEN_BAD', pointer: '/sequences/0/1' }));
    expect(() => parseGolden({ ...base, logits: [[1, 2]] })).toThrow(expect.objectContaining({ code: 'GOLDEN_BAD', pointer: '/logits' }));
    expect(() => parseGolden({ sequences: base.sequences })).toThrow(expect.objectContaining({ code: 'GOLDEN_BAD' }));
    expect(() =>
      parseGolden({
        ...base,
        token_types: [
          [0, 0],
          [0, 0],
        ],
      }),
    ).toThrow(expect.objectContaining({ pointer: '/token_types' }));
  });
});

describe('mlpack-golden documents', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await makeTempDir('mlpack-verify-golden-');
  });
  afterEach(async () => {
    await removeTempDir(dir);
  });

  const record = {
    source: 'test',
    inputs: {
      input_ids: { dtype: 'int64', dims: [2, 2], data: BigInt64Array.from([101n, 7n, 101n, 0n]) } as HostTensor,
      attention_mask: { dtype: 'int64', dims: [2, 2], data: BigInt64Array.from([1n, 1n, 1n, 0n]) } as HostTensor,
    },
    outputs: { logits: { dtype: 'float64', dims: [2, 3], data: Float64Array.from([0.1, -2, 3e-8, 4, 5, 6]) } as HostTensor },
    atol: 1e-5,
  };

  it('round-trips through writeGolden/readGolden with float32 outputs and sorted keys', async () => {
    const path = join(dir, 'golden.json');
    await writeGolden(path, record);
    const text = await readFile(path, 'utf8');
    expect(text.endsWith('}\n')).toBe(true);
    expect(Object.keys(JSON.parse(text))).toEqual(['format', 'version', 'source', 'inputs', 'outputs', 'atol']);
    expect(Object.keys(JSON.parse(text).inputs)).toEqual(['attention_mask', 'input_ids']);
    const g = await readGolden(path);
    expect(g.format).toBe('mlpack-golden');
    expect(g.atol).toBe(1e-5);
    expect(g.rtol).toBeUndefined();
    expect(ids(g.inputs.input_ids)).toEqual([101, 7, 101, 0]);
    expect(g.outputs.logits!.dims).toEqual([2, 3]);
    expect(g.outputs.logits!.data[0]).toBe(Math.fround(0.1));
    expect(g.outputs.logits!.data[2]).toBe(Math.fround(3e-8));
    // deterministic bytes
    await writeGolden(join(dir, 'again.json'), record);
    expect(await readFile(join(dir, 'again.json'), 'utf8')).toBe(text);
  });

  it('reads strictly: a duplicate key is refused with its pointer', async () => {
    const path = join(dir, 'dup.json');
    await writeFile(path, '{"sequences": [[1, 2]], "logits": [[0.5]], "logits": [[0.25]]}');
    await expect(readGolden(path)).rejects.toMatchObject({ code: 'GOLDEN_BAD', pointer: '/logits' });
    await expect(readGolden(path)).rejects.toThrow(/JSON_DUPLICATE_KEY/);
  });

  it('refuses NaN outputs when writing (JSON cannot hold them)', async () => {
    const withNaN = { ...record, outputs: { logits: { dtype: 'float32', dims: [2], data: Float32Array.from([1, NaN]) } as HostTensor } };
    await expect(writeGolden(join(dir, 'x.json'), withNaN)).rejects.toMatchObject({ code: 'GOLDEN_NONFINITE', tensor: 'logits' });
  });

  it('names the pointer of bad fields and unknown formats', () => {
    const doc = (over: Record<string, unknown>) => ({
      format: 'mlpack-golden',
      version: 1,
      inputs: { input_ids: { dtype: 'int64', dims: [1, 2], data: [1, 2] } },
      outputs: { logits: { dtype: 'float32', dims: [1, 2], data: [0.5, 1] } },
      ...over,
    });
    expect(parseGolden(doc({})).outputs.logits!.data[1]).toBe(1);
    expect(() => parseGolden(doc({ format: 'other' }))).toThrow(expect.objectContaining({ code: 'GOLDEN_UNKNOWN_FORMAT', pointer: '/format' }));
    expect(() => parseGolden(doc({ version: 2 }))).toThrow(expect.objectContaining({ code: 'GOLDEN_UNKNOWN_FORMAT', pointer: '/version' }));
    expect(() => parseGolden(doc({ outputs: { logits: { dtype: 'float32', dims: [1, 3], data: [0.5, 1] } } }))).toThrow(
      expect.objectContaining({ code: 'GOLDEN_BAD', pointer: '/outputs/logits/data' }),
    );
    expect(() => parseGolden(doc({ inputs: { input_ids: { dtype: 'int64', dims: [1, 2], data: [1, 0.5] } } }))).toThrow(
      expect.objectContaining({ code: 'GOLDEN_BAD', pointer: '/inputs/input_ids/data/1' }),
    );
    expect(() => parseGolden(doc({ inputs: { input_ids: { dtype: 'uint8', dims: [1], data: [1] } } }))).toThrow(
      expect.objectContaining({ code: 'GOLDEN_BAD', pointer: '/inputs/input_ids/dtype' }),
    );
    expect(() => parseGolden(doc({ atol: -1 }))).toThrow(expect.objectContaining({ code: 'GOLDEN_BAD', pointer: '/atol' }));
  });
});

describe('goldens of any rank', () => {
  const logits = (dims: number[], values: number[]): HostTensor => ({ dtype: 'float32', dims, data: Float32Array.from(values) });

  it('a reranker golden recorded as [n] or [n, 1] compares with [n, 1] logits; other shapes still fail', () => {
    const model = { logits: logits([3, 1], [0.5, -1.25, 2]) };
    for (const dims of [[3], [3, 1], [1, 3, 1]]) {
      const golden = parseGolden({
        format: 'mlpack-golden',
        version: 1,
        inputs: { input_ids: { dtype: 'int64', dims: [3, 2], data: [1, 2, 3, 4, 5, 6] } },
        outputs: { logits: { dtype: 'float32', dims, data: [0.5, -1.25, 2] } },
      });
      const aligned = alignGoldenOutputs(golden.outputs, model);
      expect(aligned.logits!.dims).toEqual([3, 1]);
      expect(compareOutputs(model, aligned, { atol: 1e-6, rtol: 0 }).ok).toBe(true);
    }
    const legacy = parseGolden(
      {
        sequences: [
          [1, 2],
          [3, 4],
          [5, 6],
        ],
        logits: [0.5, -1.25, 2],
      },
      { file: 'reference_logits.json' },
    );
    expect(compareOutputs(model, alignGoldenOutputs(legacy.outputs, model), { atol: 1e-6, rtol: 0 }).ok).toBe(true);
    // Without alignment the shapes differ and the comparison fails: the alignment is what accepts it.
    expect(compareOutputs(model, legacy.outputs, { atol: 1e-6, rtol: 0 }).ok).toBe(false);
    // A different element count or order of non-1 dims is not aligned.
    const wide = { logits: logits([3, 2], [0, 0, 0, 0, 0, 0]) };
    expect(alignGoldenOutputs(wide, model).logits!.dims).toEqual([3, 2]);
    expect(compareOutputs(model, alignGoldenOutputs(wide, model), { atol: 1, rtol: 0 }).ok).toBe(false);
    const transposed = { logits: logits([2, 3], [0, 0, 0, 0, 0, 0]) };
    expect(alignGoldenOutputs(transposed, { logits: logits([3, 2], [0, 0, 0, 0, 0, 0]) }).logits!.dims).toEqual([2, 3]);
  });
});
