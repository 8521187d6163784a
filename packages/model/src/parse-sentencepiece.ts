/**
 * Minimal reader of a SentencePiece `ModelProto` (`tokenizer.model`, `spiece.model`): only the
 * piece strings (field 1 → SentencePiece.piece, field 1) and `trainer_spec.model_type` (field 2 →
 * field 3). Everything else is skipped by wire type. Enough to count the vocabulary and map special
 * tokens to ids without a protobuf dependency.
 */

export type SentencePieceModelType = 'Unigram' | 'BPE' | 'WordLevel' | 'Char';

export interface SentencePieceModel {
  /** Piece strings; a piece's id is its index. */
  pieces: string[];
  modelType: SentencePieceModelType | undefined;
}

export type SentencePieceParse = { ok: true; model: SentencePieceModel } | { ok: false; message: string; offset: number };

/** `TrainerSpec.ModelType` enum values (sentencepiece_model.proto). */
const MODEL_TYPES: Readonly<Record<number, SentencePieceModelType>> = { 1: 'Unigram', 2: 'BPE', 3: 'WordLevel', 4: 'Char' };

const WIRE_VARINT = 0;
const WIRE_FIXED64 = 1;
const WIRE_LENGTH_DELIMITED = 2;
const WIRE_FIXED32 = 5;

/** Protobuf varints are at most 10 bytes (64 bits, 7 per byte). */
const MAX_VARINT_BYTES = 10;

class ProtoError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

export function parseSentencePieceModel(bytes: Uint8Array): SentencePieceParse {
  try {
    const pieces: string[] = [];
    let modelType: SentencePieceModelType | undefined;
    const decoder = new TextDecoder('utf-8', { fatal: true });
    forEachField(bytes, 0, bytes.length, (field, wire, start, end) => {
      if (field === 1 && wire === WIRE_LENGTH_DELIMITED) {
        let piece = '';
        forEachField(bytes, start, end, (f, w, s, e) => {
          if (f === 1 && w === WIRE_LENGTH_DELIMITED) {
            try {
              piece = decoder.decode(bytes.subarray(s, e));
            } catch {
              throw new ProtoError('piece is not valid UTF-8', s);
            }
          }
        });
        pieces.push(piece);
      } else if (field === 2 && wire === WIRE_LENGTH_DELIMITED) {
        forEachField(bytes, start, end, (f, w, s) => {
          if (f === 3 && w === WIRE_VARINT) {
            const [value] = readVarint(bytes, s, end);
            modelType = MODEL_TYPES[value];
          }
        });
      }
    });
    if (pieces.length === 0) return { ok: false, message: 'no pieces: not a SentencePiece model', offset: 0 };
    return { ok: true, model: { pieces, modelType } };
  } catch (e) {
    if (e instanceof ProtoError) return { ok: false, message: e.message, offset: e.offset };
    throw e;
  }
}

/**
 * Call `visit(field, wireType, valueStart, valueEnd)` for each field in bytes[start, end). For
 * varints valueStart is where the varint begins; for length-delimited fields the payload range.
 */
function forEachField(
  bytes: Uint8Array,
  start: number,
  end: number,
  visit: (field: number, wire: number, valueStart: number, valueEnd: number) => void,
): void {
  let pos = start;
  while (pos < end) {
    const tagAt = pos;
    const [tag, afterTag] = readVarint(bytes, pos, end);
    const field = Math.floor(tag / 8);
    const wire = tag % 8;
    if (field === 0) throw new ProtoError('field number 0', tagAt);
    pos = afterTag;
    switch (wire) {
      case WIRE_VARINT: {
        const [, next] = readVarint(bytes, pos, end);
        visit(field, wire, pos, next);
        pos = next;
        break;
      }
      case WIRE_FIXED64:
        if (pos + 8 > end) throw new ProtoError('truncated fixed64', pos);
        visit(field, wire, pos, pos + 8);
        pos += 8;
        break;
      case WIRE_LENGTH_DELIMITED: {
        const [len, next] = readVarint(bytes, pos, end);
        if (next + len > end) throw new ProtoError(`length ${len} runs past the end`, pos);
        visit(field, wire, next, next + len);
        pos = next + len;
        break;
      }
      case WIRE_FIXED32:
        if (pos + 4 > end) throw new ProtoError('truncated fixed32', pos);
        visit(field, wire, pos, pos + 4);
        pos += 4;
        break;
      default:
        throw new ProtoError(`unsupported wire type ${wire}`, tagAt);
    }
  }
}

/** Read a varint as a JS number (values beyond 2^53 are rejected: no real length or enum is that big). */
function readVarint(bytes: Uint8Array, start: number, end: number): [number, number] {
  let value = 0;
  let scale = 1;
  for (let i = 0; i < MAX_VARINT_BYTES; i++) {
    const at = start + i;
    if (at >= end) throw new ProtoError('truncated varint', start);
    const b = bytes[at]!;
    value += (b & 0x7f) * scale;
    if (value > Number.MAX_SAFE_INTEGER) throw new ProtoError('varint exceeds 2^53', start);
    if ((b & 0x80) === 0) return [value, at + 1];
    scale *= 128;
  }
  throw new ProtoError('varint longer than 10 bytes', start);
}
