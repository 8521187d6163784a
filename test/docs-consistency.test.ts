/**
 * Docs stay true to the code:
 * - every stable code (the string literals of each package's exported `*Code` union types and
 *   `*_CODES` const arrays) is documented, in backticks, in that package's README.md;
 * - every code-looking name in a README's error-code section still exists as a code somewhere;
 * - the package dependency graph keeps the layering of docs/ARCHITECTURE.md.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '@mlpack/test-utils';

const packagesDir = join(repoRoot, 'packages');
const packageDirs = readdirSync(packagesDir, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(packagesDir, d.name, 'package.json')))
  .map((d) => d.name)
  .sort();

/** Non-test TypeScript sources of a package (generated code, fixtures and tests left out). */
function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name !== 'generated' && e.name !== '__fixtures__') out.push(...sourceFiles(p));
    } else if (e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') && !e.name.endsWith('.d.ts')) {
      out.push(p);
    }
  }
  return out.sort();
}

function stripComments(src: string): string {
  return src.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"])\/\/.*$/gm, '$1');
}

interface CodeDef {
  code: string;
  /** `ModelIssueCode in packages/model/src/errors.ts` */
  where: string;
}

/**
 * `export type FooErrorCode = | 'A' | 'B';` and `export const FOO_CODES = ['A', 'B'] as const;`
 * → their string literals. Types that only combine other types (`(typeof X)[number]`, `A | B`) add nothing.
 */
function codesOf(pkg: string): CodeDef[] {
  const srcDir = join(packagesDir, pkg, 'src');
  if (!existsSync(srcDir)) return [];
  const defs: CodeDef[] = [];
  for (const file of sourceFiles(srcDir)) {
    const src = stripComments(readFileSync(file, 'utf8'));
    const rel = relative(repoRoot, file);
    const decls = [...src.matchAll(/export\s+type\s+(\w*Code)\s*=([^;]*);/g), ...src.matchAll(/export\s+const\s+(\w*_CODES)\s*=\s*\[([^\]]*)\]/g)];
    for (const [, name, body] of decls) {
      for (const m of body!.matchAll(/'([A-Z][A-Z0-9_]*)'/g)) defs.push({ code: m[1]!, where: `${name} in ${rel}` });
    }
  }
  return defs;
}

function readme(pkg: string): string | undefined {
  const p = join(packagesDir, pkg, 'README.md');
  return existsSync(p) ? readFileSync(p, 'utf8') : undefined;
}

const codesByPackage = new Map(packageDirs.map((p) => [p, codesOf(p)] as const));
const allCodes = new Set([...codesByPackage.values()].flatMap((defs) => defs.map((d) => d.code)));
/** Codes that are not in a union: core's `UsageError` (`MlpackError<'USAGE'>`) and the CLI's `--json` catch-all. */
const EXTRA_CODES = new Set(['USAGE', 'INTERNAL']);

