import { UsageError } from '@mlpack/core';
import { bundleModel } from '@mlpack/bundle';
import type { BundleLayout } from '@mlpack/bundle';
import type { CliIo } from '../io.js';
import { printJson } from '../io.js';
import { timeoutMs } from '../output-paths.js';
import { formatTable, humanBytes } from '../table.js';

export interface BundleArgs {
  convertedDir: string;
  model: string;
  name: string;
  version: string;
  out?: string | undefined;
  layout?: BundleLayout | undefined;
  sign?: string | undefined;
  tritonVersion?: number | undefined;
  maxBatchSize?: number | undefined;
  atol?: number | undefined;
  rtol?: number | undefined;
  force: boolean;
  json: boolean;
  /** gzip level 0..9 (default 9). */
  compressionLevel?: number | undefined;
  /** Seconds allowed for loading and for each run of the ONNX model and its variants. */
  timeout?: number | undefined;
  /** The environment's SOURCE_DATE_EPOCH (reproducible-builds convention), if set. */
  sourceDateEpoch?: string | undefined;
}

/** `mlpack bundle <converted-dir> --model <dir> --name <n> --version <v>`: parity-gated, deterministic .tar.gz. */
export async function runBundle(args: BundleArgs, io: CliIo): Promise<number> {
  const result = await bundleModel(args.convertedDir, {
    model: args.model,
    name: args.name,
    version: args.version,
    out: args.out,
    layout: args.layout,
    signKey: args.sign,
    sourceDateEpoch: parseSourceDateEpoch(args.sourceDateEpoch),
    tritonVersion: args.tritonVersion,
    maxBatchSize: args.maxBatchSize,
    atol: args.atol,
    rtol: args.rtol,
    force: args.force,
    compressionLevel: args.compressionLevel,
    timeoutMs: timeoutMs(args.timeout),
    onProgress: args.json ? undefined : (stage) => io.stderr(`mlpack: ${stage}\n`),
  });
  const m = result.manifest;
  if (args.json) {
    printJson(io, {
      ok: true,
      path: result.path,
      size: result.size,
      sha256: result.sha256,
      name: m.name,
      version: m.version,
      layout: m.layout,
      files: m.files,
      signature: result.signature ?? null,
      parity: result.parity,
      variants: result.variants.map((v) => ({
        path: v.path,
        dtype: v.dtype,
        ok: v.ok,
        ...(v.degraded ? { degraded: true } : {}),
        gate: v.gate,
        measured: v.measured,
      })),
    });
    return 0;
  }
  io.stdout(`bundled ${m.name}@${m.version} (${m.layout}, ${m.task}) → ${result.path}\n`);
  io.stdout(
    formatTable(
      ['file', 'size', 'sha256'],
      m.files.map((f) => [f.path, humanBytes(f.size), f.sha256.slice(0, 16)]),
    ),
  );
  for (const c of result.parity) io.stdout(`parity ${c.output}: max_abs ${String(c.max_abs)} vs reference (ok)\n`);
  for (const v of result.variants)
    io.stdout(
      `parity ${v.path} (${v.dtype}): min cosine ${String(v.measured.min_cosine)}, argmax ${String(v.measured.min_argmax_agreement)} (${v.ok ? 'ok' : 'degraded, recorded'})\n`,
    );
  io.stdout(`archive: ${humanBytes(result.size)}, sha256 ${result.sha256}${result.signature ? `\nsigned by key ${result.signature.public_key_sha256}` : ''}\n`);
  return 0;
}

/** SOURCE_DATE_EPOCH: a decimal count of seconds (https://reproducible-builds.org/specs/source-date-epoch/). */
function parseSourceDateEpoch(v: string | undefined): number | undefined {
  if (v === undefined || v === '') return undefined;
  if (!/^[0-9]+$/.test(v)) throw new UsageError(`SOURCE_DATE_EPOCH must be a whole number of seconds (got ${JSON.stringify(v)})`);
  return Number(v);
}
