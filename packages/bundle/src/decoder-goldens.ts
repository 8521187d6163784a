import { MLPACK_VERSION } from '@mlpack/core';
import type { HostTensorMap } from '@mlpack/core';
import type { ModelFolder } from '@mlpack/model';
import type { ManifestTensorSpec, MlpackGolden } from '@mlpack/schema';
import {
  cacheSpecOf,
  checkGenerationGolden,
  compareOutputs,
  compareTensors,
  createDecoderReferenceRunner,
  decoderPrompt,
  generationGoldenOf,
  goldenDocument,
  greedyParity,
} from '@mlpack/verify';
import type { CacheSpec, GenerationGolden, OutputComparison, Runner } from '@mlpack/verify';
import { BundleError } from './bundle-error.js';
import { onnxRunFailure, openOnnx } from './open-onnx.js';
import type { BundleProblem } from './bundle-problem.js';
import { causeMessage } from './cause-message.js';

/** Tokens greedily decoded into a decoder bundle's goldens. */
export const DECODER_GOLDEN_NEW_TOKENS = 8;

type DecoderModelArg = Parameters<typeof createDecoderReferenceRunner>[0];

export interface DecoderGoldensOptions {
  onnxPath: string;
  task: string;
  signature: { inputs: readonly ManifestTensorSpec[]; outputs: readonly ManifestTensorSpec[] };
  atol: number;
  rtol: number;
  modelType: string | undefined;
  timeoutMs?: number | undefined;
}

/**
 * Goldens of a decoder bundle, from the same left-padded prompts verify uses. Text generation: the
 * ONNX model (with its cache) and the float64 reference decode DECODER_GOLDEN_NEW_TOKENS tokens in
 * lockstep; the bundle is refused (`BUNDLE_PARITY_FAILED`) unless every step's logits agree and
 * every pick agrees (ties within the tolerance allowed); the goldens record the reference's side:
 * the prompt's last-position logits, its picks and their margins. Classifier / feature-extraction
 * graphs (no cache): ordinary output goldens.
 */
export async function makeDecoderGoldens(folder: ModelFolder, o: DecoderGoldensOptions): Promise<{ golden: MlpackGolden; parity: OutputComparison[] }> {
  const prompt = await decoderPrompt(folder);
  const cache = cacheSpecOf(o.signature.inputs);
  const tol = { atol: o.atol, rtol: o.rtol };
  const source = `mlpack ${MLPACK_VERSION} reference (float64, rounded to float32); inputs: ${prompt.source === 'tokenizer' ? 'tokenizer on built-in texts' : `seeded random ids (seed ${prompt.seed ?? 0})`}, left-padded`;
  const runners: Runner[] = [];
  try {
    const reference = createDecoderReferenceRunner({ config: folder.config, weights: folder.weights, task: o.task } as DecoderModelArg);
    runners.push(reference);
    let onnx: Runner;
    try {
      onnx = await openOnnx(o);
      runners.push(onnx);
    } catch (cause) {
      throw onnxRunFailure(cause, o.onnxPath, 'loading the converted model in onnxruntime');
    }
    if (cache === undefined) {
      const [actual, expected] = await Promise.all([onnx.run(prompt.inputs), reference.run(prompt.inputs)]).catch((cause: unknown) => {
        throw new BundleError('BUNDLE_REFERENCE_FAILED', `running the goldens failed: ${causeMessage(cause)}`, { file: folder.dir, cause });
      });
      const outputs = o.signature.outputs.map((s) => s.name).sort();
      const r = compareOutputs(actual, expected, { ...tol, outputs });
      refuseMiss(r.comparisons, o.onnxPath, tol);
      const recorded: HostTensorMap = {};
      for (const name of outputs) recorded[name] = expected[name]!;
      return { golden: goldenDocument({ inputs: prompt.inputs, outputs: recorded, source, ...tol }), parity: r.comparisons };
    }
    const run = await greedyParity(onnx, reference, prompt, cache, DECODER_GOLDEN_NEW_TOKENS, tol).catch((cause: unknown) => {
      throw onnxRunFailure(cause, o.onnxPath, 'greedy decoding for the goldens');
    });
    const steps: OutputComparison = { output: 'generation.logits', ...compareTensors(run.logits.actual, run.logits.expected, { ...tol, argmax: true }) };
    refuseMiss([steps], o.onnxPath, tol);
    const flip = run.divergences.find((d) => !d.tie);
    if (flip) {
      throw new BundleError(
        'BUNDLE_PARITY_FAILED',
        `greedy decoding differs from the reference at step ${flip.step}, row ${flip.row}: token ${flip.actual} instead of ${flip.expected}`,
        {
          tensor: 'generation',
          file: o.onnxPath,
          hint: 'the converted model generates different text; run `mlpack verify` for the full report and convert again',
        },
      );
    }
    return { golden: goldenDocument({ inputs: prompt.inputs, outputs: {}, generation: generationGoldenOf(run), source, ...tol }), parity: [steps] };
  } finally {
    for (const r of runners) await r.dispose().catch(() => undefined);
  }
}

/** Replay a decoder bundle's generation golden on `runner`; problems name the step and row. */
export async function runGenerationGolden(
  runner: Runner,
  inputs: HostTensorMap,
  cache: CacheSpec,
  golden: GenerationGolden,
  tol: { atol: number; rtol: number },
  file: string,
): Promise<{ comparisons: OutputComparison[]; problems: BundleProblem[] }> {
  const check = await checkGenerationGolden(runner, inputs, cache, golden, tol);
  const problems: BundleProblem[] = [];
  if (!check.comparison.ok) {
    problems.push({
      code: 'BUNDLE_GOLDEN_MISMATCH',
      tensor: 'generation.last_logits',
      file,
      message: `the prompt's last-position logits differ from the golden beyond atol ${tol.atol} / rtol ${tol.rtol} (max |diff| ${String(check.comparison.max_abs)})`,
    });
  }
  for (const m of check.mismatches.filter((x) => !x.tie)) {
    problems.push({
      code: 'BUNDLE_GOLDEN_MISMATCH',
      tensor: 'generation',
      file,
      message: `greedy step ${m.step}, row ${m.row}: the model picks token ${m.actual}, the golden ${m.expected} (recorded margin ${m.margin.toPrecision(3)})`,
    });
  }
  return { comparisons: [check.comparison], problems };
}

function refuseMiss(comparisons: readonly OutputComparison[], file: string, tol: { atol: number; rtol: number }): void {
  const bad = comparisons.find((c) => !c.ok);
  if (bad) {
    throw new BundleError(
      'BUNDLE_PARITY_FAILED',
      `output "${bad.output}" misses the reference: max |diff| ${String(bad.max_abs)} > atol ${tol.atol} + rtol ${tol.rtol}·|ref|`,
      {
        tensor: bad.output,
        file,
        hint: 'the converted model does not compute what the original computes; run `mlpack verify` for the full report and convert again',
      },
    );
  }
}
