/**
 * Test fixture: make one ONNX file of a real conversion compute something else while it still
 * matches its mlpack.json: a Linear weight stored float32 and transposed (as the converter stores
 * it for MatMul, and as the quantized variants keep output heads) is multiplied by `factor` inside
 * the file, and the manifest's entry for the file is updated to the new bytes.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sha256Bytes } from '@mlpack/core';
import { openSafetensors } from '@mlpack/safetensors';

export async function scaleLinearWeight(convertedDir: string, modelDir: string, file: string, tensor: string, factor: number): Promise<void> {
  const weights = await openSafetensors(join(modelDir, 'model.safetensors'));
  let w: Float32Array;
  let rows: number;
  let cols: number;
  try {
    const info = weights.get(tensor);
    if (!info) throw new Error(`fixture: no ${tensor}`);
    [rows, cols] = info.shape as [number, number];
    w = await weights.readFloat32(tensor);
  } finally {
    await weights.close();
  }
  const transposed = new Float32Array(rows * cols);
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) transposed[c * rows + r] = w[r * cols + c]!;
  const path = join(convertedDir, file);
  const onnx = await readFile(path);
  const bytes = Buffer.from(transposed.buffer);
  const at = onnx.indexOf(bytes);
  if (at < 0 || onnx.indexOf(bytes, at + 1) >= 0) throw new Error(`fixture: ${tensor} is not stored exactly once in ${file}`);
  Buffer.from(Float32Array.from(transposed, (v) => v * factor).buffer).copy(onnx, at);
  await writeFile(path, onnx);
  const manifestPath = join(convertedDir, 'mlpack.json');
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as { files: Array<{ path: string; size: number; sha256: string }> };
  const entry = manifest.files.find((f) => f.path === file);
  if (!entry) throw new Error(`fixture: mlpack.json lists no ${file}`);
  entry.sha256 = sha256Bytes(onnx);
  await writeFile(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
}
