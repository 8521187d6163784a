import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '@mlpack/test-utils';

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
