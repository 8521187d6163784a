import { MlpackError, writeFileAtomic } from '@mlpack/core';
import { formatJunitXml, githubAnnotations, inGithubActions, problemCase } from '@mlpack/verify';
import type { JunitSuite } from '@mlpack/verify';
import type { CliIo } from './io.js';

/**
 * What `verify` gives CI: `--junit <file>` writes JUnit XML (atomically), and inside GitHub Actions
 * each failed check is also printed as an `::error file=…::` workflow command — on stdout, or on
 * stderr with `--json` so that stdout stays one JSON document (the runner reads both).
 */
export async function writeCiReports(suites: () => JunitSuite[], options: { junit?: string | undefined; json: boolean }, io: CliIo): Promise<void> {
  const github = inGithubActions();
  if (options.junit === undefined && !github) return;
  const built = suites();
  if (options.junit !== undefined) await writeFileAtomic(options.junit, formatJunitXml(built));
  if (github) for (const line of githubAnnotations(built)) (options.json ? io.stderr : io.stdout)(`${line}\n`);
}

/**
 * Run a verification; when it throws a coded error before any report exists (a folder that is not
 * a model, an unreadable bundle…), the CI reports still say so: one failed test case named by the
 * error's code. The error is rethrown unchanged for the CLI's usual message and exit status.
 */
export async function reportingErrors<T>(run: () => Promise<T>, suite: string, options: { junit?: string | undefined; json: boolean }, io: CliIo): Promise<T> {
  try {
    return await run();
  } catch (e) {
    if (e instanceof MlpackError) {
      const p = e.toJSON();
      await writeCiReports(() => [{ name: suite, cases: [problemCase(p, 'mlpack.verify.run', p.file)] }], options, io);
    }
    throw e;
  }
}
