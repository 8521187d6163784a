import type { Activation } from './activations.js';
import { activationByName, applyActivation } from './activations.js';
import { layerNorm } from './layer-norm.js';
import { linear } from './linear.js';
import type { PreparedInputs } from './prepare-inputs.js';
import type { EncoderConfig } from './resolve-config.js';
import { selfAttention } from './self-attention.js';
import type { WeightArray, WeightReader } from './weight-reader.js';

/**
 * Full names (without `.weight` / `.bias`) of the eight modules of one post-LN transformer layer.
 * BERT, DistilBERT and ALBERT compute the same function under different module names.
 */
export interface LayerNames {
  query: string;
  key: string;
  value: string;
  /** Projection of the attention context (BERT `attention.output.dense`). */
  attentionOutput: string;
  /** LayerNorm after attention + residual. */
  attentionNorm: string;
  /** First feed-forward linear (hidden → intermediate). */
  intermediate: string;
  /** Second feed-forward linear (intermediate → hidden). */
  output: string;
  /** LayerNorm after feed-forward + residual. */
  outputNorm: string;
}

/** The weights of one layer, as read. */
export interface LayerWeights {
  qW: WeightArray;
  qB: WeightArray;
  kW: WeightArray;
  kB: WeightArray;
  vW: WeightArray;
  vB: WeightArray;
  aoW: WeightArray;
  aoB: WeightArray;
  anG: WeightArray;
  anB: WeightArray;
  iW: WeightArray;
  iB: WeightArray;
  oW: WeightArray;
  oB: WeightArray;
  onG: WeightArray;
  onB: WeightArray;
}

/** Sizes and settings every layer of an encoder shares. */
export interface LayerShape {
  batch: number;
  seq: number;
  hidden: number;
  heads: number;
  intermediate: number;
  eps: number;
  act: Activation;
}

/** The shape of every layer of `cfg`'s encoder over the batch `inp`. */
export function layerShape(cfg: EncoderConfig, inp: PreparedInputs): LayerShape {
  return {
    batch: inp.batch,
    seq: inp.seq,
    hidden: cfg.hiddenSize,
    heads: cfg.numHeads,
    intermediate: cfg.intermediateSize,
    eps: cfg.layerNormEps,
    act: activationByName(cfg.hiddenAct),
  };
}

/** Reads one layer's sixteen tensors, checking their shapes. */
export async function loadLayer(reader: WeightReader, n: LayerNames, hidden: number, intermediate: number): Promise<LayerWeights> {
  const sq = [hidden, hidden];
  const vec = [hidden];
  return {
    qW: await reader.read(`${n.query}.weight`, sq),
    qB: await reader.read(`${n.query}.bias`, vec),
    kW: await reader.read(`${n.key}.weight`, sq),
    kB: await reader.read(`${n.key}.bias`, vec),
    vW: await reader.read(`${n.value}.weight`, sq),
    vB: await reader.read(`${n.value}.bias`, vec),
    aoW: await reader.read(`${n.attentionOutput}.weight`, sq),
    aoB: await reader.read(`${n.attentionOutput}.bias`, vec),
    anG: await reader.read(`${n.attentionNorm}.weight`, vec),
    anB: await reader.read(`${n.attentionNorm}.bias`, vec),
    iW: await reader.read(`${n.intermediate}.weight`, [intermediate, hidden]),
    iB: await reader.read(`${n.intermediate}.bias`, [intermediate]),
    oW: await reader.read(`${n.output}.weight`, [hidden, intermediate]),
    oB: await reader.read(`${n.output}.bias`, vec),
    onG: await reader.read(`${n.outputNorm}.weight`, vec),
    onB: await reader.read(`${n.outputNorm}.bias`, vec),
  };
}

/**
 * Reads one layer's weights and runs it over x. The weights live in this call's own frame: they are
 * garbage once it returns, so a loop over layers never holds one layer's weights while reading the
 * next (an async loop body can keep a finished iteration's values alive across its next await).
 */
export async function loadAndRunLayer(reader: WeightReader, n: LayerNames, x: Float64Array, s: LayerShape, bias: Float64Array): Promise<Float64Array> {
  return runLayer(x, s, await loadLayer(reader, n, s.hidden, s.intermediate), bias);
}

/**
 * One post-LN layer: a = LN(x + Wo·attn(x)); out = LN(a + W2·act(W1·a)). `bias` is the additive
 * attention mask per key. x and the result are [batch * seq, hidden].
 */
export function runLayer(x: Float64Array, s: LayerShape, w: LayerWeights, bias: Float64Array): Float64Array {
  const rows = s.batch * s.seq;
  const h = s.hidden;
  const q = linear(x, rows, h, w.qW, w.qB, h);
  const k = linear(x, rows, h, w.kW, w.kB, h);
  const v = linear(x, rows, h, w.vW, w.vB, h);
  const ctx = selfAttention(q, k, v, s.batch, s.seq, s.heads, h / s.heads, bias);
  const attnOut = linear(ctx, rows, h, w.aoW, w.aoB, h);
  const a = layerNorm(attnOut, rows, h, w.anG, w.anB, s.eps, x);
  const inter = linear(a, rows, h, w.iW, w.iB, s.intermediate);
  applyActivation(inter, s.act);
  const ff = linear(inter, rows, s.intermediate, w.oW, w.oB, h);
  return layerNorm(ff, rows, h, w.onG, w.onB, s.eps, a);
}
