#!/usr/bin/env node
// Entry point of `pnpm bench`; all logic lives in run-bench-cli.ts. Models are cached in <repo>/.bench.
import { fileURLToPath } from 'node:url';
import { runBenchCli } from './run-bench-cli.js';

const cacheRoot = fileURLToPath(new URL('../../../.bench/', import.meta.url));
process.exitCode = await runBenchCli(
  process.argv.slice(2),
  { stdout: (t) => void process.stdout.write(t), stderr: (t) => void process.stderr.write(t) },
  { cacheRoot, cliBin: fileURLToPath(new URL('../../cli/dist/bin.js', import.meta.url)) },
);
