/**
 * Validation of a safetensors header: the u64 length prefix, the JSON (through core's strict
 * parser) and every rule of the format, matching or exceeding the reference Rust implementation
 * (`safetensors/src/tensor.rs`). Pure: works on bytes, never touches the file system.
 */
import { DTYPES, DTYPE_INFO, isDType, jsonPointer, parseJsonStrict } from '@mlpack/core';
import type { DType, StrictJsonError, TensorInfo } from '@mlpack/core';
import { HEADER_LENGTH_BYTES, MAX_HEADER_BYTES, MAX_HEADER_DEPTH, METADATA_KEY, TENSOR_FIELDS } from './constants.js';
import { SafetensorsError } from './errors.js';
import type { SafetensorsErrorCode } from './errors.js';
import { sniffForeignFormat } from './sniff-foreign-format.js';

/** One tensor as described by a validated header. */
export interface SafetensorsTensorInfo extends TensorInfo {
  /** `[begin, end)` relative to the data section, as written in the header. */
  readonly dataOffsets: readonly [number, number];
  /** Number of elements (product of `shape`; 1 for a scalar). */
  readonly elements: number;
}

/** A validated header: everything knowable without reading tensor data. */
export interface SafetensorsHeader {
  /** N, the JSON header's length in bytes (padding included). */
  readonly headerLength: number;
  /** Absolute offset of the data section: 8 + N. */
  readonly dataStart: number;
  /** Length of the data section (end of the last tensor). */
  readonly dataLength: number;
  /** The `__metadata__` map, or undefined when absent. */
  readonly metadata: Readonly<Record<string, string>> | undefined;
  /** Tensors in file order (by data offset; zero-size ties by name). */
  readonly tensors: readonly SafetensorsTensorInfo[];
}

export interface ParseHeaderOptions {
  /** File name put in errors. */
  file?: string | undefined;
  /** Path recorded as each tensor's `file` (defaults to `file`, else `''`). */
  path?: string | undefined;
  /** Size of the whole file; defaults to `bytes.length` (the bytes are then the whole file). */
  fileSize?: number | undefined;
}

/** The number hook's marker for a lexeme that is not a plain non-negative integer (`1.0`, `4e0`, `-1`). */
class NonIntegerNumber {
  constructor(readonly lexeme: string) {}
}

/** Plain non-negative integer lexemes: what a u64 field of the Rust implementation accepts. */
const UNSIGNED_INTEGER = /^(0|[1-9][0-9]*)$/;

function integerHook(lexeme: string): unknown {
  if (!UNSIGNED_INTEGER.test(lexeme)) return new NonIntegerNumber(lexeme);
  const n = Number(lexeme);
  return Number.isSafeInteger(n) ? n : BigInt(lexeme); // exact, even beyond 2^53
}

/**
 * Read and check the u64 little-endian header length N from the first bytes of a file of
 * `fileSize` bytes. Refuses a file shorter than 8 bytes, N > 100,000,000 (compared as BigInt,
 * before any allocation) and 8 + N past the end of the file.
 */
export function readHeaderLength(prefix: Uint8Array, fileSize: number, file?: string): number {
  if (fileSize < HEADER_LENGTH_BYTES || prefix.length < HEADER_LENGTH_BYTES) {
    throw new SafetensorsError('ST_FILE_TOO_SMALL', `file has ${fileSize} bytes, fewer than the 8-byte header length`, {
      file,
      offset: 0,
      hint: 'the file is empty or truncated; download it again',
    });
  }
  const n = new DataView(prefix.buffer, prefix.byteOffset, HEADER_LENGTH_BYTES).getBigUint64(0, /* littleEndian */ true);
  if (n > BigInt(MAX_HEADER_BYTES)) {
    throw new SafetensorsError('ST_HEADER_TOO_LARGE', `header length ${n} exceeds the limit of ${MAX_HEADER_BYTES} bytes`, {
      file,
      offset: 0,
      hint: 'the file is corrupt or not a safetensors file',
    });
  }
  const headerLength = Number(n);
  if (HEADER_LENGTH_BYTES + headerLength > fileSize) {
    throw new SafetensorsError(
      'ST_HEADER_PAST_EOF',
      `header of ${headerLength} bytes ends at byte ${HEADER_LENGTH_BYTES + headerLength}, past the end of the ${fileSize}-byte file`,
      {
        file,
        offset: 0,
        hint: 'the file is truncated (an interrupted download?) or not a safetensors file',
      },
    );
  }
  return headerLength;
}

