import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { makeTempDir, removeTempDir, repoRoot, samplesRoot } from '@mlpack/test-utils';

const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
const ci = readFileSync(join(repoRoot, '.ci', 'run'), 'utf8');
const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> };

/** The shell blocks of the README's "Quick start" section, in order. */
function quickStartCommands(): string[] {
  const section = readme.split(/^## /m).find((s) => s.startsWith('Quick start'));
  if (!section) throw new Error('README has no "Quick start" section');
  return [...section.matchAll(/```sh\n([^`]+?)\n```/g)].map((m) => m[1]!.trim());
}

describe('README contract', () => {
  it('has exactly two fresh-machine commands: the demo and the tests', () => {
    const cmds = quickStartCommands();
    expect(cmds).toHaveLength(2);
    expect(cmds[0]).toMatch(/pnpm demo$/);
    expect(cmds[1]).toMatch(/pnpm test$/);
  });

  it('.ci/run runs the README test command verbatim', () => {
    const testCommand = quickStartCommands()[1]!;
    const ciLines = ci.split('\n').map((l) => l.trim());
    expect(ciLines).toContain(testCommand);
  });

  it('the scripts the README names exist', () => {
    for (const s of ['demo', 'test', 'mlpack', 'samples', 'bench', 'build']) expect(pkg.scripts[s], s).toBeTruthy();
  });
});

describe('README library example', () => {
  it('runs as written against the built umbrella package (model and output paths swapped for a sample and a temp dir)', async () => {
    const section = readme.split(/^## /m).find((x) => x.startsWith('Library'));
    const code = section?.match(/```ts\n([^`]+?)\n```/)?.[1];
    expect(code, 'README "Library" section has a ts block').toBeDefined();
    expect(code).toContain("from 'mlpack'");
    const tmp = await makeTempDir('mlpack-readme-lib-');
    try {
      const runnable = code!
        .replace("from 'mlpack'", `from ${JSON.stringify(pathToFileURL(join(repoRoot, 'packages', 'mlpack', 'dist', 'index.js')).href)}`)
        .replaceAll("'models/my-bert'", JSON.stringify(join(samplesRoot, 'bert-seqcls')))
        .replaceAll("'out/my-bert'", JSON.stringify(join(tmp, 'out')));
      const script = join(tmp, 'example.mjs');
      await writeFile(script, runnable);
      const { stdout } = await promisify(execFile)(process.execPath, [script]);
      // manifest.files: model.onnx, model.json, 1 shard, config + 4 tokenizer files → 8; parity ok.
      expect(stdout.trim()).toBe('8 true');
    } finally {
      await removeTempDir(tmp);
    }
  });
});
