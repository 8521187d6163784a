import type { TensorInfo } from '@mlpack/core';
import type { Dim, GraphBuilder, Value } from '@mlpack/graph';
import type { DecoderTask } from '@mlpack/families';
import { applyActivation } from '../activation.js';
import { FLOAT32_MIN } from '../attention.js';
import type { NamedOutput } from '../family-plan.js';
import type { ModuleOps } from '../module-ops.js';
import type { DecoderConfig } from './read-decoder-config.js';
import { inverseFrequencies } from './read-rope.js';
import type { RopeConfig } from './read-rope.js';
import type { DecoderLayerWeights, DecoderWeights, Norm, Projection } from './resolve-decoder-weights.js';

/** Optimum's symbolic dims of a decoder with a KV cache. */
export const BATCH_DIM = 'batch_size';
export const SEQUENCE_DIM = 'sequence_length';
export const PAST_SEQUENCE_DIM = 'past_sequence_length';
/** The attention mask covers the past and the new tokens (Optimum names the dim this way). */
export const TOTAL_SEQUENCE_DIM = 'past_sequence_length + sequence_length';

/** `past_key_values.{i}.key` / `.value` and `present.{i}.key` / `.value`: Optimum's cache names. */
export function pastName(layer: number, kind: 'key' | 'value'): string {
  return `past_key_values.${layer}.${kind}`;
}
export function presentName(layer: number, kind: 'key' | 'value'): string {
  return `present.${layer}.${kind}`;
}

/**
 * The decoder graph: Optimum's I/O (one graph serves the first step with an empty past and every
 * later step), built as transformers computes the model. Attention masks are additive
 * (`float32.min` where a key is hidden: causal, padding, sliding window), as transformers' eager
 * path; RoPE angles come from `position_ids` (transformers.js computes them from the mask).
 */
export function buildDecoderGraph(ops: ModuleOps, c: DecoderConfig, w: DecoderWeights, task: DecoderTask): NamedOutput[] {
  const g = ops.g;
  const withCache = task === 'text-generation';
  const inputIds = g.input('input_ids', 'int64', [BATCH_DIM, SEQUENCE_DIM]);
  const attentionMask = g.input('attention_mask', 'int64', [BATCH_DIM, withCache ? TOTAL_SEQUENCE_DIM : SEQUENCE_DIM]);
  const positionIds = g.input('position_ids', 'int64', [BATCH_DIM, SEQUENCE_DIM]);
  const past: { key: Value; value: Value }[] = [];
  if (withCache) {
    const cacheShape: Dim[] = [BATCH_DIM, c.kvHeads, PAST_SEQUENCE_DIM, c.headDim];
    for (let i = 0; i < c.layers; i++) {
      past.push({ key: g.input(pastName(i, 'key'), 'float32', cacheShape), value: g.input(pastName(i, 'value'), 'float32', cacheShape) });
    }
  }
  const prefix = c.family.convert.basePrefix;

  const outputs: NamedOutput[] = [];
  const hidden = g.scope(prefix, () => {
    let h = g.scope(c.family.convert.tensors.embed, () => ops.embedding(w.embed, inputIds));
    if (c.family.convert.embeddingScale === 'sqrt-hidden') {
      // Gemma: `hidden * torch.tensor(hidden_size ** 0.5, dtype=hidden.dtype)` — the factor rounded to float32.
      h = g.mul(h, Math.fround(Math.sqrt(c.hidden)));
    }
    if (w.positions !== undefined)
      h = g.add(
        h,
        g.scope(c.family.convert.tensors.positions!, () => ops.embedding(w.positions!, positionIds)),
      );
    // The layers' tensors are resolved by now, so num_hidden_layers is known to be real.
    const windows = Array.from({ length: c.layers }, (_, i) => c.windowOf(i));
    const masks = attentionBiases(g, inputIds, attentionMask, windows);
    const rope = c.rope === undefined ? undefined : g.scope('rotary_emb', () => rotaryTables(g, c.rope!, positionIds));
    for (let i = 0; i < c.layers; i++) {
      h = g.scope(`${c.family.convert.tensors.layers}.${i}`, () => {
        const r = decoderLayer(ops, c, w.layers[i]!, i, h, masks.get(windows[i] ?? null)!, rope, past[i]);
        if (r.present) {
          outputs.push({ name: presentName(i, 'key'), value: r.present.key, shape: cacheOutputShape(c) });
          outputs.push({ name: presentName(i, 'value'), value: r.present.value, shape: cacheOutputShape(c) });
        }
        return r.hidden;
      });
    }
    return g.scope(c.family.convert.tensors.finalNorm, () => norm(ops, c, w.finalNorm, h));
  });

  if (task === 'feature-extraction') return [{ name: 'last_hidden_state', value: hidden }];
  if (task === 'text-generation') {
    const head = w.lmHead!;
    const logits = g.scope('lm_head', () => (head.tied ? ops.tiedProjection(hidden, head.weight) : g.matMul(hidden, ops.weight(head.weight, true))));
    return [{ name: 'logits', value: logits }, ...outputs];
  }
  const logits = g.scope('score', () => pooledScores(g, ops, hidden, w.score!, inputIds, c.padTokenId));
  return [{ name: 'logits', value: logits }];
}

