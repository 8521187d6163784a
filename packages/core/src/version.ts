/** mlpack's version, written into every artifact. Kept equal to packages/mlpack/package.json by a test. */
export const MLPACK_VERSION = '0.1.0';
