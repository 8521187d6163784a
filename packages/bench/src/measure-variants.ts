import { rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { isMlpackError } from '@mlpack/core';
import { variantParityGate } from '@mlpack/verify';
import type { VariantsBench } from './bench-result.js';
import { flushDirtyPages } from './copy-baseline.js';
import { measureConversion } from './measure-conversion.js';
import { measureOrtLatency } from './ort-latency.js';
import type { LatencyCase, LatencyResult } from './ort-latency.js';

/** The ONNX variants written in one run, in the order transformers.js names them. */
export const VARIANT_FILES = {
  fp32: 'model.onnx',
  fp16: 'model_fp16.onnx',
  q8: 'model_quantized.onnx',
  q4: 'model_q4.onnx',
  q4f16: 'model_q4f16.onnx',
} as const;

export interface MeasureVariantsOptions {
  /** Median convertModel time of fp32 alone, measured in the same run (the ratio's denominator). */
  fp32ConvertMs: number;
  /** Latency shapes, and token ids drawn from [1, vocabSize). */
  cases: readonly LatencyCase[];
  vocabSize: number;
  latencyRuns: number;
  /** Judge each variant against the float64 reference (`variantParityGate`) and report its numbers (default true). */
  gate?: boolean;
  keep?: boolean;
  childScript?: string | undefined;
  onProgress?: (message: string) => void;
}

/**
 * All five ONNX variants converted in one run (a child process: time and peak RSS — the fan-out
 * of one read of the weights to five writers), each file's size and onnxruntime latency next to
 * fp32's, and each variant's parity numbers against the float64 reference on verify's inputs
 * (cosine, argmax agreement, max |Δ|: what its gate judges), all in the same run.
 */
export async function measureVariants(modelDir: string, out: string, o: MeasureVariantsOptions): Promise<VariantsBench> {
  const progress = o.onProgress ?? (() => {});
  progress(`variants: convert --dtype ${Object.keys(VARIANT_FILES).join(',')} once, then each file's size and latency`);
  await flushDirtyPages();
  const run = await measureConversion(modelDir, out, `onnx:${Object.keys(VARIANT_FILES).join(',')}`, { childScript: o.childScript });
  const sizes = new Map<string, number>();
  const lat = new Map<string, LatencyResult[]>();
  for (const [dtype, file] of Object.entries(VARIANT_FILES)) {
    const path = join(out, 'onnx', file);
    sizes.set(dtype, (await stat(path)).size + ((await stat(`${path}_data`).catch(() => undefined))?.size ?? 0));
    lat.set(dtype, await measureOrtLatency(path, o.cases, { vocabSize: o.vocabSize, runs: o.latencyRuns }));
  }
  let parity: VariantsBench['parity'];
  if (o.gate ?? true) {
    progress('variants: each against the float64 reference (the parity gates)');
    const t0 = performance.now();
    try {
      const judged = await variantParityGate({ modelDir, convertedDir: out });
      const byDtype: NonNullable<Exclude<VariantsBench['parity'], { failed: true }>>['byDtype'] = {};
      for (const [dtype, file] of Object.entries(VARIANT_FILES)) {
        const p = judged[`onnx/${file}`];
        if (!p) continue;
        const num = (k: string): number | null => (typeof p.measured[k] === 'number' ? p.measured[k] : null);
        byDtype[dtype] = { ok: p.ok, minCosine: num('min_cosine'), minArgmaxAgreement: num('min_argmax_agreement'), maxAbs: num('max_abs') };
      }
      parity = { ms: performance.now() - t0, byDtype };
    } catch (e) {
      parity = { failed: true, code: isMlpackError(e) ? e.code : undefined, message: e instanceof Error ? e.message : String(e) };
    }
  }
  const base = lat.get('fp32')!;
  const result: VariantsBench = {
    convertMs: run.convertMs,
    fp32ConvertMs: o.fp32ConvertMs,
    maxRssBytes: run.maxRssBytes,
    variants: Object.entries(VARIANT_FILES).map(([dtype, file]) => ({
      dtype,
      file,
      bytes: sizes.get(dtype)!,
      sizeRatio: sizes.get(dtype)! / sizes.get('fp32')!,
      latency: lat.get(dtype)!.map((l, i) => ({ batch: l.batch, sequence: l.sequence, medianMs: l.medianMs, ratio: l.medianMs / base[i]!.medianMs })),
    })),
    ...(parity ? { parity } : {}),
  };
  if (!o.keep) await rm(out, { recursive: true, force: true });
  return result;
}
