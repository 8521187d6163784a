/**
 * Every family × head, on tiny seeded checkpoints written by @mlpack/samples exactly as
 * transformers saves them: the graph, emitted as ONNX and run by onnxruntime on a padded batch of
 * two rows of unequal length, matches the independent eager implementation in @mlpack/reference.
 */
import { join } from 'node:path';
import type { HostTensor, HostTensorMap } from '@mlpack/core';
import { runReference } from '@mlpack/reference';
import { openWeights } from '@mlpack/safetensors';
import type { WeightSet } from '@mlpack/safetensors';
import { generateSample } from '@mlpack/samples';
import type { SampleFamily, SampleHead, SampleSpec } from '@mlpack/samples';
import { assertClose, makeTempDir, removeTempDir } from '@mlpack/test-utils';
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runGraphInOrt } from './__fixtures__/onnx-run.js';
import { readAllTensors, renamedScaled, writeCheckpoint } from './__fixtures__/checkpoints.js';
import { paddedBatch } from './__fixtures__/random-batch.js';
import { buildModelGraph } from './index.js';
import type { BuiltModel, EncoderTask } from './index.js';
import { storeWeightsAsFloat16 } from '@mlpack/graph';
import type { Graph } from '@mlpack/graph';

/** The brief's parity tolerance against the reference. */
const ATOL = 1e-4;
/** Row lengths of the padded batch: unequal, so the second row has padding. */
const LENGTHS = [9, 5] as const;

const FAMILIES: readonly SampleFamily[] = ['bert', 'distilbert', 'roberta', 'xlm-roberta', 'camembert', 'electra', 'albert'];
const HEAD_TASKS: readonly (readonly [SampleHead, EncoderTask])[] = [
  ['base', 'feature-extraction'],
  ['sequence-classification', 'text-classification'],
  ['token-classification', 'token-classification'],
  ['question-answering', 'question-answering'],
  ['masked-lm', 'fill-mask'],
];
const ROBERTA_FAMILY = new Set<string>(['roberta', 'xlm-roberta', 'camembert']);
const TOKEN_TYPE_FAMILIES = new Set<string>(['bert', 'electra', 'albert']);

/** The outputs each task has (feature-extraction: pooler_output only with pooler weights). */
const TASK_OUTPUTS: Record<EncoderTask, readonly string[]> = {
  'feature-extraction': ['last_hidden_state'],
  'text-classification': ['logits'],
  'token-classification': ['logits'],
  'question-answering': ['start_logits', 'end_logits'],
  'fill-mask': ['logits'],
};

let root: string;
beforeAll(async () => {
  root = await makeTempDir('mlpack-arch-samples-');
});
afterAll(async () => {
  await removeTempDir(root);
});

let counter = 0;
async function sample(spec: SampleSpec): Promise<{ dir: string; config: Record<string, unknown>; weights: WeightSet }> {
  const dir = join(root, `s${counter++}`);
  await generateSample(spec, dir);
  const config = JSON.parse(await readFile(join(dir, 'config.json'), 'utf8')) as Record<string, unknown>;
  return { dir, config, weights: await openWeights(dir) };
}

/** Build, emit, run in ORT and in the reference on the same seeded padded batch; compare every output. */
async function checkParity(
  family: string,
  config: Record<string, unknown>,
  weights: WeightSet,
  task: EncoderTask,
  seed: number,
  pass: (g: Graph) => Graph = (g) => g,
): Promise<BuiltModel> {
  const built = buildModelGraph({ config, weights, task });
  const pad = typeof config['pad_token_id'] === 'number' ? config['pad_token_id'] : 0;
  const batch = paddedBatch({
    seed,
    vocab: config['vocab_size'] as number,
    lengths: LENGTHS,
    padId: pad,
    secondSegmentFrom: TOKEN_TYPE_FAMILIES.has(family) ? 3 : undefined,
  });
  const feeds: HostTensorMap = { input_ids: batch.input_ids, attention_mask: batch.attention_mask };
  if (TOKEN_TYPE_FAMILIES.has(family)) feeds['token_type_ids'] = batch.token_type_ids;
  expect(built.inputs.map((i) => i.name)).toEqual(Object.keys(feeds));

  const got = await runGraphInOrt(pass(built.graph), feeds);
  const want = await runReference(
    { config, weights, task },
    { input_ids: batch.input_ids, attention_mask: batch.attention_mask, ...(feeds['token_type_ids'] ? { token_type_ids: batch.token_type_ids } : {}) },
  );
  expect(Object.keys(got).sort()).toEqual(Object.keys(want).sort());
  expect(built.outputs.map((o) => o.name)).toEqual(Object.keys(got));
  for (const [name, w] of Object.entries<HostTensor>(want)) {
    const gOut = got[name]!;
    expect(gOut.dims, name).toEqual(w.dims);
    assertClose(gOut.data, Array.from(w.data as Float32Array), { atol: ATOL }, `${family} ${task} ${name}`);
  }
  return built;
}

