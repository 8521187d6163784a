import type { HostTensor } from '@mlpack/core';
import { ReferencePassError } from './reference-error.js';
import type { ReferenceInputs } from './types.js';

/** The inputs as the forward passes use them, validated. Row-major [batch, seq]. */
export interface PreparedInputs {
  batch: number;
  seq: number;
  /** Token ids, each in [0, vocabSize). */
  ids: Int32Array;
  /** Attention mask values as given (1 = attend); all ones when absent. */
  mask: Float64Array;
  /** Segment ids, each in [0, typeVocabSize); zeros when absent (and for DistilBERT). */
  tokenTypes: Int32Array;
}

/** Table sizes the ids must index into. */
export interface InputLimits {
  /** Rows of the word-embedding table. */
  vocabSize: number;
  /** Rows of the token-type table; 0 when the model has none (token_type_ids are then ignored). */
  typeVocabSize: number;
}

/** Validates `inputs` (dtypes, matching [b, s] dims, id ranges) and converts them for the forward pass. */
export function prepareInputs(inputs: ReferenceInputs, limits: InputLimits): PreparedInputs {
  const idsT = inputs.input_ids;
  const dims = idsT.dims;
  if (dims.length !== 2 || !dims.every((d) => Number.isSafeInteger(d) && d > 0)) {
    throw badInput('input_ids', `must have dims [batch, sequence] with both > 0, got [${dims.join(', ')}]`);
  }
  const [batch, seq] = dims as [number, number];
  const ids = toIndices(idsT, 'input_ids', batch, seq, limits.vocabSize);
  const mask = new Float64Array(batch * seq).fill(1);
  if (inputs.attention_mask !== undefined) {
    const m = inputs.attention_mask;
    checkDims(m, 'attention_mask', batch, seq);
    for (let i = 0; i < mask.length; i++) mask[i] = Number(m.data[i]!);
  }
  let tokenTypes: Int32Array = new Int32Array(batch * seq);
  if (inputs.token_type_ids !== undefined && limits.typeVocabSize > 0) {
    tokenTypes = toIndices(inputs.token_type_ids, 'token_type_ids', batch, seq, limits.typeVocabSize);
  }
  return { batch, seq, ids, mask, tokenTypes };
}

function toIndices(t: HostTensor, name: string, batch: number, seq: number, limit: number): Int32Array {
  checkDims(t, name, batch, seq);
  if (t.dtype !== 'int64' && t.dtype !== 'int32') throw badInput(name, `must be int64 or int32, got ${t.dtype}`);
  const out = new Int32Array(batch * seq);
  for (let i = 0; i < out.length; i++) {
    const v = Number(t.data[i]!);
    if (!(v >= 0 && v < limit)) {
      throw badInput(name, `value ${v} at [${Math.floor(i / seq)}, ${i % seq}] is outside [0, ${limit})`, {
        hint: 'ids must index the embedding table (check the tokenizer matches the model)',
      });
    }
    out[i] = v;
  }
  return out;
}

function checkDims(t: HostTensor, name: string, batch: number, seq: number): void {
  if (t.dims.length !== 2 || t.dims[0] !== batch || t.dims[1] !== seq) {
    throw badInput(name, `has dims [${t.dims.join(', ')}], expected [${batch}, ${seq}] like input_ids`);
  }
  if (t.data.length !== batch * seq) throw badInput(name, `has ${t.data.length} values, dims [${batch}, ${seq}] need ${batch * seq}`);
}

function badInput(name: string, message: string, o: { hint?: string } = {}): ReferencePassError {
  return new ReferencePassError('REF_BAD_INPUT', `${name} ${message}`, { hint: o.hint });
}
