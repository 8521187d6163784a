import { rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { BERT_MULTI_GB_SPEC } from './bench-model-spec.js';
import type { BenchModelSpec } from './bench-model-spec.js';
import { flushDirtyPages, timeCopy, warmPageCache } from './copy-baseline.js';
import { ensureBenchModel } from './ensure-bench-model.js';
import { rssGoalBytes } from './goals.js';
import { runProcess } from './run-process.js';

/**
 * Preloaded into each CLI child (`node --import <this>`): prints the process's peak RSS at exit,
 * tagged, so every step is measured in its own process. A data: URL, so nothing else is written.
 */
const RSS_PRELOAD = `data:text/javascript,process.on('exit',()=>process.stderr.write('\\nmlpack-bench-maxrss '+process.resourceUsage().maxRSS+'\\n'))`;

export interface MultiGbStep {
  /** What ran (`convert onnx`, `verify`, …) and the CLI arguments. */
  step: string;
  args: string[];
  wallMs: number;
  /** Peak RSS of the mlpack process (the onnxruntime child of verify is not included). */
  peakRssBytes: number;
}

export interface MultiGbResult {
  spec: BenchModelSpec;
  weightsBytes: number;
  params: number;
  largest: { name: string; bytes: number };
  generateMs: number;
  cpMs: number;
  steps: MultiGbStep[];
  /** The ONNX conversion's external data file and its size. */
  externalDataBytes: number;
  /** 300 MB + the largest tensor. */
  rssGoalBytes: number;
  bundleBytes: number;
}

export interface RunMultiGbOptions {
  /** Where the model is cached (`<cacheRoot>/bert-multi-gb`). */
  cacheRoot: string;
  /** The built CLI (`packages/cli/dist/bin.js`). */
  cliBin: string;
  /** Model shape (default BERT_MULTI_GB_SPEC; tests pass a tiny one). */
  spec?: BenchModelSpec | undefined;
  /** Keep the outputs under `<cacheRoot>/multi-gb-run`. */
  keep?: boolean | undefined;
  onProgress?: ((message: string) => void) | undefined;
}

/**
 * The multi-GB chain end to end, each step a fresh CLI process: generate (cached) a > 2.5 GB seeded
 * BERT, time `cp` of its weights, convert to ONNX (external data, automatically) and to TF.js,
 * verify the ONNX conversion in onnxruntime against the reference, bundle it, unbundle it and
 * verify the bundle. Reports wall time and peak RSS of every step.
 */
export async function runMultiGb(options: RunMultiGbOptions): Promise<MultiGbResult> {
  const spec = options.spec ?? BERT_MULTI_GB_SPEC;
  const progress = options.onProgress ?? (() => {});
  progress(`model ${spec.name} (hidden ${spec.hidden}, ${spec.layers} layers)`);
  const model = await ensureBenchModel(options.cacheRoot, spec);
  progress(`${model.reused ? 'reused' : 'generated'} ${(model.weightsFileBytes / 1e9).toFixed(2)} GB of weights`);
  const work = join(options.cacheRoot, 'multi-gb-run');
  await rm(work, { recursive: true, force: true });
  const steps: MultiGbStep[] = [];
  try {
    await warmPageCache(model.weightsFile);
    await flushDirtyPages();
    const cpMs = await timeCopy(model.weightsFile, join(options.cacheRoot, 'multi-gb-cp.tmp'));
    progress(`cp ${(cpMs / 1000).toFixed(1)} s`);
    const onnx = join(work, 'onnx');
    const tfjs = join(work, 'tfjs');
    const bundle = join(work, 'model.tar.gz');
    const deployed = join(work, 'deployed');
    const plan: [string, string[]][] = [
      ['convert onnx', ['convert', model.dir, '--out', onnx, '--to', 'onnx']],
      ['convert tfjs', ['convert', model.dir, '--out', tfjs, '--to', 'tfjs']],
      ['verify onnx', ['verify', model.dir, onnx, '--target', 'onnx', '--batch', '2']],
      ['bundle', ['bundle', onnx, '--model', model.dir, '--name', 'multi-gb', '--version', '1.0.0', '-o', bundle]],
      ['unbundle', ['unbundle', bundle, '-o', deployed]],
      ['verify bundle', ['verify', bundle]],
    ];
    for (const [step, args] of plan) {
      await flushDirtyPages();
      progress(step);
      const r = await runProcess(process.execPath, ['--import', RSS_PRELOAD, options.cliBin, ...args]);
      const rss = /mlpack-bench-maxrss ([0-9]+)/.exec(r.stderr)?.[1];
      steps.push({ step, args, wallMs: r.wallMs, peakRssBytes: rss === undefined ? NaN : Number(rss) * 1024 });
      progress(`${step}: ${(r.wallMs / 1000).toFixed(1)} s, peak RSS ${(Number(rss) / 1024).toFixed(0)} MB`);
      if (step === 'convert tfjs') await rm(tfjs, { recursive: true, force: true }); // disk: keep only what later steps read
    }
    const externalDataBytes = (await stat(join(onnx, 'onnx', 'model.onnx_data')).catch(() => ({ size: 0 }))).size;
    const bundleBytes = (await stat(bundle)).size;
    return {
      spec,
      weightsBytes: model.weightsFileBytes,
      params: model.params,
      largest: model.largest,
      generateMs: model.generateMs,
      cpMs,
      steps,
      externalDataBytes,
      rssGoalBytes: rssGoalBytes(model.largest.bytes),
      bundleBytes,
    };
  } finally {
    if (!options.keep) await rm(work, { recursive: true, force: true });
  }
}

/** The text report: each step's time and peak RSS, the conversion goals. */
export function formatMultiGbReport(r: MultiGbResult): string {
  const mb = (b: number) => `${(b / 1e6).toFixed(0)} MB`;
  const lines = [
    `model: ${r.spec.name}, ${(r.params / 1e6).toFixed(0)} M params, ${(r.weightsBytes / 1e9).toFixed(2)} GB weights, largest tensor ${r.largest.name} ${mb(r.largest.bytes)}`,
    `cp of the weights                     ${(r.cpMs / 1000).toFixed(1)} s`,
  ];
  for (const s of r.steps) {
    const convert = s.step.startsWith('convert');
    const ratio = convert ? `  time/cp ${(s.wallMs / r.cpMs).toFixed(2)}x` : '';
    const goal = convert ? `  (goal <= ${mb(r.rssGoalBytes)})${s.peakRssBytes > r.rssGoalBytes ? '  OVER GOAL' : ''}` : '';
    lines.push(`${s.step.padEnd(38)}${(s.wallMs / 1000).toFixed(1).padStart(6)} s  peak RSS ${mb(s.peakRssBytes).padStart(8)}${goal}${ratio}`);
  }
  lines.push(`ONNX external data                    ${mb(r.externalDataBytes)}${r.externalDataBytes > 0 ? '' : '  (none: the model is below 2 GiB)'}`);
  lines.push(`bundle                                ${mb(r.bundleBytes)}`);
  lines.push('(verify and bundle run onnxruntime in a child process, which holds the weights and is not counted above)');
  return lines.join('\n') + '\n';
}
