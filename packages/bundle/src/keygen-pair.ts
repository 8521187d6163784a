import { generateKeyPairSync } from 'node:crypto';
import { open, rm, stat } from 'node:fs/promises';
import { makeDirs } from '@mlpack/core';
import { join } from 'node:path';
import { BundleError } from './bundle-error.js';
import { publicKeySha256 } from './keys.js';

/** File name of the private key `keygenPair` writes. */
export const PRIVATE_KEY_FILE = 'mlpack-p256.pem';
/** File name of the public key `keygenPair` writes. */
export const PUBLIC_KEY_FILE = 'mlpack-p256.pub.pem';
/** Private key: owner read/write only. */
const PRIVATE_KEY_MODE = 0o600;
const PUBLIC_KEY_MODE = 0o644;

export interface KeyPairFiles {
  privateKey: string;
  publicKey: string;
  /** Fingerprint recorded in signatures made with this key. */
  publicKeySha256: string;
}

/**
 * Create an ECDSA P-256 key pair in `dir` (created if needed) — the curve OpenSSF Model Signing and
 * Sigstore verifiers take by default: the private key as PKCS#8 PEM with mode 0600, the public key
 * as SPKI PEM. Refuses to overwrite either file (`BUNDLE_KEY_EXISTS`).
 */
export async function keygenPair(dir: string): Promise<KeyPairFiles> {
  const privatePath = join(dir, PRIVATE_KEY_FILE);
  const publicPath = join(dir, PUBLIC_KEY_FILE);
  for (const p of [privatePath, publicPath]) {
    if (await stat(p).catch(() => undefined)) {
      throw new BundleError('BUNDLE_KEY_EXISTS', 'a key file is already there', {
        file: p,
        hint: 'choose another directory; keys are never overwritten',
        exitCode: 2,
      });
    }
  }
  await makeDirs(dir);
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const written: string[] = [];
  try {
    await writeNew(privatePath, privateKey.export({ type: 'pkcs8', format: 'pem' }) as string, PRIVATE_KEY_MODE);
    written.push(privatePath);
    await writeNew(publicPath, publicKey.export({ type: 'spki', format: 'pem' }) as string, PUBLIC_KEY_MODE);
    written.push(publicPath);
  } catch (e) {
    for (const p of written) await rm(p, { force: true });
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new BundleError('BUNDLE_KEY_EXISTS', 'a key file appeared while writing', { file: dir, cause: e, exitCode: 2 });
    }
    throw e;
  }
  return { privateKey: privatePath, publicKey: publicPath, publicKeySha256: publicKeySha256(publicKey) };
}

/** Create `path` exclusively (fails if it exists) with `mode` from the start, so the key is never readable by others. */
async function writeNew(path: string, text: string, mode: number): Promise<void> {
  const handle = await open(path, 'wx', mode);
  try {
    await handle.writeFile(text);
    await handle.chmod(mode); // the umask may have narrowed or (with a lax umask) the mode must still be exact
  } finally {
    await handle.close();
  }
}
