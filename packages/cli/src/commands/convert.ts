import { formatIssue } from '@mlpack/core';
import { convertModel, parseTargets } from '@mlpack/convert';
import { variantParityGate } from '@mlpack/verify';
import type { CliIo } from '../io.js';
import { printJson } from '../io.js';
import { formatTable, humanBytes } from '../table.js';
import { escapeTerminal } from '../escape-terminal.js';

export interface ConvertArgs {
  dir: string;
  to: string[];
  out: string;
  task?: string | undefined;
  opset?: number | undefined;
  externalData: boolean;
  /** Comma-separated or repeated variant dtypes (fp32, fp16, q8, q4, q4f16, uint8, uint16). */
  dtype: string[];
  blockSize?: number | undefined;
  accuracyLevel?: number | undefined;
  allowDegraded: boolean;
  /** Quantize embedding tables too in the quantized variants. */
  quantizeEmbeddings?: boolean | undefined;
  /** Run the parity gate for an fp32-only conversion too. */
  gate?: boolean | undefined;
  shardSize?: number | undefined;
  force: boolean;
  strict?: boolean | undefined;
  json: boolean;
}

/** `mlpack convert`: folder → `<out>/onnx/model.onnx`, `<out>/tfjs/model.json`, `<out>/mlpack.json`. */
export async function runConvert(args: ConvertArgs, io: CliIo): Promise<number> {
  const started = Date.now();
  const result = await convertModel(args.dir, {
    out: args.out,
    targets: parseTargets(args.to),
    task: args.task,
    opset: args.opset,
    externalData: args.externalData ? true : 'auto',
    dtypes: args.dtype,
    blockSize: args.blockSize,
    accuracyLevel: args.accuracyLevel,
    parityGate: variantParityGate,
    allowDegraded: args.allowDegraded,
    quantizeEmbeddings: args.quantizeEmbeddings,
    gateFp32: args.gate,
    shardBytes: args.shardSize,
    force: args.force,
    strict: args.strict,
    onProgress: args.json ? undefined : (stage) => io.stderr(`mlpack: ${stage}\n`),
  });
  const m = result.manifest;
  if (args.json) {
    printJson(io, { ok: true, out: result.outDir, manifest: m, warnings: result.warnings });
    return 0;
  }
  for (const w of result.warnings) io.stderr(`${escapeTerminal(formatIssue(w))}\n`);
  io.stdout(`converted ${m.source.architecture || m.source.model_type} (${m.task}) → ${result.outDir}\n`);
  io.stdout(
    formatTable(
      ['file', 'size', 'sha256'],
      m.files.map((f) => [f.path, humanBytes(f.size), f.sha256.slice(0, 16)]),
    ),
  );
  const gated = m.targets.filter((t) => t.parity !== undefined);
  if (gated.length > 0) {
    io.stdout(
      formatTable(
        ['variant', 'dtype', 'parity', 'min cosine', 'max abs'],
        gated.map((t) => [
          t.path,
          t.dtype,
          t.parity!.ok ? 'ok' : t.parity!.degraded ? 'DEGRADED' : 'FAILED',
          fmt(t.parity!.measured['min_cosine']),
          fmt(t.parity!.measured['max_abs']),
        ]),
      ),
    );
  }
  io.stdout(
    `inputs:  ${m.signature.inputs.map((i) => `${i.name} ${i.dtype}[${i.shape.join(',')}]`).join('  ')}\n` +
      `outputs: ${m.signature.outputs.map((o) => `${o.name} ${o.dtype}[${o.shape.join(',')}]`).join('  ')}\n` +
      `done in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
  );
  return 0;
}

function fmt(v: number | boolean | null | undefined): string {
  return typeof v === 'number' ? (Number.isFinite(v) ? v.toPrecision(6) : String(v)) : '-';
}
