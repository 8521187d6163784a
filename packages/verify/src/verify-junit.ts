import { join } from 'node:path';
import type { TensorComparison } from './compare.js';
import type { JunitCase, JunitSuite } from './junit-xml.js';
import type { VerifyProblem, VerifyReport, VerifyTargetName } from './verify-report.js';

/** The model file of each target in a converted folder (the layout `mlpack convert` writes). */
const TARGET_FILES: Record<Exclude<VerifyTargetName, 'reference'>, string> = { onnx: 'onnx/model.onnx', tfjs: 'tfjs/model.json' };

/** `mlpack verify --junit`: one test case per target × output compared, one per error. */
export function verifyReportJunit(report: VerifyReport): JunitSuite[] {
  const fileOf = (target: VerifyTargetName | undefined) =>
    target === undefined || target === 'reference' ? report.model_dir : join(report.converted_dir, TARGET_FILES[target]);
  const cases: JunitCase[] = report.comparisons.map((c) => ({
    name: `${c.output} (${c.target} vs ${c.against})`,
    classname: `mlpack.verify.${c.target}`,
    file: fileOf(c.target),
    failure: c.ok ? undefined : { type: 'VERIFY_MISMATCH', message: comparisonMessage(c, c.atol, c.rtol) },
  }));
  for (const e of report.errors) cases.push(problemCase(e, `mlpack.verify.${e.target ?? 'run'}`, e.file ?? fileOf(e.target)));
  return [{ name: `mlpack verify ${report.converted_dir}`, cases, systemOut: warningsText(report.warnings) }];
}

/** The metrics of a comparison, as one line: what a failure message must show. */
export function comparisonMessage(c: TensorComparison, atol: number | undefined, rtol: number | undefined): string {
  const parts = [
    `max abs error ${String(c.max_abs)}`,
    `max rel error ${String(c.max_rel)}`,
    `cosine ${String(c.cosine)}`,
    ...(c.argmax_agreement === undefined ? [] : [`argmax agreement ${String(c.argmax_agreement)}`]),
    `tolerance atol ${String(atol)} + rtol ${String(rtol)}·|expected|`,
  ];
  if (c.expected_shape) parts.unshift(`shape [${c.shape.join(', ')}] vs expected [${c.expected_shape.join(', ')}]`);
  if (c.first_bad) parts.push(`first bad element [${c.first_bad.index.join(', ')}]: ${String(c.first_bad.actual)} vs expected ${String(c.first_bad.expected)}`);
  return parts.join('; ');
}

/** A coded error as a failed test case (its code as the type, hint and location as details). */
export function problemCase(
  p: { code: string; message: string; hint?: string | undefined; file?: string | undefined; pointer?: string | undefined; tensor?: string | undefined },
  classname: string,
  file?: string,
): JunitCase {
  const where = [p.file && `file: ${p.file}`, p.pointer && `pointer: ${p.pointer}`, p.tensor && `tensor: ${p.tensor}`].filter(Boolean);
  const details = [...where, ...(p.hint ? [`hint: ${p.hint}`] : [])].join('\n');
  return { name: `${p.code}${p.tensor ? ` ${p.tensor}` : ''}`, classname, file, failure: { type: p.code, message: p.message, details: details || undefined } };
}

function warningsText(warnings: readonly VerifyProblem[]): string | undefined {
  if (warnings.length === 0) return undefined;
  return warnings.map((w) => `warning [${w.code}] ${w.message}${w.hint ? ` (hint: ${w.hint})` : ''}`).join('\n');
}
