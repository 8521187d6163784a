import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { convertModel } from '@mlpack/convert';
import { listFiles } from '@mlpack/convert';
import { readJsonDocument } from '@mlpack/schema';
import { readOnnxModelInfo } from '@mlpack/onnx';
import { openSafetensors } from '@mlpack/safetensors';
import { SHARED_FIXTURES_SKIP_REASON, hasSharedFixtures, makeTempDir, removeTempDir, repoRoot, samplesRoot, sharedFixture } from '@mlpack/test-utils';
import { jsonOf, runCli } from './helpers/cli.js';
import { CHECKER_MAX_OPSET, CHECKER_SKIP_REASON, checkOnnxModels, checkerAvailable } from './helpers/onnx-checker.js';

const execFileAsync = promisify(execFile);
let tmp: string;
/** Every ONNX model these tests emit at opset <= 17, for the checker at the end. */
const emitted: string[] = [];

beforeAll(async () => {
  tmp = await makeTempDir('mlpack-e2e-convert-');
});
afterAll(async () => {
  await removeTempDir(tmp);
});

interface VerifyJson {
  ok: boolean;
  inputs: { source: string; shapes: Record<string, number[]> };
  comparisons: { target: string; against: string; output: string; max_abs: number; ok: boolean; shape: number[] }[];
  errors: unknown[];
}

async function treeHashes(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const f of await listFiles(dir))
    out[f.path] = createHash('sha256')
      .update(await readFile(join(dir, f.path)))
      .digest('hex');
  return out;
}

describe.skipIf(!hasSharedFixtures())(
  `convert + verify reproduce transformers goldens${hasSharedFixtures() ? '' : ` (${SHARED_FIXTURES_SKIP_REASON})`}`,
  () => {
    it.each([
      ['tiny-bert', ['last_hidden_state', 'pooler_output']],
      ['tiny-distilbert', ['last_hidden_state']],
      ['tiny-roberta', ['last_hidden_state', 'pooler_output']],
    ])('%s: ONNX and TF.js within 1e-4 of the golden', async (name, outputs) => {
      const out = join(tmp, name);
      const c = await runCli(['convert', sharedFixture(name), '--to', 'onnx,tfjs', '--out', out, '--json']);
      expect(c.code, c.stderr).toBe(0);
      emitted.push(join(out, 'onnx', 'model.onnx'));
      const golden = join(sharedFixture(name), 'reference_hidden.json');
      const v = await runCli(['verify', sharedFixture(name), out, '--golden', golden, '--json']);
      const report = jsonOf<VerifyJson>(v);
      expect(report.inputs.source).toBe('golden');
      for (const target of ['onnx', 'tfjs', 'reference']) {
        for (const output of outputs) {
          const cmp = report.comparisons.find((x) => x.target === target && x.against === 'golden' && x.output === output);
          expect(cmp, `${target} vs golden ${output}`).toBeDefined();
          expect(cmp!.max_abs).toBeLessThan(1e-4);
          expect(cmp!.ok).toBe(true);
        }
      }
      expect(report.ok).toBe(true);
      expect(v.code).toBe(0);
    });

    it('a golden that disagrees fails verify with exit 1 naming the output', async () => {
      const out = join(tmp, 'tiny-bert-bad-golden');
      expect((await runCli(['convert', sharedFixture('tiny-bert'), '--out', out])).code).toBe(0);
      const golden = JSON.parse(await readFile(join(sharedFixture('tiny-bert'), 'reference_hidden.json'), 'utf8'));
      golden.pooler[1][3] += 5e-3;
      const goldenPath = join(tmp, 'bad-golden.json');
      await writeFile(goldenPath, JSON.stringify(golden));
      const v = await runCli(['verify', sharedFixture('tiny-bert'), out, '--golden', goldenPath, '--json']);
      expect(v.code).toBe(1);
      const report = jsonOf<VerifyJson>(v);
      const bad = report.comparisons.filter((x) => !x.ok).map((x) => `${x.target}/${x.output}`);
      expect(bad).toEqual(expect.arrayContaining(['onnx/pooler_output', 'reference/pooler_output']));
      expect(bad.some((b) => b.endsWith('last_hidden_state'))).toBe(false);
      const human = await runCli(['verify', sharedFixture('tiny-bert'), out, '--golden', goldenPath]);
      expect(human.code).toBe(1);
      expect(human.stdout).toMatch(/FAIL/);
    });

    it('a converted model whose weights were tampered with fails verify', async () => {
      const out = join(tmp, 'tiny-bert-tampered');
      expect((await runCli(['convert', sharedFixture('tiny-bert'), '--out', out])).code).toBe(0);
      // Flip one float inside the weights of the ONNX file: the first token-type embedding (used by
      // every token), found by its bytes (stored as is; the file ends with metadata_props, not weights).
      const onnxPath = join(out, 'onnx', 'model.onnx');
      const bytes = await readFile(onnxPath);
      const info = await readOnnxModelInfo(onnxPath);
      expect(info.initializers.length).toBeGreaterThan(10);
      const source = await openSafetensors(join(sharedFixture('tiny-bert'), 'model.safetensors'));
      const tensor = await source.read('embeddings.token_type_embeddings.weight').finally(() => source.close());
      const at = bytes.indexOf(tensor) + 2;
      expect([at > 2, bytes.indexOf(tensor, at)]).toEqual([true, -1]);
      bytes.writeUInt8(bytes.readUInt8(at) ^ 0x40, at);
      await writeFile(onnxPath, bytes);
      const v = await runCli(['verify', sharedFixture('tiny-bert'), out, '--json']);
      expect(v.code).toBe(1);
      expect(jsonOf<VerifyJson>(v).ok).toBe(false);
    });
  },
);

