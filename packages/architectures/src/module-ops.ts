import type { TensorInfo } from '@mlpack/core';
import type { GraphBuilder, Value } from '@mlpack/graph';
import type { LinearWeights, NormWeights } from './weights.js';

/**
 * PyTorch modules (Linear, LayerNorm, Embedding) as graph ops over checkpoint tensors. Weights
 * are float32 in the graph (other dtypes and quantization are passes over the built graph, see
 * `@mlpack/graph`'s passes). The same tensor always yields the same value, so shared modules
 * (ALBERT's layer groups, tied decoders) are one initializer.
 */
export class ModuleOps {
  constructor(readonly g: GraphBuilder) {}

  /** A checkpoint tensor as a float32 value (`transpose` for Linear weights: [out, in] → [in, out]). */
  weight(info: TensorInfo, transpose = false): Value {
    return this.g.weight(info, { transpose, dtype: 'float32' });
  }

  /** `nn.Linear`: `x · Wᵀ + b`. */
  linear(x: Value, w: LinearWeights): Value {
    return this.g.linear(x, this.weight(w.weight, true), this.weight(w.bias));
  }

  /** `nn.LayerNorm` over the last axis. */
  layerNorm(x: Value, w: NormWeights, epsilon: number): Value {
    return this.g.layerNorm(x, this.weight(w.weight), this.weight(w.bias), epsilon);
  }

  /** `nn.Embedding`: rows of `table` at `ids` (a value, or one literal row index). */
  embedding(table: TensorInfo, ids: Value | number): Value {
    return this.g.gather(this.weight(table), ids, 0);
  }

  /** `x · Eᵀ` for an embedding matrix E [vocab, dim] reused as an output projection (tied weights). */
  tiedProjection(x: Value, table: TensorInfo): Value {
    return this.g.matMul(x, this.g.transpose(this.weight(table), [1, 0]));
  }
}
