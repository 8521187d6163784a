/**
 * A tiny BERT-style encoder for emitter tests: random weights written to a safetensors-like file,
 * the graph built with @mlpack/graph, and an independent float64 TypeScript forward pass.
 */
import { writeFile } from 'node:fs/promises';
import type { DType, TensorInfo } from '@mlpack/core';
import { GraphBuilder, f16BitsToF32, f32ToF16Bits } from '@mlpack/graph';
import type { Graph, Value } from '@mlpack/graph';

export interface TinyConfig {
  vocab: number;
  maxPositions: number;
  typeVocab: number;
  hidden: number;
  heads: number;
  ffn: number;
  layers: number;
  eps: number;
  gelu: 'none' | 'tanh';
  /** ALBERT-style: every layer uses layer 0's weights. */
  shareLayers: boolean;
}

export const TINY: TinyConfig = {
  vocab: 40,
  maxPositions: 16,
  typeVocab: 2,
  hidden: 16,
  heads: 2,
  ffn: 32,
  layers: 2,
  eps: 1e-12,
  gelu: 'none',
  shareLayers: false,
};

/** float32 minimum, the additive mask value HF uses for fp32 models. */
export const F32_MIN = -3.4028234663852886e38;

export interface TinyWeights {
  infos: Map<string, TensorInfo>;
  /** Each tensor as the graph sees it (decoded to float32 precision), row-major in file layout. */
  values: Map<string, Float64Array>;
}

/** Deterministic PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Names and shapes of one layer's tensors ([out, in] for linear weights, as in safetensors). */
function layerTensors(c: TinyConfig, l: number): [string, number[]][] {
  const p = `encoder.layer.${l}`;
  const h = c.hidden;
  return [
    [`${p}.attention.self.query.weight`, [h, h]],
    [`${p}.attention.self.query.bias`, [h]],
    [`${p}.attention.self.key.weight`, [h, h]],
    [`${p}.attention.self.key.bias`, [h]],
    [`${p}.attention.self.value.weight`, [h, h]],
    [`${p}.attention.self.value.bias`, [h]],
    [`${p}.attention.output.dense.weight`, [h, h]],
    [`${p}.attention.output.dense.bias`, [h]],
    [`${p}.attention.output.LayerNorm.weight`, [h]],
    [`${p}.attention.output.LayerNorm.bias`, [h]],
    [`${p}.intermediate.dense.weight`, [c.ffn, h]],
    [`${p}.intermediate.dense.bias`, [c.ffn]],
    [`${p}.output.dense.weight`, [h, c.ffn]],
    [`${p}.output.dense.bias`, [h]],
    [`${p}.output.LayerNorm.weight`, [h]],
    [`${p}.output.LayerNorm.bias`, [h]],
  ];
}

/** Tensors stored in other dtypes than F32, to exercise the materializer's casts end to end. */
const STORAGE_DTYPE: Record<string, DType> = {
  'embeddings.LayerNorm.bias': 'F16',
  'encoder.layer.0.intermediate.dense.weight': 'BF16',
  'pooler.dense.bias': 'F64',
};

/** Filler before the tensors (odd, so reads start unaligned), standing in for a safetensors header. */
const HEADER_BYTES = 123;

export async function writeTinyWeights(path: string, c: TinyConfig, seed = 1): Promise<TinyWeights> {
  const next = rng(seed);
  const h = c.hidden;
  const specs: [string, number[]][] = [
    ['embeddings.word_embeddings.weight', [c.vocab, h]],
    ['embeddings.position_embeddings.weight', [c.maxPositions, h]],
    ['embeddings.token_type_embeddings.weight', [c.typeVocab, h]],
    ['embeddings.LayerNorm.weight', [h]],
    ['embeddings.LayerNorm.bias', [h]],
    ...Array.from({ length: c.shareLayers ? 1 : c.layers }, (_, l) => layerTensors(c, l)).flat(),
    ['pooler.dense.weight', [h, h]],
    ['pooler.dense.bias', [h]],
  ];
  const chunks: Uint8Array[] = [new Uint8Array(HEADER_BYTES).fill(0x7b)];
  let offset = HEADER_BYTES;
  const infos = new Map<string, TensorInfo>();
  const values = new Map<string, Float64Array>();
  for (const [name, shape] of specs) {
    const n = shape.reduce((a, d) => a * d, 1);
    const isLnWeight = name.endsWith('LayerNorm.weight');
    const raw = Array.from({ length: n }, () => (isLnWeight ? 1 + (next() - 0.5) * 0.4 : (next() - 0.5) * 0.8));
    const dtype = STORAGE_DTYPE[name] ?? 'F32';
    const { bytes, decoded } = encode(raw, dtype);
    chunks.push(bytes);
    infos.set(name, { name, dtype, shape, file: path, byteOffset: offset, byteLength: bytes.length });
    values.set(name, decoded);
    offset += bytes.length;
  }
  const file = new Uint8Array(offset);
  let at = 0;
  for (const ch of chunks) {
    file.set(ch, at);
    at += ch.length;
  }
  await writeFile(path, file);
  return { infos, values };
}

