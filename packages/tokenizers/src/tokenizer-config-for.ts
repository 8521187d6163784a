import { FAMILIES, lookupFamily } from '@mlpack/families';
import { CLASS_SPECIAL_TOKENS, SPECIAL_KEYS } from './class-special-tokens.js';

/**
 * The `tokenizer_config.json` transformers would save for a folder that only has a `tokenizer.json`
 * (its fast tokenizer's `save_pretrained`): transformers.js needs it to pick the tokenizer class and
 * its special tokens, and fails on the first call without it.
 */

/**
 * `model_type` → the tokenizer class transformers uses for it (TOKENIZER_MAPPING, saved without
 * `Fast`): each family descriptor's `tokenizerClass`, in `FAMILIES` order.
 */
export const TOKENIZER_CLASS_OF_MODEL_TYPE: Readonly<Record<string, string>> = Object.fromEntries(FAMILIES.map((f) => [f.modelType, f.tokenizerClass]));

/** Classes whose `clean_up_tokenization_spaces` default is true (BertTokenizer and its copies); false for the others. */
const CLEAN_UP_CLASSES: ReadonlySet<string> = new Set(['BertTokenizer', 'DistilBertTokenizer', 'ElectraTokenizer']);
/** transformers' "very large integer" for tokenizers without a length limit (int(1e30)). */
const NO_LIMIT = 1e30;

export interface TokenizerConfigInput {
  /** config.json, parsed (model_type, max_position_embeddings / n_positions, *_token_id). */
  config: Record<string, unknown>;
  /** tokenizer.json, parsed. */
  tokenizerJson: Record<string, unknown>;
  /** special_tokens_map.json, parsed, when the folder has one (its roles win). */
  specialTokensMap?: Record<string, unknown> | undefined;
}

export interface GeneratedTokenizerConfig {
  /** The document. */
  json: Record<string, unknown>;
  /** Its bytes as transformers writes them (keys sorted, 2-space indent, non-ASCII kept, final newline). */
  text: string;
  /** The tokenizer class it names, or undefined when the model type has none known (transformers.js then uses its base class). */
  tokenizerClass: string | undefined;
}

/**
 * Build the tokenizer_config.json for a folder with a tokenizer.json but none: `tokenizer_class`
 * from the model type, `added_tokens_decoder` from tokenizer.json's added tokens, each special-token
 * role from special_tokens_map.json, else the class default when the vocabulary has it, else the
 * config's `<role>_id`; `model_max_length` from the config's positions; the class's
 * `clean_up_tokenization_spaces`, and the settings a fast tokenizer reads back from its pipeline
 * (`do_lower_case`, `add_prefix_space`, `legacy`, `add_bos_token` / `add_eos_token`).
 */
export function tokenizerConfigFor(input: TokenizerConfigInput): GeneratedTokenizerConfig {
  const { config, tokenizerJson } = input;
  const modelType = typeof config.model_type === 'string' ? config.model_type : undefined;
  const tokenizerClass = modelType === undefined ? undefined : lookupFamily(modelType)?.tokenizerClass;
  const added = (Array.isArray(tokenizerJson.added_tokens) ? tokenizerJson.added_tokens : []).filter(isObject);
  const ids = vocabularyIds(tokenizerJson, added);
  const tokenOfId = new Map<number, string>();
  for (const [token, id] of ids) if (!tokenOfId.has(id)) tokenOfId.set(id, token);

  const out: Record<string, unknown> = {};
  // Ids in numeric order: Python sorts the int keys before json writes them as strings.
  const decoder: Record<string, unknown> = {};
  for (const t of [...added].sort((a, b) => Number(a.id) - Number(b.id))) {
    if (!Number.isSafeInteger(t.id) || typeof t.content !== 'string') continue;
    decoder[String(t.id)] = {
      content: t.content,
      lstrip: t.lstrip === true,
      normalized: t.normalized === true,
      rstrip: t.rstrip === true,
      single_word: t.single_word === true,
      special: t.special === true,
    };
  }
  out.added_tokens_decoder = decoder;

  const defaults = tokenizerClass === undefined ? {} : (CLASS_SPECIAL_TOKENS[tokenizerClass] ?? {});
  const map = input.specialTokensMap ?? {};
  for (const key of SPECIAL_KEYS) {
    const given = map[key];
    const fromMap = typeof given === 'string' ? given : isObject(given) && typeof given.content === 'string' ? given.content : undefined;
    const fallback = defaults[key];
    const configId = config[`${key}_id`];
    const fromConfig = Number.isSafeInteger(configId) ? tokenOfId.get(configId as number) : undefined;
    const token = fromMap ?? (fallback !== undefined && ids.has(fallback) ? fallback : fromConfig);
    if (token !== undefined) out[key] = token;
  }
  const additional = map.additional_special_tokens;
  if (Array.isArray(additional) && additional.length > 0) {
    out.additional_special_tokens = additional.map((t: unknown) => (isObject(t) && typeof t.content === 'string' ? t.content : t));
  }

  out.clean_up_tokenization_spaces = tokenizerClass !== undefined && CLEAN_UP_CLASSES.has(tokenizerClass);
  out.model_max_length = modelMaxLength(config, modelType);
  if (tokenizerClass !== undefined) out.tokenizer_class = tokenizerClass;

  const normalizer = isObject(tokenizerJson.normalizer) ? tokenizerJson.normalizer : undefined;
  if (normalizer?.type === 'BertNormalizer' && typeof normalizer.lowercase === 'boolean') out.do_lower_case = normalizer.lowercase;
  const pre = isObject(tokenizerJson.pre_tokenizer) ? tokenizerJson.pre_tokenizer : undefined;
  const byteLevel = pre?.type === 'ByteLevel' ? pre : findIn(pre, 'ByteLevel');
  if (byteLevel && typeof byteLevel.add_prefix_space === 'boolean') out.add_prefix_space = byteLevel.add_prefix_space;
  if (tokenizerClass === 'LlamaTokenizer' || tokenizerClass === 'GemmaTokenizer' || tokenizerClass === 'T5Tokenizer') {
    // A Metaspace pre-tokenizer that prepends ▁ to the first section only is the non-legacy behaviour.
    const metaspace = pre?.type === 'Metaspace' ? pre : findIn(pre, 'Metaspace');
    out.legacy = !(metaspace !== undefined && metaspace.prepend_scheme === 'first');
  }
  if (tokenizerClass === 'LlamaTokenizer' || tokenizerClass === 'GemmaTokenizer') {
    const single = isObject(tokenizerJson.post_processor) && Array.isArray(tokenizerJson.post_processor.single) ? tokenizerJson.post_processor.single : [];
    const specials = single.filter((p): p is Record<string, unknown> => isObject(p) && isObject(p.SpecialToken));
    const seqAt = single.findIndex((p) => isObject(p) && isObject(p.Sequence));
    out.add_bos_token = seqAt > 0 && specials.length > 0;
    out.add_eos_token = seqAt >= 0 && seqAt < single.length - 1;
  }
  return { json: out, text: pythonSortedJson(out) + '\n', tokenizerClass };
}

