import { createHash, createPublicKey, sign, verify } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import { parseJsonStrict } from '@mlpack/core';
import { publicKeySha256 } from './keys.js';

/** `algorithm` of mlpack.json.sig. */
export const SIGNATURE_ALGORITHM = 'ed25519';
/** Prefix of the `digest` field. */
const DIGEST_PREFIX = 'sha256:';
/** An ed25519 signature is 64 bytes. */
const ED25519_SIGNATURE_BYTES = 64;

/** mlpack.json.sig: an ed25519 signature over the sha256 digest of the exact mlpack.json bytes. */
export interface ManifestSignature {
  algorithm: 'ed25519';
  /** `sha256:<hex>` of mlpack.json. */
  digest: string;
  /** base64 of the 64-byte signature over the 32 raw digest bytes. */
  signature: string;
  /** sha256 (hex) of the signer's public key (SPKI DER). */
  public_key_sha256: string;
}

/** Sign mlpack.json's bytes. Ed25519 is deterministic: the same bytes and key give the same signature. */
export function signManifest(manifestBytes: Uint8Array, privateKey: KeyObject): ManifestSignature {
  const digest = createHash('sha256').update(manifestBytes).digest();
  return {
    algorithm: SIGNATURE_ALGORITHM,
    digest: `${DIGEST_PREFIX}${digest.toString('hex')}`,
    signature: sign(null, digest, privateKey).toString('base64'),
    public_key_sha256: publicKeySha256(createPublicKey(privateKey)),
  };
}

/** The bytes written as mlpack.json.sig. */
export function serializeSignature(sig: ManifestSignature): Uint8Array {
  return Buffer.from(`${JSON.stringify(sig, null, 2)}\n`, 'utf8');
}

export type SignatureCheck = { ok: true; public_key_sha256: string } | { ok: false; reason: string; public_key_sha256?: string };

/**
 * Check mlpack.json.sig against mlpack.json and a trusted public key: well-formed, made with that
 * key (fingerprint), over the digest of these exact bytes, and a valid ed25519 signature.
 */
export function checkSignature(manifestBytes: Uint8Array, sigBytes: Uint8Array, publicKey: KeyObject): SignatureCheck {
  const parsed = parseJsonStrict(sigBytes, { file: 'mlpack.json.sig', maxBytes: 64 * 1024 });
  if (!parsed.ok) return { ok: false, reason: `mlpack.json.sig is not valid JSON: ${parsed.error.detail}` };
  const s = parsed.value as Partial<Record<keyof ManifestSignature, unknown>>;
  if (typeof s !== 'object' || s === null || Array.isArray(s)) return { ok: false, reason: 'mlpack.json.sig is not a JSON object' };
  if (s.algorithm !== SIGNATURE_ALGORITHM) return { ok: false, reason: `unsupported algorithm ${JSON.stringify(s.algorithm)}` };
  const fingerprint = publicKeySha256(publicKey);
  const signer = typeof s.public_key_sha256 === 'string' ? s.public_key_sha256 : undefined;
  if (signer !== fingerprint) {
    return {
      ok: false,
      reason: `signed by key ${signer ?? '(none recorded)'}, not by the given key ${fingerprint}`,
      ...(signer ? { public_key_sha256: signer } : {}),
    };
  }
  const digest = createHash('sha256').update(manifestBytes).digest();
  if (s.digest !== `${DIGEST_PREFIX}${digest.toString('hex')}`) {
    return { ok: false, reason: 'mlpack.json changed after it was signed (its sha256 differs from the signed digest)', public_key_sha256: signer };
  }
  const raw = typeof s.signature === 'string' && /^[A-Za-z0-9+/]+={0,2}$/.test(s.signature) ? Buffer.from(s.signature, 'base64') : undefined;
  if (!raw || raw.length !== ED25519_SIGNATURE_BYTES) return { ok: false, reason: 'the signature is not 64 bytes of base64', public_key_sha256: signer };
  if (!verify(null, digest, publicKey, raw)) return { ok: false, reason: 'the ed25519 signature does not verify', public_key_sha256: signer };
  return { ok: true, public_key_sha256: fingerprint };
}
