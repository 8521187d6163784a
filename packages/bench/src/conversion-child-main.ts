#!/usr/bin/env node
// Entry point of one measured conversion (spawned by measureConversion); logic in conversion-child.ts.
import { runConversionChild } from './conversion-child.js';

process.exitCode = await runConversionChild(process.argv.slice(2), (line) => void process.stdout.write(line));
