import type { Issue, TensorSource } from '@mlpack/core';
import { lookupFamily } from '@mlpack/families';
import { ArchitectureError } from './architecture-error.js';
import { buildModelGraph } from './build-model-graph.js';
import type { BuiltModel } from './types.js';

/**
 * Non-persistent buffers some checkpoints store that transformers itself drops on load: listing
 * them as unused would only be noise.
 */
const IGNORED_BUFFERS: readonly RegExp[] = [/(^|\.)attn\.(masked_)?bias$/, /(^|\.)rotary_emb\.inv_freq$/, /(^|\.)embeddings\.position_ids$/];
/** Names shown in the message before "and N more". */
const LISTED_NAMES = 8;

/**
 * Checkpoint tensors the built graphs do not read (sorted), leaving out buffers transformers drops
 * and a stored LM head that tying replaces (`TIED_HEAD_PRESENT` reports that one).
 */
export function unusedTensors(built: BuiltModel, weights: TensorSource, config: Record<string, unknown>): string[] {
  const used = new Set<string>();
  for (const { graph } of built.graphs) {
    for (const init of graph.initializers) if (init.kind === 'tensor') used.add(init.source.name);
  }
  const family = lookupFamily(built.family);
  const tied = typeof config['tie_word_embeddings'] === 'boolean' ? config['tie_word_embeddings'] : family?.tieWordEmbeddingsDefault;
  const head = new Set(tied ? (family?.lmHeadTensors ?? []) : []);
  return [...weights.tensors.keys()].filter((n) => !used.has(n) && !head.has(n) && !IGNORED_BUFFERS.some((re) => re.test(n))).sort();
}

/** The `ARCH_UNUSED_TENSORS` issue for `names` (warning, or error when `strict`). */
export function unusedTensorsIssue(names: readonly string[], task: string, strict: boolean): Issue {
  const listed = names.slice(0, LISTED_NAMES).join(', ') + (names.length > LISTED_NAMES ? `, and ${names.length - LISTED_NAMES} more` : '');
  return {
    severity: strict ? 'error' : 'warning',
    code: 'ARCH_UNUSED_TENSORS',
    tensor: names[0],
    message: `${names.length} tensor(s) of the checkpoint are not used by the ${task} graph and would be dropped: ${listed}`,
    hint: 'check num_hidden_layers and the other sizes in config.json, and the architecture / --task; --strict refuses such a conversion',
  };
}

export interface ConversionPlanInput {
  config: Record<string, unknown>;
  weights: TensorSource;
  task: string;
  /** Unused tensors are an error instead of a warning. */
  strict?: boolean;
}

/**
 * What `mlpack convert` would say about a folder, from headers only: builds the graph (no weight
 * bytes are read) and reports its failure as one error issue (`ARCH_*`, with file, pointer or
 * tensor), or the tensors it would drop (`ARCH_UNUSED_TENSORS`). `validate` runs it so that a valid
 * folder of a supported architecture converts.
 */
export function checkConversionPlan(input: ConversionPlanInput): Issue[] {
  let built: BuiltModel;
  try {
    built = buildModelGraph({ config: input.config, weights: input.weights, task: input.task });
  } catch (e) {
    if (!(e instanceof ArchitectureError)) throw e;
    return [
      {
        severity: 'error',
        code: e.code,
        ...(e.file !== undefined ? { file: e.file } : {}),
        ...(e.pointer !== undefined ? { pointer: e.pointer } : {}),
        ...(e.tensor !== undefined ? { tensor: e.tensor } : {}),
        message: e.detail,
        ...(e.hint !== undefined ? { hint: e.hint } : {}),
      },
    ];
  }
  const unused = unusedTensors(built, input.weights, input.config);
  return unused.length === 0 ? [] : [unusedTensorsIssue(unused, built.task, input.strict === true)];
}
