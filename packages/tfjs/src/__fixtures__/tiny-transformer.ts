/**
 * Test fixture: a one-layer transformer encoder block built with GraphBuilder over random weights
 * in a safetensors file — embeddings (word + position + token type) + LayerNorm, self-attention
 * with an additive mask, residual + LayerNorm, GELU FFN, residual + LayerNorm, tanh pooler — and
 * the same forward pass in plain float64 TypeScript.
 */
import type { Graph } from '@mlpack/graph';
import { GraphBuilder } from '@mlpack/graph';
import type { WeightSet } from '@mlpack/safetensors';
import { erf, seeded } from './ndarray.js';
import { writeWeights } from './weights-file.js';
import type { TestTensor } from './weights-file.js';

export const TINY = { vocab: 11, maxPositions: 16, typeVocab: 2, hidden: 8, heads: 2, ffn: 12, eps: 1e-12 } as const;
/** transformers' additive mask value: torch.finfo(torch.float32).min. */
export const FLOAT32_MIN = -3.4028234663852886e38;

export interface TinyWeights {
  source: WeightSet;
  values: Map<string, Float32Array>;
}

/** Random weights (seeded), written to `<dir>/model.safetensors`. */
export async function writeTinyWeights(dir: string, seed = 42): Promise<TinyWeights> {
  const rand = seeded(seed);
  const { vocab, maxPositions, typeVocab, hidden: H, ffn } = TINY;
  const shapes: [string, number[], number, number][] = [
    ['embeddings.word_embeddings.weight', [vocab, H], -1, 1],
    ['embeddings.position_embeddings.weight', [maxPositions, H], -1, 1],
    ['embeddings.token_type_embeddings.weight', [typeVocab, H], -1, 1],
    ['embeddings.LayerNorm.weight', [H], 0.5, 1.5],
    ['embeddings.LayerNorm.bias', [H], -0.5, 0.5],
    ...['query', 'key', 'value'].flatMap((n): [string, number[], number, number][] => [
      [`attention.${n}.weight`, [H, H], -0.5, 0.5],
      [`attention.${n}.bias`, [H], -0.2, 0.2],
    ]),
    ['attention.output.dense.weight', [H, H], -0.5, 0.5],
    ['attention.output.dense.bias', [H], -0.2, 0.2],
    ['attention.output.LayerNorm.weight', [H], 0.5, 1.5],
    ['attention.output.LayerNorm.bias', [H], -0.5, 0.5],
    ['intermediate.dense.weight', [ffn, H], -0.5, 0.5],
    ['intermediate.dense.bias', [ffn], -0.2, 0.2],
    ['output.dense.weight', [H, ffn], -0.5, 0.5],
    ['output.dense.bias', [H], -0.2, 0.2],
    ['output.LayerNorm.weight', [H], 0.5, 1.5],
    ['output.LayerNorm.bias', [H], -0.5, 0.5],
    ['pooler.dense.weight', [H, H], -0.5, 0.5],
    ['pooler.dense.bias', [H], -0.2, 0.2],
  ];
  const values = new Map<string, Float32Array>();
  const tensors: TestTensor[] = shapes.map(([name, shape, lo, hi]) => {
    const v = Float32Array.from({ length: shape.reduce((a, d) => a * d, 1) }, () => rand(lo, hi));
    values.set(name, v);
    return { name, dtype: 'F32', shape, values: v };
  });
  return { source: await writeWeights(dir, tensors), values };
}

/** The block as graph IR (inputs int64 [batch_size, sequence_length]; outputs last_hidden_state, pooler_output). */
export function buildTinyGraph(w: WeightSet): Graph {
  const { hidden: H, heads, eps } = TINY;
  const hd = H / heads;
  const g = new GraphBuilder({ name: 'tiny-transformer' });
  const t = (name: string, transpose = false) => g.weight(w.get(name)!, { transpose });
  const ids = g.input('input_ids', 'int64', ['batch_size', 'sequence_length']);
  const mask = g.input('attention_mask', 'int64', ['batch_size', 'sequence_length']);
  const types = g.input('token_type_ids', 'int64', ['batch_size', 'sequence_length']);
  const linear = (x: ReturnType<typeof g.input>, prefix: string) => g.linear(x, t(`${prefix}.weight`, true), t(`${prefix}.bias`));

  let h = g.scope('embeddings', () => {
    const words = g.gather(t('embeddings.word_embeddings.weight'), ids, 0);
    const positions = g.gather(t('embeddings.position_embeddings.weight'), g.arange(ids, 1), 0);
    const tokenTypes = g.gather(t('embeddings.token_type_embeddings.weight'), types, 0);
    return g.layerNorm(g.add(g.add(words, tokenTypes), positions), t('embeddings.LayerNorm.weight'), t('embeddings.LayerNorm.bias'), eps);
  });
  const additive = g.mul(g.sub(1, g.cast(g.unsqueeze(mask, [1, 2]), 'float32')), FLOAT32_MIN);
  h = g.scope('attention', () => {
    const split = (x: ReturnType<typeof g.input>) => g.transpose(g.reshape(x, [{ copy: 0 }, { copy: 1 }, heads, hd]), [0, 2, 1, 3]);
    const q = split(linear(h, 'attention.query'));
    const k = split(linear(h, 'attention.key'));
    const v = split(linear(h, 'attention.value'));
    const scores = g.add(g.div(g.matMul(q, g.transpose(k, [0, 1, 3, 2])), Math.sqrt(hd)), additive);
    const ctx = g.matMul(g.softmax(scores, -1), v);
    const merged = g.reshape(g.transpose(ctx, [0, 2, 1, 3]), [{ copy: 0 }, { copy: 1 }, H]);
    const out = linear(merged, 'attention.output.dense');
    return g.layerNorm(g.add(out, h), t('attention.output.LayerNorm.weight'), t('attention.output.LayerNorm.bias'), eps);
  });
  h = g.scope('ffn', () => {
    const inner = g.gelu(linear(h, 'intermediate.dense'), 'none');
    return g.layerNorm(g.add(linear(inner, 'output.dense'), h), t('output.LayerNorm.weight'), t('output.LayerNorm.bias'), eps);
  });
  g.output('last_hidden_state', h);
  const pooled = g.scope('pooler', () => g.tanh(linear(g.gather(h, 0, 1), 'pooler.dense')));
  g.output('pooler_output', pooled);
  return g.build();
}