function encode(values: number[], dtype: DType): { bytes: Uint8Array; decoded: Float64Array } {
  const size = dtype === 'F64' ? 8 : dtype === 'F32' ? 4 : 2;
  const view = new DataView(new ArrayBuffer(values.length * size));
  const decoded = new Float64Array(values.length);
  values.forEach((v, i) => {
    if (dtype === 'F32') {
      view.setFloat32(i * 4, v, true);
      decoded[i] = Math.fround(v);
    } else if (dtype === 'F64') {
      view.setFloat64(i * 8, v, true);
      decoded[i] = Math.fround(v);
    } else if (dtype === 'F16') {
      const bits = f32ToF16Bits(v);
      view.setUint16(i * 2, bits, true);
      decoded[i] = f16BitsToF32(bits);
    } else {
      // BF16 by truncating the float32 bits.
      const f = new DataView(new ArrayBuffer(4));
      f.setFloat32(0, v, true);
      const bits = f.getUint32(0, true) >>> 16;
      view.setUint16(i * 2, bits, true);
      f.setUint32(0, bits << 16, true);
      decoded[i] = f.getFloat32(0, true);
    }
  });
  return { bytes: new Uint8Array(view.buffer), decoded };
}

/**
 * The encoder as a graph: embeddings (word + position + token type, gather) → LayerNorm; per
 * layer self-attention with the additive mask, GELU FFN, residual LayerNorms; tanh pooler on
 * token 0; plus the mean over the sequence (a ReduceMean).
 */
export function buildTinyGraph(c: TinyConfig, infos: Map<string, TensorInfo>): Graph {
  const g = new GraphBuilder({ name: 'tiny-bert' });
  const w = (name: string, transpose = false): Value => {
    const info = infos.get(name);
    if (!info) throw new Error(`no tensor ${name}`);
    return g.weight(info, { transpose });
  };
  const ids = g.input('input_ids', 'int64', ['batch_size', 'sequence_length']);
  const mask = g.input('attention_mask', 'int64', ['batch_size', 'sequence_length']);
  const types = g.input('token_type_ids', 'int64', ['batch_size', 'sequence_length']);
  const d = c.hidden / c.heads;

  let h = g.scope('embeddings', () => {
    const words = g.gather(w('embeddings.word_embeddings.weight'), ids);
    const positions = g.unsqueeze(g.arange(ids, 1), 0);
    const pos = g.gather(w('embeddings.position_embeddings.weight'), positions);
    const typ = g.gather(w('embeddings.token_type_embeddings.weight'), types);
    return g.layerNorm(g.add(g.add(words, pos), typ), w('embeddings.LayerNorm.weight'), w('embeddings.LayerNorm.bias'), c.eps);
  });
  const additiveMask = g.scope('mask', () => g.mul(g.sub(1, g.cast(g.unsqueeze(mask, [1, 2]), 'float32')), F32_MIN));

  for (let l = 0; l < c.layers; l++) {
    const p = `encoder.layer.${c.shareLayers ? 0 : l}`;
    const linear = (x: Value, module: string): Value => g.scope(module, () => g.linear(x, w(`${p}.${module}.weight`, true), w(`${p}.${module}.bias`)));
    const input = h;
    h = g.scope(`encoder.layer.${l}`, () => {
      const attn = g.scope('attention', () => {
        const split = (x: Value): Value => g.transpose(g.reshape(x, [{ copy: 0 }, { copy: 1 }, c.heads, d]), [0, 2, 1, 3]);
        const q = split(linear(input, 'attention.self.query'));
        const k = split(linear(input, 'attention.self.key'));
        const v = split(linear(input, 'attention.self.value'));
        const scores = g.add(g.div(g.matMul(q, g.transpose(k, [0, 1, 3, 2])), Math.sqrt(d)), additiveMask);
        const ctx = g.transpose(g.matMul(g.softmax(scores, -1), v), [0, 2, 1, 3]);
        const merged = g.reshape(ctx, [{ copy: 0 }, { copy: 1 }, c.hidden]);
        const out = linear(merged, 'attention.output.dense');
        return g.layerNorm(g.add(out, input), w(`${p}.attention.output.LayerNorm.weight`), w(`${p}.attention.output.LayerNorm.bias`), c.eps);
      });
      const inter = g.gelu(linear(attn, 'intermediate.dense'), c.gelu);
      const out = linear(inter, 'output.dense');
      return g.layerNorm(g.add(out, attn), w(`${p}.output.LayerNorm.weight`), w(`${p}.output.LayerNorm.bias`), c.eps);
    });
  }
  g.output('last_hidden_state', h);
  const pooled = g.scope('pooler', () => g.tanh(g.linear(g.gather(h, 0, 1), w('pooler.dense.weight', true), w('pooler.dense.bias'))));
  g.output('pooler_output', pooled);
  g.output('mean_hidden', g.reduceMean(h, 1));
  return g.build();
}

