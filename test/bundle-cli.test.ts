import { createHash } from 'node:crypto';
import { cp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, removeTempDir, samplesRoot } from '@mlpack/test-utils';
import { DEFAULT_PAIRS, DEFAULT_TEXTS } from '@mlpack/verify';
import { jsonOf, runCli } from './helpers/cli.js';

/**
 * `mlpack bundle` / `verify <bundle>` / `unbundle` / `keygen` end to end through the built CLI, on
 * a real conversion of the bert-seqcls sample, and transformers.js as the deployed client.
 */
const model = join(samplesRoot, 'bert-seqcls');
let tmp: string;
let converted: string;

interface BundleJson {
  ok: boolean;
  path: string;
  sha256: string;
  files: { path: string; size: number; sha256: string }[];
  signature: { public_key_sha256: string } | null;
}
interface VerifyBundleJson {
  ok: boolean;
  files: { listed: number; ok: boolean };
  signature: { present: boolean; checked: boolean; ok: boolean | null };
  goldens: { checked: boolean; comparisons: { output: string; ok: boolean; max_abs: number }[] };
  errors: { code: string; file?: string; output?: string }[];
}
interface Golden {
  inputs: Record<string, { dims: number[]; data: number[] }>;
  outputs: Record<string, { dims: number[]; data: number[] }>;
}

/** Rows of the bundle goldens of a model with token types: verify's built-in texts, then its sentence pairs. */
const GOLDEN_ROWS = DEFAULT_TEXTS.length + DEFAULT_PAIRS.length;

const sha256 = async (p: string) =>
  createHash('sha256')
    .update(await readFile(p))
    .digest('hex');

beforeAll(async () => {
  tmp = await makeTempDir('mlpack-e2e-bundle-');
  converted = join(tmp, 'converted');
  const c = await runCli(['convert', model, '--to', 'onnx', '--out', converted]);
  expect(c.code, c.stderr).toBe(0);
});
afterAll(async () => {
  await removeTempDir(tmp);
});

async function bundle(out: string, extra: string[] = [], env?: NodeJS.ProcessEnv): Promise<BundleJson> {
  const r = await runCli(['bundle', converted, '--model', model, '--name', 'bert-seqcls', '--version', '1.2.0', '-o', out, '--json', ...extra], { env });
  expect(r.code, r.stderr).toBe(0);
  return jsonOf<BundleJson>(r);
}

