import { formatIssue } from '@mlpack/core';
import { convertModel, parseTargets } from '@mlpack/convert';
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
  dtype: 'fp32' | 'fp16';
  shardSize?: number | undefined;
  force: boolean;
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
    tfjsDtype: args.dtype === 'fp16' ? 'float16' : 'float32',
    shardBytes: args.shardSize,
    force: args.force,
    onProgress: args.json ? undefined : (stage) => io.stderr(`mlpack: ${stage}\n`),
  });
  const m = result.manifest;
  if (args.json) {
    printJson(io, { ok: true, out: result.outDir, manifest: m, warnings: result.warnings });
    return 0;
  }
  for (const w of result.warnings) io.stderr(`${escapeTerminal(formatIssue(w))}\n`);
  io.stdout(`converted ${m.source.architecture || m.source.model_type} (${m.task}) → ${result.outDir}\n`);
  io.stdout(formatTable(['file', 'size', 'sha256'], m.files.map((f) => [f.path, humanBytes(f.size), f.sha256.slice(0, 16)])));
  io.stdout(
    `inputs:  ${m.signature.inputs.map((i) => `${i.name} ${i.dtype}[${i.shape.join(',')}]`).join('  ')}\n` +
      `outputs: ${m.signature.outputs.map((o) => `${o.name} ${o.dtype}[${o.shape.join(',')}]`).join('  ')}\n` +
      `done in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
  );
  return 0;
}
