/**
 * Test helpers: emit a graph with @mlpack/onnx into a temp dir and run it with onnxruntime-node
 * (a root devDependency, used only by tests; the package itself never imports it).
 */
import type { HostTensor, HostTensorMap } from '@mlpack/core';
import type { Graph } from '@mlpack/graph';
import { emitOnnx } from '@mlpack/onnx';
import { makeTempDir, removeTempDir } from '@mlpack/test-utils';
import { join } from 'node:path';
import * as ort from 'onnxruntime-node';

/** One thread: reproducible reductions and room for the other jobs sharing the machine. */
const ORT_THREADS = 1;

export interface OrtOutput {
  dims: number[];
  data: Float32Array;
}

/** Emit `graph` (opset `opset`), run it once on `feeds`, return every output as float32. */
export async function runGraphInOrt(graph: Graph, feeds: HostTensorMap, opset = 17): Promise<Record<string, OrtOutput>> {
  const dir = await makeTempDir('mlpack-arch-ort-');
  try {
    await emitOnnx(graph, { dir, opset });
    const session = await ort.InferenceSession.create(join(dir, 'model.onnx'), {
      intraOpNumThreads: ORT_THREADS,
      interOpNumThreads: 1,
      executionProviders: ['cpu'],
    });
    try {
      const ortFeeds: Record<string, ort.Tensor> = {};
      for (const [name, t] of Object.entries(feeds)) ortFeeds[name] = toOrt(t);
      const results = await session.run(ortFeeds);
      const out: Record<string, OrtOutput> = {};
      for (const name of session.outputNames) {
        const r = results[name]!;
        if (r.type !== 'float32') throw new Error(`output ${name} is ${r.type}, expected float32`);
        out[name] = { dims: [...r.dims], data: Float32Array.from(r.data as Float32Array) };
      }
      return out;
    } finally {
      await session.release();
    }
  } finally {
    await removeTempDir(dir);
  }
}

/** A graph emitted once and kept open for several runs (decoding steps). */
export interface GraphSession {
  run(feeds: HostTensorMap): Promise<Record<string, OrtOutput>>;
  close(): Promise<void>;
}

export async function openGraphSession(graph: Graph, opset = 17): Promise<GraphSession> {
  const dir = await makeTempDir('mlpack-arch-ort-');
  await emitOnnx(graph, { dir, opset });
  const session = await ort.InferenceSession.create(join(dir, 'model.onnx'), {
    intraOpNumThreads: ORT_THREADS,
    interOpNumThreads: 1,
    executionProviders: ['cpu'],
  });
  return {
    async run(feeds) {
      const ortFeeds: Record<string, ort.Tensor> = {};
      for (const [name, t] of Object.entries(feeds)) ortFeeds[name] = toOrt(t);
      const results = await session.run(ortFeeds);
      const out: Record<string, OrtOutput> = {};
      for (const name of session.outputNames) {
        const r = results[name]!;
        out[name] = { dims: [...r.dims], data: Float32Array.from(r.data as Float32Array) };
      }
      return out;
    },
    async close() {
      await session.release();
      await removeTempDir(dir);
    },
  };
}

function toOrt(t: HostTensor): ort.Tensor {
  switch (t.dtype) {
    case 'int64':
      return new ort.Tensor('int64', t.data, t.dims);
    case 'float32':
      return new ort.Tensor('float32', t.data, t.dims);
    default:
      throw new Error(`test feeds must be int64 or float32, got ${t.dtype}`);
  }
}
