/**
 * Weight variants of decoder LMs: what the fp16 pass keeps in float32 (RMSNorm, the rotary angles
 * computed from integer positions, the additive mask), the float16 KV cache I/O of fp16 / q4f16,
 * the variants running in onnxruntime with their own cache at large positions, and the
 * language-model gates at convert time (recorded, or refusing the conversion).
 */
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HostTensor, HostTensorMap } from '@mlpack/core';
import { buildModelGraph } from '@mlpack/architectures';
import type { Graph } from '@mlpack/graph';
import { readModelFolder } from '@mlpack/model';
import { SHARED_FIXTURES_SKIP_REASON, hasSharedFixtures, makeTempDir, removeTempDir, samplesRoot, sharedFixture } from '@mlpack/test-utils';
import { createOnnxRunner, variantParityGate } from '@mlpack/verify';
import type { ConversionManifest } from './conversion-manifest.js';
import { convertModel } from './convert-model.js';
import { planVariants, variantGraph } from './plan-variants.js';

let tmp: string;
beforeAll(async () => {
  tmp = await makeTempDir('mlpack-decoder-variants-');
});
afterAll(async () => {
  await removeTempDir(tmp);
});

const llama = join(samplesRoot, 'llama');

async function llamaGraph(): Promise<Graph> {
  const read = await readModelFolder(llama);
  try {
    return buildModelGraph({ config: read.folder!.config, weights: read.folder!.weights, task: 'text-generation' }).graph;
  } finally {
    await read.folder!.close();
  }
}

describe('the fp16 pass on a decoder (llama sample)', () => {
  it('keeps RMSNorm, Softmax and the rotary angles float32, the KV cache float16, the logits float32', async () => {
    const base = await llamaGraph();
    const [plan] = planVariants(['onnx'], ['fp16']);
    const g = variantGraph(base, plan!, { blockSize: 32, accuracyLevel: 0 });
    const dtypeOf = new Map<string, string>([...g.inputs, ...g.initializers, ...g.nodes.flatMap((n) => n.outputs)].map((v) => [v.name, v.dtype]));
    const norms = g.nodes.filter((n) => n.op === 'RMSNorm');
    expect(norms.length).toBe(2 * 2 + 1); // two per layer, the final norm
    for (const n of norms) expect([n.name, n.outputs[0]!.dtype, dtypeOf.get(n.inputs[0]!)]).toEqual([n.name, 'float32', 'float32']);
    for (const n of g.nodes.filter((x) => x.op === 'Softmax')) expect(n.outputs[0]!.dtype, n.name).toBe('float32');
    // cos / sin of `position · inv_freq` in float32 (float16 holds integers exactly only to 2048);
    // the bounded tables are cast to float16 where the float16 attention uses them.
    const trig = g.nodes.filter((n) => n.op === 'Cos' || n.op === 'Sin');
    expect(trig.length).toBe(2);
    for (const n of trig) {
      expect([dtypeOf.get(n.inputs[0]!), n.outputs[0]!.dtype]).toEqual(['float32', 'float32']);
      const users = g.nodes.filter((u) => u.inputs.includes(n.outputs[0]!.name));
      expect(users.map((u) => [u.op, u.outputs[0]!.dtype])).toEqual(users.map(() => ['Cast', 'float16']));
    }
    // Everything between the int64 positions and cos/sin is float32.
    const positionsCast = g.nodes.find((n) => n.op === 'Cast' && n.inputs[0] === 'position_ids')!;
    expect(positionsCast.attrs).toEqual({ to: 'float32' });
    // The linear layers compute in float16.
    const matmuls = g.nodes.filter((n) => n.op === 'MatMul' && g.initializers.some((i) => i.name === n.inputs[1]));
    expect(matmuls.length).toBeGreaterThan(0);
    for (const n of matmuls) expect(n.outputs[0]!.dtype, n.name).toBe('float16');
    // I/O: the cache float16 both ways, ids int64, logits float32.
    expect(Object.fromEntries(g.inputs.map((i) => [i.name, i.dtype]))).toEqual({
      input_ids: 'int64',
      attention_mask: 'int64',
      position_ids: 'int64',
      'past_key_values.0.key': 'float16',
      'past_key_values.0.value': 'float16',
      'past_key_values.1.key': 'float16',
      'past_key_values.1.value': 'float16',
    });
    expect(Object.fromEntries(g.outputs.map((o) => [o.name, o.dtype]))).toEqual({
      logits: 'float32',
      'present.0.key': 'float16',
      'present.0.value': 'float16',
      'present.1.key': 'float16',
      'present.1.value': 'float16',
    });
  });
});

