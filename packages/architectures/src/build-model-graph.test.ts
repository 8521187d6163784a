/**
 * Structure of the built graphs: I/O specs as Optimum names them, shape inference results,
 * initializer sets (tied and shared weights held once, nothing invented), determinism, and that
 * building reads tensor headers only.
 */
import { storeWeightsAsFloat16 } from '@mlpack/graph';
import { join } from 'node:path';
import type { Graph, TensorInitializer } from '@mlpack/graph';
import { makeTempDir, removeTempDir } from '@mlpack/test-utils';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headerOnlySource, sampleCheckpoint } from './__fixtures__/checkpoints.js';
import type { Checkpoint } from './__fixtures__/checkpoints.js';
import { architectureSupport, buildModelGraph, SUPPORTED } from './index.js';
import type { EncoderTask } from './index.js';

let root: string;
let n = 0;
const opened: Checkpoint[] = [];
beforeAll(async () => {
  root = await makeTempDir('mlpack-arch-struct-');
});
afterAll(async () => {
  for (const c of opened) await c.weights.close();
  await removeTempDir(root);
});

async function sample(spec: Parameters<typeof sampleCheckpoint>[0]): Promise<Checkpoint> {
  const c = await sampleCheckpoint(spec, join(root, `c${n++}`));
  opened.push(c);
  return c;
}

function tensorInits(graph: Graph): TensorInitializer[] {
  return graph.initializers.filter((i): i is TensorInitializer => i.kind === 'tensor');
}

describe('I/O specs', () => {
  const BS = ['batch_size', 'sequence_length'];
  it.each([
    ['bert', 'sequence-classification', 'text-classification', [{ name: 'logits', dtype: 'float32', shape: ['batch_size', 2] }]],
    ['distilbert', 'token-classification', 'token-classification', [{ name: 'logits', dtype: 'float32', shape: [...BS, 5] }]],
    [
      'roberta',
      'question-answering',
      'question-answering',
      [
        { name: 'start_logits', dtype: 'float32', shape: BS },
        { name: 'end_logits', dtype: 'float32', shape: BS },
      ],
    ],
    [
      'albert',
      'base',
      'feature-extraction',
      [
        { name: 'last_hidden_state', dtype: 'float32', shape: [...BS, 32] },
        { name: 'pooler_output', dtype: 'float32', shape: ['batch_size', 32] },
      ],
    ],
    ['electra', 'base', 'feature-extraction', [{ name: 'last_hidden_state', dtype: 'float32', shape: [...BS, 32] }]],
  ] as const)('%s %s → %s', async (family, head, task, outputs) => {
    const c = await sample({ family, head, seed: 7 });
    const built = buildModelGraph({ config: c.config, weights: c.weights, task });
    expect(built.outputs).toEqual(outputs);
    const names = family === 'distilbert' || family === 'roberta' ? ['input_ids', 'attention_mask'] : ['input_ids', 'attention_mask', 'token_type_ids'];
    expect(built.inputs).toEqual(names.map((name) => ({ name, dtype: 'int64', shape: BS })));
    expect(built.graph.inputs.map((i) => i.name)).toEqual(names);
  });

  it('fill-mask logits span the vocabulary from config.json', async () => {
    const c = await sample({ family: 'xlm-roberta', head: 'masked-lm', seed: 8 });
    const built = buildModelGraph({ config: c.config, weights: c.weights, task: 'fill-mask' });
    expect(built.outputs).toEqual([{ name: 'logits', dtype: 'float32', shape: ['batch_size', 'sequence_length', c.config['vocab_size']] }]);
    expect(built.family).toBe('xlm-roberta');
  });
});