function cacheOutputShape(c: DecoderConfig): Dim[] {
  return [BATCH_DIM, c.kvHeads, TOTAL_SEQUENCE_DIM, c.headDim];
}

/**
 * Additive attention biases [batch, 1, seq, total], one per distinct sliding window (null: none).
 * A key j is visible to the query at absolute cache position q = past + i when j <= q, the mask
 * has 1 at j, and (with a window w) j > q - w.
 */
function attentionBiases(g: GraphBuilder, inputIds: Value, attentionMask: Value, windows: readonly (number | null)[]): Map<number | null, Value> {
  return g.scope('attention_mask', () => {
    const keys = g.arange(attentionMask, 1);
    const pastLength = g.sub(g.dimSize(attentionMask, 1), g.dimSize(inputIds, 1));
    const queries = g.unsqueeze(g.add(g.arange(inputIds, 1), pastLength), 1);
    const causal = g.lessOrEqual(keys, queries);
    const padding = g.unsqueeze(g.cast(attentionMask, 'bool'), [1, 2]);
    const visible = g.and(causal, padding);
    const out = new Map<number | null, Value>();
    for (const window of new Set(windows)) {
      const allowed = window === null ? visible : g.and(visible, g.greater(keys, g.sub(queries, window)));
      out.set(window, g.where(allowed, g.scalar('float32', 0), g.scalar('float32', FLOAT32_MIN)));
    }
    return out;
  });
}

interface RotaryTables {
  /** [batch, 1, seq, rotary_dim], ready to broadcast over heads. */
  cos: Value;
  sin: Value;
  rotaryDim: number;
}

/** `cos(position · inv_freq)` and `sin(…)` duplicated over both halves, as transformers' rotary embedding. */
function rotaryTables(g: GraphBuilder, rope: RopeConfig, positionIds: Value): RotaryTables {
  const half = rope.rotaryDim / 2;
  const positions = g.unsqueeze(g.cast(positionIds, 'float32'), 2);
  let invFreq = g.constant('float32', [half], inverseFrequencies(rope));
  if (rope.type === 'dynamic') invFreq = dynamicInverseFrequencies(g, rope, positionIds);
  const freqs = g.mul(positions, invFreq);
  const angles = g.concat([freqs, freqs], -1);
  return { cos: g.unsqueeze(g.cos(angles), 1), sin: g.unsqueeze(g.sin(angles), 1), rotaryDim: rope.rotaryDim };
}

/**
 * Dynamic NTK scaling, computed per run as transformers' dynamic rotary embedding does: with
 * L = max(max(position_ids) + 1, max_position_embeddings), base' = θ · (f·L/M − (f − 1))^(d/(d−2)),
 * inv_freq = base'^(−2i/d). (transformers keeps the largest L seen across calls; a greedy decode
 * only grows, so the two agree there.)
 */
function dynamicInverseFrequencies(g: GraphBuilder, rope: RopeConfig, positionIds: Value): Value {
  const d = rope.rotaryDim;
  const m = rope.maxPositions;
  const seen = g.cast(g.add(g.reduceMax(positionIds, [0, 1]), 1), 'float32');
  const length = g.max(seen, m);
  const ratio = g.sub(g.div(g.mul(length, rope.factor), m), rope.factor - 1);
  const base = g.mul(g.pow(ratio, d / (d - 2)), rope.theta);
  const exponents = g.constant(
    'float32',
    [d / 2],
    Array.from({ length: d / 2 }, (_, i) => Math.fround((-2 * i) / d)),
  );
  return g.pow(base, exponents);
}

