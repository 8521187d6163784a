import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { isMlpackError } from '@mlpack/core';
import { BenchError } from './bench-error.js';
import { BERT_BASE_SPEC, BERT_QUICK_SPEC } from './bench-model-spec.js';
import type { BenchModelSpec } from './bench-model-spec.js';
import type { BenchFailure, BenchMachine, BenchModelInfo, BenchResult, TargetFailure, TargetResult } from './bench-result.js';
import { isFailure } from './bench-result.js';
import { flushDirtyPages, timeCopy, warmPageCache } from './copy-baseline.js';
import { ensureBenchModel } from './ensure-bench-model.js';
import { evaluateGoals } from './goals.js';
import { diffHashes, hashOutputs, treeDigest } from './hash-outputs.js';
import { measureConversion } from './measure-conversion.js';
import type { ConversionRun } from './measure-conversion.js';
import type { OutputHashes } from './hash-outputs.js';
import { median } from './median.js';
import { compareMemoryScaling, memoryScalingPoint } from './memory-scaling.js';
import type { MemoryScaling, MemoryScalingPoint } from './memory-scaling.js';
import { measureOrtLatency } from './ort-latency.js';
import { measureStartup } from './measure-startup.js';
import type { StartupResult } from './measure-startup.js';
import type { LatencyCase, LatencyResult } from './ort-latency.js';
import { benchSafetensors } from './safetensors-bench.js';
import { measureVariants } from './measure-variants.js';
import { runDecoderBench } from './run-decoder-bench.js';
import type { RunDecoderBenchOptions } from './run-decoder-bench.js';

/** Conversion runs per target: the median of 3 shrugs off one slow run on a shared machine. */
export const DEFAULT_CONVERT_RUNS = 3;
/** Latency shapes: one sentence, and a small batch, at BERT's common 128-token length. */
export const DEFAULT_LATENCY_CASES: readonly LatencyCase[] = [
  { batch: 1, sequence: 128 },
  { batch: 8, sequence: 128 },
];
/** Timed onnxruntime runs per shape. */
export const DEFAULT_LATENCY_RUNS = 10;
/**
 * Conversion runs per target of the second, smaller model whose peak RSS is set beside the main
 * one's (its conversions take ~0.5 s each, Node start-up included).
 */
export const DEFAULT_SCALE_RUNS = 3;
/** Targets converted, in this order within each round. */
export const BENCH_TARGETS: readonly string[] = ['onnx', 'tfjs'];

export interface RunBenchOptions {
  /** Folder of cached generated models (`<repo>/.bench`). */
  cacheRoot: string;
  /** Where the run's temporary outputs go (a fresh `run-*` dir inside; default cacheRoot). */
  workRoot?: string;
  /** Use the small `--quick` model (ignored when `spec` is given). */
  quick?: boolean;
  /** Model to generate and convert (default BERT_BASE_SPEC, or BERT_QUICK_SPEC with `quick`). */
  spec?: BenchModelSpec;
  /** Keep the conversions (and report where); otherwise everything temporary is removed. */
  keep?: boolean;
  /** Conversion runs per target (default DEFAULT_CONVERT_RUNS). */
  runs?: number;
  /** Latency shapes (default DEFAULT_LATENCY_CASES; sequences must fit the model's positions). */
  latencyCases?: readonly LatencyCase[];
  /** Timed onnxruntime runs per shape (default DEFAULT_LATENCY_RUNS). */
  latencyRuns?: number;
  /** Size of the safetensors throughput file (default: benchSafetensors' ~400 MB). */
  safetensorsBytes?: number;
  /**
   * A second model converted only for its peak RSS, to show how memory scales with model size
   * (default: BERT_QUICK_SPEC when the main model is the default bert-base; none with `quick` or a
   * custom `spec`). `null`: none.
   */
  scaleSpec?: BenchModelSpec | null;
  /** Conversion runs per target of `scaleSpec` (default DEFAULT_SCALE_RUNS). */
  scaleRuns?: number;
  /** Child script for conversions (default: the compiled conversion-child-main.js). */
  childScript?: string;
  /** One call per step, for a progress line on stderr. */
  onProgress?: (message: string) => void;
  /** CLI start-up runs per command (default DEFAULT_STARTUP_RUNS); 0 skips the start-up section. */
  startupRuns?: number;
  /** Judge each ONNX variant against the float64 reference in the variants section (default true). */
  variantGate?: boolean;
  /** Run the decoder section (`--decoder`) with these settings (its model, variants, token counts); absent: skipped. */
  decoder?: Omit<RunDecoderBenchOptions, 'cacheRoot' | 'workDir' | 'keep' | 'childScript' | 'onProgress'>;
}

