/**
 * Decoder LMs end to end through the CLI: convert each shared decoder fixture, verify it (prompt
 * pass + greedy decoding with the KV cache vs the float64 reference, and the fixture's golden),
 * refuse what cannot be converted with coded errors and no output, and fail verify on a
 * conversion of a subtly different checkpoint.
 */
import { existsSync } from 'node:fs';
import { cp, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSafetensors } from '@mlpack/safetensors';
import { SHARED_FIXTURES_SKIP_REASON, hasSharedFixtures, makeTempDir, removeTempDir, sharedFixture } from '@mlpack/test-utils';
import { jsonOf, runCli } from './helpers/cli.js';
import { CHECKER_SKIP_REASON, checkOnnxModels, checkerAvailable } from './helpers/onnx-checker.js';

interface VerifyJson {
  ok: boolean;
  task: string;
  inputs: { source: string; shapes: Record<string, number[]> };
  comparisons: { target: string; against: string; output: string; max_abs: number; ok: boolean; shape: number[] }[];
  generation?: { max_new_tokens: number; tokens: { onnx: number[][]; reference: number[][] }; divergences: { tie: boolean }[] };
  errors: { code: string; message: string }[];
  warnings: { code: string }[];
}

let tmp: string;
const emitted: string[] = [];
beforeAll(async () => {
  tmp = await makeTempDir('mlpack-e2e-decoders-');
});
afterAll(async () => {
  await removeTempDir(tmp);
});

const FIXTURES = [
  ['tiny-llama', 'llama'],
  ['tiny-mistral-window', 'mistral'],
  ['tiny-qwen2-bias', 'qwen2'],
  ['tiny-qwen3-qknorm', 'qwen3'],
  ['tiny-phi3-partial', 'phi3'],
  ['tiny-gemma-headdim', 'gemma'],
  ['tiny-random-gpt2', 'gpt2'],
] as const;

