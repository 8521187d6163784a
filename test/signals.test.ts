import { spawn } from 'node:child_process';
import { mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BERT_QUICK_SPEC, ensureBenchModel } from '@mlpack/bench';
import { makeTempDir, removeTempDir } from '@mlpack/test-utils';
import { cliBin, runCli } from './helpers/cli.js';

/**
 * Ctrl-C / SIGTERM / SIGKILL in the middle of convert, bundle, unbundle and verify <bundle>,
 * with real child processes: the built CLI is started, killed as soon as its temp output appears,
 * and the places it writes to are then listed. SIGINT/SIGTERM must leave nothing (exit 130/143);
 * what SIGKILL leaves must be removed by the next run that writes to the same place.
 */
let tmp: string;
let model: string;
let converted: string;
let bundle: string;

/** mlpack's temp names (`*.mlpack-tmp-<pid>-<start>-<hex>`) and output locks. */
const TEMP = /mlpack-tmp-|mlpack-lock/;
const temps = async (dir: string): Promise<string[]> => (await readdir(dir).catch(() => [] as string[])).filter((n) => TEMP.test(n));

interface Killed {
  code: number | null;
  signal: NodeJS.Signals | null;
  sawTemp: boolean;
  stderr: string;
}

/** Start the CLI, send `signal` once a temp entry shows up in `watch`, and wait for the exit. */
function killWhenTempAppears(args: string[], watch: string, signal: NodeJS.Signals, env: NodeJS.ProcessEnv = {}): Promise<Killed> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cliBin, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    let sawTemp = false;
    const poll = setInterval(() => {
      void temps(watch).then((t) => {
        if (!sawTemp && t.some((n) => n.includes('mlpack-tmp-'))) {
          sawTemp = true;
          clearInterval(poll);
          child.kill(signal);
        }
      });
    }, 3);
    child.on('exit', (code, sig) => {
      clearInterval(poll);
      resolve({ code, signal: sig, sawTemp, stderr });
    });
  });
}

beforeAll(async () => {
  tmp = await makeTempDir('mlpack-e2e-signals-');
  // ~70 MB of weights: long enough for each command to be caught mid-way, small enough for CI.
  const m = await ensureBenchModel(tmp, { ...BERT_QUICK_SPEC, name: 'model', hidden: 384, layers: 6, heads: 6, intermediate: 1536, vocabSize: 20000 });
  model = m.dir;
  converted = join(tmp, 'converted');
  const c = await runCli(['convert', model, '--out', converted]);
  expect(c.code, c.stderr).toBe(0);
  bundle = join(tmp, 'b.tar.gz');
  const b = await runCli(['bundle', converted, '--model', model, '--name', 'sig', '--version', '1.0.0', '-o', bundle]);
  expect(b.code, b.stderr).toBe(0);
}, 300_000);
afterAll(async () => {
  await removeTempDir(tmp);
});

describe('SIGINT and SIGTERM remove temp output and exit 130 / 143', () => {
  it.each<[string, NodeJS.Signals, number]>([
    ['convert', 'SIGINT', 130],
    ['convert', 'SIGTERM', 143],
    ['bundle', 'SIGINT', 130],
    ['bundle', 'SIGTERM', 143],
    ['unbundle', 'SIGINT', 130],
    ['unbundle', 'SIGTERM', 143],
    ['verify <bundle>', 'SIGINT', 130],
    ['verify <bundle>', 'SIGTERM', 143],
  ])('%s + %s', async (cmd, signal, exit) => {
    const where = join(tmp, `${cmd.replace(/\W+/g, '-')}-${signal}`);
    await mkdir(where);
    const args =
      cmd === 'convert'
        ? ['convert', model, '--out', join(where, 'out'), '--to', 'all']
        : cmd === 'bundle'
          ? ['bundle', converted, '--model', model, '--name', 'sig', '--version', '1.0.0', '-o', join(where, 'x.tar.gz')]
          : cmd === 'unbundle'
            ? ['unbundle', bundle, '-o', join(where, 'out')]
            : ['verify', bundle];
    // verify extracts into TMPDIR; the others write beside their output (TMPDIR untouched: libraries keep their own files there).
    const r = await killWhenTempAppears(args, where, signal, cmd.startsWith('verify') ? { TMPDIR: where } : {});
    expect(r.sawTemp, `no temp output seen; stderr: ${r.stderr}`).toBe(true);
    expect(r.code, r.stderr).toBe(exit);
    expect(r.stderr).toContain(`${signal}: removing temp output`);
    expect(await readdir(where)).toEqual([]);
  });
});

describe('SIGKILL: what it leaves, the next run in the same place removes', () => {
  it('convert: a stale temp dir and lock are swept by the next convert beside them', async () => {
    const where = join(tmp, 'kill-convert');
    await mkdir(where);
    const r = await killWhenTempAppears(['convert', model, '--out', join(where, 'out'), '--to', 'all'], where, 'SIGKILL');
    expect(r.sawTemp).toBe(true);
    expect(r.signal).toBe('SIGKILL');
    const left = await temps(where);
    expect(left.length).toBeGreaterThan(0); // SIGKILL cannot be caught: the temp dir (and lock) stay
    const again = await runCli(['convert', join(tmp, 'model'), '--out', join(where, 'out2')]);
    expect(again.code, again.stderr).toBe(0);
    expect(await temps(where)).toEqual([]);
    // and the killed run's own target can be written again (its lock was stale)
    expect((await runCli(['convert', model, '--out', join(where, 'out')])).code).toBe(0);
  });

  it('bundle: a stale half-written archive is swept by the next bundle into the same folder', async () => {
    const where = join(tmp, 'kill-bundle');
    await mkdir(where);
    const args = (name: string) => ['bundle', converted, '--model', model, '--name', 'sig', '--version', '1.0.0', '-o', join(where, name)];
    const r = await killWhenTempAppears(args('x.tar.gz'), where, 'SIGKILL');
    expect(r.sawTemp).toBe(true);
    expect((await temps(where)).length).toBe(1);
    expect((await runCli(args('y.tar.gz'))).code).toBe(0);
    expect(await readdir(where)).toEqual(['y.tar.gz']);
  });

  it('verify <bundle>: the stale extraction in TMPDIR is swept by the next verify', async () => {
    const where = join(tmp, 'kill-verify');
    await mkdir(where);
    const r = await killWhenTempAppears(['verify', bundle], where, 'SIGKILL', { TMPDIR: where });
    expect(r.sawTemp).toBe(true);
    expect((await temps(where)).length).toBe(1);
    const again = await runCli(['verify', bundle, '--no-inference'], { env: { TMPDIR: where } });
    expect(again.code, again.stderr).toBe(0);
    expect(await readdir(where)).toEqual([]);
  });
});