/**
 * Parse and validate a safetensors header from `bytes`, the start of the file (at least 8 + N
 * bytes; pass `fileSize` when they are not the whole file). Throws `SafetensorsError`.
 */
export function parseHeader(bytes: Uint8Array, options: ParseHeaderOptions = {}): SafetensorsHeader {
  const fileSize = options.fileSize ?? bytes.length;
  const foreign = sniffForeignFormat(bytes.subarray(0, 16));
  if (foreign) throw foreignFormatError(foreign, options.file);
  const headerLength = readHeaderLength(bytes, fileSize, options.file);
  const end = HEADER_LENGTH_BYTES + headerLength;
  if (bytes.length < end) throw new RangeError(`parseHeader needs the first ${end} bytes of the file, got ${bytes.length}`);
  return parseHeaderJson(bytes.subarray(HEADER_LENGTH_BYTES, end), { ...options, fileSize });
}

export function foreignFormatError(format: 'pickle' | 'zip' | 'gzip', file: string | undefined): SafetensorsError {
  const what =
    format === 'pickle'
      ? 'a Python pickle (torch.save / pytorch_model.bin)'
      : format === 'zip'
        ? 'a zip archive (torch.save since PyTorch 1.6 writes pickles inside a zip)'
        : 'a gzip stream';
  return new SafetensorsError('ST_FOREIGN_FORMAT', `file is ${what}, not safetensors`, {
    file,
    offset: 0,
    hint: 'mlpack never unpickles files: convert it to safetensors with a trusted tool (e.g. the safetensors convert space or `safetensors.torch.save_file` in a sandbox)',
  });
}

/**
 * Validate the N header bytes (the JSON, starting at file offset 8) of a file of `fileSize`
 * bytes. Throws `SafetensorsError`; error offsets are absolute file offsets.
 */
