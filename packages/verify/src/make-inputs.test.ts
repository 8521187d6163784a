import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasSharedFixtures, sharedFixture } from '@mlpack/test-utils';
import type { HostTensor } from '@mlpack/core';
import { DEFAULT_PAIRS, DEFAULT_TEXTS, MAX_BATCH, MAX_TEXT_BYTES, makeInputs } from './make-inputs.js';

const rows = (t: HostTensor | undefined): number[][] => {
  const [b, s] = t!.dims as [number, number];
  const v = Array.from(t!.data as BigInt64Array, Number);
  return Array.from({ length: b }, (_, i) => v.slice(i * s, (i + 1) * s));
};

describe.skipIf(!hasSharedFixtures())('tokenizer inputs (tiny-bert-seqcls-tokenizer)', () => {
  const dir = sharedFixture('tiny-bert-seqcls-tokenizer');
  const load = async () => {
    const vocab = (await readFile(join(dir, 'vocab.txt'), 'utf8')).split('\n');
    const config = JSON.parse(await readFile(join(dir, 'config.json'), 'utf8'));
    const tokenizerConfig = JSON.parse(await readFile(join(dir, 'tokenizer_config.json'), 'utf8'));
    return {
      cls: vocab.indexOf('[CLS]'),
      sep: vocab.indexOf('[SEP]'),
      pad: vocab.indexOf('[PAD]'),
      config,
      tokenizer: { tokenizerJson: join(dir, 'tokenizer.json'), tokenizerConfig },
    };
  };

  it('encodes the default texts with [CLS] … [SEP], right-padded with [PAD] and a matching mask', async () => {
    const { cls, sep, pad, config, tokenizer } = await load();
    expect([cls, sep, pad].every((i) => i >= 0)).toBe(true);
    // Without token_type_ids: the single sentences only.
    const made = await makeInputs({ config, tokenizer, inputNames: ['input_ids', 'attention_mask'] });
    expect(made.source).toBe('tokenizer');
    expect(made.texts).toEqual(DEFAULT_TEXTS);
    expect(made.textPairs).toBeUndefined();
    expect(made.padTokenId).toBe(pad);
    expect(made.lengths.length).toBeGreaterThanOrEqual(2);
    expect(new Set(made.lengths).size).toBe(made.lengths.length); // all different
    const width = Math.max(...made.lengths);
    const ids = rows(made.inputs.input_ids);
    const mask = rows(made.inputs.attention_mask);
    expect(made.inputs.input_ids!.dims).toEqual([made.lengths.length, width]);
    ids.forEach((row, i) => {
      const n = made.lengths[i]!;
      expect(row[0]).toBe(cls);
      expect(row[n - 1]).toBe(sep);
      expect(row.slice(1, n - 1)).not.toContain(sep);
      expect(row.slice(n)).toEqual(new Array(width - n).fill(pad));
      expect(mask[i]).toEqual([...new Array(n).fill(1), ...new Array(width - n).fill(0)]);
    });
    // The same single-sentence rows (token type 0 throughout) lead the batch when the model takes token types.
    const typed = await makeInputs({ config, tokenizer, inputNames: ['input_ids', 'attention_mask', 'token_type_ids'] });
    const types = rows(typed.inputs.token_type_ids);
    const typedIds = rows(typed.inputs.input_ids);
    DEFAULT_TEXTS.forEach((_, i) => {
      const n = made.lengths[i]!;
      expect(typedIds[i]!.slice(0, n)).toEqual(ids[i]!.slice(0, n));
      expect(types[i]).toEqual(new Array(typed.inputs.token_type_ids!.dims[1]).fill(0));
    });
    // "hello" is split into word pieces of the vocab: h ##e ##l ##l ##o
    const vocab = (await readFile(join(dir, 'vocab.txt'), 'utf8')).split('\n');
    expect(ids[0]!.slice(1, 6).map((i) => vocab[i])).toEqual(['h', '##e', '##l', '##l', '##o']);
  });

  it('appends the built-in sentence pair when the model takes token_type_ids: [CLS] A [SEP] B [SEP], type 1 on B [SEP]', async () => {
    const { cls, sep, pad, config, tokenizer } = await load();
    expect(config.type_vocab_size).toBeGreaterThanOrEqual(2);
    const made = await makeInputs({ config, tokenizer, inputNames: ['input_ids', 'attention_mask', 'token_type_ids'] });
    const [a, b] = DEFAULT_PAIRS[0]!;
    expect(made.texts).toEqual([...DEFAULT_TEXTS, a]);
    expect(made.textPairs).toEqual([null, null, null, b]);
    expect(new Set(made.lengths).size).toBe(made.lengths.length); // still all different
    // Expected from the two segments encoded on their own (single-sentence template, no token types).
    const alone = await makeInputs({ config, tokenizer, inputNames: ['input_ids'], texts: [a, b] });
    const [rowA, rowB] = rows(alone.inputs.input_ids).map((r, i) => r.slice(1, alone.lengths[i]! - 1)); // without [CLS] … [SEP]
    const want = [cls, ...rowA!, sep, ...rowB!, sep];
    const i = DEFAULT_TEXTS.length;
    const width = made.inputs.input_ids!.dims[1]!;
    expect(made.lengths[i]).toBe(want.length);
    expect(want.length).toBeLessThan(width); // the pair row is padded too
    expect(rows(made.inputs.input_ids)[i]).toEqual([...want, ...new Array(width - want.length).fill(pad)]);
    const firstSegment = rowA!.length + 2; // [CLS] A [SEP]
    expect(rows(made.inputs.token_type_ids)[i]).toEqual([
      ...new Array(firstSegment).fill(0),
      ...new Array(rowB!.length + 1).fill(1), // B [SEP]
      ...new Array(width - want.length).fill(0), // padding
    ]);
    expect(rows(made.inputs.attention_mask)[i]).toEqual([...new Array(want.length).fill(1), ...new Array(width - want.length).fill(0)]);
  });

  it('--text rows stay single sentences, the pair row is still appended; --batch counts it', async () => {
    const { config, tokenizer } = await load();
    const names = ['input_ids', 'attention_mask', 'token_type_ids'];
    const [a, b] = DEFAULT_PAIRS[0]!;
    const given = await makeInputs({ config, tokenizer, inputNames: names, texts: ['a b c d e f', 'a'] });
    expect(given.texts).toEqual(['a b c d e f', 'a', a]);
    expect(given.textPairs).toEqual([null, null, b]);
    expect(given.lengths.slice(0, 2)).toEqual([8, 3]);
    expect(
      rows(given.inputs.token_type_ids)
        .slice(0, 2)
        .flat()
        .every((v) => v === 0),
    ).toBe(true);
    expect(rows(given.inputs.token_type_ids)[2]).toContain(1);
    // one text: the pair row already makes two rows of different lengths
    const one = await makeInputs({ config, tokenizer, inputNames: names, texts: ['abc'] });
    expect(one.texts).toEqual(['abc', a]);
    const batch = await makeInputs({ config, tokenizer, inputNames: names, texts: ['a b c', 'a'], batch: 4 });
    expect(batch.texts).toEqual(['a b c', 'a', 'a b c', a]);
    expect(batch.inputs.input_ids!.dims[0]).toBe(4);
    const two = await makeInputs({ config, tokenizer, inputNames: names, batch: 2 });
    expect(two.texts).toEqual([DEFAULT_TEXTS[0], a]);
    // a model with a single token type (RoBERTa-style checkpoints) gets no pair row
    const single = await makeInputs({ config: { ...config, type_vocab_size: 1 }, tokenizer, inputNames: names });
    expect(single.texts).toEqual(DEFAULT_TEXTS);
    expect(single.textPairs).toBeUndefined();
    expect(
      rows(single.inputs.token_type_ids)
        .flat()
        .every((v) => v === 0),
    ).toBe(true);
  });

  it('feeds only the inputs the signature lists', async () => {
    const { config, tokenizer } = await load();
    const made = await makeInputs({ config, tokenizer, inputNames: ['input_ids', 'attention_mask'] });
    expect(Object.keys(made.inputs).sort()).toEqual(['attention_mask', 'input_ids']);
  });

  it('--text replaces the defaults; one text gets a default companion so padding is exercised', async () => {
    const { config, tokenizer, cls } = await load();
    const two = await makeInputs({ config, tokenizer, inputNames: ['input_ids'], texts: ['a b c d e f', 'a'] });
    expect(two.texts).toEqual(['a b c d e f', 'a']);
    expect(two.lengths).toEqual([8, 3]);
    const one = await makeInputs({ config, tokenizer, inputNames: ['input_ids'], texts: ['abc'] });
    expect(one.texts).toEqual(['abc', DEFAULT_TEXTS[0]]);
    expect(one.lengths[0]).not.toBe(one.lengths[1]);
    expect(rows(one.inputs.input_ids).map((r) => r[0])).toEqual([cls, cls]);
    const cycled = await makeInputs({ config, tokenizer, inputNames: ['input_ids'], texts: ['a b c', 'a'], batch: 4 });
    expect(cycled.texts).toEqual(['a b c', 'a', 'a b c', 'a']);
  });

  it('pads on the left when the tokenizer says so', async () => {
    const { config, tokenizer, pad } = await load();
    const made = await makeInputs({
      config,
      tokenizer: { ...tokenizer, tokenizerConfig: { ...tokenizer.tokenizerConfig, padding_side: 'left' } },
      inputNames: ['input_ids', 'attention_mask'],
      texts: ['a b c d', 'a'],
    });
    expect(made.lengths).toEqual([6, 3]);
    expect(rows(made.inputs.attention_mask)[1]).toEqual([0, 0, 0, 1, 1, 1]);
    expect(rows(made.inputs.input_ids)[1]!.slice(0, 3)).toEqual([pad, pad, pad]);
  });

  it('refuses texts longer than the position embeddings', async () => {
    const { config, tokenizer } = await load();
    await expect(
      makeInputs({ config: { ...config, max_position_embeddings: 6 }, tokenizer, inputNames: ['input_ids'], texts: ['a b c d e', 'a'] }),
    ).rejects.toMatchObject({ code: 'INPUT_TOO_LONG' });
  });
});

