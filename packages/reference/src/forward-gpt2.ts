import { activationByName, applyActivation } from './activations.js';
import { addInPlace, attendWithCache, gatherRows, sliceColumns } from './decoder-blocks.js';
import type { DecoderEmbedded, DecoderRun } from './decoder-blocks.js';
import { layerNorm } from './layer-norm.js';
import { linear } from './linear.js';
import type { PreparedDecoderInputs } from './prepare-decoder-inputs.js';
import { ReferencePassError } from './reference-error.js';
import type { DecoderConfig } from './resolve-decoder-config.js';
import type { WeightArray, WeightReader } from './weight-reader.js';

/**
 * GPT-2: token + learned position embeddings (`wte`, `wpe` at position_ids), pre-LN blocks
 * (`ln_1` → fused `c_attn` → causal attention → `c_proj`; `ln_2` → `c_fc` → activation →
 * `c_proj`), final `ln_f`. Its Conv1D layers store weights [in, out]; they are transposed once on
 * read. Scores are divided by sqrt(head_dim) when `scale_attn_weights`, and by layer index + 1
 * when `scale_attn_by_inverse_layer_idx`. The `attn.bias` / `attn.masked_bias` buffers some
 * checkpoints store are never read. `wte` is returned only when `keepEmbedding` (the tied LM head).
 */
export async function forwardGpt2(cfg: DecoderConfig, reader: WeightReader, inp: PreparedDecoderInputs, keepEmbedding: boolean): Promise<DecoderRun> {
  const H = cfg.hiddenSize;
  const I = cfg.intermediateSize;
  const rows = inp.batch * inp.seq;
  const base = (name: string): string => reader.base(name);
  const act = activationByName(cfg.hiddenAct);

  const { x, embedding } = await embed(cfg, reader, inp, keepEmbedding);

  /** A Conv1D layer: weight stored [in, out] (+ bias [out]), applied as x W + b. */
  const conv1d = async (name: string, input: Float64Array, inF: number, outF: number): Promise<Float64Array> => {
    const w = transpose(await reader.read(base(`${name}.weight`), [inF, outF]), inF, outF);
    return linear(input, rows, inF, w, await reader.read(base(`${name}.bias`), [outF]), outF);
  };
  const ln = async (name: string, input: Float64Array): Promise<Float64Array> =>
    layerNorm(input, rows, H, await reader.read(base(`${name}.weight`), [H]), await reader.read(base(`${name}.bias`), [H]), cfg.normEps);

  const presentKeys: Float64Array[] = [];
  const presentValues: Float64Array[] = [];
  // One call per block: its weights are read and dropped inside conv1d / ln, none outlives the block.
  const block = async (l: number): Promise<void> => {
    const p = `h.${l}.`;
    const qkv = await conv1d(`${p}attn.c_attn`, await ln(`${p}ln_1`, x), H, 3 * H);
    const q = sliceColumns(qkv, rows, 3 * H, 0, H);
    const k = sliceColumns(qkv, rows, 3 * H, H, H);
    const v = sliceColumns(qkv, rows, 3 * H, 2 * H, H);
    let scale = cfg.scaleAttnWeights ? 1 / Math.sqrt(cfg.headDim) : 1;
    if (cfg.scaleAttnByInverseLayerIdx) scale /= l + 1;
    const att = attendWithCache(cfg, inp, l, q, k, v, scale);
    presentKeys.push(att.keys);
    presentValues.push(att.values);
    addInPlace(x, await conv1d(`${p}attn.c_proj`, att.context, H, H));
    const m = await conv1d(`${p}mlp.c_fc`, await ln(`${p}ln_2`, x), H, I);
    applyActivation(m, act);
    addInPlace(x, await conv1d(`${p}mlp.c_proj`, m, I, H));
  };
  for (let l = 0; l < cfg.numLayers; l++) await block(l);
  return { hidden: await ln('ln_f', x), presentKeys, presentValues, embedding };
}

/**
 * `wte[input_ids] + wpe[position_ids]`, [b * s, hidden]. The tables die with this call; `wte` is
 * handed back only when `keepEmbedding`.
 */
async function embed(cfg: DecoderConfig, reader: WeightReader, inp: PreparedDecoderInputs, keepEmbedding: boolean): Promise<DecoderEmbedded> {
  const H = cfg.hiddenSize;
  const rows = inp.batch * inp.seq;
  const embedding = await reader.read(reader.base('wte.weight'), [cfg.vocabSize, H]);
  const positionTable = await reader.read(reader.base('wpe.weight'), [cfg.maxPositions, H]);
  const x = gatherRows(embedding, inp.ids, H);
  for (let r = 0; r < rows; r++) {
    const pos = inp.positions[r]!;
    if (!(pos >= 0 && pos < cfg.maxPositions)) {
      throw new ReferencePassError(
        'REF_BAD_INPUT',
        `position_ids value ${pos} at [${Math.floor(r / inp.seq)}, ${r % inp.seq}] is outside [0, ${cfg.maxPositions}) (n_positions)`,
        { tensor: 'position_ids', hint: 'GPT-2 learns one embedding per position: keep past + sequence length within n_positions' },
      );
    }
    for (let i = 0; i < H; i++) x[r * H + i] = x[r * H + i]! + positionTable[pos * H + i]!;
  }
  return { x, embedding: keepEmbedding ? embedding : undefined };
}

/** [rows, cols] → [cols, rows], in w's own element type. */
function transpose(w: WeightArray, rows: number, cols: number): WeightArray {
  const out = w instanceof Float32Array ? new Float32Array(w.length) : new Float64Array(w.length);
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) out[c * rows + r] = w[r * cols + c]!;
  return out;
}
