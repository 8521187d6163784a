import { createHash, createPublicKey, generateKeyPairSync, verify } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { bundleFromJSON } from '@sigstore/bundle';
import { Verifier, toSignedEntity, toTrustMaterial } from '@sigstore/verify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256Bytes } from '@mlpack/core';
import { convertModel } from '@mlpack/convert';
import { makeTempDir, removeTempDir, samplesRoot } from '@mlpack/test-utils';
import { bundleModel } from './bundle-model.js';
import { checkModelSignature } from './check-model-signature.js';
import { dssePae } from './dsse-pae.js';
import { keygenPair } from './keygen-pair.js';
import { readPrivateKey, readPublicKey } from './keys.js';
import { MODEL_SIGNATURE_MEDIA_TYPE, modelSigningStatement, publicKeyPemHint, signModel, subjectDigest } from './model-signature.js';
import type { SignedResource } from './model-signature.js';
import { unbundle } from './unbundle.js';

const hex = (s: string) => createHash('sha256').update(s).digest('hex');
const FILES: SignedResource[] = [
  { name: 'onnx/model.onnx', sha256: hex('model') },
  { name: 'config.json', sha256: hex('config') },
  { name: 'mlpack.json', sha256: hex('manifest') },
];

describe('DSSE PAE', () => {
  it('matches the DSSE v1 specification example', () => {
    expect(dssePae('http://example.com/HelloWorld', Buffer.from('hello world')).toString()).toBe('DSSEv1 29 http://example.com/HelloWorld 11 hello world');
    // lengths are byte counts, not characters
    expect(dssePae('t', Buffer.from('é')).toString()).toBe('DSSEv1 1 t 2 é');
  });
});

