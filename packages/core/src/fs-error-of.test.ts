import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fsErrorOf, withFsErrors } from './fs-error-of.js';
import { requireRegularFile, writeFileAtomic } from './fs.js';
import { execFileSync } from 'node:child_process';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mlpack-fserr-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const errno = (code: string, path = '/x/y') => Object.assign(new Error(`${code}: boom, open '${path}'`), { code, path, syscall: 'open', errno: -1 });

describe('fsErrorOf', () => {
  it.each([
    ['EACCES', 'FS_PERMISSION_DENIED'],
    ['EPERM', 'FS_PERMISSION_DENIED'],
    ['EROFS', 'FS_READ_ONLY'],
    ['ENOTDIR', 'FS_NOT_A_DIRECTORY'],
    ['EISDIR', 'FS_IS_A_DIRECTORY'],
    ['ENOSPC', 'FS_NO_SPACE'],
    ['EDQUOT', 'FS_NO_SPACE'],
    ['ENOENT', 'FS_NOT_FOUND'],
    ['EEXIST', 'FS_EXISTS'],
    ['ENOTEMPTY', 'FS_EXISTS'],
    ['ENAMETOOLONG', 'FS_NAME_TOO_LONG'],
    ['ELOOP', 'FS_SYMLINK_LOOP'],
    ['EMFILE', 'FS_TOO_MANY_OPEN_FILES'],
    ['EBUSY', 'FS_BUSY'],
    ['EXDEV', 'FS_CROSS_DEVICE'],
    ['EIO', 'FS_IO_ERROR'],
    ['EWHATEVER', 'FS_IO_ERROR'],
  ])('%s → %s, naming the path, with a hint, exit 1', (code, want) => {
    const e = fsErrorOf(errno(code), { action: 'writing the report' })!;
    expect(e.code).toBe(want);
    expect(e.file).toBe('/x/y');
    expect(e.hint).toBeTruthy();
    expect(e.hint).not.toContain('{path}');
    expect(e.exitCode).toBe(1);
    expect(e.message).toMatch(/^\[FS_[A-Z_]+\] \/x\/y: writing the report: /);
  });
  it("the caller's path wins; non-system errors are not mapped", () => {
    expect(fsErrorOf(errno('ENOSPC'), { path: 'out/model' })!.file).toBe('out/model');
    expect(fsErrorOf(new TypeError('bug'))).toBeUndefined();
    expect(fsErrorOf('string')).toBeUndefined();
  });
  it('withFsErrors maps a real failure', async () => {
    await writeFile(join(dir, 'file'), 'x');
    await expect(withFsErrors(() => mkdir(join(dir, 'file', 'sub')), { path: 'p' })).rejects.toMatchObject({ code: 'FS_NOT_A_DIRECTORY', file: 'p' });
  });
});

describe('requireRegularFile / writeFileAtomic on non-regular paths', () => {
  it('refuses a FIFO and a directory before opening them, and a missing file as FS_NOT_FOUND', async () => {
    const fifo = join(dir, 'f.tar.gz');
    execFileSync('mkfifo', [fifo]);
    await expect(requireRegularFile(fifo, { what: 'the bundle' })).rejects.toMatchObject({
      code: 'NOT_REGULAR_FILE',
      exitCode: 2,
      message: expect.stringContaining('FIFO'),
    });
    await expect(requireRegularFile(dir)).rejects.toMatchObject({ code: 'NOT_REGULAR_FILE' });
    await expect(requireRegularFile(join(dir, 'nope'))).rejects.toMatchObject({ code: 'FS_NOT_FOUND' });
    // A report path that is a FIFO or a directory is refused, never replaced.
    await expect(writeFileAtomic(fifo, 'x')).rejects.toMatchObject({ code: 'OUTPUT_NOT_FILE' });
    await expect(writeFileAtomic(dir, 'x')).rejects.toMatchObject({ code: 'OUTPUT_NOT_FILE' });
    await expect(writeFileAtomic(join(dir, 'missing', 'r.json'), 'x')).rejects.toMatchObject({ code: 'FS_NOT_FOUND' });
  });
  it('noReplace refuses a file that exists at the final step', async () => {
    const p = join(dir, 'r.json');
    await writeFile(p, 'theirs');
    await expect(writeFileAtomic(p, 'mine', { noReplace: true })).rejects.toMatchObject({ code: 'OUTPUT_APPEARED' });
    await writeFileAtomic(p, 'mine');
  });
});

describe('fsErrorOfCause', () => {
  it("a full or read-only filesystem inside a coded error is named at the caller's path; other causes are left alone", async () => {
    const { MlpackError } = await import('./errors.js');
    const { fsErrorOfCause } = await import('./fs-error-of.js');
    const wrapped = (code: string) => new MlpackError('WRITE_FAILED', 'write failed', { cause: errno(code, '/out/.tmp/model.onnx') });
    expect(fsErrorOfCause(wrapped('ENOSPC'), { path: 'out' })).toMatchObject({ code: 'FS_NO_SPACE', file: 'out' });
    expect(fsErrorOfCause(wrapped('EROFS'), { path: 'out' })).toMatchObject({ code: 'FS_READ_ONLY', file: 'out' });
    expect(fsErrorOfCause(wrapped('ENOENT'), { path: 'out' })).toBeUndefined();
    expect(fsErrorOfCause(errno('ENOENT', '/model/config.json'), { path: 'out' })).toMatchObject({ code: 'FS_NOT_FOUND', file: '/model/config.json' });
  });
});
