/**
 * Test fixture: a BertModel (last_hidden_state + pooler_output) written by hand as a TF.js graph
 * model (GraphDef JSON + one shard) over a checkpoint's weights, for verify's orchestration tests
 * while the TF.js emitter does not exist. Shapes are static (batch × sequence fixed when built);
 * checkpoint weights are stored as float32 or as float16 (graph constants stay float32: the
 * float32-min mask constant would overflow to -Infinity in float16 and turn masked scores into NaN).
 */
import { f32ToF16 } from '@mlpack/safetensors';
import type { TensorSource } from '@mlpack/core';

/** transformers' additive mask value: torch.finfo(float32).min. */
const FLOAT32_MIN = -3.4028234663852886e38;
const SHARD = 'group1-shard1of1.bin';

type Attr = Record<string, unknown>;
interface Weight {
  /** A checkpoint weight (quantized to float16 when asked); graph constants stay float32. */
  param: boolean;
  name: string;
  shape: number[];
  dtype: 'float32' | 'int32';
  data: Float32Array | Int32Array;
}

class TfjsGraphWriter {
  readonly nodes: Array<{ name: string; op: string; input?: string[]; attr?: Attr }> = [];
  readonly weights: Weight[] = [];
  private count = 0;

  placeholder(name: string, shape: number[]): string {
    this.nodes.push({ name, op: 'Placeholder', attr: { dtype: { type: 'DT_INT32' }, shape: { shape: { dim: shape.map((d) => ({ size: String(d) })) } } } });
    return name;
  }

  float(name: string, shape: number[], data: Float32Array | number[], param = false): string {
    return this.weight({ param, name, shape, dtype: 'float32', data: Float32Array.from(data) });
  }

  int(name: string, shape: number[], data: number[]): string {
    return this.weight({ param: false, name, shape, dtype: 'int32', data: Int32Array.from(data) });
  }

  private weight(w: Weight): string {
    const type = w.dtype === 'float32' ? 'DT_FLOAT' : 'DT_INT32';
    this.nodes.push({
      name: w.name,
      op: 'Const',
      attr: { dtype: { type }, value: { tensor: { dtype: type, tensorShape: { dim: w.shape.map((d) => ({ size: String(d) })) } } } },
    });
    this.weights.push(w);
    return w.name;
  }

  op(op: string, input: string[], attr: Attr = {}, name = `${op}_${this.count++}`): string {
    this.nodes.push({ name, op, input, attr: { T: { type: 'DT_FLOAT' }, ...attr } });
    return name;
  }

  /** model.json + the shard; float weights as float16 (2 bytes, `quantization`) when asked. */
  build(outputs: Record<string, string>, inputs: string[], float16: boolean): Record<string, Uint8Array | string> {
    const parts: Uint8Array[] = [];
    const specs = this.weights.map((w) => {
      if (w.param && float16) {
        parts.push(new Uint8Array(Uint16Array.from(w.data, (x) => f32ToF16(x)).buffer));
        return { name: w.name, shape: w.shape, dtype: w.dtype, quantization: { dtype: 'float16' } };
      }
      parts.push(new Uint8Array(w.data.buffer, w.data.byteOffset, w.data.byteLength));
      return { name: w.name, shape: w.shape, dtype: w.dtype };
    });
    const shard = new Uint8Array(parts.reduce((a, p) => a + p.length, 0));
    let o = 0;
    for (const p of parts) {
      shard.set(p, o);
      o += p.length;
    }
    const modelJson = {
      format: 'graph-model',
      generatedBy: 'hand',
      convertedBy: 'mlpack test fixture',
      modelTopology: { node: this.nodes, library: {}, versions: { producer: 1 } },
      signature: {
        inputs: Object.fromEntries(inputs.map((n) => [n, { name: `${n}:0`, dtype: 'DT_INT32' }])),
        outputs: Object.fromEntries(Object.entries(outputs).map(([key, node]) => [key, { name: `${node}:0`, dtype: 'DT_FLOAT' }])),
      },
      weightsManifest: [{ paths: [SHARD], weights: specs }],
    };
    return { 'model.json': JSON.stringify(modelJson), [SHARD]: shard };
  }
}

export interface TinyBertTfjsOptions {
  /** Store float weights as float16. */
  float16?: boolean;
}

