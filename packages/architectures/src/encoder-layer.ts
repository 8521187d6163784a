import type { Value } from '@mlpack/graph';
import { applyActivation } from './activation.js';
import type { ActivationKind } from './activation.js';
import { selfAttention } from './attention.js';
import type { SelfAttentionWeights } from './attention.js';
import type { ModuleOps } from './module-ops.js';
import type { LinearWeights, NormWeights, WeightResolver } from './weights.js';

/**
 * One post-LayerNorm transformer encoder layer, the structure BERT, RoBERTa, ELECTRA, ALBERT and
 * DistilBERT share under different tensor names:
 * `a = LN(x + attn_out(attn(x)))`, `y = LN(a + ffn_out(act(ffn_in(a))))`.
 */
export interface EncoderLayerWeights extends SelfAttentionWeights {
  attentionOutput: LinearWeights;
  attentionNorm: NormWeights;
  ffnIn: LinearWeights;
  ffnOut: LinearWeights;
  outputNorm: NormWeights;
}

export interface EncoderLayerConfig {
  hidden: number;
  heads: number;
  intermediate: number;
  /** Epsilon of both LayerNorms. */
  eps: number;
  activation: ActivationKind;
}

export function encoderLayer(ops: ModuleOps, x: Value, mask: Value, w: EncoderLayerWeights, c: EncoderLayerConfig): Value {
  const g = ops.g;
  const attended = g.scope('attention', () => {
    const context = selfAttention(ops, x, mask, w, c);
    return g.scope('output', () => ops.layerNorm(g.add(ops.linear(context, w.attentionOutput), x), w.attentionNorm, c.eps));
  });
  return g.scope('ffn', () => {
    const inner = applyActivation(ops, c.activation, ops.linear(attended, w.ffnIn));
    return ops.layerNorm(g.add(ops.linear(inner, w.ffnOut), attended), w.outputNorm, c.eps);
  });
}

/** A BERT-named layer (`encoder.layer.N.*`, also RoBERTa's and ELECTRA's), resolved and shape-checked. */
export function resolveBertLayer(ws: WeightResolver, i: number, c: EncoderLayerConfig): EncoderLayerWeights {
  const p = `encoder.layer.${i}`;
  return {
    query: ws.baseLinear(`${p}.attention.self.query`, c.hidden, c.hidden),
    key: ws.baseLinear(`${p}.attention.self.key`, c.hidden, c.hidden),
    value: ws.baseLinear(`${p}.attention.self.value`, c.hidden, c.hidden),
    attentionOutput: ws.baseLinear(`${p}.attention.output.dense`, c.hidden, c.hidden),
    attentionNorm: ws.baseNorm(`${p}.attention.output.LayerNorm`, c.hidden),
    ffnIn: ws.baseLinear(`${p}.intermediate.dense`, c.hidden, c.intermediate),
    ffnOut: ws.baseLinear(`${p}.output.dense`, c.intermediate, c.hidden),
    outputNorm: ws.baseNorm(`${p}.output.LayerNorm`, c.hidden),
  };
}
