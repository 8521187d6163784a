import type { Encoded } from './common-heads.js';
import { embed, readEmbeddingTables } from './embeddings.js';
import { layerShape, loadLayer, runLayer } from './encoder-layer.js';
import { isRobertaLike } from './families.js';
import { linear } from './linear.js';
import { absolutePositionIds, robertaPositionIds } from './position-ids.js';
import type { PreparedInputs } from './prepare-inputs.js';
import type { EncoderConfig } from './resolve-config.js';
import { maskBias } from './self-attention.js';
import type { WeightReader } from './weight-reader.js';

/** The encoder output plus the word-embedding table (the tied MLM decoder reuses it). */
export interface BertLikeEncoded extends Encoded {
  wordEmbeddings: Float64Array;
}

/**
 * The BertModel-shaped encoder of bert, electra and the RoBERTa family (see families.ts): embeddings
 * (word + token type + position, LayerNorm), ELECTRA's `embeddings_project` when its
 * embedding_size differs from hidden_size, then `num_hidden_layers` post-LN layers
 * (`encoder.layer.{i}.*`). Position ids are 0..s-1, or RoBERTa's padding-aware ones.
 */
export async function encodeBertLike(cfg: EncoderConfig, reader: WeightReader, inp: PreparedInputs): Promise<BertLikeEncoded> {
  const E = cfg.embeddingSize;
  const H = cfg.hiddenSize;
  const rows = inp.batch * inp.seq;
  const tables = await readEmbeddingTables(reader, cfg, true);
  const positions = isRobertaLike(cfg.family)
    ? robertaPositionIds(inp.ids, inp.batch, inp.seq, cfg.padTokenId ?? 0, cfg.maxPositions)
    : absolutePositionIds(inp.batch, inp.seq, cfg.maxPositions);
  let x = embed(inp, positions, tables, E, cfg.layerNormEps);
  if (cfg.family === 'electra' && E !== H) {
    const w = await reader.read(reader.base('embeddings_project.weight'), [H, E]);
    const b = await reader.read(reader.base('embeddings_project.bias'), [H]);
    x = linear(x, rows, E, w, b, H);
  }
  const shape = layerShape(cfg, inp);
  const bias = maskBias(inp.mask);
  for (let i = 0; i < cfg.numLayers; i++) {
    const p = `encoder.layer.${i}`;
    const w = await loadLayer(
      reader,
      {
        query: reader.base(`${p}.attention.self.query`),
        key: reader.base(`${p}.attention.self.key`),
        value: reader.base(`${p}.attention.self.value`),
        attentionOutput: reader.base(`${p}.attention.output.dense`),
        attentionNorm: reader.base(`${p}.attention.output.LayerNorm`),
        intermediate: reader.base(`${p}.intermediate.dense`),
        output: reader.base(`${p}.output.dense`),
        outputNorm: reader.base(`${p}.output.LayerNorm`),
      },
      H,
      cfg.intermediateSize,
    );
    x = runLayer(x, shape, w, bias);
  }
  return { hidden: x, batch: inp.batch, seq: inp.seq, width: H, wordEmbeddings: tables.word };
}
