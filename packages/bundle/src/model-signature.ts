import { createHash, createPublicKey, sign } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import { dssePae } from './dsse-pae.js';
import { MODEL_SIGNATURE_FILE } from './bundle-files.js';
import { publicKeySha256 } from './keys.js';

/**
 * OpenSSF Model Signing (OMS) v1.0 signatures, as the sigstore `model_signing` library writes them
 * in key mode: `model.sig` is a Sigstore bundle (JSON, media type v0.3) holding a DSSE envelope
 * whose payload is an in-toto Statement v1. The statement has one subject (the model name, with a
 * sha256 over the concatenated raw digests of every file) and the predicate
 * `https://model_signing/signature/v1.0`: how the files were serialized, and one resource
 * `{ name, algorithm, digest }` per file, sorted by name. The signature is ECDSA (DER) over DSSE's
 * PAE of the payload, with the hash the curve calls for (P-256 → SHA-256).
 */
export const MODEL_SIGNATURE_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json';
export const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
export const IN_TOTO_STATEMENT_TYPE = 'https://in-toto.io/Statement/v1';
export const MODEL_SIGNING_PREDICATE_TYPE = 'https://model_signing/signature/v1.0';

/** ECDSA curves OMS key mode accepts, with the hash each one signs with (node's curve names). */
export const OMS_CURVES: Readonly<Record<string, { curve: string; hash: 'sha256' | 'sha384' | 'sha512' }>> = {
  prime256v1: { curve: 'P-256', hash: 'sha256' },
  secp384r1: { curve: 'P-384', hash: 'sha384' },
  secp521r1: { curve: 'P-521', hash: 'sha512' },
};

/** One signed file: its path relative to the bundle root (forward slashes) and sha256 (hex). */
export interface SignedResource {
  name: string;
  sha256: string;
}

/** The in-toto statement signed for `modelName` over `resources` (sorted by name here). */
export interface ModelSigningStatement {
  _type: typeof IN_TOTO_STATEMENT_TYPE;
  subject: [{ name: string; digest: { sha256: string } }];
  predicateType: typeof MODEL_SIGNING_PREDICATE_TYPE;
  predicate: {
    serialization: { method: 'files'; hash_type: 'sha256'; allow_symlinks: false; ignore_paths: string[] };
    resources: Array<{ name: string; algorithm: 'sha256'; digest: string }>;
  };
}

/** What `mlpack bundle --sign` reports about the signature it wrote. */
export interface ModelSignatureSummary {
  /** Always `model.sig`. */
  file: string;
  /** `oms-v1.0`: OpenSSF Model Signing v1.0 (Sigstore bundle + DSSE + in-toto). */
  format: 'oms-v1.0';
  /** e.g. `ecdsa-p256-sha256`. */
  algorithm: string;
  /** `sha256:<hex>`: the statement subject's digest (over every file's digest, sorted by name). */
  digest: string;
  /** base64 of the DER ECDSA signature. */
  signature: string;
  /** sha256 (hex) of the signer's public key (SPKI DER), as `mlpack keygen` prints it. */
  public_key_sha256: string;
}

/** Resources sorted by name (code-unit order, as Python sorts str), with the subject digest. */
export function modelSigningStatement(modelName: string, resources: readonly SignedResource[]): ModelSigningStatement {
  const sorted = [...resources].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return {
    _type: IN_TOTO_STATEMENT_TYPE,
    subject: [{ name: modelName, digest: { sha256: subjectDigest(sorted.map((r) => r.sha256)) } }],
    predicateType: MODEL_SIGNING_PREDICATE_TYPE,
    predicate: {
      serialization: { method: 'files', hash_type: 'sha256', allow_symlinks: false, ignore_paths: [MODEL_SIGNATURE_FILE] },
      resources: sorted.map((r) => ({ name: r.name, algorithm: 'sha256', digest: r.sha256 })),
    },
  };
}

/** sha256 over the concatenated raw (32-byte) digests, in resource order. */
export function subjectDigest(hexDigests: readonly string[]): string {
  const h = createHash('sha256');
  for (const d of hexDigests) h.update(Buffer.from(d, 'hex'));
  return h.digest('hex');
}

/**
 * The key hint OMS records in the bundle's verification material: sha256 (hex) of the public key
 * as SPKI PEM text (which is what `model_signing` hashes; not the DER fingerprint mlpack prints).
 */
export function publicKeyPemHint(key: KeyObject): string {
  const pub = key.type === 'private' ? createPublicKey(key) : key;
  return createHash('sha256')
    .update(pub.export({ type: 'spki', format: 'pem' }) as string, 'utf8')
    .digest('hex');
}

/** The curve of an EC key OMS accepts, else undefined. */
export function omsCurveOf(key: KeyObject): (typeof OMS_CURVES)[string] | undefined {
  if (key.asymmetricKeyType !== 'ec') return undefined;
  const named = key.asymmetricKeyDetails?.namedCurve;
  return named === undefined ? undefined : OMS_CURVES[named];
}

/**
 * Sign `resources` (every file of the bundle but model.sig) as OMS v1.0 with an ECDSA private key.
 * ECDSA in node:crypto draws a random nonce (it does not offer RFC 6979 deterministic nonces), so
 * the signature bytes differ on every run; the signed payload itself is deterministic.
 */
export function signModel(
  modelName: string,
  resources: readonly SignedResource[],
  privateKey: KeyObject,
): { bytes: Uint8Array; summary: ModelSignatureSummary } {
  const curve = omsCurveOf(privateKey);
  if (!curve) throw new TypeError(`OMS signing needs an ECDSA P-256/384/521 key, not ${privateKey.asymmetricKeyType ?? 'unknown'}`);
  const statement = modelSigningStatement(modelName, resources);
  const payload = Buffer.from(JSON.stringify(statement), 'utf8');
  const signature = sign(curve.hash, dssePae(IN_TOTO_PAYLOAD_TYPE, payload), { key: privateKey, dsaEncoding: 'der' });
  const bundle = {
    mediaType: MODEL_SIGNATURE_MEDIA_TYPE,
    verificationMaterial: { publicKey: { hint: publicKeyPemHint(privateKey) }, tlogEntries: [] },
    dsseEnvelope: { payload: payload.toString('base64'), payloadType: IN_TOTO_PAYLOAD_TYPE, signatures: [{ sig: signature.toString('base64') }] },
  };
  return {
    bytes: Buffer.from(`${JSON.stringify(bundle, null, 2)}\n`, 'utf8'),
    summary: {
      file: MODEL_SIGNATURE_FILE,
      format: 'oms-v1.0',
      algorithm: `ecdsa-${curve.curve.toLowerCase().replace('-', '')}-${curve.hash}`,
      digest: `sha256:${statement.subject[0].digest.sha256}`,
      signature: signature.toString('base64'),
      public_key_sha256: publicKeySha256(createPublicKey(privateKey)),
    },
  };
}
