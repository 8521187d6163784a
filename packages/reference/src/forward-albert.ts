import { activationByName } from './activations.js';
import { dense, denseAct, firstToken, maskedLm, questionAnswering, tokenClassification } from './common-heads.js';
import type { Encoded } from './common-heads.js';
import { embed } from './embeddings.js';
import { loadLayer, runLayer } from './encoder-layer.js';
import type { LayerWeights } from './encoder-layer.js';
import { absolutePositionIds } from './position-ids.js';
import type { PreparedInputs } from './prepare-inputs.js';
import type { EncoderConfig } from './resolve-config.js';
import { maskBias } from './self-attention.js';
import type { EncoderTask, Outputs64 } from './types.js';
import type { WeightReader } from './weight-reader.js';

/**
 * The ALBERT layer group transformers runs at hidden layer i: `int(i / (L / G))`, computed the same
 * way (float division, truncation) so that layer counts not divisible by the group count match too.
 */
export function albertGroupIndex(i: number, numLayers: number, numGroups: number): number {
  return Math.trunc(i / (numLayers / numGroups));
}

/**
 * ALBERT (modeling_albert.py): factorized embeddings of `embedding_size` mapped to hidden_size by
 * `encoder.embedding_hidden_mapping_in`; `num_hidden_groups` groups of `inner_group_num` layers,
 * hidden layer i running every layer of group `albertGroupIndex(i)` (weights shared, read once per
 * call); pooler = tanh(pooler(h[:, 0])). ForSequenceClassification = classifier(pooler); ForMaskedLM
 * = predictions (dense hidden → embedding_size, hidden_act, LayerNorm, tied decoder + bias).
 */
export async function forwardAlbert(cfg: EncoderConfig, reader: WeightReader, inp: PreparedInputs, task: EncoderTask): Promise<Outputs64> {
  const E = cfg.embeddingSize;
  const H = cfg.hiddenSize;
  const rows = inp.batch * inp.seq;
  const word = await reader.read(reader.base('embeddings.word_embeddings.weight'), [cfg.vocabSize, E]);
  const tables = {
    word,
    position: await reader.read(reader.base('embeddings.position_embeddings.weight'), [cfg.maxPositions, E]),
    tokenType: await reader.read(reader.base('embeddings.token_type_embeddings.weight'), [cfg.typeVocabSize, E]),
    gamma: await reader.read(reader.base('embeddings.LayerNorm.weight'), [E]),
    beta: await reader.read(reader.base('embeddings.LayerNorm.bias'), [E]),
  };
  const embedded = embed(inp, absolutePositionIds(inp.batch, inp.seq, cfg.maxPositions), tables, E, cfg.layerNormEps);
  let x = await dense(reader, reader.base('encoder.embedding_hidden_mapping_in'), embedded, rows, E, H);
  const act = activationByName(cfg.hiddenAct);
  const shape = { batch: inp.batch, seq: inp.seq, hidden: H, heads: cfg.numHeads, intermediate: cfg.intermediateSize, eps: cfg.layerNormEps, act };
  const bias = maskBias(inp.mask);
  const groups = new Map<number, LayerWeights[]>();
  for (let i = 0; i < cfg.numLayers; i++) {
    const g = albertGroupIndex(i, cfg.numLayers, cfg.numHiddenGroups);
    let layers = groups.get(g);
    if (layers === undefined) {
      layers = [];
      for (let j = 0; j < cfg.innerGroupNum; j++) {
        const p = `encoder.albert_layer_groups.${g}.albert_layers.${j}`;
        layers.push(
          await loadLayer(
            reader,
            {
              query: reader.base(`${p}.attention.query`),
              key: reader.base(`${p}.attention.key`),
              value: reader.base(`${p}.attention.value`),
              attentionOutput: reader.base(`${p}.attention.dense`),
              attentionNorm: reader.base(`${p}.attention.LayerNorm`),
              intermediate: reader.base(`${p}.ffn`),
              output: reader.base(`${p}.ffn_output`),
              outputNorm: reader.base(`${p}.full_layer_layer_norm`),
            },
            H,
            cfg.intermediateSize,
          ),
        );
      }
      groups.set(g, layers);
    }
    for (const w of layers) x = runLayer(x, shape, w, bias);
  }
  const e: Encoded = { hidden: x, batch: inp.batch, seq: inp.seq, width: H };
  switch (task) {
    case 'feature-extraction': {
      const out: Outputs64 = { last_hidden_state: { dims: [e.batch, e.seq, H], data: e.hidden } };
      if (reader.has(reader.base('pooler.weight'))) out['pooler_output'] = { dims: [e.batch, H], data: await albertPooler(reader, e) };
      return out;
    }
    case 'text-classification': {
      const pooled = await albertPooler(reader, e);
      const logits = await dense(reader, 'classifier', pooled, e.batch, H, cfg.numLabels);
      return { logits: { dims: [e.batch, cfg.numLabels], data: logits } };
    }
    case 'token-classification':
      return tokenClassification(reader, cfg, e);
    case 'question-answering':
      return questionAnswering(reader, e);
    case 'fill-mask':
      return maskedLm(
        reader,
        cfg,
        e,
        {
          dense: 'predictions.dense',
          norm: 'predictions.LayerNorm',
          decoderWeight: 'predictions.decoder.weight',
          decoderBias: ['predictions.bias', 'predictions.decoder.bias'],
        },
        E,
        act,
        word,
      );
  }
}

/** AlbertModel's pooler: tanh(pooler(h[:, 0])), a plain Linear named `pooler`. */
async function albertPooler(reader: WeightReader, e: Encoded): Promise<Float64Array> {
  return denseAct(reader, reader.base('pooler'), firstToken(e), e.batch, e.width, e.width, Math.tanh);
}
