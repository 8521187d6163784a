import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, removeTempDir, repoRoot, samplesRoot } from '@mlpack/test-utils';
import { startLocalRegistry } from './helpers/local-registry.js';
import type { LocalRegistry } from './helpers/local-registry.js';

// The library as another project installs it: every public package packed with `pnpm pack`, the
// tarballs installed in a fresh directory by npm and by pnpm, and the README's library example run
// there (JavaScript, and TypeScript under `tsc --strict` against the installed types).
// No network: a registry on 127.0.0.1 (helpers/local-registry.ts) serves our tarballs and the
// third-party packages already installed in this workspace; anything else is a 404.
const run = promisify(execFile);
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const RUNTIMES = ['onnxruntime-node@1.30.0', '@tensorflow/tfjs-core@4.22.0', '@tensorflow/tfjs-converter@4.22.0', '@tensorflow/tfjs-backend-cpu@4.22.0'];

const publicPackages = readdirSync(join(repoRoot, 'packages'))
  .sort()
  .map((d) => JSON.parse(readFileSync(join(repoRoot, 'packages', d, 'package.json'), 'utf8')) as { name: string; private?: boolean })
  .filter((p) => p.private !== true)
  .map((p) => p.name);

let tmp: string;
let tarballs: string[];
let registry: LocalRegistry;

beforeAll(async () => {
  tmp = await makeTempDir('mlpack-install-');
  const dest = join(tmp, 'tarballs');
  await run('pnpm', ['-r', ...publicPackages.flatMap((n) => ['--filter', n]), 'pack', '--pack-destination', dest], { cwd: repoRoot, env: cleanEnv() });
  tarballs = readdirSync(dest).map((f) => join(dest, f));
  await mkdir(join(tmp, 'packed'));
  registry = await startLocalRegistry({ repoRoot, tarballs, cacheDir: join(tmp, 'packed') });
}, 300_000);

afterAll(async () => {
  await registry?.close();
  if (tmp) await removeTempDir(tmp);
});

/** The child's environment without the npm_config_* / pnpm settings of the process that runs the tests. */
function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!/^(npm_|pnpm_|PNPM_)/i.test(k)) env[k] = v;
  return env;
}

async function install(manager: 'npm' | 'pnpm', name: string, extra: string[]): Promise<string> {
  const dir = join(tmp, name);
  await mkdir(dir);
  await writeFile(join(dir, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true, type: 'module' }));
  await writeFile(join(dir, '.npmrc'), `registry=${registry.url}\nupdate-notifier=false\nfund=false\naudit=false\n`);
  const env = { ...cleanEnv(), npm_config_registry: registry.url };
  const specs = [...tarballs, ...extra];
  if (manager === 'npm') {
    await run('npm', ['install', '--ignore-scripts', '--no-audit', '--no-fund', '--cache', join(tmp, 'npm-cache'), ...specs], {
      cwd: dir,
      env,
      maxBuffer: 64 << 20,
    });
  } else {
    await run('pnpm', ['add', '--store-dir', join(tmp, 'pnpm-store'), '--config.ignore-scripts=true', '--reporter=silent', ...specs], {
      cwd: dir,
      env,
      maxBuffer: 64 << 20,
    });
  }
  return dir;
}

/** Every installed copy of `name` under dir/node_modules (pnpm's .pnpm store included; symlinks not followed). */
async function installedVersions(dir: string, name: string): Promise<string[]> {
  const { stdout } = await run('find', [join(dir, 'node_modules'), '-path', `*/node_modules/${name}/package.json`], { maxBuffer: 64 << 20 });
  return stdout
    .split('\n')
    .filter(Boolean)
    .map((f) => (JSON.parse(readFileSync(f, 'utf8')) as { version: string }).version)
    .sort();
}

/** Our files in the installed tree that a package should never ship. */
async function shippedBuildInfo(dir: string): Promise<string[]> {
  const { stdout } = await run('find', [join(dir, 'node_modules'), '-name', '*.tsbuildinfo'], { maxBuffer: 64 << 20 });
  return stdout.split('\n').filter((f) => /[\\/](@mlpack[\\/][^\\/]+|mlpack)[\\/]/.test(f));
}

const atLeast = (v: string, min: string) => {
  const [a, b] = [v.split('.').map(Number), min.split('.').map(Number)];
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i]! > b[i]!;
  return true;
};

