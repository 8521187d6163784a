import { GraphBuilder } from '@mlpack/graph';
import type { Graph, ValueInfo } from '@mlpack/graph';
import { isActivationName } from './activation.js';
import { ArchitectureError } from './architecture-error.js';
import { checkEncoderOnly } from './bert-encoder.js';
import { CONFIG_FILE, ConfigReader } from './config-reader.js';
import { INPUT_ORDER } from './family-plan.js';
import type { GraphInputs } from './family-plan.js';
import { ModuleOps } from './module-ops.js';
import { ACTIVATION_KEYS, describeSupported, isEncoderFamily, normalizeModelType, PLANNERS, SUPPORTED } from './registry.js';
import { ENCODER_TASKS, isEncoderTask } from './types.js';
import type { BuildInput, BuildOptions, BuiltModel, EncoderFamily, EncoderTask, IoSpec } from './types.js';

/** Optimum's symbolic dims. */
export const BATCH_DIM = 'batch_size';
export const SEQUENCE_DIM = 'sequence_length';

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
  const plan = PLANNERS[family]({ family, task, cfg, source: input.weights });

  const g = new GraphBuilder({ name: `${family}-${task}` });
  const ops = new ModuleOps(g);
  const declared = INPUT_ORDER.filter((n) => plan.inputs.includes(n));
  const values = new Map(declared.map((n) => [n, g.input(n, 'int64', [BATCH_DIM, SEQUENCE_DIM])] as const));
  const inputs: GraphInputs = {
    input_ids: values.get('input_ids')!,
    attention_mask: values.get('attention_mask')!,
    token_type_ids: values.get('token_type_ids'),
  };
  for (const { name, value } of plan.build(ops, inputs)) g.output(name, value);
  const graph: Graph = g.build();
  return { graph, family, task, inputs: graph.inputs.map(ioSpec), outputs: graph.outputs.map(ioSpec) };
}

/**
 * Whether `buildModelGraph` supports this config and task, judged from the config alone
 * (model_type, task, position embedding type, decoder use, activation); the checkpoint may still
 * lack tensors.
 */
export function architectureSupport(
  config: Record<string, unknown>,
  task: string,
): { ok: true; family: EncoderFamily } | { ok: false; reason: string } {
  try {
    const { family } = resolveFamilyAndTask(config, task);
    const cfg = new ConfigReader(config);
    checkEncoderOnly(cfg);
    const key = ACTIVATION_KEYS[family];
    const act = cfg.string(key, 'gelu');
    if (!isActivationName(act)) throw cfg.unsupported(key, `"${act}" is not a supported activation`, 'see ACTIVATIONS for the supported names');
    return { ok: true, family };
  } catch (e) {
    if (e instanceof ArchitectureError) return { ok: false, reason: e.detail };
    throw e;
  }
}

function resolveFamilyAndTask(config: Record<string, unknown>, task: string): { family: EncoderFamily; task: EncoderTask } {
  const modelType = config['model_type'];
  if (typeof modelType !== 'string' || modelType.length === 0) {
    throw new ArchitectureError('ARCH_BAD_CONFIG', `model_type is ${modelType === undefined ? 'missing' : `not a string (${JSON.stringify(modelType)})`}`, {
      file: CONFIG_FILE,
      pointer: '/model_type',
      hint: `config.json must name its model_type; supported: ${describeSupported()}`,
    });
  }
  const family = normalizeModelType(modelType);
  if (!isEncoderFamily(family)) {
    throw new ArchitectureError('ARCH_UNSUPPORTED', `model_type "${modelType}" is not supported; supported model types: ${describeSupported()}`, {
      file: CONFIG_FILE,
      pointer: '/model_type',
      hint: 'mlpack builds BERT-family encoders; other architectures cannot be converted yet',
    });
  }
  const tasks = SUPPORTED.find((s) => s.family === family)?.tasks ?? ENCODER_TASKS;
  if (!isEncoderTask(task) || !tasks.includes(task)) {
    throw new ArchitectureError('ARCH_UNSUPPORTED', `task "${task}" is not supported for ${family}; supported tasks: ${tasks.join(', ')}`, {
      hint: 'pick one of the supported tasks with --task',
    });
  }
  return { family, task };
}

function ioSpec(v: ValueInfo): IoSpec {
  if (v.dtype !== 'int64' && v.dtype !== 'float32') {
    throw new Error(`bug: graph value "${v.name}" has dtype ${v.dtype}; graph inputs are int64 and outputs float32`);
  }
  return { name: v.name, dtype: v.dtype, shape: [...v.shape] };
}
