/**
 * A strict, hand-written JSON parser for untrusted input (safetensors headers, shard indexes,
 * config and tokenizer files). Unlike `JSON.parse` it refuses what a lenient reader would hide:
 * invalid UTF-8, a BOM, duplicate keys, `__proto__` keys, Python's `NaN`/`Infinity`, numbers that
 * overflow to Infinity, junk after the value; and it enforces size, depth and key budgets. Every
 * error names the byte offset and the JSON pointer where it sits.
 *
 * The parser is iterative (an explicit stack), so a hostile depth budget cannot overflow the call
 * stack. Objects are plain objects built by own-property assignment; since `__proto__` keys are
 * refused, no key can reach a prototype.
 */
import { MlpackError } from './errors.js';
import { jsonPointer } from './json-pointer.js';

export type StrictJsonErrorCode =
  | 'JSON_UTF8'
  | 'JSON_BOM'
  | 'JSON_SYNTAX'
  | 'JSON_DUPLICATE_KEY'
  | 'JSON_PROTO_KEY'
  | 'JSON_NON_FINITE'
  | 'JSON_NUMBER_OVERFLOW'
  | 'JSON_TRAILING'
  | 'JSON_TOO_LARGE'
  | 'JSON_TOO_DEEP'
  | 'JSON_TOO_MANY_KEYS'
  | 'JSON_LONE_SURROGATE';

export class StrictJsonError extends MlpackError<StrictJsonErrorCode> {
  override name = 'StrictJsonError';
}

export interface StrictJsonOptions {
  /** File name to put in errors. */
  file?: string;
  /** Largest accepted input in bytes (UTF-8). Default 64 MiB. */
  maxBytes?: number;
  /** Deepest accepted nesting of arrays/objects (the root container is depth 1). Default 64. */
  maxDepth?: number;
  /** Most object members accepted in the whole document. Default 1,000,000. */
  maxKeys?: number;
  /**
   * Called for every number with its exact lexeme (e.g. `"1.0"`, `"4e0"`, `"9007199254740993"`)
   * and its JSON pointer; its return value replaces the number. Without it numbers are parsed
   * with `Number()`. Numbers that overflow to ±Infinity are refused before the hook is called.
   */
  number?: (lexeme: string, pointer: string) => unknown;
  /**
   * Refuse `\uXXXX` escapes that leave a lone UTF-16 surrogate (`JSON_LONE_SURROGATE`), as
   * serde_json (the reference safetensors reader) does. Default false: RFC 8259 allows them and
   * Python's json (transformers' configs) keeps them.
   */
  rejectLoneSurrogates?: boolean;
}

export type StrictJsonResult = { ok: true; value: unknown } | { ok: false; error: StrictJsonError };

/** 64 MiB: far above any config/tokenizer/index file, low enough to refuse a hostile blob early. */
export const STRICT_JSON_DEFAULT_MAX_BYTES = 64 * 1024 * 1024;
/** 64 levels: real model JSON nests < 10 deep; the budget bounds work on hostile input. */
export const STRICT_JSON_DEFAULT_MAX_DEPTH = 64;
/** One million members: a large tokenizer.json has a few hundred thousand vocab entries. */
export const STRICT_JSON_DEFAULT_MAX_KEYS = 1_000_000;

// Byte values of the JSON grammar's ASCII characters.
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const SLASH = 0x2f;
const COMMA = 0x2c;
const COLON = 0x3a;
const LBRACE = 0x7b;
const RBRACE = 0x7d;
const LBRACKET = 0x5b;
const RBRACKET = 0x5d;
const MINUS = 0x2d;
const PLUS = 0x2b;
const DOT = 0x2e;
const DIGIT_0 = 0x30;
const DIGIT_1 = 0x31;
const DIGIT_9 = 0x39;
/** Strings shorter than this are built char by char; longer ones go through TextDecoder. */
const SHORT_STRING = 64;

const PYTHON_HINT = "Python's json.dump writes NaN/Infinity unless allow_nan=False; they are not JSON. Re-save the file with finite values (or null).";

const fatalUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });
const encoder = new TextEncoder();

type Frame = { kind: 'object'; value: Record<string, unknown>; key: string | undefined; start: number } | { kind: 'array'; value: unknown[]; start: number };

