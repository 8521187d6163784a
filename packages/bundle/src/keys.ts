import { createPrivateKey, createPublicKey } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { requireRegularFile, sha256Bytes } from '@mlpack/core';
import { BundleError } from './bundle-error.js';
import { omsCurveOf } from './model-signature.js';

/** Largest key file read: a P-256 or ed25519 PEM is under 300 bytes; anything this big is not a key. */
const KEY_FILE_MAX_BYTES = 64 * 1024;

/** sha256 (hex) of a public key's SPKI DER bytes: the key's fingerprint recorded in signatures. */
export function publicKeySha256(key: KeyObject): string {
  return sha256Bytes(key.export({ type: 'spki', format: 'der' }));
}

/**
 * Read a signing key (PKCS#8 or SEC1 PEM): ECDSA P-256 (what `mlpack keygen` writes), P-384 or
 * P-521 — the curves OpenSSF Model Signing accepts. A legacy ed25519 key is refused with
 * `BUNDLE_KEY_LEGACY`: it could only make mlpack's own `mlpack.json.sig`, which no standard tool
 * verifies.
 */
export async function readPrivateKey(path: string): Promise<KeyObject> {
  const pem = await readKeyFile(path);
  let key: KeyObject;
  try {
    key = createPrivateKey(pem);
  } catch (cause) {
    throw new BundleError('BUNDLE_KEY_INVALID', 'not a PEM private key', { file: path, cause, hint: 'create one with `mlpack keygen -o <dir>`' });
  }
  if (key.asymmetricKeyType === 'ed25519') {
    throw new BundleError('BUNDLE_KEY_LEGACY', 'is an ed25519 key: mlpack now signs OpenSSF Model Signing (model.sig), which needs ECDSA', {
      file: path,
      hint: 'create a P-256 key pair with `mlpack keygen -o <dir>` and sign with it; bundles signed earlier with this key still verify with its .pub.pem',
      exitCode: 2,
    });
  }
  return requireSigningKey(key, path);
}

/**
 * Read a public key (SPKI PEM; a private key PEM is accepted and its public half used): ECDSA
 * P-256/384/521 for `model.sig`, or ed25519 to verify a legacy `mlpack.json.sig`.
 */
export async function readPublicKey(path: string): Promise<KeyObject> {
  const pem = await readKeyFile(path);
  let key: KeyObject;
  try {
    key = createPublicKey(pem);
  } catch (cause) {
    throw new BundleError('BUNDLE_KEY_INVALID', 'not a PEM public key', { file: path, cause, hint: 'pass the .pub.pem file written by `mlpack keygen`' });
  }
  return key.asymmetricKeyType === 'ed25519' ? key : requireSigningKey(key, path);
}

async function readKeyFile(path: string): Promise<string> {
  await requireRegularFile(path, { what: 'the key file' });
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (cause) {
    throw new BundleError('BUNDLE_KEY_INVALID', 'cannot read the key file', { file: path, cause });
  }
  if (bytes.length > KEY_FILE_MAX_BYTES) throw new BundleError('BUNDLE_KEY_INVALID', `key file has ${bytes.length} bytes; not a key`, { file: path });
  return bytes.toString('utf8');
}

function requireSigningKey(key: KeyObject, path: string): KeyObject {
  if (!omsCurveOf(key)) {
    const what =
      key.asymmetricKeyType === 'ec'
        ? `an EC key on ${key.asymmetricKeyDetails?.namedCurve ?? 'an unknown curve'}`
        : `a ${key.asymmetricKeyType ?? 'unknown'} key`;
    throw new BundleError('BUNDLE_KEY_INVALID', `${what}; signatures use ECDSA on P-256, P-384 or P-521`, {
      file: path,
      hint: 'create a P-256 key pair with `mlpack keygen -o <dir>`',
    });
  }
  return key;
}
