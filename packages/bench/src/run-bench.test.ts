import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { makeTempDir, removeTempDir, repoRoot } from '@mlpack/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BenchModelSpec } from './bench-model-spec.js';
import { isFailure } from './bench-result.js';
import type { TargetResult } from './bench-result.js';
import { measureConversion } from './measure-conversion.js';
import { runBench } from './run-bench.js';
import { runBenchCli } from './run-bench-cli.js';

/** Conversions run in child processes from the compiled package, so these tests need `tsc -b` first. */
const CHILD = join(repoRoot, 'packages', 'bench', 'dist', 'conversion-child-main.js');
const TINY: BenchModelSpec = { name: 'tiny', seed: 2, hidden: 32, layers: 2, heads: 4, intermediate: 64, vocabSize: 200, maxPositions: 32, typeVocabSize: 2 };
const TINIER: BenchModelSpec = { ...TINY, name: 'tinier', hidden: 16, intermediate: 32, vocabSize: 50 };

let root: string;
beforeEach(async () => {
  root = await makeTempDir('mlpack-bench-run-');
});
afterEach(async () => {
  await removeTempDir(root);
});

describe.skipIf(!existsSync(CHILD))('runBench (needs the build: run `tsc -b`)', () => {
  it('measures a tiny model end to end and leaves only the cached model behind', async () => {
    const steps: string[] = [];
    const r = await runBench({
      cacheRoot: root,
      spec: TINY,
      runs: 2,
      latencyCases: [{ batch: 2, sequence: 16 }],
      latencyRuns: 2,
      safetensorsBytes: 1024 * 1024,
      childScript: CHILD,
      scaleSpec: TINIER,
      scaleRuns: 1,
      startupRuns: 1,
      onProgress: (m) => steps.push(m),
    });
    const s = r.startup;
    if (s === undefined || isFailure(s)) throw new Error(`no start-up numbers: ${s?.message}`);
    expect(s.timings.map((t) => [t.id, t.runsMs.length])).toEqual([
      ['node', 1],
      ['version', 1],
      ['help', 1],
      ['inspect', 1],
    ]);
    expect(r.goals.filter((g) => g.id.startsWith('cli.')).map((g) => [g.id, g.limit])).toEqual([
      ['cli.version_ms', 200],
      ['cli.help_ms', 200],
    ]);
    expect(isFailure(r.safetensors)).toBe(false);
    expect(isFailure(r.model) ? r.model.message : r.model.params).toBe(
      TINY.vocabSize * 32 + 32 * 32 + 2 * 32 + 64 + 2 * (4 * (32 * 32 + 32) + 64 + (64 * 32 + 64) + (32 * 64 + 32) + 64) + 32 * 32 + 32,
    );
    expect(isFailure(r.cp) ? r.cp.message : r.cp.runsMs.length).toBe(2);
    expect(r.targets.map((t) => t.target)).toEqual(['onnx', 'tfjs']);
    for (const t of r.targets) {
      expect(isFailure(t) ? t.message : 'ok').toBe('ok');
      const ok = t as TargetResult;
      expect(ok.runs).toHaveLength(2);
      expect(ok.deterministic).toBe(true);
      expect(ok.peakRssBytes).toBeGreaterThan(10e6);
      expect(ok.runs[0]!.stages.map((s) => s.stage)).toContain('building graph');
      expect(ok.medianWallMs).toBeGreaterThan(ok.medianConvertMs);
    }
    expect((r.targets[0] as TargetResult).files).toBeGreaterThanOrEqual(3); // model.onnx, config.json, mlpack.json
    expect(isFailure(r.latency) ? r.latency.message : r.latency.map((l) => [l.batch, l.sequence, l.runs])).toEqual([[2, 16, 2]]);
    expect(r.goals.map((g) => g.id)).toContain('convert.tfjs.peak_rss');
    expect(r.keptOutputs).toBeUndefined();
    expect((await readdir(root)).sort()).toEqual(['tinier', 'tiny']);
    expect(steps.filter((s) => s.includes('convert --to'))).toHaveLength(4);
    // The second model: one conversion per target, compared with the main model's.
    const m = r.memoryScaling;
    if (m === undefined || isFailure(m)) throw new Error(`no memory scaling: ${m?.message}`);
    expect([m.small.model, m.large.model]).toEqual(['tinier', 'tiny']);
    expect(m.small.targets.map((t) => [t.target, t.runs])).toEqual([
      ['onnx', 1],
      ['tfjs', 1],
    ]);
    expect(m.large.targets.map((t) => [t.target, t.runs])).toEqual([
      ['onnx', 2],
      ['tfjs', 2],
    ]);
    expect(m.large.peakRssBytes).toBe(Math.max(...r.targets.map((t) => (t as TargetResult).peakRssBytes)));
    expect(m.small.peakRssBytes).toBeGreaterThan(10e6);
    expect(m.growthBytes).toBe(m.large.peakRssBytes - m.small.peakRssBytes);
    expect(m.weightsRatio).toBeGreaterThan(1);
    expect(steps.filter((s) => s.startsWith('memory scaling'))).toHaveLength(3);
  });

  it('keeps every conversion with keep', async () => {
    const r = await runBench({
      cacheRoot: root,
      spec: TINY,
      runs: 1,
      keep: true,
      startupRuns: 0,
      latencyCases: [{ batch: 1, sequence: 8 }],
      latencyRuns: 1,
      safetensorsBytes: 1024 * 1024,
      childScript: CHILD,
    });
    expect(r.keptOutputs).toBeDefined();
    expect(r.memoryScaling).toBeUndefined(); // a custom spec and no scaleSpec: one model only
    expect((await readdir(r.keptOutputs!)).sort()).toEqual(['onnx-1', 'tfjs-1', 'variants']);
    expect(existsSync(join(r.keptOutputs!, 'onnx-1', 'onnx', 'model.onnx'))).toBe(true);
  });

  it('reports a conversion that fails in the child as BENCH_CHILD_FAILED with the converter error', async () => {
    await expect(measureConversion(join(root, 'missing'), join(root, 'out'), 'onnx', { childScript: CHILD })).rejects.toMatchObject({
      code: 'BENCH_CHILD_FAILED',
      message: expect.stringContaining('MODEL_DIR_NOT_FOUND'),
    });
  });
});

describe('runBenchCli', () => {
  it('prints the usage for --help and exits 2 on an unknown flag without running anything', async () => {
    let out = '';
    let err = '';
    const io = { stdout: (t: string) => void (out += t), stderr: (t: string) => void (err += t) };
    expect(await runBenchCli(['--help'], io, { cacheRoot: root })).toBe(0);
    expect(out).toContain('--quick');
    expect(await runBenchCli(['--nope'], io, { cacheRoot: root })).toBe(2);
    expect(err).toContain('[USAGE] unknown argument "--nope"');
    expect(await readdir(root)).toEqual([]);
  });
});