describe('OMS v1.0 statement, signature and check', () => {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const other = generateKeyPairSync('ec', { namedCurve: 'P-256' });

  it('sorts resources by name and digests their concatenated raw digests', () => {
    const s = modelSigningStatement('bert', FILES);
    expect(s.predicate.resources.map((r) => r.name)).toEqual(['config.json', 'mlpack.json', 'onnx/model.onnx']);
    const raw = Buffer.concat(['config', 'manifest', 'model'].map((x) => createHash('sha256').update(x).digest()));
    expect(s.subject).toEqual([{ name: 'bert', digest: { sha256: createHash('sha256').update(raw).digest('hex') } }]);
    expect(subjectDigest([])).toBe(createHash('sha256').digest('hex'));
    expect([s._type, s.predicateType, s.predicate.serialization.method]).toEqual([
      'https://in-toto.io/Statement/v1',
      'https://model_signing/signature/v1.0',
      'files',
    ]);
  });

  it('writes a Sigstore bundle whose DSSE signature verifies over the PAE with the public key', () => {
    const { bytes, summary } = signModel('bert', FILES, privateKey);
    const b = JSON.parse(Buffer.from(bytes).toString()) as {
      mediaType: string;
      verificationMaterial: { publicKey: { hint: string }; tlogEntries: unknown[] };
      dsseEnvelope: { payload: string; payloadType: string; signatures: { sig: string }[] };
    };
    expect(b.mediaType).toBe(MODEL_SIGNATURE_MEDIA_TYPE);
    expect(b.verificationMaterial).toEqual({ publicKey: { hint: hex(publicKey.export({ type: 'spki', format: 'pem' }) as string) }, tlogEntries: [] });
    const payload = Buffer.from(b.dsseEnvelope.payload, 'base64');
    expect(JSON.parse(payload.toString())).toEqual(modelSigningStatement('bert', FILES));
    const pae = Buffer.concat([Buffer.from(`DSSEv1 28 application/vnd.in-toto+json ${payload.length} `), payload]);
    expect(verify('sha256', pae, publicKey, Buffer.from(b.dsseEnvelope.signatures[0]!.sig, 'base64'))).toBe(true);
    expect(summary).toMatchObject({
      file: 'model.sig',
      format: 'oms-v1.0',
      algorithm: 'ecdsa-p256-sha256',
      digest: `sha256:${modelSigningStatement('bert', FILES).subject[0].digest.sha256}`,
    });
    expect(checkModelSignature(bytes, FILES, publicKey)).toMatchObject({ ok: true });
    // ECDSA nonces are random: another signing differs in the signature only, never in the payload
    const again = JSON.parse(Buffer.from(signModel('bert', FILES, privateKey).bytes).toString()) as typeof b;
    expect(again.dsseEnvelope.payload).toBe(b.dsseEnvelope.payload);
    expect(again.dsseEnvelope.signatures[0]!.sig).not.toBe(b.dsseEnvelope.signatures[0]!.sig);
  });

  it('fails for another key, a changed, missing or extra file, a flipped payload or signature byte', () => {
    const { bytes } = signModel('bert', FILES, privateKey);
    const reason = (sig: Uint8Array, files: SignedResource[] = FILES, key = publicKey) => {
      const r = checkModelSignature(sig, files, key);
      return r.ok ? 'ok' : r.reason;
    };
    expect(reason(bytes, FILES, other.publicKey)).toMatch(/signed by another key/);
    expect(reason(bytes, [{ ...FILES[0]!, sha256: hex('other') }, ...FILES.slice(1)])).toMatch(/onnx\/model.onnx changed after signing/);
    expect(reason(bytes, FILES.slice(1))).toMatch(/signs onnx\/model.onnx, which the bundle does not have/);
    expect(reason(bytes, [...FILES, { name: 'extra.bin', sha256: hex('x') }])).toMatch(/extra.bin is not covered/);
    const doc = JSON.parse(Buffer.from(bytes).toString()) as { dsseEnvelope: { payload: string; signatures: { sig: string }[] } };
    const flip = (b64: string, at: number) => {
      const b = Buffer.from(b64, 'base64');
      b[at]! ^= 1;
      return b.toString('base64');
    };
    const withPayload = { ...doc, dsseEnvelope: { ...doc.dsseEnvelope, payload: flip(doc.dsseEnvelope.payload, 40) } };
    expect(reason(Buffer.from(JSON.stringify(withPayload)))).toMatch(/does not verify/);
    const withSig = { ...doc, dsseEnvelope: { ...doc.dsseEnvelope, signatures: [{ sig: flip(doc.dsseEnvelope.signatures[0]!.sig, 10) }] } };
    expect(reason(Buffer.from(JSON.stringify(withSig)))).toMatch(/does not verify/);
    expect(reason(Buffer.from('{"mediaType":"x"}'))).toMatch(/mediaType "x"/);
    expect(reason(bytes, FILES, generateKeyPairSync('ed25519').publicKey)).toMatch(/OMS signatures are ECDSA/);
  });

  it('signs with P-384 and P-521 keys using the hash their curve calls for', () => {
    for (const [namedCurve, hash] of [
      ['P-384', 'sha384'],
      ['P-521', 'sha512'],
    ] as const) {
      const k = generateKeyPairSync('ec', { namedCurve });
      const { bytes, summary } = signModel('m', FILES, k.privateKey);
      expect(summary.algorithm).toBe(`ecdsa-${namedCurve.toLowerCase().replace('-', '')}-${hash}`);
      const env = (JSON.parse(Buffer.from(bytes).toString()) as { dsseEnvelope: { payload: string; signatures: { sig: string }[] } }).dsseEnvelope;
      const pae = dssePae('application/vnd.in-toto+json', Buffer.from(env.payload, 'base64'));
      expect(verify(hash, pae, k.publicKey, Buffer.from(env.signatures[0]!.sig, 'base64'))).toBe(true);
      expect(checkModelSignature(bytes, FILES, k.publicKey).ok).toBe(true);
    }
  });
});