/** Token → id over the model vocabulary (object or Unigram list) and the added tokens. */
function vocabularyIds(tokenizerJson: Record<string, unknown>, added: readonly Record<string, unknown>[]): Map<string, number> {
  const ids = new Map<string, number>();
  const model = isObject(tokenizerJson.model) ? tokenizerJson.model : undefined;
  const vocab = model?.vocab;
  if (Array.isArray(vocab)) {
    vocab.forEach((e, i) => {
      if (Array.isArray(e) && typeof e[0] === 'string' && !ids.has(e[0])) ids.set(e[0], i);
    });
  } else if (isObject(vocab)) {
    for (const [token, id] of Object.entries(vocab)) if (Number.isSafeInteger(id)) ids.set(token, id as number);
  }
  for (const t of added) if (typeof t.content === 'string' && Number.isSafeInteger(t.id)) ids.set(t.content, t.id as number);
  return ids;
}

function modelMaxLength(config: Record<string, unknown>, modelType: string | undefined): number {
  const positions = config.max_position_embeddings ?? config.n_positions;
  if (!Number.isSafeInteger(positions)) return NO_LIMIT;
  // Families whose position ids start after the pad id: `model_max_length` = positions − pad − 1 (512 for 514).
  if (modelType !== undefined && positionsAfterPadding(modelType)) {
    const pad = Number.isSafeInteger(config.pad_token_id) ? (config.pad_token_id as number) : 1;
    return (positions as number) - pad - 1;
  }
  return positions as number;
}

function positionsAfterPadding(modelType: string): boolean {
  const family = lookupFamily(modelType);
  return family?.kind === 'encoder' && family.convert?.positionsAfterPadding === true;
}

/** A component of type `type` inside a `Sequence` pre-tokenizer. */
function findIn(component: Record<string, unknown> | undefined, type: string): Record<string, unknown> | undefined {
  const list = component?.pretokenizers;
  return Array.isArray(list) ? list.find((p): p is Record<string, unknown> => isObject(p) && p.type === type) : undefined;
}

/** json.dumps(value, indent=2, sort_keys=True, ensure_ascii=False) for strings, integers, booleans, null, lists and objects. */
function pythonSortedJson(value: unknown, indent = ''): string {
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const inner = indent + '  ';
    return `[\n${value.map((v) => inner + pythonSortedJson(v, inner)).join(',\n')}\n${indent}]`;
  }
  if (isObject(value)) {
    const keys = Object.keys(value);
    if (keys.length === 0) return '{}';
    // Integer keys (added_tokens_decoder) sort numerically, the others by code point.
    const numeric = keys.every((k) => /^(0|[1-9][0-9]*)$/.test(k));
    keys.sort(numeric ? (a, b) => Number(a) - Number(b) : (a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const inner = indent + '  ';
    return `{\n${keys.map((k) => `${inner}${JSON.stringify(k)}: ${pythonSortedJson(value[k], inner)}`).join(',\n')}\n${indent}}`;
  }
  if (value === NO_LIMIT) return '1000000000000000019884624838656';
  return JSON.stringify(value);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
