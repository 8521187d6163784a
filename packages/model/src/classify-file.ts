import { TOKENIZER_FILE_NAMES } from '@mlpack/tokenizers';

export { TOKENIZER_FILE_NAMES };

/** What a file in a model folder is, decided from its path alone (its bytes are never looked at). */
export type FileKind =
  | 'safetensors'
  | 'safetensors-index'
  | 'pickle'
  | 'pickle-index'
  | 'unsupported-weights'
  | 'onnx'
  | 'config'
  | 'generation-config'
  | 'tokenizer'
  | 'code'
  | 'docs'
  | 'other';

export const FILE_KINDS: readonly FileKind[] = [
  'safetensors',
  'safetensors-index',
  'pickle',
  'pickle-index',
  'unsupported-weights',
  'onnx',
  'config',
  'generation-config',
  'tokenizer',
  'code',
  'docs',
  'other',
];

/**
 * Extensions of files that are (or may be) Python pickles. `.bin` is included wholesale because on
 * the Hub a `.bin` beside a model is a torch pickle (`pytorch_model.bin`, `adapter_model.bin`,
 * `training_args.bin`); treating an unknown `.bin` as a pickle only means we never open it.
 */
const PICKLE_EXTENSIONS = ['.bin', '.pt', '.pth', '.ckpt', '.pkl', '.pickle', '.joblib'];

/** Trainer state files: pickles by construction, whatever their extension. */
const PICKLE_PREFIXES = ['optimizer.', 'scheduler.', 'rng_state'];

/** Weight formats we recognise but cannot convert from (TF/Keras, Flax, GGUF, TFLite, numpy...). */
const UNSUPPORTED_WEIGHT_EXTENSIONS = ['.h5', '.hdf5', '.keras', '.msgpack', '.gguf', '.ggml', '.tflite', '.npz', '.npy', '.ot', '.nemo', '.mlmodel'];

/** Existing ONNX exports (reported and ignored: we convert from safetensors). */
const ONNX_EXTENSIONS = ['.onnx', '.onnx_data', '.onnx.data', '.ort'];

const CODE_EXTENSIONS = ['.py', '.pyc'];

const DOC_NAME = /^(readme|license|licence|notice|copying|citation|model_card|modelcard)([._-].*)?$/i;

/**
 * Classify one file of a model folder by its folder-relative path (`/`-separated).
 *
 * Weight formats, ONNX files and code are recognised anywhere (a pickle in a sub-folder is still a
 * pickle); the documents transformers reads (config, tokenizer files, the safetensors index, docs)
 * only at the folder root — the same names in a sub-folder (e.g. sentence-transformers'
 * `1_Pooling/config.json`) are `other`.
 */
export function classifyFile(relativePath: string): FileKind {
  const segments = relativePath.split('/');
  const base = segments[segments.length - 1] ?? '';
  const lower = base.toLowerCase();
  const atRoot = segments.length === 1;

  if (/^pytorch_model.*\.bin\.index\.json$/.test(lower)) return 'pickle-index';
  if (lower.endsWith('.safetensors')) return 'safetensors';
  if (PICKLE_PREFIXES.some((p) => lower.startsWith(p))) return 'pickle';
  if (PICKLE_EXTENSIONS.some((e) => lower.endsWith(e))) return 'pickle';
  if (ONNX_EXTENSIONS.some((e) => lower.endsWith(e))) return 'onnx';
  if (UNSUPPORTED_WEIGHT_EXTENSIONS.some((e) => lower.endsWith(e))) return 'unsupported-weights';
  if (CODE_EXTENSIONS.some((e) => lower.endsWith(e))) return 'code';
  if (!atRoot) return 'other';
  if (base === 'model.safetensors.index.json') return 'safetensors-index';
  if (base === 'config.json') return 'config';
  if (base === 'generation_config.json') return 'generation-config';
  if (TOKENIZER_FILE_NAMES.includes(base)) return 'tokenizer';
  if (DOC_NAME.test(base) || lower.endsWith('.md')) return 'docs';
  return 'other';
}

/**
 * Trainer state pickles (`training_args.bin`, `optimizer.pt`, `scheduler.pt`, `rng_state*.pth`):
 * pickles, but not weights — a folder holding only these has no weights at all.
 */
export function isTrainingStateFile(relativePath: string): boolean {
  const base = (relativePath.split('/').pop() ?? '').toLowerCase();
  return base === 'training_args.bin' || PICKLE_PREFIXES.some((p) => base.startsWith(p));
}
