import { execFileSync } from 'node:child_process';
import { closeSync, openSync, readdirSync, readFileSync } from 'node:fs';
import { copyFile, mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Issue } from '@mlpack/core';
import { openWeights, writeSafetensors } from '@mlpack/safetensors';
import type { TensorInput } from '@mlpack/safetensors';
import { hasSharedFixtures, makeTempDir, removeTempDir, sharedFixture, sharedFixturesRoot } from '@mlpack/test-utils';
import { copyFixture, editJson, withTimeout } from './__fixtures__/fixture-copy.js';
import { readModelFolder } from './read-model-folder.js';

const roots: string[] = [];
const fifos: string[] = [];
afterEach(async () => {
  // If a FIFO was (wrongly) opened for reading, opening it read-write releases the blocked reader.
  for (const f of fifos.splice(0)) {
    try {
      closeSync(openSync(f, 'r+'));
    } catch {
      // already removed
    }
  }
  for (const r of roots.splice(0)) await removeTempDir(r);
});

async function copy(name: string, skip: readonly string[] = []): Promise<string> {
  const { root, dir } = await copyFixture(name, skip);
  roots.push(root);
  return dir;
}

function mkfifo(path: string): void {
  execFileSync('mkfifo', [path]);
  fifos.push(path);
}

const errors = (issues: readonly Issue[]): Issue[] => issues.filter((i) => i.severity === 'error');

/** PROVENANCE.json's safetensors summary ({ n_tensors, params }), wherever the extractor nested it. */
function provenanceCounts(name: string): { n_tensors: number; params: number } {
  const find = (v: unknown): { n_tensors: number; params: number } | undefined => {
    if (typeof v !== 'object' || v === null) return undefined;
    const o = v as Record<string, unknown>;
    if (typeof o.n_tensors === 'number' && typeof o.params === 'number') return { n_tensors: o.n_tensors, params: o.params };
    for (const child of Object.values(o)) {
      const hit = find(child);
      if (hit) return hit;
    }
    return undefined;
  };
  return find(JSON.parse(readFileSync(join(sharedFixture(name), 'PROVENANCE.json'), 'utf8'))) ?? rawCounts(name);
}

/** Seeded folders' PROVENANCE.json records no counts: read them from the raw header with plain JSON.parse. */
function rawCounts(name: string): { n_tensors: number; params: number } {
  const bytes = readFileSync(join(sharedFixture(name), 'model.safetensors'));
  const header = JSON.parse(bytes.subarray(8, 8 + Number(bytes.readBigUInt64LE(0))).toString('utf8')) as Record<string, { shape: number[] }>;
  const tensors = Object.entries(header).filter(([k]) => k !== '__metadata__');
  return { n_tensors: tensors.length, params: tensors.reduce((a, [, t]) => a + t.shape.reduce((x, d) => x * d, 1), 0) };
}

const FIXTURES = hasSharedFixtures() ? readdirSync(sharedFixturesRoot).sort() : [];