/** Thrown internally and turned into a result at the top; never escapes `parseJsonStrict`. */
// An Error subclass only so the stack-unwinding throw is a real Error; callers unwrap `.error`.
class Fail extends Error {
  constructor(readonly error: StrictJsonError) {
    super(error.message);
  }
}

/**
 * Parse `input` as one strict JSON document. Never throws for bad input: returns
 * `{ ok: false, error }` with the error's `offset` a UTF-8 byte offset into the input.
 * A string input is UTF-8 encoded first (a lone surrogate in a JS string becomes U+FFFD).
 */
export function parseJsonStrict(input: Uint8Array | string, options: StrictJsonOptions = {}): StrictJsonResult {
  const maxBytes = options.maxBytes ?? STRICT_JSON_DEFAULT_MAX_BYTES;
  // A UTF-16 code unit encodes to at least one byte: more units than the budget means more bytes.
  if (typeof input === 'string' && input.length > maxBytes) {
    return { ok: false, error: tooLarge(input.length, maxBytes, options.file) };
  }
  const bytes = typeof input === 'string' ? encoder.encode(input) : input;
  if (bytes.length > maxBytes) return { ok: false, error: tooLarge(bytes.length, maxBytes, options.file) };
  try {
    return { ok: true, value: new Parser(bytes, options).parseDocument() };
  } catch (e) {
    if (e instanceof Fail) return { ok: false, error: e.error };
    throw e;
  }
}

function tooLarge(size: number, max: number, file: string | undefined): StrictJsonError {
  return new StrictJsonError('JSON_TOO_LARGE', `JSON document has ${size} bytes, more than the limit of ${max}`, {
    file,
    offset: max,
    pointer: '',
    hint: 'the file is larger than any legitimate file of its kind; check that it is the right file',
  });
}

class Parser {
  private pos = 0;
  private keys = 0;
  private readonly stack: Frame[] = [];
  private readonly maxDepth: number;
  private readonly maxKeys: number;
  private readonly numberHook: StrictJsonOptions['number'];
  private readonly file: string | undefined;
  private readonly rejectLoneSurrogates: boolean;

  constructor(
    private readonly b: Uint8Array,
    options: StrictJsonOptions,
  ) {
    this.maxDepth = options.maxDepth ?? STRICT_JSON_DEFAULT_MAX_DEPTH;
    this.maxKeys = options.maxKeys ?? STRICT_JSON_DEFAULT_MAX_KEYS;
    this.numberHook = options.number;
    this.file = options.file;
    this.rejectLoneSurrogates = options.rejectLoneSurrogates ?? false;
  }

  parseDocument(): unknown {
    const b = this.b;
    if (b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) {
      this.fail('JSON_BOM', 'JSON document starts with a UTF-8 byte order mark', 0, 'save the file as UTF-8 without a BOM');
    }
    try {
      fatalUtf8.decode(b);
    } catch {
      const at = firstInvalidUtf8(b);
      this.pos = at;
      this.fail('JSON_UTF8', 'JSON document is not valid UTF-8', at, 'the file must be UTF-8 encoded; it may be binary or corrupt');
    }
    this.skipWs();
    if (this.pos >= b.length) this.fail('JSON_SYNTAX', 'empty JSON document', this.pos);
    const value = this.parseValueTree();
    this.skipWs();
    if (this.pos < b.length) {
      const c = b[this.pos]!;
      this.fail(
        'JSON_TRAILING',
        `unexpected ${describeByte(c)} after the JSON value`,
        this.pos,
        c === 0 ? 'the file has NUL padding after the JSON; only whitespace may follow the value' : 'only whitespace may follow the JSON value',
        '',
      );
    }
    return value;
  }

