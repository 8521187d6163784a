import { mkdtemp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
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
