import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BundleError } from './bundle-error.js';
import { extractArchive } from './extract-archive.js';
import { inspectArchive } from './inspect-archive.js';
import { resolveLimits } from './unbundle-limits.js';
import type { UnbundleLimits } from './unbundle-limits.js';
import { verifyBundleDir } from './verify-bundle-dir.js';
import type { VerifyBundleReport } from './verify-bundle-report.js';

export interface VerifyBundleOptions {
  /** Trusted ed25519 public key (PEM path): the signature must be present and valid. */
  pubkey?: string | undefined;
  /** Re-run the goldens through onnxruntime (default true). */
  inference?: boolean | undefined;
  /** Budgets of the extractor for .tar.gz input (defaults: `DEFAULT_UNBUNDLE_LIMITS`). */
  limits?: Partial<UnbundleLimits> | undefined;
}

/**
 * Verify a bundle (.tar.gz, safely extracted into a temp dir that is removed afterwards) or an
 * unbundled folder: files against the manifest, the signature when a key is given, the goldens
 * re-run through onnxruntime. Returns the report (`ok: false` names each failing file or output);
 * throws for unusable input (unsafe archive, unreadable manifest or key).
 */
export async function verifyBundle(bundleOrDir: string, options: VerifyBundleOptions = {}): Promise<VerifyBundleReport> {
  const st = await stat(bundleOrDir).catch(() => undefined);
  if (!st) throw new BundleError('BUNDLE_NOT_FOUND', 'no such file or directory', { file: bundleOrDir, exitCode: 2 });
  const dirOptions = { pubkey: options.pubkey, inference: options.inference, reportAs: bundleOrDir };
  if (st.isDirectory()) return (await verifyBundleDir(bundleOrDir, dirOptions)).report;
  const limits = resolveLimits(options.limits);
  const inspection = await inspectArchive(bundleOrDir, limits);
  const tmp = await mkdtemp(join(tmpdir(), 'mlpack-verify-bundle-'));
  try {
    await extractArchive(bundleOrDir, tmp, inspection.entries, limits);
    return (await verifyBundleDir(tmp, dirOptions)).report;
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}
