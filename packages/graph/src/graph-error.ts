import { MlpackError } from '@mlpack/core';
import type { MlpackErrorOptions } from '@mlpack/core';

/**
 * Stable error codes of @mlpack/graph (listed in the package README).
 * - `SHAPE_MISMATCH`: shapes cannot broadcast / contract / concatenate, or a dim cannot be proven.
 * - `DTYPE_MISMATCH`: operands of different dtypes, or a dtype the op does not accept.
 * - `BAD_AXIS`: an axis or permutation is out of range or repeated.
 * - `BAD_RESHAPE`: a reshape spec is malformed or does not preserve the element count.
 * - `BAD_ARGUMENT`: any other invalid argument (bad dim name, non-finite constant, wrong value count).
 * - `DUPLICATE_NAME`: an input / output / initializer name is used twice.
 * - `FOREIGN_VALUE`: a value that this builder did not create was passed to it.
 * - `UNSUPPORTED_DTYPE`: a weight's safetensors dtype cannot be represented in the graph.
 * - `BAD_TENSOR_INFO`: a `TensorInfo` whose byte length does not match its dtype and shape.
 * - `READ_FAILED`: reading an initializer's bytes failed or came up short.
 * - `INVALID_GRAPH`: `build()` produced a graph that fails `validateGraph` (a bug).
 * - `VALUE_OVERFLOW`: a weight cannot be held as asked (beyond float16's range, non-finite when quantized).
 * - `PASS_FAILED`: a graph pass cannot apply to this graph (names the node and the pass).
 */
export type GraphErrorCode =
  | 'SHAPE_MISMATCH'
  | 'DTYPE_MISMATCH'
  | 'BAD_AXIS'
  | 'BAD_RESHAPE'
  | 'BAD_ARGUMENT'
  | 'DUPLICATE_NAME'
  | 'FOREIGN_VALUE'
  | 'UNSUPPORTED_DTYPE'
  | 'BAD_TENSOR_INFO'
  | 'READ_FAILED'
  | 'INVALID_GRAPH'
  | 'VALUE_OVERFLOW'
  | 'PASS_FAILED';

export interface GraphErrorOptions extends MlpackErrorOptions {
  /** Name of the node being created when the problem was found (e.g. `/encoder/layer.0/attention/MatMul`). */
  node?: string | undefined;
}

export class GraphError extends MlpackError<GraphErrorCode> {
  override name = 'GraphError';
  /** The node the error concerns, when there is one. */
  readonly node: string | undefined;

  constructor(code: GraphErrorCode, message: string, options: GraphErrorOptions = {}) {
    super(code, options.node !== undefined ? `node "${options.node}": ${message}` : message, options);
    this.node = options.node;
  }
}
