import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { BundleManifest } from '@mlpack/schema';
import { BundleError } from './bundle-error.js';
import { MANIFEST_FILE, UNLISTED_BUNDLE_FILES } from './bundle-files.js';
import { checkBundleSignature } from './check-bundle-signature.js';
import type { BundleProblem } from './bundle-problem.js';
import { checkFiles } from './check-files.js';
import { readPublicKey } from './keys.js';
import { BUNDLE_MANIFEST_MAX_BYTES, parseBundleManifest } from './read-bundle-manifest.js';
import { runGoldens } from './run-goldens.js';
import { judgeVariantGoldens } from './judge-variant-goldens.js';
import type { VariantGoldensResult } from './judge-variant-goldens.js';
import { orderedOnnxTargets } from './plan-layout.js';
import { cacheSpecOf, parseGolden } from '@mlpack/verify';
import type { VerifyBundleReport } from './verify-bundle-report.js';

export interface VerifyBundleDirOptions {
  /** Trusted public key (PEM path; ECDSA for model.sig, ed25519 for a legacy mlpack.json.sig): the signature must be present and valid. */
  pubkey?: string | undefined;
  /** Re-run the goldens through onnxruntime (default true). */
  inference?: boolean | undefined;
  /** Name of the bundle in the report (default: `dir`). */
  reportAs?: string | undefined;
  /** Limit in ms for loading and for running the model (default: verify's DEFAULT_INFERENCE_TIMEOUT_MS). */
  timeoutMs?: number | undefined;
}

/**
 * Verify an unbundled folder: the manifest (strict JSON, schema, kind bundle), every listed file's
 * size and sha256 with nothing extra, the signature when a key is given, and the goldens through
 * onnxruntime. Failed checks go into the report; only an unreadable manifest or key throws.
 */
export async function verifyBundleDir(
  dir: string,
  options: VerifyBundleDirOptions = {},
): Promise<{ report: VerifyBundleReport; manifest: BundleManifest; manifestBytes: Uint8Array }> {
  const manifestPath = join(dir, MANIFEST_FILE);
  const st = await stat(manifestPath).catch(() => undefined);
  if (!st?.isFile()) {
    throw new BundleError('BUNDLE_MANIFEST_INVALID', `no ${MANIFEST_FILE}`, {
      file: manifestPath,
      hint: 'pass a bundle (.tar.gz) or a folder unpacked with `mlpack unbundle`; to check a conversion against its model, use `mlpack verify <model-dir> <converted-dir>`',
      exitCode: 2,
    });
  }
  if (st.size > BUNDLE_MANIFEST_MAX_BYTES) {
    throw new BundleError('BUNDLE_MANIFEST_INVALID', `has ${st.size} bytes, above the ${BUNDLE_MANIFEST_MAX_BYTES}-byte limit`, { file: manifestPath });
  }
  const manifestBytes = await readFile(manifestPath);
  const manifest = parseBundleManifest(manifestBytes, manifestPath);
  const publicKey = options.pubkey === undefined ? undefined : await readPublicKey(options.pubkey);

  const errors: BundleProblem[] = await checkFiles(dir, manifest.files, { unlisted: UNLISTED_BUNDLE_FILES });
  const filesOk = errors.length === 0;

  const check = await checkBundleSignature(dir, manifestBytes, manifest, publicKey);
  const signature: VerifyBundleReport['signature'] = { present: check.present, checked: publicKey !== undefined, ok: check.ok };
  if (check.public_key_sha256) signature.public_key_sha256 = check.public_key_sha256;
  if (check.problem) errors.push(check.problem);

  const goldens: VerifyBundleReport['goldens'] = { checked: false, comparisons: [] };
  // Nothing of an untrusted bundle runs unless its files match the manifest and, when a key is
  // given, the signature holds.
  const trusted = filesOk && signature.ok !== false;
  if ((options.inference ?? true) && trusted) {
    const run = await runGoldens(dir, manifest, { timeoutMs: options.timeoutMs });
    goldens.checked = true;
    goldens.atol = run.atol;
    goldens.rtol = run.rtol;
    goldens.comparisons = run.comparisons;
    errors.push(...run.problems);
    const variants = await recheckVariants(dir, manifest, options.timeoutMs);
    if (variants) {
      goldens.variants = variants.checks;
      errors.push(...variants.problems);
    }
  }
  const report: VerifyBundleReport = {
    ok: errors.length === 0,
    bundle: options.reportAs ?? dir,
    name: manifest.name,
    version: manifest.version,
    layout: manifest.layout ?? '',
    task: manifest.task,
    files: { listed: manifest.files.length, ok: filesOk, paths: manifest.files.map((f) => f.path) },
    signature,
    goldens,
    errors,
  };
  return { report, manifest, manifestBytes };
}

/** Each bundled weight variant re-run on the goldens and judged by the gate it records (undefined: none, or no usable goldens). */
async function recheckVariants(dir: string, manifest: BundleManifest, timeoutMs: number | undefined): Promise<VariantGoldensResult | undefined> {
  const variants = orderedOnnxTargets(manifest.targets).slice(1);
  if (variants.length === 0 || manifest.goldens === undefined) return undefined;
  let golden;
  try {
    golden = parseGolden(manifest.goldens, { file: 'mlpack.json#/goldens' });
  } catch {
    return undefined; // runGoldens has reported it
  }
  return judgeVariantGoldens(dir, variants, golden, {
    cache: cacheSpecOf((manifest.graphs?.[0] ?? manifest.signature).inputs),
    modelType: manifest.source.model_type,
    timeoutMs,
  });
}
