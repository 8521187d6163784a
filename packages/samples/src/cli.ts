#!/usr/bin/env node
// Entry point of `pnpm samples`; all logic lives in run-samples-cli.ts.
import { runSamplesCli } from './run-samples-cli.js';

process.exitCode = await runSamplesCli(process.argv.slice(2));
