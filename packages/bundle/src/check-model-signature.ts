import { verify } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import { parseJsonStrict } from '@mlpack/core';
import { MODEL_SIGNATURE_FILE } from './bundle-files.js';
import { dssePae } from './dsse-pae.js';
import { publicKeySha256 } from './keys.js';
import type { SignatureCheck } from './manifest-signature.js';
import {
  IN_TOTO_PAYLOAD_TYPE,
  IN_TOTO_STATEMENT_TYPE,
  MODEL_SIGNATURE_MEDIA_TYPE,
  MODEL_SIGNING_PREDICATE_TYPE,
  omsCurveOf,
  publicKeyPemHint,
  subjectDigest,
} from './model-signature.js';
import type { SignedResource } from './model-signature.js';

/** Largest model.sig read: one resource line per file; 1 MiB holds thousands of files. */
export const MODEL_SIGNATURE_MAX_BYTES = 1024 * 1024;

const HEX64 = /^[0-9a-f]{64}$/;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * Check an OMS v1.0 `model.sig` against a trusted ECDSA public key and the files actually present
 * (`resources`: every file of the bundle but model.sig, with its sha256): a Sigstore bundle of
 * the v0.3 media type, a DSSE envelope of an in-toto payload with one signature that verifies over
 * the PAE with this key, a statement of the model_signing v1.0 predicate whose subject digest
 * matches its resources, and resources equal to the files — no file added, removed or changed.
 */
export function checkModelSignature(sigBytes: Uint8Array, resources: readonly SignedResource[], publicKey: KeyObject): SignatureCheck {
  const fingerprint = publicKeySha256(publicKey);
  const fail = (reason: string): SignatureCheck => ({ ok: false, reason: `${MODEL_SIGNATURE_FILE}: ${reason}` });
  const curve = omsCurveOf(publicKey);
  if (!curve) return fail(`the given key is ${publicKey.asymmetricKeyType ?? 'unknown'}; OMS signatures are ECDSA P-256/384/521`);
  if (sigBytes.length > MODEL_SIGNATURE_MAX_BYTES) return fail(`has ${sigBytes.length} bytes, above the ${MODEL_SIGNATURE_MAX_BYTES}-byte limit`);
  const parsed = parseJsonStrict(sigBytes, { file: MODEL_SIGNATURE_FILE, maxBytes: MODEL_SIGNATURE_MAX_BYTES });
  if (!parsed.ok) return fail(`not valid JSON: ${parsed.error.detail}`);
  const bundle = parsed.value as {
    mediaType?: unknown;
    verificationMaterial?: { publicKey?: { hint?: unknown } };
    dsseEnvelope?: { payload?: unknown; payloadType?: unknown; signatures?: unknown };
  };
  if (!isObject(bundle)) return fail('not a JSON object');
  if (bundle.mediaType !== MODEL_SIGNATURE_MEDIA_TYPE) return fail(`mediaType ${JSON.stringify(bundle.mediaType)} is not ${MODEL_SIGNATURE_MEDIA_TYPE}`);
  const hint =
    isObject(bundle.verificationMaterial) && isObject(bundle.verificationMaterial.publicKey) ? bundle.verificationMaterial.publicKey.hint : undefined;
  if (hint !== undefined && hint !== publicKeyPemHint(publicKey)) {
    return { ok: false, reason: `${MODEL_SIGNATURE_FILE}: signed by another key (hint ${JSON.stringify(hint)}), not by the given key ${fingerprint}` };
  }
  const env = bundle.dsseEnvelope;
  if (!isObject(env)) return fail('no dsseEnvelope (only DSSE model signatures are supported)');
  if (env.payloadType !== IN_TOTO_PAYLOAD_TYPE) return fail(`payloadType ${JSON.stringify(env.payloadType)} is not ${IN_TOTO_PAYLOAD_TYPE}`);
  if (!Array.isArray(env.signatures) || env.signatures.length !== 1) return fail('the envelope must hold exactly one signature');
  const sig = (env.signatures[0] as { sig?: unknown } | null)?.sig;
  if (typeof env.payload !== 'string' || !BASE64.test(env.payload) || typeof sig !== 'string' || !BASE64.test(sig))
    return fail('payload or signature is not base64');
  const payload = Buffer.from(env.payload, 'base64');
  if (!verify(curve.hash, dssePae(IN_TOTO_PAYLOAD_TYPE, payload), { key: publicKey, dsaEncoding: 'der' }, Buffer.from(sig, 'base64'))) {
    return fail(`the ECDSA signature does not verify with the given key ${fingerprint} (forged, or the payload changed)`);
  }

  // The signature is genuine: now the statement must describe exactly these files.
  const statement = parseJsonStrict(payload, { file: `${MODEL_SIGNATURE_FILE} payload`, maxBytes: MODEL_SIGNATURE_MAX_BYTES });
  if (!statement.ok) return fail(`the signed payload is not valid JSON: ${statement.error.detail}`);
  const s = statement.value as {
    _type?: unknown;
    subject?: unknown;
    predicateType?: unknown;
    predicate?: { serialization?: { method?: unknown; hash_type?: unknown }; resources?: unknown };
  };
  if (!isObject(s) || s._type !== IN_TOTO_STATEMENT_TYPE) return fail(`the payload is not an in-toto ${IN_TOTO_STATEMENT_TYPE}`);
  if (s.predicateType !== MODEL_SIGNING_PREDICATE_TYPE) return fail(`predicateType ${JSON.stringify(s.predicateType)} is not ${MODEL_SIGNING_PREDICATE_TYPE}`);
  if (!Array.isArray(s.subject) || s.subject.length !== 1) return fail('the statement must have exactly one subject');
  const subjectSha = (s.subject[0] as { digest?: { sha256?: unknown } } | null)?.digest?.sha256;
  const ser = isObject(s.predicate) ? s.predicate.serialization : undefined;
  if (!isObject(ser) || ser.method !== 'files' || ser.hash_type !== 'sha256') return fail('only the "files" serialization with sha256 is supported');
  const signed = isObject(s.predicate) ? s.predicate.resources : undefined;
  if (!Array.isArray(signed)) return fail('the predicate has no resources');
  const names: string[] = [];
  const digests = new Map<string, string>();
  for (const r of signed as Array<{ name?: unknown; algorithm?: unknown; digest?: unknown } | null>) {
    if (!isObject(r) || typeof r.name !== 'string' || r.algorithm !== 'sha256' || typeof r.digest !== 'string' || !HEX64.test(r.digest))
      return fail('a resource is not { name, algorithm: "sha256", digest: <64 hex> }');
    if (names.length > 0 && !(names[names.length - 1]! < r.name)) return fail('resources are not sorted by name without duplicates');
    names.push(r.name);
    digests.set(r.name, r.digest);
  }
  if (subjectSha !== subjectDigest(names.map((n) => digests.get(n)!))) return fail('the subject digest does not match the resources');

  const present = new Map(resources.map((r) => [r.name, r.sha256]));
  for (const [name, digest] of digests) {
    const actual = present.get(name);
    if (actual === undefined) return fail(`signs ${name}, which the bundle does not have`);
    if (actual !== digest) return fail(`${name} changed after signing (its sha256 differs from the signed digest)`);
  }
  const unsigned = [...present.keys()].filter((n) => !digests.has(n)).sort();
  if (unsigned.length > 0) return fail(`${unsigned[0]} is not covered by the signature`);
  return { ok: true, public_key_sha256: fingerprint };
}

function isObject(v: unknown): v is Record<string, unknown> & object {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