describe.skipIf(!hasSharedFixtures())('readModelFolder on the shared fixtures', () => {
  it('finds the nine fixtures', () => {
    expect(FIXTURES.length).toBeGreaterThanOrEqual(9);
  });

  it.each(FIXTURES)('%s reads with zero errors and the counts PROVENANCE.json gives', async (name) => {
    const r = await readModelFolder(sharedFixture(name));
    expect(errors(r.issues)).toEqual([]);
    expect(r.ok).toBe(true);
    const folder = r.folder!;
    try {
      const prov = JSON.parse(readFileSync(join(sharedFixture(name), 'PROVENANCE.json'), 'utf8')) as {
        model_type: string;
        architectures: string[];
      };
      expect(folder.modelType).toBe(prov.model_type);
      expect(folder.architecture).toBe(prov.architectures[0]);
      expect(folder.task).toBeDefined();
      const counts = provenanceCounts(name);
      expect(folder.weights.tensors.size).toBe(counts.n_tensors);
      expect(folder.weights.parameterCount).toBe(counts.params);
    } finally {
      await folder.close();
    }
  });

  it('tiny-bert-seqcls-tokenizer: task, tokenizer and a PICKLE_IGNORED warning', async () => {
    const r = await readModelFolder(sharedFixture('tiny-bert-seqcls-tokenizer'));
    const folder = r.folder!;
    try {
      expect(folder.task).toBe('text-classification');
      expect(folder.head).toBe('sequence-classification');
      expect(folder.family).toBe('bert');
      expect(folder.tokenizer).toEqual({
        kind: 'tokenizer.json',
        model: 'WordPiece',
        files: ['special_tokens_map.json', 'tokenizer.json', 'tokenizer_config.json', 'vocab.txt'],
        vocabSize: 1124,
      });
      expect(folder.tokenizerConfig?.tokenizer_class).toBe('BertTokenizer');
      expect(folder.specialTokensMap?.pad_token).toBe('[PAD]');
      expect(r.issues).toEqual([expect.objectContaining({ severity: 'warning', code: 'PICKLE_IGNORED', file: 'pytorch_model.bin' })]);
      expect(folder.files.find((f) => f.path === 'pytorch_model.bin')?.kind).toBe('pickle');
    } finally {
      await folder.close();
    }
  });

  it('never reads the pickle: a FIFO in its place neither hangs nor errors', async () => {
    const dir = await copy('tiny-bert-seqcls-tokenizer', ['pytorch_model.bin']);
    mkfifo(join(dir, 'pytorch_model.bin'));
    // Opening the FIFO for reading would block forever (no writer): the race turns that into a failure.
    const r = await withTimeout(readModelFolder(dir), 10_000, 'reading the folder with a FIFO pickle');
    expect(errors(r.issues)).toEqual([]);
    expect(r.issues.map((i) => i.code)).toEqual(['PICKLE_IGNORED']);
    expect(r.folder!.files.find((f) => f.path === 'pytorch_model.bin')).toMatchObject({ kind: 'pickle', regular: false });
    await r.folder!.close();
  });

  it('tiny-random-gpt2: generation config and BPE tokenizer, sub-folder and ONNX reported', async () => {
    const r = await readModelFolder(sharedFixture('tiny-random-gpt2'));
    const folder = r.folder!;
    try {
      expect(folder.generationConfig?.eos_token_id).toBe(98);
      expect(folder.tokenizer).toMatchObject({ kind: 'tokenizer.json', model: 'BPE', vocabSize: 1000 });
      expect(r.issues.map((i) => [i.code, i.file])).toEqual([
        ['SUBFOLDER_IGNORED', 'reference_onnx_ortgenai/'],
        ['ONNX_IGNORED', 'reference_onnx_ortgenai/past.onnx'],
      ]);
      expect(folder.files.find((f) => f.path === 'reference_onnx_ortgenai/tokenizer_config.json')?.kind).toBe('other');
    } finally {
      await folder.close();
    }
  });
});

