import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import onnxProto from 'onnx-proto';
import { describe, expect, it } from 'vitest';
import { onnx } from './onnx-proto.js';

const require = createRequire(import.meta.url);
const generatedFile = fileURLToPath(new URL('./generated/onnx.ts', import.meta.url));
const fromGenerated = createRequire(generatedFile);
const reference = onnxProto.onnx as unknown as Record<string, unknown>;

/** `a.b.c` → [a, b, c] compared as numbers. */
const versionTuple = (v: string) => v.split(/[.+-]/).slice(0, 3).map(Number);
const atLeast = (v: string, min: string) => {
  const [a, b] = [versionTuple(v), versionTuple(min)];
  for (let i = 0; i < 3; i++) if (a[i]! !== b[i]!) return a[i]! > b[i]!;
  return true;
};

describe('the generated ONNX messages run on a fixed protobufjs', () => {
  // onnx-proto 8.0.1 asks for protobufjs ^6.11.2 (prototype-pollution advisory, fixed in 7.5.6 /
  // 8.0.2). Our messages are generated from its schema against protobufjs 8 and import
  // protobufjs/minimal from our own package, so consumers never install protobufjs 6.
  const minimal = fromGenerated.resolve('protobufjs/minimal.js');
  const pkg = JSON.parse(readFileSync(fromGenerated.resolve('protobufjs/package.json'), 'utf8')) as { name: string; version: string };

  it('resolves protobufjs >= 7.5.6 from the generated module', () => {
    expect(pkg.name).toBe('protobufjs');
    expect(atLeast(pkg.version, '7.5.6'), pkg.version).toBe(true);
    expect(atLeast('6.11.4', '7.5.6')).toBe(false); // the comparison itself can say no
  });

  it('is the protobufjs module instance loaded at run time', () => {
    expect(onnx.ModelProto).toBeDefined();
    expect(dirname(minimal)).toBe(dirname(fromGenerated.resolve('protobufjs/package.json')));
    expect(Object.keys(require.cache)).toContain(minimal);
  });

  it('encodes and decodes', () => {
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

describe('the generated messages match their schema source, onnx-proto', () => {
  /** Every message constructor under a namespace object, by dotted name. */
  function messages(ns: Record<string, unknown>, prefix = 'onnx'): Map<string, { prototype: object }> {
    const out = new Map<string, { prototype: object }>();
    for (const [k, v] of Object.entries(ns)) {
      if (typeof v !== 'function' || !('encode' in v)) continue;
      out.set(`${prefix}.${k}`, v);
      for (const [name, ctor] of messages(v as unknown as Record<string, unknown>, `${prefix}.${k}`)) out.set(name, ctor);
    }
    return out;
  }
  const fieldsOf = (ctor: { prototype: object }) => Object.keys(ctor.prototype).filter((k) => !k.startsWith('$'));

  it('has every message with the same fields in the same order', () => {
    const theirs = messages(reference);
    const ours = messages(onnx);
    expect([...ours.keys()].sort()).toEqual([...theirs.keys()].sort());
    expect(theirs.size).toBeGreaterThan(20);
    for (const [name, ctor] of theirs) expect(fieldsOf(ours.get(name)!), name).toEqual(fieldsOf(ctor));
  });

  it('encodes a model that uses every field kind byte-for-byte like onnx-proto', () => {
    const tensor = {
      dims: [2, 3],
      dataType: 1,
      segment: { begin: 0, end: 6 },
      floatData: [1.5, -2],
      int32Data: [-1, 7],
      stringData: [Uint8Array.of(104, 105)],
      int64Data: [-5, 2 ** 40],
      name: 'w',
      docString: 'doc',
      rawData: Uint8Array.of(1, 2, 3),
      doubleData: [Math.PI],
      uint64Data: [9],
      externalData: [
        { key: 'location', value: 'model.onnx_data' },
        { key: 'offset', value: '0' },
      ],
      dataLocation: 1,
    };
    const type = { tensorType: { elemType: 1, shape: { dim: [{ dimParam: 'batch_size' }, { dimValue: 4 }] } }, denotation: 'd' };
    const attribute = (name: string, extra: object) => ({ name, docString: '', ...extra });
    const graph = {
      name: 'g',
      docString: 'gd',
      initializer: [tensor],
      sparseInitializer: [{ values: tensor, indices: { dims: [1], dataType: 7, int64Data: [0] }, dims: [2, 3] }],
      input: [{ name: 'x', type, docString: 'xi' }],
      output: [{ name: 'y', type: { sequenceType: { elemType: type } } }],
      valueInfo: [
        { name: 'z', type: { mapType: { keyType: 7, valueType: type } } },
        { name: 'o', type: { optionalType: { elemType: type } } },
        { name: 's', type: { sparseTensorType: { elemType: 1, shape: { dim: [{ dimValue: 2 }] } } } },
      ],
      quantizationAnnotation: [{ tensorName: 'w', quantParameterTensorNames: [{ key: 'SCALE_TENSOR', value: 's' }] }],
      node: [
        {
          input: ['x', 'w'],
          output: ['y'],
          name: 'n',
          opType: 'Gemm',
          domain: '',
          docString: 'nd',
          attribute: [
            attribute('f', { type: 1, f: 0.5 }),
            attribute('i', { type: 2, i: -3 }),
            attribute('s', { type: 3, s: Uint8Array.of(65) }),
            attribute('t', { type: 4, t: tensor }),
            attribute('fs', { type: 6, floats: [1, 2] }),
            attribute('is', { type: 7, ints: [1, -2] }),
            attribute('ss', { type: 8, strings: [Uint8Array.of(66)] }),
            attribute('ts', { type: 9, tensors: [tensor] }),
            attribute('tp', { type: 13, tp: type }),
            attribute('tps', { type: 14, typeProtos: [type] }),
            attribute('r', { refAttrName: 'alpha', type: 1 }),
            attribute('sp', { type: 11, sparseTensor: { values: tensor, dims: [2] } }),
          ],
        },
      ],
    };
    const model = {
      irVersion: 8,
      opsetImport: [
        { domain: '', version: 17 },
        { domain: 'com.microsoft', version: 1 },
      ],
      producerName: 'mlpack',
      producerVersion: '1',
      domain: 'd',
      modelVersion: 3,
      docString: 'md',
      graph,
      metadataProps: [{ key: 'k', value: 'v' }],
      trainingInfo: [{ initialization: graph, algorithm: graph, initializationBinding: [{ key: 'a', value: 'b' }], updateBinding: [{ key: 'c', value: 'd' }] }],
      functions: [
        {
          name: 'fn',
          input: ['a'],
          output: ['b'],
          attribute: ['alpha'],
          node: graph.node,
          docString: 'fd',
          opsetImport: [{ domain: '', version: 17 }],
          domain: 'custom',
        },
      ],
    };
    const RefModel = reference['ModelProto'] as typeof onnx.ModelProto;
    const theirs = RefModel.encode(model).finish();
    const ours = onnx.ModelProto.encode(model).finish();
    expect(ours.length).toBeGreaterThan(500);
    expect(Buffer.from(ours).equals(Buffer.from(theirs))).toBe(true);
    // And each decodes the other's bytes to the same plain object.
    const opts = { longs: String, bytes: Array, defaults: false };
    expect(onnx.ModelProto.toObject(onnx.ModelProto.decode(theirs), opts)).toEqual(RefModel.toObject(RefModel.decode(ours), opts));
  });

  it('src/generated/ is what the generator writes today', () => {
    const script = fileURLToPath(new URL('../scripts/generate-onnx-proto.mjs', import.meta.url));
    const r = spawnSync(process.execPath, [script, '--check'], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});
