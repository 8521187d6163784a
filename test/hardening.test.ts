import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, cp, mkdir, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loopOnnxModel, makeTempDir, removeTempDir, replaceListedFile, samplesRoot } from '@mlpack/test-utils';
import { cliBin, jsonOf, runCli } from './helpers/cli.js';
import type { CliRun } from './helpers/cli.js';

/**
 * Issue 11's hostile and careless inputs, generated here (no committed binaries), each through the
 * built CLI: nothing of the user's is destroyed, nothing hangs or crashes, every failure is a
 * coded error naming the path (no stack trace), and what is refused is refused before it runs.
 */
const sample = join(samplesRoot, 'bert-seqcls');
let tmp: string;
let model: string;
let converted: string;
let bundle: string;
let keys: string;

const sha = async (p: string) =>
  createHash('sha256')
    .update(await readFile(p))
    .digest('hex');

/** A coded failure: the exit status, the code in stderr, the path named, and no internal error / stack trace. */
function expectCoded(r: CliRun, exit: 1 | 2, code: string, path?: string): void {
  expect(r.code, r.stderr).toBe(exit);
  expect(r.stderr).toContain(`[${code}]`);
  expect(r.stderr).not.toContain('internal error');
  expect(r.stderr).not.toMatch(/\n\s+at /);
  if (path !== undefined) expect(r.stderr).toContain(path);
}

beforeAll(async () => {
  tmp = await makeTempDir('mlpack-e2e-hardening-');
  model = join(tmp, 'm');
  await cp(sample, model, { recursive: true });
  converted = join(tmp, 'converted');
  expect((await runCli(['convert', model, '--out', converted])).code).toBe(0);
  keys = join(tmp, 'keys');
  expect((await runCli(['keygen', '-o', keys])).code).toBe(0);
  bundle = join(tmp, 'good.tar.gz');
  const b = await runCli([
    'bundle',
    converted,
    '--model',
    model,
    '--name',
    'good',
    '--version',
    '1.0.0',
    '-o',
    bundle,
    '--sign',
    join(keys, 'mlpack-p256.pem'),
  ]);
  expect(b.code, b.stderr).toBe(0);
});
afterAll(async () => {
  await removeTempDir(tmp);
});

describe('never destroy input', () => {
  it('convert --force through a symlink to the model: refused, the weights survive (was: model.safetensors deleted)', async () => {
    const dir = join(tmp, 'alias-case');
    await cp(sample, join(dir, 'm'), { recursive: true });
    await symlink('m', join(dir, 'alias'));
    const before = await sha(join(dir, 'm', 'model.safetensors'));
    const r = await runCli(['convert', 'alias', '--out', 'm', '--force'], { cwd: dir });
    expectCoded(r, 2, 'CONVERT_OUT_OVERLAPS_INPUT');
    expect(await sha(join(dir, 'm', 'model.safetensors'))).toBe(before);
    // the model's real parent, through the alias
    const up = await runCli(['convert', 'alias', '--out', '.', '--force'], { cwd: dir });
    expectCoded(up, 2, 'CONVERT_OUT_OVERLAPS_INPUT');
    expect(await sha(join(dir, 'm', 'model.safetensors'))).toBe(before);
  });

  it('unbundle -o <the folder holding the bundle> --force: refused, the bundle survives', async () => {
    const dir = join(tmp, 'holder');
    await mkdir(dir);
    await cp(bundle, join(dir, 'good.tar.gz'));
    const r = await runCli(['unbundle', join(dir, 'good.tar.gz'), '-o', dir, '--force']);
    expectCoded(r, 2, 'OUTPUT_OVERLAPS_INPUT');
    expect(await sha(join(dir, 'good.tar.gz'))).toBe(await sha(bundle));
  });

  it('bundle -o <model>/model.safetensors --force: refused, the source weights survive', async () => {
    const before = await sha(join(model, 'model.safetensors'));
    const r = await runCli(['bundle', converted, '--model', model, '--name', 'x', '--version', '1.0.0', '-o', join(model, 'model.safetensors'), '--force']);
    expectCoded(r, 2, 'OUTPUT_OVERLAPS_INPUT');
    expect(await sha(join(model, 'model.safetensors'))).toBe(before);
  });

  it('--force replaces a folder only when it holds none of the inputs (a hard link of the bundle inside counts)', async () => {
    const out = join(tmp, 'with-link');
    await mkdir(out);
    execFileSync('ln', [bundle, join(out, 'copy.tar.gz')]);
    expectCoded(await runCli(['unbundle', bundle, '-o', out, '--force']), 2, 'OUTPUT_OVERLAPS_INPUT');
    expect(existsSync(join(out, 'copy.tar.gz'))).toBe(true);
  });

  it.each(['convert', 'unbundle'])('two concurrent %ss to one --out: one wins, the other fails with a code; nothing is silently replaced', async (cmd) => {
    const out = join(tmp, `race-${cmd}`);
    const args = cmd === 'convert' ? ['convert', model, '--out', out, '--json'] : ['unbundle', bundle, '-o', out, '--json'];
    const runs = await Promise.all([runCli(args), runCli(args), runCli(args)]);
    const winners = runs.filter((r) => r.code === 0);
    expect(winners).toHaveLength(1);
    for (const r of runs.filter((x) => x.code !== 0)) {
      expect(['OUTPUT_BUSY', 'OUTPUT_APPEARED', 'OUTPUT_NOT_EMPTY']).toContain(jsonOf<{ error: { code: string } }>(r).error.code);
    }
    expect(existsSync(join(out, 'mlpack.json'))).toBe(true);
    expect((await readdir(tmp)).filter((n) => n.includes('mlpack-tmp') || n.includes('mlpack-lock'))).toEqual([]);
  });
});

