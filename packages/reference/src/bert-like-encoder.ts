import { dense } from './common-heads.js';
import type { Encoded } from './common-heads.js';
import { embedTokens } from './embeddings.js';
import { layerShape, loadAndRunLayer } from './encoder-layer.js';
import { isRobertaLike } from './families.js';
import { absolutePositionIds, robertaPositionIds } from './position-ids.js';
import type { PreparedInputs } from './prepare-inputs.js';
import type { EncoderConfig } from './resolve-config.js';
import { maskBias } from './self-attention.js';
import type { WeightArray, WeightReader } from './weight-reader.js';

/** The encoder output plus the word-embedding table when kept for the tied MLM decoder. */
export interface BertLikeEncoded extends Encoded {
  wordEmbeddings: WeightArray | undefined;
}

/**
 * The BertModel-shaped encoder of bert, electra and the RoBERTa family (see families.ts): embeddings
 * (word + token type + position, LayerNorm), ELECTRA's `embeddings_project` when its
 * embedding_size differs from hidden_size, then `num_hidden_layers` post-LN layers
 * (`encoder.layer.{i}.*`). Position ids are 0..s-1, or RoBERTa's padding-aware ones. The word
 * table is returned only when `keepWordEmbeddings` (see `headUsesWordEmbeddings`).
 */
export async function encodeBertLike(cfg: EncoderConfig, reader: WeightReader, inp: PreparedInputs, keepWordEmbeddings: boolean): Promise<BertLikeEncoded> {
  const E = cfg.embeddingSize;
  const H = cfg.hiddenSize;
  const positions = isRobertaLike(cfg.family)
    ? robertaPositionIds(inp.ids, inp.batch, inp.seq, cfg.padTokenId ?? 0, cfg.maxPositions)
    : absolutePositionIds(inp.batch, inp.seq, cfg.maxPositions);
  const embedded = await embedTokens(reader, cfg, inp, positions, { tokenTypes: true, keepWord: keepWordEmbeddings });
  let x = embedded.x;
  if (cfg.family === 'electra' && E !== H) x = await dense(reader, reader.base('embeddings_project'), x, inp.batch * inp.seq, E, H);
  const shape = layerShape(cfg, inp);
  const bias = maskBias(inp.mask);
  for (let i = 0; i < cfg.numLayers; i++) {
    const p = `encoder.layer.${i}`;
    const names = {
      query: reader.base(`${p}.attention.self.query`),
      key: reader.base(`${p}.attention.self.key`),
      value: reader.base(`${p}.attention.self.value`),
      attentionOutput: reader.base(`${p}.attention.output.dense`),
      attentionNorm: reader.base(`${p}.attention.output.LayerNorm`),
      intermediate: reader.base(`${p}.intermediate.dense`),
      output: reader.base(`${p}.output.dense`),
      outputNorm: reader.base(`${p}.output.LayerNorm`),
    };
    x = await loadAndRunLayer(reader, names, x, shape, bias);
  }
  return { hidden: x, batch: inp.batch, seq: inp.seq, width: H, wordEmbeddings: embedded.word };
}
