import { MlpackError } from '@mlpack/core';

/**
 * Stable codes of `@mlpack/bundle` (listed in the README). `BUNDLE_*`: making and verifying
 * bundles; `UNBUNDLE_*`: refusals of the safe extractor, one code per rule, all raised from an
 * entry's header before anything is written.
 */
export type BundleErrorCode =
  // options and inputs
  | 'BUNDLE_BAD_NAME'
  | 'BUNDLE_BAD_VERSION'
  | 'BUNDLE_BAD_OPTION'
  | 'BUNDLE_NOT_FOUND'
  | 'BUNDLE_OUTPUT_EXISTS'
  | 'BUNDLE_MANIFEST_INVALID'
  | 'BUNDLE_NO_ONNX'
  | 'BUNDLE_MODEL_INVALID'
  | 'BUNDLE_SOURCE_MISMATCH'
  | 'BUNDLE_SYMLINK'
  | 'BUNDLE_NOT_REGULAR_FILE'
  // file checks (bundling, verification, unbundling)
  | 'BUNDLE_FILE_MISSING'
  | 'BUNDLE_FILE_MODIFIED'
  | 'BUNDLE_FILE_UNLISTED'
  // goldens and parity
  | 'BUNDLE_REFERENCE_FAILED'
  | 'BUNDLE_PARITY_FAILED'
  | 'BUNDLE_GOLDENS_TOO_LARGE'
  | 'BUNDLE_GOLDEN_MISMATCH'
  | 'BUNDLE_OUTPUT_MISSING'
  | 'BUNDLE_RUN_FAILED'
  | 'BUNDLE_RUN_TIMEOUT'
  | 'BUNDLE_MODEL_REFUSED'
  // keys and signatures
  | 'BUNDLE_KEY_INVALID'
  | 'BUNDLE_KEY_EXISTS'
  | 'BUNDLE_KEY_LEGACY'
  | 'BUNDLE_SIGNATURE_INVALID'
  | 'BUNDLE_SIGNATURE_MISSING'
  // safe extraction
  | 'UNBUNDLE_NOT_GZIP'
  | 'UNBUNDLE_CORRUPT'
  | 'UNBUNDLE_TRAILING_DATA'
  | 'UNBUNDLE_ABSOLUTE_PATH'
  | 'UNBUNDLE_DRIVE_PATH'
  | 'UNBUNDLE_PATH_TRAVERSAL'
  | 'UNBUNDLE_BAD_PATH'
  | 'UNBUNDLE_SYMLINK'
  | 'UNBUNDLE_HARDLINK'
  | 'UNBUNDLE_DEVICE'
  | 'UNBUNDLE_FIFO'
  | 'UNBUNDLE_ENTRY_TYPE'
  | 'UNBUNDLE_DUPLICATE'
  | 'UNBUNDLE_CASE_COLLISION'
  | 'UNBUNDLE_UNICODE_COLLISION'
  | 'UNBUNDLE_PATH_CONFLICT'
  | 'UNBUNDLE_MANIFEST_NOT_FIRST'
  | 'UNBUNDLE_UNLISTED_ENTRY'
  | 'UNBUNDLE_MISSING_ENTRY'
  | 'UNBUNDLE_TOO_DEEP'
  | 'UNBUNDLE_TOO_MANY_ENTRIES'
  | 'UNBUNDLE_TOO_LARGE'
  | 'UNBUNDLE_RATIO';

export class BundleError extends MlpackError<BundleErrorCode> {
  override name = 'BundleError';
}
