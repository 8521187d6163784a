import { lookupFamily } from '@mlpack/families';
import { readOnnxOps } from './read-onnx-ops.js';
import { VerifyError } from './verify-error.js';

/**
 * The ONNX operators mlpack's emitter can produce for an encoder: every op of the graph IR an
 * encoder uses, plus what the opset lowering adds (Shape for dynamic reshapes, LayerNormalization
 * from opset 17, Gelu from 20). No control flow (If, Loop, Scan), no custom domains, no local
 * functions: a model holding anything else was not made by `mlpack convert`, and running it could
 * loop or allocate without bound. `test/onnx-op-allowlist.test.ts` converts every supported family
 * at the lowest and highest opset and fails when an emitted op is missing here.
 */
export const ENCODER_ONNX_OPS: readonly string[] = [
  'Abs',
  'Add',
  'Cast',
  'Concat',
  'CumSum',
  'Div',
  'Equal',
  'Erf',
  'Exp',
  'Gather',
  'Gelu',
  'Identity',
  'LayerNormalization',
  'Log',
  'MatMul',
  'Max',
  'Min',
  'Mul',
  'Neg',
  'Not',
  'Pow',
  'Range',
  'ReduceMax',
  'ReduceMean',
  'ReduceSum',
  'Relu',
  'Reshape',
  'Shape',
  'Sigmoid',
  'Slice',
  'Softmax',
  'Sqrt',
  'Squeeze',
  'Sub',
  'Tanh',
  'Transpose',
  'Unsqueeze',
  'Where',
];

/** Decoders add rotary embeddings (Cos, Sin), RMSNorm (Reciprocal) and the causal / sliding-window mask. */
export const DECODER_ONNX_OPS: readonly string[] = [
  ...ENCODER_ONNX_OPS,
  'And',
  'Cos',
  'Greater',
  'GreaterOrEqual',
  'Less',
  'LessOrEqual',
  'Or',
  'Reciprocal',
  'Sin',
].sort();

/** What the weight-variant passes add (q8: onnxruntime's quantize_dynamic form), any family. */
export const QUANTIZED_ONNX_OPS: readonly string[] = ['DynamicQuantizeLinear', 'MatMulInteger'];

/** Contrib ops of other domains a variant may hold (q4, q4f16), by domain. */
export const CONTRIB_ONNX_OPS: Readonly<Record<string, readonly string[]>> = { 'com.microsoft': ['MatMulNBits'] };

/** Everything any conversion can contain in the default domain. */
export const MLPACK_ONNX_OPS: readonly string[] = [...new Set([...DECODER_ONNX_OPS, ...QUANTIZED_ONNX_OPS])].sort();

/**
 * The default-domain allow-list for `modelType`: its family kind's ops (encoder or decoder, from
 * `@mlpack/families`) plus the variant ops; a model_type mlpack does not convert gets
 * `MLPACK_ONNX_OPS` (still never control flow).
 */
export function allowedOnnxOps(modelType: string | undefined): readonly string[] {
  const family = modelType === undefined ? undefined : lookupFamily(modelType);
  if (family?.convert === undefined) return MLPACK_ONNX_OPS;
  return [...(family.kind === 'decoder' ? DECODER_ONNX_OPS : ENCODER_ONNX_OPS), ...QUANTIZED_ONNX_OPS];
}

/**
 * Refuse, before running it, an ONNX model that holds anything a conversion of `modelType` can
 * never contain (`ONNX_OP_NOT_ALLOWED`): an op outside the family's list (Loop, Scan, If, …), an
 * op or opset in a domain other than ai.onnx, local functions or training graphs. Reads the op
 * types from the file without loading weights (`readOnnxOps`).
 */
export async function checkOnnxOps(path: string, modelType: string | undefined): Promise<void> {
  const allowed = allowedOnnxOps(modelType);
  const found = await readOnnxOps(path);
  const family = modelType ?? 'mlpack';
  const refuse = (what: string): never => {
    throw new VerifyError('ONNX_OP_NOT_ALLOWED', `${what}: a ${family} conversion never contains it; refusing to run the model`, {
      file: path,
      hint: 'this model was not made by `mlpack convert` (or was altered); do not run it',
    });
  };
  if (found.hasFunctions) refuse('the model defines local functions');
  if (found.hasTrainingInfo) refuse('the model carries training graphs');
  const foreignDomain = found.opsetDomains.find((d) => d !== '' && d !== 'ai.onnx' && !Object.hasOwn(CONTRIB_ONNX_OPS, d));
  if (foreignDomain !== undefined) refuse(`the model imports the operator domain ${JSON.stringify(foreignDomain)}`);
  const set = new Set(allowed);
  for (const op of found.ops) {
    const [domain, type] = [op.slice(0, op.indexOf(':')), op.slice(op.indexOf(':') + 1)];
    const ok = domain === '' ? set.has(type) : Object.hasOwn(CONTRIB_ONNX_OPS, domain) && CONTRIB_ONNX_OPS[domain]!.includes(type);
    if (!ok) refuse(`operator ${JSON.stringify(domain === '' ? type : `${domain}.${type}`)}`);
  }
}
