import { resolveInside } from '@mlpack/core';
import type { HostTensorMap } from '@mlpack/core';
import type { MlpackManifest } from '@mlpack/schema';
import { DEFAULT_ATOL, DEFAULT_RTOL, cacheSpecOf, compareOutputs, parseGolden } from '@mlpack/verify';
import { onnxRunProblem, openOnnx } from './open-onnx.js';
import { runGenerationGolden } from './decoder-goldens.js';
import type { Golden, OutputComparison } from '@mlpack/verify';
import type { BundleProblem } from './bundle-problem.js';
import { causeMessage } from './cause-message.js';

export interface GoldenRun {
  /** Tolerances used (the goldens' own, else verify's float32 defaults). */
  atol: number;
  rtol: number;
  /** One comparison per recorded output, sorted by output. */
  comparisons: OutputComparison[];
  problems: BundleProblem[];
}

/**
 * Feed the manifest's golden inputs to the bundled ONNX model (onnxruntime, CPU) and compare every
 * output with the recorded one. Failures become problems naming the output; nothing throws for a
 * bad bundle.
 */
export interface RunGoldensOptions {
  /** Limit in ms for loading and for running the model (default: verify's DEFAULT_INFERENCE_TIMEOUT_MS). */
  timeoutMs?: number | undefined;
}

/**
 * Before anything runs, the model's operators are checked against what a conversion of its
 * model_type can contain (`checkOnnxOps`: no Loop/Scan/If, no foreign domains); the model then
 * runs in a child process with a time limit (`createIsolatedOnnxRunner`).
 */
export async function runGoldens(root: string, manifest: MlpackManifest, options: RunGoldensOptions = {}): Promise<GoldenRun> {
  const problems: BundleProblem[] = [];
  const none = (atol = DEFAULT_ATOL, rtol = DEFAULT_RTOL): GoldenRun => ({ atol, rtol, comparisons: [], problems });
  if (manifest.goldens === undefined) {
    problems.push({
      code: 'BUNDLE_MANIFEST_INVALID',
      file: 'mlpack.json',
      message: 'the manifest records no goldens',
      hint: 'bundle again with `mlpack bundle`',
    });
    return none();
  }
  let golden: Golden;
  try {
    golden = parseGolden(manifest.goldens, { file: 'mlpack.json#/goldens' });
  } catch (e) {
    problems.push({ code: 'BUNDLE_MANIFEST_INVALID', file: 'mlpack.json', message: `the goldens are unusable: ${causeMessage(e)}` });
    return none();
  }
  const atol = golden.atol ?? DEFAULT_ATOL;
  const rtol = golden.rtol ?? DEFAULT_RTOL;
  const target = manifest.targets.find((t) => t.format === 'onnx');
  if (!target) {
    problems.push({ code: 'BUNDLE_MANIFEST_INVALID', file: 'mlpack.json', message: 'the manifest lists no onnx target' });
    return none(atol, rtol);
  }
  let actual: HostTensorMap;
  const signature = manifest.graphs?.[0] ?? manifest.signature;
  const cache = cacheSpecOf(signature.inputs);
  try {
    const runner = await openOnnx({ onnxPath: resolveInside(root, target.path), modelType: manifest.source.model_type, timeoutMs: options.timeoutMs });
    try {
      if (golden.generation !== undefined && cache !== undefined) {
        // Decoders: replay the recorded greedy decode with the model's own KV cache.
        const g = await runGenerationGolden(runner, golden.inputs, cache, golden.generation, { atol, rtol }, target.path);
        return { atol, rtol, comparisons: g.comparisons, problems: [...problems, ...g.problems] };
      }
      actual = await runner.run(golden.inputs);
    } finally {
      await runner.dispose();
    }
  } catch (e) {
    problems.push({ ...onnxRunProblem(e, 'the bundled model'), file: target.path });
    return none(atol, rtol);
  }
  const result = compareOutputs(actual, golden.outputs, { atol, rtol });
  for (const m of result.missing) {
    problems.push({
      code: 'BUNDLE_OUTPUT_MISSING',
      tensor: m.output,
      file: target.path,
      message: `the model did not produce the recorded output "${m.output}"`,
    });
  }
  for (const c of result.comparisons) {
    if (c.ok) continue;
    const detail = c.first_bad
      ? `first at [${c.first_bad.index.join(', ')}]: got ${c.first_bad.actual}, recorded ${c.first_bad.expected}; max |diff| ${String(c.max_abs)}`
      : `shape [${c.shape.join(', ')}] differs from the recorded [${(c.expected_shape ?? []).join(', ')}]`;
    problems.push({
      code: 'BUNDLE_GOLDEN_MISMATCH',
      tensor: c.output,
      file: target.path,
      message: `output "${c.output}" differs from the golden beyond atol ${atol} / rtol ${rtol} (${detail})`,
    });
  }
  return { atol, rtol, comparisons: result.comparisons, problems };
}
