import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, removeTempDir, repoRoot, samplesRoot } from '@mlpack/test-utils';
import { cliBin } from './helpers/cli.js';

// Start-up cost is the modules a command loads: these tests record every module URL the built CLI
// loads (a module.register() load hook) and check that the cheap paths stay cheap.
let tmp: string;
let register: string;

beforeAll(async () => {
  tmp = await makeTempDir('mlpack-startup-');
  await writeFile(
    join(tmp, 'hooks.mjs'),
    "import { appendFileSync } from 'node:fs';\nexport async function load(url, context, next) { appendFileSync(process.env.MLPACK_TRACE_FILE, url + '\\n'); return next(url, context); }\n",
  );
  register = join(tmp, 'register.mjs');
  await writeFile(register, `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(join(tmp, 'hooks.mjs')).href)});\n`);
});
afterAll(() => removeTempDir(tmp));

/** Run the CLI with `args`; the package names (`@mlpack/x` or third-party) of every module it loaded. */
async function loadedPackages(name: string, args: string[]): Promise<{ stdout: string; packages: Set<string> }> {
  const trace = join(tmp, `${name}.txt`);
  await writeFile(trace, '');
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', register, cliBin, ...args], {
    cwd: repoRoot,
    env: { ...process.env, MLPACK_TRACE_FILE: trace },
  });
  const packages = new Set<string>();
  for (const url of (await readFile(trace, 'utf8')).split('\n').filter(Boolean)) {
    if (!url.startsWith('file:')) continue;
    const inWorkspace = /\/packages\/([a-z-]+)\/dist\//.exec(url);
    const third = /.*\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url);
    if (third) packages.add(third[1]!);
    else if (inWorkspace) packages.add(`@mlpack/${inWorkspace[1]}`);
  }
  return { stdout, packages };
}

describe('CLI start-up loads only what the command needs', () => {
  it('--version loads no parser and no library package', async () => {
    const { stdout, packages } = await loadedPackages('version', ['--version']);
    expect(stdout).toMatch(/^\d+\.\d+\.\d+/);
    expect([...packages].sort()).toEqual(['@mlpack/cli', '@mlpack/core']);
  });

  it('--help loads yargs but no library package', async () => {
    const { stdout, packages } = await loadedPackages('help', ['--help']);
    expect(stdout).toContain('mlpack convert <dir>');
    expect([...packages].filter((p) => p.startsWith('@mlpack/')).sort()).toEqual(['@mlpack/cli', '@mlpack/core']);
    expect(packages.has('yargs')).toBe(true);
    for (const heavy of ['ajv', 'protobufjs', 'tar', 'onnxruntime-node', '@tensorflow/tfjs-core']) expect(packages.has(heavy), heavy).toBe(false);
  });

  it('inspect loads the model reader, not the emitters or runtimes', async () => {
    const { packages } = await loadedPackages('inspect', ['inspect', join(samplesRoot, 'bert-seqcls'), '--json']);
    expect(packages.has('@mlpack/model')).toBe(true);
    for (const p of ['@mlpack/onnx', '@mlpack/convert', '@mlpack/verify', '@mlpack/bundle', 'protobufjs', 'onnxruntime-node', '@tensorflow/tfjs-core', 'tar']) {
      expect(packages.has(p), p).toBe(false);
    }
  });
});
