import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkOnnxOps } from './onnx-op-allowlist.js';
import { readOnnxOps } from './read-onnx-ops.js';

/** A minimal protobuf writer: enough to generate hostile ONNX models in the test (no binaries committed). */
const varint = (n: number): number[] => {
  const out: number[] = [];
  do {
    let b = n % 128;
    n = Math.floor(n / 128);
    if (n > 0) b |= 0x80;
    out.push(b);
  } while (n > 0);
  return out;
};
const len = (field: number, body: number[] | Uint8Array): number[] => [...varint(field * 8 + 2), ...varint(body.length), ...body];
const str = (field: number, s: string): number[] => len(field, [...new TextEncoder().encode(s)]);
const int = (field: number, v: number): number[] => [...varint(field * 8), ...varint(v)];
const node = (opType: string, domain?: string): number[] =>
  len(1, [...str(3, `/${opType}`), ...str(4, opType), ...(domain !== undefined ? str(7, domain) : [])]);
const opset = (domain: string, version: number): number[] => len(8, [...str(1, domain), ...int(2, version)]);
/** ModelProto { ir_version 8, opset_import, graph { nodes…, a big initializer } }. */
function model(nodes: number[][], extra: number[] = [], initializerBytes = 0): Uint8Array {
  const init = len(5, [...str(8, 'w'), ...int(2, 1), ...len(9, new Uint8Array(initializerBytes))]);
  const graph = len(7, [...nodes.flat(), ...init, ...str(2, 'g')]);
  return Uint8Array.from([...int(1, 8), ...opset('', 17), ...graph, ...extra]);
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mlpack-onnx-ops-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function write(name: string, bytes: Uint8Array): Promise<string> {
  const p = join(dir, name);
  await writeFile(p, bytes);
  return p;
}

describe('readOnnxOps', () => {
  it('lists the op types and domains from the wire format, skipping initializer bytes', async () => {
    const p = await write('ok.onnx', model([node('MatMul'), node('Add'), node('Add', 'ai.onnx'), node('Custom', 'com.evil')], [], 1 << 20));
    expect(await readOnnxOps(p)).toEqual({ ops: [':Add', ':MatMul', 'com.evil:Custom'], opsetDomains: [''], hasFunctions: false, hasTrainingInfo: false });
  });
  it('refuses damaged input with ONNX_UNREADABLE and a byte offset', async () => {
    await expect(readOnnxOps(await write('text.onnx', new TextEncoder().encode('definitely not onnx')))).rejects.toMatchObject({ code: 'ONNX_UNREADABLE' });
    const good = model([node('Add')]);
    await expect(readOnnxOps(await write('cut.onnx', good.subarray(0, good.length - 3)))).rejects.toMatchObject({
      code: 'ONNX_UNREADABLE',
      offset: expect.any(Number),
    });
  });
  it('refuses a FIFO without opening it', async () => {
    const fifo = join(dir, 'fifo.onnx');
    execFileSync('mkfifo', [fifo]);
    await expect(readOnnxOps(fifo)).rejects.toMatchObject({ code: 'NOT_REGULAR_FILE' });
  });
});

describe('checkOnnxOps: nothing a conversion cannot contain runs', () => {
  it('accepts the encoder op set', async () => {
    await expect(
      checkOnnxOps(await write('enc.onnx', model([node('Gather'), node('MatMul'), node('Softmax'), node('LayerNormalization')])), 'bert'),
    ).resolves.toBeUndefined();
  });
  it.each([
    ['a Loop (2^62 iterations would hang onnxruntime)', model([node('Add'), node('Loop')])],
    ['a Scan', model([node('Scan')])],
    ['an If', model([node('If')])],
    ['an op of a custom domain', model([node('Add', 'com.example')])],
    ['an opset import of a custom domain', model([node('Add')], opset('com.example', 1))],
    ['a com.microsoft op other than the MatMulNBits variants use', model([node('Add', 'com.microsoft')], opset('com.microsoft', 1))],
    ['local functions', model([node('Add')], len(25, str(1, 'f')))],
    ['training info', model([node('Add')], len(20, []))],
  ])('refuses %s', async (_what, bytes) => {
    await expect(checkOnnxOps(await write('bad.onnx', bytes), 'bert')).rejects.toMatchObject({ code: 'ONNX_OP_NOT_ALLOWED' });
  });
  it('allows what weight variants emit: com.microsoft MatMulNBits (q4) and DynamicQuantizeLinear / MatMulInteger (q8)', async () => {
    const q4 = await write('q4.onnx', model([node('MatMulNBits', 'com.microsoft')], opset('com.microsoft', 1)));
    const q8 = await write('q8.onnx', model([node('DynamicQuantizeLinear'), node('MatMulInteger')]));
    await expect(checkOnnxOps(q4, 'bert')).resolves.toBeUndefined();
    await expect(checkOnnxOps(q8, 'llama')).resolves.toBeUndefined();
  });
  it('encoders may not hold decoder-only ops; decoders may', async () => {
    const rope = await write('rope.onnx', model([node('Cos'), node('Sin'), node('LessOrEqual')]));
    await expect(checkOnnxOps(rope, 'bert')).rejects.toMatchObject({ code: 'ONNX_OP_NOT_ALLOWED' });
    await expect(checkOnnxOps(rope, 'qwen2')).resolves.toBeUndefined();
  });
  it('a model_type without its own list gets the general one (never control flow), prototype keys included', async () => {
    const ok = await write('enc2.onnx', model([node('Add')]));
    const loop = await write('loop2.onnx', model([node('Loop')]));
    for (const t of ['gpt2', 'constructor', '__proto__', undefined]) {
      await expect(checkOnnxOps(ok, t)).resolves.toBeUndefined();
      await expect(checkOnnxOps(loop, t)).rejects.toMatchObject({ code: 'ONNX_OP_NOT_ALLOWED' });
    }
  });
});
