/**
 * Decoder weight variants through the CLI: convert with the language-model gates (and
 * --quantize-embeddings), verify judging every variant with its own KV cache, a conversion refused
 * by its gate and the same kept with --allow-degraded, and --gate on an fp32-only conversion.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  SHARED_FIXTURES_SKIP_REASON,
  hasSharedFixtures,
  loopOnnxModel,
  makeTempDir,
  removeTempDir,
  replaceListedFile,
  sharedFixture,
} from '@mlpack/test-utils';
import { jsonOf, runCli } from './helpers/cli.js';

interface Target {
  path: string;
  dtype: string;
  kv_cache_dtype?: string;
  parity?: { ok: boolean; degraded?: true; gate: Record<string, number>; measured: Record<string, number | boolean | null> };
}
interface VerifyJson {
  ok: boolean;
  variants?: { dtype: string; path: string; ok: boolean; degraded?: true; measured: Record<string, number | boolean | null>; tokens?: number[][] }[];
  errors: { code: string }[];
  warnings: { code: string }[];
}

let tmp: string;
beforeAll(async () => {
  tmp = await makeTempDir('mlpack-e2e-decoder-variants-');
});
afterAll(async () => {
  await removeTempDir(tmp);
});

describe.skipIf(!hasSharedFixtures())(`decoder variants through the CLI${hasSharedFixtures() ? '' : ` (${SHARED_FIXTURES_SKIP_REASON})`}`, () => {
  it('tiny-random-gpt2: convert --dtype fp32,fp16,q4f16 --quantize-embeddings, then verify judges each variant by decoding with its cache', async () => {
    const out = join(tmp, 'gpt2');
    const c = await runCli(['convert', sharedFixture('tiny-random-gpt2'), '--out', out, '--dtype', 'fp32,fp16,q4f16', '--quantize-embeddings', '--json']);
    expect(c.code, c.stderr).toBe(0);
    const targets = jsonOf<{ manifest: { targets: Target[]; options: Record<string, unknown> } }>(c).manifest;
    expect(targets.options['quantize_embeddings']).toBe(true);
    expect(targets.targets.map((t) => [t.dtype, t.kv_cache_dtype, t.parity?.ok])).toEqual([
      ['fp32', 'float32', true],
      ['fp16', 'float16', true],
      ['q4f16', 'float16', true],
    ]);
    expect(targets.targets[2]!.parity!.gate).toMatchObject({ min_top10_overlap: 0.8, max_greedy_mismatches: 2 });

    const v = await runCli(['verify', sharedFixture('tiny-random-gpt2'), out, '--json']);
    const report = jsonOf<VerifyJson>(v);
    expect(report.errors).toEqual([]);
    expect(v.code).toBe(0);
    expect(report.variants!.map((x) => [x.dtype, x.ok, x.measured['greedy_tokens']])).toEqual([
      ['fp16', true, 20],
      ['q4f16', true, 20],
    ]);
    for (const x of report.variants!) expect(x.tokens!.every((row) => row.length === 20)).toBe(true);
    // The human report names each variant and its next-token numbers.
    const human = await runCli(['verify', sharedFixture('tiny-random-gpt2'), out]);
    expect(human.stdout).toMatch(
      /variant +onnx\/model_q4f16\.onnx \(q4f16\): ok; min cosine 0\.9\d+, argmax [\d.]+, top-10 overlap [\d.]+, greedy mismatches \d in 20/,
    );
  });

  it('a decoder variant holding a Loop is refused before onnxruntime sees it (ONNX_OP_NOT_ALLOWED naming the file), like the fp32 model', async () => {
    const out = join(tmp, 'gpt2-loop');
    expect((await runCli(['convert', sharedFixture('tiny-random-gpt2'), '--out', out, '--dtype', 'fp32,fp16'])).code).toBe(0);
    // Swapped in and re-recorded in mlpack.json, as someone tampering with a converted folder would.
    await replaceListedFile(out, 'onnx/model_fp16.onnx', loopOnnxModel());
    const v = await runCli(['verify', sharedFixture('tiny-random-gpt2'), out, '--json']);
    expect(v.code, v.stderr).toBe(1);
    const report = jsonOf<VerifyJson & { errors: { code: string; file?: string; message: string }[] }>(v);
    expect(report.errors).toEqual([
      expect.objectContaining({ code: 'ONNX_OP_NOT_ALLOWED', file: 'onnx/model_fp16.onnx', message: expect.stringContaining('"Loop"') }),
    ]);
  });

  it('tiny-llama --dtype q8: refused by its gate (exit 1, nothing written); kept with --allow-degraded, and verify warns instead of failing', async () => {
    const out = join(tmp, 'llama-q8');
    const refused = await runCli(['convert', sharedFixture('tiny-llama'), '--out', out, '--dtype', 'fp32,q8', '--json']);
    expect(refused.code).toBe(1);
    expect(jsonOf<{ error: { code: string; tensor: string } }>(refused).error).toMatchObject({ code: 'CONVERT_PARITY_FAILED', tensor: 'generation.tokens' });
    expect(existsSync(out)).toBe(false);

    const kept = await runCli(['convert', sharedFixture('tiny-llama'), '--out', out, '--dtype', 'fp32,q8', '--allow-degraded', '--json']);
    expect(kept.code, kept.stderr).toBe(0);
    const q8 = jsonOf<{ manifest: { targets: Target[] } }>(kept).manifest.targets[1]!;
    expect(q8.parity).toMatchObject({ ok: false, degraded: true });
    const v = await runCli(['verify', sharedFixture('tiny-llama'), out, '--json']);
    const report = jsonOf<VerifyJson>(v);
    expect(v.code).toBe(0);
    expect(report.warnings.map((w) => w.code)).toContain('VERIFY_DEGRADED');
    expect(report.variants![0]).toMatchObject({ dtype: 'q8', ok: false, degraded: true });
  });

  it('--gate judges an fp32-only decoder conversion and records it', async () => {
    const out = join(tmp, 'mistral-gated');
    const c = await runCli(['convert', sharedFixture('tiny-mistral-window'), '--out', out, '--gate', '--json']);
    expect(c.code, c.stderr).toBe(0);
    const t = jsonOf<{ manifest: { targets: Target[] } }>(c).manifest.targets[0]!;
    expect(t.parity).toMatchObject({ ok: true, gate: { atol: 1e-4, max_greedy_mismatches: 0 }, measured: { greedy_mismatches: 0 } });
  });
});
