import { createPrivateKey, createPublicKey } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { requireRegularFile, sha256Bytes } from '@mlpack/core';
import { BundleError } from './bundle-error.js';

/** Largest key file read: an ed25519 PEM is about 120 bytes; anything this big is not a key. */
const KEY_FILE_MAX_BYTES = 64 * 1024;

/** sha256 (hex) of a public key's SPKI DER bytes: the key's fingerprint recorded in signatures. */
export function publicKeySha256(key: KeyObject): string {
  return sha256Bytes(key.export({ type: 'spki', format: 'der' }));
}

/** Read an ed25519 private key (PKCS#8 PEM). */
export async function readPrivateKey(path: string): Promise<KeyObject> {
  const pem = await readKeyFile(path);
  let key: KeyObject;
  try {
    key = createPrivateKey(pem);
  } catch (cause) {
    throw new BundleError('BUNDLE_KEY_INVALID', 'not a PEM private key', { file: path, cause, hint: 'create one with `mlpack keygen -o <dir>`' });
  }
  return requireEd25519(key, path);
}

/** Read an ed25519 public key (SPKI PEM; a private key PEM is accepted and its public half used). */
export async function readPublicKey(path: string): Promise<KeyObject> {
  const pem = await readKeyFile(path);
  let key: KeyObject;
  try {
    key = createPublicKey(pem);
  } catch (cause) {
    throw new BundleError('BUNDLE_KEY_INVALID', 'not a PEM public key', { file: path, cause, hint: 'pass the .pub.pem file written by `mlpack keygen`' });
  }
  return requireEd25519(key, path);
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

function requireEd25519(key: KeyObject, path: string): KeyObject {
  if (key.asymmetricKeyType !== 'ed25519') {
    throw new BundleError('BUNDLE_KEY_INVALID', `key type is ${key.asymmetricKeyType ?? 'unknown'}, mlpack signs with ed25519`, {
      file: path,
      hint: 'create an ed25519 key pair with `mlpack keygen -o <dir>`',
    });
  }
  return key;
}
