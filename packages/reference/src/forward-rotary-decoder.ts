import { activationByName, applyActivation } from './activations.js';
import { addInPlace, attendWithCache, gatherRows, sliceColumns } from './decoder-blocks.js';
import type { DecoderEmbedded, DecoderRun } from './decoder-blocks.js';
import { linear } from './linear.js';
import type { PreparedDecoderInputs } from './prepare-decoder-inputs.js';
import type { DecoderConfig } from './resolve-decoder-config.js';
import { rmsNorm } from './rms-norm.js';
import { roundToDtype } from './round-to-dtype.js';
import { applyRope, ropeTables } from './rotary-embedding.js';
import type { WeightArray, WeightReader } from './weight-reader.js';

/** How a RoPE family's blocks differ from Llama's (the descriptor; the config holds the sizes and switches). */
interface RotaryLayout {
  /** phi3: q, k and v rows stacked in one `self_attn.qkv_proj`. */
  fusedQkv: boolean;
  /** phi3: gate rows then up rows in one `mlp.gate_up_proj`. */
  fusedGateUp: boolean;
  /** qwen3: per-head RMSNorm `q_norm` / `k_norm` on q and k before RoPE. */
  qkNorm: boolean;
  /** gemma: RMSNorm scales by (1 + w), and embeddings are multiplied by sqrt(hidden_size). */
  gemma: boolean;
}

const LLAMA_LAYOUT: RotaryLayout = { fusedQkv: false, fusedGateUp: false, qkNorm: false, gemma: false };
const LAYOUTS: Readonly<Record<string, RotaryLayout>> = {
  llama: LLAMA_LAYOUT,
  mistral: LLAMA_LAYOUT,
  qwen2: LLAMA_LAYOUT,
  qwen3: { ...LLAMA_LAYOUT, qkNorm: true },
  phi3: { ...LLAMA_LAYOUT, fusedQkv: true, fusedGateUp: true },
  gemma: { ...LLAMA_LAYOUT, gemma: true },
};

/**
 * The decoder stack of llama, mistral, qwen2, qwen3, phi3 and gemma (pre-norm RMSNorm blocks,
 * rotary attention with GQA, gated MLP `down(act(gate(x)) * up(x))`, final norm). Reads each
 * weight once, one layer at a time; base tensors are `model.*` (or unprefixed for a bare …Model).
 * The embedding table is returned only when `keepEmbedding` (the tied LM head).
 */