describe('a real signed bundle verifies with an independent implementation (@sigstore/verify)', () => {
  let tmp: string;
  let unpacked: string;
  let sigText: string;
  let pubPem: string;

  beforeAll(async () => {
    tmp = await makeTempDir('mlpack-oms-');
    const converted = (await convertModel(join(samplesRoot, 'bert-seqcls'), { out: join(tmp, 'converted'), targets: ['onnx'] })).outDir;
    const keys = await keygenPair(join(tmp, 'keys'));
    await readPrivateKey(keys.privateKey);
    pubPem = await readFile(keys.publicKey, 'utf8');
    const bundle = await bundleModel(converted, {
      model: join(samplesRoot, 'bert-seqcls'),
      name: 'bert-seqcls',
      version: '1.0.0',
      out: join(tmp, 'b.tar.gz'),
      signKey: keys.privateKey,
    });
    expect(bundle.signature?.public_key_sha256).toBe(keys.publicKeySha256);
    unpacked = join(tmp, 'unpacked');
    const r = await unbundle(bundle.path, { out: unpacked, pubkey: keys.publicKey });
    expect(r.report.signature).toMatchObject({ present: true, checked: true, ok: true });
    sigText = await readFile(join(unpacked, 'model.sig'), 'utf8');
    expect(checkModelSignature(Buffer.from(sigText), await filesOf(unpacked), await readPublicKey(keys.publicKey)).ok).toBe(true);
  });
  afterAll(() => removeTempDir(tmp));

  /** Every file of the unpacked bundle but model.sig, hashed here (not by mlpack's bundle code). */
  async function filesOf(dir: string): Promise<SignedResource[]> {
    const out: SignedResource[] = [];
    for (const e of await readdir(dir, { recursive: true, withFileTypes: true })) {
      if (!e.isFile()) continue;
      const name = relative(dir, join(e.parentPath, e.name)).split(sep).join('/');
      if (name !== 'model.sig') out.push({ name, sha256: sha256Bytes(await readFile(join(dir, name))) });
    }
    return out;
  }

  /** Verify with @sigstore/verify in key mode: no transparency log, no timestamps, the key found by its hint. */
  function sigstoreVerify(json: unknown, keyPem: string): void {
    const bundle = bundleFromJSON(json);
    const key = createPublicKey(keyPem);
    const emptyRoot = {
      mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
      tlogs: [],
      certificateAuthorities: [],
      ctlogs: [],
      timestampAuthorities: [],
    };
    const trust = toTrustMaterial(emptyRoot, (hint: string) => {
      if (hint !== publicKeyPemHint(key)) throw new Error(`unknown key hint ${hint}`);
      return { publicKey: key, validFor: () => true };
    });
    new Verifier(trust, { tlogThreshold: 0, ctlogThreshold: 0, timestampThreshold: 0 }).verify(toSignedEntity(bundle));
  }

  it('verifies, and its statement lists exactly the unpacked files with their sha256', async () => {
    const json = JSON.parse(sigText) as { dsseEnvelope: { payload: string } };
    expect(() => sigstoreVerify(json, pubPem)).not.toThrow();
    const statement = JSON.parse(Buffer.from(json.dsseEnvelope.payload, 'base64').toString()) as {
      subject: { name: string; digest: { sha256: string } }[];
      predicate: { resources: { name: string; digest: string }[] };
    };
    const files = (await filesOf(unpacked)).sort((a, b) => (a.name < b.name ? -1 : 1));
    expect(statement.predicate.resources.map((r) => [r.name, r.digest])).toEqual(files.map((f) => [f.name, f.sha256]));
    expect(files.map((f) => f.name)).toContain('mlpack.json');
    expect(statement.subject[0]!.name).toBe('bert-seqcls');
  });

  it('fails for a flipped payload byte, a flipped signature byte, or another key', () => {
    const json = JSON.parse(sigText) as { dsseEnvelope: { payload: string; signatures: { sig: string }[] } };
    const flip = (b64: string, at: number) => {
      const b = Buffer.from(b64, 'base64');
      b[at]! ^= 0x01;
      return b.toString('base64');
    };
    const badPayload = { ...json, dsseEnvelope: { ...json.dsseEnvelope, payload: flip(json.dsseEnvelope.payload, 100) } };
    expect(() => sigstoreVerify(badPayload, pubPem)).toThrow(/signature/i);
    const badSig = { ...json, dsseEnvelope: { ...json.dsseEnvelope, signatures: [{ sig: flip(json.dsseEnvelope.signatures[0]!.sig, 20) }] } };
    expect(() => sigstoreVerify(badSig, pubPem)).toThrow();
    const otherPem = generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey.export({ type: 'spki', format: 'pem' }) as string;
    expect(() => sigstoreVerify(json, otherPem)).toThrow(/unknown key hint/);
  });
});