  /** Parses one value (with all its children) starting at a non-whitespace byte. */
  private parseValueTree(): unknown {
    const b = this.b;
    const stack = this.stack;
    for (;;) {
      // ---- parse the start of a value at this.pos
      let value: unknown;
      let complete = true;
      const c = b[this.pos];
      if (c === LBRACE || c === LBRACKET) {
        if (stack.length + 1 > this.maxDepth) {
          this.fail('JSON_TOO_DEEP', `JSON nesting deeper than ${this.maxDepth}`, this.pos, 'no legitimate file of this kind nests this deep');
        }
        const start = this.pos;
        this.pos++;
        this.skipWs();
        if (c === LBRACE) {
          const obj: Record<string, unknown> = {};
          if (b[this.pos] === RBRACE) {
            this.pos++;
            value = obj;
          } else {
            stack.push({ kind: 'object', value: obj, key: undefined, start });
            this.readKey();
            complete = false;
          }
        } else {
          const arr: unknown[] = [];
          if (b[this.pos] === RBRACKET) {
            this.pos++;
            value = arr;
          } else {
            stack.push({ kind: 'array', value: arr, start });
            complete = false;
          }
        }
      } else if (c === QUOTE) {
        value = this.readString();
      } else if (c === MINUS || (c !== undefined && c >= DIGIT_0 && c <= DIGIT_9)) {
        value = this.readNumber();
      } else if (c === 0x74 /* t */) {
        value = this.readLiteral('true', true);
      } else if (c === 0x66 /* f */) {
        value = this.readLiteral('false', false);
      } else if (c === 0x6e /* n */) {
        value = this.readLiteral('null', null);
      } else if (c === 0x4e /* N */ || c === 0x49 /* I */) {
        this.nonFinite();
      } else {
        this.fail('JSON_SYNTAX', c === undefined ? 'unexpected end of JSON input' : `unexpected ${describeByte(c)}, expected a value`, this.pos);
      }
      if (!complete) {
        this.skipWs();
        continue;
      }
      // ---- a value is complete: attach it to its parent, closing containers as they end
      for (;;) {
        const top = stack[stack.length - 1];
        if (top === undefined) return value;
        if (top.kind === 'array') top.value.push(value);
        else top.value[top.key!] = value;
        this.skipWs();
        const d = b[this.pos];
        if (d === COMMA) {
          this.pos++;
          this.skipWs();
          if (top.kind === 'object') this.readKey();
          break; // parse the next member's value
        }
        const close = top.kind === 'array' ? RBRACKET : RBRACE;
        if (d === close) {
          this.pos++;
          stack.pop();
          value = top.value;
          continue;
        }
        this.fail(
          'JSON_SYNTAX',
          d === undefined
            ? `unexpected end of JSON input inside ${top.kind === 'array' ? 'an array' : 'an object'}`
            : `unexpected ${describeByte(d)}, expected ',' or '${top.kind === 'array' ? ']' : '}'}'`,
          this.pos,
        );
      }
      this.skipWs();
    }
  }

  /** Reads `"key"` `:` for the object on top of the stack, leaving pos at its value. */
  private readKey(): void {
    const top = this.stack[this.stack.length - 1] as Extract<Frame, { kind: 'object' }>;
    const keyStart = this.pos;
    top.key = undefined; // errors before the key is known point at the object itself
    if (this.b[keyStart] !== QUOTE) {
      const c = this.b[keyStart];
      this.fail(
        'JSON_SYNTAX',
        c === undefined ? 'unexpected end of JSON input, expected a key' : `unexpected ${describeByte(c)}, expected a string key`,
        keyStart,
      );
    }
    const key = this.readString();
    if (key === '__proto__') {
      top.key = key;
      this.fail('JSON_PROTO_KEY', 'key "__proto__" is not allowed', keyStart, 'remove the "__proto__" key: it is a prototype-pollution vector');
    }
    if (Object.hasOwn(top.value, key)) {
      top.key = key;
      this.fail('JSON_DUPLICATE_KEY', `duplicate key "${key}"`, keyStart, 'each key may appear once; JSON.parse would silently keep the last one');
    }
    if (++this.keys > this.maxKeys) {
      top.key = key;
      this.fail('JSON_TOO_MANY_KEYS', `more than ${this.maxKeys} object members`, keyStart, 'no legitimate file of this kind has this many keys');
    }
    top.key = key;
    this.skipWs();
    if (this.b[this.pos] !== COLON) {
      const c = this.b[this.pos];
      this.fail('JSON_SYNTAX', c === undefined ? "unexpected end of JSON input, expected ':'" : `unexpected ${describeByte(c)}, expected ':'`, this.pos);
    }
    this.pos++;
    this.skipWs();
  }

