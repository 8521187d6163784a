import { generateKeyPairSync } from 'node:crypto';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sha256Bytes } from '@mlpack/core';
import { makeTempDir, removeTempDir } from '@mlpack/test-utils';
import { keygenPair, PRIVATE_KEY_FILE, PUBLIC_KEY_FILE } from './keygen-pair.js';
import { publicKeySha256, readPrivateKey, readPublicKey } from './keys.js';
import { checkSignature, serializeSignature, signManifest } from './manifest-signature.js';

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir('mlpack-keys-');
});
afterEach(async () => {
  await removeTempDir(dir);
});

const MANIFEST = Buffer.from('{\n  "kind": "bundle"\n}\n');

describe('keygenPair', () => {
  it('writes a 0600 private key and a public key, and never overwrites them', async () => {
    const keys = await keygenPair(join(dir, 'keys'));
    expect(keys.privateKey).toBe(join(dir, 'keys', PRIVATE_KEY_FILE));
    expect(keys.publicKey).toBe(join(dir, 'keys', PUBLIC_KEY_FILE));
    expect((await stat(keys.privateKey)).mode & 0o777).toBe(0o600);
    expect(await readFile(keys.privateKey, 'utf8')).toMatch(/^-----BEGIN PRIVATE KEY-----\n/);
    expect(await readFile(keys.publicKey, 'utf8')).toMatch(/^-----BEGIN PUBLIC KEY-----\n/);
    expect(keys.publicKeySha256).toMatch(/^[0-9a-f]{64}$/);
    // ECDSA P-256: the curve OpenSSF Model Signing and Sigstore verifiers take
    const pub = await readPublicKey(keys.publicKey);
    expect([pub.asymmetricKeyType, pub.asymmetricKeyDetails?.namedCurve]).toEqual(['ec', 'prime256v1']);
    const before = await readFile(keys.privateKey);
    await expect(keygenPair(join(dir, 'keys'))).rejects.toMatchObject({ code: 'BUNDLE_KEY_EXISTS' });
    expect(await readFile(keys.privateKey)).toEqual(before);
  });
});

/** A legacy (mlpack 0.1) ed25519 key pair, as `mlpack keygen` used to write. */
async function legacyKeys(sub: string) {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const publicPath = join(dir, `${sub}.pub.pem`);
  await writeFile(publicPath, publicKey.export({ type: 'spki', format: 'pem' }) as string);
  return { priv: privateKey, publicPath, publicKeySha256: publicKeySha256(publicKey) };
}

describe('legacy signManifest / checkSignature (ed25519 mlpack.json.sig: still verified, no longer written by bundle)', () => {
  it('signs the sha256 of the exact bytes, deterministically, and verifies with the public key', async () => {
    const keys = await legacyKeys('a');
    const priv = keys.priv;
    const pub = await readPublicKey(keys.publicPath);
    const sig = signManifest(MANIFEST, priv);
    expect(sig).toEqual({
      algorithm: 'ed25519',
      digest: `sha256:${sha256Bytes(MANIFEST)}`,
      signature: expect.stringMatching(/^[A-Za-z0-9+/]{86}==$/),
      public_key_sha256: keys.publicKeySha256,
    });
    expect(signManifest(MANIFEST, priv)).toEqual(sig);
    expect(checkSignature(MANIFEST, serializeSignature(sig), pub)).toEqual({ ok: true, public_key_sha256: keys.publicKeySha256 });
  });

  it('fails for a changed manifest, another key, a forged signature, garbage', async () => {
    const keys = await legacyKeys('a');
    const other = await legacyKeys('b');
    const sig = signManifest(MANIFEST, keys.priv);
    const pub = await readPublicKey(keys.publicPath);
    const tampered = Buffer.from(MANIFEST.toString().replace('bundle', 'bundlE'));
    expect(checkSignature(tampered, serializeSignature(sig), pub)).toMatchObject({ ok: false, reason: expect.stringMatching(/changed after it was signed/) });
    expect(checkSignature(MANIFEST, serializeSignature(sig), await readPublicKey(other.publicPath))).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/not by the given key/),
    });
    // a signature recomputed over the tampered digest without the key: the digest matches, the signature does not
    const forged = { ...sig, digest: `sha256:${sha256Bytes(tampered)}` };
    expect(checkSignature(tampered, serializeSignature(forged), pub)).toMatchObject({ ok: false, reason: 'the ed25519 signature does not verify' });
    const flipped = Buffer.from(sig.signature, 'base64');
    flipped[0]! ^= 1;
    expect(checkSignature(MANIFEST, serializeSignature({ ...sig, signature: flipped.toString('base64') }), pub)).toMatchObject({
      ok: false,
      reason: 'the ed25519 signature does not verify',
    });
    expect(checkSignature(MANIFEST, Buffer.from('not json'), pub)).toMatchObject({ ok: false });
    expect(checkSignature(MANIFEST, serializeSignature({ ...sig, algorithm: 'rsa' as 'ed25519' }), pub)).toMatchObject({
      ok: false,
      reason: 'unsupported algorithm "rsa"',
    });
  });

  it('signing keys: ECDSA P-256/384/521 accepted; ed25519 refused as legacy; other keys invalid; ed25519 public keys still read', async () => {
    for (const namedCurve of ['P-256', 'P-384', 'P-521']) {
      const ec = generateKeyPairSync('ec', { namedCurve });
      await writeFile(join(dir, `${namedCurve}.pem`), ec.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string);
      expect((await readPrivateKey(join(dir, `${namedCurve}.pem`))).asymmetricKeyType).toBe('ec');
    }
    const k1 = generateKeyPairSync('ec', { namedCurve: 'secp256k1' });
    await writeFile(join(dir, 'k1.pem'), k1.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string);
    await expect(readPrivateKey(join(dir, 'k1.pem'))).rejects.toMatchObject({ code: 'BUNDLE_KEY_INVALID', message: expect.stringMatching(/secp256k1/) });
    const ed = generateKeyPairSync('ed25519');
    await writeFile(join(dir, 'ed.pem'), ed.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string);
    await expect(readPrivateKey(join(dir, 'ed.pem'))).rejects.toMatchObject({ code: 'BUNDLE_KEY_LEGACY', exitCode: 2 });
    expect((await readPublicKey(join(dir, 'ed.pem'))).asymmetricKeyType).toBe('ed25519');
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 });
    await writeFile(join(dir, 'rsa.pem'), rsa.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string);
    await expect(readPrivateKey(join(dir, 'rsa.pem'))).rejects.toMatchObject({ code: 'BUNDLE_KEY_INVALID' });
    await expect(readPublicKey(join(dir, 'rsa.pem'))).rejects.toMatchObject({ code: 'BUNDLE_KEY_INVALID' });
    await writeFile(join(dir, 'junk.pem'), 'hello');
    await expect(readPublicKey(join(dir, 'junk.pem'))).rejects.toMatchObject({ code: 'BUNDLE_KEY_INVALID' });
  });
});
