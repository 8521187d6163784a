/**
 * mlpack's version, written into every artifact. Its one source is packages/mlpack/package.json:
 * `pnpm release:version` bumps every package together and `scripts/sync-version.mjs` writes it
 * here; a test fails when any package.json or this constant drifts.
 */
export const MLPACK_VERSION = '0.1.0';
