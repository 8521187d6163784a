import { execFile } from 'node:child_process';
import { pythonOnnxAvailable, pythonWithOnnx } from '@mlpack/test-utils';

/** Debian's python3-onnx 1.12 knows opsets <= 17 and IR <= 8; newer models cannot be checked with it. */
export const CHECKER_MAX_OPSET = 17;

export const checkerAvailable = pythonOnnxAvailable();

export const CHECKER_SKIP_REASON = `python3-onnx not importable by ${pythonWithOnnx}: ONNX checker tests skipped (CI installs it with apt)`;

/**
 * Run `onnx.checker.check_model(path, full_check=True)` on each model; resolves to the list of
 * failures (empty when all pass). One Python process for all paths.
 */
export function checkOnnxModels(paths: readonly string[]): Promise<{ path: string; error: string }[]> {
  const script = [
    'import json, sys, onnx',
    'out = []',
    'for p in sys.argv[1:]:',
    '    try:',
    '        onnx.checker.check_model(p, full_check=True)',
    '    except Exception as e:',
    '        out.append({"path": p, "error": str(e)})',
    'print(json.dumps(out))',
  ].join('\n');
  return new Promise((resolve, reject) => {
    execFile(pythonWithOnnx, ['-c', script, ...paths], { maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) return reject(new Error(`onnx checker crashed: ${stderr || error.message}`));
      resolve(JSON.parse(stdout) as { path: string; error: string }[]);
    });
  });
}