export interface TinyInputs {
  batch: number;
  seq: number;
  ids: number[];
  mask: number[];
  types: number[];
}

export function tinyInputs(c: TinyConfig, batch = 2, seq = 5, seed = 7): TinyInputs {
  const next = rng(seed);
  const n = batch * seq;
  const ids = Array.from({ length: n }, () => Math.floor(next() * c.vocab));
  // The last row is padded: its final two positions are masked.
  const mask = Array.from({ length: n }, (_, i) => (Math.floor(i / seq) === batch - 1 && i % seq >= seq - 2 ? 0 : 1));
  const types = Array.from({ length: n }, (_, i) => (i % seq >= Math.ceil(seq / 2) ? 1 : 0));
  return { batch, seq, ids, mask, types };
}

// ---- independent float64 forward pass --------------------------------------------------------

/** erf by its Maclaurin series; |z| >= 4 gives ±1 (then |erf - ±1| < 2e-8, far below the test tolerance). */
export function erf(z: number): number {
  if (Math.abs(z) >= 4) return Math.sign(z);
  let term = z;
  let sum = z;
  for (let n = 1; n < 200; n++) {
    term *= (-z * z) / n;
    const add = term / (2 * n + 1);
    sum += add;
    if (Math.abs(add) < 1e-17) break;
  }
  return (2 / Math.sqrt(Math.PI)) * sum;
}

export function geluRef(x: number, approximate: 'none' | 'tanh'): number {
  if (approximate === 'none') return 0.5 * x * (1 + erf(x / Math.SQRT2));
  return 0.5 * x * (1 + Math.tanh(Math.sqrt(2 / Math.PI) * (x + 0.044715 * x ** 3)));
}

/** LayerNorm of each row of length `n` of `x`. */
export function layerNormRef(x: Float64Array, n: number, scale: Float64Array, bias: Float64Array, eps: number): Float64Array {
  const out = new Float64Array(x.length);
  for (let r = 0; r < x.length / n; r++) {
    let mean = 0;
    for (let i = 0; i < n; i++) mean += x[r * n + i]!;
    mean /= n;
    let variance = 0;
    for (let i = 0; i < n; i++) variance += (x[r * n + i]! - mean) ** 2;
    variance /= n;
    const std = Math.sqrt(variance + eps);
    for (let i = 0; i < n; i++) out[r * n + i] = ((x[r * n + i]! - mean) / std) * scale[i]! + bias[i]!;
  }
  return out;
}

