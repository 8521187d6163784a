/**
 * Hand-written protobuf framing for the parts we stream ourselves (the graph field of ModelProto,
 * each initializer of GraphProto, each tensor's raw_data). Protobuf lets fields come in any
 * order, so these frames can follow the bytes protobufjs encoded for the other fields, and the
 * ModelProto's metadata_props (encoded by protobufjs) can follow the graph.
 */

/** Wire type of length-delimited fields (messages, bytes, strings). */
const WIRE_TYPE_LEN = 2;

/** Field numbers from onnx.proto that we frame by hand. */
export const FIELD_MODEL_GRAPH = 7;
export const FIELD_GRAPH_INITIALIZER = 5;
export const FIELD_TENSOR_RAW_DATA = 9;

/** Base-128 varint of a non-negative safe integer. */
export function encodeVarint(value: number): Uint8Array {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`varint out of range: ${value}`);
  const out: number[] = [];
  let v = value;
  while (v >= 0x80) {
    out.push((v % 0x80) | 0x80);
    v = Math.floor(v / 0x80);
  }
  out.push(v);
  return Uint8Array.from(out);
}

export function varintLength(value: number): number {
  let n = 1;
  for (let v = value; v >= 0x80; v = Math.floor(v / 0x80)) n++;
  return n;
}

/** Tag and length of a length-delimited field whose payload is `length` bytes. */
export function lengthDelimitedPrefix(field: number, length: number): Uint8Array {
  const tag = encodeVarint(field * 8 + WIRE_TYPE_LEN);
  const len = encodeVarint(length);
  const out = new Uint8Array(tag.length + len.length);
  out.set(tag);
  out.set(len, tag.length);
  return out;
}

/** Total bytes of a length-delimited field with a `length`-byte payload. */
export function lengthDelimitedSize(field: number, length: number): number {
  return varintLength(field * 8 + WIRE_TYPE_LEN) + varintLength(length) + length;
}
