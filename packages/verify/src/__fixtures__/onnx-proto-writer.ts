/**
 * Test-only ONNX protobuf writer: just enough of onnx.proto (ModelProto, GraphProto, NodeProto,
 * TensorProto with raw_data, ValueInfoProto, AttributeProto INT/INTS/FLOAT) to hand-build small
 * models byte by byte, with no ONNX library involved.
 */

const WIRE_VARINT = 0;
const WIRE_I32 = 5;
const WIRE_LEN = 2;

/** TensorProto.DataType codes. */
export const ONNX_FLOAT = 1;
export const ONNX_INT64 = 7;
export const ONNX_FLOAT16 = 10;

/** AttributeProto.AttributeType codes. */
const ATTR_FLOAT = 1;
const ATTR_INT = 2;
const ATTR_INTS = 7;

type Bytes = number[];

function varint(v: bigint | number): Bytes {
  // Negative int64 values are encoded as their two's complement (10 bytes), as protobuf does.
  let x = BigInt.asUintN(64, BigInt(v));
  const out: Bytes = [];
  do {
    let b = Number(x & 0x7fn);
    x >>= 7n;
    if (x > 0n) b |= 0x80;
    out.push(b);
  } while (x > 0n);
  return out;
}
const tag = (field: number, wire: number): Bytes => varint((field << 3) | wire);
const int = (field: number, v: bigint | number): Bytes => [...tag(field, WIRE_VARINT), ...varint(v)];
const msg = (field: number, body: Bytes): Bytes => [...tag(field, WIRE_LEN), ...varint(body.length), ...body];
const str = (field: number, s: string): Bytes => msg(field, [...new TextEncoder().encode(s)]);
const f32 = (field: number, v: number): Bytes => [...tag(field, WIRE_I32), ...new Uint8Array(Float32Array.from([v]).buffer)];

export type Attr = { name: string; int: number } | { name: string; ints: number[] } | { name: string; float: number };

function attribute(a: Attr): Bytes {
  if ('int' in a) return [...str(1, a.name), ...int(3, a.int), ...int(20, ATTR_INT)];
  if ('float' in a) return [...str(1, a.name), ...f32(2, a.float), ...int(20, ATTR_FLOAT)];
  return [...str(1, a.name), ...a.ints.flatMap((v) => int(8, v)), ...int(20, ATTR_INTS)];
}

/** Accumulates a graph; `build()` returns ModelProto bytes. */
export class OnnxGraphWriter {
  private nodes: Bytes = [];
  private inits: Bytes = [];
  private ins: Bytes = [];
  private outs: Bytes = [];
  private count = 0;

  node(op: string, inputs: string[], outputs: string[], attrs: Attr[] = []): string {
    const name = `${op.toLowerCase()}_${this.count++}`;
    append(
      this.nodes,
      msg(1, [
        ...inputs.flatMap((i) => str(1, i)),
        ...outputs.flatMap((o) => str(2, o)),
        ...str(3, name),
        ...str(4, op),
        ...attrs.flatMap((a) => msg(5, attribute(a))),
      ]),
    );
    return outputs[0]!;
  }

  /** One-output node with a generated output name. */
  op(op: string, inputs: string[], attrs: Attr[] = []): string {
    return this.node(op, inputs, [`t${this.count}`], attrs);
  }

  floatInit(name: string, dims: number[], data: Float32Array | number[]): string {
    return this.init(name, ONNX_FLOAT, dims, new Uint8Array(Float32Array.from(data).buffer));
  }

  int64Init(name: string, dims: number[], data: Array<number | bigint>): string {
    return this.init(name, ONNX_INT64, dims, new Uint8Array(BigInt64Array.from(data, (v) => BigInt(v)).buffer));
  }

  private init(name: string, type: number, dims: number[], raw: Uint8Array): string {
    append(this.inits, msg(5, [...dims.flatMap((d) => int(1, d)), ...int(2, type), ...str(8, name), ...msg(9, Array.from(raw))]));
    return name;
  }

  input(name: string, type: number, dims: Array<number | string>): string {
    append(this.ins, msg(11, valueInfo(name, type, dims)));
    return name;
  }

  output(name: string, type: number, dims: Array<number | string>): void {
    append(this.outs, msg(12, valueInfo(name, type, dims)));
  }

  build(opset = 17): Uint8Array {
    const graph = [...this.nodes, ...str(2, 'test'), ...this.inits, ...this.ins, ...this.outs];
    return Uint8Array.from([...int(1, 8), ...str(2, 'mlpack-test'), ...msg(7, graph), ...msg(8, [...str(1, ''), ...int(2, opset)])]);
  }
}

/** Append without spreading into push (large initializers would overflow the call stack). */
function append(target: Bytes, src: Bytes): void {
  for (const b of src) target.push(b);
}

function valueInfo(name: string, elemType: number, dims: Array<number | string>): Bytes {
  const shape = dims.flatMap((d) => msg(1, typeof d === 'number' ? int(1, d) : str(2, d)));
  return [...str(1, name), ...msg(2, msg(1, [...int(1, elemType), ...msg(2, shape)]))];
}
