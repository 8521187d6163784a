import { activationByName } from './activations.js';
import { headUsesWordEmbeddings } from './common-heads.js';
import { embedTokens } from './embeddings.js';
import { layerShape, loadAndRunLayer } from './encoder-layer.js';
import { absolutePositionIds } from './position-ids.js';
import type { PreparedInputs } from './prepare-inputs.js';
import type { EncoderConfig } from './resolve-config.js';
import { maskBias } from './self-attention.js';
import { runTaskHead } from './task-head.js';
import type { EncoderTask, Outputs64 } from './types.js';
import type { WeightReader } from './weight-reader.js';

/**
 * DistilBERT (modeling_distilbert.py): word + position embeddings (no token types), LayerNorm
 * eps 1e-12 everywhere, `transformer.layer.{i}` post-LN layers; no pooler.
 * ForSequenceClassification = classifier(relu(pre_classifier(h[:, 0]))); ForMaskedLM =
 * vocab_projector(vocab_layer_norm(act(vocab_transform(h)))) with the projector tied by default.
 */
export async function forwardDistilbert(cfg: EncoderConfig, reader: WeightReader, inp: PreparedInputs, task: EncoderTask): Promise<Outputs64> {
  const D = cfg.hiddenSize;
  const embedded = await embedTokens(reader, cfg, inp, absolutePositionIds(inp.batch, inp.seq, cfg.maxPositions), {
    tokenTypes: false,
    keepWord: headUsesWordEmbeddings(task, cfg),
  });
  let x = embedded.x;
  const shape = layerShape(cfg, inp);
  const bias = maskBias(inp.mask);
  for (let i = 0; i < cfg.numLayers; i++) {
    const p = `transformer.layer.${i}`;
    const names = {
      query: reader.base(`${p}.attention.q_lin`),
      key: reader.base(`${p}.attention.k_lin`),
      value: reader.base(`${p}.attention.v_lin`),
      attentionOutput: reader.base(`${p}.attention.out_lin`),
      attentionNorm: reader.base(`${p}.sa_layer_norm`),
      intermediate: reader.base(`${p}.ffn.lin1`),
      output: reader.base(`${p}.ffn.lin2`),
      outputNorm: reader.base(`${p}.output_layer_norm`),
    };
    x = await loadAndRunLayer(reader, names, x, shape, bias);
  }
  const e = { hidden: x, batch: inp.batch, seq: inp.seq, width: D };
  return runTaskHead(task, reader, cfg, e, {
    pooler: undefined,
    sequenceClassifier: { kind: 'first-token-mlp', dense: 'pre_classifier', act: activationByName('relu'), out: 'classifier' },
    maskedLm: {
      dense: 'vocab_transform',
      norm: 'vocab_layer_norm',
      decoderWeight: 'vocab_projector.weight',
      decoderBias: ['vocab_projector.bias'],
      width: D,
      act: shape.act,
      wordEmbeddings: embedded.word,
    },
  });
}