describe.skipIf(!hasSharedFixtures())(`decoders: convert + verify${hasSharedFixtures() ? '' : ` (${SHARED_FIXTURES_SKIP_REASON})`}`, () => {
  it.each(FIXTURES)('%s (%s): greedy decoding with the cache matches the reference token for token', async (name, family) => {
    const out = join(tmp, name);
    const c = await runCli(['convert', sharedFixture(name), '--out', out, '--json']);
    expect(c.code, c.stderr).toBe(0);
    const manifest = jsonOf<{
      manifest: { task: string; graphs: { name: string; inputs: { name: string; shape: unknown[] }[] }[]; targets: { graph: string; path: string }[] };
    }>(c).manifest;
    expect(manifest.task).toBe('text-generation');
    expect(manifest.graphs.map((g) => g.name)).toEqual(['model']);
    expect(manifest.targets).toEqual([expect.objectContaining({ format: 'onnx', graph: 'model', path: 'onnx/model.onnx' })]);
    const mask = manifest.graphs[0]!.inputs.find((i) => i.name === 'attention_mask')!;
    expect(mask.shape).toEqual(['batch_size', 'past_sequence_length + sequence_length']);
    emitted.push(join(out, 'onnx', 'model.onnx'));

    const v = await runCli(['verify', sharedFixture(name), out, '--json', '--max-new-tokens', '12']);
    const report = jsonOf<VerifyJson>(v);
    expect(report.errors).toEqual([]);
    expect(report.ok).toBe(true);
    expect(v.code).toBe(0);
    const gen = report.generation!;
    expect(gen.max_new_tokens).toBe(12);
    expect(gen.tokens.onnx).toEqual(gen.tokens.reference);
    expect(gen.tokens.onnx.every((row) => row.length === 12)).toBe(true);
    expect(gen.divergences).toEqual([]);
    // Left padding: three prompt rows of unequal lengths.
    expect(report.inputs.shapes['input_ids']![0]).toBeGreaterThanOrEqual(2);
    const outputs = report.comparisons.map((x) => x.output);
    expect(outputs).toContain('logits');
    expect(outputs).toContain('present.0.key');
    expect(outputs).toContain('generation.logits');
    for (const cmp of report.comparisons) expect(cmp.max_abs, `${name} ${cmp.output}`).toBeLessThan(1e-4);
    expect(family).toBeTruthy();
  });

  it.each(FIXTURES.filter(([n]) => n !== 'tiny-random-gpt2'))('%s: --golden reference_logits.json within 1e-4 (onnx and reference)', async (name) => {
    const out = join(tmp, name);
    if (!existsSync(out)) expect((await runCli(['convert', sharedFixture(name), '--out', out])).code).toBe(0);
    const v = await runCli(['verify', sharedFixture(name), out, '--golden', join(sharedFixture(name), 'reference_logits.json'), '--json']);
    const report = jsonOf<VerifyJson>(v);
    expect(report.inputs.source).toBe('golden');
    for (const target of ['onnx', 'reference']) {
      const cmp = report.comparisons.find((x) => x.target === target && x.against === 'golden' && x.output === 'logits');
      expect(cmp, target).toBeDefined();
      expect(cmp!.max_abs).toBeLessThan(1e-4);
    }
    expect(report.ok).toBe(true);
  });

  it('tiny-gpt2-seqcls: the classifier converts and reproduces its golden', async () => {
    const out = join(tmp, 'gpt2-seqcls');
    const c = await runCli(['convert', sharedFixture('tiny-gpt2-seqcls'), '--out', out]);
    expect(c.code, c.stderr).toBe(0);
    emitted.push(join(out, 'onnx', 'model.onnx'));
    const v = await runCli([
      'verify',
      sharedFixture('tiny-gpt2-seqcls'),
      out,
      '--golden',
      join(sharedFixture('tiny-gpt2-seqcls'), 'reference_logits.json'),
      '--json',
    ]);
    const report = jsonOf<VerifyJson>(v);
    expect(report.task).toBe('text-classification');
    expect(report.ok).toBe(true);
    const plain = jsonOf<VerifyJson>(await runCli(['verify', sharedFixture('tiny-gpt2-seqcls'), out, '--json']));
    expect(plain.ok).toBe(true);
    expect(plain.generation).toBeUndefined();
  });

  it('a conversion of a checkpoint with one bias nudged fails verify against the original (exit 1)', async () => {
    const model = join(tmp, 'qwen2-nudged');
    await cp(sharedFixture('tiny-qwen2-bias'), model, { recursive: true });
    for (const f of await readdir(model)) await import('node:fs/promises').then((fs) => fs.chmod(join(model, f), 0o644));
    const file = join(model, 'model.safetensors');
    const st = await openSafetensors(file);
    const t = st.tensors.find((x) => x.name.endsWith('layers.1.self_attn.k_proj.bias'))!;
    const offset = t.byteOffset; // absolute (header included)
    await st.close();
    const bytes = await readFile(file);
    bytes.writeFloatLE(bytes.readFloatLE(offset) + 0.5, offset);
    await writeFile(file, bytes);
    const out = join(tmp, 'qwen2-nudged-out');
    expect((await runCli(['convert', model, '--out', out])).code).toBe(0);
    const v = await runCli(['verify', sharedFixture('tiny-qwen2-bias'), out, '--json']);
    expect(v.code).toBe(1);
    const report = jsonOf<VerifyJson>(v);
    expect(report.ok).toBe(false);
    const failed = report.comparisons.filter((x) => !x.ok).map((x) => x.output);
    expect(failed).toContain('logits');
    expect(failed).toContain('present.1.key');
    expect(failed).not.toContain('present.0.key');
  });

  it("bundles record a greedy decode (the reference's picks and margins); verify <bundle> replays it with the cache; a changed pick fails", async () => {
    const out = join(tmp, 'tiny-random-gpt2');
    if (!existsSync(out)) expect((await runCli(['convert', sharedFixture('tiny-random-gpt2'), '--out', out])).code).toBe(0);
    const bundle = join(tmp, 'gpt2-1.0.0.tar.gz');
    const b = await runCli(['bundle', out, '--model', sharedFixture('tiny-random-gpt2'), '--name', 'gpt2', '--version', '1.0.0', '-o', bundle, '--json']);
    expect(b.code, b.stderr).toBe(0);
    const v = await runCli(['verify', bundle, '--json']);
    expect(v.code, v.stdout).toBe(0);
    const report = jsonOf<{ ok: boolean; goldens: { comparisons: { output: string; ok: boolean }[] } }>(v);
    expect(report.goldens.comparisons.map((c) => c.output)).toEqual(['generation.last_logits']);

    const dir = join(tmp, 'gpt2-unbundled');
    expect((await runCli(['unbundle', bundle, '-o', dir])).code).toBe(0);
    const manifestPath = join(dir, 'mlpack.json');
    const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as { goldens: { generation: { tokens: number[][]; margins: number[][] } } };
    const g = manifest.goldens.generation;
    expect(g.tokens.length).toBeGreaterThanOrEqual(2);
    expect(g.tokens[0]!.length).toBe(8);
    // A pick the model would not make, at a step with a clear margin.
    const step = g.margins[0]!.findIndex((m) => m > 1e-3);
    expect(step).toBeGreaterThanOrEqual(0);
    g.tokens[0]![step] = (g.tokens[0]![step]! + 1) % 1000;
    await writeFile(manifestPath, JSON.stringify(manifest, null, 2));
    const bad = await runCli(['verify', dir, '--json']);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('BUNDLE_GOLDEN_MISMATCH');
    expect(bad.stdout).toContain(`greedy step ${step}, row 0`);
  });

  it('a decoder bundle with variants: each variant replays the recorded decode with its own (float16) cache and is judged by its gate', async () => {
    const out = join(tmp, 'gpt2-variants');
    const c = await runCli(['convert', sharedFixture('tiny-random-gpt2'), '--out', out, '--dtype', 'fp32,fp16,q8']);
    expect(c.code, c.stderr).toBe(0);
    const bundle = join(tmp, 'gpt2-variants-1.0.0.tar.gz');
    const b = await runCli(['bundle', out, '--model', sharedFixture('tiny-random-gpt2'), '--name', 'gpt2v', '--version', '1.0.0', '-o', bundle, '--json']);
    expect(b.code, b.stderr).toBe(0);
    const v = await runCli(['verify', bundle, '--json']);
    expect(v.code, v.stdout).toBe(0);
    const report = jsonOf<{ goldens: { variants?: { dtype: string; ok: boolean; measured: { min_cosine: number } }[] } }>(v);
    const checks = report.goldens.variants!;
    expect(checks.map((x) => x.dtype)).toEqual(['fp16', 'q8']);
    for (const x of checks) {
      expect(x.ok).toBe(true);
      expect(x.measured.min_cosine).toBeGreaterThan(0.99);
    }
  });

  it.skipIf(!checkerAvailable)(
    `every emitted decoder model passes onnx.checker (full_check)${checkerAvailable ? '' : ` — ${CHECKER_SKIP_REASON}`}`,
    async () => {
      expect(emitted.length).toBeGreaterThanOrEqual(8);
      const copies: string[] = [];
      for (const [i, p] of emitted.entries()) {
        const copy = join(tmp, `checker-${i}.onnx`);
        await cp(p, copy);
        copies.push(copy);
      }
      expect(await checkOnnxModels(copies)).toEqual([]);
    },
  );
});

