import { layerNorm } from './layer-norm.js';
import type { PreparedInputs } from './prepare-inputs.js';
import type { EncoderConfig } from './resolve-config.js';
import type { WeightArray, WeightReader } from './weight-reader.js';

/** The embedding tables of one model, [rows, width] each, and the LayerNorm applied to their sum. */
interface EmbeddingTables {
  word: WeightArray;
  position: WeightArray;
  /** Absent for DistilBERT. */
  tokenType: WeightArray | undefined;
  gamma: WeightArray;
  beta: WeightArray;
}

/**
 * The base model's `embeddings.*` tables, [rows, embedding_size] each, shape-checked against `cfg`.
 * `tokenTypes` is false for DistilBERT, which has no token-type table.
 */
async function readEmbeddingTables(reader: WeightReader, cfg: EncoderConfig, tokenTypes: boolean): Promise<EmbeddingTables> {
  const E = cfg.embeddingSize;
  return {
    word: await reader.read(reader.base('embeddings.word_embeddings.weight'), [cfg.vocabSize, E]),
    position: await reader.read(reader.base('embeddings.position_embeddings.weight'), [cfg.maxPositions, E]),
    tokenType: tokenTypes ? await reader.read(reader.base('embeddings.token_type_embeddings.weight'), [cfg.typeVocabSize, E]) : undefined,
    gamma: await reader.read(reader.base('embeddings.LayerNorm.weight'), [E]),
    beta: await reader.read(reader.base('embeddings.LayerNorm.bias'), [E]),
  };
}

/** The embedded tokens, and the word-embedding table when the caller asked to keep it. */
export interface Embedded {
  /** [b * s, embedding_size]. */
  x: Float64Array;
  word: WeightArray | undefined;
}

/**
 * Reads the embedding tables and embeds `inp` (see `embed`). The tables die with this call: only
 * the word table is handed back, and only when `keepWord` (a tied MLM decoder reuses it), so the
 * model's largest tensor is not held through every layer for nothing.
 */
export async function embedTokens(
  reader: WeightReader,
  cfg: EncoderConfig,
  inp: PreparedInputs,
  positionIds: Int32Array,
  o: { tokenTypes: boolean; keepWord: boolean },
): Promise<Embedded> {
  const tables = await readEmbeddingTables(reader, cfg, o.tokenTypes);
  return { x: embed(inp, positionIds, tables, cfg.embeddingSize, cfg.layerNormEps), word: o.keepWord ? tables.word : undefined };
}

/**
 * LayerNorm(word[id] + token_type[tt] + position[pos]) per token, summed in transformers' order
 * (`inputs_embeds + token_type_embeddings`, then `+= position_embeddings`). Returns [b * s, width].
 */
function embed(inp: PreparedInputs, positionIds: Int32Array, t: EmbeddingTables, width: number, eps: number): Float64Array {
  const rows = inp.batch * inp.seq;
  const x = new Float64Array(rows * width);
  for (let r = 0; r < rows; r++) {
    const o = r * width;
    const wo = inp.ids[r]! * width;
    const po = positionIds[r]! * width;
    const tt = t.tokenType;
    const to = inp.tokenTypes[r]! * width;
    for (let i = 0; i < width; i++) {
      const withType = tt === undefined ? t.word[wo + i]! : t.word[wo + i]! + tt[to + i]!;
      x[o + i] = withType + t.position[po + i]!;
    }
  }
  return layerNorm(x, rows, width, t.gamma, t.beta, eps);
}
