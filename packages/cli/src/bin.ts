#!/usr/bin/env node
import { installSignalCleanup } from '@mlpack/core';
import { main } from './main.js';

// Ctrl-C / SIGTERM / SIGHUP: remove temp output (staged dirs, .tmp files, locks), exit 130 / 143 / 129.
installSignalCleanup({ onSignal: (signal) => process.stderr.write(`\nmlpack: ${signal}: removing temp output and stopping\n`) });
process.exitCode = await main(process.argv.slice(2));