describe('random inputs', () => {
  const bert = { model_type: 'bert', vocab_size: 30, max_position_embeddings: 64 };
  const names = ['input_ids', 'attention_mask', 'token_type_ids'];

  it('are deterministic per seed, in [first non-special id, vocab_size), lengths 7/12/5 padded with pad id', async () => {
    const a = await makeInputs({ config: bert, inputNames: names, seed: 7 });
    const b = await makeInputs({ config: bert, inputNames: names, seed: 7 });
    const c = await makeInputs({ config: bert, inputNames: names, seed: 8 });
    expect(a.source).toBe('random');
    expect(a.texts).toBeUndefined();
    expect(a.seed).toBe(7);
    expect(Array.from(a.inputs.input_ids!.data as BigInt64Array)).toEqual(Array.from(b.inputs.input_ids!.data as BigInt64Array));
    expect(Array.from(a.inputs.input_ids!.data as BigInt64Array)).not.toEqual(Array.from(c.inputs.input_ids!.data as BigInt64Array));
    expect(a.lengths).toEqual([7, 12, 5]);
    expect(a.padTokenId).toBe(0); // BertConfig's default pad_token_id
    const ids = rows(a.inputs.input_ids);
    const mask = rows(a.inputs.attention_mask);
    ids.forEach((row, i) => {
      const n = a.lengths[i]!;
      for (const id of row.slice(0, n)) {
        expect(id).toBeGreaterThanOrEqual(1);
        expect(id).toBeLessThan(30);
      }
      expect(row.slice(n)).toEqual(new Array(12 - n).fill(0));
      expect(mask[i]).toEqual([...new Array(n).fill(1), ...new Array(12 - n).fill(0)]);
    });
    // token types: row 0 one segment; later rows a second segment (type 1) from a seeded split to
    // the end of their real tokens, both segments non-empty; padding type 0
    const types = rows(a.inputs.token_type_ids);
    expect(types[0]).toEqual(new Array(12).fill(0));
    types.forEach((row, i) => {
      if (i === 0) return;
      const n = a.lengths[i]!;
      const split = row.indexOf(1);
      expect(split, `row ${i}`).toBeGreaterThanOrEqual(1);
      expect(row).toEqual([...new Array(split).fill(0), ...new Array(n - split).fill(1), ...new Array(12 - n).fill(0)]);
    });
    expect(rows(b.inputs.token_type_ids)).toEqual(types);
    // the splits come from the seed, drawn after the ids: the ids are those of a model without token types
    const untyped = await makeInputs({ config: bert, inputNames: ['input_ids', 'attention_mask'], seed: 7 });
    expect(rows(untyped.inputs.input_ids)).toEqual(ids);
    const splits = (m: typeof a) => rows(m.inputs.token_type_ids).map((r) => r.indexOf(1));
    const seeds = await Promise.all([1, 2, 3, 4, 5].map((seed) => makeInputs({ config: bert, inputNames: names, seed })));
    expect(new Set(seeds.map((m) => JSON.stringify(splits(m)))).size).toBeGreaterThan(1);
    // one token type: all zeros
    const single = await makeInputs({ config: { ...bert, type_vocab_size: 1 }, inputNames: names, seed: 7 });
    expect(
      rows(single.inputs.token_type_ids)
        .flat()
        .every((v) => v === 0),
    ).toBe(true);
    // the ids actually vary (a constant generator would pass the range checks)
    expect(new Set(ids.flatMap((r, i) => r.slice(0, a.lengths[i]))).size).toBeGreaterThan(8);
  });

  it('avoid the special ids of the config and respect the RoBERTa position offset', async () => {
    const roberta = { model_type: 'roberta', vocab_size: 12, pad_token_id: 1, bos_token_id: 0, eos_token_id: 2, sep_token_id: 5, max_position_embeddings: 10 };
    const made = await makeInputs({ config: roberta, inputNames: ['input_ids', 'attention_mask'], seed: 3, batch: 4 });
    // 10 positions - (pad 1 + 1) = 8 usable; lengths 7, 12→8, 5, 8
    expect(made.lengths).toEqual([7, 8, 5, 8]);
    const ids = rows(made.inputs.input_ids);
    const real = ids.flatMap((r, i) => r.slice(0, made.lengths[i]));
    expect(real.every((id) => id >= 3 && id < 12 && id !== 5)).toBe(true);
    expect(ids[2]!.slice(5)).toEqual([1, 1, 1]);
  });

  it('reject bad options with codes', async () => {
    await expect(makeInputs({ config: bert, inputNames: names, batch: 1 })).rejects.toMatchObject({ code: 'INPUT_BAD_OPTION', exitCode: 2 });
    await expect(makeInputs({ config: bert, inputNames: ['input_ids', 'position_ids'] })).rejects.toMatchObject({ code: 'INPUT_UNSUPPORTED' });
    await expect(makeInputs({ config: { model_type: 'bert' }, inputNames: names })).rejects.toMatchObject({ code: 'INPUT_NO_VOCAB', pointer: '/vocab_size' });
    await expect(makeInputs({ config: bert, inputNames: names, texts: ['x'] })).rejects.toMatchObject({ code: 'INPUT_BAD_OPTION' });
  });
});

