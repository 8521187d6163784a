import { formatIssue } from '@mlpack/core';
import { inspectModel } from '@mlpack/model';
import type { InspectReport } from '@mlpack/model';
import type { CliIo } from '../io.js';
import { printJson } from '../io.js';
import { formatTable, humanBytes, humanCount } from '../table.js';
import { escapeTerminal } from '../escape-terminal.js';

export interface InspectArgs {
  dir: string;
  json: boolean;
  hash: boolean;
  task?: string | undefined;
}

/** `mlpack inspect`: describe a model folder. Exit 0 when it is valid, 1 when it has errors. */
export async function runInspect(args: InspectArgs, io: CliIo): Promise<number> {
  const report = await inspectModel(args.dir, { hash: args.hash, task: args.task });
  if (args.json) printJson(io, report);
  else io.stdout(formatInspect(report));
  return report.valid ? 0 : 1;
}

export function formatInspect(r: InspectReport): string {
  const lines: string[] = [];
  const row = (k: string, v: string) => lines.push(`${k.padEnd(14)}${v}`);
  row('folder', r.dir);
  row('model_type', r.model_type ?? '-');
  row('architecture', r.architecture ?? '-');
  row('family', r.family ?? '-');
  row('task', r.task ?? '-');
  row('parameters', r.parameters === null ? '-' : `${humanCount(r.parameters)} (${r.parameters})`);
  row('tensors', r.tensor_count === null ? '-' : String(r.tensor_count));
  row(
    'bytes/dtype',
    Object.entries(r.bytes_per_dtype)
      .map(([d, b]) => `${d} ${humanBytes(b)}`)
      .join(', ') || '-',
  );
  row('tokenizer', r.tokenizer ? `${r.tokenizer.kind}${r.tokenizer.model ? ` (${r.tokenizer.model})` : ''}, vocab ${r.tokenizer.vocab_size}` : '-');
  lines.push('');
  if (r.shards.length > 0) {
    lines.push(
      formatTable(
        ['shard', 'tensors', 'bytes'],
        r.shards.map((s) => [s.file, String(s.tensors), humanBytes(s.bytes)]),
      ),
    );
  }
  const withHash = r.files.some((f) => f.sha256 !== undefined);
  lines.push(
    formatTable(
      withHash ? ['file', 'kind', 'size', 'sha256'] : ['file', 'kind', 'size'],
      r.files.map((f) => [f.path, f.kind, humanBytes(f.size), ...(withHash ? [f.sha256 ?? '-'] : [])]),
    ),
  );
  lines.push(formatProblems(r.problems));
  lines.push(r.valid ? 'valid' : 'INVALID');
  return lines.join('\n') + '\n';
}

export function formatProblems(problems: InspectReport['problems']): string {
  if (problems.length === 0) return 'no problems\n';
  // One line per problem: a newline inside a name or label must not forge a line.
  return `${problems.length} problem(s):\n` + problems.map((p) => `  ${escapeTerminal(formatIssue(p))}`).join('\n') + '\n';
}
