import { MlpackError } from '@mlpack/core';

/** Stable error codes of @mlpack/bench (listed in the package README). */
export type BenchErrorCode =
  /** A benchmark model spec is unusable (e.g. heads do not divide hidden, a size is not a positive integer). */
  | 'BENCH_BAD_SPEC'
  /** A child process (`cp`, a conversion) could not start, exited non-zero or printed no result. */
  | 'BENCH_CHILD_FAILED'
  /** A conversion reported success but an output the benchmark needs (e.g. `onnx/model.onnx`) is missing. */
  | 'BENCH_MISSING_OUTPUT'
  /** The converted model takes an input the latency benchmark cannot make (only encoder text inputs are fed). */
  | 'BENCH_UNKNOWN_INPUT';

export class BenchError extends MlpackError<BenchErrorCode> {
  override name = 'BenchError';
}
