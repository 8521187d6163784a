import type { JsonNumber } from './compare.js';
import type { VerifyComparison, VerifyProblem, VerifyReport } from './verify-report.js';

/** Digits of metrics in the table: enough to tell 1e-7 noise from a 1e-3 miss at a glance. */
const METRIC_DIGITS = 2;
/** Cosine digits: its deviation from 1 is what matters and is usually < 1e-6. */
const COSINE_DIGITS = 7;
/** Texts are shortened to this many characters in the header. */
const TEXT_PREVIEW_CHARS = 40;

/** A human-readable rendering of a VerifyReport: header, one table row per comparison, problems. */
export function formatVerifyReport(report: VerifyReport): string {
  const failed = report.comparisons.filter((c) => !c.ok).length;
  const lines: string[] = [];
  lines.push(
    `mlpack verify: ${report.ok ? 'PASS' : 'FAIL'} (${report.comparisons.length} comparison${report.comparisons.length === 1 ? '' : 's'}, ${failed} failed, ${report.errors.length} error${report.errors.length === 1 ? '' : 's'})`,
  );
  lines.push(`  model      ${report.model_dir}`);
  lines.push(`  converted  ${report.converted_dir}`);
  lines.push(`  task       ${report.task}`);
  const shapes = Object.entries(report.inputs.shapes)
    .map(([n, d]) => `${n} [${d.join(',')}]`)
    .join(', ');
  const source =
    report.inputs.source === 'random'
      ? `random ids (seed ${report.inputs.seed ?? '?'})`
      : report.inputs.source === 'tokenizer' && report.inputs.tokenizer_files?.length
        ? `tokenizer (${report.inputs.tokenizer_files.join(' + ')})`
        : report.inputs.source;
  lines.push(`  inputs     ${source}: ${shapes}`);
  for (const [i, t] of (report.inputs.texts ?? []).entries()) {
    const pair = report.inputs.text_pairs?.[i];
    lines.push(`             ${i}: ${JSON.stringify(preview(t))}${typeof pair === 'string' ? ` + ${JSON.stringify(preview(pair))} (pair)` : ''}`);
  }
  const tol = [`default atol ${report.tolerances.default.atol} rtol ${report.tolerances.default.rtol}`];
  if (report.tolerances.tfjs) {
    tol.push(`tfjs (${report.tolerances.tfjs.weight_dtype} weights) atol ${report.tolerances.tfjs.atol} rtol ${report.tolerances.tfjs.rtol}`);
  }
  if (report.tolerances.golden) tol.push(`golden atol ${report.tolerances.golden.atol} rtol ${report.tolerances.golden.rtol}`);
  lines.push(`  tolerance  ${tol.join('; ')}`);
  const gen = report.generation;
  if (gen) {
    const rows = gen.tokens.reference ?? gen.tokens.onnx ?? [];
    const mismatches = gen.divergences.filter((d) => !d.tie).length;
    const ties = gen.divergences.length - mismatches;
    const verdict = gen.divergences.length === 0 ? 'same tokens' : `${mismatches} mismatch(es), ${ties} tie(s)`;
    lines.push(`  greedy     ${gen.max_new_tokens} new tokens × ${rows.length} rows with the KV cache, onnx vs reference: ${verdict}`);
    for (const [i, toks] of rows.entries()) lines.push(`             ${i}: ${toks.join(' ')}`);
  }

  for (const v of report.variants ?? []) {
    const m = v.measured;
    const parts = [`min cosine ${m.min_cosine === null ? '-' : m.min_cosine.toFixed(5)}`];
    if (m.min_argmax_agreement !== null) parts.push(`argmax ${m.min_argmax_agreement.toFixed(3)}`);
    if (m.top10_overlap !== undefined) parts.push(`top-10 overlap ${m.top10_overlap.toFixed(3)}`);
    if (m.greedy_mismatches !== undefined) parts.push(`greedy mismatches ${m.greedy_mismatches} in ${m.greedy_tokens ?? '?'}`);
    if (!m.finite) parts.push('NaN/Inf');
    const verdict = v.ok ? 'ok' : v.degraded ? 'DEGRADED' : 'MISSES ITS GATE';
    lines.push(`  variant    ${v.path} (${v.dtype}): ${verdict}; ${parts.join(', ')}`);
  }

  if (report.comparisons.length > 0) {
    lines.push('');
    const header = ['target', 'against', 'output', 'shape', 'max_abs', 'max_rel', 'cosine', 'argmax', 'result'];
    const rows = report.comparisons.map(row);
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
    const render = (cells: string[]): string =>
      cells
        .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!)))
        .join('  ')
        .trimEnd();
    lines.push(render(header));
    for (const r of rows) lines.push(render(r));
  }
  for (const [title, list] of [
    ['errors', report.errors],
    ['warnings', report.warnings],
  ] as const) {
    if (list.length === 0) continue;
    lines.push('', `${title}:`);
    for (const p of list) lines.push(...problem(p));
  }
  return `${lines.join('\n')}\n`;
}

function row(c: VerifyComparison): string[] {
  let result = c.ok ? 'ok' : 'FAIL';
  if (c.expected_shape) result = `FAIL shape [${c.shape.join(',')}] vs expected [${c.expected_shape.join(',')}]`;
  else if (c.first_bad) {
    result = `FAIL at [${c.first_bad.index.join(',')}]: got ${num(c.first_bad.actual, 6)}, expected ${num(c.first_bad.expected, 6)} (atol ${c.atol}, rtol ${c.rtol})`;
  }
  return [
    c.dtype ? `${c.target} ${c.dtype}` : c.target,
    c.against,
    c.output,
    `[${c.shape.join(',')}]`,
    metric(c.max_abs, METRIC_DIGITS),
    metric(c.max_rel, METRIC_DIGITS),
    c.cosine === null ? '-' : typeof c.cosine === 'number' ? c.cosine.toFixed(COSINE_DIGITS) : c.cosine,
    c.argmax_agreement === undefined || c.argmax_agreement === null ? '-' : c.argmax_agreement.toFixed(3),
    result,
  ];
}

function metric(v: JsonNumber | null, digits: number): string {
  if (v === null) return '-';
  if (typeof v === 'string') return v;
  return v === 0 ? '0' : v.toExponential(digits);
}

function num(v: JsonNumber, digits: number): string {
  return typeof v === 'string' ? v : String(Number(v.toPrecision(digits)));
}

function problem(p: VerifyProblem): string[] {
  const [first, ...rest] = p.message.split('\n');
  const head = `  ${p.target ? `${p.target}: ` : ''}${first!.startsWith('[') ? first : `[${p.code}] ${first}`}`;
  const hint = rest.length === 0 && p.hint ? [`    hint: ${p.hint}`] : rest.map((l) => `  ${l}`);
  return [head, ...hint];
}

function preview(t: string): string {
  return t.length > TEXT_PREVIEW_CHARS ? `${t.slice(0, TEXT_PREVIEW_CHARS - 1)}…` : t;
}