describe.skipIf(!hasSharedFixtures())('readModelFolder on mutated copies', () => {
  it('vocab_size off by one → VOCAB_SIZE_MISMATCH at /vocab_size', async () => {
    const dir = await copy('tiny-bert');
    await editJson(dir, 'config.json', (c) => (c.vocab_size = 12));
    const r = await readModelFolder(dir);
    expect(r.ok).toBe(false);
    expect(r.folder).toBeUndefined();
    expect(errors(r.issues)).toEqual([
      expect.objectContaining({
        code: 'VOCAB_SIZE_MISMATCH',
        file: 'config.json',
        pointer: '/vocab_size',
        tensor: 'embeddings.word_embeddings.weight',
      }),
    ]);
  });

  it('hidden_size 33 with 4 heads → HEADS_DO_NOT_DIVIDE at /hidden_size', async () => {
    const dir = await copy('tiny-bert');
    await editJson(dir, 'config.json', (c) => {
      c.hidden_size = 33;
      c.num_attention_heads = 4;
    });
    const r = await readModelFolder(dir);
    expect(errors(r.issues)).toEqual([expect.objectContaining({ code: 'HEADS_DO_NOT_DIVIDE', pointer: '/hidden_size', file: 'config.json' })]);
  });

  it('id2label with 3 labels but num_labels 2 → LABELS_INCONSISTENT at /num_labels (and the 3-row head does not fit)', async () => {
    const dir = await copy('tiny-gpt2-seqcls');
    await editJson(dir, 'config.json', (c) => (c.num_labels = 2));
    const r = await readModelFolder(dir);
    expect(errors(r.issues).map((i) => [i.code, i.pointer, i.tensor])).toEqual([
      ['CLASSIFIER_SHAPE', '/num_labels', 'score.weight'],
      ['LABELS_INCONSISTENT', '/num_labels', undefined],
    ]);
  });

  it('pad_token_id = vocab_size → SPECIAL_TOKEN_OUT_OF_RANGE at /pad_token_id', async () => {
    const dir = await copy('tiny-roberta');
    await editJson(dir, 'config.json', (c) => (c.pad_token_id = 11));
    const r = await readModelFolder(dir);
    expect(errors(r.issues)).toEqual([expect.objectContaining({ code: 'SPECIAL_TOKEN_OUT_OF_RANGE', pointer: '/pad_token_id', file: 'config.json' })]);
  });

  it('collects every problem at once, sorted, and still checks a config the schema rejects', async () => {
    const dir = await copy('tiny-bert');
    await editJson(dir, 'config.json', (c) => {
      c.vocab_size = 10;
      c.num_attention_heads = 3;
      c.pad_token_id = 10;
      c.num_hidden_layers = -1;
    });
    const r = await readModelFolder(dir);
    const errs = errors(r.issues);
    expect(errs.map((i) => [i.code, i.pointer])).toEqual([
      ['HEADS_DO_NOT_DIVIDE', '/hidden_size'],
      ['SCHEMA_CONFIG', '/num_hidden_layers'],
      ['SPECIAL_TOKEN_OUT_OF_RANGE', '/pad_token_id'],
      ['VOCAB_SIZE_MISMATCH', '/vocab_size'],
    ]);
    for (const i of errs) expect(i.hint).toBeTruthy();
  });

  it('only a pickle → PICKLE_ONLY telling how to convert, the pickle unread', async () => {
    const dir = await copy('tiny-bert', ['model.safetensors']);
    mkfifo(join(dir, 'pytorch_model.bin'));
    const r = await readModelFolder(dir);
    expect(errors(r.issues)).toEqual([expect.objectContaining({ code: 'PICKLE_ONLY', file: 'pytorch_model.bin' })]);
    const hint = errors(r.issues)[0]!.hint!;
    expect(hint).toContain('safetensors.torch.save_file');
    expect(hint).toContain('convert');
  });

  it('only TF weights → NO_SAFETENSORS naming them', async () => {
    const dir = await copy('tiny-bert', ['model.safetensors']);
    await writeFile(join(dir, 'tf_model.h5'), 'not read');
    const r = await readModelFolder(dir);
    expect(errors(r.issues)).toEqual([expect.objectContaining({ code: 'NO_SAFETENSORS', file: 'tf_model.h5' })]);
    expect(errors(r.issues)[0]!.message).toContain('tf_model.h5');
  });

  it('a .safetensors that is really a zip → ST_FOREIGN_FORMAT at byte 0', async () => {
    const dir = await copy('tiny-bert', ['model.safetensors']);
    const zip = new Uint8Array(64);
    zip.set([0x50, 0x4b, 0x03, 0x04]);
    await writeFile(join(dir, 'model.safetensors'), zip);
    const r = await readModelFolder(dir);
    expect(errors(r.issues)).toEqual([expect.objectContaining({ code: 'ST_FOREIGN_FORMAT', file: 'model.safetensors', offset: 0 })]);
  });

  it('a symlink to /etc/passwd named vocab.txt → SYMLINK_ESCAPES, never read', async () => {
    const dir = await copy('tiny-bert-pooling', ['vocab.txt']);
    await symlink('/etc/passwd', join(dir, 'vocab.txt'));
    const r = await readModelFolder(dir);
    expect(errors(r.issues)).toEqual([expect.objectContaining({ code: 'SYMLINK_ESCAPES', file: 'vocab.txt' })]);
    // Were vocab.txt read, /etc/passwd's lines would be a tokenizer source (and likely too large).
    expect(r.issues.some((i) => i.code === 'TOKENIZER_VOCAB_TOO_LARGE')).toBe(false);
  });

  it('model.safetensors linking to an in-folder blob.bin → SYMLINK_TO_PICKLE, not read (the .bin is never opened)', async () => {
    const dir = await copy('tiny-bert', ['model.safetensors']);
    await copyFile(join(sharedFixture('tiny-bert'), 'model.safetensors'), join(dir, 'blob.bin'));
    await symlink('blob.bin', join(dir, 'model.safetensors'));
    const r = await readModelFolder(dir);
    expect(errors(r.issues).map((i) => [i.code, i.file])).toContainEqual(['SYMLINK_TO_PICKLE', 'model.safetensors']);
    expect(r.ok).toBe(false);
  });

  it('model.safetensors linking outside → SYMLINK_ESCAPES, weights not opened', async () => {
    const dir = await copy('tiny-bert', ['model.safetensors']);
    await copyFile(join(sharedFixture('tiny-bert'), 'model.safetensors'), join(dir, '..', 'elsewhere.safetensors'));
    await symlink('../elsewhere.safetensors', join(dir, 'model.safetensors'));
    const r = await readModelFolder(dir);
    expect(errors(r.issues).map((i) => [i.code, i.file])).toEqual([['SYMLINK_ESCAPES', 'model.safetensors']]);
  });

  it('config.json missing → CONFIG_MISSING', async () => {
    const dir = await copy('tiny-bert', ['config.json']);
    const r = await readModelFolder(dir);
    expect(errors(r.issues).map((i) => i.code)).toEqual(['CONFIG_MISSING']);
  });

  it('a config with NaN → the strict parser code with its offset', async () => {
    const dir = await copy('tiny-bert');
    await writeFile(join(dir, 'config.json'), '{"model_type": "bert", "layer_norm_eps": NaN}');
    const r = await readModelFolder(dir);
    // Byte 41 is the "N" of NaN; the pointer names the member holding it.
    expect(errors(r.issues)).toEqual([expect.objectContaining({ code: 'JSON_NON_FINITE', file: 'config.json', offset: 41, pointer: '/layer_norm_eps' })]);
  });

  it('auto_map and *.py → REMOTE_CODE warnings; an extra safetensors file → UNUSED_SAFETENSORS', async () => {
    const dir = await copy('tiny-bert');
    await editJson(dir, 'config.json', (c) => (c.auto_map = { AutoModel: 'modeling_x.BertModel' }));
    await writeFile(join(dir, 'modeling_x.py'), 'import os\nos.system("echo pwned")\n');
    await copyFile(join(dir, 'model.safetensors'), join(dir, 'adapter.safetensors'));
    const r = await readModelFolder(dir);
    expect(r.ok).toBe(true);
    expect(r.issues.map((i) => [i.severity, i.code, i.file, i.pointer])).toEqual([
      ['warning', 'UNUSED_SAFETENSORS', 'adapter.safetensors', undefined],
      ['warning', 'REMOTE_CODE', 'config.json', '/auto_map'],
      ['warning', 'REMOTE_CODE', 'modeling_x.py', undefined],
    ]);
    await r.folder!.close();
  });

  it('an unknown --task is a usage error before anything is read', async () => {
    await expect(readModelFolder(join(sharedFixturesRoot, 'does-not-exist'), { task: 'sentiment' })).rejects.toMatchObject({
      code: 'USAGE',
      exitCode: 2,
    });
  });

  it('--task different from the guess is reported', async () => {
    const r = await readModelFolder(sharedFixture('tiny-bert'), { task: 'fill-mask' });
    expect(r.folder!.task).toBe('fill-mask');
    expect(r.issues).toEqual([expect.objectContaining({ severity: 'info', code: 'TASK_OVERRIDDEN' })]);
    await r.folder!.close();
  });
});

