import { generateKeyPairSync } from 'node:crypto';
import { cp, mkdir, readFile, readdir, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256Bytes } from '@mlpack/core';
import { convertModel } from '@mlpack/convert';
import { makeTempDir, removeTempDir, samplesRoot } from '@mlpack/test-utils';
import { DEFAULT_PAIRS, DEFAULT_TEXTS } from '@mlpack/verify';
import { breakPooler } from './__fixtures__/broken-conversion.js';
import { handMadeTarGz } from './__fixtures__/hand-made-archive.js';
import { listArchive } from './__fixtures__/list-archive.js';
import { bundleModel } from './bundle-model.js';
import type { BundleOptions } from './bundle-model.js';
import { keygenPair } from './keygen-pair.js';
import { serializeSignature, signManifest } from './manifest-signature.js';
import type { KeyPairFiles } from './keygen-pair.js';
import { unbundle } from './unbundle.js';
import { verifyBundle } from './verify-bundle.js';

/** The repository's tiny generated BertForSequenceClassification (labels negative/positive, vocab 487). */
const MODEL = join(samplesRoot, 'bert-seqcls');
/** Files of the converted folder that belong in a transformers.js bundle (the sample has a tokenizer). */
const TRANSFORMERS_JS_FILES = ['config.json', 'onnx/model.onnx', 'special_tokens_map.json', 'tokenizer.json', 'tokenizer_config.json', 'vocab.txt'];

let tmp: string;
let converted: string;
let keys: KeyPairFiles;
let otherKeys: KeyPairFiles;
let n = 0;
const fresh = (name: string): string => join(tmp, `${n++}-${name}`);
const opts = (extra: Partial<BundleOptions> = {}): BundleOptions => ({ model: MODEL, name: 'tiny-seqcls', version: '1.0.0', out: fresh('b.tar.gz'), ...extra });

beforeAll(async () => {
  tmp = await makeTempDir('mlpack-bundle-');
  // one real conversion shared by the tests; tests that alter a converted folder copy it first
  converted = (await convertModel(MODEL, { out: join(tmp, 'converted'), targets: ['onnx'] })).outDir;
  keys = await keygenPair(join(tmp, 'keys'));
  otherKeys = await keygenPair(join(tmp, 'other-keys'));
});
afterAll(async () => {
  if (tmp) await removeTempDir(tmp);
});

