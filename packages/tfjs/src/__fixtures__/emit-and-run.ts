/** Test helper: emit a graph into a temp dir, load it in TF.js, run it. */
import { affineWeightStorage, storeWeightsAsFloat16 } from '@mlpack/graph';
import type { Graph } from '@mlpack/graph';
import { makeTempDir, removeTempDir } from '@mlpack/test-utils';
import { emitTfjs } from '../emit-tfjs.js';
import type { EmitTfjsOptions, EmitTfjsResult } from '../emit-tfjs.js';
import { loadModel, runModel } from './tfjs-runtime.js';
import type { RunInput, RunOutput } from './tfjs-runtime.js';

const dirs: string[] = [];

/** Test-only: the weight storage a TF.js variant gets from its pass (float16, uint8, uint16). */
export type TestWeightDType = 'float32' | 'float16' | 'uint8' | 'uint16';

/** The graph as the variant's pass makes it (what `mlpack convert --dtype` does before emitting). */
export function withWeightDtype(graph: Graph, weightDtype: TestWeightDType = 'float32'): Graph {
  if (weightDtype === 'float16') return storeWeightsAsFloat16(graph);
  if (weightDtype === 'uint8' || weightDtype === 'uint16') return affineWeightStorage(graph, { dtype: weightDtype });
  return graph;
}

/** Emit into a fresh temp dir (removed by `cleanupTempDirs`); `weightDtype` applies that variant's pass first. */
export async function emitToTemp(
  graph: Graph,
  options: Omit<EmitTfjsOptions, 'dir'> & { weightDtype?: TestWeightDType } = {},
): Promise<{ dir: string; result: EmitTfjsResult }> {
  const dir = await makeTempDir('mlpack-tfjs-');
  dirs.push(dir);
  const { weightDtype, ...rest } = options;
  return { dir, result: await emitTfjs(withWeightDtype(graph, weightDtype), { ...rest, dir }) };
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
    for (const inputs of runs)
      out.push(
        await runModel(
          model,
          inputs,
          graph.outputs.map((o) => o.name),
          mode,
        ),
      );
    return out;
  } finally {
    model.dispose();
  }
}
