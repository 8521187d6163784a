import type { VerifyBundleReport } from './verify-bundle-report.js';

/** Human-readable summary of a bundle verification (the CLI's default output; not a stable format). */
export function formatBundleReport(r: VerifyBundleReport): string {
  const lines: string[] = [];
  lines.push(`mlpack verify: ${r.ok ? 'PASS' : 'FAIL'} ${r.name}@${r.version} (${r.layout}, ${r.task})`);
  lines.push(`files      ${r.files.ok ? 'ok' : 'FAILED'} (${r.files.listed} listed)`);
  const sig = r.signature;
  lines.push(
    `signature  ${!sig.present && !sig.checked ? 'none' : !sig.checked ? 'present, not checked (pass --pubkey)' : sig.ok ? `valid (key ${sig.public_key_sha256 ?? '?'})` : 'INVALID'}`,
  );
  if (!r.goldens.checked) {
    lines.push('goldens    not run');
  } else {
    lines.push(`goldens    atol ${r.goldens.atol} rtol ${r.goldens.rtol}`);
    for (const c of r.goldens.comparisons) {
      lines.push(`  ${c.output.padEnd(20)} [${c.shape.join(',')}]  max_abs ${fmt(c.max_abs)}  ${c.ok ? 'ok' : 'FAILED'}`);
    }
    for (const v of r.goldens.variants ?? []) {
      const m = v.measured;
      const argmax = m.min_argmax_agreement === null ? '' : `  argmax ${m.min_argmax_agreement.toFixed(3)}`;
      lines.push(
        `  variant ${v.path} (${v.dtype})  min cosine ${m.min_cosine === null ? '-' : m.min_cosine.toFixed(5)}${argmax}  ${v.ok ? 'ok' : v.degraded ? 'DEGRADED (recorded)' : 'FAILED'}`,
      );
    }
  }
  for (const e of r.errors) {
    const where = e.file ? `${e.file}${e.tensor ? ` (${e.tensor})` : ''}: ` : e.tensor ? `${e.tensor}: ` : '';
    lines.push(`error ${e.code} ${where}${e.message}${e.hint ? ` (hint: ${e.hint})` : ''}`);
  }
  return `${lines.join('\n')}\n`;
}

function fmt(v: unknown): string {
  return typeof v === 'number' ? v.toExponential(2) : String(v);
}