  private readString(): string {
    const b = this.b;
    let i = this.pos + 1;
    let chunkStart = i;
    let out = '';
    for (;;) {
      const c = b[i];
      if (c === undefined) this.fail('JSON_SYNTAX', 'unterminated string', this.pos);
      if (c === QUOTE) {
        out += decodeChunk(b, chunkStart, i);
        this.pos = i + 1;
        return out;
      }
      if (c === BACKSLASH) {
        out += decodeChunk(b, chunkStart, i);
        const e = b[i + 1];
        switch (e) {
          case QUOTE:
            out += '"';
            break;
          case BACKSLASH:
            out += '\\';
            break;
          case SLASH:
            out += '/';
            break;
          case 0x62:
            out += '\b';
            break;
          case 0x66:
            out += '\f';
            break;
          case 0x6e:
            out += '\n';
            break;
          case 0x72:
            out += '\r';
            break;
          case 0x74:
            out += '\t';
            break;
          case 0x75: {
            // \uXXXX: any code unit, lone surrogates included (JSON allows them; JS strings hold them).
            let code = 0;
            for (let k = 2; k < 6; k++) {
              const h = hexValue(b[i + k]);
              if (h < 0) this.fail('JSON_SYNTAX', 'invalid \\u escape: expected 4 hex digits', i);
              code = code * 16 + h;
            }
            if (this.rejectLoneSurrogates && code >= 0xd800 && code <= 0xdfff) {
              // Only a high surrogate immediately followed by an escaped low one makes a character.
              let low = -1;
              if (code <= 0xdbff && b[i + 6] === BACKSLASH && b[i + 7] === 0x75) {
                low = 0;
                for (let k = 8; k < 12; k++) {
                  const h = hexValue(b[i + k]);
                  if (h < 0) this.fail('JSON_SYNTAX', 'invalid \\u escape: expected 4 hex digits', i + 6);
                  low = low * 16 + h;
                }
              }
              if (!(low >= 0xdc00 && low <= 0xdfff)) {
                this.fail(
                  'JSON_LONE_SURROGATE',
                  `\\u${code.toString(16).padStart(4, '0')} is a lone UTF-16 surrogate (not a character)`,
                  i,
                  'the reference safetensors reader (serde_json) refuses it; rename the key',
                );
              }
              out += String.fromCharCode(code, low);
              i += 10;
              break;
            }
            out += String.fromCharCode(code);
            i += 4;
            break;
          }
          default:
            this.fail('JSON_SYNTAX', e === undefined ? 'unterminated string' : `invalid escape \\${String.fromCharCode(e)}`, i);
        }
        i += 2;
        chunkStart = i;
        continue;
      }
      if (c < 0x20) this.fail('JSON_SYNTAX', `unescaped control character 0x${c.toString(16).padStart(2, '0')} in string`, i);
      i++;
    }
  }

  private readNumber(): unknown {
    const b = this.b;
    const start = this.pos;
    let i = start;
    if (b[i] === MINUS) i++;
    if (b[i] === 0x49 /* I */) this.nonFinite();
    const first = b[i];
    if (first === DIGIT_0) i++;
    else if (first !== undefined && first >= DIGIT_1 && first <= DIGIT_9) i = skipDigits(b, i);
    else this.fail('JSON_SYNTAX', 'invalid number: expected a digit', i);
    if (b[i] === DOT) {
      i++;
      if (!isDigit(b[i])) this.fail('JSON_SYNTAX', 'invalid number: expected a digit after the decimal point', i);
      i = skipDigits(b, i);
    }
    if (b[i] === 0x65 || b[i] === 0x45) {
      i++;
      if (b[i] === PLUS || b[i] === MINUS) i++;
      if (!isDigit(b[i])) this.fail('JSON_SYNTAX', 'invalid number: expected a digit in the exponent', i);
      i = skipDigits(b, i);
    }
    const lexeme = decodeChunk(b, start, i);
    const n = Number(lexeme);
    if (!Number.isFinite(n)) {
      this.fail(
        'JSON_NUMBER_OVERFLOW',
        `number ${lexeme.length > 40 ? lexeme.slice(0, 40) + '…' : lexeme} overflows to Infinity`,
        start,
        'numbers must fit in a float64',
      );
    }
    this.pos = i;
    return this.numberHook ? this.numberHook(lexeme, this.pointer()) : n;
  }

