import { int64FromRows } from '@mlpack/core';
import { describe, expect, it } from 'vitest';
import { runReference, runReference64 } from './run-reference.js';
import { ENCODER_TASKS } from './types.js';
import type { EncoderTask } from './types.js';
import { MemorySource } from './__fixtures__/memory-source.js';
import { maxAbsDiff, run, vectorAt } from './__fixtures__/naive.js';
import { tinyConfig, tinyWeights } from './__fixtures__/random-models.js';
import type { TinyFamily } from './__fixtures__/random-models.js';

const FAMILIES: TinyFamily[] = ['albert', 'bert', 'camembert', 'distilbert', 'electra', 'roberta', 'xlm-roberta'];
const PAD: Record<TinyFamily, number> = { albert: 0, bert: 0, camembert: 1, distilbert: 0, electra: 0, roberta: 1, 'xlm-roberta': 1 };
/** Outputs with a sequence axis (compared position by position); the others are per sequence. */
const PER_TOKEN = new Set(['last_hidden_state', 'logits@token-classification', 'logits@fill-mask', 'start_logits', 'end_logits']);
const isPerToken = (name: string, task: EncoderTask): boolean => PER_TOKEN.has(name) || PER_TOKEN.has(`${name}@${task}`);
/** Padding changes nothing but float64 summation details. */
const PAD_TOL = 1e-12;

const EXPECTED_OUTPUTS: Record<EncoderTask, string[]> = {
  'feature-extraction': ['last_hidden_state'],
  'text-classification': ['logits'],
  'token-classification': ['logits'],
  'question-answering': ['end_logits', 'start_logits'],
  'fill-mask': ['logits'],
};

describe.each(FAMILIES)('%s', (family) => {
  const config = tinyConfig(family);
  const pad = PAD[family];

  describe.each([...ENCODER_TASKS])('%s', (task) => {
    const weights = tinyWeights(family, config, task);
    const long = [2, 5, 7, 3, 9];
    const short = [4, 8, 6];

    it('returns Optimum-named outputs of the right dims', async () => {
      const { out } = await run({ config, weights, task, ids: [long, [...short, pad, pad]] });
      expect(Object.keys(out)).toEqual(EXPECTED_OUTPUTS[task]);
      const dims = {
        'feature-extraction': [2, 5, 8],
        'text-classification': [2, 3],
        'token-classification': [2, 5, 3],
        'question-answering': [2, 5],
        'fill-mask': [2, 5, 17],
      }[task];
      for (const t of Object.values(out)) {
        expect(t.dims).toEqual(dims);
        expect(t.dtype).toBe('float64');
        expect((t.data as Float64Array).every(Number.isFinite)).toBe(true);
      }
    });

    it('padding invariance: a padded, masked row equals the unpadded row on attended positions', async () => {
      const padded = await run({
        config,
        weights,
        task,
        ids: [long, [...short, pad, pad]],
        mask: [
          [1, 1, 1, 1, 1],
          [1, 1, 1, 0, 0],
        ],
      });
      const alone = await run({ config, weights, task, ids: [short] });
      const first = await run({ config, weights, task, ids: [long] });
      for (const name of Object.keys(alone.out)) {
        const p = padded.out[name]!;
        const a = alone.out[name]!;
        const f = first.out[name]!;
        if (p.dims.length === 2 && isPerToken(name, task)) {
          // [b, s] span logits: one scalar per token
          expect(maxAbsDiff(vectorAt(p, 1).slice(0, short.length), vectorAt(a, 0)), name).toBeLessThan(PAD_TOL);
          expect(maxAbsDiff(vectorAt(p, 0), vectorAt(f, 0)), name).toBeLessThan(PAD_TOL);
        } else if (isPerToken(name, task)) {
          for (let s = 0; s < short.length; s++) {
            expect(maxAbsDiff(vectorAt(p, 1, s), vectorAt(a, 0, s)), `${name} position ${s}`).toBeLessThan(PAD_TOL);
          }
          for (let s = 0; s < long.length; s++) expect(maxAbsDiff(vectorAt(p, 0, s), vectorAt(f, 0, s))).toBeLessThan(PAD_TOL);
        } else {
          expect(maxAbsDiff(vectorAt(p, 1), vectorAt(a, 0)), name).toBeLessThan(PAD_TOL);
          expect(maxAbsDiff(vectorAt(p, 0), vectorAt(f, 0)), name).toBeLessThan(PAD_TOL);
        }
      }
      // the mask matters: unmasked padding changes the short row's outputs
      const unmasked = await run({ config, weights, task, ids: [long, [...short, pad, pad]] });
      const name = Object.keys(alone.out)[0]!;
      const u = unmasked.out[name]!;
      const diff =
        isPerToken(name, task) && u.dims.length === 3
          ? maxAbsDiff(vectorAt(u, 1, 0), vectorAt(alone.out[name]!, 0, 0))
          : maxAbsDiff(vectorAt(u, 1).slice(0, u.dims.length === 2 && isPerToken(name, task) ? short.length : undefined), vectorAt(alone.out[name]!, 0));
      expect(diff).toBeGreaterThan(1e-6);
    });

    it('reads each weight at most once per call', async () => {
      const { source } = await run({ config, weights, task, ids: [long] });
      for (const [name, n] of source.readCounts) expect(n, name).toBe(1);
    });

    it('gives the same result with and without the base-model prefix', async () => {
      const bare = tinyWeights(family, config, task, { prefixed: false });
      const a = await run({ config, weights, task, ids: [long] });
      const b = await run({ config, weights: bare, task, ids: [long] });
      for (const name of Object.keys(a.out)) expect([...(b.out[name]!.data as Float64Array)]).toEqual([...(a.out[name]!.data as Float64Array)]);
    });
  });
});

