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

  it('--help and <command> --help load no parser (help rendered ahead of time) and no library package', async () => {
    for (const args of [['--help'], ['convert', '--help'], ['run', '-h']]) {
      const { stdout, packages } = await loadedPackages(`help-${args[0]}`, args);
      expect(stdout).toContain(args[0] === '--help' ? 'mlpack convert <dir>' : `mlpack ${args[0]} <`);
      expect([...packages].sort(), args.join(' ')).toEqual(['@mlpack/cli', '@mlpack/core']);
    }
  });

  it('the ahead-of-time help is exactly what yargs renders now (regenerate: pnpm --filter @mlpack/cli generate-help)', async () => {
    const { COMMANDS, renderHelp } = (await import(pathToFileURL(join(repoRoot, 'packages', 'cli', 'scripts', 'generate-help.mjs')).href)) as {
      COMMANDS: string[];
      renderHelp: (command: string) => string;
    };
    const { HELP_TEXT } = (await import(pathToFileURL(join(repoRoot, 'packages', 'cli', 'dist', 'generated', 'help-text.js')).href)) as {
      HELP_TEXT: Record<string, string>;
    };
    expect(Object.keys(HELP_TEXT).sort()).toEqual(['', ...COMMANDS].sort());
    for (const command of ['', ...COMMANDS]) expect(HELP_TEXT[command], `mlpack ${command} --help`).toBe(renderHelp(command));
    // A narrow terminal (or the switch) still goes through yargs, which wraps to it.
    const narrow = await promisify(execFile)(process.execPath, [cliBin, '--help'], { env: { ...process.env, MLPACK_NO_STATIC_HELP: '1' } });
    expect(narrow.stdout).toBe(HELP_TEXT['']);
  });

  it('inspect loads the model reader, not the emitters or runtimes', async () => {
    const { packages } = await loadedPackages('inspect', ['inspect', join(samplesRoot, 'bert-seqcls'), '--json']);
    expect(packages.has('@mlpack/model')).toBe(true);
    for (const p of ['@mlpack/onnx', '@mlpack/convert', '@mlpack/verify', '@mlpack/bundle', 'protobufjs', 'onnxruntime-node', '@tensorflow/tfjs-core', 'tar']) {
      expect(packages.has(p), p).toBe(false);
    }
  });
});
