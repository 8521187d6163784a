/**
 * Test fixture: turn a real conversion (`convertModel`, ONNX inline) into a deliberately wrong one
 * that still matches its own mlpack.json: the pooler's dense weight and bias are scaled inside
 * onnx/model.onnx, so the pooler's pre-activation is `factor` times what the checkpoint computes,
 * and the manifest's entry for the file is updated to the new bytes. The source model folder is
 * untouched, so only the parity check against the reference can tell.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sha256Bytes } from '@mlpack/core';

/** Scale the pooler of the BERT conversion in `convertedDir` (made from `modelDir`) by `factor`. */
export async function breakPooler(convertedDir: string, modelDir: string, factor: number): Promise<void> {
  const weights = await readFile(join(modelDir, 'model.safetensors'));
  const tensor = safetensorsF32(weights);
  const w = tensor('bert.pooler.dense.weight');
  const [rows, cols] = w.shape as [number, number];
  // the converter stores Linear weights transposed ([in, out]) for MatMul
  const transposed = new Float32Array(rows * cols);
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) transposed[c * rows + r] = w.data[r * cols + c]!;
  const onnxPath = join(convertedDir, 'onnx', 'model.onnx');
  const onnx = await readFile(onnxPath);
  for (const values of [transposed, tensor('bert.pooler.dense.bias').data]) {
    const bytes = Buffer.from(values.buffer, values.byteOffset, values.byteLength);
    const at = onnx.indexOf(bytes);
    if (at < 0 || onnx.indexOf(bytes, at + 1) >= 0) throw new Error('fixture: the pooler tensor is not stored exactly once in model.onnx');
    const scaled = Float32Array.from(values, (v) => v * factor);
    Buffer.from(scaled.buffer).copy(onnx, at);
  }
  await writeFile(onnxPath, onnx);
  const manifestPath = join(convertedDir, 'mlpack.json');
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as { files: Array<{ path: string; size: number; sha256: string }> };
  const entry = manifest.files.find((f) => f.path === 'onnx/model.onnx');
  if (!entry) throw new Error('fixture: mlpack.json lists no onnx/model.onnx');
  entry.sha256 = sha256Bytes(onnx);
  await writeFile(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
}

/** A reader of the F32 tensors of a safetensors file (copies, so the arrays are aligned). */
function safetensorsF32(file: Buffer): (name: string) => { shape: number[]; data: Float32Array } {
  const headerLength = Number(file.readBigUInt64LE(0));
  const header = JSON.parse(file.subarray(8, 8 + headerLength).toString('utf8')) as Record<string, { dtype: string; shape: number[]; data_offsets: [number, number] }>;
  const base = 8 + headerLength;
  return (name) => {
    const t = header[name];
    if (!t || t.dtype !== 'F32') throw new Error(`fixture: no F32 tensor ${name}`);
    const bytes = file.subarray(base + t.data_offsets[0], base + t.data_offsets[1]);
    return { shape: t.shape, data: new Float32Array(Uint8Array.from(bytes).buffer) };
  };
}
