import type { HostTensorMap } from '@mlpack/core';
import type { ReferenceFamily } from './families.js';
import { forwardAlbert } from './forward-albert.js';
import { forwardBert } from './forward-bert.js';
import { forwardDistilbert } from './forward-distilbert.js';
import { forwardElectra } from './forward-electra.js';
import { forwardRoberta } from './forward-roberta.js';
import { prepareInputs } from './prepare-inputs.js';
import type { PreparedInputs } from './prepare-inputs.js';
import { ReferencePassError } from './reference-error.js';
import type { EncoderConfig } from './resolve-config.js';
import { resolveEncoderConfig } from './resolve-config.js';
import { ENCODER_TASKS, isEncoderTask } from './types.js';
import type { EncoderTask, Outputs64, ReferenceInputs, ReferenceModel } from './types.js';
import { WeightReader } from './weight-reader.js';

type Forward = (cfg: EncoderConfig, reader: WeightReader, inp: PreparedInputs, task: EncoderTask) => Promise<Outputs64>;

/** Each family's forward pass and the prefix its base-model tensors carry in task checkpoints. */
const FAMILIES: Readonly<Record<ReferenceFamily, { forward: Forward; prefix: string }>> = {
  albert: { forward: forwardAlbert, prefix: 'albert.' },
  bert: { forward: forwardBert, prefix: 'bert.' },
  camembert: { forward: forwardRoberta, prefix: 'roberta.' },
  distilbert: { forward: forwardDistilbert, prefix: 'distilbert.' },
  electra: { forward: forwardElectra, prefix: 'electra.' },
  roberta: { forward: forwardRoberta, prefix: 'roberta.' },
  'xlm-roberta': { forward: forwardRoberta, prefix: 'roberta.' },
};

/**
 * Runs the model's forward pass in float64 and returns float64 HostTensors named as Optimum names
 * the outputs (for precise comparison with float64 goldens). Each weight is read at most once.
 */
export async function runReference64(model: ReferenceModel, inputs: ReferenceInputs): Promise<HostTensorMap> {
  if (!isEncoderTask(model.task)) {
    throw new ReferencePassError('REF_UNSUPPORTED', `task "${String(model.task)}" has no reference head`, {
      hint: `supported tasks: ${ENCODER_TASKS.join(', ')}`,
    });
  }
  const cfg = resolveEncoderConfig(model.config);
  const inp = prepareInputs(inputs, { vocabSize: cfg.vocabSize, typeVocabSize: cfg.typeVocabSize });
  const family = FAMILIES[cfg.family];
  const reader = new WeightReader(model.weights, family.prefix);
  const outputs = await family.forward(cfg, reader, inp, model.task);
  const result: HostTensorMap = {};
  for (const name of Object.keys(outputs).sort()) {
    const t = outputs[name]!;
    result[name] = { dtype: 'float64', dims: t.dims, data: t.data };
  }
  return result;
}

/** Same as `runReference64` (computed in float64), with the outputs rounded to float32 HostTensors. */
export async function runReference(model: ReferenceModel, inputs: ReferenceInputs): Promise<HostTensorMap> {
  const out64 = await runReference64(model, inputs);
  const result: HostTensorMap = {};
  for (const [name, t] of Object.entries(out64)) {
    result[name] = { dtype: 'float32', dims: [...t.dims], data: Float32Array.from(t.data as Float64Array) };
  }
  return result;
}
