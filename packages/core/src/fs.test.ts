import { mkdtemp, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolveInside, sha256Bytes, sha256File, stageOutputDir, writeFileAtomic } from './fs.js';
import { MLPACK_VERSION } from './version.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mlpack-core-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('resolveInside', () => {
  it('accepts nested relative paths', () => {
    expect(resolveInside(dir, 'onnx/model.onnx')).toBe(join(dir, 'onnx', 'model.onnx'));
  });
  it.each(['../x', '/etc/passwd', 'a/../../x', 'C:\\x', 'C:x', 'a\\..\\x', '.', ''])('refuses %j', (p) => {
    expect(() => resolveInside(dir, p)).toThrow(expect.objectContaining({ code: 'PATH_ESCAPES_ROOT' }));
  });
});

describe('stageOutputDir', () => {
  it('builds in a temp dir and renames into place', async () => {
    const out = join(dir, 'out');
    const s = await stageOutputDir(out);
    await writeFile(join(s.path, 'a.txt'), 'A');
    expect(await readdir(dir)).not.toContain('out');
    await s.commit();
    expect(await readFile(join(out, 'a.txt'), 'utf8')).toBe('A');
    expect((await readdir(dir)).sort()).toEqual(['out']);
  });
  it('refuses a non-empty target without force, replaces it with force', async () => {
    const out = join(dir, 'out');
    await mkdir(out);
    await writeFile(join(out, 'old.txt'), 'old');
    await expect(stageOutputDir(out)).rejects.toMatchObject({ code: 'OUTPUT_NOT_EMPTY', exitCode: 2 });
    const s = await stageOutputDir(out, { force: true });
    await writeFile(join(s.path, 'new.txt'), 'new');
    await s.commit();
    expect(await readdir(out)).toEqual(['new.txt']);
    expect(await readdir(dir)).toEqual(['out']);
  });
  it('abort leaves nothing behind', async () => {
    const s = await stageOutputDir(join(dir, 'out'));
    await writeFile(join(s.path, 'half.bin'), 'x');
    await s.abort();
    expect(await readdir(dir)).toEqual([]);
  });
});

describe('hashing and atomic writes', () => {
  it('sha256 of file equals sha256 of bytes', async () => {
    const f = join(dir, 'x.bin');
    await writeFileAtomic(f, 'hello');
    expect(await sha256File(f)).toBe('2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824');
    expect(sha256Bytes('hello')).toBe('2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824');
    expect(await readdir(dir)).toEqual(['x.bin']);
  });
});

describe('version', () => {
  it('matches the umbrella package version', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../mlpack/package.json', import.meta.url), 'utf8'));
    expect(MLPACK_VERSION).toBe(pkg.version);
  });
});

describe('stageOutputDir: concurrent writers, locks, inputs', () => {
  it('a second writer of the same target gets OUTPUT_BUSY while the first holds the lock', async () => {
    const out = join(dir, 'out');
    const first = await stageOutputDir(out);
    await expect(stageOutputDir(out)).rejects.toMatchObject({ code: 'OUTPUT_BUSY' });
    await first.commit();
    const again = await stageOutputDir(out, { force: true });
    await again.abort();
    expect((await readdir(dir)).sort()).toEqual(['out']);
  });

  it('refuses to replace an output that appeared (or was replaced) while it was being written', async () => {
    const out = join(dir, 'out');
    const s = await stageOutputDir(out);
    await writeFile(join(s.path, 'mine.txt'), 'mine');
    await mkdir(out);
    await writeFile(join(out, 'theirs.txt'), 'theirs');
    await expect(s.commit()).rejects.toMatchObject({ code: 'OUTPUT_APPEARED' });
    expect(await readdir(out)).toEqual(['theirs.txt']);
    expect((await readdir(dir)).sort()).toEqual(['out']);

    const forced = await stageOutputDir(out, { force: true });
    // moved away (still alive, so the new directory cannot reuse its inode) and replaced
    await rename(out, join(dir, 'moved'));
    await mkdir(out);
    await writeFile(join(out, 'other.txt'), 'other');
    await expect(forced.commit()).rejects.toMatchObject({ code: 'OUTPUT_APPEARED' });
    expect(await readdir(out)).toEqual(['other.txt']);
    expect((await readdir(dir)).sort()).toEqual(['moved', 'out']);
  });

  it('takes over a lock left by a dead process, and removes its stale temp dirs', async () => {
    const out = join(dir, 'out');
    await writeFile(join(dir, '.out.mlpack-lock'), '999999999-1\n');
    await mkdir(join(dir, '.out.mlpack-tmp-999999999-1-00000000'));
    const s = await stageOutputDir(out);
    expect((await readdir(dir)).filter((n) => n.includes('999999999'))).toEqual([]);
    await s.commit();
  });

  it('with force, refuses a target that is, contains or lies inside an input', async () => {
    const model = join(dir, 'parent', 'model');
    await mkdir(model, { recursive: true });
    await writeFile(join(model, 'model.safetensors'), 'weights');
    await expect(stageOutputDir(join(dir, 'parent'), { force: true, inputs: [model] })).rejects.toMatchObject({ code: 'OUTPUT_OVERLAPS_INPUT' });
    await expect(stageOutputDir(model, { force: true, inputs: [model] })).rejects.toMatchObject({ code: 'OUTPUT_OVERLAPS_INPUT' });
    expect(readFileSync(join(model, 'model.safetensors'), 'utf8')).toBe('weights');
  });

  it('maps filesystem failures: a regular file in the path', async () => {
    await writeFile(join(dir, 'file'), 'x');
    await expect(stageOutputDir(join(dir, 'file', 'out'))).rejects.toMatchObject({ code: 'FS_NOT_A_DIRECTORY' });
  });
});