/** `x · cos + rotate_half(x) · sin` on the first `rotaryDim` dims of the last axis (the rest pass through). */
function applyRotary(g: GraphBuilder, x: Value, t: RotaryTables, headDim: number): Value {
  const rotated = t.rotaryDim === headDim ? x : g.sliceAxis(x, -1, 0, t.rotaryDim);
  const half = t.rotaryDim / 2;
  const rotateHalf = g.concat([g.neg(g.sliceAxis(rotated, -1, half, t.rotaryDim)), g.sliceAxis(rotated, -1, 0, half)], -1);
  const out = g.add(g.mul(rotated, t.cos), g.mul(rotateHalf, t.sin));
  return t.rotaryDim === headDim ? out : g.concat([out, g.sliceAxis(x, -1, t.rotaryDim, headDim)], -1);
}

interface LayerResult {
  hidden: Value;
  present?: { key: Value; value: Value } | undefined;
}

function decoderLayer(
  ops: ModuleOps,
  c: DecoderConfig,
  w: DecoderLayerWeights,
  index: number,
  h: Value,
  mask: Value,
  rope: RotaryTables | undefined,
  past: { key: Value; value: Value } | undefined,
): LayerResult {
  const g = ops.g;
  const t = c.family.convert.tensors;
  const x = g.scope(t.attentionNorm, () => norm(ops, c, w.attentionNorm, h));
  const attn = g.scope(t.o.split('.')[0]!, () => attention(ops, c, w, index, x, mask, rope, past));
  h = g.add(h, attn.output);
  const y = g.scope(t.mlpNorm, () => norm(ops, c, w.mlpNorm, h));
  const m = g.scope(t.down.split('.')[0]!, () => mlp(ops, c, w, y));
  return { hidden: g.add(h, m), present: attn.present };
}

function attention(
  ops: ModuleOps,
  c: DecoderConfig,
  w: DecoderLayerWeights,
  index: number,
  x: Value,
  mask: Value,
  rope: RotaryTables | undefined,
  past: { key: Value; value: Value } | undefined,
): { output: Value; present?: { key: Value; value: Value } } {
  const g = ops.g;
  const hd = c.headDim;
  let q: Value, k: Value, v: Value;
  if ('fused' in w.qkv) {
    const qkv = project(ops, x, w.qkv.fused);
    const qw = c.heads * hd;
    const kvw = c.kvHeads * hd;
    q = g.sliceAxis(qkv, -1, 0, qw);
    k = g.sliceAxis(qkv, -1, qw, qw + kvw);
    v = g.sliceAxis(qkv, -1, qw + kvw, qw + 2 * kvw);
  } else {
    q = project(ops, x, w.qkv.q);
    k = project(ops, x, w.qkv.k);
    v = project(ops, x, w.qkv.v);
  }
  // [b, s, heads · hd] → [b, s, heads, hd] (→ per-head RMSNorm) → [b, heads, s, hd]
  const heads = (y: Value, n: number, qkNorm: Norm | undefined): Value => {
    let r = g.reshape(y, [{ copy: 0 }, { copy: 1 }, n, hd]);
    if (qkNorm !== undefined) r = g.rmsNorm(r, ops.weight(qkNorm.weight), c.eps);
    return g.transpose(r, [0, 2, 1, 3]);
  };
  q = heads(q, c.heads, w.qNorm);
  k = heads(k, c.kvHeads, w.kNorm);
  v = heads(v, c.kvHeads, undefined);
  if (rope !== undefined) {
    q = applyRotary(g, q, rope, hd);
    k = applyRotary(g, k, rope, hd);
  }
  let present: { key: Value; value: Value } | undefined;
  if (past !== undefined) {
    k = g.concat([past.key, k], 2);
    v = g.concat([past.value, v], 2);
    present = { key: k, value: v };
  }

  let scale = 1 / Math.sqrt(hd);
  if (c.family.convert.attention.scaling === 'gpt2') {
    scale = c.gpt2Scaling.byHeadDim ? 1 / Math.sqrt(hd) : 1;
    if (c.gpt2Scaling.byInverseLayer) scale /= index + 1;
  }
  let context: Value;
  if (c.kvHeads === c.heads) {
    const scores = g.add(scaled(g, g.matMul(q, g.transpose(k, [0, 1, 3, 2])), scale), mask);
    context = g.matMul(g.softmax(scores, -1), v);
  } else {
    // Grouped-query attention: query head h reads kv head floor(h / groups); broadcast instead of repeating the cache.
    const groups = c.heads / c.kvHeads;
    const q5 = g.reshape(q, [{ copy: 0 }, c.kvHeads, groups, { copy: 2 }, hd]);
    const k5 = g.transpose(g.unsqueeze(k, 2), [0, 1, 2, 4, 3]);
    const scores = g.add(scaled(g, g.matMul(q5, k5), scale), g.unsqueeze(mask, 1));
    const context5 = g.matMul(g.softmax(scores, -1), g.unsqueeze(v, 2));
    context = g.reshape(context5, [{ copy: 0 }, c.heads, { copy: 3 }, hd]);
  }
  const merged = g.reshape(g.transpose(context, [0, 2, 1, 3]), [{ copy: 0 }, { copy: 1 }, c.heads * hd]);
  return { output: g.scope(lastSegment(c.family.convert.tensors.o), () => project(ops, merged, w.o)), ...(present ? { present } : {}) };
}

