/** Budgets of the safe extractor; each exceeded budget is its own refusal code. */
export interface UnbundleLimits {
  /** Most entries (files + directories) in an archive. */
  maxEntries: number;
  /** Most path segments of an entry (`a/b/c` has 3). */
  maxDepth: number;
  /** Largest sum of the entries' sizes, from their headers, in bytes. */
  maxTotalBytes: number;
  /** Largest ratio of inflated tar bytes to compressed bytes read so far… */
  maxRatio: number;
  /** …checked once this many bytes have been inflated (tiny archives legitimately inflate a lot: 512-byte blocks). */
  ratioFloorBytes: number;
}

/**
 * Defaults. A bundle holds a few files (config, tokenizer, one .onnx + data) in at most 4 levels
 * (`<name>/<version>/model.onnx/model.onnx_data`); 64 GiB is beyond the largest models mlpack
 * converts (ONNX external data, fp32). Weights and JSON deflate by 1.1-5x; 200x means a tar bomb
 * (zeros deflate ~1000x).
 */
export const DEFAULT_UNBUNDLE_LIMITS: Readonly<UnbundleLimits> = {
  maxEntries: 10_000,
  maxDepth: 16,
  maxTotalBytes: 64 * 1024 ** 3,
  maxRatio: 200,
  ratioFloorBytes: 1024 * 1024,
};

/** Defaults overridden by `given`. */
export function resolveLimits(given: Partial<UnbundleLimits> | undefined): UnbundleLimits {
  return { ...DEFAULT_UNBUNDLE_LIMITS, ...(given ?? {}) };
}
