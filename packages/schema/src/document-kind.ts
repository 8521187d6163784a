/**
 * The JSON documents mlpack validates, and per kind: its schema file and `$id`, the issue code
 * its schema problems carry, the conventional file name and the read budget.
 */

export const DOCUMENT_KINDS = [
  'config',
  'tokenizer',
  'tokenizer_config',
  'special_tokens_map',
  'generation_config',
  'safetensors_index',
  'manifest',
  'golden',
] as const;

export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** Issue codes of schema problems, one per document kind. */
export type SchemaIssueCode =
  | 'SCHEMA_CONFIG'
  | 'SCHEMA_TOKENIZER'
  | 'SCHEMA_TOKENIZER_CONFIG'
  | 'SCHEMA_SPECIAL_TOKENS_MAP'
  | 'SCHEMA_GENERATION_CONFIG'
  | 'SCHEMA_SAFETENSORS_INDEX'
  | 'SCHEMA_MANIFEST'
  | 'SCHEMA_GOLDEN';

/** Every issue code `validateDocument` can produce (JSON parse problems carry the parser's `JSON_*` codes). */
export type DocumentIssueCode = SchemaIssueCode | 'CONFIG_UNKNOWN_MODEL_TYPE';

export interface DocumentKindInfo {
  /** File name of the schema under the repository's `schemas/` directory. */
  schemaFile: string;
  /** The schema's `$id` (pinned by a test). */
  schemaId: string;
  /** Code of the issues the schema produces. */
  code: SchemaIssueCode;
  /** The name the document has in a model folder or output folder, used when no file name is given. */
  fileName: string;
  /** Largest file `readJsonDocument` accepts, in bytes. */
  maxBytes: number;
  /** Default hint of this kind's schema issues. */
  hint: string;
}

const MIB = 1024 * 1024;
const SCHEMA_BASE = 'https://mlpack.dev/schemas/';

export const DOCUMENT_KIND_INFO = {
  config: {
    schemaFile: 'config.schema.json',
    schemaId: `${SCHEMA_BASE}config.schema.json`,
    code: 'SCHEMA_CONFIG',
    fileName: 'config.json',
    // Configs are a few KB; the biggest real ones carry id2label for ~21k classes (~1 MB).
    maxBytes: 16 * MIB,
    hint: "fix the value so that transformers' AutoConfig can load it, or remove the field to get transformers' default",
  },
  tokenizer: {
    schemaFile: 'tokenizer.schema.json',
    schemaId: `${SCHEMA_BASE}tokenizer.schema.json`,
    code: 'SCHEMA_TOKENIZER',
    fileName: 'tokenizer.json',
    // The largest real tokenizer.json files (262k-token vocabularies) are ~35 MB.
    maxBytes: 128 * MIB,
    hint: 'tokenizer.json must be loadable by huggingface/tokenizers; re-save it with a recent tokenizers or transformers',
  },
  tokenizer_config: {
    schemaFile: 'tokenizer-config.schema.json',
    schemaId: `${SCHEMA_BASE}tokenizer-config.schema.json`,
    code: 'SCHEMA_TOKENIZER_CONFIG',
    fileName: 'tokenizer_config.json',
    // added_tokens_decoder can list 10^5 tokens at ~150 bytes each.
    maxBytes: 64 * MIB,
    hint: "fix the value so that transformers' AutoTokenizer can load it, or remove the field",
  },
  special_tokens_map: {
    schemaFile: 'special-tokens-map.schema.json',
    schemaId: `${SCHEMA_BASE}special-tokens-map.schema.json`,
    code: 'SCHEMA_SPECIAL_TOKENS_MAP',
    fileName: 'special_tokens_map.json',
    // A handful of tokens plus at most a few thousand additional ones.
    maxBytes: 16 * MIB,
    hint: 'each special token must be its text or an AddedToken object with a "content" string',
  },
  generation_config: {
    schemaFile: 'generation-config.schema.json',
    schemaId: `${SCHEMA_BASE}generation-config.schema.json`,
    code: 'SCHEMA_GENERATION_CONFIG',
    fileName: 'generation_config.json',
    // A few KB; suppress-token lists add at most tens of KB.
    maxBytes: 16 * MIB,
    hint: "fix the value so that transformers' GenerationConfig can load it, or remove the field",
  },
  safetensors_index: {
    schemaFile: 'safetensors-index.schema.json',
    schemaId: `${SCHEMA_BASE}safetensors-index.schema.json`,
    code: 'SCHEMA_SAFETENSORS_INDEX',
    fileName: 'model.safetensors.index.json',
    // ~100 bytes per tensor: even 10^5 tensors stay near 10 MB.
    maxBytes: 64 * MIB,
    hint: 'the index maps each tensor name to the .safetensors shard file beside it: {"weight_map": {"name": "model-00001-of-00002.safetensors"}}',
  },
  manifest: {
    schemaFile: 'mlpack-manifest.schema.json',
    schemaId: `${SCHEMA_BASE}mlpack-manifest.schema.json`,
    code: 'SCHEMA_MANIFEST',
    fileName: 'mlpack.json',
    // A few KB, unless goldens are embedded.
    maxBytes: 64 * MIB,
    hint: 'mlpack.json is written by mlpack; re-run the conversion (or bundling) rather than editing it by hand',
  },
  golden: {
    schemaFile: 'mlpack-golden.schema.json',
    schemaId: `${SCHEMA_BASE}mlpack-golden.schema.json`,
    code: 'SCHEMA_GOLDEN',
    fileName: 'golden.json',
    // Values are JSON text (~20 bytes per float32): 256 MiB holds ~12M values, far more than a test batch.
    maxBytes: 256 * MIB,
    hint: 'a golden is {"format": "mlpack-golden", "version": 1, "inputs": {...}, "outputs": {...}} with each tensor {dtype, dims, data}',
  },
} as const satisfies Record<DocumentKind, DocumentKindInfo>;

const KIND_SET: ReadonlySet<string> = new Set(DOCUMENT_KINDS);

export function isDocumentKind(value: unknown): value is DocumentKind {
  return typeof value === 'string' && KIND_SET.has(value);
}
