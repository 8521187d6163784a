#!/usr/bin/env node
// One version for the whole toolkit. Its source is packages/mlpack/package.json (changesets bumps
// every package together: `fixed` in .changeset/config.json); this script copies it into
// MLPACK_VERSION (packages/core/src/version.ts) and into any package.json that drifted.
// Usage: node scripts/sync-version.mjs [--check]   (`--check` writes nothing, exits 1 on drift)
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const check = process.argv.includes('--check');
const version = JSON.parse(readFileSync(join(root, 'packages/mlpack/package.json'), 'utf8')).version;
const drift = [];

for (const dir of readdirSync(join(root, 'packages')).sort()) {
  const file = join(root, 'packages', dir, 'package.json');
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    continue;
  }
  const current = JSON.parse(text).version;
  if (current === version) continue;
  drift.push(`packages/${dir}/package.json (${current})`);
  // Replace the one top-level "version" line only, so the file keeps its formatting.
  if (!check) writeFileSync(file, text.replace(/^(  "version": )"[^"]*"/m, `$1${JSON.stringify(version)}`));
}

const versionFile = join(root, 'packages/core/src/version.ts');
const source = readFileSync(versionFile, 'utf8');
const wanted = source.replace(/export const MLPACK_VERSION = '[^']*';/, `export const MLPACK_VERSION = '${version}';`);
if (wanted !== source) {
  drift.push('packages/core/src/version.ts (MLPACK_VERSION)');
  if (!check) writeFileSync(versionFile, wanted);
}

if (drift.length === 0) console.log(`every package and MLPACK_VERSION are at ${version}`);
else if (check) {
  console.error(`version drift from packages/mlpack/package.json (${version}): ${drift.join(', ')}; run \`node scripts/sync-version.mjs\``);
  process.exitCode = 1;
} else console.log(`set ${version} in ${drift.join(', ')}`);