/**
 * The whole benchmark, one run: safetensors reader numbers, then the (cached) BERT model, cp of
 * its weights against each conversion (child processes, warm page cache, rounds interleaved so
 * drifting machine load hits both alike), determinism across the runs, and onnxruntime latency.
 * A section that fails is recorded as a failure; the rest still runs. Never throws for a missed goal.
 */
export async function runBench(options: RunBenchOptions): Promise<BenchResult> {
  const spec = options.spec ?? (options.quick ? BERT_QUICK_SPEC : BERT_BASE_SPEC);
  const runs = options.runs ?? DEFAULT_CONVERT_RUNS;
  if (!Number.isSafeInteger(runs) || runs < 1) throw new RangeError(`runs must be a positive integer, got ${runs}`);
  const scaleSpec = options.scaleSpec !== undefined ? options.scaleSpec : options.spec === undefined && !options.quick ? BERT_QUICK_SPEC : null;
  const scaleRuns = options.scaleRuns ?? DEFAULT_SCALE_RUNS;
  if (!Number.isSafeInteger(scaleRuns) || scaleRuns < 1) throw new RangeError(`scaleRuns must be a positive integer, got ${scaleRuns}`);
  const cases = options.latencyCases ?? DEFAULT_LATENCY_CASES;
  for (const c of cases) {
    if (c.sequence > spec.maxPositions) throw new RangeError(`latency sequence ${c.sequence} exceeds the model's ${spec.maxPositions} positions`);
  }
  const progress = options.onProgress ?? (() => {});
  const machine = describeMachine();
  await mkdir(options.cacheRoot, { recursive: true });
  const workRoot = options.workRoot ?? options.cacheRoot;
  await mkdir(workRoot, { recursive: true });
  const workDir = await mkdtemp(join(workRoot, 'run-'));
  try {
    // First, while nothing else of ours runs: start-up times are the most sensitive to load.
    let startup: StartupResult | BenchFailure | undefined;
    if (options.startupRuns !== 0) {
      progress('cli start-up: node -e 0, mlpack --version, --help, inspect');
      startup = await attempt(() => measureStartup({ runs: options.startupRuns }));
    }

    progress('safetensors: header parse, stream read vs copy');
    const stDir = join(workDir, 'safetensors');
    await mkdir(stDir);
    const safetensors = await attempt(() => benchSafetensors(stDir, { targetBytes: options.safetensorsBytes }));
    await rm(stDir, { recursive: true, force: true });

    progress(`model: ${spec.name} (cached in ${options.cacheRoot})`);
    const generated = await attempt(() => ensureBenchModel(options.cacheRoot, spec));
    const model: BenchModelInfo | BenchFailure = isFailure(generated)
      ? generated
      : {
          spec,
          params: generated.params,
          weightsFileBytes: generated.weightsFileBytes,
          largest: generated.largest,
          reused: generated.reused,
          generateMs: generated.generateMs,
        };
    if (isFailure(generated)) {
      const skipped = failure(new Error('no model to convert'));
      return finish({
        machine,
        quick: Boolean(options.quick),
        runs,
        safetensors,
        model,
        cp: skipped,
        targets: [],
        latency: skipped,
        keptOutputs: undefined,
        startup,
      });
    }

    progress('warming the page cache (reading model.safetensors once)');
    await warmPageCache(generated.weightsFile);

    const cpTimes: number[] = [];
    let cpFailure: BenchFailure | undefined;
    const perTarget = new Map<string, { runs: ConversionRun[]; hashes: OutputHashes[] } | TargetFailure>(
      BENCH_TARGETS.map((t) => [t, { runs: [], hashes: [] }]),
    );
    for (let i = 0; i < runs; i++) {
      if (cpFailure === undefined) {
        progress(`round ${i + 1}/${runs}: cp`);
        await flushDirtyPages();
        const t = await attempt(() => timeCopy(generated.weightsFile, join(workDir, 'cp-copy.safetensors')));
        if (isFailure(t)) cpFailure = t;
        else cpTimes.push(t);
      }
      for (const target of BENCH_TARGETS) {
        const acc = perTarget.get(target)!;
        if (isFailure(acc)) continue;
        progress(`round ${i + 1}/${runs}: convert --to ${target}`);
        await flushDirtyPages();
        const out = join(workDir, `${target}-${i + 1}`);
        const measured = await attempt(async () => {
          const run = await measureConversion(generated.dir, out, target, { childScript: options.childScript });
          return { run, hashes: await hashOutputs(out) };
        });
        if (isFailure(measured)) perTarget.set(target, { ...measured, target });
        else {
          acc.runs.push(measured.run);
          acc.hashes.push(measured.hashes);
        }
        const neededForLatency = target === 'onnx' && i === 0;
        if (!options.keep && !neededForLatency) await rm(out, { recursive: true, force: true });
      }
    }
    const cp = cpFailure ?? { runsMs: cpTimes, medianMs: median(cpTimes) };
    const targets = BENCH_TARGETS.map((t) => summarizeTarget(t, perTarget.get(t)!, isFailure(cp) ? undefined : cp.medianMs));

    let memoryScaling: MemoryScaling | BenchFailure | undefined;
    if (scaleSpec) {
      const main = [...perTarget.values()].flatMap((acc) => (isFailure(acc) ? [] : acc.runs.map((r) => ({ target: r.target, maxRssBytes: r.maxRssBytes }))));
      memoryScaling = await attempt(async () => {
        const large = memoryScalingPoint({ name: spec.name, weightsFileBytes: generated.weightsFileBytes, largestTensorBytes: generated.largest.bytes }, main);
        const small = await measureScalePoint(options.cacheRoot, workDir, scaleSpec, scaleRuns, options.childScript, progress);
        return compareMemoryScaling(small, large);
      });
    }

    const onnx = targets.find((t) => t.target === 'onnx');
    let latency: LatencyResult[] | BenchFailure;
    if (onnx === undefined || isFailure(onnx)) latency = failure(new Error('no ONNX conversion to run'));
    else {
      const modelPath = join(workDir, 'onnx-1', 'onnx', 'model.onnx');
      progress(`onnxruntime latency (${cases.map((c) => `${c.batch}x${c.sequence}`).join(', ')})`);
      (globalThis as { gc?: () => void }).gc?.(); // start from a collected heap when run with --expose-gc
      latency = await attempt(async () => {
        if (!existsSync(modelPath)) {
          throw new BenchError('BENCH_MISSING_OUTPUT', 'the conversion wrote no onnx/model.onnx', { file: modelPath, hint: 'check the convert output layout' });
        }
        return measureOrtLatency(modelPath, cases, { vocabSize: spec.vocabSize, runs: options.latencyRuns ?? DEFAULT_LATENCY_RUNS });
      });
    }
    const onnxTarget = targets.find((t) => t.target === 'onnx');
    const variants =
      onnxTarget === undefined || isFailure(onnxTarget)
        ? undefined
        : await attempt(() =>
            measureVariants(generated.dir, join(workDir, 'variants'), {
              fp32ConvertMs: onnxTarget.medianConvertMs,
              cases,
              vocabSize: spec.vocabSize,
              latencyRuns: options.latencyRuns ?? DEFAULT_LATENCY_RUNS,
              gate: options.variantGate ?? true,
              keep: options.keep,
              childScript: options.childScript,
              onProgress: progress,
            }),
          );
    const decoder =
      options.decoder === undefined
        ? undefined
        : await attempt(() =>
            runDecoderBench({
              cacheRoot: options.cacheRoot,
              workDir: join(workDir, 'decoder'),
              keep: options.keep,
              childScript: options.childScript,
              onProgress: progress,
              ...options.decoder,
            }),
          );
    return finish({
      machine,
      quick: Boolean(options.quick),
      runs,
      safetensors,
      model,
      cp,
      targets,
      latency,
      keptOutputs: options.keep ? workDir : undefined,
      memoryScaling,
      variants,
      decoder,
      startup,
    });
  } finally {
    if (!options.keep) await rm(workDir, { recursive: true, force: true });
  }
}

