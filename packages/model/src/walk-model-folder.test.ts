import { execFileSync } from 'node:child_process';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir, removeTempDir } from '@mlpack/test-utils';
import { walkModelFolder } from './walk-model-folder.js';

let tmp: string;
let dir: string;
beforeEach(async () => {
  tmp = await makeTempDir('mlpack-model-walk-');
  dir = join(tmp, 'model');
  await mkdir(dir);
});
afterEach(async () => {
  await removeTempDir(tmp);
});

describe('walkModelFolder', () => {
  it('classifies recursively in sorted order, skips hidden dirs, keeps sizes', async () => {
    await writeFile(join(dir, 'config.json'), '{}');
    await writeFile(join(dir, 'model.safetensors'), new Uint8Array(24));
    await mkdir(join(dir, '1_Pooling'));
    await writeFile(join(dir, '1_Pooling', 'config.json'), '{"a":1}');
    await mkdir(join(dir, '.git'));
    await writeFile(join(dir, '.git', 'HEAD'), 'ref');
    await writeFile(join(dir, '.gitattributes'), '*');
    await writeFile(join(dir, 'README.md'), '# x');
    const r = await walkModelFolder(dir);
    expect(r.issues).toEqual([]);
    expect(r.files.map((f) => [f.path, f.kind, f.size])).toEqual([
      ['.gitattributes', 'other', 1],
      ['1_Pooling/config.json', 'other', 7],
      ['README.md', 'docs', 3],
      ['config.json', 'config', 2],
      ['model.safetensors', 'safetensors', 24],
    ]);
  });

  it('refuses links that leave the folder, never reading through them', async () => {
    await writeFile(join(dir, 'config.json'), '{}');
    await symlink('/etc/passwd', join(dir, 'vocab.txt'));
    await writeFile(join(tmp, 'outside.safetensors'), 'x');
    await symlink('../outside.safetensors', join(dir, 'model.safetensors'));
    await symlink('config.json', join(dir, 'tokenizer_config.json'));
    await symlink('missing.json', join(dir, 'special_tokens_map.json'));
    const r = await walkModelFolder(dir);
    expect(r.issues.map((i) => [i.code, i.file, i.severity])).toEqual([
      ['SYMLINK_ESCAPES', 'model.safetensors', 'error'],
      ['SYMLINK_BROKEN', 'special_tokens_map.json', 'error'],
      ['SYMLINK_ESCAPES', 'vocab.txt', 'error'],
    ]);
    expect(r.rejected).toEqual([
      { path: 'model.safetensors', kind: 'safetensors' },
      { path: 'special_tokens_map.json', kind: 'tokenizer' },
      { path: 'vocab.txt', kind: 'tokenizer' },
    ]);
    // The link staying inside is kept, with its target's size.
    expect(r.files).toEqual([
      { path: 'config.json', kind: 'config', size: 2, symlink: false, regular: true },
      { path: 'tokenizer_config.json', kind: 'tokenizer', size: 2, symlink: true, regular: true },
    ]);
  });

  it('accepts links into an explicitly allowed root (Hugging Face cache blobs)', async () => {
    const blobs = join(tmp, 'blobs');
    await mkdir(blobs);
    await writeFile(join(blobs, 'abc123'), '{"x": 1}');
    await symlink('../blobs/abc123', join(dir, 'config.json'));
    const refused = await walkModelFolder(dir);
    expect(refused.issues.map((i) => i.code)).toEqual(['SYMLINK_ESCAPES']);
    const allowed = await walkModelFolder(dir, { symlinkRoot: tmp });
    expect(allowed.issues).toEqual([]);
    expect(allowed.files).toEqual([{ path: 'config.json', kind: 'config', size: 8, symlink: true, regular: true }]);
  });

  it('does not follow symlinked directories', async () => {
    await mkdir(join(dir, 'real'));
    await writeFile(join(dir, 'real', 'a.bin'), 'x');
    await symlink('real', join(dir, 'alias'));
    const r = await walkModelFolder(dir);
    expect(r.issues).toEqual([expect.objectContaining({ code: 'SYMLINK_DIR_SKIPPED', file: 'alias', severity: 'info' })]);
    expect(r.files.map((f) => f.path)).toEqual(['real/a.bin']);
  });

  it('lists a FIFO named like a pickle without opening it; refuses a FIFO it would have to read', async () => {
    execFileSync('mkfifo', [join(dir, 'pytorch_model.bin')]);
    execFileSync('mkfifo', [join(dir, 'tokenizer.json')]);
    const r = await walkModelFolder(dir);
    expect(r.files).toEqual([{ path: 'pytorch_model.bin', kind: 'pickle', size: 0, symlink: false, regular: false }]);
    expect(r.issues).toEqual([expect.objectContaining({ code: 'NOT_A_REGULAR_FILE', file: 'tokenizer.json', severity: 'error' })]);
  });

  it('throws for a missing folder or a file (exit status 2)', async () => {
    await expect(walkModelFolder(join(tmp, 'nope'))).rejects.toMatchObject({ code: 'MODEL_DIR_NOT_FOUND', exitCode: 2 });
    await writeFile(join(tmp, 'file'), 'x');
    await expect(walkModelFolder(join(tmp, 'file'))).rejects.toMatchObject({ code: 'MODEL_DIR_NOT_A_DIRECTORY', exitCode: 2 });
  });
});
