/**
 * Every way (config, weights, task) can be unusable ends in one coded ArchitectureError naming
 * what is wrong — model_type, task, tensor or JSON pointer — before any graph op is created.
 */
import { join } from 'node:path';
import { makeTempDir, removeTempDir } from '@mlpack/test-utils';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headerOnlySource, readAllTensors, sampleCheckpoint, writeCheckpoint } from './__fixtures__/checkpoints.js';
import type { Checkpoint } from './__fixtures__/checkpoints.js';
import { ArchitectureError, buildModelGraph } from './index.js';
import type { BuildInput } from './index.js';

let root: string;
let n = 0;
const opened: Checkpoint[] = [];
beforeAll(async () => {
  root = await makeTempDir('mlpack-arch-errors-');
});
afterAll(async () => {
  for (const c of opened) await c.weights.close();
  await removeTempDir(root);
});
async function track(c: Promise<Checkpoint>): Promise<Checkpoint> {
  const done = await c;
  opened.push(done);
  return done;
}
const sample = (spec: Parameters<typeof sampleCheckpoint>[0]) => track(sampleCheckpoint(spec, join(root, `c${n++}`)));

function buildError(input: BuildInput): ArchitectureError {
  try {
    buildModelGraph(input);
  } catch (e) {
    expect(e).toBeInstanceOf(ArchitectureError);
    return e as ArchitectureError;
  }
  throw new Error('expected buildModelGraph to throw');
}

describe('ARCH_UNSUPPORTED', () => {
  it('names the unsupported model_type and lists the supported families', async () => {
    const c = await sample({ family: 'bert', head: 'base', seed: 1 });
    const e = buildError({ config: { ...c.config, model_type: 'bart' }, weights: c.weights, task: 'feature-extraction' });
    expect(e.code).toBe('ARCH_UNSUPPORTED');
    expect(e.pointer).toBe('/model_type');
    expect(e.message).toContain('"bart"');
    expect(e.hint).toBe('mlpack reads and validates bart folders but cannot convert them yet');
    const supported =
      'supported model types: bert, distilbert, roberta, xlm-roberta, camembert, electra, albert, gpt2, llama, mistral, qwen2, qwen3, phi3, gemma';
    expect(e.message).toContain(supported);
  });

  it('an unknown model_type says mlpack cannot convert it', async () => {
    const c = await sample({ family: 'bert', head: 'base', seed: 2 });
    const e = buildError({ config: { ...c.config, model_type: 'gpt_neox' }, weights: c.weights, task: 'feature-extraction' });
    expect(e.code).toBe('ARCH_UNSUPPORTED');
    expect(e.hint).toBe('mlpack cannot convert this architecture yet');
  });

  it('names the unsupported task and lists the family’s tasks', async () => {
    const c = await sample({ family: 'distilbert', head: 'base', seed: 3 });
    const e = buildError({ config: c.config, weights: c.weights, task: 'text-generation' });
    expect(e.code).toBe('ARCH_UNSUPPORTED');
    expect(e.message).toBe(
      '[ARCH_UNSUPPORTED] task "text-generation" is not supported for distilbert; supported tasks: feature-extraction, text-classification, token-classification, question-answering, fill-mask\n  hint: pick one of the supported tasks with --task',
    );
  });

  it.each([
    [{ position_embedding_type: 'relative_key_query' }, '/position_embedding_type'],
    [{ is_decoder: true }, '/is_decoder'],
    [{ hidden_act: 'mish' }, '/hidden_act'],
  ])('config feature %j → pointer %s', async (patch, pointer) => {
    const c = await sample({ family: 'bert', head: 'base', seed: 4 });
    const e = buildError({ config: { ...c.config, ...patch }, weights: c.weights, task: 'feature-extraction' });
    expect(e.code).toBe('ARCH_UNSUPPORTED');
    expect(e.pointer).toBe(pointer);
    expect(e.file).toBe('config.json');
  });
});