export function parseHeaderJson(json: Uint8Array, options: ParseHeaderOptions & { fileSize: number }): SafetensorsHeader {
  const file = options.file;
  const path = options.path ?? file ?? '';
  const headerLength = json.length;
  const dataStart = HEADER_LENGTH_BYTES + headerLength;

  const parsed = parseJsonStrict(json, {
    file,
    maxBytes: MAX_HEADER_BYTES,
    maxDepth: MAX_HEADER_DEPTH,
    maxKeys: Number.POSITIVE_INFINITY, // bounded by maxBytes already
    number: integerHook,
    rejectLoneSurrogates: true,
  });
  if (!parsed.ok) throw jsonError(parsed.error, file);
  const root = parsed.value;
  if (!isPlainObject(root)) {
    throw new SafetensorsError('ST_HEADER_NOT_OBJECT', `header is ${describe(root)}, not a JSON object`, {
      file,
      offset: HEADER_LENGTH_BYTES,
      pointer: '',
      hint: 'a safetensors header is an object mapping tensor names to {dtype, shape, data_offsets}',
    });
  }

  let metadata: Record<string, string> | undefined;
  const entries: Array<{ name: string; dtype: DType; shape: number[]; begin: number; end: number; elements: number }> = [];
  for (const name of Object.keys(root)) {
    const value = root[name];
    if (name === METADATA_KEY) metadata = checkMetadata(value, file);
    else entries.push({ name, ...checkTensor(name, value, file) });
  }

  // File order: by offsets; zero-size tensors share offsets, so ties break by name (deterministic).
  entries.sort((a, b) => a.begin - b.begin || a.end - b.end || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  let expected = 0;
  for (const [i, t] of entries.entries()) {
    if (t.begin !== expected) {
      const [code, what]: [SafetensorsErrorCode, string] =
        i === 0
          ? ['ST_OFFSETS_START', `the first tensor in the data section starts at ${t.begin}, not 0`]
          : t.begin > expected
            ? ['ST_OFFSETS_GAP', `${t.begin - expected} unused bytes before this tensor (previous tensor ends at ${expected}, this one starts at ${t.begin})`]
            : ['ST_OFFSETS_OVERLAP', `overlaps the previous tensor (which ends at ${expected}; this one starts at ${t.begin})`];
      throw new SafetensorsError(code, what, {
        file,
        tensor: t.name,
        pointer: jsonPointer(t.name, 'data_offsets', 0),
        offset: dataStart + t.begin,
        hint: 'tensors must tile the data section exactly, in offset order, starting at 0',
      });
    }
    expected = t.end;
  }
  const dataLength = expected;
  const dataEnd = BigInt(dataStart) + BigInt(dataLength);
  if (dataEnd < BigInt(options.fileSize)) {
    throw new SafetensorsError(
      'ST_TRAILING_BYTES',
      `${BigInt(options.fileSize) - dataEnd} bytes after the last tensor (data ends at byte ${dataEnd} of ${options.fileSize})`,
      {
        file,
        offset: Number(dataEnd),
        hint: 'extra bytes after the tensors can hide a second file (polyglot); re-save the file',
      },
    );
  }
  if (dataEnd > BigInt(options.fileSize)) {
    throw new SafetensorsError('ST_TRUNCATED', `tensors end at byte ${dataEnd} but the file has only ${options.fileSize} bytes`, {
      file,
      offset: options.fileSize,
      hint: 'the file is truncated (an interrupted download?); download it again',
    });
  }

  const tensors: SafetensorsTensorInfo[] = entries.map((t) =>
    Object.freeze({
      name: t.name,
      dtype: t.dtype,
      shape: Object.freeze(t.shape),
      file: path,
      byteOffset: dataStart + t.begin,
      byteLength: t.end - t.begin,
      dataOffsets: Object.freeze([t.begin, t.end] as [number, number]),
      elements: t.elements,
    }),
  );
  return {
    headerLength,
    dataStart,
    dataLength,
    metadata: metadata === undefined ? undefined : Object.freeze(metadata),
    tensors: Object.freeze(tensors),
  };
}

function jsonError(e: StrictJsonError, file: string | undefined): SafetensorsError {
  const offset = HEADER_LENGTH_BYTES + Number(e.offset ?? 0);
  const pointer = e.pointer;
  const depth = pointer === undefined || pointer === '' ? 0 : pointer.split('/').length - 1;
  const base = { file, offset, pointer, cause: e };
  switch (e.code) {
    case 'JSON_UTF8':
      return new SafetensorsError('ST_HEADER_UTF8', 'header is not valid UTF-8', { ...base, hint: 'the file is corrupt or not a safetensors file' });
    case 'JSON_BOM':
      return new SafetensorsError('ST_HEADER_BOM', 'header starts with a UTF-8 byte order mark', {
        ...base,
        hint: 'the writer that made this file is broken; re-save it',
      });
    case 'JSON_TRAILING':
      return new SafetensorsError('ST_HEADER_TRAILING', `junk after the header JSON: ${e.detail}`, {
        ...base,
        hint: 'only JSON whitespace may pad the header; the file is corrupt or was written by a broken tool',
      });
    case 'JSON_DUPLICATE_KEY': {
      const name = /duplicate key "(.*)"/s.exec(e.detail)?.[1];
      if (depth === 1) {
        return new SafetensorsError('ST_DUPLICATE_TENSOR', `tensor name appears twice in the header`, {
          ...base,
          tensor: name,
          hint: 'JSON.parse would silently keep the last entry; the file is ambiguous and must be re-saved',
        });
      }
      return new SafetensorsError('ST_DUPLICATE_KEY', `key ${name === undefined ? '' : `"${name}" `}appears twice in one entry`, {
        ...base,
        hint: 'the file is ambiguous and must be re-saved',
      });
    }
    default:
      return new SafetensorsError('ST_HEADER_JSON', `header is not valid JSON: ${e.detail} (${e.code})`, {
        ...base,
        hint: e.hint ?? 'the file is corrupt or not a safetensors file',
      });
  }
}

function checkMetadata(value: unknown, file: string | undefined): Record<string, string> {
  const pointer = jsonPointer(METADATA_KEY);
  if (!isPlainObject(value)) {
    throw new SafetensorsError('ST_BAD_METADATA', `__metadata__ is ${describe(value)}, not an object of strings`, {
      file,
      pointer,
      hint: '__metadata__ must map strings to strings',
    });
  }
  if (TENSOR_FIELDS.every((f) => Object.hasOwn(value, f))) {
    throw new SafetensorsError('ST_METADATA_IS_TENSOR', 'a tensor may not be named "__metadata__"', {
      file,
      pointer,
      tensor: METADATA_KEY,
      hint: '"__metadata__" is reserved for the string→string metadata map; rename the tensor',
    });
  }
  const out: Record<string, string> = {};
  for (const key of Object.keys(value)) {
    const v = value[key];
    if (typeof v !== 'string') {
      throw new SafetensorsError('ST_BAD_METADATA', `__metadata__ value is ${describe(v)}, not a string`, {
        file,
        pointer: jsonPointer(METADATA_KEY, key),
        hint: '__metadata__ must map strings to strings (the Rust reader refuses anything else)',
      });
    }
    out[key] = v;
  }
  return out;
}

function checkTensor(name: string, value: unknown, file: string | undefined): { dtype: DType; shape: number[]; begin: number; end: number; elements: number } {
  const at = (code: SafetensorsErrorCode, message: string, pointer: string, hint: string): SafetensorsError =>
    new SafetensorsError(code, message, { file, tensor: name, pointer, hint });
  if (!isPlainObject(value)) {
    throw at(
      'ST_TENSOR_NOT_OBJECT',
      `tensor entry is ${describe(value)}, not an object`,
      jsonPointer(name),
      'each tensor entry is {"dtype", "shape", "data_offsets"}',
    );
  }
  for (const field of TENSOR_FIELDS) {
    if (!Object.hasOwn(value, field)) {
      throw at('ST_MISSING_FIELD', `tensor entry has no "${field}"`, jsonPointer(name, field), 'each tensor entry needs "dtype", "shape" and "data_offsets"');
    }
  }
  for (const key of Object.keys(value)) {
    if (!(TENSOR_FIELDS as readonly string[]).includes(key)) {
      throw at(
        'ST_EXTRA_FIELD',
        `unexpected field "${key}" in tensor entry`,
        jsonPointer(name, key),
        'a tensor entry has exactly "dtype", "shape" and "data_offsets"; put other information in __metadata__',
      );
    }
  }

  const dtype = value['dtype'];
  if (!isDType(dtype)) {
    const upper = typeof dtype === 'string' ? dtype.toUpperCase() : undefined;
    throw at(
      'ST_BAD_DTYPE',
      `dtype ${describe(dtype)} is not a safetensors dtype`,
      jsonPointer(name, 'dtype'),
      upper !== undefined && isDType(upper) ? `dtype names are case-sensitive: did you mean "${upper}"?` : `expected one of ${DTYPES.join(', ')}`,
    );
  }

  const shapeValue = value['shape'];
  if (!Array.isArray(shapeValue)) {
    throw at(
      'ST_BAD_SHAPE',
      `shape is ${describe(shapeValue)}, not an array`,
      jsonPointer(name, 'shape'),
      'shape is an array of non-negative integers ([] for a scalar)',
    );
  }
  const shape = shapeValue.map((d, i) => checkUnsigned(d, ['shape', i], 'ST_BAD_SHAPE', 'dimension', name, file));

  const offsets = value['data_offsets'];
  if (!Array.isArray(offsets) || offsets.length !== 2) {
    throw at(
      'ST_BAD_OFFSETS',
      Array.isArray(offsets) ? `data_offsets has ${offsets.length} entries, not 2` : `data_offsets is ${describe(offsets)}, not an array`,
      jsonPointer(name, 'data_offsets'),
      'data_offsets is [begin, end], byte offsets relative to the data section',
    );
  }
  const begin = checkUnsigned(offsets[0], ['data_offsets', 0], 'ST_BAD_OFFSETS', 'offset', name, file);
  const end = checkUnsigned(offsets[1], ['data_offsets', 1], 'ST_BAD_OFFSETS', 'offset', name, file);
  if (end < begin) {
    throw at(
      'ST_OFFSETS_REVERSED',
      `data_offsets end ${end} is before begin ${begin}`,
      jsonPointer(name, 'data_offsets'),
      'data_offsets is [begin, end] with begin ≤ end',
    );
  }

  const elements = boundedElementCount(shape);
  if (elements === undefined) {
    throw at(
      'ST_SIZE_OVERFLOW',
      `shape ${describeShape(shape)} has more than 2^64 − 1 elements (the running product overflows u64)`,
      jsonPointer(name, 'shape'),
      'the shape is corrupt: no file can hold this tensor',
    );
  }
  const bits = elements * BigInt(DTYPE_INFO[dtype].bits);
  if (bits % 8n !== 0n) {
    throw at(
      'ST_MISALIGNED',
      `${elements} elements of ${dtype} (${DTYPE_INFO[dtype].bits} bits each) do not fill whole bytes`,
      jsonPointer(name, 'shape'),
      'packed sub-byte tensors must have a bit count that is a multiple of 8',
    );
  }
  const bytes = bits / 8n;
  if (bytes > BigInt(Number.MAX_SAFE_INTEGER)) {
    throw at(
      'ST_SIZE_OVERFLOW',
      `shape ${describeShape(shape)} of ${dtype} needs ${bytes} bytes, beyond 2^53`,
      jsonPointer(name, 'shape'),
      'the shape is corrupt: no file can hold this tensor',
    );
  }
  if (bytes !== BigInt(end - begin)) {
    throw at(
      'ST_SIZE_MISMATCH',
      `shape ${describeShape(shape)} of ${dtype} needs ${bytes} bytes but data_offsets span ${end - begin}`,
      jsonPointer(name, 'data_offsets'),
      'the header is inconsistent: shape × dtype size must equal end − begin',
    );
  }
  return { dtype, shape, begin, end, elements: Number(elements) };
}

/** Largest element count: the Rust reader multiplies the dimensions with `usize::checked_mul`. */
const MAX_ELEMENTS = 2n ** 64n - 1n;

/**
 * Product of the dimensions as BigInt, or undefined as soon as the running product (left to
 * right) passes 2^64 − 1 — exactly the Rust reader's `try_fold(1, checked_mul)`, so `[2^40, 2^40, 0]`
 * is an overflow there and here, while `[0, 2^40, 2^40]` is an empty tensor. Stopping early also
 * keeps a hostile header with millions of huge dimensions from growing the product to millions of
 * bits (quadratic time).
 */
function boundedElementCount(shape: readonly number[]): bigint | undefined {
  let n = 1n;
  for (const d of shape) {
    n *= BigInt(d);
    if (n > MAX_ELEMENTS) return undefined;
  }
  return n;
}

/** `[a, b, …]` for messages, cut after a few dimensions (a corrupt shape can have millions). */
function describeShape(shape: readonly number[]): string {
  const MAX_DIMS_SHOWN = 8;
  return shape.length <= MAX_DIMS_SHOWN ? `[${shape.join(', ')}]` : `[${shape.slice(0, MAX_DIMS_SHOWN).join(', ')}, … (${shape.length} dimensions)]`;
}

function checkUnsigned(
  v: unknown,
  /** Path inside the tensor entry; the pointer is only built on failure (this runs per dimension). */
  path: [string, number],
  code: 'ST_BAD_SHAPE' | 'ST_BAD_OFFSETS',
  what: string,
  tensor: string,
  file: string | undefined,
): number {
  if (typeof v === 'number') return v; // the hook only makes numbers of safe non-negative integer lexemes
  const message =
    typeof v === 'bigint'
      ? `${what} ${v} is beyond 2^53 − 1`
      : v instanceof NonIntegerNumber
        ? `${what} ${v.lexeme} is not a non-negative integer`
        : `${what} is ${describe(v)}, not a non-negative integer`;
  throw new SafetensorsError(code, message, {
    file,
    tensor,
    pointer: jsonPointer(tensor, ...path),
    hint: 'write dimensions and offsets as plain non-negative integers (no sign, fraction or exponent)',
  });
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof NonIntegerNumber);
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (v instanceof NonIntegerNumber) return `the number ${v.lexeme}`;
  if (typeof v === 'bigint') return `the number ${v}`;
  if (typeof v === 'number') return `the number ${v}`;
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? v.slice(0, 40) + '…' : v);
  if (typeof v === 'object') return 'an object';
  return typeof v;
}