/** rows × [out, in] weight (PyTorch layout): y = x·Wᵀ + b. */
function linearRef(x: Float64Array, rows: number, weight: Float64Array, bias: Float64Array, inF: number, outF: number): Float64Array {
  const y = new Float64Array(rows * outF);
  for (let r = 0; r < rows; r++) {
    for (let o = 0; o < outF; o++) {
      let s = bias[o]!;
      for (let i = 0; i < inF; i++) s += x[r * inF + i]! * weight[o * inF + i]!;
      y[r * outF + o] = s;
    }
  }
  return y;
}

export interface TinyOutputs {
  last_hidden_state: Float64Array;
  pooler_output: Float64Array;
  mean_hidden: Float64Array;
}

export function tinyForward(c: TinyConfig, values: Map<string, Float64Array>, inp: TinyInputs): TinyOutputs {
  const W = (name: string): Float64Array => values.get(name)!;
  const { batch: B, seq: S } = inp;
  const H = c.hidden;
  const rows = B * S;
  const d = H / c.heads;
  let x: Float64Array = new Float64Array(rows * H);
  for (let r = 0; r < rows; r++) {
    const s = r % S;
    for (let i = 0; i < H; i++) {
      x[r * H + i] =
        W('embeddings.word_embeddings.weight')[inp.ids[r]! * H + i]! +
        W('embeddings.position_embeddings.weight')[s * H + i]! +
        W('embeddings.token_type_embeddings.weight')[inp.types[r]! * H + i]!;
    }
  }
  x = layerNormRef(x, H, W('embeddings.LayerNorm.weight'), W('embeddings.LayerNorm.bias'), c.eps);

  for (let l = 0; l < c.layers; l++) {
    const p = `encoder.layer.${c.shareLayers ? 0 : l}`;
    const lin = (v: Float64Array, m: string, inF: number, outF: number): Float64Array =>
      linearRef(v, rows, W(`${p}.${m}.weight`), W(`${p}.${m}.bias`), inF, outF);
    const q = lin(x, 'attention.self.query', H, H);
    const k = lin(x, 'attention.self.key', H, H);
    const v = lin(x, 'attention.self.value', H, H);
    const ctx = new Float64Array(rows * H);
    for (let b = 0; b < B; b++) {
      for (let hd = 0; hd < c.heads; hd++) {
        for (let i = 0; i < S; i++) {
          const scores = new Float64Array(S);
          for (let j = 0; j < S; j++) {
            let dot = 0;
            for (let e = 0; e < d; e++) dot += q[(b * S + i) * H + hd * d + e]! * k[(b * S + j) * H + hd * d + e]!;
            scores[j] = dot / Math.sqrt(d) + (1 - inp.mask[b * S + j]!) * F32_MIN;
          }
          const max = Math.max(...scores);
          const exps = scores.map((s) => Math.exp(s - max));
          const total = exps.reduce((a, e) => a + e, 0);
          for (let e = 0; e < d; e++) {
            let s = 0;
            for (let j = 0; j < S; j++) s += (exps[j]! / total) * v[(b * S + j) * H + hd * d + e]!;
            ctx[(b * S + i) * H + hd * d + e] = s;
          }
        }
      }
    }
    const attnOut = lin(ctx, 'attention.output.dense', H, H).map((y, i) => y + x[i]!);
    const attn = layerNormRef(attnOut, H, W(`${p}.attention.output.LayerNorm.weight`), W(`${p}.attention.output.LayerNorm.bias`), c.eps);
    const inter = lin(attn, 'intermediate.dense', H, c.ffn).map((y) => geluRef(y, c.gelu));
    const out = lin(inter, 'output.dense', c.ffn, H).map((y, i) => y + attn[i]!);
    x = layerNormRef(out, H, W(`${p}.output.LayerNorm.weight`), W(`${p}.output.LayerNorm.bias`), c.eps);
  }

  const first = new Float64Array(B * H);
  const mean = new Float64Array(B * H);
  for (let b = 0; b < B; b++) {
    for (let i = 0; i < H; i++) {
      first[b * H + i] = x[b * S * H + i]!;
      let s = 0;
      for (let t = 0; t < S; t++) s += x[(b * S + t) * H + i]!;
      mean[b * H + i] = s / S;
    }
  }
  const pooled = linearRef(first, B, W('pooler.dense.weight'), W('pooler.dense.bias'), H, H).map(Math.tanh);
  return { last_hidden_state: x, pooler_output: pooled, mean_hidden: mean };
}