describe.skipIf(!hasSharedFixtures())('decoders: what cannot be converted is refused with a code and leaves nothing', () => {
  async function brokenCopy(name: string, patch: (config: Record<string, unknown>) => void): Promise<string> {
    const dir = join(tmp, `broken-${name}-${Math.random().toString(36).slice(2, 8)}`);
    await cp(sharedFixture(name), dir, { recursive: true });
    const configPath = join(dir, 'config.json');
    const config = JSON.parse(await readFile(configPath, 'utf8')) as Record<string, unknown>;
    patch(config);
    await import('node:fs/promises').then((fs) => fs.chmod(configPath, 0o644));
    await writeFile(configPath, JSON.stringify(config, null, 2));
    return dir;
  }

  it.each([
    [
      'num_key_value_heads not dividing heads (CONVERT_INVALID_MODEL)',
      (c: Record<string, unknown>) => void (c.num_key_value_heads = 3),
      'CONVERT_INVALID_MODEL',
      undefined,
    ],
    [
      'an unsupported rope_scaling type (ARCH_UNSUPPORTED)',
      (c: Record<string, unknown>) => void (c.rope_scaling = { rope_type: 'yarn', factor: 4 }),
      'ARCH_UNSUPPORTED',
      '/rope_scaling/rope_type',
    ],
    [
      'more layers than the checkpoint has (ARCH_MISSING_TENSOR)',
      (c: Record<string, unknown>) => void (c.num_hidden_layers = 3),
      'ARCH_MISSING_TENSOR',
      undefined,
    ],
  ])('%s is refused', async (_what, patch, code, pointer) => {
    const dir = await brokenCopy('tiny-mistral-window', patch);
    const out = join(tmp, `never-${code}-${Math.random().toString(36).slice(2, 8)}`);
    const r = await runCli(['convert', dir, '--out', out, '--json']);
    expect(r.code).toBe(1);
    const err = jsonOf<{ ok: boolean; error: { code: string; pointer?: string; file?: string; tensor?: string } }>(r).error;
    expect(err.code).toBe(code);
    if (pointer) expect(err.pointer).toBe(pointer);
    if (code === 'ARCH_MISSING_TENSOR') expect(err.tensor).toMatch(/^model\.layers\.2\./);
    if (code === 'ARCH_UNSUPPORTED') expect(err.file).toBe(join(dir, 'config.json'));
    if (code === 'CONVERT_INVALID_MODEL') expect(JSON.stringify(err)).toContain('num_key_value_heads');
    expect(existsSync(out)).toBe(false);
    expect((await readdir(tmp)).filter((n) => n.includes('never-') || n.includes('.mlpack-tmp'))).toEqual([]);
  });

  it('TF.js output of a decoder is refused before anything is written', async () => {
    const out = join(tmp, 'never-tfjs');
    const r = await runCli(['convert', sharedFixture('tiny-llama'), '--to', 'onnx,tfjs', '--out', out, '--json']);
    expect(r.code).toBe(1);
    expect(jsonOf<{ error: { code: string } }>(r).error.code).toBe('CONVERT_TARGET_UNSUPPORTED');
    expect(existsSync(out)).toBe(false);
  });

  it('an encoder-decoder (bart) is refused as ARCH_UNSUPPORTED with the supported list, exit 1', async () => {
    const r = await runCli(['convert', sharedFixture('tiny-bart'), '--out', join(tmp, 'never-bart'), '--json']);
    expect(r.code).toBe(1);
    const err = jsonOf<{ error: { code: string; message: string } }>(r).error;
    expect(err.code).toBe('ARCH_UNSUPPORTED');
    expect(err.message).toContain('gpt2, llama, mistral, qwen2, qwen3, phi3, gemma');
  });
});
