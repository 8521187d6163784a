import { describe, expect, it } from 'vitest';
import { activationByName } from './activations.js';
import { dense, maxAbsDiff, norm, project, run, vectorAt } from './__fixtures__/naive.js';
import { tinyConfig, tinyWeights } from './__fixtures__/random-models.js';

const TOL = 1e-12;
const ids = [[0, 9, 4, 11, 2]];

describe.each(['roberta', 'xlm-roberta', 'camembert'] as const)('%s', (family) => {
  it('position ids skip padding: left padding (masked) does not change the real tokens', async () => {
    // BERT would shift every position by the padding; RoBERTa counts only non-pad tokens.
    const config = tinyConfig(family);
    const weights = tinyWeights(family, config, 'feature-extraction');
    const plain = await run({ config, weights, task: 'feature-extraction', ids });
    const left = await run({ config, weights, task: 'feature-extraction', ids: [[1, 1, ...ids[0]!]], mask: [[0, 0, 1, 1, 1, 1, 1]] });
    for (let s = 0; s < 5; s++) {
      expect(maxAbsDiff(vectorAt(left.out['last_hidden_state']!, 0, s + 2), vectorAt(plain.out['last_hidden_state']!, 0, s))).toBeLessThan(TOL);
    }
  });

  it('a lone real token uses position row pad_token_id + 1 = 2, and only that row', async () => {
    const config = tinyConfig(family);
    const weights = tinyWeights(family, config, 'feature-extraction');
    const name = 'roberta.embeddings.position_embeddings.weight';
    const pos = weights[name]!;
    const withRow = (row: number) => {
      const data = Float32Array.from(pos.data);
      // a non-constant change (LayerNorm would cancel a constant shift)
      for (let i = row * 8; i < row * 8 + 8; i++) data[i] = data[i]! + 0.1 * (i % 8);
      return { ...weights, [name]: { shape: pos.shape, data } };
    };
    const hidden = async (w: typeof weights) =>
      (await run({ config, weights: w, task: 'feature-extraction', ids: [[5]] })).out['last_hidden_state']!.data as Float64Array;
    const base = await hidden(weights);
    expect(maxAbsDiff(await hidden(withRow(2)), base)).toBeGreaterThan(1e-3);
    for (const row of [0, 1, 3]) expect(maxAbsDiff(await hidden(withRow(row)), base), `row ${row}`).toBe(0);
  });

  it('text-classification = out_proj(tanh(dense(h[:, 0]))), no pooler needed', async () => {
    const config = tinyConfig(family);
    const weights = tinyWeights(family, config, 'text-classification');
    expect(Object.keys(weights).some((n) => n.includes('pooler'))).toBe(false);
    const fe = await run({ config, weights, task: 'feature-extraction', ids });
    const { out } = await run({ config, weights, task: 'text-classification', ids });
    const x = dense(vectorAt(fe.out['last_hidden_state']!, 0, 0), weights, 'classifier.dense').map(Math.tanh);
    expect(maxAbsDiff(vectorAt(out['logits']!, 0), dense(x, weights, 'classifier.out_proj'))).toBeLessThan(TOL);
  });

  it('fill-mask = lm_head: dense, erf GELU whatever hidden_act says, layer_norm, tied decoder + lm_head.bias', async () => {
    const config = tinyConfig(family, { hidden_act: 'relu' });
    const weights = tinyWeights(family, config, 'fill-mask');
    const fe = await run({ config, weights, task: 'feature-extraction', ids });
    const { out } = await run({ config, weights, task: 'fill-mask', ids });
    for (let s = 0; s < 5; s++) {
      const t = norm(
        dense(vectorAt(fe.out['last_hidden_state']!, 0, s), weights, 'lm_head.dense').map(activationByName('gelu')),
        weights,
        'lm_head.layer_norm',
        1e-5,
      );
      const want = project(t, weights['roberta.embeddings.word_embeddings.weight']!, weights['lm_head.bias']!);
      expect(maxAbsDiff(vectorAt(out['logits']!, 0, s), want)).toBeLessThan(1e-11);
    }
  });

  it('pooler_output when the checkpoint has roberta.pooler', async () => {
    const config = tinyConfig(family);
    const weights = tinyWeights(family, config, 'feature-extraction', { pooler: true });
    const { out } = await run({ config, weights, task: 'feature-extraction', ids });
    const want = dense(vectorAt(out['last_hidden_state']!, 0, 0), weights, 'roberta.pooler.dense').map(Math.tanh);
    expect(maxAbsDiff(vectorAt(out['pooler_output']!, 0), want)).toBeLessThan(TOL);
  });
});
