import { affineWeightStorage, convertToFloat16, quantizeEmbeddings, quantizeMatMulInt8, quantizeMatMulNBits, storeWeightsAsFloat16 } from '@mlpack/graph';
import type { Graph } from '@mlpack/graph';
import { ConvertError } from './errors.js';

/** Every weight variant `--dtype` can name. */
export const VARIANT_DTYPES = ['fp32', 'fp16', 'q8', 'q4', 'q4f16', 'uint8', 'uint16'] as const;
export type VariantDType = (typeof VARIANT_DTYPES)[number];

export type OnnxVariantDType = 'fp32' | 'fp16' | 'q8' | 'q4' | 'q4f16';
export type TfjsVariantDType = 'fp32' | 'fp16' | 'uint8' | 'uint16';

/** ONNX file names as transformers.js looks for them (`dtype` option → `onnx/model{suffix}.onnx`). */
export const ONNX_VARIANT_FILES: Record<OnnxVariantDType, string> = {
  fp32: 'model.onnx',
  fp16: 'model_fp16.onnx',
  q8: 'model_quantized.onnx',
  q4: 'model_q4.onnx',
  q4f16: 'model_q4f16.onnx',
};

/** TF.js variant folders: tfjs-converter always names shards `group1-shard…`, so each variant has its own folder. */
export const TFJS_VARIANT_DIRS: Record<TfjsVariantDType, string> = {
  fp32: 'tfjs',
  fp16: 'tfjs_fp16',
  uint8: 'tfjs_uint8',
  uint16: 'tfjs_uint16',
};

/** The stored weight dtype each TF.js variant records (`weight_dtype` in mlpack.json). */
export const TFJS_WEIGHT_DTYPE: Record<TfjsVariantDType, 'float32' | 'float16' | 'uint8' | 'uint16'> = {
  fp32: 'float32',
  fp16: 'float16',
  uint8: 'uint8',
  uint16: 'uint16',
};

const ONNX_DTYPES: ReadonlySet<string> = new Set(Object.keys(ONNX_VARIANT_FILES));
const TFJS_DTYPES: ReadonlySet<string> = new Set(Object.keys(TFJS_VARIANT_DIRS));

/** `"fp32,fp16"` or a list → the dtypes in canonical order; unknown names are a usage error. */
export function parseDtypes(value: string | readonly string[] | undefined): VariantDType[] {
  const parts = (value === undefined ? ['fp32'] : typeof value === 'string' ? [value] : value)
    .flatMap((v) => v.split(','))
    .map((v) => v.trim().toLowerCase())
    .filter((v) => v !== '');
  const set = new Set<VariantDType>();
  for (const p of parts) {
    if (!(VARIANT_DTYPES as readonly string[]).includes(p)) {
      throw new ConvertError('CONVERT_BAD_DTYPE', `unknown dtype "${p}"`, {
        hint: `choose from ${VARIANT_DTYPES.join(', ')} (comma-separated)`,
        exitCode: 2,
      });
    }
    set.add(p as VariantDType);
  }
  if (set.size === 0) throw new ConvertError('CONVERT_BAD_DTYPE', 'no dtype given', { hint: 'e.g. --dtype fp32,q8', exitCode: 2 });
  return VARIANT_DTYPES.filter((d) => set.has(d));
}

export interface VariantOptions {
  /** q4 / q4f16: elements per block along K (default 32). */
  blockSize: number;
  /** q4 / q4f16: onnxruntime accuracy_level (default 0). */
  accuracyLevel: number;
  /**
   * Quantize the embedding tables too (default false: the "embeddings left as they are
   * unless a flag says otherwise"): int8 rows with a scale each in q8 / q4 / q4f16, affine codes
   * in TF.js uint8 / uint16. fp32 / fp16 variants are unaffected.
   */
  quantizeEmbeddings?: boolean;
}

/** The variants `quantizeEmbeddings` applies to. */
export const EMBEDDING_QUANTIZING_DTYPES: readonly VariantDType[] = ['q8', 'q4', 'q4f16', 'uint8', 'uint16'];

/** One file (ONNX) or folder (TF.js) to write: its graph comes from the base graph through the dtype's passes. */
export type VariantPlan =
  | { format: 'onnx'; dtype: OnnxVariantDType; dir: 'onnx'; fileName: string; path: string }
  | { format: 'tfjs'; dtype: TfjsVariantDType; dir: string; path: string };

