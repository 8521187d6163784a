import type { HostTensorMap } from '@mlpack/core';
import { decoderHead, headUsesEmbedding } from './decoder-heads.js';
import { DECODER_TASKS, isDecoderTask } from './decoder-types.js';
import type { DecoderReferenceModel } from './decoder-types.js';
import { forwardGpt2 } from './forward-gpt2.js';
import { forwardRotaryDecoder } from './forward-rotary-decoder.js';
import { prepareDecoderInputs } from './prepare-decoder-inputs.js';
import { ReferencePassError } from './reference-error.js';
import { resolveDecoderConfig } from './resolve-decoder-config.js';
import { WeightReader } from './weight-reader.js';

/**
 * Runs a causal LM's forward pass (gpt2, llama, mistral, qwen2, qwen3, phi3, gemma) in float64
 * from config.json and its weights, with an optional KV cache, and returns float64 HostTensors
 * named as Optimum names them: `logits` + `present.{i}.key|value` (text-generation), `logits`
 * [b, num_labels] (text-classification) or `last_hidden_state` (feature-extraction). Inputs:
 * `input_ids`, `attention_mask`, `position_ids`, `past_key_values.{i}.key|value` (see
 * `prepareDecoderInputs`). Each weight is read at most once per call.
 */
export async function runDecoderReference64(model: DecoderReferenceModel, inputs: HostTensorMap): Promise<HostTensorMap> {
  if (!isDecoderTask(model.task)) {
    throw new ReferencePassError('REF_UNSUPPORTED', `task "${String(model.task)}" has no decoder reference head`, {
      hint: `supported decoder tasks: ${DECODER_TASKS.join(', ')}`,
    });
  }
  const cfg = resolveDecoderConfig(model.config);
  const inp = prepareDecoderInputs(inputs, { vocabSize: cfg.vocabSize, numLayers: cfg.numLayers, numKvHeads: cfg.numKvHeads, headDim: cfg.headDim });
  // Head checkpoints prefix the base model (`transformer.` / `model.`); a bare …Model does not.
  const gpt2 = cfg.family === 'gpt2';
  const reader = gpt2 ? new WeightReader(model.weights, 'transformer.', 'wte.weight') : new WeightReader(model.weights, 'model.', 'embed_tokens.weight');
  const keepEmbedding = headUsesEmbedding(model.task, cfg);
  const run = gpt2 ? await forwardGpt2(cfg, reader, inp, keepEmbedding) : await forwardRotaryDecoder(cfg, reader, inp, keepEmbedding);
  return wrap(await decoderHead(model.task, cfg, reader, inp, run));
}

/** Same as `runDecoderReference64` (computed in float64), with the outputs rounded to float32 HostTensors. */
export async function runDecoderReference(model: DecoderReferenceModel, inputs: HostTensorMap): Promise<HostTensorMap> {
  const out64 = await runDecoderReference64(model, inputs);
  const result: HostTensorMap = {};
  for (const [name, t] of Object.entries(out64)) {
    result[name] = { dtype: 'float32', dims: [...t.dims], data: Float32Array.from(t.data as Float64Array) };
  }
  return result;
}

/** Digits layer numbers are padded to when sorting output names. */
const DIGITS = 12;

function wrap(outputs: Record<string, { dims: number[]; data: Float64Array }>): HostTensorMap {
  const result: HostTensorMap = {};
  const key = (name: string): string => name.replace(/\d+/g, (d) => d.padStart(DIGITS, '0'));
  // sorted names, layer numbers in numeric order (present.2 before present.10)
  for (const name of Object.keys(outputs).sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0))) {
    const t = outputs[name]!;
    result[name] = { dtype: 'float64', dims: t.dims, data: t.data };
  }
  return result;
}
