import * as ort from 'onnxruntime-node';

export type Feed = { dtype: 'int64'; dims: number[]; data: number[] } | { dtype: 'float32'; dims: number[]; data: number[] };

export interface OrtResult {
  dims: number[];
  data: number[];
  type: string;
}

/** Run a model file in ONNX Runtime (CPU, one thread so results are reproducible) and return plain arrays. */
export async function runOrt(modelPath: string, feeds: Record<string, Feed>): Promise<Record<string, OrtResult>> {
  const session = await ort.InferenceSession.create(modelPath, { intraOpNumThreads: 1, interOpNumThreads: 1 });
  try {
    const input: Record<string, ort.Tensor> = {};
    for (const [name, f] of Object.entries(feeds)) {
      input[name] =
        f.dtype === 'int64'
          ? new ort.Tensor('int64', BigInt64Array.from(f.data.map(BigInt)), f.dims)
          : new ort.Tensor('float32', Float32Array.from(f.data), f.dims);
    }
    const out = await session.run(input);
    const result: Record<string, OrtResult> = {};
    for (const [name, t] of Object.entries(out)) {
      const data = t.data as ArrayLike<number | bigint | boolean>;
      result[name] = { dims: [...t.dims], type: t.type, data: Array.from(data, (v) => Number(v)) };
    }
    return result;
  } finally {
    await session.release();
  }
}
