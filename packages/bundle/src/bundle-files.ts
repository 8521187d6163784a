/** The manifest at the root of every bundle (and of every converted folder); always the first archive entry. */
export const MANIFEST_FILE = 'mlpack.json';

/** The detached ed25519 signature of `mlpack.json`, beside it (second archive entry when present). */
export const SIGNATURE_FILE = 'mlpack.json.sig';

/** Files a bundle holds beyond those its manifest lists (the manifest cannot hash itself or its signature). */
export const UNLISTED_BUNDLE_FILES: ReadonlySet<string> = new Set([MANIFEST_FILE, SIGNATURE_FILE]);