/**
 * Peak RSS of converting a second model (generated or cached like the main one, read once into the
 * page cache): `runs` rounds of every target, each conversion in its own child, outputs removed.
 */
async function measureScalePoint(
  cacheRoot: string,
  workDir: string,
  spec: BenchModelSpec,
  runs: number,
  childScript: string | undefined,
  progress: (message: string) => void,
): Promise<MemoryScalingPoint> {
  progress(`memory scaling: model ${spec.name} (cached in ${cacheRoot})`);
  const model = await ensureBenchModel(cacheRoot, spec);
  await warmPageCache(model.weightsFile);
  const peaks: { target: string; maxRssBytes: number }[] = [];
  for (let i = 0; i < runs; i++) {
    for (const target of BENCH_TARGETS) {
      progress(`memory scaling ${i + 1}/${runs}: convert ${spec.name} --to ${target}`);
      await flushDirtyPages();
      const out = join(workDir, `scale-${target}-${i + 1}`);
      const run = await measureConversion(model.dir, out, target, { childScript });
      peaks.push({ target, maxRssBytes: run.maxRssBytes });
      await rm(out, { recursive: true, force: true });
    }
  }
  return memoryScalingPoint({ name: spec.name, weightsFileBytes: model.weightsFileBytes, largestTensorBytes: model.largest.bytes }, peaks);
}