describe('input budgets: a parity check refuses sizes that would exhaust memory or crash the runtimes', () => {
  const config = { model_type: 'bert', vocab_size: 100, max_position_embeddings: 1_000_000, type_vocab_size: 2, pad_token_id: 0 };
  const inputNames = ['input_ids', 'attention_mask'];
  it('batch above MAX_BATCH (the 10^9 batch that aborted the process)', async () => {
    await expect(makeInputs({ config, inputNames, batch: 1_000_000_000 })).rejects.toMatchObject({ code: 'INPUT_TOO_LARGE', exitCode: 2 });
    await expect(makeInputs({ config, inputNames, batch: MAX_BATCH + 1 })).rejects.toMatchObject({ code: 'INPUT_TOO_LARGE' });
    const ok = await makeInputs({ config, inputNames, batch: MAX_BATCH });
    expect(ok.inputs.input_ids!.dims[0]).toBe(MAX_BATCH);
  });
  it('more than MAX_TEXTS texts (20,000 texts segfaulted), or more than MAX_TEXT_BYTES of text', async () => {
    const tokenizer = { tokenizerJson: '/nonexistent/tokenizer.json' };
    await expect(makeInputs({ config, inputNames, tokenizer, texts: Array.from({ length: 20_000 }, (_, i) => `t${i}`) })).rejects.toMatchObject({
      code: 'INPUT_TOO_LARGE',
    });
    await expect(makeInputs({ config, inputNames, tokenizer, texts: ['x'.repeat(MAX_TEXT_BYTES + 1)] })).rejects.toMatchObject({ code: 'INPUT_TOO_LARGE' });
  });
});
