/**
 * The decoder parity matrix on seeded samples: every decoder family × head (and the knob variants
 * a family's configuration class offers) is generated, converted to ONNX and verified against the
 * independent float64 reference — the prompt pass on left-padded rows of unequal lengths and, for
 * text-generation, greedy decoding in lockstep with the KV cache — within 1e-4, and every emitted
 * model passes onnx.checker. A few conversions of a checkpoint whose distinctive setting was
 * switched off must fail against the original: the matrix would notice a builder ignoring it.
 */
import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { convertModel } from '@mlpack/convert';
import { CONVERTIBLE_FAMILIES, DECODER_TASKS } from '@mlpack/families';
import type { DecoderTask } from '@mlpack/families';
import { generateSample } from '@mlpack/samples';
import type { SampleFamily, SampleHead, SampleSpec } from '@mlpack/samples';
import { makeTempDir, removeTempDir } from '@mlpack/test-utils';
import { verifyConversion } from '@mlpack/verify';
import type { VerifyOptions } from '@mlpack/verify';
import { CHECKER_SKIP_REASON, checkOnnxModels, checkerAvailable } from './helpers/onnx-checker.js';

const HEAD_OF_TASK: Record<DecoderTask, SampleHead> = {
  'text-generation': 'causal-lm',
  'text-classification': 'sequence-classification',
  'feature-extraction': 'base',
};
/** Greedy steps per text-generation case: enough to cross the sliding windows (4, 5) from every prompt row. */
const MAX_NEW_TOKENS = 6;
const TOLERANCE = 1e-4;
const SEED = 11;

const DECODERS = CONVERTIBLE_FAMILIES.filter((f) => f.kind === 'decoder').map((f) => f.modelType as SampleFamily);

interface Case {
  name: string;
  spec: SampleSpec;
  task: DecoderTask;
  /** Verify options beyond the defaults (short texts for a model with few positions). */
  verify?: VerifyOptions;
}

const matrix: Case[] = DECODERS.flatMap((family) =>
  DECODER_TASKS.map((task): Case => ({ name: `${family} ${task}`, spec: { family, head: HEAD_OF_TASK[task], seed: SEED }, task })),
);
/** What a spec option of a family's configuration class switches on, on the LM head. */
const variants: Case[] = [
  {
    name: 'llama attention_bias + mlp_bias',
    spec: { family: 'llama', head: 'causal-lm', seed: SEED, attentionBias: true, mlpBias: true },
    task: 'text-generation',
  },
  { name: 'llama tied head', spec: { family: 'llama', head: 'causal-lm', seed: SEED, tieWordEmbeddings: true }, task: 'text-generation' },
  {
    name: 'llama rope_scaling linear',
    spec: { family: 'llama', head: 'causal-lm', seed: SEED, ropeScaling: { type: 'linear', factor: 2 } },
    task: 'text-generation',
  },
  {
    name: 'llama rope_scaling llama3',
    spec: { family: 'llama', head: 'causal-lm', seed: SEED, ropeScaling: { type: 'llama3', factor: 8 } },
    task: 'text-generation',
  },
  {
    // 16 positions: the short prompts (<= 10 tokens) plus 10 new tokens run past them, where the NTK base grows.
    name: 'llama rope_scaling dynamic (decoding past max_position_embeddings)',
    spec: { family: 'llama', head: 'causal-lm', seed: SEED, maxPositions: 16, ropeScaling: { type: 'dynamic', factor: 2 } },
    task: 'text-generation',
    verify: { texts: ['Hello world!', 'The quick brown fox', 'The fox'], maxNewTokens: 10 },
  },
  {
    name: 'qwen2 use_sliding_window (layer 1 windowed)',
    spec: { family: 'qwen2', head: 'causal-lm', seed: SEED, useSlidingWindow: true, maxWindowLayers: 1 },
    task: 'text-generation',
  },
  { name: 'qwen3 attention_bias', spec: { family: 'qwen3', head: 'causal-lm', seed: SEED, attentionBias: true }, task: 'text-generation' },
  { name: 'gemma untied', spec: { family: 'gemma', head: 'causal-lm', seed: SEED, tieWordEmbeddings: false }, task: 'text-generation' },
];

let tmp: string;
const emitted: string[] = [];
beforeAll(async () => {
  tmp = await makeTempDir('mlpack-e2e-decoder-samples-');
});
afterAll(async () => {
  await removeTempDir(tmp);
});

function slug(name: string): string {
  return name.replace(/[^a-z0-9]+/gi, '-');
}

