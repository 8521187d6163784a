import { activationByName } from './activations.js';
import { dense, denseAct, firstToken, maskedLm, questionAnswering, tokenClassification } from './common-heads.js';
import { embed } from './embeddings.js';
import { loadLayer, runLayer } from './encoder-layer.js';
import { absolutePositionIds } from './position-ids.js';
import type { PreparedInputs } from './prepare-inputs.js';
import type { EncoderConfig } from './resolve-config.js';
import { maskBias } from './self-attention.js';
import type { EncoderTask, Outputs64 } from './types.js';
import type { WeightReader } from './weight-reader.js';

const relu = activationByName('relu');

/**
 * DistilBERT (modeling_distilbert.py): word + position embeddings (no token types), LayerNorm
 * eps 1e-12 everywhere, `transformer.layer.{i}` post-LN layers; no pooler.
 * ForSequenceClassification = classifier(relu(pre_classifier(h[:, 0]))); ForMaskedLM =
 * vocab_projector(vocab_layer_norm(act(vocab_transform(h)))) with the projector tied by default.
 */
export async function forwardDistilbert(cfg: EncoderConfig, reader: WeightReader, inp: PreparedInputs, task: EncoderTask): Promise<Outputs64> {
  const D = cfg.hiddenSize;
  const word = await reader.read(reader.base('embeddings.word_embeddings.weight'), [cfg.vocabSize, D]);
  const tables = {
    word,
    position: await reader.read(reader.base('embeddings.position_embeddings.weight'), [cfg.maxPositions, D]),
    tokenType: undefined,
    gamma: await reader.read(reader.base('embeddings.LayerNorm.weight'), [D]),
    beta: await reader.read(reader.base('embeddings.LayerNorm.bias'), [D]),
  };
  let x = embed(inp, absolutePositionIds(inp.batch, inp.seq, cfg.maxPositions), tables, D, cfg.layerNormEps);
  const act = activationByName(cfg.hiddenAct);
  const shape = { batch: inp.batch, seq: inp.seq, hidden: D, heads: cfg.numHeads, intermediate: cfg.intermediateSize, eps: cfg.layerNormEps, act };
  const bias = maskBias(inp.mask);
  for (let i = 0; i < cfg.numLayers; i++) {
    const p = `transformer.layer.${i}`;
    const w = await loadLayer(
      reader,
      {
        query: reader.base(`${p}.attention.q_lin`),
        key: reader.base(`${p}.attention.k_lin`),
        value: reader.base(`${p}.attention.v_lin`),
        attentionOutput: reader.base(`${p}.attention.out_lin`),
        attentionNorm: reader.base(`${p}.sa_layer_norm`),
        intermediate: reader.base(`${p}.ffn.lin1`),
        output: reader.base(`${p}.ffn.lin2`),
        outputNorm: reader.base(`${p}.output_layer_norm`),
      },
      D,
      cfg.intermediateSize,
    );
    x = runLayer(x, shape, w, bias);
  }
  const e = { hidden: x, batch: inp.batch, seq: inp.seq, width: D };
  switch (task) {
    case 'feature-extraction':
      return { last_hidden_state: { dims: [e.batch, e.seq, D], data: e.hidden } };
    case 'text-classification': {
      const pre = await denseAct(reader, 'pre_classifier', firstToken(e), e.batch, D, D, relu);
      const logits = await dense(reader, 'classifier', pre, e.batch, D, cfg.numLabels);
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
          dense: 'vocab_transform',
          norm: 'vocab_layer_norm',
          decoderWeight: 'vocab_projector.weight',
          decoderBias: ['vocab_projector.bias'],
        },
        D,
        act,
        word,
      );
  }
}
