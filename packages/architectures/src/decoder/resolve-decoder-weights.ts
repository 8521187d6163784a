import type { TensorInfo } from '@mlpack/core';
import type { DecoderTask } from '@mlpack/families';
import { ArchitectureError } from '../architecture-error.js';
import type { ConfigReader } from '../config-reader.js';
import type { WeightResolver } from '../weights.js';
import type { DecoderConfig } from './read-decoder-config.js';

/** A projection: `weight` as stored ([out, in] for nn.Linear, [in, out] for GPT-2's Conv1D). */
export interface Projection {
  weight: TensorInfo;
  bias?: TensorInfo | undefined;
  /** Whether the stored weight is [out, in] (transposed for `x · W`). */
  transpose: boolean;
}

export interface Norm {
  weight: TensorInfo;
  /** LayerNorm only. */
  bias?: TensorInfo | undefined;
}

export interface DecoderLayerWeights {
  attentionNorm: Norm;
  /** Separate projections, or one fused q | k | v projection. */
  qkv: { q: Projection; k: Projection; v: Projection } | { fused: Projection };
  o: Projection;
  qNorm?: Norm | undefined;
  kNorm?: Norm | undefined;
  mlpNorm: Norm;
  /** `gated`: gate + up; `fused-gated`: gateUp; `plain`: up only. */
  mlp: { gate: Projection; up: Projection } | { gateUp: Projection } | { up: Projection };
  down: Projection;
}

export interface DecoderWeights {
  embed: TensorInfo;
  positions?: TensorInfo | undefined;
  layers: DecoderLayerWeights[];
  finalNorm: Norm;
  /** text-generation: the LM head ([vocab, hidden]; the embedding itself when tied). */
  lmHead?: { weight: TensorInfo; tied: boolean } | undefined;
  /** text-classification: `score` [num_labels, hidden], no bias. */
  score?: TensorInfo | undefined;
}

/**
 * Find and shape-check every tensor the decoder graph of `task` uses, from headers only. A
 * missing tensor is `ARCH_MISSING_TENSOR` naming it, a wrong shape `ARCH_BAD_SHAPE`.
 */
export function resolveDecoderWeights(ws: WeightResolver, c: DecoderConfig, task: DecoderTask, cfg: ConfigReader): DecoderWeights {
  const spec = c.family.convert;
  const t = spec.tensors;
  const H = c.hidden;
  const qWidth = c.heads * c.headDim;
  const kvWidth = c.kvHeads * c.headDim;

  const proj = (name: string, inFeatures: number, outFeatures: number, bias: boolean): Projection => {
    const conv = spec.linear === 'conv1d';
    const weight = ws.base(`${name}.weight`, conv ? [inFeatures, outFeatures] : [outFeatures, inFeatures]);
    return { weight, bias: bias ? ws.base(`${name}.bias`, [outFeatures]) : undefined, transpose: !conv };
  };
  const norm = (name: string, dim: number): Norm => ({
    weight: ws.base(`${name}.weight`, [dim]),
    bias: spec.norm === 'layer' ? ws.base(`${name}.bias`, [dim]) : undefined,
  });
  const need = (name: string | undefined, what: string): string => {
    if (name === undefined) throw new Error(`bug: the ${c.family.modelType} descriptor names no ${what} tensor`);
    return name;
  };

  const layers: DecoderLayerWeights[] = [];
  for (let i = 0; i < c.layers; i++) {
    const p = `${t.layers}.${i}.`;
    const qkv =
      spec.attention.projections === 'fused-qkv'
        ? { fused: proj(p + need(t.qkv, 'qkv'), H, qWidth + 2 * kvWidth, c.attentionBias.qkv) }
        : {
            q: proj(p + need(t.q, 'q'), H, qWidth, c.attentionBias.qkv),
            k: proj(p + need(t.k, 'k'), H, kvWidth, c.attentionBias.qkv),
            v: proj(p + need(t.v, 'v'), H, kvWidth, c.attentionBias.qkv),
          };
    const I = c.intermediate;
    const mlp =
      spec.mlp.layout === 'gated'
        ? { gate: proj(p + need(t.gate, 'gate'), H, I, c.mlpBias), up: proj(p + need(t.up, 'up'), H, I, c.mlpBias) }
        : spec.mlp.layout === 'fused-gated'
          ? { gateUp: proj(p + need(t.gateUp, 'gate_up'), H, 2 * I, c.mlpBias) }
          : { up: proj(p + need(t.up, 'up'), H, I, c.mlpBias) };
    layers.push({
      attentionNorm: norm(p + t.attentionNorm, H),
      qkv,
      o: proj(p + t.o, qWidth, H, c.attentionBias.o),
      qNorm: spec.attention.qkNorm ? { weight: ws.base(`${p}${need(t.qNorm, 'q_norm')}.weight`, [c.headDim]) } : undefined,
      kNorm: spec.attention.qkNorm ? { weight: ws.base(`${p}${need(t.kNorm, 'k_norm')}.weight`, [c.headDim]) } : undefined,
      mlpNorm: norm(p + t.mlpNorm, H),
      mlp,
      down: proj(p + t.down, I, H, c.mlpBias),
    });
  }

  const embed = ws.base(`${t.embed}.weight`, [c.vocab, H]);
  const weights: DecoderWeights = {
    embed,
    positions: spec.positions === 'learned' ? ws.base(`${need(t.positions, 'positions')}.weight`, [c.maxPositions, H]) : undefined,
    layers,
    finalNorm: norm(t.finalNorm, H),
  };
  if (task === 'text-generation') {
    weights.lmHead = c.tied ? { weight: embed, tied: true } : { weight: ws.head(`${t.lmHead}.weight`, [c.vocab, H]), tied: false };
  } else if (task === 'text-classification') {
    weights.score = ws.head(`${t.score}.weight`, [cfg.numLabels(), H]);
  }
  return weights;
}

/** `ARCH_UNSUPPORTED` for a decoder task the family's descriptor does not list. */
export function unsupportedDecoderTask(family: string, task: string, tasks: readonly string[]): ArchitectureError {
  return new ArchitectureError('ARCH_UNSUPPORTED', `task "${task}" is not supported for ${family}; supported tasks: ${tasks.join(', ')}`, {
    hint: 'pick one of the supported tasks with --task',
  });
}
