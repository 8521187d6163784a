/**
 * JUnit XML, the report format CI systems read (GitHub Actions test reporters, GitLab, Jenkins):
 * `<testsuites>` → `<testsuite>` → `<testcase>` with an optional `<failure>`. Deterministic: no
 * timestamps, no durations, cases in the order given.
 */

/** One check. */
export interface JunitCase {
  /** What was checked, e.g. `logits (onnx vs reference)`. */
  name: string;
  /** Group, e.g. `mlpack.verify.onnx`. */
  classname: string;
  /** The file the check concerns (also used for CI annotations). */
  file?: string | undefined;
  /** Present when the check failed. */
  failure?: { type: string; message: string; details?: string | undefined } | undefined;
}

/** One run (a conversion or a bundle verified). */
export interface JunitSuite {
  name: string;
  cases: JunitCase[];
  /** Free text shown beside the suite (warnings). */
  systemOut?: string | undefined;
}

/** XML 1.0 forbids these code points even as character references; they become U+FFFD. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NOT_XML_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Escape text content. */
export function xmlText(s: string): string {
  return s.replace(NOT_XML_CHAR, '\uFFFD').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Escape an attribute value (double-quoted); line breaks and tabs as references so parsers keep them. */
export function xmlAttr(s: string): string {
  return xmlText(s).replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}

/** Serialize suites as one `<testsuites>` document (UTF-8, trailing newline). */
export function formatJunitXml(suites: readonly JunitSuite[], options: { name?: string } = {}): string {
  const count = (s: readonly JunitCase[]) => ({ tests: s.length, failures: s.filter((c) => c.failure).length });
  const all = suites.flatMap((s) => s.cases);
  const top = count(all);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${xmlAttr(options.name ?? 'mlpack')}" tests="${top.tests}" failures="${top.failures}" errors="0" skipped="0">`,
  ];
  for (const suite of suites) {
    const n = count(suite.cases);
    lines.push(`  <testsuite name="${xmlAttr(suite.name)}" tests="${n.tests}" failures="${n.failures}" errors="0" skipped="0">`);
    for (const c of suite.cases) {
      const attrs = `name="${xmlAttr(c.name)}" classname="${xmlAttr(c.classname)}"${c.file === undefined ? '' : ` file="${xmlAttr(c.file)}"`}`;
      if (!c.failure) {
        lines.push(`    <testcase ${attrs}/>`);
        continue;
      }
      lines.push(`    <testcase ${attrs}>`);
      const body = c.failure.details === undefined ? '' : xmlText(c.failure.details);
      lines.push(`      <failure type="${xmlAttr(c.failure.type)}" message="${xmlAttr(c.failure.message)}">${body}</failure>`);
      lines.push('    </testcase>');
    }
    if (suite.systemOut) lines.push(`    <system-out>${xmlText(suite.systemOut)}</system-out>`);
    lines.push('  </testsuite>');
  }
  lines.push('</testsuites>');
  return `${lines.join('\n')}\n`;
}
