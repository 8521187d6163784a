import type { ManifestTensorSpec } from '@mlpack/schema';
import { BundleError } from './bundle-error.js';

/** Triton's platform string for ONNX models served by its onnxruntime backend. */
export const TRITON_PLATFORM = 'onnxruntime_onnx';
/** Default `max_batch_size`: small batches keep a CPU instance's latency low; override per deployment. */
export const DEFAULT_TRITON_MAX_BATCH_SIZE = 8;
/** Default model version directory (Triton ignores version directories that are not positive integers). */
export const DEFAULT_TRITON_VERSION = 1;

/** Manifest dtype → Triton model-config data type (the ONNX Runtime column of Triton's datatype table). */
const TRITON_DATA_TYPES: Readonly<Record<ManifestTensorSpec['dtype'], string>> = {
  int64: 'TYPE_INT64',
  int32: 'TYPE_INT32',
  float32: 'TYPE_FP32',
  float16: 'TYPE_FP16',
  bool: 'TYPE_BOOL',
};

export interface TritonConfigOptions {
  /** Triton `max_batch_size`: > 0 makes the first (batch) dim implicit; 0 lists every dim. */
  maxBatchSize?: number;
}

/**
 * A Triton `config.pbtxt` (protobuf text format of ModelConfig) for an ONNX model. With
 * `max_batch_size > 0` Triton forms each tensor's full shape as `[-1] + dims`, so the leading
 * batch dim of the signature is dropped; every symbolic dim becomes -1 (variable). A tensor that is
 * only a batch dim gets `dims: [ 1 ]` with `reshape: { shape: [ ] }`, since dims may not be empty.
 */
export function tritonConfig(
  name: string,
  signature: { inputs: readonly ManifestTensorSpec[]; outputs: readonly ManifestTensorSpec[] },
  options: TritonConfigOptions = {},
): string {
  const maxBatch = options.maxBatchSize ?? DEFAULT_TRITON_MAX_BATCH_SIZE;
  if (!Number.isSafeInteger(maxBatch) || maxBatch < 0) {
    throw new BundleError('BUNDLE_BAD_OPTION', `max batch size must be an integer >= 0 (got ${maxBatch})`, { exitCode: 2 });
  }
  const tensors = (kind: 'input' | 'output', specs: readonly ManifestTensorSpec[]): string => {
    const blocks = specs.map((s) => {
      let dims = s.shape.map((d) => (typeof d === 'number' ? d : -1));
      if (maxBatch > 0) {
        if (s.shape.length === 0 || typeof s.shape[0] === 'number') {
          throw new BundleError('BUNDLE_BAD_OPTION', `${kind} "${s.name}" has no leading dynamic batch dim (shape [${s.shape.join(', ')}])`, {
            hint: 'use --max-batch-size 0 for models without a batch dim',
            exitCode: 2,
          });
        }
        dims = dims.slice(1);
      }
      const lines = [`    name: ${pbString(s.name)}`, `    data_type: ${TRITON_DATA_TYPES[s.dtype]}`];
      if (dims.length === 0) lines.push('    dims: [ 1 ]', '    reshape: { shape: [ ] }');
      else lines.push(`    dims: [ ${dims.join(', ')} ]`);
      return `  {\n${lines.join('\n')}\n  }`;
    });
    return `${kind} [\n${blocks.join(',\n')}\n]`;
  };
  return [
    `name: ${pbString(name)}`,
    `platform: ${pbString(TRITON_PLATFORM)}`,
    `max_batch_size: ${maxBatch}`,
    tensors('input', signature.inputs),
    tensors('output', signature.outputs),
    '',
  ].join('\n');
}

/** A protobuf text-format string literal (double quotes; backslash, quote and control bytes escaped). */
function pbString(s: string): string {
  let out = '"';
  for (const byte of Buffer.from(s, 'utf8')) {
    if (byte === 0x22) out += '\\"';
    else if (byte === 0x5c) out += '\\\\';
    else if (byte < 0x20 || byte >= 0x7f) out += `\\${byte.toString(8).padStart(3, '0')}`;
    else out += String.fromCharCode(byte);
  }
  return `${out}"`;
}
