import { CONFIG_FILE, ConfigReader } from './config-reader.js';
import { GraphBuilder } from '@mlpack/graph';
import type { Graph, ValueInfo } from '@mlpack/graph';
import { isConvertible, lookupFamily } from '@mlpack/families';
import type { DecoderFamily, DecoderTask, EncoderFamily, FamilyDescriptor, Task } from '@mlpack/families';
import { isActivationName } from './activation.js';
import { ArchitectureError } from './architecture-error.js';
import { checkEncoderOnly } from './bert-encoder.js';
import { buildDecoderGraph } from './decoder/build-decoder-graph.js';
import { readDecoderConfig } from './decoder/read-decoder-config.js';
import { resolveDecoderWeights } from './decoder/resolve-decoder-weights.js';
import { INPUT_ORDER } from './family-plan.js';
import type { GraphInputs, NamedOutput } from './family-plan.js';
import { ModuleOps } from './module-ops.js';
import { describeSupported, PLANNERS } from './registry.js';
import type { BuildInput, BuildOptions, BuiltModel, EncoderTask, IoSpec } from './types.js';
import { WeightResolver } from './weights.js';

/** Optimum's symbolic dims. */
export const BATCH_DIM = 'batch_size';
export const SEQUENCE_DIM = 'sequence_length';

/** The name (and file stem) of a single-graph model's graph: `onnx/model.onnx`. */
export const MAIN_GRAPH = 'model';

/**
 * Turn (config, weights, task) into the graph IR. Everything that can be wrong with the input is
 * found before the first op is created: the family and task (`ARCH_UNSUPPORTED`), config values
 * (`ARCH_BAD_CONFIG`), and every tensor the graph will use — present (`ARCH_MISSING_TENSOR`),
 * float (`ARCH_BAD_DTYPE`), of the shape the config implies (`ARCH_BAD_SHAPE`). Only tensor
 * headers are consulted. Deterministic: equal inputs give deep-equal graphs.
 */
export function buildModelGraph(input: BuildInput, _options: BuildOptions = {}): BuiltModel {
  const { family, task } = resolveFamilyAndTask(input.config, input.task);
  const cfg = new ConfigReader(input.config);
  const g = new GraphBuilder({ name: `${family.modelType}-${task}` });
  const ops = new ModuleOps(g);

  let outputs: NamedOutput[];
  if (family.kind === 'decoder') {
    const c = readDecoderConfig(cfg, family);
    const weights = resolveDecoderWeights(new WeightResolver(input.weights, family.convert.basePrefix), c, task as DecoderTask, cfg);
    outputs = buildDecoderGraph(ops, c, weights, task as DecoderTask);
  } else {
    const plan = PLANNERS[family.convert.builder]({ family, task: task as EncoderTask, cfg, source: input.weights });
    const declared = INPUT_ORDER.filter((n) => plan.inputs.includes(n));
    const values = new Map(declared.map((n) => [n, g.input(n, 'int64', [BATCH_DIM, SEQUENCE_DIM])] as const));
    const inputs: GraphInputs = {
      input_ids: values.get('input_ids')!,
      attention_mask: values.get('attention_mask')!,
      token_type_ids: values.get('token_type_ids'),
    };
    outputs = plan.build(ops, inputs);
  }
  for (const { name, value, shape } of outputs) g.output(name, value, shape);
  const graph: Graph = g.build();
  const main = { name: MAIN_GRAPH, graph, inputs: graph.inputs.map(ioSpec), outputs: graph.outputs.map(ioSpec) };
  return { family: family.modelType, kind: family.kind, task, graphs: [main], graph, inputs: main.inputs, outputs: main.outputs };
}

/**
 * Whether `buildModelGraph` supports this config and task, judged from the config alone
 * (model_type, task, position embedding type, decoder use, activation); the checkpoint may still
 * lack tensors.
 */
export function architectureSupport(config: Record<string, unknown>, task: string): { ok: true; family: string } | { ok: false; reason: string } {
  try {
    const { family } = resolveFamilyAndTask(config, task);
    const cfg = new ConfigReader(config);
    if (family.kind === 'decoder') {
      readDecoderConfig(cfg, family);
    } else {
      checkEncoderOnly(cfg);
      const key = family.convert.activationKey;
      const act = cfg.string(key, 'gelu');
      if (!isActivationName(act)) throw cfg.unsupported(key, `"${act}" is not a supported activation`, 'see ACTIVATIONS for the supported names');
    }
    return { ok: true, family: family.modelType };
  } catch (e) {
    if (e instanceof ArchitectureError) return { ok: false, reason: e.detail };
    throw e;
  }
}

function resolveFamilyAndTask(config: Record<string, unknown>, task: string): { family: EncoderFamily | DecoderFamily; task: Task } {
  const modelType = config['model_type'];
  if (typeof modelType !== 'string' || modelType.length === 0) {
    throw new ArchitectureError('ARCH_BAD_CONFIG', `model_type is ${modelType === undefined ? 'missing' : `not a string (${JSON.stringify(modelType)})`}`, {
      file: CONFIG_FILE,
      pointer: '/model_type',
      hint: `config.json must name its model_type; supported: ${describeSupported()}`,
    });
  }
  const family: FamilyDescriptor | undefined = lookupFamily(modelType);
  if (!isConvertible(family)) {
    throw new ArchitectureError('ARCH_UNSUPPORTED', `model_type "${modelType}" is not supported; supported model types: ${describeSupported()}`, {
      file: CONFIG_FILE,
      pointer: '/model_type',
      hint:
        family === undefined
          ? 'mlpack cannot convert this architecture yet'
          : `mlpack reads and validates ${family.modelType} folders but cannot convert them yet`,
    });
  }
  const tasks: readonly string[] = family.convert.tasks;
  if (!tasks.includes(task)) {
    throw new ArchitectureError('ARCH_UNSUPPORTED', `task "${task}" is not supported for ${family.modelType}; supported tasks: ${tasks.join(', ')}`, {
      hint: 'pick one of the supported tasks with --task',
    });
  }
  return { family, task: task as Task };
}

function ioSpec(v: ValueInfo): IoSpec {
  return { name: v.name, dtype: v.dtype, shape: [...v.shape] };
}
