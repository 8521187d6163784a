import { describe, expect, it } from 'vitest';
import { activationByName } from './activations.js';
import { dense, maxAbsDiff, norm, project, run, vectorAt } from './__fixtures__/naive.js';
import { tinyConfig, tinyWeights } from './__fixtures__/random-models.js';

const TOL = 1e-12;
const ids = [[2, 9, 4, 11, 3]];

describe('DistilBERT', () => {
  it('ignores token_type_ids (it has no token-type embeddings)', async () => {
    const config = tinyConfig('distilbert');
    const weights = tinyWeights('distilbert', config, 'feature-extraction');
    const a = await run({ config, weights, task: 'feature-extraction', ids });
    const b = await run({ config, weights, task: 'feature-extraction', ids, types: [[0, 1, 1, 1, 1]] });
    expect([...(b.out['last_hidden_state']!.data as Float64Array)]).toEqual([...(a.out['last_hidden_state']!.data as Float64Array)]);
  });

  it('uses LayerNorm eps 1e-12 whatever the config says', async () => {
    const config = tinyConfig('distilbert');
    const weights = tinyWeights('distilbert', config, 'feature-extraction');
    const a = await run({ config, weights, task: 'feature-extraction', ids });
    const b = await run({ config: { ...config, layer_norm_eps: 0.5 }, weights, task: 'feature-extraction', ids });
    expect([...(b.out['last_hidden_state']!.data as Float64Array)]).toEqual([...(a.out['last_hidden_state']!.data as Float64Array)]);
  });

  it('the activation field picks the feed-forward activation', async () => {
    const config = tinyConfig('distilbert');
    const weights = tinyWeights('distilbert', config, 'feature-extraction');
    const a = await run({ config, weights, task: 'feature-extraction', ids });
    const b = await run({ config: { ...config, activation: 'relu' }, weights, task: 'feature-extraction', ids });
    expect(maxAbsDiff(a.out['last_hidden_state']!.data as Float64Array, b.out['last_hidden_state']!.data as Float64Array)).toBeGreaterThan(1e-4);
  });

  it('text-classification = classifier(relu(pre_classifier(h[:, 0])))', async () => {
    const config = tinyConfig('distilbert');
    const weights = tinyWeights('distilbert', config, 'text-classification');
    const fe = await run({ config, weights, task: 'feature-extraction', ids });
    const { out } = await run({ config, weights, task: 'text-classification', ids });
    const pre = dense(vectorAt(fe.out['last_hidden_state']!, 0, 0), weights, 'pre_classifier');
    expect(pre.some((v) => v < 0)).toBe(true); // so the ReLU matters
    expect(
      maxAbsDiff(
        vectorAt(out['logits']!, 0),
        dense(
          pre.map((v) => Math.max(0, v)),
          weights,
          'classifier',
        ),
      ),
    ).toBeLessThan(TOL);
  });

  it('fill-mask = vocab_projector(vocab_layer_norm(act(vocab_transform(h)))), projector tied', async () => {
    const config = tinyConfig('distilbert', { activation: 'gelu_new' });
    const weights = tinyWeights('distilbert', config, 'fill-mask');
    const fe = await run({ config, weights, task: 'feature-extraction', ids });
    const { out } = await run({ config, weights, task: 'fill-mask', ids });
    for (let s = 0; s < 5; s++) {
      const t = norm(
        dense(vectorAt(fe.out['last_hidden_state']!, 0, s), weights, 'vocab_transform').map(activationByName('gelu_new')),
        weights,
        'vocab_layer_norm',
        1e-12,
      );
      const want = project(t, weights['distilbert.embeddings.word_embeddings.weight']!, weights['vocab_projector.bias']!);
      expect(maxAbsDiff(vectorAt(out['logits']!, 0, s), want)).toBeLessThan(1e-11);
    }
  });
});
