import type { OutputComparison } from '@mlpack/verify';
import type { BundleProblem } from './bundle-problem.js';
import type { VariantGoldenCheck } from './judge-variant-goldens.js';

/** `mlpack verify <bundle> --json`: plain JSON, stable key order (documented in the README). */
export interface VerifyBundleReport {
  /** No errors: files, signature (when a key was given) and goldens (when run) all passed. */
  ok: boolean;
  /** The bundle (.tar.gz) or unbundled folder, as given. */
  bundle: string;
  name: string;
  version: string;
  layout: string;
  task: string;
  files: {
    /** Files listed in the manifest. */
    listed: number;
    /** Every listed file present with its size and sha256, and nothing else. */
    ok: boolean;
    /** The listed files' paths, in manifest order (each one a JUnit test case with `--junit`). */
    paths: string[];
  };
  signature: {
    /** Whether mlpack.json.sig is present. */
    present: boolean;
    /** Whether it was checked (a public key was given). */
    checked: boolean;
    /** Valid (checked only; null otherwise). */
    ok: boolean | null;
    /** Fingerprint of the key that signed (as recorded, or of the given key when valid). */
    public_key_sha256?: string;
  };
  goldens: {
    /** Whether the golden inputs were re-run (skipped when asked, or when files already failed). */
    checked: boolean;
    atol?: number;
    rtol?: number;
    /** One per recorded output, sorted by output. */
    comparisons: OutputComparison[];
    /**
     * Each bundled weight variant (fp16, q8, q4, q4f16) re-run on the golden inputs and judged by
     * the gate its target records: path, dtype, gate, measured, ok, misses (present when the bundle
     * has variants).
     */
    variants?: VariantGoldenCheck[];
  };
  /** Every failed check, naming the file or output. */
  errors: BundleProblem[];
}
