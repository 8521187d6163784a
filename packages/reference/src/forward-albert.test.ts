import { describe, expect, it } from 'vitest';
import { activationByName } from './activations.js';
import { albertGroupIndex } from './forward-albert.js';
import type { MemoryTensor } from './__fixtures__/memory-source.js';
import { dense, maxAbsDiff, norm, project, run, vectorAt } from './__fixtures__/naive.js';
import { tinyConfig, tinyWeights } from './__fixtures__/random-models.js';

const TOL = 1e-12;
const ids = [[2, 9, 4, 11, 3]];
const GROUP = /^albert\.encoder\.albert_layer_groups\.(\d+)\.albert_layers\.(\d+)\.(.*)$/;

/**
 * Rebuilds the layer groups: new group k, inner layer j is old (group, layer) `source(k, j)`.
 * Non-layer tensors are kept.
 */
function regroup(
  weights: Record<string, MemoryTensor>,
  groups: number,
  inner: number,
  source: (k: number, j: number) => [number, number],
): Record<string, MemoryTensor> {
  const out: Record<string, MemoryTensor> = {};
  const layers = new Map<string, Record<string, MemoryTensor>>();
  for (const [name, t] of Object.entries(weights)) {
    const m = GROUP.exec(name);
    if (m === null) out[name] = t;
    else {
      const key = `${m[1]}.${m[2]}`;
      layers.set(key, { ...(layers.get(key) ?? {}), [m[3]!]: t });
    }
  }
  for (let k = 0; k < groups; k++) {
    for (let j = 0; j < inner; j++) {
      const [g, l] = source(k, j);
      for (const [rest, t] of Object.entries(layers.get(`${g}.${l}`)!)) out[`albert.encoder.albert_layer_groups.${k}.albert_layers.${j}.${rest}`] = t;
    }
  }
  return out;
}

const hiddenOf = async (config: Record<string, unknown>, weights: Record<string, MemoryTensor>) =>
  (await run({ config, weights, task: 'feature-extraction', ids })).out['last_hidden_state']!.data as Float64Array;

