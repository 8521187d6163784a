import { writeFileAtomic } from '@mlpack/core';
import { refuseReportPath, timeoutMs } from '../output-paths.js';
import { formatBundleReport, verifyBundle, verifyBundleReportJunit } from '@mlpack/bundle';
import { reportingErrors, writeCiReports } from '../ci-report.js';
import type { CliIo } from '../io.js';
import { printJson } from '../io.js';

export interface VerifyBundleArgs {
  /** A .tar.gz bundle or an unbundled folder. */
  bundle: string;
  pubkey?: string | undefined;
  /** Skip re-running the goldens (files and signature only). */
  noInference?: boolean | undefined;
  report?: string | undefined;
  /** Also write JUnit XML here. */
  junit?: string | undefined;
  json: boolean;
  /** Seconds allowed for loading and for running the ONNX model. */
  timeout?: number | undefined;
}

/** `mlpack verify <bundle.tar.gz | unbundled-dir> [--pubkey pub.pem]`: exit 0 all checks pass, 1 any failure. */
export async function runVerifyBundle(args: VerifyBundleArgs, io: CliIo): Promise<number> {
  if (args.report) await refuseReportPath(args.report, [args.bundle, ...(args.pubkey ? [args.pubkey] : [])]);
  const report = await reportingErrors(
    () => verifyBundle(args.bundle, { pubkey: args.pubkey, inference: !args.noInference, timeoutMs: timeoutMs(args.timeout) }),
    `mlpack verify ${args.bundle}`,
    args,
    io,
  );
  if (args.report) await writeFileAtomic(args.report, `${JSON.stringify(report, null, 2)}\n`);
  if (args.json) printJson(io, report);
  else io.stdout(formatBundleReport(report));
  await writeCiReports(() => verifyBundleReportJunit(report), args, io);
  return report.ok ? 0 : 1;
}
