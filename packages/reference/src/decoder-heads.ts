import type { DecoderRun } from './decoder-blocks.js';
import type { DecoderTask } from './decoder-types.js';
import { linear } from './linear.js';
import type { PreparedDecoderInputs } from './prepare-decoder-inputs.js';
import { ReferencePassError } from './reference-error.js';
import type { DecoderConfig } from './resolve-decoder-config.js';
import type { Outputs64 } from './types.js';
import type { WeightArray, WeightReader } from './weight-reader.js';

/**
 * The row of each sequence that sequence classification reads, as transformers picks it:
 * `argmax(arange(s) * (input_ids != pad_token_id))` — the last non-padding token (position 0 when
 * every token is padding). Without `pad_token_id` it is the last position, and a batch of more
 * than one sequence is refused, as transformers refuses it.
 */
export function pooledPositions(inp: PreparedDecoderInputs, padTokenId: number | null): Int32Array {
  const out = new Int32Array(inp.batch);
  if (padTokenId === null) {
    if (inp.batch > 1) {
      throw new ReferencePassError('REF_BAD_INPUT', `sequence classification of a batch of ${inp.batch} needs pad_token_id, which config.json does not set`, {
        tensor: 'input_ids',
        hint: 'set pad_token_id in config.json (transformers cannot pool batches without it either), or classify one sequence at a time',
      });
    }
    out[0] = inp.seq - 1;
    return out;
  }
  for (let b = 0; b < inp.batch; b++) {
    let best = 0;
    for (let s = 0; s < inp.seq; s++) if (inp.ids[b * inp.seq + s] !== padTokenId) best = s;
    out[b] = best;
  }
  return out;
}

/** Whether `task`'s head reads the token-embedding table (a tied LM head): only then the forward pass keeps it. */
export function headUsesEmbedding(task: DecoderTask, cfg: DecoderConfig): boolean {
  return task === 'text-generation' && cfg.tieWordEmbeddings;
}

/**
 * The task's outputs from the decoder's result: `logits` [b, s, vocab] + `present.{i}.key|value`
 * (text-generation; the LM head is the embedding table when `tie_word_embeddings`, else
 * `lm_head.weight`), `logits` [b, num_labels] from `score.weight` at the pooled token
 * (text-classification), or `last_hidden_state` [b, s, hidden] (feature-extraction).
 */
export async function decoderHead(
  task: DecoderTask,
  cfg: DecoderConfig,
  reader: WeightReader,
  inp: PreparedDecoderInputs,
  run: DecoderRun,
): Promise<Outputs64> {
  const H = cfg.hiddenSize;
  const rows = inp.batch * inp.seq;
  if (task === 'feature-extraction') return { last_hidden_state: { dims: [inp.batch, inp.seq, H], data: run.hidden } };
  if (task === 'text-classification') {
    const at = pooledPositions(inp, cfg.padTokenId);
    const pooled = new Float64Array(inp.batch * H);
    for (let b = 0; b < inp.batch; b++) {
      const r = b * inp.seq + at[b]!;
      pooled.set(run.hidden.subarray(r * H, (r + 1) * H), b * H);
    }
    const score = await reader.read('score.weight', [cfg.numLabels, H]);
    return { logits: { dims: [inp.batch, cfg.numLabels], data: linear(pooled, inp.batch, H, score, undefined, cfg.numLabels) } };
  }
  let head: WeightArray;
  if (!cfg.tieWordEmbeddings) head = await reader.read('lm_head.weight', [cfg.vocabSize, H]);
  else if (run.embedding !== undefined) head = run.embedding;
  else throw new Error('bug: a tied LM head needs the forward pass to keep the embedding table (headUsesEmbedding)');
  const out: Outputs64 = { logits: { dims: [inp.batch, inp.seq, cfg.vocabSize], data: linear(run.hidden, rows, H, head, undefined, cfg.vocabSize) } };
  const cacheDims = [inp.batch, cfg.numKvHeads, inp.past + inp.seq, cfg.headDim];
  for (let l = 0; l < cfg.numLayers; l++) {
    out[`present.${l}.key`] = { dims: [...cacheDims], data: run.presentKeys[l]! };
    out[`present.${l}.value`] = { dims: [...cacheDims], data: run.presentValues[l]! };
  }
  return out;
}
