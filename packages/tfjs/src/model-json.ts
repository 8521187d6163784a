import { MLPACK_VERSION } from '@mlpack/core';
import type { TfNodeDef, TfSignatureDef, TfjsModelJson } from './graph-def.js';
import { manifestEntry } from './weight-plan.js';
import type { PlannedWeight } from './weight-plan.js';

/**
 * GraphDef `versions.producer`: the TensorFlow GraphDef version of the producer. No TensorFlow
 * produced these graphs; TF.js only prints it (`GraphModel.modelVersion`), so 0 says "none".
 */
export const GRAPH_DEF_PRODUCER = 0;

export interface ModelJsonParts {
  nodes: TfNodeDef[];
  signature: TfSignatureDef;
  weights: readonly PlannedWeight[];
  /** Shard file names in byte order. */
  paths: readonly string[];
  metadata: Readonly<Record<string, string>>;
}

/** The model.json object (in memory); `serializeModelJson` gives its on-disk bytes. */
export function buildModelJson(parts: ModelJsonParts): TfjsModelJson {
  const tool = `mlpack ${MLPACK_VERSION}`;
  return {
    format: 'graph-model',
    generatedBy: tool,
    convertedBy: tool,
    modelTopology: { node: parts.nodes, library: {}, versions: { producer: GRAPH_DEF_PRODUCER } },
    signature: parts.signature,
    weightsManifest: [{ paths: [...parts.paths], weights: parts.weights.map(manifestEntry) }],
    userDefinedMetadata: Object.fromEntries(
      Object.keys(parts.metadata)
        .sort()
        .map((k) => [k, parts.metadata[k]!]),
    ),
  };
}

/** Compact JSON (as tfjs-converter writes it) with a final newline; deterministic. */
export function serializeModelJson(json: TfjsModelJson): string {
  return `${JSON.stringify(json)}\n`;
}
