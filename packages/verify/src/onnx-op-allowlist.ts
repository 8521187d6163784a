import { readOnnxOps } from './read-onnx-ops.js';
import { VerifyError } from './verify-error.js';

/**
 * The ONNX operators mlpack's emitter can produce at all: every op of the graph IR, plus what the
 * opset lowering adds (Shape for dynamic reshapes, LayerNormalization from opset 17, Gelu from
 * 20). No control flow (If, Loop, Scan), no custom domains, no local functions: a model holding
 * anything else was not made by `mlpack convert`, and running it could loop or allocate without
 * bound. `test/onnx-op-allowlist.test.ts` converts every supported family at every opset and
 * fails when an emitted op is missing here (extend the list with the IR).
 */
export const MLPACK_ONNX_OPS: readonly string[] = [
  'Abs', 'Add', 'Cast', 'Concat', 'CumSum', 'Div', 'Equal', 'Erf', 'Exp', 'Gather', 'Gelu',
  'Identity', 'LayerNormalization', 'Log', 'MatMul', 'Max', 'Min', 'Mul', 'Neg', 'Not', 'Pow',
  'Range', 'ReduceMax', 'ReduceMean', 'ReduceSum', 'Relu', 'Reshape', 'Shape', 'Sigmoid', 'Slice',
  'Softmax', 'Sqrt', 'Squeeze', 'Sub', 'Tanh', 'Transpose', 'Unsqueeze', 'Where',
];

/** The encoder families' ops: today the whole emittable set (they share every lowering). */
export const ENCODER_ONNX_OPS: readonly string[] = MLPACK_ONNX_OPS;

/**
 * model_type → the ops a converted model of that family may contain. A model_type not listed
 * gets `MLPACK_ONNX_OPS` (what any conversion can contain): never control flow.
 */
export const FAMILY_ONNX_OPS: Readonly<Record<string, readonly string[]>> = {
  bert: ENCODER_ONNX_OPS,
  distilbert: ENCODER_ONNX_OPS,
  roberta: ENCODER_ONNX_OPS,
  'xlm-roberta': ENCODER_ONNX_OPS,
  camembert: ENCODER_ONNX_OPS,
  electra: ENCODER_ONNX_OPS,
  albert: ENCODER_ONNX_OPS,
};

/** The allow-list for `modelType` (own keys only: `constructor` or `__proto__` get the general list). */
export function allowedOnnxOps(modelType: string | undefined): readonly string[] {
  return modelType !== undefined && Object.hasOwn(FAMILY_ONNX_OPS, modelType) ? FAMILY_ONNX_OPS[modelType]! : MLPACK_ONNX_OPS;
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
  const foreignDomain = found.opsetDomains.find((d) => d !== '' && d !== 'ai.onnx');
  if (foreignDomain !== undefined) refuse(`the model imports the operator domain ${JSON.stringify(foreignDomain)}`);
  const set = new Set(allowed);
  for (const op of found.ops) {
    const [domain, type] = [op.slice(0, op.indexOf(':')), op.slice(op.indexOf(':') + 1)];
    if (domain !== '' || !set.has(type)) refuse(`operator ${JSON.stringify(domain === '' ? type : `${domain}.${type}`)}`);
  }
}
