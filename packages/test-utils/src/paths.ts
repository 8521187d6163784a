import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** Root of the mlpack checkout (works from src/ under vitest and from dist/). */
export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

export const samplesRoot = join(repoRoot, 'samples');

/**
 * The Python that has Debian's python3-onnx (CI installs it with apt). Not the `python3` on PATH,
 * which may be a pyenv shim without it. Override with MLPACK_PYTHON.
 */
export const pythonWithOnnx = process.env.MLPACK_PYTHON ?? '/usr/bin/python3';

let onnxChecked: boolean | undefined;
/** True when `pythonWithOnnx -c "import onnx"` works. */
export function pythonOnnxAvailable(): boolean {
  if (onnxChecked === undefined) {
    try {
      execFileSync(pythonWithOnnx, ['-c', 'import onnx'], { stdio: 'ignore' });
      onnxChecked = true;
    } catch {
      onnxChecked = false;
    }
  }
  return onnxChecked;
}
