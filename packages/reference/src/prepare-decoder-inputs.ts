import type { HostTensor, HostTensorMap } from '@mlpack/core';
import { ReferencePassError } from './reference-error.js';

/** The decoder inputs as the forward passes use them, validated. Row-major. */
export interface PreparedDecoderInputs {
  batch: number;
  /** New tokens per row (s). */
  seq: number;
  /** Cached tokens per row (p); 0 without past_key_values. */
  past: number;
  /** Token ids [b, s], each in [0, vocabSize). */
  ids: Int32Array;
  /** attention_mask [b, p + s]: 1 where the key may be attended (input value != 0). */
  mask: Uint8Array;
  /** position_ids [b, s] (given, or derived from the mask). */
  positions: Float64Array;
  /** Per layer, the cached keys and values [b, kvHeads, p, headDim] as float64; empty arrays when p = 0. */
  pastKeys: Float64Array[];
  pastValues: Float64Array[];
}

/** What the model's config says the inputs must match. */
export interface DecoderInputLimits {
  vocabSize: number;
  numLayers: number;
  numKvHeads: number;
  headDim: number;
}

/** Input names other than the per-layer cache. */
const PLAIN_INPUTS = ['attention_mask', 'input_ids', 'position_ids'] as const;
const PAST_NAME = /^past_key_values\.(\d+)\.(key|value)$/;

/**
 * Validates decoder inputs named as Optimum names them — `input_ids` [b, s], `attention_mask`
 * [b, p + s], `position_ids` [b, s], `past_key_values.{i}.key|value` [b, kv_heads, p, head_dim]
 * (all layers or none) — and fills the defaults: mask all ones; position ids
 * `cumsum(mask) - 1` with masked positions set to 1, last s columns (what transformers.js and
 * Optimum feed). Every problem is a `REF_BAD_INPUT` naming the tensor.
 */
export function prepareDecoderInputs(inputs: HostTensorMap, limits: DecoderInputLimits): PreparedDecoderInputs {
  const names = Object.keys(inputs).filter((n) => inputs[n] !== undefined);
  for (const name of names) {
    const m = PAST_NAME.exec(name);
    // layer numbers as Optimum writes them: decimal, no leading zeros, below num_hidden_layers
    if ((PLAIN_INPUTS as readonly string[]).includes(name) || (m !== null && String(Number(m[1])) === m[1] && Number(m[1]) < limits.numLayers)) continue;
    throw badInput(name, `is not an input of this decoder`, {
      hint: `inputs are ${PLAIN_INPUTS.join(', ')} and past_key_values.{0..${limits.numLayers - 1}}.key|value`,
    });
  }
  const idsT = inputs['input_ids'];
  if (idsT === undefined) throw badInput('input_ids', 'is required');
  if (idsT.dims.length !== 2 || !idsT.dims.every((d) => Number.isSafeInteger(d) && d > 0)) {
    throw badInput('input_ids', `must have dims [batch, sequence] with both > 0, got [${idsT.dims.join(', ')}]`);
  }
  const [batch, seq] = idsT.dims as [number, number];
  const ids = integers(idsT, 'input_ids', [batch, seq]);
  for (let i = 0; i < ids.length; i++) {
    if (!(ids[i]! >= 0 && ids[i]! < limits.vocabSize)) {
      throw badInput('input_ids', `value ${ids[i]} at [${Math.floor(i / seq)}, ${i % seq}] is outside [0, ${limits.vocabSize})`, {
        hint: 'ids must index the embedding table (check the tokenizer matches the model)',
      });
    }
  }

  const { past, pastKeys, pastValues } = readPast(inputs, names, batch, limits);
  const total = past + seq;

  const mask = new Uint8Array(batch * total).fill(1);
  const maskT = inputs['attention_mask'];
  if (maskT !== undefined) {
    checkDims(maskT, 'attention_mask', [batch, total], past > 0 ? 'past length + sequence length' : undefined);
    for (let i = 0; i < mask.length; i++) mask[i] = Number(maskT.data[i]!) !== 0 ? 1 : 0;
  }

  let positions: Float64Array;
  const posT = inputs['position_ids'];
  if (posT !== undefined) positions = Float64Array.from(integers(posT, 'position_ids', [batch, seq]));
  else positions = defaultPositionIds(mask, batch, total, seq);
  return { batch, seq, past, ids: Int32Array.from(ids), mask, positions, pastKeys, pastValues };
}

