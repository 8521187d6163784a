import { writeFileAtomic } from '@mlpack/core';
import { refuseReportPath, timeoutMs } from '../output-paths.js';
import { formatVerifyReport, verifyConversion, verifyReportJunit } from '@mlpack/verify';
import { reportingErrors, writeCiReports } from '../ci-report.js';
import type { CliIo } from '../io.js';
import { printJson } from '../io.js';

export interface VerifyArgs {
  modelDir: string;
  convertedDir: string;
  target: 'onnx' | 'tfjs' | 'all';
  golden?: string | undefined;
  atol?: number | undefined;
  rtol?: number | undefined;
  text?: string[] | undefined;
  batch?: number | undefined;
  seed?: number | undefined;
  maxNewTokens?: number | undefined;
  report?: string | undefined;
  /** Also write JUnit XML here. */
  junit?: string | undefined;
  json: boolean;
  /** Seconds allowed for loading and for running the ONNX model. */
  timeout?: number | undefined;
}

/** `mlpack verify <model-dir> <converted-dir>`: parity gate. Exit 0 all within tolerance, 1 any miss. */
export async function runVerify(args: VerifyArgs, io: CliIo): Promise<number> {
  if (args.report) await refuseReportPath(args.report, [args.modelDir, args.convertedDir, ...(args.golden ? [args.golden] : [])]);
  const report = await reportingErrors(
    () =>
      verifyConversion(args.modelDir, args.convertedDir, {
        target: args.target,
        golden: args.golden,
        atol: args.atol,
        rtol: args.rtol,
        texts: args.text && args.text.length > 0 ? args.text : undefined,
        batch: args.batch,
        seed: args.seed,
        maxNewTokens: args.maxNewTokens,
        timeoutMs: timeoutMs(args.timeout),
      }),
    `mlpack verify ${args.convertedDir}`,
    args,
    io,
  );
  if (args.report) await writeFileAtomic(args.report, JSON.stringify(report, null, 2) + '\n');
  if (args.json) printJson(io, report);
  else io.stdout(formatVerifyReport(report));
  await writeCiReports(() => verifyReportJunit(report), args, io);
  return report.ok ? 0 : 1;
}
