import { execFileSync } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sha256Bytes } from '@mlpack/core';
import { openWeights, writeSafetensors } from '@mlpack/safetensors';
import type { TensorInput } from '@mlpack/safetensors';
import { hasSharedFixtures, removeTempDir, sharedFixture } from '@mlpack/test-utils';
import { copyFixture, withTimeout } from './__fixtures__/fixture-copy.js';
import { inspectModel } from './inspect-model.js';

const roots: string[] = [];
const fifos: string[] = [];
afterEach(async () => {
  for (const f of fifos.splice(0)) {
    try {
      closeSync(openSync(f, 'r+'));
    } catch {
      // gone
    }
  }
  for (const r of roots.splice(0)) await removeTempDir(r);
});

async function copy(name: string, skip: readonly string[] = []): Promise<string> {
  const { root, dir } = await copyFixture(name, skip);
  roots.push(root);
  return dir;
}

/** The documented key order of the report (README "inspect --json"). */
const REPORT_KEYS = [
  'dir',
  'model_type',
  'architecture',
  'task',
  'family',
  'parameters',
  'tensor_count',
  'bytes_per_dtype',
  'shards',
  'files',
  'tokenizer',
  'problems',
  'valid',
];

describe.skipIf(!hasSharedFixtures())('inspectModel', () => {
  it('tiny-bert: 1520 parameters in 39 tensors, as PROVENANCE.json says', async () => {
    const dir = sharedFixture('tiny-bert');
    const prov = JSON.parse(readFileSync(join(dir, 'PROVENANCE.json'), 'utf8')) as {
      files: Record<string, number>;
      safetensors: { params: number; n_tensors: number; data_end: number };
    };
    const r = await inspectModel(dir);
    expect(prov.safetensors.params).toBe(1520);
    expect(r.parameters).toBe(prov.safetensors.params);
    expect(r.tensor_count).toBe(39);
    expect(r.tensor_count).toBe(prov.safetensors.n_tensors);
    expect(r).toMatchObject({
      dir,
      model_type: 'bert',
      architecture: 'BertModel',
      task: 'feature-extraction',
      family: 'bert',
      bytes_per_dtype: { F32: prov.safetensors.data_end },
      shards: [{ file: 'model.safetensors', tensors: 39, bytes: prov.safetensors.data_end }],
      tokenizer: null,
      problems: [],
      valid: true,
    });
    expect(r.files).toEqual(
      Object.entries(prov.files)
        .concat([['PROVENANCE.json', readFileSync(join(dir, 'PROVENANCE.json')).length]])
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([path, size]) => ({ path, kind: path === 'config.json' ? 'config' : path === 'model.safetensors' ? 'safetensors' : 'other', size })),
    );
    expect(Object.keys(r)).toEqual(REPORT_KEYS);
    // Plain JSON: survives a round trip unchanged.
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });

  it('hashes files on request (sha256 of the bytes)', async () => {
    const dir = sharedFixture('tiny-bert');
    const r = await inspectModel(dir, { hash: true });
    for (const f of r.files) expect(f.sha256).toBe(sha256Bytes(readFileSync(join(dir, f.path))));
  });

  it('never hashes (reads) a pickle, even a FIFO one, and reports the tokenizer', async () => {
    const dir = await copy('tiny-bert-seqcls-tokenizer', ['pytorch_model.bin']);
    const fifo = join(dir, 'pytorch_model.bin');
    execFileSync('mkfifo', [fifo]);
    fifos.push(fifo);
    const r = await withTimeout(inspectModel(dir, { hash: true }), 10_000, 'reading the folder with a FIFO pickle');
    expect(r.valid).toBe(true);
    expect(r.files.find((f) => f.path === 'pytorch_model.bin')).toEqual({ path: 'pytorch_model.bin', kind: 'pickle', size: 0 });
    expect(r.files.find((f) => f.path === 'vocab.txt')?.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(r.tokenizer).toEqual({ kind: 'tokenizer.json', model: 'WordPiece', vocab_size: 1124 });
    expect(r.bytes_per_dtype).toEqual({ F32: 351980, I64: 4096 });
    expect(r.problems.map((p) => p.code)).toEqual(['PICKLE_IGNORED']);
  });

  it('an invalid folder: valid false, nulls for what is unknown, numeric offsets', async () => {
    const dir = await copy('tiny-bert', ['model.safetensors']);
    const zip = new Uint8Array(64);
    zip.set([0x50, 0x4b, 0x03, 0x04]);
    await writeFile(join(dir, 'model.safetensors'), zip);
    const r = await inspectModel(dir);
    expect(r).toMatchObject({ valid: false, parameters: null, tensor_count: null, bytes_per_dtype: {}, shards: [], architecture: 'BertModel' });
    expect(r.problems).toEqual([
      {
        severity: 'error',
        code: 'ST_FOREIGN_FORMAT',
        file: 'model.safetensors',
        offset: 0,
        message: expect.stringContaining('zip'),
        hint: expect.any(String),
      },
    ]);
    expect(Object.keys(r.problems[0]!)).toEqual(['severity', 'code', 'file', 'offset', 'message', 'hint']);
  });

  it('sharded weights: one entry per shard in index order', async () => {
    const dir = await copy('tiny-bert', ['model.safetensors']);
    const source = await openWeights(sharedFixture('tiny-bert'));
    const a: TensorInput[] = [];
    const b: TensorInput[] = [];
    try {
      for (const t of source.tensors.values()) {
        (t.name.startsWith('encoder.') ? b : a).push({ name: t.name, dtype: t.dtype, shape: t.shape, data: await source.read(t.name) });
      }
    } finally {
      await source.close();
    }
    await writeSafetensors(join(dir, 'model-00001-of-00002.safetensors'), a);
    await writeSafetensors(join(dir, 'model-00002-of-00002.safetensors'), b);
    const weightMap: Record<string, string> = {};
    for (const t of a) weightMap[t.name] = 'model-00001-of-00002.safetensors';
    for (const t of b) weightMap[t.name] = 'model-00002-of-00002.safetensors';
    const bytes = (ts: TensorInput[]): number => ts.reduce((s, t) => s + t.data.length, 0);
    await writeFile(join(dir, 'model.safetensors.index.json'), JSON.stringify({ metadata: { total_size: bytes(a) + bytes(b) }, weight_map: weightMap }));
    const r = await inspectModel(dir);
    expect(r.problems).toEqual([]);
    expect(r.parameters).toBe(1520);
    expect(r.shards).toEqual([
      { file: 'model-00001-of-00002.safetensors', tensors: a.length, bytes: bytes(a) },
      { file: 'model-00002-of-00002.safetensors', tensors: b.length, bytes: bytes(b) },
    ]);
    expect(a.length + b.length).toBe(39);
    expect(r.files.find((f) => f.path === 'model.safetensors.index.json')?.kind).toBe('safetensors-index');
  });
});