/**
 * transformers.js / Optimum's position ids: the running count of attended tokens minus one,
 * 1 where the mask is 0, keeping the last `seq` columns of each row.
 */
export function defaultPositionIds(mask: Uint8Array, batch: number, total: number, seq: number): Float64Array {
  const out = new Float64Array(batch * seq);
  for (let b = 0; b < batch; b++) {
    let count = 0;
    for (let t = 0; t < total; t++) {
      count += mask[b * total + t]!;
      if (t >= total - seq) out[b * seq + t - (total - seq)] = mask[b * total + t] === 0 ? 1 : count - 1;
    }
  }
  return out;
}

function readPast(
  inputs: HostTensorMap,
  names: readonly string[],
  batch: number,
  limits: DecoderInputLimits,
): { past: number; pastKeys: Float64Array[]; pastValues: Float64Array[] } {
  const given = names.filter((n) => PAST_NAME.test(n));
  const L = limits.numLayers;
  if (given.length === 0) {
    return { past: 0, pastKeys: Array.from({ length: L }, () => new Float64Array(0)), pastValues: Array.from({ length: L }, () => new Float64Array(0)) };
  }
  let past: number | undefined;
  const pastKeys: Float64Array[] = [];
  const pastValues: Float64Array[] = [];
  for (let i = 0; i < L; i++) {
    for (const kind of ['key', 'value'] as const) {
      const name = `past_key_values.${i}.${kind}`;
      const t = inputs[name];
      if (t === undefined) {
        throw badInput(name, `is missing: past_key_values must be given for all ${L} layers (keys and values) or for none`, {
          hint: "feed every layer of the previous step's present.* outputs, or no past at all for a first step",
        });
      }
      if (t.dtype !== 'float32' && t.dtype !== 'float64') throw badInput(name, `must be float32 or float64, got ${t.dtype}`);
      const p = t.dims[2];
      if (
        t.dims.length !== 4 ||
        t.dims[0] !== batch ||
        t.dims[1] !== limits.numKvHeads ||
        t.dims[3] !== limits.headDim ||
        p === undefined ||
        !Number.isSafeInteger(p) ||
        p < 0
      ) {
        throw badInput(
          name,
          `has dims [${t.dims.join(', ')}], expected [${batch}, ${limits.numKvHeads}, past_sequence_length, ${limits.headDim}] (batch, num_key_value_heads, past length, head_dim)`,
        );
      }
      if (past === undefined) past = p;
      else if (p !== past) throw badInput(name, `has past length ${p}, but past_key_values.0.key has ${past}: every layer must cache the same tokens`);
      if (t.data.length !== batch * limits.numKvHeads * p * limits.headDim)
        throw badInput(name, `has ${t.data.length} values, its dims need ${batch * limits.numKvHeads * p * limits.headDim}`);
      (kind === 'key' ? pastKeys : pastValues).push(Float64Array.from(t.data));
    }
  }
  return { past: past ?? 0, pastKeys, pastValues };
}

function integers(t: HostTensor, name: string, dims: readonly number[]): number[] {
  checkDims(t, name, dims);
  if (t.dtype !== 'int64' && t.dtype !== 'int32') throw badInput(name, `must be int64 or int32, got ${t.dtype}`);
  const out = new Array<number>(t.data.length);
  for (let i = 0; i < out.length; i++) {
    const v = Number(t.data[i]!);
    if (!Number.isSafeInteger(v)) throw badInput(name, `value ${String(t.data[i])} at flat index ${i} is not a safe integer`);
    out[i] = v;
  }
  return out;
}

function checkDims(t: HostTensor, name: string, dims: readonly number[], what?: string): void {
  if (t.dims.length !== dims.length || t.dims.some((d, i) => d !== dims[i])) {
    throw badInput(name, `has dims [${t.dims.join(', ')}], expected [${dims.join(', ')}]${what === undefined ? '' : ` (batch, ${what})`}`);
  }
  const n = dims.reduce((a, b) => a * b, 1);
  if (t.data.length !== n) throw badInput(name, `has ${t.data.length} values, dims [${dims.join(', ')}] need ${n}`);
}

function badInput(name: string, message: string, o: { hint?: string } = {}): ReferencePassError {
  return new ReferencePassError('REF_BAD_INPUT', `${name} ${message}`, { tensor: name, hint: o.hint });
}