function scaled(g: GraphBuilder, x: Value, scale: number): Value {
  return scale === 1 ? x : g.mul(x, scale);
}

function mlp(ops: ModuleOps, c: DecoderConfig, w: DecoderLayerWeights, x: Value): Value {
  const g = ops.g;
  let inner: Value;
  if ('gateUp' in w.mlp) {
    const gu = project(ops, x, w.mlp.gateUp);
    const I = c.intermediate;
    inner = g.mul(applyActivation(ops, c.activation, g.sliceAxis(gu, -1, 0, I)), g.sliceAxis(gu, -1, I, 2 * I));
  } else if ('gate' in w.mlp) {
    inner = g.mul(applyActivation(ops, c.activation, project(ops, x, w.mlp.gate)), project(ops, x, w.mlp.up));
  } else {
    inner = applyActivation(ops, c.activation, project(ops, x, w.mlp.up));
  }
  return project(ops, inner, w.down);
}

function project(ops: ModuleOps, x: Value, p: Projection): Value {
  const bias = p.bias === undefined ? undefined : ops.weight(p.bias);
  return ops.g.linear(x, ops.weight(p.weight, p.transpose), bias);
}

function norm(ops: ModuleOps, c: DecoderConfig, n: Norm, x: Value): Value {
  const g = ops.g;
  switch (c.family.convert.norm) {
    case 'layer':
      return g.layerNorm(x, ops.weight(n.weight), ops.weight(n.bias!), c.eps);
    case 'rms':
      return g.rmsNorm(x, ops.weight(n.weight), c.eps);
    case 'rms-one-plus':
      return g.rmsNorm(x, g.add(ops.weight(n.weight), 1), c.eps);
  }
}

/**
 * Sequence classification: `score(h)` at each row's last token that is not the pad id (transformers:
 * argmax of `arange(seq) · (ids != pad)`); the last position when the config has no pad id.
 */
function pooledScores(g: GraphBuilder, ops: ModuleOps, hidden: Value, score: TensorInfo, inputIds: Value, padTokenId: number | undefined): Value {
  const logits = g.matMul(hidden, ops.weight(score, true));
  if (padTokenId === undefined) return g.squeeze(g.sliceAxis(logits, 1, -1), 1);
  const positions = g.unsqueeze(g.arange(inputIds, 1), 0);
  const real = g.cast(g.notEqual(inputIds, padTokenId), 'int64');
  const last = g.reduceMax(g.mul(positions, real), 1, true);
  const pick = g.unsqueeze(g.cast(g.equal(positions, last), 'float32'), 2);
  return g.reduceSum(g.mul(logits, pick), 1);
}

function lastSegment(name: string): string {
  const parts = name.split('.');
  return parts[parts.length - 1]!;
}
