import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, removeTempDir, samplesRoot } from '@mlpack/test-utils';
import { readOnnxModelInfo } from '@mlpack/onnx';
import { jsonOf, runCli } from './helpers/cli.js';

/**
 * The external-data path end to end on a model small enough for CI: the same writer the 2 GiB
 * switch uses (forced with --external-data; the automatic decision itself is unit-tested in
 * @mlpack/onnx against lowered limits), then verify in onnxruntime, bundle, unbundle and verify the
 * bundle — the chain the multi-GB bench (`pnpm bench --multi-gb`) runs on a > 2.5 GB model.
 */
const model = join(samplesRoot, 'bert-seqcls');
let tmp: string;
beforeAll(async () => {
  tmp = await makeTempDir('mlpack-e2e-extdata-');
});
afterAll(async () => {
  await removeTempDir(tmp);
});

interface VerifyJson {
  ok: boolean;
  comparisons: { target: string; against: string; output: string; max_abs: number; ok: boolean }[];
}

describe('external data on a small model: convert → verify → bundle → unbundle → verify', () => {
  it('every weight lives in model.onnx_data, onnxruntime loads it, results equal the inline conversion', async () => {
    const ext = join(tmp, 'ext');
    const inline = join(tmp, 'inline');
    const c = await runCli(['convert', model, '--out', ext, '--external-data', '--to', 'all', '--json']);
    expect(c.code, c.stderr).toBe(0);
    expect((await runCli(['convert', model, '--out', inline])).code).toBe(0);
    const manifest = jsonOf<{ manifest: { targets: { format: string; external_data?: string }[] } }>(c).manifest;
    expect(manifest.targets.find((t) => t.format === 'onnx')!.external_data).toBe('onnx/model.onnx_data');

    const info = await readOnnxModelInfo(join(ext, 'onnx', 'model.onnx'));
    const big = info.initializers.filter((i) => i.byteLength >= 1024);
    expect(big.length).toBeGreaterThan(10);
    expect(big.every((i) => i.location === 'external' && i.external!.location === 'model.onnx_data')).toBe(true);
    const dataBytes = (await stat(join(ext, 'onnx', 'model.onnx_data'))).size;
    expect(dataBytes).toBe(Math.max(...big.map((i) => i.external!.offset + i.external!.length)));
    expect((await stat(join(ext, 'onnx', 'model.onnx'))).size).toBeLessThan(dataBytes / 4);

    const a = jsonOf<VerifyJson>(await runCli(['verify', model, ext, '--json']));
    const b = jsonOf<VerifyJson>(await runCli(['verify', model, inline, '--target', 'onnx', '--json']));
    expect(a.ok).toBe(true);
    const onnxA = a.comparisons.filter((x) => x.target === 'onnx' && x.against === 'reference');
    const onnxB = b.comparisons.filter((x) => x.target === 'onnx' && x.against === 'reference');
    expect(onnxA.map((x) => x.max_abs)).toEqual(onnxB.map((x) => x.max_abs)); // same bytes in, same floats out
  });

  it('bundles, unbundles and re-verifies with the data file', async () => {
    const ext = join(tmp, 'ext');
    const archive = join(tmp, 'ext.tar.gz');
    const b = await runCli(['bundle', ext, '--model', model, '--name', 'ext', '--version', '1.0.0', '-o', archive, '--json']);
    expect(b.code, b.stderr).toBe(0);
    expect(jsonOf<{ files: { path: string }[] }>(b).files.map((f) => f.path)).toContain('onnx/model.onnx_data');
    const out = join(tmp, 'deployed');
    expect((await runCli(['unbundle', archive, '-o', out])).code).toBe(0);
    expect(await readFile(join(out, 'onnx', 'model.onnx_data'))).toEqual(await readFile(join(ext, 'onnx', 'model.onnx_data')));
    for (const target of [archive, out]) {
      const v = await runCli(['verify', target, '--json']);
      expect(v.code, v.stderr).toBe(0);
      expect(jsonOf<{ goldens: { checked: boolean } }>(v).goldens.checked).toBe(true);
    }
  });
});
