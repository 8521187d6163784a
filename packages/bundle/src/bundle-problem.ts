import type { BundleErrorCode } from './bundle-error.js';

/** One failed check of a verification, naming the file or the output it concerns. */
export interface BundleProblem {
  code: BundleErrorCode;
  message: string;
  /** Path inside the bundle (forward slashes). */
  file?: string;
  /** Output name, for golden comparisons. */
  tensor?: string;
  hint?: string;
}