/**
 * The variants `targets` × `dtypes` gives: fp32 and fp16 for both formats, q8 / q4 / q4f16 for
 * ONNX only, uint8 / uint16 for TF.js only. A dtype no chosen target can take, or a target left
 * with no dtype, is a usage error (`CONVERT_BAD_DTYPE`, exit 2).
 */
export function planVariants(targets: readonly ('onnx' | 'tfjs')[], dtypes: readonly VariantDType[]): VariantPlan[] {
  for (const d of dtypes) {
    const takes = (t: 'onnx' | 'tfjs'): boolean => (t === 'onnx' ? ONNX_DTYPES : TFJS_DTYPES).has(d);
    if (!targets.some(takes)) {
      const formats = ['onnx', 'tfjs'].filter((t) => takes(t as 'onnx' | 'tfjs'));
      throw new ConvertError('CONVERT_BAD_DTYPE', `dtype ${d} cannot be written for --to ${targets.join(',')}: it is a ${formats.join(' / ')} variant`, {
        hint: `add --to ${formats[0]}, or drop ${d} from --dtype`,
        exitCode: 2,
      });
    }
  }
  const plans: VariantPlan[] = [];
  for (const t of targets) {
    const mine = dtypes.filter((d) => (t === 'onnx' ? ONNX_DTYPES : TFJS_DTYPES).has(d));
    if (mine.length === 0) {
      throw new ConvertError('CONVERT_BAD_DTYPE', `--dtype ${dtypes.join(',')} has no variant for the ${t} target`, {
        hint: t === 'onnx' ? 'ONNX takes fp32, fp16, q8, q4, q4f16' : 'TF.js takes fp32, fp16, uint8, uint16',
        exitCode: 2,
      });
    }
    for (const d of mine) {
      if (t === 'onnx') {
        const dtype = d as OnnxVariantDType;
        const fileName = ONNX_VARIANT_FILES[dtype];
        plans.push({ format: 'onnx', dtype, dir: 'onnx', fileName, path: `onnx/${fileName}` });
      } else {
        const dtype = d as TfjsVariantDType;
        const dir = TFJS_VARIANT_DIRS[dtype];
        plans.push({ format: 'tfjs', dtype, dir, path: `${dir}/model.json` });
      }
    }
  }
  return plans;
}

/**
 * A decoder's KV cache I/O (Optimum's names). In the fp16 and q4f16 variants it is float16, as in
 * transformers.js' and Optimum's fp16 decoders (transformers.js builds the first step's empty
 * cache with the element type the session declares, and feeds each `present.*` back as it came).
 */
export function isKvCacheName(name: string): boolean {
  return /^(past_key_values|present)\.\d+\.(key|value)$/.test(name);
}

/** The element type of the KV cache in a variant's graph, or undefined when the graph has none. */
export function kvCacheDtype(graph: Graph): 'float32' | 'float16' | undefined {
  const past = graph.inputs.find((i) => isKvCacheName(i.name));
  return past === undefined ? undefined : past.dtype === 'float16' ? 'float16' : 'float32';
}

/** The variant's graph: the passes its dtype needs, over the one graph built from the checkpoint. */
export function variantGraph(base: Graph, plan: VariantPlan, o: VariantOptions): Graph {
  if (plan.format === 'tfjs') {
    switch (plan.dtype) {
      case 'fp32':
        return base;
      case 'fp16':
        // TF.js computes in float32 anyway: float16 is a storage format there.
        return storeWeightsAsFloat16(base);
      case 'uint8':
      case 'uint16':
        return affineWeightStorage(base, { dtype: plan.dtype, includeEmbeddings: o.quantizeEmbeddings === true });
    }
  }
  const nbits = { blockSize: o.blockSize, accuracyLevel: o.accuracyLevel };
  const tables = (g: Graph): Graph => (o.quantizeEmbeddings ? quantizeEmbeddings(g) : g);
  switch (plan.dtype) {
    case 'fp32':
      return base;
    case 'fp16':
      return convertToFloat16(base, { float16Io: isKvCacheName });
    case 'q8':
      return tables(quantizeMatMulInt8(base));
    case 'q4':
      return tables(quantizeMatMulNBits(base, nbits));
    case 'q4f16':
      return tables(quantizeMatMulNBits(convertToFloat16(base, { float16Io: isKvCacheName }), nbits));
  }
}
