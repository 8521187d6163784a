/**
 * Reader of a SentencePiece `ModelProto` (`tokenizer.model`, `spiece.model`,
 * `sentencepiece.bpe.model`), the fields a fast tokenizer is built from
 * (sentencepiece_model.proto): the pieces (string, score, type), the trainer spec (model type,
 * special ids and pieces, byte fallback) and the normalizer spec (name, precompiled charsmap,
 * whitespace handling). Unknown fields are skipped by wire type. No protobuf dependency.
 */

export type SentencePieceModelType = 'Unigram' | 'BPE' | 'WordLevel' | 'Char';

/** `ModelProto.SentencePiece.Type`. */
export type SentencePiecePieceType = 'normal' | 'unknown' | 'control' | 'user-defined' | 'unused' | 'byte';

export interface SentencePieceTrainerSpec {
  /** `vocab_size` as trained (the piece count is what counts). */
  vocabSize?: number | undefined;
  unkId: number;
  bosId: number;
  eosId: number;
  /** -1 (the default) means no pad piece. */
  padId: number;
  unkPiece: string;
  bosPiece: string;
  eosPiece: string;
  padPiece: string;
  /** Unknown characters become `<0xXX>` byte pieces instead of `<unk>`. */
  byteFallback: boolean;
  /** `▁` ends words instead of starting them (not supported by the converters; kept to refuse it). */
  treatWhitespaceAsSuffix: boolean;
}

export interface SentencePieceNormalizerSpec {
  /** Rule name (`nmt_nfkc`, `nfkc`, `identity`, …), when recorded. */
  name?: string | undefined;
  /** The compiled normalization table; absent or empty for `identity`. */
  precompiledCharsmap?: Uint8Array | undefined;
  addDummyPrefix: boolean;
  removeExtraWhitespaces: boolean;
  escapeWhitespaces: boolean;
}

export interface SentencePieceModel {
  /** Piece strings; a piece's id is its index. */
  pieces: string[];
  /** Score of each piece (Unigram log-probabilities; BPE merge priority). */
  scores: number[];
  /** Type of each piece. */
  types: SentencePiecePieceType[];
  /** `trainer_spec.model_type`; proto2's default (Unigram) when the field is absent, undefined for an unknown value. */
  modelType: SentencePieceModelType | undefined;
  trainer: SentencePieceTrainerSpec;
  normalizer: SentencePieceNormalizerSpec;
}

export type SentencePieceParse = { ok: true; model: SentencePieceModel } | { ok: false; message: string; offset: number };

/** `TrainerSpec.ModelType` enum values (sentencepiece_model.proto). */
const MODEL_TYPES: Readonly<Record<number, SentencePieceModelType>> = { 1: 'Unigram', 2: 'BPE', 3: 'WordLevel', 4: 'Char' };
/** `SentencePiece.Type` enum values; anything else reads as `normal` (proto2 keeps unknown enum values out). */
const PIECE_TYPES: Readonly<Record<number, SentencePiecePieceType>> = {
  1: 'normal',
  2: 'unknown',
  3: 'control',
  4: 'user-defined',
  5: 'unused',
  6: 'byte',
};

// Field numbers of sentencepiece_model.proto.
const MODEL_PIECES = 1;
const MODEL_TRAINER_SPEC = 2;
const MODEL_NORMALIZER_SPEC = 3;
const PIECE_PIECE = 1;
const PIECE_SCORE = 2;
const PIECE_TYPE = 3;
const TRAINER_MODEL_TYPE = 3;
const TRAINER_VOCAB_SIZE = 4;
const TRAINER_TREAT_WHITESPACE_AS_SUFFIX = 24;
const TRAINER_BYTE_FALLBACK = 35;
const TRAINER_UNK_ID = 40;
const TRAINER_BOS_ID = 41;
const TRAINER_EOS_ID = 42;
const TRAINER_PAD_ID = 43;
const TRAINER_UNK_PIECE = 45;
const TRAINER_BOS_PIECE = 46;
const TRAINER_EOS_PIECE = 47;
const TRAINER_PAD_PIECE = 48;
const NORMALIZER_NAME = 1;
const NORMALIZER_CHARSMAP = 2;
const NORMALIZER_ADD_DUMMY_PREFIX = 3;
const NORMALIZER_REMOVE_EXTRA_WHITESPACES = 4;
const NORMALIZER_ESCAPE_WHITESPACES = 5;