  private readLiteral(word: string, value: unknown): unknown {
    for (let k = 0; k < word.length; k++) {
      if (this.b[this.pos + k] !== word.charCodeAt(k)) this.fail('JSON_SYNTAX', `invalid literal, expected ${word}`, this.pos);
    }
    this.pos += word.length;
    return value;
  }

  /** At `N`, `I` or `-I`: name Python's non-finite literals precisely, else a syntax error. */
  private nonFinite(): never {
    const start = this.pos;
    for (const word of ['NaN', 'Infinity', '-Infinity']) {
      if (matchesAscii(this.b, start, word)) {
        this.fail('JSON_NON_FINITE', `${word} is not valid JSON`, start, PYTHON_HINT);
      }
    }
    this.fail('JSON_SYNTAX', `unexpected ${describeByte(this.b[start]!)}, expected a value`, start);
  }

  private skipWs(): void {
    const b = this.b;
    let i = this.pos;
    for (;;) {
      const c = b[i];
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) i++;
      else break;
    }
    this.pos = i;
  }

  /** JSON pointer of the value being parsed at the current position. */
  private pointer(): string {
    let out = '';
    for (const f of this.stack) {
      if (f.kind === 'array') out += '/' + f.value.length;
      else if (f.key === undefined) break;
      else out += f.key.includes('~') || f.key.includes('/') ? jsonPointer(f.key) : '/' + f.key;
    }
    return out;
  }

  private fail(code: StrictJsonErrorCode, message: string, offset: number, hint?: string, pointer?: string): never {
    const { line, column } = lineColumn(this.b, offset);
    throw new Fail(
      new StrictJsonError(code, `${message} (line ${line}, column ${column})`, {
        file: this.file,
        offset,
        pointer: pointer ?? this.pointer(),
        hint: hint ?? 'fix the JSON syntax at the given position',
      }),
    );
  }
}

function isDigit(c: number | undefined): boolean {
  return c !== undefined && c >= DIGIT_0 && c <= DIGIT_9;
}

function skipDigits(b: Uint8Array, i: number): number {
  while (isDigit(b[i])) i++;
  return i;
}

function hexValue(c: number | undefined): number {
  if (c === undefined) return -1;
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x41 && c <= 0x46) return c - 0x41 + 10;
  if (c >= 0x61 && c <= 0x66) return c - 0x61 + 10;
  return -1;
}

function matchesAscii(b: Uint8Array, at: number, word: string): boolean {
  for (let k = 0; k < word.length; k++) if (b[at + k] !== word.charCodeAt(k)) return false;
  return true;
}

/** Decode already-validated UTF-8 bytes [start, end). */
function decodeChunk(b: Uint8Array, start: number, end: number): string {
  if (end - start < SHORT_STRING) {
    let s = '';
    let ascii = true;
    for (let i = start; i < end; i++) {
      const c = b[i]!;
      if (c >= 0x80) {
        ascii = false;
        break;
      }
      s += String.fromCharCode(c);
    }
    if (ascii) return s;
  }
  return utf8.decode(b.subarray(start, end));
}

function describeByte(c: number): string {
  if (c === 0) return 'NUL byte';
  if (c >= 0x21 && c < 0x7f) return `'${String.fromCharCode(c)}'`;
  return `byte 0x${c.toString(16).padStart(2, '0')}`;
}

function lineColumn(b: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, b.length);
  for (let i = 0; i < end; i++) {
    if (b[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * Offset of the first byte that starts an invalid UTF-8 sequence (overlong forms, surrogates,
 * code points above U+10FFFF and truncated sequences included), or `b.length` if none.
 */
export function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    let cp: number;
    if (c >= 0xc2 && c <= 0xdf) {
      need = 1;
      min = 0x80;
      cp = c & 0x1f;
    } else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      min = 0x800;
      cp = c & 0x0f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      min = 0x10000;
      cp = c & 0x07;
    } else {
      return i;
    }
    for (let k = 1; k <= need; k++) {
      const d = b[i + k];
      if (d === undefined || (d & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (d & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return b.length;
}
