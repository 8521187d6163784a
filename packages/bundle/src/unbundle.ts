import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fsErrorOf, refuseOverlap, sha256Bytes, stageOutputDir } from '@mlpack/core';
import type { BundleManifest } from '@mlpack/schema';
import { BundleError } from './bundle-error.js';
import { MANIFEST_FILE } from './bundle-files.js';
import { extractArchive } from './extract-archive.js';
import { inspectArchive } from './inspect-archive.js';
import type { ArchiveInspection } from './inspect-archive.js';
import { resolveLimits } from './unbundle-limits.js';
import type { UnbundleLimits } from './unbundle-limits.js';
import { verifyBundleDir } from './verify-bundle-dir.js';
import type { VerifyBundleReport } from './verify-bundle-report.js';

export interface UnbundleOptions {
  /** Target directory; must not exist or be empty (unless `force`). Created atomically. */
  out: string;
  /** Replace a non-empty `out`. */
  force?: boolean | undefined;
  /** Trusted public key (PEM path): refuse unless mlpack.json.sig is valid. */
  pubkey?: string | undefined;
  /** Also re-run the goldens through onnxruntime before committing (default false). */
  inference?: boolean | undefined;
  /** Budgets of the extractor (defaults: `DEFAULT_UNBUNDLE_LIMITS`). */
  limits?: Partial<UnbundleLimits> | undefined;
}

export interface UnbundleResult {
  /** The extracted folder (absolute). */
  out: string;
  manifest: BundleManifest;
  /** The verification of the extracted folder (ok). */
  report: VerifyBundleReport;
}

/**
 * Safely extract a bundle. Pass 1 reads the whole archive and judges every header and every
 * content hash without writing anything (each refusal its own `UNBUNDLE_*` code); pass 2 extracts
 * into a temp dir beside `out` with node-tar (strict, files and directories only), the extracted
 * files are verified like `verifyBundle` does, and only then is the temp dir renamed to `out`.
 * Any refusal leaves no `out` and nothing else behind.
 */
export async function unbundle(bundle: string, options: UnbundleOptions): Promise<UnbundleResult> {
  const limits = resolveLimits(options.limits);
  await refuseOverlap(options.out, [bundle, ...(options.pubkey === undefined ? [] : [options.pubkey])], { what: 'a target directory (-o)' });
  const inspection = await inspectArchive(bundle, limits);
  refuseContentMismatch(inspection);
  const staging = await stageOutputDir(options.out, { force: options.force, inputs: [bundle, ...(options.pubkey === undefined ? [] : [options.pubkey])] });
  try {
    await extractArchive(bundle, staging.path, inspection.entries, limits);
    const onDisk = await readFile(join(staging.path, MANIFEST_FILE));
    if (sha256Bytes(onDisk) !== sha256Bytes(inspection.manifestBytes)) {
      throw new BundleError('UNBUNDLE_CORRUPT', `${MANIFEST_FILE} changed between the two passes`, { file: bundle });
    }
    const { report, manifest } = await verifyBundleDir(staging.path, { pubkey: options.pubkey, inference: options.inference ?? false, reportAs: bundle });
    const first = report.errors[0];
    if (first) {
      throw new BundleError(first.code, first.message, { file: first.file, tensor: first.tensor, hint: first.hint });
    }
    await staging.commit();
    return { out: resolve(options.out), manifest, report: { ...report } };
  } catch (e) {
    await staging.abort();
    throw fsErrorOf(e, { path: options.out, action: 'extracting the bundle' }) ?? e;
  }
}

/** Before anything is written: every listed file is in the archive with the listed size and sha256. */
function refuseContentMismatch(inspection: ArchiveInspection): void {
  const byPath = new Map(inspection.entries.filter((e) => e.type === 'file').map((e) => [e.path, e]));
  for (const f of inspection.manifest.files) {
    const e = byPath.get(f.path);
    if (!e)
      throw new BundleError('UNBUNDLE_MISSING_ENTRY', `entry ${JSON.stringify(f.path)} is listed in ${MANIFEST_FILE} but not in the archive`, { file: f.path });
    if (e.size !== f.size) throw new BundleError('BUNDLE_FILE_MODIFIED', `has ${e.size} bytes, the manifest says ${f.size}`, { file: f.path });
    if (e.sha256 !== f.sha256) throw new BundleError('BUNDLE_FILE_MODIFIED', `sha256 ${e.sha256} differs from the manifest's ${f.sha256}`, { file: f.path });
  }
}