describe('verify covers token types (samples/bert-seqcls)', () => {
  it('a real conversion passes; with token-type embedding row 1 overwritten by row 0 it fails on the sentence-pair row', async () => {
    const model = join(samplesRoot, 'bert-seqcls');
    const out = join(tmp, 'bert-seqcls-token-types');
    expect((await runCli(['convert', model, '--out', out])).code).toBe(0);
    const good = await runCli(['verify', model, out, '--json']);
    expect(good.code, good.stdout + good.stderr).toBe(0);
    const goodReport = jsonOf<VerifyJson & { inputs: { texts: string[]; text_pairs?: (string | null)[] } }>(good);
    const pairRow = goodReport.inputs.text_pairs!.findIndex((p) => p !== null);
    expect(pairRow).toBe(goodReport.inputs.texts.length - 1);

    // Row 1 of bert.embeddings.token_type_embeddings.weight [2, 32], found by the bytes of the whole table.
    const onnxPath = join(out, 'onnx', 'model.onnx');
    const bytes = await readFile(onnxPath);
    const source = await openSafetensors(join(model, 'model.safetensors'));
    const table = Buffer.from(await source.read('bert.embeddings.token_type_embeddings.weight').finally(() => source.close()));
    expect(table.length).toBe(2 * 32 * 4);
    const at = bytes.indexOf(table);
    expect([at > 0, bytes.indexOf(table, at + 1)]).toEqual([true, -1]);
    const row = table.length / 2;
    bytes.copy(bytes, at + row, at, at + row);
    await writeFile(onnxPath, bytes);
    // Re-record its hash in mlpack.json (verify checks the folder against it before running anything),
    // so that what fails is the computation.
    const manifestPath = join(out, 'mlpack.json');
    const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as { files: { path: string; sha256: string }[] };
    manifest.files.find((f) => f.path === 'onnx/model.onnx')!.sha256 = createHash('sha256').update(bytes).digest('hex');
    await writeFile(manifestPath, JSON.stringify(manifest, null, 2) + '\n');

    const bad = await runCli(['verify', model, out, '--json']);
    expect(bad.code).toBe(1);
    const report = jsonOf<Omit<VerifyJson, 'comparisons'> & { comparisons: (VerifyJson['comparisons'][number] & { first_bad?: { index: number[] } })[] }>(bad);
    expect(report.ok).toBe(false);
    const logits = report.comparisons.find((c) => c.target === 'onnx' && c.output === 'logits')!;
    expect(logits.ok).toBe(false);
    expect(logits.first_bad!.index[0]).toBe(pairRow); // the single sentences never read row 1
  });
});