describe('decoder variants in onnxruntime', () => {
  const out = (): string => join(tmp, 'llama');

  beforeAll(async () => {
    // The llama sample's random weights miss the quantized LM gates (README): kept and recorded as degraded.
    await convertModel(llama, { out: out(), dtypes: ['fp32', 'fp16', 'q8', 'q4', 'q4f16'], parityGate: variantParityGate, allowDegraded: true });
  });

  it('records each variant with its cache dtype and the language-model gate', async () => {
    const m = JSON.parse(await readFile(join(out(), 'mlpack.json'), 'utf8')) as ConversionManifest;
    expect(m.targets.map((t) => [t.dtype, t.format === 'onnx' ? t.kv_cache_dtype : undefined])).toEqual([
      ['fp32', 'float32'],
      ['fp16', 'float16'],
      ['q8', 'float32'],
      ['q4', 'float32'],
      ['q4f16', 'float16'],
    ]);
    const fp16 = m.targets[1]!.parity!;
    expect(fp16.ok).toBe(true);
    expect(fp16.gate).toMatchObject({ atol: 2e-2, min_cosine: 0.999, min_top10_overlap: 0.95, max_greedy_mismatches: 0 });
    expect(fp16.measured).toMatchObject({ finite: true, greedy_mismatches: 0, greedy_tokens: 20 });
    expect(fp16.measured['top10_overlap']).toBeGreaterThanOrEqual(0.95);
    const q4 = m.targets[3]!.parity!;
    expect(q4.gate).toMatchObject({ min_cosine: 0.92, min_top10_overlap: 0.8, max_greedy_mismatches: 2 });
    // fp32: the elementwise gate and no greedy mismatch with the reference.
    expect(m.targets[0]!.parity).toMatchObject({
      ok: true,
      gate: { atol: 1e-4, rtol: 1e-3, min_cosine: 0.9999, max_greedy_mismatches: 0 },
      measured: { greedy_mismatches: 0 },
    });
    // The fp16 file is about half of fp32 (float16 weights; the graph itself weighs in at this size).
    const size = async (f: string): Promise<number> => (await stat(join(out(), 'onnx', f))).size;
    expect((await size('model_fp16.onnx')) / (await size('model.onnx'))).toBeLessThan(0.65);
  });

  it('fp16 computes rotary positions beyond 2048 like fp32 (the angles stay float32)', async () => {
    // One row at positions 3001..3006 and a prompt pass: float16 positions would round 3001 to 3000.
    const prompt = [5, 17, 42, 99, 7, 3];
    const feeds = (past: HostTensorMap): HostTensorMap => ({
      input_ids: i64([prompt]),
      attention_mask: i64([prompt.map(() => 1)]),
      position_ids: i64([prompt.map((_, i) => 3001 + i)]),
      ...past,
    });
    const results: Record<string, Float32Array> = {};
    for (const file of ['model.onnx', 'model_fp16.onnx']) {
      const runner = await createOnnxRunner(join(out(), 'onnx', file));
      try {
        const past: HostTensorMap = {};
        for (const i of runner.inputs.filter((x) => x.name.startsWith('past_key_values.')))
          past[i.name] = { dtype: 'float32', dims: [1, 2, 0, 8], data: new Float32Array(0) };
        results[file] = (await runner.run(feeds(past)))['logits']!.data as Float32Array;
      } finally {
        await runner.dispose();
      }
    }
    const a = results['model.onnx']!;
    const b = results['model_fp16.onnx']!;
    let worst = 0;
    let scale = 0;
    for (let i = 0; i < a.length; i++) {
      worst = Math.max(worst, Math.abs(a[i]! - b[i]!));
      scale = Math.max(scale, Math.abs(a[i]!));
    }
    expect(scale).toBeGreaterThan(1);
    expect(worst / scale).toBeLessThan(1e-2);
  });
});

describe.skipIf(!hasSharedFixtures())(`language-model gates at convert time${hasSharedFixtures() ? '' : ` (${SHARED_FIXTURES_SKIP_REASON})`}`, () => {
  it('tiny-random-gpt2: every variant passes and records top-10 overlap and greedy mismatches in 20 tokens', async () => {
    const out = join(tmp, 'gpt2');
    const r = await convertModel(sharedFixture('tiny-random-gpt2'), { out, dtypes: ['fp32', 'fp16', 'q8', 'q4', 'q4f16'], parityGate: variantParityGate });
    for (const t of r.manifest.targets.slice(1)) {
      expect(t.parity?.ok, `${t.path} ${JSON.stringify(t.parity?.misses)}`).toBe(true);
      expect(t.parity?.measured['greedy_tokens'], t.path).toBe(20);
      expect(t.parity?.measured['greedy_mismatches'], t.path).toBeLessThanOrEqual(t.parity!.gate['max_greedy_mismatches']!);
      expect(t.parity?.measured['top10_overlap'], t.path).toBeGreaterThanOrEqual(t.parity!.gate['min_top10_overlap']!);
    }
  });

  it('tiny-llama q8 (hidden 8, random weights) misses the greedy-mismatch gate: CONVERT_PARITY_FAILED, nothing written', async () => {
    const out = join(tmp, 'tiny-llama-q8');
    await expect(convertModel(sharedFixture('tiny-llama'), { out, dtypes: ['fp32', 'q8'], parityGate: variantParityGate })).rejects.toMatchObject({
      code: 'CONVERT_PARITY_FAILED',
      message: expect.stringMatching(
        /onnx\/model_quantized\.onnx \(q8\) misses its parity gate: output "generation\.tokens" greedy_mismatches [3-9]\d* \(gate 2\)/,
      ),
    });
    await expect(stat(out)).rejects.toMatchObject({ code: 'ENOENT' });
  });
});

function i64(rows: readonly (readonly number[])[]): HostTensor {
  return { dtype: 'int64', dims: [rows.length, rows[0]!.length], data: BigInt64Array.from(rows.flat(), (v) => BigInt(v)) };
}