describe('ordinary filesystem errors are coded errors naming the path (no internal error, no stack trace)', () => {
  it.each<[string, (t: string) => string[], 1 | 2, string, (t: string) => string]>([
    ['convert --out <a regular file>/x', (t) => ['convert', model, '--out', join(t, 'file', 'x')], 1, 'FS_NOT_A_DIRECTORY', (t) => join(t, 'file', 'x')],
    ['unbundle -o <a regular file>/x', (t) => ['unbundle', bundle, '-o', join(t, 'file', 'x')], 1, 'FS_NOT_A_DIRECTORY', (t) => join(t, 'file', 'x')],
    ['convert --out <a regular file>', (t) => ['convert', model, '--out', join(t, 'file')], 2, 'OUTPUT_NOT_DIR', (t) => join(t, 'file')],
    ['verify --report <a directory>', (t) => ['verify', model, converted, '--report', t], 2, 'OUTPUT_NOT_FILE', (t) => t],
    [
      'verify --report <missing dir>/r.json',
      (t) => ['verify', model, converted, '--report', join(t, 'missing', 'r.json')],
      1,
      'FS_NOT_FOUND',
      (t) => join(t, 'missing'),
    ],
    ['verify <bundle> --report <a directory>', (t) => ['verify', bundle, '--report', t], 2, 'OUTPUT_NOT_FILE', (t) => t],
    ['verify --golden <a directory>', (t) => ['verify', model, converted, '--golden', t], 2, 'NOT_REGULAR_FILE', (t) => t],
    ['verify --golden <missing>', (t) => ['verify', model, converted, '--golden', join(t, 'nope.json')], 1, 'FS_NOT_FOUND', (t) => join(t, 'nope.json')],
    ['keygen -o <a file>', (t) => ['keygen', '-o', join(t, 'file')], 1, 'FS_EXISTS', (t) => join(t, 'file')],
    ['keygen -o <a file>/x', (t) => ['keygen', '-o', join(t, 'file', 'x')], 1, 'FS_NOT_A_DIRECTORY', (t) => join(t, 'file', 'x')],
    [
      'bundle -o <missing dir>/b.tar.gz',
      (t) => ['bundle', converted, '--model', model, '--name', 'b', '--version', '1.0.0', '-o', join(t, 'missing', 'b.tar.gz')],
      1,
      'FS_NOT_FOUND',
      (t) => join(t, 'missing'),
    ],
    [
      'bundle -o <a directory>',
      (t) => ['bundle', converted, '--model', model, '--name', 'b', '--version', '1.0.0', '-o', t, '--force'],
      2,
      'OUTPUT_NOT_FILE',
      (t) => t,
    ],
    [
      'bundle --sign <a directory>',
      (t) => ['bundle', converted, '--model', model, '--name', 'b', '--version', '1.0.0', '-o', join(t, 'b.tar.gz'), '--sign', keys],
      2,
      'NOT_REGULAR_FILE',
      () => keys,
    ],
    ['verify <bundle> --pubkey <a directory>', (t) => ['verify', bundle, '--pubkey', t], 2, 'NOT_REGULAR_FILE', (t) => t],
    [
      'unbundle --pubkey <missing>',
      (t) => ['unbundle', bundle, '-o', join(t, 'u'), '--pubkey', join(t, 'nope.pem')],
      1,
      'FS_NOT_FOUND',
      (t) => join(t, 'nope.pem'),
    ],
  ])('%s', async (_what, args, exit, code, path) => {
    const t = await makeTempDir('mlpack-e2e-fs-');
    try {
      await writeFile(join(t, 'file'), 'a regular file');
      expectCoded(await runCli(args(t)), exit, code, path(t));
      expect((await readdir(t)).filter((n) => n !== 'file')).toEqual([]);
    } finally {
      await removeTempDir(t);
    }
  });

  it('TMPDIR=<missing dir> mlpack verify good.tar.gz → TMPDIR_UNUSABLE naming it', async () => {
    const missing = join(tmp, 'no-such-tmp');
    expectCoded(await runCli(['verify', bundle], { env: { TMPDIR: missing } }), 1, 'TMPDIR_UNUSABLE', missing);
  });

  describe.skipIf(process.getuid?.() !== 0)('on a read-only filesystem (EROFS; root mounts a read-only tmpfs)', () => {
    let ro: string;
    let mounted = false;
    beforeAll(async () => {
      ro = join(tmp, 'ro');
      await mkdir(ro);
      try {
        execFileSync('mount', ['-t', 'tmpfs', '-o', 'ro,size=1m', 'tmpfs', ro], { stdio: 'ignore' });
        mounted = true;
      } catch {
        mounted = false;
      }
    });
    afterAll(() => {
      if (mounted) execFileSync('umount', [ro]);
    });
    it.each<[string, () => string[]]>([
      ['convert --out', () => ['convert', model, '--out', join(ro, 'out')]],
      ['unbundle -o', () => ['unbundle', bundle, '-o', join(ro, 'out')]],
      ['bundle -o', () => ['bundle', converted, '--model', model, '--name', 'b', '--version', '1.0.0', '-o', join(ro, 'b.tar.gz')]],
      ['keygen -o', () => ['keygen', '-o', join(ro, 'keys')]],
      ['verify --report', () => ['verify', model, converted, '--report', join(ro, 'r.json')]],
      ['verify <bundle> with TMPDIR read-only', () => ['verify', bundle]],
    ])('%s → FS_READ_ONLY / TMPDIR_UNUSABLE, exit 1', async (what, args) => {
      expect(mounted, 'the read-only tmpfs could not be mounted').toBe(true);
      const r = await runCli(args(), what.includes('TMPDIR') ? { env: { TMPDIR: ro } } : {});
      expect(r.code, r.stderr).toBe(1);
      expect(r.stderr).toMatch(/\[(FS_READ_ONLY|TMPDIR_UNUSABLE)\]/);
      expect(r.stderr).not.toContain('internal error');
      expect(r.stderr).toContain(ro);
    });
  });

  it('permission denied (EACCES), run as an unprivileged user', async (ctx) => {
    if (process.getuid?.() !== 0) ctx.skip(); // needs root to switch users
    const dir = join(tmp, 'locked');
    await mkdir(dir);
    await chmod(dir, 0o555);
    await chmod(tmp, 0o755);
    const r = await new Promise<CliRun>((resolve) => {
      const child = spawn(process.execPath, [cliBin, 'keygen', '-o', join(dir, 'k')], { uid: 65534, gid: 65534, env: { ...process.env, HOME: '/tmp' } });
      let stderr = '';
      child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
      child.on('close', (code) => resolve({ code: code ?? -1, stdout: '', stderr }));
    });
    if (r.stderr.includes('EACCES') && r.stderr.includes(cliBin)) ctx.skip(); // the checkout itself is not readable by nobody
    expectCoded(r, 1, 'FS_PERMISSION_DENIED', join(dir, 'k'));
  });
});