function finish(r: Omit<BenchResult, 'goals'>): BenchResult {
  return { ...r, goals: evaluateGoals(r) };
}

function summarizeTarget(
  target: string,
  acc: { runs: ConversionRun[]; hashes: OutputHashes[] } | TargetFailure,
  cpMedianMs: number | undefined,
): TargetResult | TargetFailure {
  if (isFailure(acc)) return acc;
  const first = acc.hashes[0]!;
  const differing = [...new Set(acc.hashes.slice(1).flatMap((h) => diffHashes(first.sha256, h.sha256)))].sort();
  const medianConvertMs = median(acc.runs.map((r) => r.convertMs));
  return {
    target,
    runs: acc.runs,
    medianConvertMs,
    medianWallMs: median(acc.runs.map((r) => r.wallMs)),
    convertOverCp: cpMedianMs === undefined ? Number.NaN : medianConvertMs / cpMedianMs,
    peakRssBytes: Math.max(...acc.runs.map((r) => r.maxRssBytes)),
    deterministic: differing.length === 0,
    differing,
    digest: treeDigest(first.sha256),
    files: Object.keys(first.sha256).length,
    bytes: first.bytes,
  };
}

async function attempt<T>(fn: () => Promise<T>): Promise<T | BenchFailure> {
  try {
    return await fn();
  } catch (e) {
    return failure(e);
  }
}

function failure(e: unknown): BenchFailure {
  return { failed: true, code: isMlpackError(e) ? e.code : undefined, message: e instanceof Error ? e.message : String(e) };
}

function describeMachine(): BenchMachine {
  const d = new Date();
  const pad = (n: number): string => String(n).padStart(2, '0');
  return {
    date: `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`,
    node: process.version,
    cores: availableParallelism(),
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    memoryBytes: totalmem(),
    platform: `${process.platform}-${process.arch}`,
  };
}