describe('ONNX graphs vs @mlpack/reference on generated checkpoints (padded batch of 2)', () => {
  const cases = FAMILIES.flatMap((family, fi) => HEAD_TASKS.map(([head, task], hi) => ({ family, head, task, seed: 100 + fi * 10 + hi })));
  it.each(cases)('$family $head → $task', async ({ family, head, task, seed }) => {
    const { config, weights } = await sample({ family, head, seed });
    try {
      expect(config['model_type']).toBe(family);
      const built = await checkParity(family, config, weights, task, seed);
      const expected = [...TASK_OUTPUTS[task]];
      if (task === 'feature-extraction' && family !== 'distilbert' && family !== 'electra') expected.push('pooler_output');
      expect(built.outputs.map((o) => o.name)).toEqual(expected);
      expect(built.family).toBe(family);
      if (ROBERTA_FAMILY.has(family)) expect(built.inputs.map((i) => i.name)).not.toContain('token_type_ids');
    } finally {
      await weights.close();
    }
  });
});

describe('variants', () => {
  it('ALBERT with 2 layer groups of 2 inner layers over 3 layers (groups 0, 0, 1), shared weights', async () => {
    const base = await sample({ family: 'albert', head: 'sequence-classification', seed: 301 });
    try {
      const tensors = await readAllTensors(base.weights);
      const extra = tensors
        .filter((t) => t.name.startsWith('albert.encoder.albert_layer_groups.0.albert_layers.0.'))
        .flatMap((t) => {
          const rest = t.name.slice('albert.encoder.albert_layer_groups.0.albert_layers.0.'.length);
          return [
            renamedScaled(t, `albert.encoder.albert_layer_groups.0.albert_layers.1.${rest}`, 0.9, 0.01),
            renamedScaled(t, `albert.encoder.albert_layer_groups.1.albert_layers.0.${rest}`, -0.8, 0.02),
            renamedScaled(t, `albert.encoder.albert_layer_groups.1.albert_layers.1.${rest}`, 1.1, -0.01),
          ];
        });
      const config = { ...base.config, num_hidden_layers: 3, num_hidden_groups: 2, inner_group_num: 2 };
      const grouped = await writeCheckpoint(join(root, `s${counter++}`), config, [...tensors, ...extra]);
      try {
        const built = await checkParity('albert', grouped.config, grouped.weights, 'text-classification', 302);
        // 3 steps × 2 inner layers × 2 LayerNorms + embeddings; 4 distinct layers' weights held once each.
        expect(built.graph.nodes.filter((x) => x.op === 'LayerNorm')).toHaveLength(13);
        const groupInits = built.graph.initializers.filter((i) => i.name.includes('albert_layer_groups'));
        expect(groupInits).toHaveLength(4 * 16);
      } finally {
        await grouped.weights.close();
      }
    } finally {
      await base.weights.close();
    }
  });

  it.each([
    ['bert without pooler weights', { family: 'bert', head: 'base', seed: 310, withPooler: false }, 'feature-extraction', ['last_hidden_state']],
    [
      'feature extraction from a BERT classification checkpoint (bert. prefix, pooler)',
      { family: 'bert', head: 'sequence-classification', seed: 311 },
      'feature-extraction',
      ['last_hidden_state', 'pooler_output'],
    ],
    [
      'feature extraction from a RoBERTa QA checkpoint (no pooler)',
      { family: 'roberta', head: 'question-answering', seed: 312 },
      'feature-extraction',
      ['last_hidden_state'],
    ],
    ['F16 checkpoint held as float16', { family: 'xlm-roberta', head: 'masked-lm', seed: 314, dtype: 'F16' }, 'fill-mask', ['logits']],
    [
      'BF16 checkpoint converted to float32',
      { family: 'distilbert', head: 'question-answering', seed: 315, dtype: 'BF16' },
      'question-answering',
      ['start_logits', 'end_logits'],
    ],
    ['sharded checkpoint (3 shards)', { family: 'camembert', head: 'token-classification', seed: 316, shards: 3 }, 'token-classification', ['logits']],
    ['ALBERT with 4 layers sharing one group', { family: 'albert', head: 'masked-lm', seed: 317, layers: 4 }, 'fill-mask', ['logits']],
  ] as const)('%s', async (_label, spec, task, outputs) => {
    const { config, weights } = await sample(spec);
    try {
      const pass = 'dtype' in spec && spec.dtype === 'F16' ? (g: Graph) => storeWeightsAsFloat16(g) : undefined;
      const built = await checkParity(spec.family, config, weights, task, spec.seed, pass);
      expect(built.outputs.map((o) => o.name)).toEqual(outputs);
    } finally {
      await weights.close();
    }
  });

  it.each([
    ['bert', 'masked-lm', 'cls.predictions.decoder.weight', 'bert.embeddings.word_embeddings.weight'],
    ['electra', 'masked-lm', 'generator_lm_head.weight', 'electra.embeddings.word_embeddings.weight'],
  ] as const)('%s MLM with a stored decoder unlike the word embeddings: tied unless tie_word_embeddings is false', async (family, head, decoder, word) => {
    // transformers' tie_weights() replaces a stored decoder with the input embeddings while
    // tie_word_embeddings holds (the default); only an untied config uses the stored one.
    const base = await sample({ family, head, seed: 330 });
    try {
      const tensors = await readAllTensors(base.weights);
      const embeddings = tensors.find((t) => t.name === word)!;
      const withDecoder = [...tensors, renamedScaled(embeddings, decoder, -0.7, 0.05)];
      for (const tie of [undefined, true, false]) {
        const config = tie === undefined ? base.config : { ...base.config, tie_word_embeddings: tie };
        const c = await writeCheckpoint(join(root, `s${counter++}`), config, withDecoder);
        try {
          const built = await checkParity(family, c.config, c.weights, 'fill-mask', 331);
          const usesDecoder = built.graph.initializers.some((i) => i.name.startsWith(decoder));
          expect(usesDecoder, `tie_word_embeddings ${String(tie)}`).toBe(tie === false);
        } finally {
          await c.weights.close();
        }
      }
    } finally {
      await base.weights.close();
    }
  });

  it.each([
    ['bert', 'masked-lm', 'fill-mask'],
    ['albert', 'sequence-classification', 'text-classification'],
  ] as const)('%s checkpoint with TF-era LayerNorm.gamma / LayerNorm.beta names (as bert-base-uncased is stored)', async (family, head, task) => {
    // transformers renames keys ending in LayerNorm.gamma / LayerNorm.beta to .weight / .bias on load.
    const base = await sample({ family, head, seed: 340 });
    try {
      const tensors = (await readAllTensors(base.weights)).map((t) => ({
        ...t,
        name: t.name.replace(/LayerNorm\.weight$/, 'LayerNorm.gamma').replace(/LayerNorm\.bias$/, 'LayerNorm.beta'),
      }));
      expect(tensors.some((t) => t.name.endsWith('LayerNorm.gamma'))).toBe(true);
      const legacy = await writeCheckpoint(join(root, `s${counter++}`), base.config, tensors);
      try {
        const built = await checkParity(family, legacy.config, legacy.weights, task, 341);
        expect(built.graph.initializers.some((i) => i.name.endsWith('LayerNorm.gamma'))).toBe(true);
      } finally {
        await legacy.weights.close();
      }
    } finally {
      await base.weights.close();
    }
  });

  it('ELECTRA with embedding_size = hidden_size: no embeddings_project', async () => {
    // The generator always makes embedding_size differ; a BERT token-classification checkpoint has
    // ELECTRA's exact tensor names once `bert.` becomes `electra.`.
    const bert = await sample({ family: 'bert', head: 'token-classification', seed: 313 });
    try {
      const tensors = (await readAllTensors(bert.weights)).map((t) => ({ ...t, name: t.name.replace(/^bert\./, 'electra.') }));
      const config = { ...bert.config, model_type: 'electra', architectures: ['ElectraForTokenClassification'], embedding_size: bert.config['hidden_size'] };
      const electra = await writeCheckpoint(join(root, `s${counter++}`), config, tensors);
      try {
        expect(electra.weights.tensors.has('electra.embeddings_project.weight')).toBe(false);
        const built = await checkParity('electra', electra.config, electra.weights, 'token-classification', 314);
        expect(built.graph.nodes.some((x) => x.name.includes('embeddings_project'))).toBe(false);
      } finally {
        await electra.weights.close();
      }
    } finally {
      await bert.weights.close();
    }
  });

  it.each([
    ['bert', 'hidden_act', 'gelu_new'],
    ['bert', 'hidden_act', 'gelu_pytorch_tanh'],
    ['roberta', 'hidden_act', 'relu'],
    ['electra', 'hidden_act', 'silu'],
    ['distilbert', 'activation', 'relu'],
    ['albert', 'hidden_act', 'gelu'],
  ] as const)('%s with %s = %s', async (family, key, act) => {
    const head: SampleHead = 'masked-lm';
    const { config, weights } = await sample({ family, head, seed: 320 });
    try {
      await checkParity(family, { ...config, [key]: act }, weights, 'fill-mask', 321);
    } finally {
      await weights.close();
    }
  });
});
