import { describe, expect, it } from 'vitest';
import { onnx } from './onnx-proto.js';
import { encodeVarint, lengthDelimitedPrefix, lengthDelimitedSize, varintLength } from './protobuf-framing.js';

const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex');

describe('protobuf framing', () => {
  it('encodes varints', () => {
    expect([0, 1, 127, 128, 300, 2 ** 31 - 1, 2 ** 32, 2 ** 53 - 1].map((v) => hex(encodeVarint(v)))).toEqual([
      '00',
      '01',
      '7f',
      '8001',
      'ac02',
      'ffffffff07',
      '8080808010',
      'ffffffffffffff0f',
    ]);
    for (const v of [0, 127, 128, 16383, 16384, 2 ** 31, 2 ** 53 - 1]) expect(varintLength(v)).toBe(encodeVarint(v).length);
    expect(() => encodeVarint(-1)).toThrow(RangeError);
  });

  it('frames a field exactly as protobufjs would', () => {
    // A GraphProto whose only field is one initializer, framed by hand vs encoded by protobufjs.
    const tensor = onnx.TensorProto.encode({ name: 'w', dims: [200], dataType: 1, rawData: new Uint8Array(800).fill(7) }).finish();
    const byHand = new Uint8Array([...lengthDelimitedPrefix(5, tensor.length), ...tensor]);
    const byLib = onnx.GraphProto.encode({ initializer: [onnx.TensorProto.decode(tensor)] }).finish();
    expect(hex(byHand)).toBe(hex(byLib));
    expect(lengthDelimitedSize(5, tensor.length)).toBe(byLib.length);
  });
});
