import { describe, expect, it, vi } from 'vitest';
import { hasSharedFixtures, sharedFixture } from '@mlpack/test-utils';
import { inspectModel } from './inspect-model.js';
import { readModelFolder } from './read-model-folder.js';

/** Every path any module opened or read through node:fs / node:fs/promises during this file's tests. */
const opened = vi.hoisted(() => [] as string[]);

vi.mock('node:fs/promises', async (importOriginal) => {
  const fsp = await importOriginal<typeof import('node:fs/promises')>();
  const record = (p: unknown): void => {
    opened.push(String(p));
  };
  const spied = {
    ...fsp,
    open: ((path: Parameters<typeof fsp.open>[0], ...rest: unknown[]) => {
      record(path);
      return (fsp.open as (...a: unknown[]) => unknown)(path, ...rest);
    }) as typeof fsp.open,
    readFile: ((path: Parameters<typeof fsp.readFile>[0], ...rest: unknown[]) => {
      record(path);
      return (fsp.readFile as (...a: unknown[]) => unknown)(path, ...rest);
    }) as typeof fsp.readFile,
  };
  return { ...spied, default: spied };
});

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const wrap = <F extends (...a: never[]) => unknown>(f: F): F =>
    ((path: unknown, ...rest: unknown[]) => {
      opened.push(String(path));
      return (f as unknown as (...a: unknown[]) => unknown)(path, ...rest);
    }) as unknown as F;
  const spied = {
    ...fs,
    createReadStream: wrap(fs.createReadStream),
    openSync: wrap(fs.openSync),
    readFileSync: wrap(fs.readFileSync),
    open: wrap(fs.open),
    readFile: wrap(fs.readFile),
  };
  return { ...spied, default: spied };
});

describe.skipIf(!hasSharedFixtures())('pickles are never read (fs spy)', () => {
  it('readModelFolder and inspectModel --hash touch every file but the regular pytorch_model.bin', async () => {
    const dir = sharedFixture('tiny-bert-seqcls-tokenizer');
    const r = await readModelFolder(dir);
    expect(r.ok).toBe(true);
    await r.folder!.close();
    const report = await inspectModel(dir, { hash: true });

    const names = opened.map((p) => p.split(/[\\/]/).pop());
    // The spy sees the reads: the weights, the JSON documents, vocab.txt (and hashing reads them all).
    for (const f of ['model.safetensors', 'config.json', 'tokenizer.json', 'vocab.txt', 'PROVENANCE.json']) expect(names).toContain(f);
    expect(names).not.toContain('pytorch_model.bin');
    expect(report.files.find((f) => f.path === 'pytorch_model.bin')).toEqual({ path: 'pytorch_model.bin', kind: 'pickle', size: 384767 });
  });
});
