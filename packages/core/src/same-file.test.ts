import { execFileSync } from 'node:child_process';
import { link, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findOverlap, realLocation, refuseInputsInside, refuseOverlap } from './same-file.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mlpack-same-'));
  await mkdir(join(dir, 'model'));
  await writeFile(join(dir, 'model', 'model.safetensors'), 'weights');
  await symlink('model', join(dir, 'alias'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('realLocation', () => {
  it('resolves symlinks in the existing part and appends the missing tail', async () => {
    const loc = await realLocation(join(dir, 'alias', 'not', 'yet'));
    expect(loc.real).toBe(join(await realLocation(dir).then((l) => l.real), 'model', 'not', 'yet'));
    expect(loc.id).toBeUndefined();
    expect((await realLocation(join(dir, 'alias'))).id).toBe((await realLocation(join(dir, 'model'))).id);
  });
});

describe('findOverlap', () => {
  it('sees the input through a symlinked output (the data-loss case of issue 11)', async () => {
    expect(await findOverlap(join(dir, 'model'), [join(dir, 'alias')])).toMatchObject({ kind: 'same' });
    expect(await findOverlap(join(dir, 'alias'), [join(dir, 'model')])).toMatchObject({ kind: 'same' });
  });
  it('an output that contains the input, or lies inside it', async () => {
    expect(await findOverlap(dir, [join(dir, 'alias')])).toMatchObject({ kind: 'output-contains-input' });
    expect(await findOverlap(join(dir, 'alias', 'out'), [join(dir, 'model')])).toMatchObject({ kind: 'input-contains-output' });
    expect(await findOverlap(join(dir, 'model', 'model.safetensors'), [join(dir, 'alias')])).toMatchObject({ kind: 'input-contains-output' });
  });
  it('separate paths and missing inputs do not overlap', async () => {
    expect(await findOverlap(join(dir, 'out'), [join(dir, 'model')])).toBeUndefined();
    expect(await findOverlap(join(dir, 'model'), [join(dir, 'missing')])).toBeUndefined();
    // a sibling whose name starts with the input's name is not inside it
    expect(await findOverlap(join(dir, 'model2'), [join(dir, 'model')])).toBeUndefined();
  });
  it('refuseOverlap throws OUTPUT_OVERLAPS_INPUT with exit 2', async () => {
    await expect(refuseOverlap(join(dir, 'alias'), [join(dir, 'model')])).rejects.toMatchObject({ code: 'OUTPUT_OVERLAPS_INPUT', exitCode: 2 });
  });
  it('by device + inode: a bind mount of the input is seen even though the real paths differ', async (ctx) => {
    const mnt = join(dir, 'out', 'mnt');
    await mkdir(mnt, { recursive: true });
    try {
      execFileSync('mount', ['--bind', join(dir, 'model'), mnt], { stdio: 'ignore' });
    } catch {
      ctx.skip();
      return;
    }
    try {
      expect(await findOverlap(mnt, [join(dir, 'model')])).toMatchObject({ kind: 'same' });
      await expect(refuseInputsInside(join(dir, 'out'), [join(dir, 'model')])).rejects.toMatchObject({ code: 'OUTPUT_OVERLAPS_INPUT' });
    } finally {
      execFileSync('umount', [mnt]);
    }
  });
});

describe('refuseInputsInside', () => {
  it('finds a hard link of an input file inside the directory to be replaced', async () => {
    await mkdir(join(dir, 'out', 'deep'), { recursive: true });
    await writeFile(join(dir, 'b.tar.gz'), 'bundle');
    await link(join(dir, 'b.tar.gz'), join(dir, 'out', 'deep', 'copy'));
    await expect(refuseInputsInside(join(dir, 'out'), [join(dir, 'b.tar.gz')])).rejects.toMatchObject({ code: 'OUTPUT_OVERLAPS_INPUT' });
    await rm(join(dir, 'out', 'deep', 'copy'));
    await expect(refuseInputsInside(join(dir, 'out'), [join(dir, 'b.tar.gz')])).resolves.toBeUndefined();
  });
});