export async function forwardRotaryDecoder(cfg: DecoderConfig, reader: WeightReader, inp: PreparedDecoderInputs, keepEmbedding: boolean): Promise<DecoderRun> {
  const layout = LAYOUTS[cfg.family]!;
  const rope = cfg.rope!;
  const H = cfg.hiddenSize;
  const D = cfg.headDim;
  const nH = cfg.numHeads;
  const kvH = cfg.numKvHeads;
  const I = cfg.intermediateSize;
  const rows = inp.batch * inp.seq;
  const norm = (x: Float64Array, n: number, width: number, w: WeightArray): Float64Array => rmsNorm(x, n, width, w, cfg.normEps, { offsetOne: layout.gemma });
  const act = activationByName(cfg.hiddenAct);
  const base = (name: string): string => reader.base(name);

  const { x, embedding } = await embed(cfg, reader, inp, layout, keepEmbedding);
  const tables = ropeTables(rope, inp.positions);
  const scale = D ** -0.5;
  const presentKeys: Float64Array[] = [];
  const presentValues: Float64Array[] = [];

  // One call per layer, and one per linear layer inside it: weights live only in those calls'
  // frames, so none is held while the next ones are read.
  const layer = async (l: number): Promise<void> => {
    const p = `layers.${l}.`;
    const dense = async (name: string, outF: number, inF: number, input: Float64Array, bias: boolean): Promise<Float64Array> => {
      const w = await reader.read(base(`${p}${name}.weight`), [outF, inF]);
      const b = bias ? await reader.read(base(`${p}${name}.bias`), [outF]) : undefined;
      return linear(input, rows, inF, w, b, outF);
    };
    const h = norm(x, rows, H, await reader.read(base(`${p}input_layernorm.weight`), [H]));
    let q: Float64Array;
    let k: Float64Array;
    let v: Float64Array;
    if (layout.fusedQkv) {
      const width = (nH + 2 * kvH) * D;
      const qkv = await dense('self_attn.qkv_proj', width, H, h, false);
      q = sliceColumns(qkv, rows, width, 0, nH * D);
      k = sliceColumns(qkv, rows, width, nH * D, kvH * D);
      v = sliceColumns(qkv, rows, width, (nH + kvH) * D, kvH * D);
    } else {
      q = await dense('self_attn.q_proj', nH * D, H, h, cfg.qkvBias);
      k = await dense('self_attn.k_proj', kvH * D, H, h, cfg.qkvBias);
      v = await dense('self_attn.v_proj', kvH * D, H, h, cfg.qkvBias);
    }
    if (layout.qkNorm) {
      q = norm(q, rows * nH, D, await reader.read(base(`${p}self_attn.q_norm.weight`), [D]));
      k = norm(k, rows * kvH, D, await reader.read(base(`${p}self_attn.k_norm.weight`), [D]));
    }
    applyRope(q, rows, nH, D, tables);
    applyRope(k, rows, kvH, D, tables);
    const att = attendWithCache(cfg, inp, l, q, k, v, scale);
    presentKeys.push(att.keys);
    presentValues.push(att.values);
    addInPlace(x, await dense('self_attn.o_proj', H, nH * D, att.context, cfg.outputBias));

    const h2 = norm(x, rows, H, await reader.read(base(`${p}post_attention_layernorm.weight`), [H]));
    let gate: Float64Array;
    let up: Float64Array;
    if (layout.fusedGateUp) {
      const gu = await dense('mlp.gate_up_proj', 2 * I, H, h2, cfg.mlpBias);
      gate = sliceColumns(gu, rows, 2 * I, 0, I);
      up = sliceColumns(gu, rows, 2 * I, I, I);
    } else {
      gate = await dense('mlp.gate_proj', I, H, h2, cfg.mlpBias);
      up = await dense('mlp.up_proj', I, H, h2, cfg.mlpBias);
    }
    applyActivation(gate, act);
    for (let i = 0; i < gate.length; i++) gate[i] = gate[i]! * up[i]!;
    addInPlace(x, await dense('mlp.down_proj', H, I, gate, cfg.mlpBias));
  };
  for (let l = 0; l < cfg.numLayers; l++) await layer(l);
  const hidden = norm(x, rows, H, await reader.read(base('norm.weight'), [H]));
  return { hidden, presentKeys, presentValues, embedding };
}

/**
 * `embed_tokens[input_ids]`, times sqrt(hidden_size) for gemma, [b * s, hidden]. The table dies with
 * this call unless `keepEmbedding`.
 */
async function embed(
  cfg: DecoderConfig,
  reader: WeightReader,
  inp: PreparedDecoderInputs,
  layout: RotaryLayout,
  keepEmbedding: boolean,
): Promise<DecoderEmbedded> {
  const H = cfg.hiddenSize;
  const embedName = reader.base('embed_tokens.weight');
  const embedding = await reader.read(embedName, [cfg.vocabSize, H]);
  const x = gatherRows(embedding, inp.ids, H);
  if (layout.gemma) {
    // GemmaModel multiplies by torch.tensor(hidden_size ** 0.5, dtype=embeddings' dtype)
    const normalizer = roundToDtype(Math.sqrt(H), reader.dtypeOf(embedName));
    for (let i = 0; i < x.length; i++) x[i] = x[i]! * normalizer;
  }
  return { x, embedding: keepEmbedding ? embedding : undefined };
}
