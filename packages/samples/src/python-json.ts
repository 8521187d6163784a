/**
 * JSON text exactly as Python's `json.dumps(value, indent=2, sort_keys=..., ensure_ascii=...)`
 * writes it — the way transformers writes `config.json`, `generation_config.json`,
 * `tokenizer_config.json` and `model.safetensors.index.json`. The same layout is what Rust's
 * serde_json pretty printer (tokenizers' `tokenizer.json`) produces for the values we write.
 *
 * JavaScript cannot tell `10000` from `10000.0`, so Python floats that happen to be integral are
 * wrapped in `PyFloat`; non-integral JS numbers are floats anyway. Objects whose key order is
 * fixed by the caller (integer-keyed dicts, vocabularies) are passed as `Map`s.
 */

export class PyFloat {
  constructor(readonly value: number) {}
}

/** Mark a number as a Python float (`1e-12`, `10000.0`, `0.0`). */
export function pyFloat(value: number): PyFloat {
  return new PyFloat(value);
}

export type PyJson =
  | null
  | boolean
  | number
  | string
  | PyFloat
  | readonly PyJson[]
  | ReadonlyMap<string, PyJson>
  | { readonly [key: string]: PyJson };

export interface PythonJsonOptions {
  /** Spaces per nesting level (transformers always uses 2). */
  indent: number;
  /** Sort object keys by code point, as `sort_keys=True` does. */
  sortKeys: boolean;
  /** Escape everything outside printable ASCII as `\uXXXX`, as `ensure_ascii=True` (the default) does. */
  ensureAscii: boolean;
}

/** Python switches `repr(float)` to exponent notation outside 1e-4 <= |x| < 1e16. */
const PY_REPR_MIN_DECPT = -4;
const PY_REPR_MAX_DECPT = 16;

/** Python's `repr(float)`: shortest round-tripping digits, `.0` on integral values, `e-05` style exponents. */
export function pythonFloatRepr(x: number): string {
  if (!Number.isFinite(x)) throw new RangeError(`non-finite float ${x} has no JSON form`);
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const [mantissa, expText] = x.toExponential().split('e') as [string, string];
  const digits = mantissa.replace('-', '').replace('.', '');
  const exp = Number(expText);
  const decpt = exp + 1; // x = 0.DIGITS × 10^decpt
  const sign = x < 0 ? '-' : '';
  if (decpt > PY_REPR_MIN_DECPT && decpt <= PY_REPR_MAX_DECPT) {
    if (decpt <= 0) return `${sign}0.${'0'.repeat(-decpt)}${digits}`;
    if (decpt < digits.length) return `${sign}${digits.slice(0, decpt)}.${digits.slice(decpt)}`;
    return `${sign}${digits}${'0'.repeat(decpt - digits.length)}.0`;
  }
  const frac = digits.length > 1 ? `.${digits.slice(1)}` : '';
  const expAbs = String(Math.abs(exp)).padStart(2, '0');
  return `${sign}${digits[0]}${frac}e${exp < 0 ? '-' : '+'}${expAbs}`;
}

const NAMED_ESCAPES: Record<string, string> = {
  '"': '\\"',
  '\\': '\\\\',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\b': '\\b',
  '\f': '\\f',
};

/** First and last code unit Python writes literally under `ensure_ascii=True` (space .. tilde). */
const ASCII_PRINTABLE_FIRST = 0x20;
const ASCII_PRINTABLE_LAST = 0x7e;

export function pythonJsonString(s: string, ensureAscii: boolean): string {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    const code = s.charCodeAt(i);
    const named = NAMED_ESCAPES[ch];
    if (named !== undefined) out += named;
    else if (code < ASCII_PRINTABLE_FIRST || (ensureAscii && code > ASCII_PRINTABLE_LAST)) {
      out += `\\u${code.toString(16).padStart(4, '0')}`;
    } else out += ch;
  }
  return `${out}"`;
}