describe('runReference', () => {
  const config = tinyConfig('bert');
  const weights = tinyWeights('bert', config, 'feature-extraction', { pooler: true });

  it('returns the float64 results rounded to float32', async () => {
    const source = new MemorySource(weights);
    const inputs = { input_ids: int64FromRows([[1, 2, 3]]) };
    const o64 = await runReference64({ config, weights: source, task: 'feature-extraction' }, inputs);
    const o32 = await runReference({ config, weights: source, task: 'feature-extraction' }, inputs);
    expect(Object.keys(o32)).toEqual(['last_hidden_state', 'pooler_output']);
    for (const name of Object.keys(o64)) {
      expect(o32[name]!.dtype).toBe('float32');
      expect(o32[name]!.dims).toEqual(o64[name]!.dims);
      expect([...(o32[name]!.data as Float32Array)]).toEqual([...(o64[name]!.data as Float64Array)].map(Math.fround));
    }
  });

  it('pooler_output only when the checkpoint has pooler weights', async () => {
    const without = tinyWeights('bert', config, 'feature-extraction', { pooler: false });
    const { out } = await run({ config, weights: without, task: 'feature-extraction', ids: [[1, 2]] });
    expect(Object.keys(out)).toEqual(['last_hidden_state']);
  });

  it('token types change the output (BERT embeds them)', async () => {
    const a = await run({ config, weights, task: 'feature-extraction', ids: [[1, 2, 3]], types: [[0, 0, 0]] });
    const b = await run({ config, weights, task: 'feature-extraction', ids: [[1, 2, 3]] });
    const c = await run({ config, weights, task: 'feature-extraction', ids: [[1, 2, 3]], types: [[0, 1, 1]] });
    expect([...(b.out['last_hidden_state']!.data as Float64Array)]).toEqual([...(a.out['last_hidden_state']!.data as Float64Array)]);
    expect(maxAbsDiff(c.out['last_hidden_state']!.data as Float64Array, a.out['last_hidden_state']!.data as Float64Array)).toBeGreaterThan(1e-3);
  });

  it('REF_UNSUPPORTED for a task without a reference head', async () => {
    const source = new MemorySource(weights);
    await expect(
      runReference64({ config, weights: source, task: 'text-generation' as EncoderTask }, { input_ids: int64FromRows([[1]]) }),
    ).rejects.toMatchObject({ code: 'REF_UNSUPPORTED' });
  });

  it('REF_BAD_SHAPE when num_labels disagrees with the classifier', async () => {
    const w = tinyWeights('bert', config, 'text-classification');
    await expect(run({ config: { ...config, num_labels: 4 }, weights: w, task: 'text-classification', ids: [[1]] })).rejects.toMatchObject({
      code: 'REF_BAD_SHAPE',
      tensor: 'classifier.weight',
    });
  });

  it('REF_MISSING_TENSOR when a layer weight is absent, naming it', async () => {
    const w = { ...weights };
    delete w['bert.encoder.layer.1.output.dense.weight'];
    await expect(run({ config, weights: w, task: 'feature-extraction', ids: [[1]] })).rejects.toMatchObject({
      code: 'REF_MISSING_TENSOR',
      tensor: 'bert.encoder.layer.1.output.dense.weight',
    });
  });

  it('REF_BAD_SHAPE when config sizes do not match the weights', async () => {
    await expect(run({ config: { ...config, intermediate_size: 10 }, weights, task: 'feature-extraction', ids: [[1]] })).rejects.toThrow(
      /"bert\.encoder\.layer\.0\.intermediate\.dense\.weight" has shape \[12, 8\], expected \[10, 8\]/,
    );
  });

  it('REF_BAD_INPUT for ids beyond vocab_size', async () => {
    await expect(run({ config, weights, task: 'feature-extraction', ids: [[17]] })).rejects.toMatchObject({ code: 'REF_BAD_INPUT' });
  });
});
