import { DEFAULT_OPSET, SUPPORTED_OPSETS, isSupportedOpset } from '@mlpack/onnx';
import { DEFAULT_SHARD_BYTES } from '@mlpack/tfjs';
import { DEFAULT_BLOCK_SIZE } from '@mlpack/graph';
import { ConvertError } from './errors.js';
import type { ParityGate } from './parity-gate.js';
import { EMBEDDING_QUANTIZING_DTYPES, parseDtypes, planVariants } from './plan-variants.js';
import type { VariantDType, VariantPlan } from './plan-variants.js';

export type Target = 'onnx' | 'tfjs';
export const TARGETS: readonly Target[] = ['onnx', 'tfjs'];

export interface ConvertOptions {
  /** Output directory; written atomically (temp dir beside it, renamed at the end). */
  out: string;
  /** Targets to emit (default `['onnx']`). */
  targets?: readonly Target[];
  /** Task override (Optimum task name); default from `architectures[0]`. */
  task?: string | undefined;
  /** ONNX opset, 14..21 (default 17). */
  opset?: number | undefined;
  /** ONNX external data: `true` always, `false` never, `'auto'` (default) beyond protobuf's 2 GiB limit. */
  externalData?: boolean | 'auto' | undefined;
  /**
   * Weight variants to write (default `['fp32']`): fp32 and fp16 for both formats, q8 / q4 / q4f16
   * for ONNX, uint8 / uint16 for TF.js. All are made from one graph in one read of the weights.
   */
  dtypes?: readonly string[] | undefined;
  /** q4 / q4f16: elements per quantization block along K (power of two >= 16, default 32). */
  blockSize?: number | undefined;
  /** q4 / q4f16: onnxruntime `accuracy_level` 0..4 (default 0). */
  accuracyLevel?: number | undefined;
  /**
   * Judges each variant against the float64 reference before the output is committed (the CLI
   * passes `@mlpack/verify`'s `variantParityGate`). Runs when a non-fp32 variant is written; a
   * miss fails the conversion (`CONVERT_PARITY_FAILED`) unless `allowDegraded`.
   */
  parityGate?: ParityGate | undefined;
  /** Keep variants that miss their gate, recorded as `parity.degraded` in mlpack.json. */
  allowDegraded?: boolean | undefined;
  /**
   * Run `parityGate` even when only fp32 is written (default false: an fp32-only conversion is not
   * judged at convert time — `mlpack verify` is its gate, with the same limits — so that it stays
   * a streaming job whose time and memory do not depend on running the model).
   */
  gateFp32?: boolean | undefined;
  /**
   * Quantize embedding tables too in the quantized variants (q8 / q4 / q4f16: int8 rows, one scale
   * each; TF.js uint8 / uint16: affine codes). Default false: embeddings stay as they are.
   */
  quantizeEmbeddings?: boolean | undefined;
  /** TF.js shard size in bytes (default 4 MiB). */
  shardBytes?: number | undefined;
  /** Replace a non-empty `out`. */
  force?: boolean | undefined;
  /** Refuse checkpoints with tensors the graph does not read (`ARCH_UNUSED_TENSORS`) instead of warning. */
  strict?: boolean | undefined;
  /** Progress callback (one call per stage), for the CLI. */
  onProgress?: ((stage: string) => void) | undefined;
}

/** `"onnx,tfjs"` or `['onnx', 'tfjs']` → sorted unique targets; unknown names are a usage error. */
export function parseTargets(value: string | readonly string[] | undefined): Target[] {
  const parts = (value === undefined ? ['onnx'] : typeof value === 'string' ? [value] : value)
    .flatMap((v) => v.split(','))
    .map((v) => v.trim().toLowerCase())
    .filter((v) => v !== '');
  const targets = new Set<Target>();
  for (const p of parts) {
    if (p === 'all') TARGETS.forEach((t) => targets.add(t));
    else if ((TARGETS as readonly string[]).includes(p)) targets.add(p as Target);
    else
      throw new ConvertError('CONVERT_BAD_TARGET', `unknown target "${p}"`, {
        hint: `use --to ${TARGETS.join(', --to ')} or --to all`,
        exitCode: 2,
      });
  }
  if (targets.size === 0) throw new ConvertError('CONVERT_BAD_TARGET', 'no target given', { hint: 'use --to onnx', exitCode: 2 });
  return TARGETS.filter((t) => targets.has(t));
}

export interface ResolvedOptions {
  targets: Target[];
  opset: number;
  externalData: boolean | 'auto';
  dtypes: VariantDType[];
  /** Every file / folder to write, in order (ONNX variants first). */
  variants: VariantPlan[];
  blockSize: number;
  accuracyLevel: number;
  shardBytes: number;
  allowDegraded: boolean;
  quantizeEmbeddings: boolean;
  gateFp32: boolean;
}

export function resolveOptions(o: ConvertOptions): ResolvedOptions {
  const opset = o.opset ?? DEFAULT_OPSET;
  if (!isSupportedOpset(opset)) {
    throw new ConvertError('CONVERT_BAD_OPTION', `opset ${opset} is not supported`, {
      hint: `choose one of ${SUPPORTED_OPSETS.join(', ')}`,
      exitCode: 2,
    });
  }
  const shardBytes = o.shardBytes ?? DEFAULT_SHARD_BYTES;
  if (!Number.isSafeInteger(shardBytes) || shardBytes < 1024) {
    throw new ConvertError('CONVERT_BAD_OPTION', `shard size ${shardBytes} is not an integer >= 1024 bytes`, {
      hint: 'pass --shard-size in bytes, e.g. 4194304',
      exitCode: 2,
    });
  }
  const blockSize = o.blockSize ?? DEFAULT_BLOCK_SIZE;
  if (!Number.isSafeInteger(blockSize) || blockSize < 16 || (blockSize & (blockSize - 1)) !== 0) {
    throw new ConvertError('CONVERT_BAD_OPTION', `block size ${blockSize} is not a power of two >= 16`, {
      hint: 'pass --block-size 32, 64 or 128',
      exitCode: 2,
    });
  }
  const accuracyLevel = o.accuracyLevel ?? 0;
  if (!Number.isSafeInteger(accuracyLevel) || accuracyLevel < 0 || accuracyLevel > 4) {
    throw new ConvertError('CONVERT_BAD_OPTION', `accuracy level ${accuracyLevel} is not 0..4`, {
      hint: '0 lets onnxruntime choose; 4 computes in int8',
      exitCode: 2,
    });
  }
  const targets = parseTargets(o.targets);
  const dtypes = parseDtypes(o.dtypes);
  if (o.quantizeEmbeddings === true && !dtypes.some((d) => EMBEDDING_QUANTIZING_DTYPES.includes(d))) {
    throw new ConvertError('CONVERT_BAD_OPTION', `quantizing embeddings needs a quantized variant; --dtype ${dtypes.join(',')} has none`, {
      hint: `add one of ${EMBEDDING_QUANTIZING_DTYPES.join(', ')} to --dtype, or drop --quantize-embeddings`,
      exitCode: 2,
    });
  }
  return {
    targets,
    opset,
    externalData: o.externalData ?? 'auto',
    dtypes,
    variants: planVariants(targets, dtypes),
    blockSize,
    accuracyLevel,
    shardBytes,
    allowDegraded: o.allowDegraded ?? false,
    quantizeEmbeddings: o.quantizeEmbeddings ?? false,
    gateFp32: o.gateFp32 ?? false,
  };
}
