import { embedding, layerNorm, linear, type LocalTensor } from './family-definition.js';

/** `encoder.layer.{i}.*` of BERT, RoBERTa and ELECTRA (identical module trees). */
export function bertEncoderLayers(layers: number, hidden: number, intermediate: number): LocalTensor[] {
  const out: LocalTensor[] = [];
  for (let i = 0; i < layers; i++) {
    const p = `encoder.layer.${i}`;
    out.push(
      ...linear(`${p}.attention.self.query`, hidden, hidden),
      ...linear(`${p}.attention.self.key`, hidden, hidden),
      ...linear(`${p}.attention.self.value`, hidden, hidden),
      ...linear(`${p}.attention.output.dense`, hidden, hidden),
      ...layerNorm(`${p}.attention.output.LayerNorm`, hidden),
      ...linear(`${p}.intermediate.dense`, intermediate, hidden),
      ...linear(`${p}.output.dense`, hidden, intermediate),
      ...layerNorm(`${p}.output.LayerNorm`, hidden),
    );
  }
  return out;
}

export interface BertEmbeddingsShape {
  vocabSize: number;
  positions: number;
  typeVocabSize: number;
  /** Embedding width (hidden, or ALBERT/ELECTRA's embedding_size). */
  size: number;
  /** Word-embedding padding row (pad_token_id). */
  padId: number | undefined;
  /** Position-embedding padding row (RoBERTa family: pad_token_id). */
  positionPadId?: number;
}

/**
 * `embeddings.*` of the BERT family. The `position_ids` / `token_type_ids` buffers are registered
 * with `persistent=False` in transformers 4.46, so they are not in the checkpoint.
 */
export function bertEmbeddings(s: BertEmbeddingsShape): LocalTensor[] {
  return [
    embedding('embeddings.word_embeddings', s.vocabSize, s.size, s.padId),
    embedding('embeddings.position_embeddings', s.positions, s.size, s.positionPadId),
    embedding('embeddings.token_type_embeddings', s.typeVocabSize, s.size),
    ...layerNorm('embeddings.LayerNorm', s.size),
  ];
}