describe('ARCH_MISSING_TENSOR', () => {
  it('a checkpoint with one tensor removed: names the tensor with its prefix', async () => {
    const c = await sample({ family: 'roberta', head: 'sequence-classification', seed: 5 });
    const removed = 'roberta.encoder.layer.1.attention.self.value.bias';
    const tensors = (await readAllTensors(c.weights)).filter((t) => t.name !== removed);
    const cut = await track(writeCheckpoint(join(root, `c${n++}`), c.config, tensors));
    expect(cut.weights.get(removed)).toBeUndefined();
    const e = buildError({ config: cut.config, weights: cut.weights, task: 'text-classification' });
    expect(e.code).toBe('ARCH_MISSING_TENSOR');
    expect(e.tensor).toBe(removed);
    expect(e.message).toContain(`"${removed}"`);
    expect(e.hint).toContain('"roberta."');
  });

  it('an unprefixed checkpoint: the hint says the prefix was not used', async () => {
    const c = await sample({ family: 'bert', head: 'base', seed: 6 });
    const e = buildError({
      config: c.config,
      weights: headerOnlySource(c.weights, { hide: ['encoder.layer.0.output.dense.weight'] }),
      task: 'feature-extraction',
    });
    expect(e.code).toBe('ARCH_MISSING_TENSOR');
    expect(e.tensor).toBe('encoder.layer.0.output.dense.weight');
    expect(e.hint).toContain('without a prefix');
  });

  it('a head the checkpoint does not have (text-classification needs the pooler and classifier)', async () => {
    const c = await sample({ family: 'bert', head: 'token-classification', seed: 7 });
    const e = buildError({ config: c.config, weights: c.weights, task: 'text-classification' });
    expect(e.code).toBe('ARCH_MISSING_TENSOR');
    expect(e.tensor).toBe('bert.pooler.dense.weight');
  });

  it('MLM without stored decoder when tie_word_embeddings is false', async () => {
    const c = await sample({ family: 'albert', head: 'masked-lm', seed: 8 });
    const e = buildError({ config: { ...c.config, tie_word_embeddings: false }, weights: c.weights, task: 'fill-mask' });
    expect(e.code).toBe('ARCH_MISSING_TENSOR');
    expect(e.tensor).toBe('predictions.decoder.weight');
  });
});

describe('ARCH_BAD_SHAPE and ARCH_BAD_DTYPE', () => {
  it('a misshapen tensor: names tensor, expected and actual shape', async () => {
    const c = await sample({ family: 'electra', head: 'token-classification', seed: 9 });
    const tensors = (await readAllTensors(c.weights)).map((t) =>
      t.name === 'electra.encoder.layer.0.intermediate.dense.weight' ? { ...t, shape: [32, 64] } : t,
    );
    const bad = await track(writeCheckpoint(join(root, `c${n++}`), c.config, tensors));
    const e = buildError({ config: bad.config, weights: bad.weights, task: 'token-classification' });
    expect(e.code).toBe('ARCH_BAD_SHAPE');
    expect(e.tensor).toBe('electra.encoder.layer.0.intermediate.dense.weight');
    expect(e.message).toContain('has shape [32, 64], expected [64, 32]');
  });

  it('config and checkpoint disagree on the label count', async () => {
    const c = await sample({ family: 'distilbert', head: 'sequence-classification', seed: 10 });
    const id2label = { 0: 'a', 1: 'b', 2: 'c' };
    const e = buildError({ config: { ...c.config, id2label }, weights: c.weights, task: 'text-classification' });
    expect(e.code).toBe('ARCH_BAD_SHAPE');
    expect(e.tensor).toBe('classifier.weight');
    expect(e.message).toContain('has shape [2, 32], expected [3, 32]');
  });

  it('integer weights', async () => {
    const c = await sample({ family: 'camembert', head: 'base', seed: 11 });
    const name = 'embeddings.LayerNorm.weight';
    const info = c.weights.get(name)!;
    const e = buildError({
      config: c.config,
      weights: headerOnlySource(c.weights, { replace: { [name]: { ...info, dtype: 'I32' } } }),
      task: 'feature-extraction',
    });
    expect(e.code).toBe('ARCH_BAD_DTYPE');
    expect(e.tensor).toBe(name);
  });
});

describe('ARCH_BAD_CONFIG', () => {
  it.each([
    [{ num_attention_heads: 5 }, '/num_attention_heads', 'does not divide the hidden size (32)'],
    [{ hidden_size: '32' }, '/hidden_size', 'must be an integer'],
    [{ layer_norm_eps: 0 }, '/layer_norm_eps', 'must be a positive number'],
    [{ num_hidden_layers: 0 }, '/num_hidden_layers', 'must be an integer >= 1'],
    [{ id2label: [] }, '/id2label', 'must be an object'],
    [{ model_type: 7 }, '/model_type', 'not a string'],
  ])('%j → %s', async (patch, pointer, text) => {
    const c = await sample({ family: 'bert', head: 'sequence-classification', seed: 12 });
    const e = buildError({ config: { ...c.config, ...patch }, weights: c.weights, task: 'text-classification' });
    expect(e.code).toBe('ARCH_BAD_CONFIG');
    expect(e.pointer).toBe(pointer);
    expect(e.message).toContain(text);
  });

  it('DistilBERT names its own keys (n_heads)', async () => {
    const c = await sample({ family: 'distilbert', head: 'base', seed: 13 });
    const e = buildError({ config: { ...c.config, n_heads: 3 }, weights: c.weights, task: 'feature-extraction' });
    expect(e.code).toBe('ARCH_BAD_CONFIG');
    expect(e.pointer).toBe('/n_heads');
  });
});