describe('initializers', () => {
  it('ties the MLM decoder to the word embeddings: one initializer, no invented decoder weight', async () => {
    const c = await sample({ family: 'bert', head: 'masked-lm', seed: 9 });
    expect(c.weights.get('cls.predictions.decoder.weight')).toBeUndefined();
    const built = buildModelGraph({ config: c.config, weights: c.weights, task: 'fill-mask' });
    const names = tensorInits(built.graph).map((i) => i.name);
    expect(names.filter((x) => x.startsWith('bert.embeddings.word_embeddings.weight'))).toEqual(['bert.embeddings.word_embeddings.weight']);
    expect(names).toContain('cls.predictions.bias');
    expect(names.some((x) => x.startsWith('cls.predictions.decoder'))).toBe(false);
    // Every initializer is a checkpoint tensor, each used once as an initializer.
    expect(new Set(names).size).toBe(names.length);
    for (const x of names) expect(c.weights.get(x.replace(/\.T$/, ''))).toBeDefined();
  });

  it('uses exactly the tensors a head needs (no pooler in token classification, whole checkpoint otherwise)', async () => {
    const c = await sample({ family: 'bert', head: 'sequence-classification', seed: 10 });
    const seq = buildModelGraph({ config: c.config, weights: c.weights, task: 'text-classification' });
    const used = new Set(tensorInits(seq.graph).map((i) => i.source.name));
    expect([...used].sort()).toEqual([...c.weights.tensors.keys()].sort());
    const tok = buildModelGraph({ config: c.config, weights: c.weights, task: 'token-classification' }).graph;
    // The checkpoint's 2-label classifier serves token classification too; the pooler is not used.
    expect(tensorInits(tok).some((i) => i.name.includes('pooler'))).toBe(false);
  });

  it('ALBERT: the shared layer group is one set of initializers run by every layer', async () => {
    const c = await sample({ family: 'albert', head: 'base', seed: 11, layers: 3 });
    expect(c.config['num_hidden_layers']).toBe(3);
    expect(c.config['num_hidden_groups']).toBe(1);
    const built = buildModelGraph({ config: c.config, weights: c.weights, task: 'feature-extraction' });
    const inits = tensorInits(built.graph);
    const group = inits.filter((i) => i.name.includes('albert_layer_groups.'));
    // 4 Linear (q, k, v, dense) + ffn + ffn_output = 6 weights + 6 biases, 2 LayerNorms × 2.
    expect(group).toHaveLength(16);
    expect(new Set(group.map((i) => i.name)).size).toBe(16);
    // 3 layers × 2 LayerNorms + embeddings LayerNorm.
    expect(built.graph.nodes.filter((x) => x.op === 'LayerNorm')).toHaveLength(7);
    const query = group.find((i) => i.name.endsWith('albert_layers.0.attention.query.weight.T'))!;
    expect(built.graph.nodes.filter((x) => x.op === 'MatMul' && x.inputs.includes(query.name))).toHaveLength(3);
  });

  it('float16 weights (storeWeightsAsFloat16 pass): every tensor held as float16 once, cast once to float32', async () => {
    const c = await sample({ family: 'electra', head: 'masked-lm', seed: 12 });
    const built0 = buildModelGraph({ config: c.config, weights: c.weights, task: 'fill-mask' });
    const built = { ...built0, graph: storeWeightsAsFloat16(built0.graph) };
    const inits = tensorInits(built.graph);
    expect(inits.length).toBeGreaterThan(0);
    for (const i of inits) {
      expect(i.dtype).toBe('float16');
      expect(i.name.endsWith('.f16')).toBe(true);
      expect(i.transforms).toContainEqual({ kind: 'cast', from: 'F32', to: 'float16' });
    }
    const casts = built.graph.nodes.filter((x) => x.op === 'Cast' && inits.some((i) => i.name === x.inputs[0]));
    expect(casts).toHaveLength(inits.length);
    expect(built.outputs[0]!.dtype).toBe('float32');
  });
});

describe('shape inference', () => {
  it('keeps batch and sequence symbolic through attention (no dim resolved to a number)', async () => {
    const c = await sample({ family: 'roberta', head: 'base', seed: 13 });
    const { graph } = buildModelGraph({ config: c.config, weights: c.weights, task: 'feature-extraction' });
    const softmax = graph.nodes.filter((x) => x.op === 'Softmax');
    expect(softmax).toHaveLength(2);
    for (const s of softmax) expect(s.outputs[0]!.shape).toEqual(['batch_size', 4, 'sequence_length', 'sequence_length']);
    const positions = graph.nodes.find((x) => x.op === 'CumSum')!;
    expect(positions.outputs[0]).toMatchObject({ dtype: 'int64', shape: ['batch_size', 'sequence_length'] });
  });
});