describe('decoder samples: every family x head converts and matches the float64 reference', () => {
  it('covers every decoder family (at least the seven of issue 8) x 3 heads', () => {
    expect(DECODERS).toEqual(expect.arrayContaining(['gpt2', 'llama', 'mistral', 'qwen2', 'qwen3', 'phi3', 'gemma']));
    expect(matrix).toHaveLength(DECODERS.length * 3);
  });

  it.each([...matrix, ...variants])('$name', async ({ name, spec, task, verify }) => {
    const model = join(tmp, slug(name));
    await generateSample(spec, model);
    const out = `${model}-out`;
    const { manifest } = await convertModel(model, { out, targets: ['onnx'] });
    expect(manifest.task).toBe(task);
    emitted.push(join(out, 'onnx', 'model.onnx'));

    const report = await verifyConversion(model, out, { maxNewTokens: MAX_NEW_TOKENS, ...verify });
    expect(report.errors, JSON.stringify(report.errors)).toEqual([]);
    expect(
      report.comparisons.filter((c) => !c.ok),
      JSON.stringify(report.comparisons),
    ).toEqual([]);
    for (const c of report.comparisons) expect(c.max_abs, `${name} ${c.output}`).toBeLessThan(TOLERANCE);
    expect(report.ok).toBe(true);
    // Tokenized prompts: at least two rows, left-padded to the longest.
    expect(report.inputs.source).toBe('tokenizer');
    const [batch, length] = report.inputs.shapes['input_ids']!;
    expect(batch).toBeGreaterThanOrEqual(2);
    const config = JSON.parse(await readFile(join(model, 'config.json'), 'utf8')) as Record<string, unknown>;
    // A window only matters when the prompts are longer than it.
    if (typeof config['sliding_window'] === 'number' && config['use_sliding_window'] !== false) {
      expect(length).toBeGreaterThan(config['sliding_window']);
    }

    const outputs = report.comparisons.map((c) => c.output);
    if (task === 'text-generation') {
      const gen = report.generation!;
      const steps = verify?.maxNewTokens ?? MAX_NEW_TOKENS;
      expect(gen.max_new_tokens).toBe(steps);
      expect(gen.divergences).toEqual([]);
      expect(gen.tokens.onnx).toEqual(gen.tokens.reference);
      expect(gen.tokens.onnx!.every((row) => row.length === steps)).toBe(true);
      expect(outputs).toEqual(expect.arrayContaining(['logits', 'present.0.key', 'present.1.value', 'generation.logits']));
    } else {
      expect(report.generation).toBeUndefined();
      const output = task === 'text-classification' ? 'logits' : 'last_hidden_state';
      expect(outputs).toEqual([output]);
      if (task === 'text-classification') expect(report.comparisons[0]!.shape).toEqual([batch, 2]);
    }
  });

  /** A copy of the sample's config with its distinctive setting switched off (what a builder ignoring it would compute). */
  const blind: [name: string, spec: SampleSpec, patch: (c: Record<string, unknown>) => void][] = [
    ['mistral without its sliding window', { family: 'mistral', head: 'causal-lm', seed: SEED }, (c) => void (c['sliding_window'] = null)],
    [
      'qwen2 with use_sliding_window off',
      { family: 'qwen2', head: 'causal-lm', seed: SEED, useSlidingWindow: true },
      (c) => void (c['use_sliding_window'] = false),
    ],
    ['phi3 rotating whole heads', { family: 'phi3', head: 'causal-lm', seed: SEED }, (c) => void (c['partial_rotary_factor'] = 1.0)],
    [
      'llama without llama3 rope scaling',
      { family: 'llama', head: 'causal-lm', seed: SEED, ropeScaling: { type: 'llama3', factor: 8 } },
      (c) => void (c['rope_scaling'] = null),
    ],
  ];
  it.each(blind)('%s fails verify against the original sample', async (name, spec, patch) => {
    const model = join(tmp, `blind-${slug(name)}`);
    await generateSample(spec, model);
    const altered = `${model}-altered`;
    await cp(model, altered, { recursive: true });
    const configPath = join(altered, 'config.json');
    const config = JSON.parse(await readFile(configPath, 'utf8')) as Record<string, unknown>;
    patch(config);
    await writeFile(configPath, JSON.stringify(config, null, 2));
    const out = `${altered}-out`;
    await convertModel(altered, { out, targets: ['onnx'] });
    const report = await verifyConversion(model, out, { maxNewTokens: MAX_NEW_TOKENS });
    expect(report.ok).toBe(false);
    expect(report.comparisons.filter((c) => !c.ok).map((c) => c.output)).toContain('logits');
  });

  it.skipIf(!checkerAvailable)(`every emitted model passes onnx.checker (full_check)${checkerAvailable ? '' : ` — ${CHECKER_SKIP_REASON}`}`, async () => {
    expect(emitted).toHaveLength(matrix.length + variants.length);
    // The checker rewrites what it checks: run it on copies.
    const copies: string[] = [];
    for (const [i, p] of emitted.entries()) {
      const copy = join(tmp, `checker-${i}.onnx`);
      await cp(p, copy);
      copies.push(copy);
    }
    expect(await checkOnnxModels(copies)).toEqual([]);
  });
});