describe('mlpack bundle', () => {
  it('is byte-reproducible, and SOURCE_DATE_EPOCH changes only the mtimes', async () => {
    const a = await bundle(join(tmp, 'a.tar.gz'));
    const b = await bundle(join(tmp, 'b.tar.gz'));
    expect(a.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(b.sha256).toBe(a.sha256);
    expect(await sha256(join(tmp, 'b.tar.gz'))).toBe(a.sha256);
    const dated = await bundle(join(tmp, 'dated.tar.gz'), [], { SOURCE_DATE_EPOCH: '1700000000' });
    expect(dated.sha256).not.toBe(a.sha256);
    // Same files either way: only the archive metadata moved.
    expect(dated.files).toEqual(a.files);
    expect(a.files.map((f) => f.path)).toEqual([
      'config.json',
      'onnx/model.onnx',
      'special_tokens_map.json',
      'tokenizer.json',
      'tokenizer_config.json',
      'vocab.txt',
    ]);
    const onnx = a.files.find((f) => f.path === 'onnx/model.onnx')!;
    expect(onnx.sha256).toBe(await sha256(join(converted, 'onnx', 'model.onnx')));
  });

  it('a folder with only vocab.txt (no tokenizer.json) records goldens of the same token ids', async () => {
    const slowModel = join(tmp, 'bert-seqcls-slow');
    await cp(model, slowModel, { recursive: true });
    await rm(join(slowModel, 'tokenizer.json'));
    const slowConverted = join(tmp, 'converted-slow');
    expect((await runCli(['convert', slowModel, '--out', slowConverted])).code).toBe(0);
    const goldensOf = async (convertedDir: string, modelDir: string, name: string): Promise<Golden> => {
      const out = join(tmp, `${name}.tar.gz`);
      const r = await runCli(['bundle', convertedDir, '--model', modelDir, '--name', name, '--version', '1.0.0', '-o', out, '--json']);
      expect(r.code, r.stderr).toBe(0);
      const dir = join(tmp, `${name}-unbundled`);
      expect((await runCli(['unbundle', out, '-o', dir])).code).toBe(0);
      return (JSON.parse(await readFile(join(dir, 'mlpack.json'), 'utf8')) as { goldens: Golden }).goldens;
    };
    const slow = await goldensOf(slowConverted, slowModel, 'slow');
    const fast = await goldensOf(converted, model, 'fast');
    expect(slow.inputs['input_ids']!.dims[0]).toBe(GOLDEN_ROWS);
    // the pair rows carry segment 1 (the same with the pair template built from vocab.txt)
    expect(slow.inputs['token_type_ids']!.data).toContain(1);
    expect(slow.inputs).toEqual(fast.inputs);
    expect(slow.outputs).toEqual(fast.outputs);
  });

  it('refuses a bad semver, and an existing archive without --force', async () => {
    const bad = await runCli(['bundle', converted, '--model', model, '--name', 'x', '--version', '1.2', '-o', join(tmp, 'bad.tar.gz'), '--json']);
    // Bad option values are usage errors (exit 2), like every other command's.
    expect(bad.code).toBe(2);
    expect(jsonOf<{ error: { code: string } }>(bad).error.code).toBe('BUNDLE_BAD_VERSION');
    await bundle(join(tmp, 'exists.tar.gz'));
    const again = await runCli(['bundle', converted, '--model', model, '--name', 'x', '--version', '1.0.0', '-o', join(tmp, 'exists.tar.gz'), '--json']);
    expect(again.code).toBe(2);
    expect(jsonOf<{ error: { code: string } }>(again).error.code).toBe('BUNDLE_OUTPUT_EXISTS');
  });
});

describe('mlpack verify <bundle> and mlpack unbundle', () => {
  let archive: string;
  let keys: string;
  beforeAll(async () => {
    keys = join(tmp, 'keys');
    const k = await runCli(['keygen', '-o', keys, '--json']);
    expect(k.code, k.stderr).toBe(0);
    archive = join(tmp, 'signed.tar.gz');
    const made = await bundle(archive, ['--sign', join(keys, 'mlpack-p256.pem')]);
    expect(made.signature?.public_key_sha256).toBe(jsonOf<{ public_key_sha256: string }>(k).public_key_sha256);
  });

  it('a fresh bundle passes: files, signature and goldens re-run', async () => {
    const v = await runCli(['verify', archive, '--pubkey', join(keys, 'mlpack-p256.pub.pem'), '--json']);
    expect(v.code, v.stdout + v.stderr).toBe(0);
    const r = jsonOf<VerifyBundleJson>(v);
    expect(r.files).toMatchObject({ listed: 6, ok: true });
    expect(r.signature).toMatchObject({ present: true, checked: true, ok: true });
    expect(r.goldens.checked).toBe(true);
    expect(r.goldens.comparisons.map((c) => c.output)).toEqual(['logits']);
    expect(r.goldens.comparisons[0]!.max_abs).toBeLessThan(1e-5);
  });

  it('another key fails the signature check (exit 1, BUNDLE_SIGNATURE_INVALID)', async () => {
    const other = join(tmp, 'other-keys');
    expect((await runCli(['keygen', '-o', other])).code).toBe(0);
    const v = await runCli(['verify', archive, '--pubkey', join(other, 'mlpack-p256.pub.pem'), '--json']);
    expect(v.code).toBe(1);
    expect(jsonOf<VerifyBundleJson>(v).errors.map((e) => e.code)).toContain('BUNDLE_SIGNATURE_INVALID');
  });

  it('unbundles, and one flipped byte in the unbundled model fails verify naming the file', async () => {
    const out = join(tmp, 'deployed', 'bert-seqcls');
    const u = await runCli(['unbundle', archive, '-o', out, '--pubkey', join(keys, 'mlpack-p256.pub.pem'), '--json']);
    expect(u.code, u.stderr).toBe(0);
    expect((await readdir(out)).sort()).toEqual([
      'config.json',
      'mlpack.json',
      'model.sig',
      'onnx',
      'special_tokens_map.json',
      'tokenizer.json',
      'tokenizer_config.json',
      'vocab.txt',
    ]);
    expect((await stat(join(out, 'onnx', 'model.onnx'))).mode & 0o777).toBe(0o644);
    expect((await runCli(['verify', out])).code).toBe(0);

    const onnxPath = join(out, 'onnx', 'model.onnx');
    const bytes = await readFile(onnxPath);
    const at = bytes.length - 5;
    bytes.writeUInt8(bytes.readUInt8(at) ^ 0x01, at);
    await writeFile(onnxPath, bytes);
    const v = await runCli(['verify', out, '--json']);
    expect(v.code).toBe(1);
    const r = jsonOf<VerifyBundleJson>(v);
    expect(r.files.ok).toBe(false);
    expect(r.errors).toContainEqual(expect.objectContaining({ code: 'BUNDLE_FILE_MODIFIED', file: 'onnx/model.onnx' }));
    // Human output names the file too.
    expect((await runCli(['verify', out])).stdout).toContain('onnx/model.onnx');
  });

  it('a file added beside the unbundled model is rejected as unlisted', async () => {
    const out = join(tmp, 'deployed-extra');
    expect((await runCli(['unbundle', archive, '-o', out])).code).toBe(0);
    await writeFile(join(out, 'evil.py'), 'print(1)\n');
    const v = await runCli(['verify', out, '--no-inference', '--json']);
    expect(v.code).toBe(1);
    expect(jsonOf<VerifyBundleJson>(v).errors).toContainEqual(expect.objectContaining({ code: 'BUNDLE_FILE_UNLISTED', file: 'evil.py' }));
  });

  it('refuses a non-empty target without --force and leaves it untouched', async () => {
    const out = join(tmp, 'occupied');
    expect((await runCli(['unbundle', archive, '-o', out])).code).toBe(0);
    await writeFile(join(out, 'config.json'), 'mine');
    const again = await runCli(['unbundle', archive, '-o', out, '--json']);
    expect(again.code).toBe(2);
    expect(jsonOf<{ error: { code: string } }>(again).error.code).toBe('OUTPUT_NOT_EMPTY');
    expect(await readFile(join(out, 'config.json'), 'utf8')).toBe('mine');
  });

  it('conversion-only options are usage errors for a bundle, and bundle-only ones for a conversion', async () => {
    const v = await runCli(['verify', archive, '--golden', 'x.json']);
    expect(v.code).toBe(2);
    expect(v.stderr).toContain('--golden');
    const t = await runCli(['verify', archive, '--target', 'onnx']);
    expect(t.code).toBe(2);
    expect(t.stderr).toContain('--target');
    // ...and bundle-only options are usage errors for a conversion.
    const p = await runCli(['verify', model, converted, '--pubkey', join(keys, 'mlpack-p256.pub.pem')]);
    expect(p.code).toBe(2);
    expect(p.stderr).toContain('--pubkey');
  });

  it('transformers.js loads the unbundled folder and its scores equal softmax(recorded golden logits), sentence pairs included', async () => {
    const out = join(tmp, 'tjs', 'bert-seqcls');
    expect((await runCli(['unbundle', archive, '-o', out])).code).toBe(0);
    const manifest = JSON.parse(await readFile(join(out, 'mlpack.json'), 'utf8')) as { goldens: Golden };
    const logits = manifest.goldens.outputs['logits']!;
    expect(logits.dims).toEqual([GOLDEN_ROWS, 2]);

    const { pipeline, env } = await import('@huggingface/transformers');
    env.allowRemoteModels = false;
    env.allowLocalModels = true;
    env.localModelPath = dirname(out) + '/';
    const classify = await pipeline('text-classification', basename(out), { dtype: 'fp32' });
    try {
      const scores = (await classify([...DEFAULT_TEXTS], { top_k: null })) as unknown as { label: string; score: number }[][];
      // The text-classification pipeline takes no text pairs: encode them as it does (its
      // tokenizer, with text_pair: [CLS] a [SEP] b [SEP], token types 0…0 1…1) and run its model.
      const pairInputs = classify.tokenizer(
        DEFAULT_PAIRS.map((p) => p[0]),
        { text_pair: DEFAULT_PAIRS.map((p) => p[1]), padding: true, truncation: true },
      );
      const pairLogits = (await classify.model(pairInputs)) as { logits: { dims: number[]; data: Float32Array } };
      expect(pairLogits.logits.dims).toEqual([DEFAULT_PAIRS.length, 2]);
      // transformers.js encodes the pairs exactly as the goldens recorded them (then the golden pads to its wider batch)
      const golden = manifest.goldens.inputs;
      const width = golden['input_ids']!.dims[1]!;
      for (const name of ['input_ids', 'token_type_ids'] as const) {
        const t = (pairInputs as unknown as Record<string, { dims: number[]; data: BigInt64Array }>)[name]!;
        const n = t.dims[1]!;
        DEFAULT_PAIRS.forEach((_, k) => {
          const row = golden[name]!.data.slice((DEFAULT_TEXTS.length + k) * width, (DEFAULT_TEXTS.length + k + 1) * width);
          expect(Array.from(t.data.subarray(k * n, (k + 1) * n), Number), `${name} of pair ${k}`).toEqual(row.slice(0, n));
          expect(row.slice(n).every((v) => v === 0)).toBe(true); // [PAD] = 0, token type 0
        });
        if (name === 'token_type_ids') expect(Array.from(t.data, Number)).toContain(1);
      }
      DEFAULT_PAIRS.forEach((_, k) => {
        const z = Array.from(pairLogits.logits.data.subarray(k * 2, k * 2 + 2));
        const m = Math.max(...z);
        const e = z.map((v) => Math.exp(v - m));
        const s = e[0]! + e[1]!;
        scores.push([
          { label: 'negative', score: e[0]! / s },
          { label: 'positive', score: e[1]! / s },
        ]);
      });
      expect(scores).toHaveLength(GOLDEN_ROWS);
      const labels = ['negative', 'positive'];
      scores.forEach((row, i) => {
        const z = logits.data.slice(i * 2, i * 2 + 2);
        const m = Math.max(...z);
        const e = z.map((v) => Math.exp(v - m));
        const s = e[0]! + e[1]!;
        labels.forEach((label, j) => {
          const got = row.find((r) => r.label === label);
          expect(got, JSON.stringify(row)).toBeDefined();
          expect(Math.abs(got!.score - e[j]! / s), `text ${i} ${label}`).toBeLessThan(1e-5);
        });
      });
    } finally {
      await classify.dispose();
    }
  });
});

describe('triton layout', () => {
  it('unbundles to a Triton model repository with config.pbtxt and a numbered version', async () => {
    const archive = join(tmp, 'triton.tar.gz');
    const made = await bundle(archive, ['--layout', 'triton', '--triton-version', '3', '--max-batch-size', '16']);
    expect(made.files.map((f) => f.path)).toEqual(['bert-seqcls/3/model.onnx', 'bert-seqcls/config.pbtxt']);
    const out = join(tmp, 'triton-repo');
    expect((await runCli(['unbundle', archive, '-o', out])).code).toBe(0);
    const pbtxt = await readFile(join(out, 'bert-seqcls', 'config.pbtxt'), 'utf8');
    expect(pbtxt).toContain('name: "bert-seqcls"');
    expect(pbtxt).toContain('platform: "onnxruntime_onnx"');
    expect(pbtxt).toContain('max_batch_size: 16');
    expect(pbtxt.match(/data_type: TYPE_INT64/g)).toHaveLength(3);
    expect(pbtxt).toMatch(/name: "logits"\s+data_type: TYPE_FP32\s+dims: \[ 2 \]/);
    expect(await sha256(join(out, 'bert-seqcls', '3', 'model.onnx'))).toBe(await sha256(join(converted, 'onnx', 'model.onnx')));
    expect((await runCli(['verify', out])).code).toBe(0);
  });
});