describe('ALBERT layer sharing', () => {
  it('group index is int(i / (L / G)), as transformers computes it', () => {
    expect([0, 1, 2, 3].map((i) => albertGroupIndex(i, 4, 2))).toEqual([0, 0, 1, 1]);
    expect([0, 1, 2].map((i) => albertGroupIndex(i, 3, 2))).toEqual([0, 0, 1]);
    expect([0, 1, 2, 3, 4, 5].map((i) => albertGroupIndex(i, 6, 4))).toEqual([0, 0, 1, 2, 2, 3]);
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11].map((i) => albertGroupIndex(i, 12, 1))).toEqual(new Array(12).fill(0));
  });

  it('4 layers over 2 groups run groups [0, 0, 1, 1] (not [0, 1, 0, 1])', async () => {
    const config = tinyConfig('albert'); // L 4, G 2, inner 1
    const weights = tinyWeights('albert', config, 'feature-extraction');
    const shared = await hiddenOf(config, weights);
    const four = { ...config, num_hidden_groups: 4 };
    const blocked = await hiddenOf(
      four,
      regroup(weights, 4, 1, (k) => [[0, 0, 1, 1][k]!, 0]),
    );
    const interleaved = await hiddenOf(
      four,
      regroup(weights, 4, 1, (k) => [[0, 1, 0, 1][k]!, 0]),
    );
    expect(maxAbsDiff(shared, blocked)).toBe(0);
    expect(maxAbsDiff(shared, interleaved)).toBeGreaterThan(1e-3);
  });

  it('3 layers over 2 groups run groups [0, 0, 1]', async () => {
    const config = tinyConfig('albert', { num_hidden_layers: 3 });
    const weights = tinyWeights('albert', config, 'feature-extraction');
    const shared = await hiddenOf(config, weights);
    const unrolled = await hiddenOf(
      { ...config, num_hidden_groups: 3 },
      regroup(weights, 3, 1, (k) => [[0, 0, 1][k]!, 0]),
    );
    expect(maxAbsDiff(shared, unrolled)).toBe(0);
  });

  it('inner_group_num 2: each hidden layer runs both inner layers in order', async () => {
    const config = tinyConfig('albert', { num_hidden_layers: 2, num_hidden_groups: 1, inner_group_num: 2 });
    const weights = tinyWeights('albert', config, 'feature-extraction');
    const shared = await hiddenOf(config, weights);
    const flat = { ...config, num_hidden_layers: 4, num_hidden_groups: 4, inner_group_num: 1 };
    const unrolled = await hiddenOf(
      flat,
      regroup(weights, 4, 1, (k) => [0, k % 2]),
    );
    const swapped = await hiddenOf(
      flat,
      regroup(weights, 4, 1, (k) => [0, 1 - (k % 2)]),
    );
    expect(maxAbsDiff(shared, unrolled)).toBe(0);
    expect(maxAbsDiff(shared, swapped)).toBeGreaterThan(1e-3);
  });

  it('the shared layer is read once yet used by every layer of its group; changing it changes the output', async () => {
    const config = tinyConfig('albert', { num_hidden_groups: 1 }); // one layer used 4 times
    const weights = tinyWeights('albert', config, 'feature-extraction');
    const { out, source } = await run({ config, weights, task: 'feature-extraction', ids });
    const ffn = 'albert.encoder.albert_layer_groups.0.albert_layers.0.ffn.weight';
    expect(source.readCounts.get(ffn)).toBe(1);
    const changed = Float32Array.from(weights[ffn]!.data, (v, i) => (i === 5 ? v + 0.5 : v));
    const other = await hiddenOf(config, { ...weights, [ffn]: { shape: weights[ffn]!.shape, data: changed } });
    expect(maxAbsDiff(out['last_hidden_state']!.data as Float64Array, other)).toBeGreaterThan(1e-4);
    // and running it once (L = 1) is not the same as four times
    expect(maxAbsDiff(await hiddenOf({ ...config, num_hidden_layers: 1 }, weights), out['last_hidden_state']!.data as Float64Array)).toBeGreaterThan(1e-3);
  });
});

describe('ALBERT heads', () => {
  it('text-classification = classifier(tanh(pooler(h[:, 0])))', async () => {
    const config = tinyConfig('albert');
    const weights = tinyWeights('albert', config, 'text-classification');
    const fe = await run({ config, weights, task: 'feature-extraction', ids });
    const pooled = dense(vectorAt(fe.out['last_hidden_state']!, 0, 0), weights, 'albert.pooler').map(Math.tanh);
    expect(maxAbsDiff(vectorAt(fe.out['pooler_output']!, 0), pooled)).toBeLessThan(TOL);
    const { out } = await run({ config, weights, task: 'text-classification', ids });
    expect(maxAbsDiff(vectorAt(out['logits']!, 0), dense(pooled, weights, 'classifier'))).toBeLessThan(TOL);
  });

  it('fill-mask = predictions: dense to embedding_size, hidden_act, LayerNorm, tied decoder + predictions.bias', async () => {
    const config = tinyConfig('albert');
    const weights = tinyWeights('albert', config, 'fill-mask');
    const fe = await run({ config, weights, task: 'feature-extraction', ids });
    const { out } = await run({ config, weights, task: 'fill-mask', ids });
    for (let s = 0; s < 5; s++) {
      const t = norm(
        dense(vectorAt(fe.out['last_hidden_state']!, 0, s), weights, 'predictions.dense').map(activationByName('gelu_new')),
        weights,
        'predictions.LayerNorm',
        1e-12,
      );
      expect(t).toHaveLength(6);
      const want = project(t, weights['albert.embeddings.word_embeddings.weight']!, weights['predictions.bias']!);
      expect(maxAbsDiff(vectorAt(out['logits']!, 0, s), want)).toBeLessThan(1e-11);
    }
  });
});
