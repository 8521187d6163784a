import { rmSync } from 'node:fs';
import { cp, readFile, readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256File } from '@mlpack/core';
import { readOnnxModelInfo } from '@mlpack/onnx';
import { makeTempDir, removeTempDir, samplesRoot } from '@mlpack/test-utils';
import type { ConversionManifest } from './conversion-manifest.js';
import { convertModel } from './convert-model.js';
import { listFiles } from './list-files.js';

let tmp: string;
beforeAll(async () => {
  tmp = await makeTempDir('mlpack-convert-');
});
afterAll(async () => {
  await removeTempDir(tmp);
});

const sample = join(samplesRoot, 'bert-seqcls');

async function readManifest(out: string): Promise<ConversionManifest> {
  return JSON.parse(await readFile(join(out, 'mlpack.json'), 'utf8')) as ConversionManifest;
}

/** `{ path, size, sha256 }` of every file under `root`, computed from the files themselves. */
async function describeFiles(root: string, paths: readonly string[]): Promise<{ path: string; size: number; sha256: string }[]> {
  return Promise.all(paths.map(async (path) => ({ path, size: (await stat(join(root, path))).size, sha256: await sha256File(join(root, path)) })));
}

describe('convertModel: hashes in mlpack.json and in the models', () => {
  it('lists every output file with the size and sha256 of its bytes, and every source file likewise', async () => {
    const out = join(tmp, 'both');
    const stages: string[] = [];
    const r = await convertModel(sample, { out, targets: ['onnx', 'tfjs'], externalData: true, onProgress: (s) => stages.push(s) });
    const manifest = await readManifest(out);
    expect(r.manifest).toEqual(manifest);

    const outputs = (await listFiles(out)).map((f) => f.path).filter((p) => p !== 'mlpack.json');
    expect(outputs).toContain('onnx/model.onnx_data');
    expect(outputs).toContain('tfjs/group1-shard1of1.bin');
    expect(outputs).toContain('tokenizer.json');
    expect(manifest.files).toEqual(await describeFiles(out, outputs));

    const sources = ['config.json', 'model.safetensors', 'special_tokens_map.json', 'tokenizer.json', 'tokenizer_config.json', 'vocab.txt'];
    expect(manifest.source.files).toEqual(await describeFiles(sample, sources));

    // The same source hashes travel inside both models.
    const expected = JSON.stringify(Object.fromEntries(manifest.source.files.map((f) => [f.path, f.sha256])));
    const onnxMeta = (await readOnnxModelInfo(join(out, 'onnx', 'model.onnx'))).metadata;
    expect(onnxMeta.find((m) => m.key === 'mlpack.source_sha256')?.value).toBe(expected);
    const modelJson = JSON.parse(await readFile(join(out, 'tfjs', 'model.json'), 'utf8')) as { userDefinedMetadata: Record<string, string> };
    expect(modelJson.userDefinedMetadata['mlpack.source_sha256']).toBe(expected);

    expect(stages).toEqual([
      'reading model folder',
      'building graph',
      'emitting ONNX fp32 (onnx/model.onnx), TF.js fp32 (tfjs/model.json)',
      'copying config and tokenizer files',
      'waiting for source file hashes',
      'writing manifest',
    ]);
  });

  it('is byte-identical across runs, inline ONNX and every variant included', async () => {
    const options = { targets: ['onnx', 'tfjs'] as const, dtypes: ['fp32', 'fp16', 'q8', 'q4', 'q4f16', 'uint8', 'uint16'], shardBytes: 4096 };
    await convertModel(sample, { ...options, out: join(tmp, 'det-a') });
    await convertModel(sample, { ...options, out: join(tmp, 'det-b') });
    const paths = (await listFiles(join(tmp, 'det-a'))).map((f) => f.path);
    expect(paths.length).toBeGreaterThan(10);
    expect(await describeFiles(join(tmp, 'det-b'), paths)).toEqual(await describeFiles(join(tmp, 'det-a'), paths));
  });
});

describe('convertModel: failures leave nothing behind', () => {
  it('a failure while the sources are still being hashed rejects with it, and no output or temp dir remains', async () => {
    const parent = join(tmp, 'crash');
    await cp(sample, join(parent, 'model'), { recursive: true });
    const out = join(parent, 'out');
    await expect(
      convertModel(join(parent, 'model'), {
        out,
        targets: ['tfjs'],
        onProgress: (stage) => {
          if (stage === 'building graph') throw new Error('simulated crash');
        },
      }),
    ).rejects.toThrow('simulated crash');
    expect(await readdir(parent)).toEqual(['model']);
  });

  it('a weights file that vanishes after validation is a coded error and leaves no output', async () => {
    // Which reader notices first (the prefetching emitter or the hashing worker) is a race: either code.
    const parent = join(tmp, 'vanish');
    await cp(sample, join(parent, 'model'), { recursive: true });
    const out = join(parent, 'out');
    await expect(
      convertModel(join(parent, 'model'), {
        out,
        targets: ['onnx'],
        onProgress: (stage) => {
          // Validated and graph built: now the weights disappear before they are read.
          if (stage === 'building graph') rmSync(join(parent, 'model', 'model.safetensors'));
        },
      }),
    ).rejects.toMatchObject({ code: expect.stringMatching(/^(READ_FAILED|CONVERT_HASH_FAILED)$/) });
    expect((await readdir(parent)).sort()).toEqual(['model']);
  });

  it('an invalid model folder is CONVERT_INVALID_MODEL, with nothing written', async () => {
    const dir = join(tmp, 'bad');
    await cp(sample, dir, { recursive: true });
    await rm(join(dir, 'config.json'));
    const out = join(tmp, 'bad-out');
    await expect(convertModel(dir, { out })).rejects.toMatchObject({ code: 'CONVERT_INVALID_MODEL' });
    await expect(stat(out)).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
