import { encoderFacts } from '@mlpack/families';
import type { ManifestTensorSpec } from '@mlpack/schema';

/** JSON Schema dialect of the generated request/response schemas. */
export const IO_SCHEMA_DIALECT = 'https://json-schema.org/draft/2020-12/schema';

type JsonSchema = Record<string, unknown>;

export interface IoSchema {
  request: JsonSchema;
  response: JsonSchema;
}

/**
 * JSON Schemas (2020-12, standard keywords only, so strict validators compile them) of what a
 * caller sends and gets back: one property per model input / output, nested arrays of the
 * tensor's rank, fixed sizes where the signature has them, id ranges from config.json.
 */
export function buildIoSchema(
  signature: { inputs: readonly ManifestTensorSpec[]; outputs: readonly ManifestTensorSpec[] },
  config: Record<string, unknown>,
  title: string,
): IoSchema {
  const maxRow = maxRowLength(config);
  const inputs = [...signature.inputs];
  const outputs = [...signature.outputs];
  const request: JsonSchema = {
    $schema: IO_SCHEMA_DIALECT,
    title: `${title} request`,
    description:
      'One batch of token ids, one property per model input. Every input has the same number of rows, and every row of every input the same length: ' +
      'pad shorter sequences (input_ids with the pad id, attention_mask with 0). JSON Schema cannot state equal lengths; servers must check them.',
    type: 'object',
    required: inputs.map((i) => i.name),
    additionalProperties: false,
    properties: Object.fromEntries(inputs.map((i) => [i.name, tensorSchema(i, inputElement(i, config), maxRow)])),
  };
  const response: JsonSchema = {
    $schema: IO_SCHEMA_DIALECT,
    title: `${title} response`,
    description: 'The model outputs by name, each a nested array of numbers with the rank of the output; row i answers row i of the request.',
    type: 'object',
    required: outputs.map((o) => o.name),
    additionalProperties: false,
    properties: Object.fromEntries(outputs.map((o) => [o.name, tensorSchema(o, { type: 'number' }, undefined)])),
  };
  return { request, response };
}

/** The schema of one element of an input, from its name (Optimum's input names) and config.json. */
function inputElement(spec: ManifestTensorSpec, config: Record<string, unknown>): JsonSchema {
  if (spec.dtype === 'float32') return { type: 'number' };
  const below = (n: unknown): JsonSchema => (isPositiveInt(n) ? { maximum: (n as number) - 1 } : {});
  switch (spec.name) {
    case 'input_ids':
      return { type: 'integer', minimum: 0, ...below(config.vocab_size), description: 'token id (< vocab_size)' };
    case 'attention_mask':
      return { enum: [0, 1], description: '1 for a real token, 0 for padding' };
    case 'token_type_ids':
      return { type: 'integer', minimum: 0, ...below(config.type_vocab_size), description: 'segment id (< type_vocab_size)' };
    case 'position_ids':
      return { type: 'integer', minimum: 0, ...below(config.max_position_embeddings), description: 'position (< max_position_embeddings)' };
    default:
      return { type: 'integer' };
  }
}

/** Nested arrays for a tensor spec: a fixed size where the dim is a number, at least one entry otherwise. */
function tensorSchema(spec: ManifestTensorSpec, element: JsonSchema, maxRow: number | undefined): JsonSchema {
  let schema: JsonSchema = element;
  for (let axis = spec.shape.length - 1; axis >= 0; axis--) {
    const d = spec.shape[axis]!;
    const sized: JsonSchema =
      typeof d === 'number' ? { minItems: d, maxItems: d } : { minItems: 1, ...(d === 'sequence_length' && maxRow !== undefined ? { maxItems: maxRow } : {}) };
    schema = { type: 'array', ...sized, items: schema };
  }
  const dims = spec.shape.map((d) => String(d)).join(', ');
  return { description: `${spec.dtype} [${dims}]`, ...schema };
}

/**
 * Longest row the position embeddings allow, when config.json says. Families whose position ids
 * start after the pad id (`padding_idx + 1`, transformers' RoBERTa embeddings; see the family
 * descriptors) hold `max_position_embeddings - pad_token_id - 1` tokens.
 */
function maxRowLength(config: Record<string, unknown>): number | undefined {
  const max = config.max_position_embeddings;
  if (!isPositiveInt(max)) return undefined;
  const facts = typeof config.model_type === 'string' ? encoderFacts(config.model_type) : undefined;
  if (facts?.positionsAfterPadding !== true) return max as number;
  const pad = Number.isSafeInteger(config.pad_token_id) ? (config.pad_token_id as number) : facts.padTokenIdDefault;
  return (max as number) - pad - 1;
}

function isPositiveInt(v: unknown): boolean {
  return Number.isSafeInteger(v) && (v as number) > 0;
}