describe('bundleModel → verifyBundle / unbundle (tiny BERT classifier converted by convertModel)', () => {
  it('writes a deterministic transformers.js bundle: same bytes twice, fixed headers, mlpack.json first', async () => {
    const a = await bundleModel(converted, opts());
    const b = await bundleModel(converted, opts());
    expect(a.sha256).toBe(b.sha256);
    expect(await readFile(b.path)).toEqual(await readFile(a.path));
    expect(sha256Bytes(await readFile(a.path))).toBe(a.sha256);
    expect([...(await readFile(a.path)).subarray(0, 10)]).toEqual([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 2, 0xff]);
    const entries = await listArchive(a.path);
    expect(entries.map((e) => e.path)).toEqual([
      'mlpack.json',
      'config.json',
      'onnx/',
      'onnx/model.onnx',
      'special_tokens_map.json',
      'tokenizer.json',
      'tokenizer_config.json',
      'vocab.txt',
    ]);
    for (const e of entries) {
      expect([e.mode, e.uid, e.gid, e.uname, e.gname, e.mtime]).toEqual([e.type === 'Directory' ? 0o755 : 0o644, 0, 0, '', '', 0]);
    }
    // the manifest: kind bundle, identity, the archive's files with their hashes, goldens, io schema
    const m = a.manifest;
    expect([m.kind, m.name, m.version, m.layout, m.task]).toEqual(['bundle', 'tiny-seqcls', '1.0.0', 'transformers.js', 'text-classification']);
    expect(m.files.map((f) => f.path)).toEqual(TRANSFORMERS_JS_FILES);
    const onnxBytes = await readFile(join(converted, 'onnx', 'model.onnx'));
    expect(m.files[1]).toEqual({ path: 'onnx/model.onnx', size: onnxBytes.length, sha256: sha256Bytes(onnxBytes) });
    expect(m.targets).toEqual([{ format: 'onnx', graph: 'model', path: 'onnx/model.onnx', opset: 17, ir_version: 8, dtype: 'fp32' }]);
    expect(m.source.files.map((f) => f.path)).toEqual([
      'config.json',
      'model.safetensors',
      'special_tokens_map.json',
      'tokenizer.json',
      'tokenizer_config.json',
      'vocab.txt',
    ]);
    expect(m.labels).toEqual({ 0: 'negative', 1: 'positive' });
    const g = m.goldens!;
    expect(Object.keys(g.inputs)).toEqual(['attention_mask', 'input_ids', 'token_type_ids']);
    // verify's built-in texts, plus its sentence pair (the model takes token_type_ids): segment 1 is exercised
    const rows = DEFAULT_TEXTS.length + DEFAULT_PAIRS.length;
    expect(g.inputs.input_ids!.dims[0]).toBe(rows);
    expect(g.outputs.logits!.dims).toEqual([rows, 2]);
    expect(Array.from(g.inputs.token_type_ids!.data as ArrayLike<number | bigint>, Number)).toContain(1);
    expect(g.source).toMatch(/on built-in texts and sentence pairs$/);
    expect([g.atol, g.rtol]).toEqual([1e-4, 1e-3]);
    const req = m.io_schema!.request as { required: string[]; properties: Record<string, any> };
    expect(req.required).toEqual(['input_ids', 'attention_mask', 'token_type_ids']);
    expect(req.properties.input_ids.items.items.maximum).toBe(486);
    expect((m.io_schema!.response as { properties: Record<string, any> }).properties.logits.items).toEqual({
      type: 'array',
      minItems: 2,
      maxItems: 2,
      items: { type: 'number' },
    });
    // parity with the reference was proven on the golden inputs
    expect(a.parity.map((c) => [c.output, c.ok])).toEqual([['logits', true]]);
    expect(a.parity[0]!.max_abs as number).toBeLessThan(1e-5);
    // the embedded golden outputs are the reference's (float32): the ONNX model reproduces them
    const report = await verifyBundle(a.path);
    expect(report).toMatchObject({
      ok: true,
      name: 'tiny-seqcls',
      version: '1.0.0',
      files: { listed: 6, ok: true },
      signature: { present: false, checked: false, ok: null },
      errors: [],
    });
    expect(Object.keys(report)).toEqual(['ok', 'bundle', 'name', 'version', 'layout', 'task', 'files', 'signature', 'goldens', 'errors']);
    expect(report.goldens.checked).toBe(true);
    expect(report.goldens.comparisons.map((c) => [c.output, c.shape, c.ok])).toEqual([['logits', [rows, 2], true]]);
    expect(report.goldens.comparisons[0]!.max_abs as number).toBeLessThan(1e-5);
  });

  it('SOURCE_DATE_EPOCH changes every mtime, deterministically', async () => {
    const epoch = 1_700_000_000;
    const zero = await bundleModel(converted, opts());
    const a = await bundleModel(converted, opts({ sourceDateEpoch: epoch }));
    const b = await bundleModel(converted, opts({ sourceDateEpoch: epoch }));
    expect(a.sha256).toBe(b.sha256);
    expect(a.sha256).not.toBe(zero.sha256);
    expect(new Set((await listArchive(a.path)).map((e) => e.mtime))).toEqual(new Set([epoch]));
    await expect(bundleModel(converted, opts({ sourceDateEpoch: 1.5 }))).rejects.toMatchObject({ code: 'BUNDLE_BAD_OPTION' });
  });

  it('writes <name>-<version>.tar.gz in the current directory by default, and refuses to overwrite it', async () => {
    const cwd = process.cwd();
    const here = fresh('cwd');
    await mkdir(here);
    process.chdir(here);
    try {
      const r = await bundleModel(converted, { model: MODEL, name: 'tiny-seqcls', version: '2.0.0-rc.1' });
      expect(r.path).toBe(join(here, 'tiny-seqcls-2.0.0-rc.1.tar.gz'));
      expect(await readdir(here)).toEqual(['tiny-seqcls-2.0.0-rc.1.tar.gz']);
      await expect(bundleModel(converted, { model: MODEL, name: 'tiny-seqcls', version: '2.0.0-rc.1' })).rejects.toMatchObject({
        code: 'BUNDLE_OUTPUT_EXISTS',
        exitCode: 2,
      });
      await bundleModel(converted, { model: MODEL, name: 'tiny-seqcls', version: '2.0.0-rc.1', force: true });
      expect(await readdir(here)).toEqual(['tiny-seqcls-2.0.0-rc.1.tar.gz']);
    } finally {
      process.chdir(cwd);
    }
  });

  it('unbundles to the transformers.js folder; a flipped byte or an extra file fails verification, naming the file', async () => {
    const b = await bundleModel(converted, opts());
    const out = fresh('unbundled');
    const r = await unbundle(b.path, { out });
    expect(r.report.ok).toBe(true);
    expect((await readdir(out)).sort()).toEqual([
      'config.json',
      'mlpack.json',
      'onnx',
      'special_tokens_map.json',
      'tokenizer.json',
      'tokenizer_config.json',
      'vocab.txt',
    ]);
    expect((await verifyBundle(out)).ok).toBe(true);

    const onnxPath = join(out, 'onnx', 'model.onnx');
    const original = await readFile(onnxPath);
    const flipped = Buffer.from(original);
    flipped[Math.floor(flipped.length / 2)]! ^= 0x01;
    await writeFile(onnxPath, flipped);
    const bad = await verifyBundle(out);
    expect(bad.ok).toBe(false);
    expect(bad.errors.map((e) => [e.code, e.file])).toEqual([['BUNDLE_FILE_MODIFIED', 'onnx/model.onnx']]);
    expect(bad.goldens.checked).toBe(false);
    await writeFile(onnxPath, original);

    await writeFile(join(out, 'notes.txt'), 'extra');
    const extra = await verifyBundle(out);
    expect(extra.errors.map((e) => [e.code, e.file])).toEqual([['BUNDLE_FILE_UNLISTED', 'notes.txt']]);
    await rm(join(out, 'notes.txt'));
    await rm(join(out, 'vocab.txt'));
    expect((await verifyBundle(out)).errors.map((e) => [e.code, e.file])).toEqual([['BUNDLE_FILE_MISSING', 'vocab.txt']]);
  });

  it('a re-packed archive with one flipped byte: unbundle refuses before writing, verify names the file', async () => {
    const b = await bundleModel(converted, opts());
    const out = fresh('unbundled');
    await unbundle(b.path, { out });
    const files = ['mlpack.json', ...TRANSFORMERS_JS_FILES];
    const bodies = await Promise.all(files.map((f) => readFile(join(out, ...f.split('/')))));
    const tok = files.indexOf('tokenizer.json');
    bodies[tok]![100]! ^= 0x20;
    const tampered = fresh('tampered.tar.gz');
    await writeFile(tampered, handMadeTarGz(files.map((path, i) => ({ path, body: bodies[i]! }))));
    const target = fresh('never');
    await expect(unbundle(tampered, { out: target })).rejects.toMatchObject({ code: 'BUNDLE_FILE_MODIFIED', file: 'tokenizer.json' });
    await expect(stat(target)).rejects.toMatchObject({ code: 'ENOENT' });
    const report = await verifyBundle(tampered);
    expect(report.errors.map((e) => [e.code, e.file])).toEqual([['BUNDLE_FILE_MODIFIED', 'tokenizer.json']]);
  });

  it('a bundle whose golden outputs were edited fails verification naming the output', async () => {
    const b = await bundleModel(converted, opts());
    const out = fresh('unbundled');
    await unbundle(b.path, { out });
    const m = JSON.parse(await readFile(join(out, 'mlpack.json'), 'utf8'));
    m.goldens.outputs.logits.data[3] += 0.01;
    await writeFile(join(out, 'mlpack.json'), `${JSON.stringify(m, null, 2)}\n`);
    const report = await verifyBundle(out);
    expect(report.ok).toBe(false);
    expect(report.files.ok).toBe(true);
    expect(report.errors.map((e) => [e.code, e.tensor])).toEqual([['BUNDLE_GOLDEN_MISMATCH', 'logits']]);
    expect(report.errors[0]!.message).toMatch(/first at \[1, 1\]/);
    expect(report.goldens.comparisons[0]).toMatchObject({ output: 'logits', ok: false, first_bad: { index: [1, 1] } });
  });

  it('signs as OpenSSF Model Signing (model.sig): valid with the right key, invalid with another key or a tampered manifest, missing without --sign', async () => {
    const signed = await bundleModel(converted, opts({ signKey: keys.privateKey }));
    const again = await bundleModel(converted, opts({ signKey: keys.privateKey }));
    expect((await listArchive(signed.path)).map((e) => e.path).slice(0, 2)).toEqual(['mlpack.json', 'model.sig']);
    expect(signed.signature).toMatchObject({ file: 'model.sig', format: 'oms-v1.0', algorithm: 'ecdsa-p256-sha256', public_key_sha256: keys.publicKeySha256 });
    // ECDSA signatures are randomized: two signings differ in model.sig only; every other entry is identical
    expect(again.signature!.signature).not.toBe(signed.signature!.signature);
    expect(again.signature!.digest).toBe(signed.signature!.digest);
    const [a, b] = [await unbundle(signed.path, { out: fresh('a') }), await unbundle(again.path, { out: fresh('b') })];
    for (const f of ['mlpack.json', ...TRANSFORMERS_JS_FILES]) expect(await readFile(join(b.out, f)), f).toEqual(await readFile(join(a.out, f)));
    const unsignedBytes = await readFile((await bundleModel(converted, opts())).path);
    expect(sha256Bytes(unsignedBytes)).toBe((await bundleModel(converted, opts())).sha256); // the unsigned archive stays byte-reproducible

    const ok = await verifyBundle(signed.path, { pubkey: keys.publicKey, inference: false });
    expect(ok).toMatchObject({ ok: true, signature: { present: true, checked: true, ok: true, public_key_sha256: keys.publicKeySha256 } });

    const wrong = await verifyBundle(signed.path, { pubkey: otherKeys.publicKey, inference: false });
    expect(wrong.ok).toBe(false);
    expect(wrong.errors.map((e) => [e.code, e.file])).toEqual([['BUNDLE_SIGNATURE_INVALID', 'model.sig']]);
    expect(wrong.errors[0]!.message).toMatch(/signed by another key/);
    expect(wrong.signature).toMatchObject({ checked: true, ok: false });
    const target = fresh('never');
    await expect(unbundle(signed.path, { out: target, pubkey: otherKeys.publicKey })).rejects.toMatchObject({ code: 'BUNDLE_SIGNATURE_INVALID' });
    await expect(stat(target)).rejects.toMatchObject({ code: 'ENOENT' });

    const out = fresh('unbundled');
    await unbundle(signed.path, { out, pubkey: keys.publicKey });
    const text = await readFile(join(out, 'mlpack.json'), 'utf8');
    await writeFile(join(out, 'mlpack.json'), text.replace('"version": "1.0.0"', '"version": "1.0.1"'));
    const tampered = await verifyBundle(out, { pubkey: keys.publicKey, inference: false });
    expect(tampered.errors).toEqual([
      expect.objectContaining({ code: 'BUNDLE_SIGNATURE_INVALID', message: expect.stringMatching(/mlpack.json changed after signing/) }),
    ]);
    // without a key the tampering is not detectable by signature (files still match)
    expect((await verifyBundle(out, { inference: false })).ok).toBe(true);

    const unsigned = await bundleModel(converted, opts());
    const missing = await verifyBundle(unsigned.path, { pubkey: keys.publicKey, inference: false });
    expect(missing.errors.map((e) => e.code)).toEqual(['BUNDLE_SIGNATURE_MISSING']);
  });

  it('legacy ed25519 bundles (mlpack.json.sig) still verify with their ed25519 key; ed25519 keys no longer sign', async () => {
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    const edPub = fresh('ed.pub.pem');
    const edPriv = fresh('ed.pem');
    await writeFile(edPub, publicKey.export({ type: 'spki', format: 'pem' }) as string);
    await writeFile(edPriv, privateKey.export({ type: 'pkcs8', format: 'pem' }) as string);
    await expect(bundleModel(converted, opts({ signKey: edPriv }))).rejects.toMatchObject({ code: 'BUNDLE_KEY_LEGACY' });
    // a 0.1-style signed bundle: the unbundled folder plus mlpack.json.sig over its manifest
    const out = (await unbundle((await bundleModel(converted, opts())).path, { out: fresh('legacy') })).out;
    await writeFile(join(out, 'mlpack.json.sig'), serializeSignature(signManifest(await readFile(join(out, 'mlpack.json')), privateKey)));
    expect(await verifyBundle(out, { pubkey: edPub, inference: false })).toMatchObject({ ok: true, signature: { present: true, checked: true, ok: true } });
    const withEcKey = await verifyBundle(out, { pubkey: keys.publicKey, inference: false });
    expect(withEcKey.errors).toEqual([
      expect.objectContaining({ code: 'BUNDLE_SIGNATURE_MISSING', file: 'model.sig', hint: expect.stringMatching(/legacy ed25519 signature/) }),
    ]);
  });

  it('triton layout with external data: model repository entry, config.pbtxt, goldens re-run green', async () => {
    const conv = (await convertModel(MODEL, { out: fresh('converted-ext'), targets: ['onnx'], externalData: true })).outDir;
    const r = await bundleModel(conv, opts({ layout: 'triton', tritonVersion: 3, maxBatchSize: 4 }));
    expect((await listArchive(r.path)).map((e) => e.path)).toEqual([
      'mlpack.json',
      'tiny-seqcls/',
      'tiny-seqcls/3/',
      'tiny-seqcls/3/model.onnx/',
      'tiny-seqcls/3/model.onnx/model.onnx',
      'tiny-seqcls/3/model.onnx/model.onnx_data',
      'tiny-seqcls/config.pbtxt',
    ]);
    expect(r.manifest.layout).toBe('triton');
    expect(r.manifest.targets).toEqual([
      { format: 'onnx', opset: 17, ir_version: 8, path: 'tiny-seqcls/3/model.onnx/model.onnx', external_data: 'tiny-seqcls/3/model.onnx/model.onnx_data' },
    ]);
    const out = fresh('triton');
    await unbundle(r.path, { out, inference: true });
    const pbtxt = await readFile(join(out, 'tiny-seqcls', 'config.pbtxt'), 'utf8');
    expect(pbtxt.split('\n').slice(0, 3)).toEqual(['name: "tiny-seqcls"', 'platform: "onnxruntime_onnx"', 'max_batch_size: 4']);
    expect(pbtxt.match(/name: "(\w+)"\n {4}data_type: (\w+)\n {4}dims: \[ ([-\d, ]+) \]/g)).toEqual([
      'name: "input_ids"\n    data_type: TYPE_INT64\n    dims: [ -1 ]',
      'name: "attention_mask"\n    data_type: TYPE_INT64\n    dims: [ -1 ]',
      'name: "token_type_ids"\n    data_type: TYPE_INT64\n    dims: [ -1 ]',
      'name: "logits"\n    data_type: TYPE_FP32\n    dims: [ 2 ]',
    ]);
    const external = await readFile(join(conv, 'onnx', 'model.onnx_data'));
    expect(await readFile(join(out, 'tiny-seqcls', '3', 'model.onnx', 'model.onnx_data'))).toEqual(external);
    const report = await verifyBundle(r.path);
    expect(report.ok).toBe(true);
    expect(report.goldens.comparisons.map((c) => [c.output, c.ok])).toEqual([['logits', true]]);
    // the same goldens as the transformers.js bundle of the same conversion (same inputs, same reference)
    expect(r.manifest.goldens).toEqual((await bundleModel(converted, opts())).manifest.goldens);
  });

  it('refuses to bundle a conversion that misses the reference, naming the output', async () => {
    const conv = fresh('converted-broken');
    await cp(converted, conv, { recursive: true });
    await breakPooler(conv, MODEL, 3);
    const out = fresh('broken.tar.gz');
    await expect(bundleModel(conv, opts({ out }))).rejects.toMatchObject({
      code: 'BUNDLE_PARITY_FAILED',
      tensor: 'logits',
      message: expect.stringMatching(/output "logits" misses the reference/),
    });
    await expect(stat(out)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('refuses a model folder that is not the conversion source', async () => {
    const model = fresh('model');
    await cp(MODEL, model, { recursive: true });
    expect((await bundleModel(converted, opts({ model }))).manifest.name).toBe('tiny-seqcls');
    await writeFile(join(model, 'special_tokens_map.json'), `${await readFile(join(model, 'special_tokens_map.json'), 'utf8')} `);
    await expect(bundleModel(converted, opts({ model }))).rejects.toMatchObject({
      code: 'BUNDLE_SOURCE_MISMATCH',
      file: join(model, 'special_tokens_map.json'),
    });
    await cp(join(MODEL, 'special_tokens_map.json'), join(model, 'special_tokens_map.json'));
    await writeFile(join(model, 'generation_config.json'), '{}\n');
    await expect(bundleModel(converted, opts({ model }))).rejects.toMatchObject({
      code: 'BUNDLE_SOURCE_MISMATCH',
      file: join(model, 'generation_config.json'),
    });
  });

  it('refuses a converted folder that no longer matches its manifest', async () => {
    const conv = fresh('converted-copy');
    await cp(converted, conv, { recursive: true });
    await writeFile(join(conv, 'README.md'), 'extra');
    await expect(bundleModel(conv, opts())).rejects.toMatchObject({ code: 'BUNDLE_FILE_UNLISTED', file: join(conv, 'README.md') });
    await rm(join(conv, 'README.md'));
    await symlink(join(conv, 'config.json'), join(conv, 'link.json'));
    await expect(bundleModel(conv, opts())).rejects.toMatchObject({ code: 'BUNDLE_SYMLINK', file: join(conv, 'link.json') });
    await rm(join(conv, 'link.json'));
    await writeFile(join(conv, 'vocab.txt'), `${await readFile(join(conv, 'vocab.txt'), 'utf8')}x`);
    await expect(bundleModel(conv, opts())).rejects.toMatchObject({ code: 'BUNDLE_FILE_MODIFIED', file: join(conv, 'vocab.txt') });
  });

  it.each([
    [{ name: 'Tiny' }, 'BUNDLE_BAD_NAME'],
    [{ name: '-tiny' }, 'BUNDLE_BAD_NAME'],
    [{ version: 'v1.0.0' }, 'BUNDLE_BAD_VERSION'],
    [{ version: '1.0' }, 'BUNDLE_BAD_VERSION'],
    [{ layout: 'onnx' as 'triton' }, 'BUNDLE_BAD_OPTION'],
    [{ layout: 'triton' as const, tritonVersion: 0 }, 'BUNDLE_BAD_OPTION'],
    [{ atol: -1 }, 'BUNDLE_BAD_OPTION'],
    [{ layout: 'triton' as const, maxBatchSize: 2.5 }, 'BUNDLE_BAD_OPTION'],
    [{ maxBatchSize: 4 }, 'BUNDLE_BAD_OPTION'],
    [{ tritonVersion: 2 }, 'BUNDLE_BAD_OPTION'],
  ])('refuses options %j with %s (usage error)', async (bad, code) => {
    await expect(bundleModel(converted, opts(bad))).rejects.toMatchObject({ code, exitCode: 2 });
  });
});