export async function tinyBertTfjs(
  config: Record<string, unknown>,
  weights: TensorSource,
  batch: number,
  seq: number,
  options: TinyBertTfjsOptions = {},
): Promise<Record<string, Uint8Array | string>> {
  const H = config.hidden_size as number;
  const heads = config.num_attention_heads as number;
  const layers = config.num_hidden_layers as number;
  const eps = (config.layer_norm_eps as number | undefined) ?? 1e-12;
  const hd = H / heads;
  const g = new TfjsGraphWriter();
  const w = async (name: string): Promise<string> => g.float(name, [...weights.get(name)!.shape], await weights.readFloat32(name), true);
  const linear = async (x: string, prefix: string): Promise<string> => {
    const [out, inn] = weights.get(`${prefix}.weight`)!.shape as [number, number];
    const src = await weights.readFloat32(`${prefix}.weight`);
    const t = new Float32Array(out * inn);
    for (let r = 0; r < out; r++) for (let i = 0; i < inn; i++) t[i * out + r] = src[r * inn + i]!;
    const mm = g.op('BatchMatMulV2', [x, g.float(`${prefix}.weight_T`, [inn, out], t, true)], { adj_x: { b: false }, adj_y: { b: false } });
    return g.op('AddV2', [mm, await w(`${prefix}.bias`)]);
  };
  const lastAxis = g.int('c_last_axis', [1], [-1]);
  const epsC = g.float('c_eps', [], [eps]);
  const layerNorm = async (x: string, prefix: string): Promise<string> => {
    const mean = g.op('Mean', [x, lastAxis], { Tidx: { type: 'DT_INT32' }, keep_dims: { b: true } });
    const d = g.op('Sub', [x, mean]);
    const variance = g.op('Mean', [g.op('Mul', [d, d]), lastAxis], { Tidx: { type: 'DT_INT32' }, keep_dims: { b: true } });
    const y = g.op('Mul', [d, g.op('Rsqrt', [g.op('AddV2', [variance, epsC])])]);
    return g.op('AddV2', [g.op('Mul', [y, await w(`${prefix}.weight`)]), await w(`${prefix}.bias`)]);
  };
  const gather = (params: string, indices: string, axis: string): string =>
    g.op('GatherV2', [params, indices, axis], {
      Tparams: { type: 'DT_FLOAT' },
      Tindices: { type: 'DT_INT32' },
      Taxis: { type: 'DT_INT32' },
      batch_dims: { i: '0' },
    });

  const inputs = ['input_ids', 'attention_mask', 'token_type_ids'];
  for (const n of inputs) g.placeholder(n, [batch, seq]);
  const axis0 = g.int('c_axis0', [], [0]);
  const axis1 = g.int('c_axis1', [], [1]);
  const zero = g.int('c_zero', [], [0]);
  const one = g.float('c_one', [], [1]);
  const half = g.float('c_half', [], [0.5]);
  const rsqrt2 = g.float('c_rsqrt2', [], [Math.SQRT1_2]);
  const scale = g.float('c_scale', [], [1 / Math.sqrt(hd)]);
  const fmin = g.float('c_fmin', [], [FLOAT32_MIN]);
  const positions = g.int(
    'c_positions',
    [seq],
    Array.from({ length: seq }, (_, i) => i),
  );
  const splitShape = g.int('c_split', [4], [batch, seq, heads, hd]);
  const mergeShape = g.int('c_merge', [3], [batch, seq, H]);
  const maskShape = g.int('c_mask_shape', [4], [batch, 1, 1, seq]);
  const permQ = g.int('c_perm_q', [4], [0, 2, 1, 3]);
  const permK = g.int('c_perm_k', [4], [0, 2, 3, 1]);

  let h = g.op('AddV2', [
    g.op('AddV2', [
      gather(await w('embeddings.word_embeddings.weight'), 'input_ids', axis0),
      gather(await w('embeddings.token_type_embeddings.weight'), 'token_type_ids', axis0),
    ]),
    gather(await w('embeddings.position_embeddings.weight'), positions, axis0),
  ]);
  h = await layerNorm(h, 'embeddings.LayerNorm');
  const maskF = g.op('Reshape', [g.op('Cast', ['attention_mask'], { SrcT: { type: 'DT_INT32' }, DstT: { type: 'DT_FLOAT' } }), maskShape], {
    Tshape: { type: 'DT_INT32' },
  });
  const addMask = g.op('Mul', [g.op('Sub', [one, maskF]), fmin]);
  const reshape = (x: string, shape: string): string => g.op('Reshape', [x, shape], { Tshape: { type: 'DT_INT32' } });
  const transpose = (x: string, perm: string): string => g.op('Transpose', [x, perm], { Tperm: { type: 'DT_INT32' } });
  for (let l = 0; l < layers; l++) {
    const p = `encoder.layer.${l}`;
    const q = transpose(reshape(await linear(h, `${p}.attention.self.query`), splitShape), permQ);
    const k = transpose(reshape(await linear(h, `${p}.attention.self.key`), splitShape), permK);
    const v = transpose(reshape(await linear(h, `${p}.attention.self.value`), splitShape), permQ);
    const bmm = (a: string, b: string): string => g.op('BatchMatMulV2', [a, b], { adj_x: { b: false }, adj_y: { b: false } });
    const scores = g.op('AddV2', [g.op('Mul', [bmm(q, k), scale]), addMask]);
    const ctx = reshape(transpose(bmm(g.op('Softmax', [scores]), v), permQ), mergeShape);
    h = await layerNorm(g.op('AddV2', [await linear(ctx, `${p}.attention.output.dense`), h]), `${p}.attention.output.LayerNorm`);
    const x = await linear(h, `${p}.intermediate.dense`);
    const gelu = g.op('Mul', [g.op('Mul', [x, half]), g.op('AddV2', [one, g.op('Erf', [g.op('Mul', [x, rsqrt2])])])]);
    h = await layerNorm(g.op('AddV2', [await linear(gelu, `${p}.output.dense`), h]), `${p}.output.LayerNorm`);
  }
  const hidden = g.op('Identity', [h], {}, 'Identity');
  const first = g.op('GatherV2', [h, zero, axis1], {
    Tparams: { type: 'DT_FLOAT' },
    Tindices: { type: 'DT_INT32' },
    Taxis: { type: 'DT_INT32' },
    batch_dims: { i: '0' },
  });
  const pooled = g.op('Identity', [g.op('Tanh', [await linear(first, 'pooler.dense')])], {}, 'Identity_1');
  return g.build({ last_hidden_state: hidden, pooler_output: pooled }, inputs, options.float16 ?? false);
}
