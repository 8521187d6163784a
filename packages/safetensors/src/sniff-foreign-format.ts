import { HEADER_LENGTH_BYTES, MAX_HEADER_BYTES } from './constants.js';

/** Formats that are sometimes saved under a `.safetensors` name but are not safetensors. */
export type ForeignFormat = 'pickle' | 'zip' | 'gzip';

/** Pickle PROTO opcode; protocols 2..5 follow it (torch.save writes 2, newer pickles 4/5). */
const PICKLE_PROTO = 0x80;
const PICKLE_MIN_PROTOCOL = 2;
const PICKLE_MAX_PROTOCOL = 5;
/** `PK\x03\x04`: a zip local file header, which is what torch.save has written since torch 1.6. */
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04] as const;
/** gzip member header. */
const GZIP_MAGIC = [0x1f, 0x8b] as const;
/** Bytes a safetensors header may start with: `{` or JSON whitespace (leading padding is allowed). */
const HEADER_FIRST_BYTES = new Set([0x7b, 0x20, 0x09, 0x0a, 0x0d]);

/**
 * Recognise pickle / zip (torch) / gzip bytes from the start of a file. Only sniffs: nothing is
 * ever unpickled or unzipped.
 *
 * The magic numbers alone could collide with a real safetensors header length (e.g. a header of
 * 640 bytes starts `80 02 00 00 …`, just like pickle protocol 2), so when at least 9 bytes are
 * given and they also read as a plausible safetensors start (length ≤ 100,000,000 and the header
 * starting with `{` or whitespace), the answer is `undefined`.
 */
export function sniffForeignFormat(firstBytes: Uint8Array): ForeignFormat | undefined {
  const format = magicFormat(firstBytes);
  if (format === undefined) return undefined;
  if (firstBytes.length > HEADER_LENGTH_BYTES) {
    const view = new DataView(firstBytes.buffer, firstBytes.byteOffset, HEADER_LENGTH_BYTES);
    const n = view.getBigUint64(0, /* littleEndian */ true);
    if (n <= BigInt(MAX_HEADER_BYTES) && HEADER_FIRST_BYTES.has(firstBytes[HEADER_LENGTH_BYTES]!)) return undefined;
  }
  return format;
}

function magicFormat(b: Uint8Array): ForeignFormat | undefined {
  if (startsWith(b, GZIP_MAGIC)) return 'gzip';
  if (startsWith(b, ZIP_MAGIC)) return 'zip';
  if (b.length >= 2 && b[0] === PICKLE_PROTO && b[1]! >= PICKLE_MIN_PROTOCOL && b[1]! <= PICKLE_MAX_PROTOCOL) return 'pickle';
  return undefined;
}

function startsWith(b: Uint8Array, magic: readonly number[]): boolean {
  return b.length >= magic.length && magic.every((m, i) => b[i] === m);
}
