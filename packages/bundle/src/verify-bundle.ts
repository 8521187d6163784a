import { mkdir, rm, stat } from 'node:fs/promises';
import { FsError, fsErrorOf, registerTemp, releaseTemp, requireRegularFile, sweepStaleTemps, tempName } from '@mlpack/core';
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
  /** Limit in ms for loading and for running the model (default: verify's DEFAULT_INFERENCE_TIMEOUT_MS). */
  timeoutMs?: number | undefined;
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
  const dirOptions = { pubkey: options.pubkey, inference: options.inference, reportAs: bundleOrDir, timeoutMs: options.timeoutMs };
  if (st.isDirectory()) return (await verifyBundleDir(bundleOrDir, dirOptions)).report;
  await requireRegularFile(bundleOrDir, { what: 'the bundle' });
  const limits = resolveLimits(options.limits);
  const inspection = await inspectArchive(bundleOrDir, limits);
  const tmp = await makeScratchDir();
  try {
    await extractArchive(bundleOrDir, tmp, inspection.entries, limits);
    return (await verifyBundleDir(tmp, dirOptions)).report;
  } catch (e) {
    throw fsErrorOf(e, { path: tmp, action: 'extracting the bundle into a temp directory (TMPDIR)' }) ?? e;
  } finally {
    await rm(tmp, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 });
    releaseTemp(tmp);
  }
}

/**
 * A temp dir in TMPDIR named with this process's marker (registered for removal on signals);
 * stale ones of dead mlpack processes there are removed first. A missing or unusable TMPDIR is
 * `TMPDIR_UNUSABLE`, naming it.
 */
async function makeScratchDir(): Promise<string> {
  const base = tmpdir();
  const st = await stat(base).catch(() => undefined);
  if (!st?.isDirectory()) {
    throw new FsError('TMPDIR_UNUSABLE', `the temp directory ${base} does not exist or is not a directory`, {
      file: base,
      hint: 'set TMPDIR to an existing writable directory (verify extracts the bundle there)',
    });
  }
  await sweepStaleTemps(base);
  const tmp = join(base, tempName('mlpack-verify-bundle'));
  registerTemp(tmp);
  await mkdir(tmp, { mode: 0o700 }).catch((e: unknown) => {
    releaseTemp(tmp);
    const mapped = fsErrorOf(e, { path: base, action: 'creating a temp directory' });
    throw mapped
      ? new FsError('TMPDIR_UNUSABLE', mapped.detail, { file: base, hint: `set TMPDIR to an existing writable directory (${mapped.hint ?? ''})`, cause: e })
      : e;
  });
  return tmp;
}