describe('convert contracts', () => {
  it('writes the documented layout and a schema-valid manifest with the right hashes', async () => {
    const out = join(tmp, 'layout');
    const r = await runCli(['convert', join(samplesRoot, 'bert-seqcls'), '--to', 'all', '--out', out, '--json']);
    expect(r.code, r.stderr).toBe(0);
    emitted.push(join(out, 'onnx', 'model.onnx'));
    const files = (await listFiles(out)).map((f) => f.path);
    expect(files).toEqual(
      expect.arrayContaining(['config.json', 'mlpack.json', 'onnx/model.onnx', 'tfjs/model.json', 'tfjs/group1-shard1of1.bin', 'tokenizer.json', 'vocab.txt']),
    );
    for (const copied of ['config.json', 'tokenizer.json', 'vocab.txt', 'tokenizer_config.json', 'special_tokens_map.json']) {
      expect(await readFile(join(out, copied)), copied).toEqual(await readFile(join(samplesRoot, 'bert-seqcls', copied)));
    }
    const doc = await readJsonDocument(join(out, 'mlpack.json'), 'manifest');
    expect(doc.ok, JSON.stringify(doc)).toBe(true);
    const manifest = JSON.parse(await readFile(join(out, 'mlpack.json'), 'utf8'));
    const hashes = await treeHashes(out);
    expect(manifest.files.map((f: { path: string }) => f.path)).toEqual(files.filter((f) => f !== 'mlpack.json'));
    for (const f of manifest.files) expect(f.sha256, f.path).toBe(hashes[f.path]);
    const srcHash = createHash('sha256')
      .update(await readFile(join(samplesRoot, 'bert-seqcls', 'model.safetensors')))
      .digest('hex');
    expect(manifest.source.files).toContainEqual(expect.objectContaining({ path: 'model.safetensors', sha256: srcHash }));
    expect(manifest.labels).toEqual({ '0': 'negative', '1': 'positive' });
    expect(manifest.signature.inputs.map((i: { name: string }) => i.name)).toEqual(['input_ids', 'attention_mask', 'token_type_ids']);
    const info = await readOnnxModelInfo(join(out, 'onnx', 'model.onnx'));
    expect(info.opset).toBe(17);
    const meta = Object.fromEntries(info.metadata.map((p) => [p.key, p.value]));
    expect(info.metadata.map((p) => p.key)).toEqual(Object.keys(meta).sort());
    expect(meta['mlpack.task']).toBe('text-classification');
    expect(JSON.parse(meta['mlpack.source_sha256']!)['model.safetensors']).toBe(srcHash);
    expect(JSON.parse(meta.id2label!)).toEqual({ '0': 'negative', '1': 'positive' });
    const modelJson = JSON.parse(await readFile(join(out, 'tfjs', 'model.json'), 'utf8'));
    expect(modelJson.format).toBe('graph-model');
    expect(modelJson.userDefinedMetadata['mlpack.source_sha256']).toBe(meta['mlpack.source_sha256']);
  });

  it('is deterministic: two conversions are byte-identical', async () => {
    const a = join(tmp, 'det-a');
    const b = join(tmp, 'det-b');
    for (const out of [a, b]) {
      const r = await runCli(['convert', join(samplesRoot, 'roberta'), '--to', 'onnx,tfjs', '--out', out, '--external-data', '--shard-size', '4096']);
      expect(r.code, r.stderr).toBe(0);
    }
    const ha = await treeHashes(a);
    expect(Object.keys(ha)).toContain('onnx/model.onnx_data');
    expect(Object.keys(ha).filter((k) => k.startsWith('tfjs/group1-shard')).length).toBeGreaterThan(5);
    expect(await treeHashes(b)).toEqual(ha);
    emitted.push(join(a, 'onnx', 'model.onnx'));
  });

  it('the library works in a host started with --input-type=module (the hashing worker does not inherit it)', async () => {
    const out = join(tmp, 'esm-host');
    const entry = pathToFileURL(join(repoRoot, 'packages', 'convert', 'dist', 'index.js')).href;
    const script = `const { convertModel } = await import(${JSON.stringify(entry)});
const r = await convertModel(${JSON.stringify(join(samplesRoot, 'bert-seqcls'))}, { out: ${JSON.stringify(out)}, targets: ['onnx'] });
console.log(JSON.stringify(r.manifest.source.files.map((f) => f.sha256)));`;
    const { stdout } = await execFileAsync(process.execPath, ['--input-type=module', '-e', script]);
    const hashes = JSON.parse(stdout) as string[];
    expect(hashes.length).toBeGreaterThan(3);
    const config = createHash('sha256')
      .update(await readFile(join(samplesRoot, 'bert-seqcls', 'config.json')))
      .digest('hex');
    expect(hashes).toContain(config);
  });

  it('refuses a non-empty --out without --force (exit 2) and replaces it with --force', async () => {
    const out = join(tmp, 'occupied');
    await mkdir(out);
    await writeFile(join(out, 'keep.txt'), 'mine');
    const refused = await runCli(['convert', join(samplesRoot, 'distilbert'), '--out', out, '--json']);
    expect(refused.code).toBe(2);
    expect(jsonOf<{ error: { code: string } }>(refused).error.code).toBe('OUTPUT_NOT_EMPTY');
    expect(await readFile(join(out, 'keep.txt'), 'utf8')).toBe('mine');
    const forced = await runCli(['convert', join(samplesRoot, 'distilbert'), '--out', out, '--force']);
    expect(forced.code).toBe(0);
    expect(existsSync(join(out, 'keep.txt'))).toBe(false);
    expect(existsSync(join(out, 'onnx', 'model.onnx'))).toBe(true);
  });

  it('refuses an --out that contains the model folder, even with --force', async () => {
    const parent = join(tmp, 'parent');
    await cp(join(samplesRoot, 'distilbert'), join(parent, 'model'), { recursive: true });
    const r = await runCli(['convert', join(parent, 'model'), '--out', parent, '--force']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('CONVERT_OUT_OVERLAPS_INPUT');
    expect(existsSync(join(parent, 'model', 'model.safetensors'))).toBe(true);
  });

  it('a failure mid-way leaves no output directory and no temp dir', async () => {
    const parent = join(tmp, 'atomic');
    await mkdir(parent);
    const out = join(parent, 'out');
    await expect(
      convertModel(join(samplesRoot, 'bert-seqcls'), {
        out,
        targets: ['onnx', 'tfjs'],
        onProgress: (stage) => {
          if (stage === 'copying config and tokenizer files') throw new Error('simulated crash after the models were written');
        },
      }),
    ).rejects.toThrow('simulated crash');
    expect(await readdir(parent)).toEqual([]);
  });

  it('an invalid model folder is refused before anything is written (exit 1)', async () => {
    const dir = join(tmp, 'bad-model');
    await cp(join(samplesRoot, 'distilbert'), dir, { recursive: true });
    const config = JSON.parse(await readFile(join(dir, 'config.json'), 'utf8'));
    config.dim = -4;
    await writeFile(join(dir, 'config.json'), JSON.stringify(config));
    const out = join(tmp, 'bad-model-out');
    const r = await runCli(['convert', dir, '--out', out, '--json']);
    expect(r.code).toBe(1);
    expect(jsonOf<{ error: { code: string } }>(r).error.code).toBe('CONVERT_INVALID_MODEL');
    expect(existsSync(out)).toBe(false);
  });

  it.skipIf(!hasSharedFixtures())('an unsupported architecture is a coded error listing what is supported', async () => {
    const r = await runCli(['convert', sharedFixture('tiny-bart'), '--out', join(tmp, 'bart-out')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('ARCH_UNSUPPORTED');
    expect(r.stderr).toMatch(/bert.*distilbert.*roberta.*gpt2.*llama/s);
    expect(existsSync(join(tmp, 'bart-out'))).toBe(false);
  });

  it.each([14, 15, 16, 17, 18, 19, 20, 21])('opset %i converts and verifies', async (opset) => {
    const out = join(tmp, `opset-${opset}`);
    const c = await runCli(['convert', join(samplesRoot, 'bert-seqcls'), '--out', out, '--opset', String(opset)]);
    expect(c.code, c.stderr).toBe(0);
    const info = await readOnnxModelInfo(join(out, 'onnx', 'model.onnx'));
    expect(info.opset).toBe(opset);
    if (opset <= CHECKER_MAX_OPSET) emitted.push(join(out, 'onnx', 'model.onnx'));
    const v = await runCli(['verify', join(samplesRoot, 'bert-seqcls'), out, '--json']);
    expect(jsonOf<VerifyJson>(v).ok).toBe(true);
    expect(v.code).toBe(0);
  });
});

describe.skipIf(!checkerAvailable)(
  `onnx.checker.check_model(full_check=True) on every model emitted above${checkerAvailable ? '' : ` (${CHECKER_SKIP_REASON})`}`,
  () => {
    it('passes for every emitted model, inline and external data', async () => {
      // Its own conversions too, so the test stands alone when run filtered.
      for (const [name, extra] of [
        ['check-inline', []],
        ['check-external', ['--external-data']],
      ] as const) {
        const out = join(tmp, name);
        const r = await runCli(['convert', join(samplesRoot, 'roberta'), '--out', out, '--force', ...extra]);
        expect(r.code, r.stderr).toBe(0);
        emitted.push(join(out, 'onnx', 'model.onnx'));
      }
      expect(await checkOnnxModels(emitted)).toEqual([]);
    });

    it('catches a broken model (the checker is really running)', async () => {
      const out = join(tmp, 'check-broken');
      expect((await runCli(['convert', join(samplesRoot, 'roberta'), '--out', out, '--force'])).code).toBe(0);
      const path = join(out, 'onnx', 'model.onnx');
      const bytes = await readFile(path);
      await writeFile(path, bytes.subarray(0, Math.floor(bytes.length / 2)));
      const failures = await checkOnnxModels([path]);
      expect(failures).toHaveLength(1);
    });
  },
);