describe('never hang on a FIFO (or any non-regular file)', () => {
  let fifo: string;
  beforeAll(() => {
    fifo = join(tmp, 'f.tar.gz');
    execFileSync('mkfifo', [fifo]);
  });
  it.each<[string, () => string[], 1 | 2, string]>([
    ['verify <fifo>.tar.gz', () => ['verify', fifo], 2, 'NOT_REGULAR_FILE'],
    ['unbundle <fifo>', () => ['unbundle', fifo, '-o', join(tmp, 'fifo-out')], 2, 'NOT_REGULAR_FILE'],
    ['verify --golden <fifo>', () => ['verify', model, converted, '--golden', fifo], 2, 'NOT_REGULAR_FILE'],
    ['verify --report <fifo>', () => ['verify', model, converted, '--report', fifo], 2, 'OUTPUT_NOT_FILE'],
    ['verify <bundle> --pubkey <fifo>', () => ['verify', bundle, '--pubkey', fifo], 2, 'NOT_REGULAR_FILE'],
    [
      'bundle --sign <fifo>',
      () => ['bundle', converted, '--model', model, '--name', 'b', '--version', '1.0.0', '-o', join(tmp, 'fifo-b.tar.gz'), '--sign', fifo],
      2,
      'NOT_REGULAR_FILE',
    ],
    ['bundle -o <fifo>', () => ['bundle', converted, '--model', model, '--name', 'b', '--version', '1.0.0', '-o', fifo, '--force'], 2, 'OUTPUT_NOT_FILE'],
  ])(
    '%s is refused at once',
    async (_what, args, exit, code) => {
      const t0 = Date.now();
      expectCoded(await runCli(args()), exit, code, fifo);
      expect(Date.now() - t0).toBeLessThan(30_000);
    },
    40_000,
  );
});

