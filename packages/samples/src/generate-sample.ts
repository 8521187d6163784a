import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { resolveInside, stageOutputDir } from '@mlpack/core';
import type { TensorInput } from '@mlpack/safetensors';
import { encodeTensor } from './encode-tensor.js';
import { initTensor } from './init-weights.js';
import { planSample, type SamplePlan } from './plan-sample.js';
import type { SampleSpec } from './sample-spec.js';
import { writeWeights } from './write-weights.js';

export interface GenerateSampleOptions {
  /** Replace a non-empty `outDir` (default: refuse with core's `OUTPUT_NOT_EMPTY`). */
  force?: boolean;
  /** Extra files (name → contents) to write beside the model, e.g. a README.md. */
  extraFiles?: ReadonlyMap<string, string>;
}

/** The tensors with their values, encoded in the plan's dtype. */
export function materializeTensors(plan: SamplePlan): TensorInput[] {
  return plan.tensors.map((t) => ({
    name: t.name,
    dtype: t.dtype,
    shape: t.shape,
    data: encodeTensor(initTensor(t, plan.spec.seed), plan.spec.dtype),
  }));
}

/**
 * Write a complete Hugging Face model folder for `spec` into `outDir`: config.json, the weights
 * (model.safetensors, or shards + index), tokenizer files, and generation_config.json for
 * causal-lm heads. The folder is built beside `outDir` and renamed into place, so a failure
 * never leaves half a model. Same spec, same bytes.
 */
export async function generateSample(spec: SampleSpec, outDir: string, options: GenerateSampleOptions = {}): Promise<void> {
  const plan = planSample(spec);
  const staging = await stageOutputDir(outDir, { force: options.force });
  try {
    const dir = staging.path;
    await writeFile(join(dir, 'config.json'), plan.configText);
    if (plan.generationConfigText !== undefined) await writeFile(join(dir, 'generation_config.json'), plan.generationConfigText);
    await writeWeights(dir, materializeTensors(plan), plan.spec.shards);
    for (const [name, contents] of plan.tokenizer?.files ?? []) await writeFile(join(dir, name), contents);
    for (const [name, contents] of options.extraFiles ?? []) await writeFile(resolveInside(dir, name), contents);
    await staging.commit();
  } catch (e) {
    await staging.abort();
    throw e;
  }
}