/** The `## …code…` sections of a README (heading to the next `## ` heading). */
function codeSections(text: string): string {
  return text
    .split(/^(?=## )/m)
    .filter((s) => /^## .*\bcodes?\b/i.test(s))
    .join('\n');
}

describe('error codes are documented in each package README', () => {
  it('finds the code unions (sanity check of the extraction)', () => {
    for (const pkg of ['bundle', 'core', 'model', 'safetensors', 'verify']) {
      expect(codesByPackage.get(pkg)?.length ?? 0, `codes extracted from packages/${pkg}/src`).toBeGreaterThan(3);
    }
    expect(allCodes).toContain('BUNDLE_BAD_NAME');
    expect(allCodes).toContain('PICKLE_ONLY');
    expect(allCodes).toContain('JSON_DUPLICATE_KEY');
  });

  for (const [pkg, defs] of codesByPackage) {
    if (defs.length === 0) continue;
    it(`packages/${pkg}/README.md lists every code of @mlpack/${pkg}`, () => {
      const text = readme(pkg);
      expect(text, `packages/${pkg} defines codes but has no README.md`).toBeDefined();
      const missing = defs.filter((d) => !text!.includes(`\`${d.code}\``));
      expect(
        missing.map((d) => `${d.code} (${d.where})`),
        `codes not documented (in backticks) in packages/${pkg}/README.md`,
      ).toEqual([]);
    });
  }

  for (const pkg of packageDirs) {
    const text = readme(pkg);
    if (text === undefined) continue;
    it(`packages/${pkg}/README.md error-code sections name no code that no longer exists`, () => {
      const named = [...codeSections(text).matchAll(/`([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)`/g)].map((m) => m[1]!);
      const stale = [...new Set(named)].filter((c) => !allCodes.has(c) && !EXTRA_CODES.has(c));
      expect(stale, `codes in packages/${pkg}/README.md that no package defines any more`).toEqual([]);
    });
  }
});

describe('package dependencies keep the layering of docs/ARCHITECTURE.md', () => {
  interface Manifest {
    name: string;
    dependencies?: Record<string, string>;
    peerDependencies?: Record<string, string>;
    optionalDependencies?: Record<string, string>;
  }
  const manifests = packageDirs.map((d) => JSON.parse(readFileSync(join(packagesDir, d, 'package.json'), 'utf8')) as Manifest);
  /** Runtime dependencies (devDependencies are test-only and not judged here). */
  const deps = new Map(manifests.map((m) => [m.name, Object.keys({ ...m.dependencies, ...m.peerDependencies, ...m.optionalDependencies }).sort()] as const));
  const depsOf = (name: string): string[] => {
    const d = deps.get(name);
    if (d === undefined) throw new Error(`no package named ${name} under packages/`);
    return d;
  };
  const at = (n: string) => `@mlpack/${n}`;

  const forbidden: [from: string, to: string[]][] = [
    // The witness shares nothing with the builders, not even the family descriptors they read.
    ['reference', ['architectures', 'graph', 'families']],
    ['architectures', ['reference']],
    ['onnx', ['architectures', 'convert', 'verify', 'bundle']],
    ['tfjs', ['architectures', 'convert', 'verify', 'bundle']],
    ['convert', ['verify', 'bundle']],
    ['verify', ['bundle', 'convert']],
  ];
  for (const [from, to] of forbidden) {
    it(`@mlpack/${from} depends on none of ${to.join(', ')}`, () => {
      const bad = depsOf(at(from)).filter((d) => to.map(at).includes(d));
      expect(bad, `forbidden dependencies in packages/${from}/package.json`).toEqual([]);
    });
  }

  it('@mlpack/families depends on nothing (plain data every layer can read)', () => {
    expect(depsOf(at('families')), 'packages/families/package.json').toEqual([]);
  });

  it('@mlpack/graph depends on @mlpack/core only', () => {
    expect(
      depsOf(at('graph')).filter((d) => d !== at('core')),
      'packages/graph/package.json',
    ).toEqual([]);
  });

  it('@mlpack/tokenizers depends on @mlpack/core and @mlpack/families only (every other package may use it)', () => {
    const allowed = [at('core'), at('families')];
    expect(
      depsOf(at('tokenizers')).filter((d) => d.startsWith('@mlpack/') && !allowed.includes(d)),
      'packages/tokenizers/package.json',
    ).toEqual([]);
  });

  it('@mlpack/bundle depends on @mlpack/verify (it re-runs parity)', () => {
    expect(depsOf(at('bundle'))).toContain(at('verify'));
  });

  it('workspace dependencies have no cycle', () => {
    const visiting = new Set<string>();
    const done = new Set<string>();
    const visit = (n: string, path: string[]): void => {
      if (done.has(n) || !deps.has(n)) return;
      if (visiting.has(n)) throw new Error(`dependency cycle: ${[...path, n].join(' → ')}`);
      visiting.add(n);
      for (const d of deps.get(n)!) visit(d, [...path, n]);
      visiting.delete(n);
      done.add(n);
    };
    for (const n of deps.keys()) visit(n, []);
  });

  it('each heavy third-party dependency lives in exactly the package ARCHITECTURE.md names', () => {
    const owner: Record<string, string> = {
      ajv: at('schema'),
      'onnx-proto': at('onnx'),
      protobufjs: at('onnx'),
      'onnxruntime-node': at('verify'),
      '@tensorflow/tfjs-core': at('verify'),
      '@tensorflow/tfjs-converter': at('verify'),
      '@tensorflow/tfjs-backend-cpu': at('verify'),
      '@huggingface/tokenizers': at('tokenizers'),
      tar: at('bundle'),
      semver: at('bundle'),
      yargs: at('cli'),
    };
    const misplaced: string[] = [];
    for (const [name, list] of deps) {
      for (const d of list) if (owner[d] !== undefined && owner[d] !== name) misplaced.push(`${name} → ${d} (belongs to ${owner[d]})`);
    }
    expect(misplaced).toEqual([]);
  });
});