describe('usage and budgets', () => {
  it.each([
    [['convert', 'x', '--out', 'a', '--out', 'b']],
    [['convert', 'x', '-o', 'a', '--out', 'b']],
    [['verify', 'x', 'y', '--batch', '2', '--batch=3']],
    [['unbundle', 'x', '-o', 'a', '--force', '--force']],
  ])('a single-value option given twice is a usage error (exit 2): %j', async (args) => {
    expectCoded(await runCli(args), 2, 'USAGE');
  });
  it('--to and --text may repeat', async () => {
    const r = await runCli(['verify', model, converted, '--target', 'onnx', '--text', 'a b c', '--text', 'hello there world again', '--json']);
    expect(r.code, r.stderr).toBe(0);
  });
  it('verify --batch 1000000000 → INPUT_TOO_LARGE, exit 2 (was: out of memory, exit 134)', async () => {
    expectCoded(await runCli(['verify', model, converted, '--batch', '1000000000']), 2, 'INPUT_TOO_LARGE');
  });
  it('20,000 --text values → INPUT_TOO_LARGE, exit 2 (was: segfault, exit 139)', async () => {
    const texts = Array.from({ length: 20_000 }, (_, i) => ['--text', `t${i}`]).flat();
    expectCoded(await runCli(['verify', model, converted, ...texts]), 2, 'INPUT_TOO_LARGE');
  });
  it('--timeout must be a positive number of seconds', async () => {
    expectCoded(await runCli(['verify', bundle, '--timeout', '0']), 2, 'USAGE');
  });
});

describe('untrusted bundles: nothing runs before the signature and the operators are checked', () => {
  it('a failed signature stops verify before any inference', async () => {
    const other = join(tmp, 'other-keys');
    expect((await runCli(['keygen', '-o', other])).code).toBe(0);
    const r = await runCli(['verify', bundle, '--pubkey', join(other, 'mlpack-p256.pub.pem'), '--json']);
    expect(r.code).toBe(1);
    const report = jsonOf<{ signature: { ok: boolean }; goldens: { checked: boolean }; errors: { code: string }[] }>(r);
    expect(report.signature.ok).toBe(false);
    expect(report.goldens.checked).toBe(false);
    expect(report.errors.map((e) => e.code)).toEqual(['BUNDLE_SIGNATURE_INVALID']);
    // the right key: goldens run
    const ok = jsonOf<{ goldens: { checked: boolean } }>(await runCli(['verify', bundle, '--pubkey', join(keys, 'mlpack-p256.pub.pem'), '--json']));
    expect(ok.goldens.checked).toBe(true);
  });

  it('a model holding a Loop is refused before onnxruntime sees it (BUNDLE_MODEL_REFUSED)', async () => {
    const dir = join(tmp, 'loop-bundle');
    expect((await runCli(['unbundle', bundle, '-o', dir])).code).toBe(0);
    // Swap in a model with a Loop node and re-record its size and hash, as an attacker re-packing a bundle would.
    await replaceListedFile(dir, 'onnx/model.onnx', loopOnnxModel());
    await rm(join(dir, 'model.sig'));
    const r = await runCli(['verify', dir, '--json']);
    expect(r.code).toBe(1);
    const report = jsonOf<{ errors: { code: string; message: string }[] }>(r);
    expect(report.errors.map((e) => e.code)).toEqual(['BUNDLE_MODEL_REFUSED']);
    expect(report.errors[0]!.message).toContain('"Loop"');
  });
});

