/** The manifest at the root of every bundle (and of every converted folder); always the first archive entry. */
export const MANIFEST_FILE = 'mlpack.json';

/**
 * Legacy (mlpack 0.1) detached ed25519 signature of `mlpack.json`: still verified with an ed25519
 * public key, no longer written (see `MODEL_SIGNATURE_FILE`).
 */
export const SIGNATURE_FILE = 'mlpack.json.sig';

/** The OpenSSF Model Signing v1.0 signature `mlpack bundle --sign` writes (second archive entry). */
export const MODEL_SIGNATURE_FILE = 'model.sig';

/** Files a bundle holds beyond those its manifest lists (the manifest cannot hash itself or its signature). */
export const UNLISTED_BUNDLE_FILES: ReadonlySet<string> = new Set([MANIFEST_FILE, SIGNATURE_FILE, MODEL_SIGNATURE_FILE]);
