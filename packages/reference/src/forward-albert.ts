import { dense, headUsesWordEmbeddings } from './common-heads.js';
import type { Encoded } from './common-heads.js';
import { embedTokens } from './embeddings.js';
import { layerShape, loadLayer, runLayer } from './encoder-layer.js';
import type { LayerShape, LayerWeights } from './encoder-layer.js';
import { absolutePositionIds } from './position-ids.js';
import type { PreparedInputs } from './prepare-inputs.js';
import type { EncoderConfig } from './resolve-config.js';
import { maskBias } from './self-attention.js';
import { runTaskHead } from './task-head.js';
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
  const embedded = await embedTokens(reader, cfg, inp, absolutePositionIds(inp.batch, inp.seq, cfg.maxPositions), {
    tokenTypes: true,
    keepWord: headUsesWordEmbeddings(task, cfg),
  });
  let x = await dense(reader, reader.base('encoder.embedding_hidden_mapping_in'), embedded.x, rows, E, H);
  const shape = layerShape(cfg, inp);
  const bias = maskBias(inp.mask);
  for (const [g, times] of groupRuns(cfg)) x = await runGroup(reader, cfg, g, times, x, shape, bias);
  const e: Encoded = { hidden: x, batch: inp.batch, seq: inp.seq, width: H };
  // ALBERT's pooler is a bare Linear named `pooler`; its MLM transform narrows to embedding_size.
  return runTaskHead(task, reader, cfg, e, {
    pooler: reader.base('pooler'),
    sequenceClassifier: { kind: 'pooled' },
    maskedLm: {
      dense: 'predictions.dense',
      norm: 'predictions.LayerNorm',
      decoderWeight: 'predictions.decoder.weight',
      decoderBias: ['predictions.bias', 'predictions.decoder.bias'],
      width: E,
      act: shape.act,
      wordEmbeddings: embedded.word,
    },
  });
}

/**
 * The hidden layers as runs of consecutive layers sharing a group, [group, hidden layers]: the
 * group index never decreases with the layer index, so each group appears in one run.
 */
function groupRuns(cfg: EncoderConfig): [number, number][] {
  const runs: [number, number][] = [];
  for (let i = 0; i < cfg.numLayers; i++) {
    const g = albertGroupIndex(i, cfg.numLayers, cfg.numHiddenGroups);
    const last = runs.at(-1);
    if (last?.[0] === g) last[1]++;
    else runs.push([g, 1]);
  }
  return runs;
}

/**
 * Reads the `inner_group_num` layers of group `g` once and runs them `times` times over x. The
 * group's weights live in this call only: they are released before the next group is read.
 */
async function runGroup(
  reader: WeightReader,
  cfg: EncoderConfig,
  g: number,
  times: number,
  x: Float64Array,
  shape: LayerShape,
  bias: Float64Array,
): Promise<Float64Array> {
  const layers: LayerWeights[] = [];
  for (let j = 0; j < cfg.innerGroupNum; j++) {
    const p = `encoder.albert_layer_groups.${g}.albert_layers.${j}`;
    const names = {
      query: reader.base(`${p}.attention.query`),
      key: reader.base(`${p}.attention.key`),
      value: reader.base(`${p}.attention.value`),
      attentionOutput: reader.base(`${p}.attention.dense`),
      attentionNorm: reader.base(`${p}.attention.LayerNorm`),
      intermediate: reader.base(`${p}.ffn`),
      output: reader.base(`${p}.ffn_output`),
      outputNorm: reader.base(`${p}.full_layer_layer_norm`),
    };
    layers.push(await loadLayer(reader, names, cfg.hiddenSize, cfg.intermediateSize));
  }
  for (let t = 0; t < times; t++) for (const w of layers) x = runLayer(x, shape, w, bias);
  return x;
}
