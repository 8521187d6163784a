import { DEFAULT_OPSET, SUPPORTED_OPSETS, isSupportedOpset } from '@mlpack/onnx';
import { DEFAULT_SHARD_BYTES } from '@mlpack/tfjs';
import { ConvertError } from './errors.js';

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
  /** TF.js weight storage: float32 (default) or float16 (dequantized by tfjs on load). */
  tfjsDtype?: 'float32' | 'float16' | undefined;
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
  tfjsDtype: 'float32' | 'float16';
  shardBytes: number;
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
  return {
    targets: parseTargets(o.targets),
    opset,
    externalData: o.externalData ?? 'auto',
    tfjsDtype: o.tfjsDtype ?? 'float32',
    shardBytes,
  };
}