describe.skipIf(!hasSharedFixtures())('LM head checks on tiny-random-gpt2 rewritten with the safetensors writer', () => {
  /** A copy whose weights are the original's, plus `lm_head.weight` (= wte) when asked. */
  async function gpt2Copy(withHead: boolean, tie: boolean | undefined): Promise<string> {
    const dir = await copy('tiny-random-gpt2', ['model.safetensors']);
    const source = await openWeights(sharedFixture('tiny-random-gpt2'));
    const tensors: TensorInput[] = [];
    try {
      for (const t of source.tensors.values()) {
        if (t.name === 'lm_head.weight') continue;
        tensors.push({ name: t.name, dtype: t.dtype, shape: t.shape, data: await source.read(t.name) });
      }
      if (withHead) {
        const wte = source.get('transformer.wte.weight')!;
        tensors.push({ name: 'lm_head.weight', dtype: wte.dtype, shape: wte.shape, data: await source.read(wte.name) });
      }
    } finally {
      await source.close();
    }
    await writeSafetensors(join(dir, 'model.safetensors'), tensors, { format: 'pt' });
    await editJson(dir, 'config.json', (c) => {
      if (tie === undefined) delete c.tie_word_embeddings;
      else c.tie_word_embeddings = tie;
    });
    return dir;
  }

  it('tie_word_embeddings false without lm_head → LM_HEAD_MISSING at /tie_word_embeddings', async () => {
    const r = await readModelFolder(await gpt2Copy(false, false));
    expect(errors(r.issues)).toEqual([expect.objectContaining({ code: 'LM_HEAD_MISSING', file: 'config.json', pointer: '/tie_word_embeddings' })]);
  });

  it('tie_word_embeddings false with lm_head → fine', async () => {
    const r = await readModelFolder(await gpt2Copy(true, false));
    expect(r.ok).toBe(true);
    expect(r.folder!.weights.tensors.has('lm_head.weight')).toBe(true);
    await r.folder!.close();
  });

  it('tied (GPT-2 default) with a stored lm_head → TIED_HEAD_PRESENT warning', async () => {
    const r = await readModelFolder(await gpt2Copy(true, undefined));
    expect(r.ok).toBe(true);
    expect(r.issues.filter((i) => i.code === 'TIED_HEAD_PRESENT')).toEqual([expect.objectContaining({ severity: 'warning', tensor: 'lm_head.weight' })]);
    await r.folder!.close();
  });
});

