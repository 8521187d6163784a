import { describe, expect, it } from 'vitest';
import { activationByName } from './activations.js';
import { dense, maxAbsDiff, norm, project, run, vectorAt } from './__fixtures__/naive.js';
import { tinyConfig, tinyWeights } from './__fixtures__/random-models.js';

const ids = [[2, 9, 4, 11, 3]];
const TOL = 1e-12;

describe('BERT heads', () => {
  it('text-classification = classifier(pooler_output), pooler = tanh(dense(h[:, 0]))', async () => {
    const config = tinyConfig('bert');
    const weights = tinyWeights('bert', config, 'text-classification');
    const fe = await run({ config, weights, task: 'feature-extraction', ids });
    const h0 = vectorAt(fe.out['last_hidden_state']!, 0, 0);
    const pooled = dense(h0, weights, 'bert.pooler.dense').map(Math.tanh);
    expect(maxAbsDiff(vectorAt(fe.out['pooler_output']!, 0), pooled)).toBeLessThan(TOL);
    const { out } = await run({ config, weights, task: 'text-classification', ids });
    expect(maxAbsDiff(vectorAt(out['logits']!, 0), dense(pooled, weights, 'classifier'))).toBeLessThan(TOL);
  });

  it('text-classification without pooler weights is REF_MISSING_TENSOR (never invented)', async () => {
    const config = tinyConfig('bert');
    const weights = tinyWeights('bert', config, 'text-classification', { pooler: false });
    await expect(run({ config, weights, task: 'text-classification', ids })).rejects.toMatchObject({
      code: 'REF_MISSING_TENSOR',
      tensor: 'bert.pooler.dense.weight',
    });
  });

  it('token-classification = classifier(h) at every position', async () => {
    const config = tinyConfig('bert');
    const weights = tinyWeights('bert', config, 'token-classification');
    const fe = await run({ config, weights, task: 'feature-extraction', ids });
    const { out } = await run({ config, weights, task: 'token-classification', ids });
    expect(out['logits']!.dims).toEqual([1, 5, 3]);
    for (let s = 0; s < 5; s++) {
      expect(maxAbsDiff(vectorAt(out['logits']!, 0, s), dense(vectorAt(fe.out['last_hidden_state']!, 0, s), weights, 'classifier'))).toBeLessThan(TOL);
    }
  });

  it('question-answering: start/end are columns 0/1 of qa_outputs(h)', async () => {
    const config = tinyConfig('bert');
    const weights = tinyWeights('bert', config, 'question-answering');
    const fe = await run({ config, weights, task: 'feature-extraction', ids });
    const { out } = await run({ config, weights, task: 'question-answering', ids });
    const start = vectorAt(out['start_logits']!, 0);
    const end = vectorAt(out['end_logits']!, 0);
    for (let s = 0; s < 5; s++) {
      const [a, b] = dense(vectorAt(fe.out['last_hidden_state']!, 0, s), weights, 'qa_outputs');
      expect(Math.abs(start[s]! - a!)).toBeLessThan(TOL);
      expect(Math.abs(end[s]! - b!)).toBeLessThan(TOL);
    }
  });

  it.each(['gelu', 'gelu_new', 'relu'])('fill-mask: transform uses hidden_act (%s), LayerNorm eps, tied decoder + cls.predictions.bias', async (act) => {
    const config = tinyConfig('bert', { hidden_act: act, layer_norm_eps: 1e-3 });
    const weights = tinyWeights('bert', config, 'fill-mask');
    const fe = await run({ config, weights, task: 'feature-extraction', ids });
    const { out } = await run({ config, weights, task: 'fill-mask', ids });
    const f = activationByName(act);
    for (let s = 0; s < 5; s++) {
      const t = norm(
        dense(vectorAt(fe.out['last_hidden_state']!, 0, s), weights, 'cls.predictions.transform.dense').map(f),
        weights,
        'cls.predictions.transform.LayerNorm',
        1e-3,
      );
      const want = project(t, weights['bert.embeddings.word_embeddings.weight']!, weights['cls.predictions.bias']!);
      expect(maxAbsDiff(vectorAt(out['logits']!, 0, s), want)).toBeLessThan(1e-11);
    }
  });

  describe('fill-mask decoder tying', () => {
    const config = tinyConfig('bert');
    const tied = tinyWeights('bert', config, 'fill-mask');
    const withDecoder = tinyWeights('bert', config, 'fill-mask', { decoder: true });

    it('a stored decoder is ignored while tie_word_embeddings holds (transformers ties it to the embeddings)', async () => {
      const a = await run({ config, weights: tied, task: 'fill-mask', ids });
      const b = await run({ config, weights: withDecoder, task: 'fill-mask', ids });
      expect(maxAbsDiff(a.out['logits']!.data as Float64Array, b.out['logits']!.data as Float64Array)).toBe(0);
      expect(b.source.readCounts.has('cls.predictions.decoder.weight')).toBe(false);
    });

    it('tie_word_embeddings false uses cls.predictions.decoder.weight', async () => {
      const untied = { ...config, tie_word_embeddings: false };
      const fe = await run({ config: untied, weights: withDecoder, task: 'feature-extraction', ids });
      const { out } = await run({ config: untied, weights: withDecoder, task: 'fill-mask', ids });
      const h = vectorAt(fe.out['last_hidden_state']!, 0, 1);
      const t = norm(
        dense(h, withDecoder, 'cls.predictions.transform.dense').map(activationByName('gelu')),
        withDecoder,
        'cls.predictions.transform.LayerNorm',
        1e-12,
      );
      const want = project(t, withDecoder['cls.predictions.decoder.weight']!, withDecoder['cls.predictions.bias']!);
      expect(maxAbsDiff(vectorAt(out['logits']!, 0, 1), want)).toBeLessThan(1e-11);
      const viaEmbeddings = project(t, withDecoder['bert.embeddings.word_embeddings.weight']!, withDecoder['cls.predictions.bias']!);
      expect(maxAbsDiff(vectorAt(out['logits']!, 0, 1), viaEmbeddings)).toBeGreaterThan(1e-3);
    });

    it('tie_word_embeddings false without a decoder weight is REF_MISSING_TENSOR', async () => {
      await expect(run({ config: { ...config, tie_word_embeddings: false }, weights: tied, task: 'fill-mask', ids })).rejects.toMatchObject({
        code: 'REF_MISSING_TENSOR',
        tensor: 'cls.predictions.decoder.weight',
      });
    });

    it('the bias may be stored as cls.predictions.decoder.bias', async () => {
      const moved = { ...tied };
      moved['cls.predictions.decoder.bias'] = moved['cls.predictions.bias']!;
      delete moved['cls.predictions.bias'];
      const a = await run({ config, weights: tied, task: 'fill-mask', ids });
      const b = await run({ config, weights: moved, task: 'fill-mask', ids });
      expect(maxAbsDiff(a.out['logits']!.data as Float64Array, b.out['logits']!.data as Float64Array)).toBe(0);
    });
  });
});
