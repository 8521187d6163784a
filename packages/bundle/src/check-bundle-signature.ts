import type { KeyObject } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { sha256Bytes } from '@mlpack/core';
import type { BundleManifest } from '@mlpack/schema';
import { MANIFEST_FILE, MODEL_SIGNATURE_FILE, SIGNATURE_FILE } from './bundle-files.js';
import type { BundleProblem } from './bundle-problem.js';
import { MODEL_SIGNATURE_MAX_BYTES, checkModelSignature } from './check-model-signature.js';
import { checkSignature } from './manifest-signature.js';

export interface BundleSignatureCheck {
  /** A signature file (model.sig or the legacy mlpack.json.sig) is present. */
  present: boolean;
  /** Valid (null when no key was given). */
  ok: boolean | null;
  public_key_sha256?: string;
  problem?: BundleProblem;
}

/**
 * The signature of an unbundled folder, checked when a key is given: an ECDSA key checks the
 * OpenSSF Model Signing `model.sig` over mlpack.json and every file it lists (their sha256 as the
 * manifest records them; the files themselves are checked against the manifest separately); an
 * ed25519 key checks a legacy (mlpack 0.1) `mlpack.json.sig`.
 */
export async function checkBundleSignature(
  dir: string,
  manifestBytes: Uint8Array,
  manifest: BundleManifest,
  publicKey: KeyObject | undefined,
): Promise<BundleSignatureCheck> {
  const isFile = async (name: string) => (await stat(join(dir, name)).catch(() => undefined))?.isFile() ?? false;
  const [hasModelSig, hasLegacySig] = [await isFile(MODEL_SIGNATURE_FILE), await isFile(SIGNATURE_FILE)];
  const present = hasModelSig || hasLegacySig;
  if (!publicKey) return { present, ok: null };
  const legacyKey = publicKey.asymmetricKeyType === 'ed25519';
  const wanted = legacyKey ? SIGNATURE_FILE : MODEL_SIGNATURE_FILE;
  if (!(legacyKey ? hasLegacySig : hasModelSig)) {
    const other = legacyKey ? hasModelSig : hasLegacySig;
    return {
      present,
      ok: false,
      problem: {
        code: 'BUNDLE_SIGNATURE_MISSING',
        file: wanted,
        message: other
          ? `the given ${legacyKey ? 'ed25519' : 'ECDSA'} key verifies ${wanted}, but the bundle is signed with ${legacyKey ? MODEL_SIGNATURE_FILE : SIGNATURE_FILE}`
          : 'a public key was given but the bundle is not signed',
        hint: other
          ? legacyKey
            ? 'pass the ECDSA public key (.pub.pem from `mlpack keygen`) that signed model.sig'
            : 'this bundle has a legacy ed25519 signature: pass its ed25519 public key, or re-sign the bundle with a P-256 key (`mlpack keygen`)'
          : 'sign it with `mlpack bundle --sign key.pem`',
      },
    };
  }
  const sigBytes = await readFile(join(dir, wanted));
  const check = legacyKey
    ? checkSignature(manifestBytes, sigBytes, publicKey)
    : sigBytes.length > MODEL_SIGNATURE_MAX_BYTES
      ? { ok: false as const, reason: `${MODEL_SIGNATURE_FILE} has ${sigBytes.length} bytes, above the ${MODEL_SIGNATURE_MAX_BYTES}-byte limit` }
      : checkModelSignature(
          sigBytes,
          [{ name: MANIFEST_FILE, sha256: sha256Bytes(manifestBytes) }, ...manifest.files.map((f) => ({ name: f.path, sha256: f.sha256 }))],
          publicKey,
        );
  return {
    present,
    ok: check.ok,
    ...(check.public_key_sha256 ? { public_key_sha256: check.public_key_sha256 } : {}),
    ...(check.ok ? {} : { problem: { code: 'BUNDLE_SIGNATURE_INVALID' as const, file: wanted, message: check.reason } }),
  };
}
