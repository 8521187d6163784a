import { describe, expect, it } from 'vitest';
import { activationByName } from './activations.js';
import { dense, maxAbsDiff, norm, project, run, vectorAt } from './__fixtures__/naive.js';
import { tinyConfig, tinyWeights } from './__fixtures__/random-models.js';

const TOL = 1e-12;
const ids = [[2, 9, 4, 11, 3]];
const gelu = activationByName('gelu');

describe('ELECTRA', () => {
  it('projects embeddings (embedding_size 6) to hidden_size 8 with embeddings_project', async () => {
    const config = tinyConfig('electra');
    const weights = tinyWeights('electra', config, 'feature-extraction');
    expect(weights['electra.embeddings_project.weight']!.shape).toEqual([8, 6]);
    const { out, source } = await run({ config, weights, task: 'feature-extraction', ids });
    expect(out['last_hidden_state']!.dims).toEqual([1, 5, 8]);
    expect(source.readCounts.get('electra.embeddings_project.weight')).toBe(1);
    const missing = { ...weights };
    delete missing['electra.embeddings_project.weight'];
    await expect(run({ config, weights: missing, task: 'feature-extraction', ids })).rejects.toMatchObject({
      code: 'REF_MISSING_TENSOR',
      tensor: 'electra.embeddings_project.weight',
    });
  });

  it('has no projection when embedding_size equals hidden_size, and no pooler output', async () => {
    const config = tinyConfig('electra', { embedding_size: 8 });
    const weights = tinyWeights('electra', config, 'feature-extraction');
    expect(weights['electra.embeddings_project.weight']).toBeUndefined();
    const { out } = await run({ config, weights, task: 'feature-extraction', ids });
    expect(Object.keys(out)).toEqual(['last_hidden_state']);
  });

  it('text-classification = out_proj(gelu(dense(h[:, 0]))) — GELU, not tanh', async () => {
    const config = tinyConfig('electra', { hidden_act: 'relu' });
    const weights = tinyWeights('electra', config, 'text-classification');
    const fe = await run({ config, weights, task: 'feature-extraction', ids });
    const { out } = await run({ config, weights, task: 'text-classification', ids });
    const x = dense(vectorAt(fe.out['last_hidden_state']!, 0, 0), weights, 'classifier.dense');
    expect(maxAbsDiff(vectorAt(out['logits']!, 0), dense(x.map(gelu), weights, 'classifier.out_proj'))).toBeLessThan(TOL);
    expect(maxAbsDiff(vectorAt(out['logits']!, 0), dense(x.map(Math.tanh), weights, 'classifier.out_proj'))).toBeGreaterThan(1e-4);
  });

  it('fill-mask = generator_lm_head(LN(gelu(generator_predictions.dense(h)))) at embedding width, tied to the word embeddings', async () => {
    const config = tinyConfig('electra', { layer_norm_eps: 1e-4 });
    const weights = tinyWeights('electra', config, 'fill-mask');
    const fe = await run({ config, weights, task: 'feature-extraction', ids });
    const { out } = await run({ config, weights, task: 'fill-mask', ids });
    for (let s = 0; s < 5; s++) {
      const t = norm(
        dense(vectorAt(fe.out['last_hidden_state']!, 0, s), weights, 'generator_predictions.dense').map(gelu),
        weights,
        'generator_predictions.LayerNorm',
        1e-4,
      );
      expect(t).toHaveLength(6);
      const want = project(t, weights['electra.embeddings.word_embeddings.weight']!, weights['generator_lm_head.bias']!);
      expect(maxAbsDiff(vectorAt(out['logits']!, 0, s), want)).toBeLessThan(1e-11);
    }
  });
});