function readmeExample(out: string): string {
  const section = readFileSync(join(repoRoot, 'README.md'), 'utf8')
    .split(/^## /m)
    .find((x) => x.startsWith('Library'));
  const code = section?.match(/```ts\n([^`]+?)\n```/)?.[1];
  if (!code) throw new Error('README "Library" section has no ts block');
  return code.replaceAll("'models/my-bert'", JSON.stringify(join(samplesRoot, 'bert-seqcls'))).replaceAll("'out/my-bert'", JSON.stringify(out));
}

async function checkTree(dir: string): Promise<void> {
  const protobufs = await installedVersions(dir, 'protobufjs');
  expect(protobufs.length).toBeGreaterThan(0);
  expect(
    protobufs.filter((v) => !atLeast(v, '7.5.6')),
    'protobufjs < 7.5.6 in the consumer tree',
  ).toEqual([]);
  expect(await installedVersions(dir, 'onnx-proto')).toEqual([]);
  expect(await shippedBuildInfo(dir)).toEqual([]);
}

describe.each(['npm', 'pnpm'] as const)('installed from the packed tarballs with %s', (manager) => {
  it('runs the README library example in JavaScript and in strict TypeScript (runtimes installed beside it)', async () => {
    const dir = await install(manager, `${manager}-full`, [...RUNTIMES, '@types/node@20.19.43']);
    await checkTree(dir);
    const example = readmeExample(join(dir, 'out'));
    await writeFile(join(dir, 'example.mjs'), example);
    await writeFile(join(dir, 'example.ts'), example);
    await run(
      process.execPath,
      [tsc, '--strict', '--noEmit', '--target', 'es2022', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--types', 'node', 'example.ts'],
      { cwd: dir },
    );
    const { stdout } = await run(process.execPath, ['example.mjs'], { cwd: dir });
    // manifest.files: model.onnx, model.json, 1 shard, config + 4 tokenizer files → 8; parity ok.
    expect(stdout.trim()).toBe('8 true');
    const cli = await run(join(dir, 'node_modules', '.bin', 'mlpack'), ['--version'], { cwd: dir });
    expect(cli.stdout.trim()).toBe(JSON.parse(readFileSync(join(repoRoot, 'packages', 'mlpack', 'package.json'), 'utf8')).version);
  });

  it('converts without the runtimes, and verify names the package to install', async () => {
    const dir = await install(manager, `${manager}-bare`, []);
    await checkTree(dir);
    expect(existsSync(join(dir, 'node_modules', 'onnxruntime-node'))).toBe(false);
    expect(await installedVersions(dir, 'onnxruntime-node')).toEqual([]);
    expect(await installedVersions(dir, '@tensorflow/tfjs-core')).toEqual([]);
    const model = join(samplesRoot, 'bert-seqcls');
    const out = join(dir, 'out');
    const script = [
      "import { inspectModel, convertModel, verifyConversion } from 'mlpack';",
      `const report = await inspectModel(${JSON.stringify(model)});`,
      `const { manifest } = await convertModel(${JSON.stringify(model)}, { out: ${JSON.stringify(out)}, targets: ['onnx', 'tfjs'] });`,
      `const verified = await verifyConversion(${JSON.stringify(model)}, ${JSON.stringify(out)});`,
      'const errors = verified.errors.map((e) => ({ target: e.target, code: e.code, hint: e.hint }));',
      'console.log(JSON.stringify({ valid: report.valid, files: manifest.files.length, ok: verified.ok, errors }));',
    ].join('\n');
    await writeFile(join(dir, 'bare.mjs'), script);
    const { stdout } = await run(process.execPath, ['bare.mjs'], { cwd: dir });
    const result = JSON.parse(stdout) as { valid: boolean; files: number; ok: boolean; errors: { target: string; code: string; hint: string }[] };
    expect(result.valid).toBe(true);
    expect(result.files).toBe(8);
    expect(result.ok).toBe(false);
    // Each target's runtime is named, with the version to install.
    expect(result.errors).toEqual([
      { target: 'onnx', code: 'VERIFY_RUNTIME_MISSING', hint: expect.stringContaining('npm install onnxruntime-node@1.30.0') },
      { target: 'tfjs', code: 'VERIFY_RUNTIME_MISSING', hint: expect.stringContaining('npm install @tensorflow/tfjs-core@4.22.0') },
    ]);
    // The CLI says the same and exits 1.
    const cli = await run(join(dir, 'node_modules', '.bin', 'mlpack'), ['verify', model, out, '--target', 'onnx'], { cwd: dir }).then(
      () => ({ code: 0, stdout: '', stderr: '' }),
      (e: { code: number; stdout: string; stderr: string }) => e,
    );
    expect(cli.code).toBe(1);
    const said = `${cli.stdout}${cli.stderr}`;
    expect(said).toContain('onnxruntime-node is not installed');
    expect(said).toContain('npm install onnxruntime-node@1.30.0');
  });
});
