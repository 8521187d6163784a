/**
 * A SentencePiece `ModelProto` file (`tokenizer.model`, `sentencepiece.bpe.model`) written from a
 * sample tokenizer's pieces, the way `spm_train` saves one: pieces with score and type, a trainer
 * spec that sets every special id explicitly (so `pad_id: -1` is on disk as the 10-byte varint
 * every LLaMA model carries) and a normalizer spec. Field numbers: sentencepiece_model.proto.
 */

export type PieceType = 'normal' | 'unknown' | 'control' | 'user-defined' | 'unused' | 'byte';

export interface SentencePieceModelSpec {
  /** Pieces in id order. */
  pieces: readonly { piece: string; score: number; type: PieceType }[];
  modelType: 'unigram' | 'bpe';
  byteFallback: boolean;
  unkId: number;
  bosId: number;
  eosId: number;
  /** -1: no pad piece (SentencePiece's default, kept explicit as spm_train writes it). */
  padId: number;
  /** `normalizer_spec.name` (`identity`: no precompiled charsmap is written). */
  normalizerName: string;
  addDummyPrefix: boolean;
}

const PIECE_TYPE_CODES: Readonly<Record<PieceType, number>> = { normal: 1, unknown: 2, control: 3, 'user-defined': 4, unused: 5, byte: 6 };
const MODEL_TYPE_CODES = { unigram: 1, bpe: 2 } as const;

const WIRE_VARINT = 0;
const WIRE_LENGTH_DELIMITED = 2;
const WIRE_FIXED32 = 5;

const utf8 = new TextEncoder();

/** The file's bytes (deterministic: fields in field-number order). */
export function sentencePieceModelFile(spec: SentencePieceModelSpec): Uint8Array {
  const out: number[] = [];
  for (const p of spec.pieces) {
    const piece: number[] = [...stringField(1, p.piece), ...floatField(2, p.score)];
    if (p.type !== 'normal') piece.push(...varintField(3, PIECE_TYPE_CODES[p.type]));
    out.push(...bytesField(1, piece));
  }
  const trainer = [
    ...varintField(3, MODEL_TYPE_CODES[spec.modelType]),
    ...varintField(4, spec.pieces.length),
    ...varintField(35, spec.byteFallback ? 1 : 0),
    ...varintField(40, spec.unkId),
    ...varintField(41, spec.bosId),
    ...varintField(42, spec.eosId),
    ...varintField(43, spec.padId),
  ];
  out.push(...bytesField(2, trainer));
  const normalizer = [
    ...stringField(1, spec.normalizerName),
    ...varintField(3, spec.addDummyPrefix ? 1 : 0),
    ...varintField(4, 1),
    ...varintField(5, 1),
  ];
  out.push(...bytesField(3, normalizer));
  return Uint8Array.from(out);
}

/** A varint of any int32: negative values are sign-extended to 64 bits (10 bytes), as protobuf does. */
function varint(value: number): number[] {
  let v = BigInt.asUintN(64, BigInt(value));
  const out: number[] = [];
  while (v >= 0x80n) {
    out.push(Number(v & 0x7fn) | 0x80);
    v >>= 7n;
  }
  out.push(Number(v));
  return out;
}

function tag(field: number, wire: number): number[] {
  return varint(field * 8 + wire);
}

function varintField(field: number, value: number): number[] {
  return [...tag(field, WIRE_VARINT), ...varint(value)];
}

function bytesField(field: number, payload: readonly number[]): number[] {
  return [...tag(field, WIRE_LENGTH_DELIMITED), ...varint(payload.length), ...payload];
}

function stringField(field: number, text: string): number[] {
  return bytesField(field, [...utf8.encode(text)]);
}

function floatField(field: number, value: number): number[] {
  const b = new Uint8Array(4);
  new DataView(b.buffer).setFloat32(0, value, true);
  return [...tag(field, WIRE_FIXED32), ...b];
}
