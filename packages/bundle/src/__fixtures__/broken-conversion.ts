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
import { openSafetensors } from '@mlpack/safetensors';

/** Scale the pooler of the BERT conversion in `convertedDir` (made from `modelDir`) by `factor`. */
export async function breakPooler(convertedDir: string, modelDir: string, factor: number): Promise<void> {
  const weights = await openSafetensors(join(modelDir, 'model.safetensors'));
  let w: Float32Array;
  let bias: Float32Array;
  let rows: number;
  let cols: number;
  try {
    const info = weights.get('bert.pooler.dense.weight');
    if (!info) throw new Error('fixture: no bert.pooler.dense.weight');
    [rows, cols] = info.shape as [number, number];
    w = await weights.readFloat32('bert.pooler.dense.weight');
    bias = await weights.readFloat32('bert.pooler.dense.bias');
  } finally {
    await weights.close();
  }
  // the converter stores Linear weights transposed ([in, out]) for MatMul
  const transposed = new Float32Array(rows * cols);
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) transposed[c * rows + r] = w[r * cols + c]!;
  const onnxPath = join(convertedDir, 'onnx', 'model.onnx');
  const onnx = await readFile(onnxPath);
  for (const values of [transposed, bias]) {
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
