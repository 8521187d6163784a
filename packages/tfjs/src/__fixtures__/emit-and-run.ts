/** Test helper: emit a graph into a temp dir, load it in TF.js, run it. */
import type { Graph } from '@mlpack/graph';
import { makeTempDir, removeTempDir } from '@mlpack/test-utils';
import { emitTfjs } from '../emit-tfjs.js';
import type { EmitTfjsOptions, EmitTfjsResult } from '../emit-tfjs.js';
import { loadModel, runModel } from './tfjs-runtime.js';
import type { RunInput, RunOutput } from './tfjs-runtime.js';

const dirs: string[] = [];

/** Emit into a fresh temp dir (removed by `cleanupTempDirs`). */
export async function emitToTemp(graph: Graph, options: Omit<EmitTfjsOptions, 'dir'> = {}): Promise<{ dir: string; result: EmitTfjsResult }> {
  const dir = await makeTempDir('mlpack-tfjs-');
  dirs.push(dir);
  return { dir, result: await emitTfjs(graph, { ...options, dir }) };
}

export async function cleanupTempDirs(): Promise<void> {
  for (const d of dirs.splice(0)) await removeTempDir(d);
}

/** Emit, load and run once per input set; outputs keyed by the graph's output names. */
export async function emitAndRun(
  graph: Graph,
  runs: readonly Record<string, RunInput>[],
  options: Omit<EmitTfjsOptions, 'dir'> & { mode?: 'async' | 'sync' } = {},
): Promise<Record<string, RunOutput>[]> {
  const { mode, ...emitOptions } = options;
  const { dir } = await emitToTemp(graph, emitOptions);
  const model = await loadModel(dir);
  try {
    const out: Record<string, RunOutput>[] = [];
    for (const inputs of runs) out.push(await runModel(model, inputs, graph.outputs.map((o) => o.name), mode));
    return out;
  } finally {
    model.dispose();
  }
}
