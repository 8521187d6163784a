import { MLPACK_VERSION } from '@mlpack/core';
import type { HostTensorMap } from '@mlpack/core';
import type { ModelFolder } from '@mlpack/model';
import type { ManifestTensorSpec, MlpackGolden } from '@mlpack/schema';
import { compareOutputs, createReferenceRunner, goldenDocument, isDecoderSignature, makeInputs, tokenizerFilesOf } from '@mlpack/verify';
import type { OutputComparison, Runner } from '@mlpack/verify';
import { BundleError } from './bundle-error.js';
import { makeDecoderGoldens } from './decoder-goldens.js';
import { onnxRunFailure, openOnnx } from './open-onnx.js';
import { causeMessage } from './cause-message.js';

/** What the reference runner needs (verify re-exports the runner, not the type). */
type ReferenceModelArg = Parameters<typeof createReferenceRunner>[0];

export interface MakeGoldensOptions {
  /** The ONNX model to hold to the reference (absolute path; external data beside it). */
  onnxPath: string;
  /** The conversion's task (the reference head to run). */
  task: string;
  /** The model's I/O signature (inputs fed, outputs compared and recorded). */
  signature: { inputs: readonly ManifestTensorSpec[]; outputs: readonly ManifestTensorSpec[] };
  /** Absolute tolerance of the parity gate, recorded in the goldens. */
  atol: number;
  /** Relative tolerance of the parity gate, recorded in the goldens. */
  rtol: number;
  /** The conversion's `source.model_type`: which operators the ONNX model may hold. */
  modelType: string | undefined;
  /** Limit in ms for loading the model in onnxruntime, and again for each run (default: verify's). */
  timeoutMs?: number | undefined;
}

export interface MadeGoldens {
  golden: MlpackGolden;
  /** The ONNX model's outputs compared with the reference's, by output (all passed). */
  parity: OutputComparison[];
}

/**
 * Make the bundle's goldens: deterministic inputs (the model's tokenizer on verify's built-in
 * texts, plus its sentence pair for models with token types; or seeded ids, with second segments
 * for those models), outputs from the independent reference (float64), and the same inputs
 * through the ONNX model; refuse (`BUNDLE_PARITY_FAILED`, naming the output) unless every output
 * is within atol/rtol. The recorded outputs are the reference's, rounded to float32.
 */
export async function makeGoldens(folder: ModelFolder, options: MakeGoldensOptions): Promise<MadeGoldens> {
  const inputNames = options.signature.inputs.map((i) => i.name);
  if (isDecoderSignature(inputNames)) return makeDecoderGoldens(folder, options);
  const outputNames = options.signature.outputs.map((o) => o.name).sort();
  const made = await makeInputs({ config: folder.config, inputNames, tokenizer: tokenizerFilesOf(folder) });
  const runners: Runner[] = [];
  try {
    let reference: HostTensorMap;
    try {
      const model = { config: folder.config, weights: folder.weights, task: options.task } as ReferenceModelArg;
      const runner = createReferenceRunner(model);
      runners.push(runner);
      reference = await runner.run(made.inputs);
    } catch (cause) {
      throw new BundleError('BUNDLE_REFERENCE_FAILED', `the reference forward pass failed: ${causeMessage(cause)}`, {
        file: folder.dir,
        cause,
        hint: 'bundles carry goldens from the independent reference; only models it supports can be bundled',
      });
    }
    let actual: HostTensorMap;
    try {
      const onnx = await openOnnx(options);
      runners.push(onnx);
      actual = await onnx.run(made.inputs);
    } catch (cause) {
      throw onnxRunFailure(cause, options.onnxPath, 'running the converted model in onnxruntime');
    }
    const result = compareOutputs(actual, reference, { atol: options.atol, rtol: options.rtol, outputs: outputNames });
    const missing = result.missing[0];
    if (missing) {
      throw new BundleError(
        'BUNDLE_PARITY_FAILED',
        `output "${missing.output}" is missing from the ${missing.side === 'actual' ? 'ONNX model' : 'reference'}`,
        {
          tensor: missing.output,
          file: options.onnxPath,
        },
      );
    }
    const bad = result.comparisons.find((c) => !c.ok);
    if (bad) {
      const where = bad.first_bad
        ? ` (first at [${bad.first_bad.index.join(', ')}]: onnx ${bad.first_bad.actual}, reference ${bad.first_bad.expected})`
        : ` (shape [${bad.shape.join(', ')}] vs reference [${(bad.expected_shape ?? []).join(', ')}])`;
      throw new BundleError(
        'BUNDLE_PARITY_FAILED',
        `output "${bad.output}" misses the reference: max |diff| ${String(bad.max_abs)} > atol ${options.atol} + rtol ${options.rtol}·|ref|${where}`,
        {
          tensor: bad.output,
          file: options.onnxPath,
          hint: 'the converted model does not compute what the original computes; run `mlpack verify` for the full report and convert again',
        },
      );
    }
    const outputs: HostTensorMap = {};
    for (const name of outputNames) outputs[name] = reference[name]!;
    const golden = goldenDocument({
      inputs: made.inputs,
      outputs,
      source: `mlpack ${MLPACK_VERSION} reference (float64, rounded to float32); inputs: ${made.source === 'tokenizer' ? `tokenizer${builtFrom(made.tokenizerFiles)} on built-in texts${made.textPairs ? ' and sentence pairs' : ''}` : `seeded random ids (seed ${made.seed ?? 0})`}`,
      atol: options.atol,
      rtol: options.rtol,
    });
    return { golden, parity: result.comparisons };
  } finally {
    for (const r of runners) await r.dispose().catch(() => undefined);
  }
}

/** ` (built from vocab.txt)` when the tokenizer was converted from slow files; nothing for tokenizer.json (unchanged wording). */
function builtFrom(files: readonly string[] | undefined): string {
  return files && files.length > 0 && !files.includes('tokenizer.json') ? ` (built from ${files.join(' + ')})` : '';
}