describe('bundle runs the converted model as verify runs an untrusted one', () => {
  it('a converted model holding a Loop is refused before onnxruntime sees it (BUNDLE_MODEL_REFUSED), and no archive is written', async () => {
    const dir = join(tmp, 'loop-converted');
    await cp(converted, dir, { recursive: true });
    await replaceListedFile(dir, 'onnx/model.onnx', loopOnnxModel());
    const out = join(tmp, 'loop-converted.tar.gz');
    const r = await runCli(['bundle', dir, '--model', model, '--name', 'b', '--version', '1.0.0', '-o', out]);
    expectCoded(r, 1, 'BUNDLE_MODEL_REFUSED', 'model.onnx');
    expect(r.stderr).toContain('"Loop"');
    expect(existsSync(out)).toBe(false);
  });
  it('--compression-level outside 0..9 and --timeout <= 0 are usage errors (exit 2) before any work', async () => {
    const base = ['bundle', converted, '--model', model, '--name', 'b', '--version', '1.0.0', '-o', join(tmp, 'bad-level.tar.gz')];
    expectCoded(await runCli([...base, '--compression-level', '12']), 2, 'BUNDLE_BAD_OPTION');
    expectCoded(await runCli([...base, '--timeout', '0']), 2, 'USAGE');
  });
});

describe('verify <model> <converted> checks the converted folder against its mlpack.json first', () => {
  const copyConverted = async (name: string): Promise<string> => {
    const dir = join(tmp, name);
    await cp(converted, dir, { recursive: true });
    return dir;
  };
  it('a wrong hash → VERIFY_FILE_MODIFIED', async () => {
    const dir = await copyConverted('c-hash');
    const cfg = join(dir, 'config.json');
    await writeFile(cfg, (await readFile(cfg, 'utf8')).replace('"negative"', '"nEgative"'));
    expectCoded(await runCli(['verify', model, dir]), 1, 'VERIFY_FILE_MODIFIED', 'config.json');
  });
  it('an unlisted evil.sh → VERIFY_FILE_UNLISTED', async () => {
    const dir = await copyConverted('c-evil');
    await writeFile(join(dir, 'evil.sh'), '#!/bin/sh\nrm -rf ~\n');
    expectCoded(await runCli(['verify', model, dir]), 1, 'VERIFY_FILE_UNLISTED', 'evil.sh');
  });
  it('model.onnx symlinked outside → VERIFY_FILE_NOT_REGULAR, never loaded', async () => {
    const dir = await copyConverted('c-link');
    await cp(join(dir, 'onnx', 'model.onnx'), join(tmp, 'outside.onnx'));
    await rm(join(dir, 'onnx', 'model.onnx'));
    await symlink(join(tmp, 'outside.onnx'), join(dir, 'onnx', 'model.onnx'));
    expectCoded(await runCli(['verify', model, dir]), 1, 'VERIFY_FILE_NOT_REGULAR', 'model.onnx');
  });
});

describe('terminal escape injection', () => {
  it('ESC bytes and newlines from id2label and file names are escaped in human output; --json stays exact', async () => {
    const dir = join(tmp, 'esc-model');
    await cp(sample, dir, { recursive: true });
    const config = JSON.parse(await readFile(join(dir, 'config.json'), 'utf8')) as Record<string, unknown>;
    const evilLabel = '\u001b]0;pwned\u0007\u001b[2J';
    config['id2label'] = { '0': evilLabel, '1': 'ok\nFAKE: valid' };
    config['label2id'] = { [evilLabel]: 0, 'ok\nFAKE: valid': 1 };
    await writeFile(join(dir, 'config.json'), JSON.stringify(config, null, 2));
    const evilName = 'notes\u001b[31m\nvalid.txt';
    await writeFile(join(dir, evilName), 'x');
    for (const args of [
      ['inspect', dir],
      ['validate', dir],
      ['convert', dir, '--out', join(tmp, 'esc-out')],
    ]) {
      const r = await runCli(args);
      for (const text of [r.stdout, r.stderr]) {
        expect(text).not.toContain('\u001b');
        expect(text).not.toContain('\u0007');
      }
      if (args[0] === 'inspect') {
        expect(r.stdout).toContain('notes\\x1b[31m\\nvalid.txt');
        expect(r.stdout.split('\n').some((l) => l.startsWith('valid.txt'))).toBe(false);
      }
    }
    const json = await runCli(['inspect', dir, '--json']);
    const files = jsonOf<{ files: { path: string }[] }>(json).files.map((f) => f.path);
    expect(files).toContain(evilName);
  });
});
