import type { ConversionManifest, TargetParity } from './conversion-manifest.js';

/** What a parity gate gets: the source model folder and the staged output with its mlpack.json. */
export interface ParityGateContext {
  /** The Hugging Face model folder being converted. */
  modelDir: string;
  /** The staged output folder (complete, with an mlpack.json whose targets have no parity yet). */
  convertedDir: string;
  manifest: ConversionManifest;
}

/**
 * Judges every target of a staged conversion against the float64 reference; returns each target's
 * parity by its `path`. Provided by `@mlpack/verify` (`variantParityGate`): `@mlpack/convert` does not
 * depend on the runtimes, so the gate is injected (the CLI and the `mlpack` package wire it).
 */
export type ParityGate = (context: ParityGateContext) => Promise<Record<string, TargetParity>>;