/** Python orders `str` keys by code point; JS `<` compares UTF-16 units (differs around surrogates). */
export function compareCodePoints(a: string, b: string): number {
  const ia = a[Symbol.iterator]();
  const ib = b[Symbol.iterator]();
  for (;;) {
    const x = ia.next();
    const y = ib.next();
    if (x.done || y.done) return x.done && y.done ? 0 : x.done ? -1 : 1;
    const d = x.value.codePointAt(0)! - y.value.codePointAt(0)!;
    if (d !== 0) return d;
  }
}

const INTEGER_LIKE_KEY = /^(0|[1-9]\d*)$/;

/**
 * A `Map` is written in its own order, always: it stands for a dict whose order the caller knows
 * (Python sorts `dict[int, ...]` keys such as `id2label` numerically, not as strings). Plain
 * objects are sorted when `sortKeys` is set, else written in insertion order.
 */
function entriesOf(value: ReadonlyMap<string, PyJson> | { readonly [key: string]: PyJson }, sortKeys: boolean): [string, PyJson][] {
  if (value instanceof Map) return [...(value as ReadonlyMap<string, PyJson>).entries()];
  const entries = Object.entries(value as { readonly [key: string]: PyJson });
  if (sortKeys) return entries.sort(([a], [b]) => compareCodePoints(a, b));
  if (entries.some(([k]) => INTEGER_LIKE_KEY.test(k))) {
    // JS enumerates integer-like keys first; the written order would silently differ from the intended one.
    throw new TypeError('object with integer-like keys must be a Map when keys are not sorted');
  }
  return entries;
}

/** Serialize like Python's `json.dumps(value, indent=..., sort_keys=..., ensure_ascii=...)` (no trailing newline). */
export function pythonJson(value: PyJson, options: PythonJsonOptions): string {
  const pad = (level: number) => ' '.repeat(options.indent * level);
  const write = (v: PyJson, level: number): string => {
    if (v === null) return 'null';
    if (v === true) return 'true';
    if (v === false) return 'false';
    if (typeof v === 'number') {
      if (Number.isInteger(v)) {
        if (!Number.isSafeInteger(v)) throw new RangeError(`integer ${v} is not exactly representable`);
        return String(v);
      }
      return pythonFloatRepr(v);
    }
    if (typeof v === 'string') return pythonJsonString(v, options.ensureAscii);
    if (v instanceof PyFloat) return pythonFloatRepr(v.value);
    if (Array.isArray(v)) {
      const items = v as readonly PyJson[];
      if (items.length === 0) return '[]';
      const inner = items.map((item) => pad(level + 1) + write(item, level + 1));
      return `[\n${inner.join(',\n')}\n${pad(level)}]`;
    }
    const entries = entriesOf(v as ReadonlyMap<string, PyJson> | { readonly [key: string]: PyJson }, options.sortKeys);
    if (entries.length === 0) return '{}';
    const inner = entries.map(
      ([k, item]) => `${pad(level + 1)}${pythonJsonString(k, options.ensureAscii)}: ${write(item, level + 1)}`,
    );
    return `{\n${inner.join(',\n')}\n${pad(level)}}`;
  };
  return write(value, 0);
}

/** transformers' `to_json_string`: `json.dumps(d, indent=2, sort_keys=True) + "\n"` (ASCII-escaped). */
export function transformersJson(value: PyJson): string {
  return pythonJson(value, { indent: 2, sortKeys: true, ensureAscii: true }) + '\n';
}

/** transformers' tokenizer files: `json.dumps(d, indent=2, sort_keys=True, ensure_ascii=False) + "\n"`. */
export function tokenizerConfigJson(value: PyJson): string {
  return pythonJson(value, { indent: 2, sortKeys: true, ensureAscii: false }) + '\n';
}

/** tokenizers' `tokenizer.json` (serde_json pretty, field order as given, UTF-8 literal, no trailing newline). */
export function tokenizerJson(value: PyJson): string {
  return pythonJson(value, { indent: 2, sortKeys: false, ensureAscii: false });
}