export interface TinyInputs {
  batch: number;
  seq: number;
  ids: number[];
  mask: number[];
  types: number[];
}

/** A padded batch: row i has `lengths[i]` real tokens, the rest masked; ids and types seeded. */
export function tinyInputs(lengths: readonly number[], seq: number, seed: number): TinyInputs {
  const rand = seeded(seed);
  const ids: number[] = [];
  const mask: number[] = [];
  const types: number[] = [];
  for (const len of lengths) {
    for (let j = 0; j < seq; j++) {
      ids.push(j < len ? Math.floor(rand(1, TINY.vocab)) : 0);
      mask.push(j < len ? 1 : 0);
      types.push(j < len && j >= len / 2 ? 1 : 0);
    }
  }
  return { batch: lengths.length, seq, ids, mask, types };
}

/** The same block in float64 TypeScript. Returns flat row-major outputs. */
export function tinyForward(values: Map<string, Float32Array>, x: TinyInputs): { last_hidden_state: number[]; pooler_output: number[] } {
  const { hidden: H, heads, ffn, eps } = TINY;
  const hd = H / heads;
  const W = (n: string) => values.get(n)!;
  const { batch: B, seq: S } = x;
  const linear = (rows: number[][], name: string, out: number) => {
    const w = W(`${name}.weight`);
    const b = W(`${name}.bias`);
    return rows.map((r) => Array.from({ length: out }, (_, o) => r.reduce((a, v, i) => a + v * w[o * r.length + i]!, b[o]!)));
  };
  const layerNorm = (rows: number[][], name: string) =>
    rows.map((r) => {
      const mean = r.reduce((a, v) => a + v, 0) / r.length;
      const variance = r.reduce((a, v) => a + (v - mean) ** 2, 0) / r.length;
      return r.map((v, i) => ((v - mean) / Math.sqrt(variance + eps)) * W(`${name}.weight`)[i]! + W(`${name}.bias`)[i]!);
    });
  const emb = (name: string, idx: number) => Array.from(W(name).subarray(idx * H, (idx + 1) * H));
  // rows: B*S tokens
  let h: number[][] = [];
  for (let b = 0; b < B; b++) {
    for (let s = 0; s < S; s++) {
      const k = b * S + s;
      const we = emb('embeddings.word_embeddings.weight', x.ids[k]!);
      const pe = emb('embeddings.position_embeddings.weight', s);
      const te = emb('embeddings.token_type_embeddings.weight', x.types[k]!);
      h.push(we.map((v, i) => v + te[i]! + pe[i]!));
    }
  }
  h = layerNorm(h, 'embeddings.LayerNorm');
  const q = linear(h, 'attention.query', H);
  const kk = linear(h, 'attention.key', H);
  const v = linear(h, 'attention.value', H);
  const ctx: number[][] = h.map(() => Array<number>(H).fill(0));
  for (let b = 0; b < B; b++) {
    for (let hh = 0; hh < heads; hh++) {
      for (let i = 0; i < S; i++) {
        const scores: number[] = [];
        for (let j = 0; j < S; j++) {
          let dot = 0;
          for (let d = 0; d < hd; d++) dot += q[b * S + i]![hh * hd + d]! * kk[b * S + j]![hh * hd + d]!;
          scores.push(dot / Math.sqrt(hd) + (1 - x.mask[b * S + j]!) * FLOAT32_MIN);
        }
        const m = Math.max(...scores);
        const e = scores.map((s) => Math.exp(s - m));
        const sum = e.reduce((a, z) => a + z, 0);
        for (let j = 0; j < S; j++) {
          for (let d = 0; d < hd; d++) ctx[b * S + i]![hh * hd + d]! += (e[j]! / sum) * v[b * S + j]![hh * hd + d]!;
        }
      }
    }
  }
  const attn = linear(ctx, 'attention.output.dense', H);
  h = layerNorm(
    attn.map((r, i) => r.map((z, d) => z + h[i]![d]!)),
    'attention.output.LayerNorm',
  );
  const inner = linear(h, 'intermediate.dense', ffn).map((r) => r.map((z) => 0.5 * z * (1 + erf(z / Math.SQRT2))));
  const out = linear(inner, 'output.dense', H);
  h = layerNorm(
    out.map((r, i) => r.map((z, d) => z + h[i]![d]!)),
    'output.LayerNorm',
  );
  const first = Array.from({ length: B }, (_, b) => h[b * S]!);
  const pooled = linear(first, 'pooler.dense', H).map((r) => r.map(Math.tanh));
  return { last_hidden_state: h.flat(), pooler_output: pooled.flat() };
}
