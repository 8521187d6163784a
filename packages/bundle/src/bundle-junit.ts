import { comparisonMessage, problemCase } from '@mlpack/verify';
import type { JunitCase, JunitSuite } from '@mlpack/verify';
import { SIGNATURE_FILE } from './bundle-files.js';
import type { VerifyBundleReport } from './verify-bundle-report.js';

/**
 * `mlpack verify <bundle> --junit`: one test case per listed file (its size and sha256), one for
 * the signature when it was checked, one per golden output re-run, and one per problem that
 * concerns none of those (an unlisted file, a missing signature…).
 */
export function verifyBundleReportJunit(report: VerifyBundleReport): JunitSuite[] {
  const used = new Set<number>();
  const problemsOf = (match: (e: VerifyBundleReport['errors'][number]) => boolean) =>
    report.errors.flatMap((e, i) => (match(e) && !used.has(i) ? (used.add(i), [e]) : []));
  const failureOf = (problems: VerifyBundleReport['errors']): JunitCase['failure'] => {
    if (problems.length === 0) return undefined;
    const first = problemCase(problems[0]!, '').failure!;
    return problems.length === 1 ? first : { ...first, message: problems.map((p) => `[${p.code}] ${p.message}`).join('; ') };
  };

  const cases: JunitCase[] = report.files.paths.map((path) => ({
    name: path,
    classname: 'mlpack.bundle.files',
    file: path,
    failure: failureOf(problemsOf((e) => e.file === path)),
  }));
  if (report.signature.checked) {
    cases.push({
      name: 'signature',
      classname: 'mlpack.bundle.signature',
      file: SIGNATURE_FILE,
      failure: failureOf(problemsOf((e) => e.code.startsWith('BUNDLE_SIGNATURE'))),
    });
  }
  for (const c of report.goldens.comparisons) {
    const problems = problemsOf((e) => e.tensor === c.output);
    cases.push({
      name: `golden ${c.output}`,
      classname: 'mlpack.bundle.goldens',
      failure:
        c.ok && problems.length === 0
          ? undefined
          : { type: problems[0]?.code ?? 'BUNDLE_GOLDEN_MISMATCH', message: comparisonMessage(c, report.goldens.atol, report.goldens.rtol) },
    });
  }
  report.errors.forEach((e, i) => {
    if (!used.has(i)) cases.push(problemCase(e, 'mlpack.bundle', e.file));
  });
  return [{ name: `mlpack verify ${report.bundle} (${report.name} ${report.version})`, cases }];
}