describe('readModelFolder without fixtures', () => {
  it('an empty folder: CONFIG_MISSING and NO_SAFETENSORS', async () => {
    const root = await makeTempDir('mlpack-model-empty-');
    roots.push(root);
    await mkdir(join(root, 'm'));
    const r = await readModelFolder(join(root, 'm'));
    // NO_SAFETENSORS names no file (there is none), so it sorts first.
    expect(r.issues.map((i) => [i.code, i.file])).toEqual([
      ['NO_SAFETENSORS', undefined],
      ['CONFIG_MISSING', 'config.json'],
    ]);
    expect(r.folder).toBeUndefined();
  });
});

describe('readModelFolder: every *.safetensors is sniffed, not only the weights it opens', () => {
  /** A minimal valid BERT folder (config + model.safetensors) in a new temp dir. */
  async function tinyBert(): Promise<string> {
    const root = await makeTempDir('mlpack-model-sniff-');
    roots.push(root);
    const dir = join(root, 'm');
    await mkdir(dir);
    await writeFile(
      join(dir, 'config.json'),
      JSON.stringify({ model_type: 'bert', architectures: ['BertModel'], hidden_size: 4, num_attention_heads: 1, vocab_size: 3 }),
    );
    const emb: TensorInput = { name: 'embeddings.word_embeddings.weight', dtype: 'F32', shape: [3, 4], data: new Uint8Array(48) };
    await writeSafetensors(join(dir, 'model.safetensors'), [emb]);
    return dir;
  }
  /** pickle protocol 2 (torch.save's legacy format), zip (torch.save since 1.6), gzip. */
  const PICKLE = Uint8Array.from([0x80, 0x02, 0x8a, 0x0a, 0x6c, 0xfc, 0x9c, 0x46, 0xf9, 0x20, 0x6a, 0xa8, 0x50, 0x19, 0x2e]);
  const ZIP = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0]);

  it('an extra adapter.safetensors that is a pickle → ST_FOREIGN_FORMAT at byte 0 (was only UNUSED_SAFETENSORS)', async () => {
    const dir = await tinyBert();
    expect((await readModelFolder(dir)).ok).toBe(true);
    await writeFile(join(dir, 'adapter.safetensors'), PICKLE);
    const r = await readModelFolder(dir);
    expect(r.ok).toBe(false);
    expect(errors(r.issues)).toEqual([expect.objectContaining({ code: 'ST_FOREIGN_FORMAT', file: 'adapter.safetensors', offset: 0 })]);
    expect(errors(r.issues)[0]!.message).toContain('pickle');
  });

  it('a zip in a sub-folder, and no duplicate when the weights themselves are foreign', async () => {
    const dir = await tinyBert();
    await mkdir(join(dir, 'sub'));
    await writeFile(join(dir, 'sub', 'x.safetensors'), ZIP);
    await writeFile(join(dir, 'model.safetensors'), ZIP);
    const r = await readModelFolder(dir);
    expect(errors(r.issues).map((i) => [i.code, i.file])).toEqual([
      ['ST_FOREIGN_FORMAT', 'model.safetensors'],
      ['ST_FOREIGN_FORMAT', 'sub/x.safetensors'],
    ]);
  });
});
