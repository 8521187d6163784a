import { mkdir, open, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir, removeTempDir } from '@mlpack/test-utils';
import { bundleManifest, golden } from './__fixtures__/documents.js';
import { DOCUMENT_KIND_INFO, type DocumentKind } from './document-kind.js';
import { readJsonDocument } from './read-json-document.js';
import { SchemaError } from './schema-error.js';

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir('mlpack-schema-read-');
});
afterEach(async () => {
  await removeTempDir(dir);
});

async function put(name: string, content: string | Uint8Array): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

describe('readJsonDocument', () => {
  it('returns the typed value of a valid document', async () => {
    const path = await put('mlpack.json', JSON.stringify(bundleManifest(), null, 2));
    const result = await readJsonDocument(path, 'manifest');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.warnings).toEqual([]);
    const m = result.value;
    expect(m.kind === 'bundle' ? m.name : undefined).toBe('sst2-classifier');
    expect(m.targets.map((t) => (t.format === 'onnx' ? t.opset : t.shard_bytes))).toEqual([17, 4194304]);
    expect(m.goldens?.inputs.input_ids?.data).toEqual([101, 7, 102, 101, 8, 102]);
  });

  it('reads a golden file', async () => {
    const path = await put('golden.json', JSON.stringify(golden()));
    const result = await readJsonDocument(path, 'golden');
    expect(result.ok && result.value.outputs.logits?.dims).toEqual([2, 2]);
  });

  it('keeps warnings apart from errors and does not fail on warnings alone', async () => {
    const ok = await readJsonDocument(await put('a.json', '{"model_type": "mpnet"}'), 'config');
    expect(ok.ok).toBe(true);
    expect(ok.warnings.map((w) => w.code)).toEqual(['CONFIG_UNKNOWN_MODEL_TYPE']);

    const bad = await readJsonDocument(await put('b.json', '{"model_type": "mpnet", "vocab_size": -1}'), 'config');
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.issues.map((i) => [i.code, i.pointer])).toEqual([['SCHEMA_CONFIG', '/vocab_size']]);
    expect(bad.warnings.map((w) => [w.code, w.severity])).toEqual([['CONFIG_UNKNOWN_MODEL_TYPE', 'warning']]);
  });

  it('hands back the parsed JSON when only the schema objected, never when parsing failed', async () => {
    const rejected = await readJsonDocument(await put('c.json', '{"model_type": "bert", "hidden_size": -1}'), 'config');
    expect(rejected.ok).toBe(false);
    expect(rejected.parsed).toEqual({ model_type: 'bert', hidden_size: -1 });
    const accepted = await readJsonDocument(await put('d.json', '{"model_type": "bert"}'), 'config');
    expect(accepted.ok && accepted.parsed).toBe(accepted.ok && accepted.value);
    const broken = await readJsonDocument(await put('e.json', '{"model_type": "bert",}'), 'config');
    expect(broken.ok).toBe(false);
    expect('parsed' in broken).toBe(false);
  });

  it('names issues after displayName, or the path when none is given', async () => {
    const path = await put('config.json', '{"model_type": "bert", "hidden_size": 0}');
    const named = await readJsonDocument(path, 'config', { displayName: 'my-model/config.json' });
    const unnamed = await readJsonDocument(path, 'config');
    expect(!named.ok && named.issues[0]!.file).toBe('my-model/config.json');
    expect(!unnamed.ok && unnamed.issues[0]!.file).toBe(path);
  });

  it('refuses a file over the budget before reading it', async () => {
    const text = `{"model_type": "bert", "pad": "${'x'.repeat(200)}"}`;
    expect(text).toHaveLength(233);
    const path = await put('config.json', text);
    const result = await readJsonDocument(path, 'config', { maxBytes: 100 });
    expect(result).toEqual({
      ok: false,
      warnings: [],
      issues: [
        expect.objectContaining({ code: 'JSON_TOO_LARGE', file: path, message: expect.stringMatching(/^file has 233 bytes, more than the limit of 100/) }),
      ],
    });
  });

  it("applies the kind's default budget (16 MiB for config.json)", async () => {
    const path = join(dir, 'config.json');
    const handle = await open(path, 'w');
    await handle.truncate(DOCUMENT_KIND_INFO.config.maxBytes + 1);
    await handle.close();
    const result = await readJsonDocument(path, 'config');
    expect(!result.ok && result.issues.map((i) => i.code)).toEqual(['JSON_TOO_LARGE']);
    expect(!result.ok && result.issues[0]!.message).toContain(`limit of ${16 * 1024 * 1024}`);
  });

  it.each([
    ['invalid UTF-8', Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0x22, 0x7d]), 'JSON_UTF8', 6],
    ['trailing junk', Buffer.from('{"model_type": "bert"} x'), 'JSON_TRAILING', 23],
    ['NUL padding', Buffer.from('{"model_type": "bert"}\0\0'), 'JSON_TRAILING', 22],
    ['an empty file', Buffer.from(''), 'JSON_SYNTAX', 0],
    ['Infinity', Buffer.from('{"model_type": "bert", "x": -Infinity}'), 'JSON_NON_FINITE', 28],
  ] as const)('%s → %s at byte %d', async (_name, bytes, code, offset) => {
    const result = await readJsonDocument(await put('config.json', bytes), 'config');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([expect.objectContaining({ severity: 'error', code, offset })]);
    expect(result.issues[0]!.message).not.toMatch(/^\[/);
  });

  it('throws SCHEMA_READ_FAILED for a missing file or a directory', async () => {
    await expect(readJsonDocument(join(dir, 'nope.json'), 'config', { displayName: 'nope.json' })).rejects.toMatchObject({
      code: 'SCHEMA_READ_FAILED',
      file: 'nope.json',
      message: expect.stringContaining('ENOENT'),
    });
    await mkdir(join(dir, 'sub'));
    const err = await readJsonDocument(join(dir, 'sub'), 'config').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SchemaError);
    expect((err as SchemaError).code).toBe('SCHEMA_READ_FAILED');
  });

  it('throws SCHEMA_UNKNOWN_KIND for a kind that does not exist', async () => {
    const path = await put('x.json', '{}');
    await expect(readJsonDocument(path, 'vocab' as DocumentKind)).rejects.toMatchObject({ code: 'SCHEMA_UNKNOWN_KIND' });
  });
});
