import { cp, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWeights } from '@mlpack/safetensors';
import { makeTempDir, removeTempDir, samplesRoot } from '@mlpack/test-utils';
import { diffTrees, hashTree } from './hash-tree.js';
import { runSamplesCli } from './run-samples-cli.js';
import { SAMPLE_SET, generateAllSamples } from './sample-set.js';

/** The committed set must stay small enough for the repository (the brief's budget). */
const MAX_SET_BYTES = 2 * 1024 * 1024;

let tmp: string;
let fresh: string;
beforeAll(async () => {
  tmp = await makeTempDir('mlpack-samples-set-');
  fresh = join(tmp, 'samples');
  await generateAllSamples(fresh);
});
afterAll(async () => {
  await removeTempDir(tmp);
});

describe('committed samples/', () => {
  it('are byte-identical to a fresh regeneration (run `pnpm samples` after changing the generator)', async () => {
    const committed = await hashTree(samplesRoot);
    const regenerated = await hashTree(fresh);
    expect(diffTrees(regenerated, committed)).toEqual({ missing: [], extra: [], changed: [] });
    expect(committed.size).toBeGreaterThan(SAMPLE_SET.length * 5);
  });

  it('hold the five brief models and the mistral demo within the size budget', async () => {
    expect(SAMPLE_SET.map((e) => e.name)).toEqual(['bert-seqcls', 'distilbert', 'roberta', 'gpt2', 'llama', 'mistral']);
    const expected: Record<string, [string, Record<string, unknown>]> = {
      'bert-seqcls': ['BertForSequenceClassification', { id2label: { '0': 'negative', '1': 'positive' } }],
      distilbert: ['DistilBertForTokenClassification', { id2label: { '0': 'O', '1': 'B-PER', '2': 'I-PER', '3': 'B-LOC', '4': 'I-LOC' } }],
      roberta: ['RobertaForQuestionAnswering', { max_position_embeddings: 66, pad_token_id: 1 }],
      gpt2: ['GPT2LMHeadModel', { n_embd: 32, n_layer: 2 }],
      llama: [
        'LlamaForCausalLM',
        { num_key_value_heads: 2, num_attention_heads: 4, rms_norm_eps: 1e-6, rope_theta: 10000, tie_word_embeddings: false },
      ],
      mistral: ['MistralForCausalLM', { sliding_window: 4, num_key_value_heads: 2, head_dim: 8, tie_word_embeddings: false }],
    };
    let total = 0;
    for (const entry of SAMPLE_SET) {
      const dir = join(samplesRoot, entry.name);
      const config = JSON.parse(await readFile(join(dir, 'config.json'), 'utf8')) as Record<string, unknown>;
      const [arch, fields] = expected[entry.name]!;
      expect(config['architectures']).toEqual([arch]);
      expect(config).toMatchObject(fields);
      const readme = await readFile(join(dir, 'README.md'), 'utf8');
      expect(readme).toContain('`pnpm samples`');
      expect(readme).toContain(`| seed | ${entry.spec.seed} |`);
      const w = await openWeights(dir);
      try {
        expect(w.totalBytes).toBeGreaterThan(0);
        expect(w.bytesPerDType).toEqual({ F32: w.totalBytes });
      } finally {
        await w.close();
      }
      for (const f of await readdir(dir)) total += (await readFile(join(dir, f))).length;
    }
    expect(total).toBeLessThan(MAX_SET_BYTES);
    const decoders = ['gpt2', 'llama', 'mistral'];
    for (const name of decoders) expect(await readdir(join(samplesRoot, name))).toContain('generation_config.json');
  });
});

describe('pnpm samples (runSamplesCli)', () => {
  const io = () => {
    const lines: string[] = [];
    return { lines, io: { out: (l: string) => lines.push(l), err: (l: string) => lines.push(l) } };
  };

  it('regenerates into a given dir atomically, replacing stale content', async () => {
    const target = join(tmp, 'cli-out');
    await cp(fresh, target, { recursive: true });
    await writeFile(join(target, 'stale.txt'), 'old');
    const { lines, io: sink } = io();
    expect(await runSamplesCli([target], sink)).toBe(0);
    expect(lines[0]).toContain('wrote 6 samples');
    expect(diffTrees(await hashTree(fresh), await hashTree(target))).toEqual({ missing: [], extra: [], changed: [] });
    expect((await readdir(tmp)).filter((f) => f.includes('mlpack-tmp'))).toEqual([]);
  });

  it('--check passes on an exact copy and fails with SAMPLE_OUT_OF_DATE on an edited one', async () => {
    const copy = join(tmp, 'check');
    await cp(fresh, copy, { recursive: true });
    expect(await runSamplesCli([copy, '--check'], io().io)).toBe(0);
    const cfg = join(copy, 'gpt2', 'config.json');
    await writeFile(cfg, (await readFile(cfg, 'utf8')).replace('"n_layer": 2', '"n_layer": 3'));
    const { lines, io: sink } = io();
    expect(await runSamplesCli([copy, '--check'], sink)).toBe(1);
    expect(lines.join('\n')).toMatch(/\[SAMPLE_OUT_OF_DATE\].*differs gpt2\/config\.json/);
  });

  it('rejects unknown options and extra arguments with exit status 2', async () => {
    expect(await runSamplesCli(['--frobnicate'], io().io)).toBe(2);
    expect(await runSamplesCli(['a', 'b'], io().io)).toBe(2);
    const { lines, io: sink } = io();
    expect(await runSamplesCli(['--help'], sink)).toBe(0);
    expect(lines[0]).toContain('--check');
  });
});
