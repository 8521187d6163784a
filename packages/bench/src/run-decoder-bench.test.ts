import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { makeTempDir, removeTempDir, repoRoot } from '@mlpack/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LLAMA_QUICK_SPEC } from './decoder-bench-spec.js';
import { formatDecoderBench } from './format-decoder-bench.js';
import { evaluateGoals } from './goals.js';
import { runDecoderBench } from './run-decoder-bench.js';

/** Conversions run in child processes from the compiled package (`tsc -b` first). */
const CHILD = join(repoRoot, 'packages', 'bench', 'dist', 'conversion-child-main.js');

let root: string;
beforeEach(async () => {
  root = await makeTempDir('mlpack-bench-decoder-run-');
});
afterEach(async () => {
  await removeTempDir(root);
});

describe.skipIf(!existsSync(CHILD))('runDecoderBench (needs the build: run `tsc -b`)', () => {
  it('converts the toy llama (fp32 alone, then all five variants), decodes each with its cache and reports the q4 / fp32 ratio', async () => {
    const steps: string[] = [];
    const d = await runDecoderBench({
      cacheRoot: root,
      workDir: join(root, 'work'),
      spec: LLAMA_QUICK_SPEC,
      promptTokens: 16,
      newTokens: 6,
      cpRuns: 1,
      childScript: CHILD,
      onProgress: (m) => steps.push(m),
    });
    expect(d.model.spec.name).toBe('llama-quick');
    expect(d.fp32.convertMs).toBeGreaterThan(0);
    expect(d.fp32.convertOverCp).toBeCloseTo(d.fp32.convertMs / d.cp.medianMs, 9);
    expect(d.variants.maxRssBytes).toBeGreaterThan(10e6);
    expect(d.files.map((f) => [f.dtype, f.file])).toEqual([
      ['fp32', 'model.onnx'],
      ['fp16', 'model_fp16.onnx'],
      ['q8', 'model_quantized.onnx'],
      ['q4', 'model_q4.onnx'],
      ['q4f16', 'model_q4f16.onnx'],
    ]);
    expect(d.files[0]!.sizeRatio).toBe(1);
    expect(d.files[1]!.sizeRatio).toBeLessThan(0.7);
    expect(d.decoding.map((x) => ('failed' in x ? `${x.dtype}: ${x.message}` : [x.dtype, x.cacheType, x.tokens.length]))).toEqual([
      ['fp32', 'float32', 6],
      ['fp16', 'float16', 6],
      ['q8', 'float32', 6],
      ['q4', 'float32', 6],
      ['q4f16', 'float16', 6],
    ]);
    const rate = (dtype: string): number => {
      const x = d.decoding.find((y) => y.dtype === dtype)!;
      return 'failed' in x ? Number.NaN : x.tokensPerSecond;
    };
    expect(d.q4OverFp32TokensPerSecond).toBeCloseTo(rate('q4') / rate('fp32'), 9);
    expect(d.sameTokensAsFp32['fp32']).toBe(6);
    // Temporary conversions are gone; the cached model stays.
    expect(await readdir(root)).toContain('llama-quick');
    expect(await readdir(join(root, 'work'))).toEqual([]);
    expect(steps.some((s) => s.includes('convert --dtype fp32,fp16,q8,q4,q4f16'))).toBe(true);

    const skipped = { failed: true as const, code: undefined, message: 'not run' };
    const goals = evaluateGoals({ safetensors: skipped, model: skipped, targets: [], decoder: d } as unknown as Parameters<typeof evaluateGoals>[0]);
    expect(goals.map((g) => g.id)).toEqual(['decoder.convert.time_over_cp', 'decoder.convert.peak_rss', 'decoder.variants.peak_rss']);
    const text = formatDecoderBench(d, goals).join('\n');
    expect(text).toContain('decoder q4 decode tokens/s / fp32 tokens/s');
    expect(text).toMatch(/decoder onnxruntime q4f16 batch 1 +first token .* \(16-token prompt\), decode .* tokens\/s .* float16 cache/);
  });
});
