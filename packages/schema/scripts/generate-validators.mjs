#!/usr/bin/env node
// Regenerates packages/schema/src/generated/validators.ts from <repo>/schemas/*.schema.json.
// Usage: `pnpm --filter @mlpack/schema generate` (from anywhere in the repo), i.e.
//   node packages/schema/scripts/generate-validators.mjs [--check]
// Builds the package (the generator is src/generate-validators.ts, imported here from dist/), writes
// the file if it changed, and builds again so that dist/ holds the new validators. The generator
// never imports the generated file, so this also works when that file is broken (e.g. a merge
// conflict): tsc still emits the generator. `--check` writes nothing and exits 1 when stale.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const check = process.argv.includes('--check');
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const project = fileURLToPath(new URL('../tsconfig.json', import.meta.url));
const build = () => spawnSync(process.execPath, [tsc, '-b', project], { stdio: 'inherit' }).status ?? 1;

const firstBuild = build(); // errors are reported again by the last build when they persist
const { GENERATED_VALIDATORS_PATH, REGENERATE_COMMAND, generateValidatorsModule } = await import('../dist/generate-validators.js');
const fresh = generateValidatorsModule();
let current;
try {
  current = readFileSync(GENERATED_VALIDATORS_PATH, 'utf8');
} catch {
  current = undefined;
}
const name = 'packages/schema/src/generated/validators.ts';
if (current === fresh) {
  console.log(`${name} is up to date`);
  process.exitCode = firstBuild;
} else if (check) {
  console.error(`${name} is stale: run \`${REGENERATE_COMMAND}\``);
  process.exitCode = 1;
} else {
  writeFileSync(GENERATED_VALIDATORS_PATH, fresh);
  console.log(`wrote ${name} (${fresh.length} bytes)`);
  process.exitCode = build();
}