const WIRE_VARINT = 0;
const WIRE_FIXED64 = 1;
const WIRE_LENGTH_DELIMITED = 2;
const WIRE_FIXED32 = 5;

/** Protobuf varints are at most 10 bytes (64 bits, 7 per byte); a negative int32 always takes all 10. */
const MAX_VARINT_BYTES = 10;

class ProtoError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

/** Parse a SentencePiece model file's bytes; problems come back with the byte offset, never thrown. */
export function parseSentencePieceModel(bytes: Uint8Array): SentencePieceParse {
  try {
    const pieces: string[] = [];
    const scores: number[] = [];
    const types: SentencePiecePieceType[] = [];
    let modelType: SentencePieceModelType | undefined = 'Unigram';
    const trainer: SentencePieceTrainerSpec = {
      unkId: 0,
      bosId: 1,
      eosId: 2,
      padId: -1,
      unkPiece: '<unk>',
      bosPiece: '<s>',
      eosPiece: '</s>',
      padPiece: '<pad>',
      byteFallback: false,
      treatWhitespaceAsSuffix: false,
    };
    const normalizer: SentencePieceNormalizerSpec = { addDummyPrefix: true, removeExtraWhitespaces: true, escapeWhitespaces: true };
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const text = (s: number, e: number): string => {
      try {
        return utf8.decode(bytes.subarray(s, e));
      } catch {
        throw new ProtoError('string is not valid UTF-8', s);
      }
    };
    forEachField(bytes, 0, bytes.length, (field, wire, start, end) => {
      if (field === MODEL_PIECES && wire === WIRE_LENGTH_DELIMITED) {
        let piece = '';
        let score = 0;
        let type: SentencePiecePieceType = 'normal';
        forEachField(bytes, start, end, (f, w, s, e) => {
          if (f === PIECE_PIECE && w === WIRE_LENGTH_DELIMITED) piece = text(s, e);
          // A little-endian IEEE float, as protobuf's fixed32 `float` is.
          else if (f === PIECE_SCORE && w === WIRE_FIXED32) score = view.getFloat32(s, true);
          else if (f === PIECE_TYPE && w === WIRE_VARINT) type = PIECE_TYPES[int32At(bytes, s, e)] ?? 'normal';
        });
        pieces.push(piece);
        scores.push(score);
        types.push(type);
      } else if (field === MODEL_TRAINER_SPEC && wire === WIRE_LENGTH_DELIMITED) {
        forEachField(bytes, start, end, (f, w, s, e) => {
          if (w === WIRE_VARINT) {
            const v = int32At(bytes, s, e);
            if (f === TRAINER_MODEL_TYPE) modelType = MODEL_TYPES[v];
            else if (f === TRAINER_VOCAB_SIZE) trainer.vocabSize = v;
            else if (f === TRAINER_TREAT_WHITESPACE_AS_SUFFIX) trainer.treatWhitespaceAsSuffix = v !== 0;
            else if (f === TRAINER_BYTE_FALLBACK) trainer.byteFallback = v !== 0;
            else if (f === TRAINER_UNK_ID) trainer.unkId = v;
            else if (f === TRAINER_BOS_ID) trainer.bosId = v;
            else if (f === TRAINER_EOS_ID) trainer.eosId = v;
            else if (f === TRAINER_PAD_ID) trainer.padId = v;
          } else if (w === WIRE_LENGTH_DELIMITED) {
            if (f === TRAINER_UNK_PIECE) trainer.unkPiece = text(s, e);
            else if (f === TRAINER_BOS_PIECE) trainer.bosPiece = text(s, e);
            else if (f === TRAINER_EOS_PIECE) trainer.eosPiece = text(s, e);
            else if (f === TRAINER_PAD_PIECE) trainer.padPiece = text(s, e);
          }
        });
      } else if (field === MODEL_NORMALIZER_SPEC && wire === WIRE_LENGTH_DELIMITED) {
        forEachField(bytes, start, end, (f, w, s, e) => {
          if (f === NORMALIZER_NAME && w === WIRE_LENGTH_DELIMITED) normalizer.name = text(s, e);
          else if (f === NORMALIZER_CHARSMAP && w === WIRE_LENGTH_DELIMITED) normalizer.precompiledCharsmap = bytes.slice(s, e);
          else if (w === WIRE_VARINT) {
            const on = int32At(bytes, s, e) !== 0;
            if (f === NORMALIZER_ADD_DUMMY_PREFIX) normalizer.addDummyPrefix = on;
            else if (f === NORMALIZER_REMOVE_EXTRA_WHITESPACES) normalizer.removeExtraWhitespaces = on;
            else if (f === NORMALIZER_ESCAPE_WHITESPACES) normalizer.escapeWhitespaces = on;
          }
        });
      }
    });
    if (pieces.length === 0) return { ok: false, message: 'no pieces: not a SentencePiece model', offset: 0 };
    return { ok: true, model: { pieces, scores, types, modelType, trainer, normalizer } };
  } catch (e) {
    if (e instanceof ProtoError) return { ok: false, message: e.message, offset: e.offset };
    throw e;
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Call `visit(field, wireType, valueStart, valueEnd)` for each field in bytes[start, end). For
 * varints the range covers the varint's bytes; for length-delimited fields the payload.
 */
function forEachField(bytes: Uint8Array, start: number, end: number, visit: (field: number, wire: number, valueStart: number, valueEnd: number) => void): void {
  let pos = start;
  while (pos < end) {
    const tagAt = pos;
    const [tag, afterTag] = readLength(bytes, pos, end);
    const field = Math.floor(tag / 8);
    const wire = tag % 8;
    if (field === 0) throw new ProtoError('field number 0', tagAt);
    pos = afterTag;
    switch (wire) {
      case WIRE_VARINT: {
        const next = varintEnd(bytes, pos, end);
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
        const [len, next] = readLength(bytes, pos, end);
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

/** Where the varint starting at `start` ends (any 64-bit value; at most 10 bytes). */
function varintEnd(bytes: Uint8Array, start: number, end: number): number {
  for (let i = 0; i < MAX_VARINT_BYTES; i++) {
    const at = start + i;
    if (at >= end) throw new ProtoError('truncated varint', start);
    if ((bytes[at]! & 0x80) === 0) return at + 1;
  }
  throw new ProtoError('varint longer than 10 bytes', start);
}

/**
 * A tag or a length: an unsigned varint, rejected beyond 2^53 (no real length or tag is that big,
 * and a number above it would lose precision).
 */
function readLength(bytes: Uint8Array, start: number, end: number): [number, number] {
  let value = 0;
  let scale = 1;
  for (let i = 0; i < MAX_VARINT_BYTES; i++) {
    const at = start + i;
    if (at >= end) throw new ProtoError('truncated varint', start);
    const b = bytes[at]!;
    value += (b & 0x7f) * scale;
    if (value > Number.MAX_SAFE_INTEGER) throw new ProtoError('length or tag exceeds 2^53', start);
    if ((b & 0x80) === 0) return [value, at + 1];
    scale *= 128;
  }
  throw new ProtoError('varint longer than 10 bytes', start);
}

/**
 * An `int32` / `bool` / enum varint in bytes[start, end): protobuf writes a negative int32 as the
 * 10-byte two's complement of its sign-extended 64-bit value (`pad_id: -1`), so the value is the
 * low 32 bits read as signed.
 */
function int32At(bytes: Uint8Array, start: number, end: number): number {
  let value = 0n;
  for (let at = start, shift = 0n; at < end; at++, shift += 7n) value |= BigInt(bytes[at]! & 0x7f) << shift;
  return Number(BigInt.asIntN(32, value));
}