describe('config values read only where used', () => {
  it('BERT ignores pad_token_id (null is fine); RoBERTa needs it for its position ids', async () => {
    const bert = await sample({ family: 'bert', head: 'base', seed: 15 });
    expect(buildModelGraph({ config: { ...bert.config, pad_token_id: null }, weights: bert.weights, task: 'feature-extraction' }).outputs).toHaveLength(2);
    const roberta = await sample({ family: 'roberta', head: 'base', seed: 16 });
    expect(() => buildModelGraph({ config: { ...roberta.config, pad_token_id: null }, weights: roberta.weights, task: 'feature-extraction' })).toThrow(
      expect.objectContaining({ code: 'ARCH_BAD_CONFIG', pointer: '/pad_token_id' }),
    );
    const { graph } = buildModelGraph({ config: { ...roberta.config, pad_token_id: 5 }, weights: roberta.weights, task: 'feature-extraction' });
    const notEqual = graph.nodes.find((x) => x.op === 'NotEqual')!;
    const pad = graph.initializers.find((i) => i.name === notEqual.inputs[1]);
    expect(pad).toMatchObject({ kind: 'constant', dtype: 'int64', values: [5] });
  });
});

describe('determinism and laziness', () => {
  it('building twice gives deep-equal graphs, from headers only', async () => {
    const c = await sample({ family: 'albert', head: 'masked-lm', seed: 14 });
    const guarded = headerOnlySource(c.weights);
    const a = buildModelGraph({ config: c.config, weights: guarded, task: 'fill-mask' });
    const b = buildModelGraph({ config: structuredClone(c.config), weights: guarded, task: 'fill-mask' });
    expect(b.graph).toEqual(a.graph);
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    expect(guarded.reads).toBe(0);
  });
});

describe('architectureSupport and SUPPORTED', () => {
  it('lists the encoder families with the five encoder tasks and the decoders with theirs', () => {
    expect(SUPPORTED.map((s) => s.family)).toEqual([
      'bert',
      'distilbert',
      'roberta',
      'xlm-roberta',
      'camembert',
      'electra',
      'albert',
      'gpt2',
      'llama',
      'mistral',
      'qwen2',
      'qwen3',
      'phi3',
      'gemma',
    ]);
    const tasks: EncoderTask[] = ['feature-extraction', 'text-classification', 'token-classification', 'question-answering', 'fill-mask'];
    for (const s of SUPPORTED.slice(0, 7)) expect([...s.tasks]).toEqual(tasks);
    for (const s of SUPPORTED.slice(7)) expect([...s.tasks]).toEqual(['text-generation', 'text-classification', 'feature-extraction']);
  });
  it('judges from the config alone', () => {
    expect(architectureSupport({ model_type: 'camembert' }, 'fill-mask')).toEqual({ ok: true, family: 'camembert' });
    expect(architectureSupport({ model_type: 'xlm_roberta' }, 'question-answering')).toEqual({ ok: true, family: 'xlm-roberta' });
    expect(architectureSupport({ model_type: 'gpt2' }, 'text-generation')).toEqual({ ok: true, family: 'gpt2' });
    const bart = architectureSupport({ model_type: 'bart' }, 'feature-extraction');
    expect(bart.ok).toBe(false);
    if (!bart.ok) expect(bart.reason).toContain('bert, distilbert, roberta, xlm-roberta, camembert, electra, albert, gpt2, llama');
    const rope = architectureSupport({ model_type: 'llama', rope_scaling: { rope_type: 'yarn', factor: 4 } }, 'text-generation');
    expect(rope).toEqual({ ok: false, reason: expect.stringContaining('rope_scaling.rope_type "yarn" is not supported') });
    const task = architectureSupport({ model_type: 'bert' }, 'text-generation');
    expect(task.ok).toBe(false);
    if (!task.ok) expect(task.reason).toContain('fill-mask');
    const rel = architectureSupport({ model_type: 'bert', position_embedding_type: 'relative_key' }, 'fill-mask');
    expect(rel.ok).toBe(false);
    const act = architectureSupport({ model_type: 'distilbert', activation: 'mish' }, 'fill-mask');
    expect(act).toEqual({ ok: false, reason: expect.stringContaining('"mish"') });
  });
});
