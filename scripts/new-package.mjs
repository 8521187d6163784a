// Scaffolds packages/<dir> with package.json, tsconfig.json and src/index.ts (used once at setup).
import { mkdirSync, writeFileSync, existsSync } from 'node:fs';
const [dir, name, deps = '', priv = ''] = process.argv.slice(2);
const internal = deps ? deps.split(',') : [];
const root = `packages/${dir}`;
mkdirSync(`${root}/src`, { recursive: true });
const pkg = {
  name,
  version: '0.1.0',
  ...(priv ? { private: true } : {}),
  type: 'module',
  license: 'Apache-2.0',
  exports: { '.': { types: './dist/index.d.ts', default: './dist/index.js' } },
  files: ['dist'],
  engines: { node: '>=20.19' },
  dependencies: Object.fromEntries(internal.map((d) => [d === 'mlpack' ? 'mlpack' : `@mlpack/${d}`, 'workspace:^'])),
};
writeFileSync(`${root}/package.json`, JSON.stringify(pkg, null, 2) + '\n');
const tsconfig = {
  extends: '../../tsconfig.base.json',
  compilerOptions: { rootDir: 'src', outDir: 'dist', tsBuildInfoFile: 'dist/.tsbuildinfo' },
  include: ['src'],
  exclude: ['src/**/*.test.ts', 'src/**/__fixtures__'],
  references: internal.map((d) => ({ path: `../${d}` })),
};
writeFileSync(`${root}/tsconfig.json`, JSON.stringify(tsconfig, null, 2) + '\n');
if (!existsSync(`${root}/src/index.ts`)) writeFileSync(`${root}/src/index.ts`, `export {};\n`);
