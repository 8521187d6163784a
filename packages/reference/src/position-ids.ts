import { ReferencePassError } from './reference-error.js';

/** BERT / ELECTRA / ALBERT / DistilBERT: position ids 0, 1, ..., seq - 1 in every row. */
export function absolutePositionIds(batch: number, seq: number, maxPositions: number): Int32Array {
  if (seq > maxPositions) throw tooLong(seq - 1, maxPositions);
  const out = new Int32Array(batch * seq);
  for (let b = 0; b < batch; b++) for (let s = 0; s < seq; s++) out[b * seq + s] = s;
  return out;
}

/**
 * RoBERTa-family position ids (transformers' `create_position_ids_from_input_ids`):
 * cumsum(ids != pad) * (ids != pad) + pad along each row. Padding tokens get `pad`; the first
 * real token gets pad + 1, wherever it sits.
 */
export function robertaPositionIds(ids: Int32Array, batch: number, seq: number, padTokenId: number, maxPositions: number): Int32Array {
  const out = new Int32Array(batch * seq);
  for (let b = 0; b < batch; b++) {
    let count = 0;
    for (let s = 0; s < seq; s++) {
      const i = b * seq + s;
      const real = ids[i] !== padTokenId ? 1 : 0;
      count += real;
      const p = count * real + padTokenId;
      if (p < 0 || p >= maxPositions) throw tooLong(p, maxPositions);
      out[i] = p;
    }
  }
  return out;
}

function tooLong(position: number, maxPositions: number): ReferencePassError {
  return new ReferencePassError('REF_BAD_INPUT', `the input needs position id ${position}, but the model has ${maxPositions} position embeddings`, {
    hint: 'shorten the sequence (max_position_embeddings bounds it; RoBERTa-likes also spend pad_token_id + 1 slots)',
  });
}
