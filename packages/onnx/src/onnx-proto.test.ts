import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { onnx } from './onnx-proto.js';

const require = createRequire(import.meta.url);

describe('onnx-proto runs on the overridden protobufjs', () => {
  // onnx-proto 8.0.1 asks for protobufjs ^6.11.2 (advisory fixed in 7.5.6 / 8.0.2); the workspace
  // overrides it to 8.8.1. Resolve protobufjs the way onnx-proto itself does, from its own location.
  const onnxProtoMain = require.resolve('onnx-proto');
  const fromOnnxProto = createRequire(onnxProtoMain);

  it('resolves protobufjs 8.8.1 from onnx-proto', () => {
    const pkgPath = fromOnnxProto.resolve('protobufjs/package.json');
    const pkg = JSON.parse(readFileSync(pkgPath, 'utf8')) as { name: string; version: string };
    expect(pkg).toMatchObject({ name: 'protobufjs', version: '8.8.1' });
  });

  it('is the protobufjs module instance onnx-proto loaded at run time', () => {
    const minimal = fromOnnxProto.resolve('protobufjs/minimal');
    expect(dirname(minimal)).toBe(dirname(fromOnnxProto.resolve('protobufjs/package.json')));
    // Our import of onnx-proto (see onnx-proto.ts) has loaded exactly that file into the CJS cache.
    expect(onnx.ModelProto).toBeDefined();
    expect(Object.keys(require.cache)).toContain(minimal);
    const loadedProtobufs = Object.keys(require.cache).filter((k) => /[\\/]protobufjs[\\/]minimal\.js$/.test(k));
    expect(loadedProtobufs).toEqual([minimal]);
  });

  it('encodes and decodes with the generated code', () => {
    const bytes = onnx.TensorProto.encode({ name: 'a', dims: [2, 3], dataType: 1, rawData: Uint8Array.of(1, 2) }).finish();
    // dims (field 1, packed), data_type (2), name (8), raw_data (9), in field order.
    expect(Buffer.from(bytes).toString('hex')).toBe('0a020203' + '1001' + '420161' + '4a020102');
    const back = onnx.TensorProto.decode(bytes);
    expect(back.dims.map(Number)).toEqual([2, 3]);
    expect([back.name, back.dataType, [...back.rawData]]).toEqual(['a', 1, [1, 2]]);
    const model = onnx.ModelProto.decode(onnx.ModelProto.encode({ irVersion: 10, opsetImport: [{ domain: '', version: 21 }] }).finish());
    expect([Number(model.irVersion), Number(model.opsetImport[0]!.version)]).toEqual([10, 21]);
  });
});
