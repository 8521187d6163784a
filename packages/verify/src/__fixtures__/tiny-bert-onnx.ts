/**
 * Test fixture: a BertModel (last_hidden_state + pooler_output) or BertForSequenceClassification
 * (logits) written as an ONNX graph by hand, node by node, over a checkpoint's weights — an
 * end-to-end "converted model" for verify's tests that does not depend on mlpack's converter.
 * Dynamic batch and sequence.
 */
import type { TensorSource } from '@mlpack/core';
import { ONNX_FLOAT, ONNX_INT64, OnnxGraphWriter } from './onnx-proto-writer.js';

export interface TinyBertOnnxOptions {
  /** `base`: last_hidden_state + pooler_output; `seqcls`: logits = classifier(pooler). */
  head?: 'base' | 'seqcls';
  /** Prefix of the backbone's tensor names (`bert.` in task checkpoints). */
  prefix?: string;
  /** Add `delta` to element `index` of one weight (a deliberately broken conversion). */
  perturb?: { tensor: string; index: number; delta: number };
}

/** transformers' additive mask value: torch.finfo(float32).min. */
const FLOAT32_MIN = -3.4028234663852886e38;

export async function tinyBertOnnx(config: Record<string, unknown>, weights: TensorSource, options: TinyBertOnnxOptions = {}): Promise<Uint8Array> {
  const H = config.hidden_size as number;
  const heads = config.num_attention_heads as number;
  const layers = config.num_hidden_layers as number;
  const eps = (config.layer_norm_eps as number | undefined) ?? 1e-12;
  const hd = H / heads;
  const g = new OnnxGraphWriter();
  const pre = options.prefix ?? '';
  const head = options.head ?? 'base';
  const full = (name: string): string => (name.startsWith('classifier.') ? name : pre + name);
  const read = async (short: string): Promise<Float32Array> => {
    const name = full(short);
    const v = Float32Array.from(await weights.readFloat32(name));
    if (options.perturb?.tensor === name) v[options.perturb.index] = v[options.perturb.index]! + options.perturb.delta;
    return v;
  };
  const w = async (name: string): Promise<string> => g.floatInit(name, [...weights.get(full(name))!.shape], await read(name));
  /** x @ W^T + b with W [out, in] stored transposed as [in, out]. */
  const linear = async (x: string, prefix: string): Promise<string> => {
    const [out, inn] = weights.get(full(`${prefix}.weight`))!.shape as [number, number];
    const src = await read(`${prefix}.weight`);
    const t = new Float32Array(out * inn);
    for (let o = 0; o < out; o++) for (let i = 0; i < inn; i++) t[i * out + o] = src[o * inn + i]!;
    const wt = g.floatInit(`${prefix}.weight_T`, [inn, out], t);
    return g.op('Add', [g.op('MatMul', [x, wt]), await w(`${prefix}.bias`)]);
  };
  const layerNorm = async (x: string, prefix: string): Promise<string> =>
    g.op(
      'LayerNormalization',
      [x, await w(`${prefix}.weight`), await w(`${prefix}.bias`)],
      [
        { name: 'axis', int: -1 },
        { name: 'epsilon', float: eps },
      ],
    );

  const dims = ['batch_size', 'sequence_length'];
  g.input('input_ids', ONNX_INT64, dims);
  g.input('attention_mask', ONNX_INT64, dims);
  g.input('token_type_ids', ONNX_INT64, dims);
  const c = {
    zero: g.int64Init('c_zero', [], [0]),
    one: g.int64Init('c_one', [], [1]),
    fone: g.floatInit('c_fone', [], [1]),
    half: g.floatInit('c_half', [], [0.5]),
    rsqrt2: g.floatInit('c_rsqrt2', [], [Math.SQRT1_2]),
    scale: g.floatInit('c_scale', [], [1 / Math.sqrt(hd)]),
    fmin: g.floatInit('c_fmin', [], [FLOAT32_MIN]),
    maskAxes: g.int64Init('c_mask_axes', [2], [1, 2]),
    splitShape: g.int64Init('c_split', [4], [0, 0, heads, hd]),
    mergeShape: g.int64Init('c_merge', [3], [0, 0, H]),
  };

  // Embeddings: word + token type + absolute position (0..S-1), then LayerNorm.
  const seqLen = g.op('Gather', [g.op('Shape', ['input_ids']), c.one], [{ name: 'axis', int: 0 }]);
  const positions = g.op('Range', [c.zero, seqLen, c.one]);
  let h = g.op('Add', [
    g.op('Add', [
      g.op('Gather', [await w('embeddings.word_embeddings.weight'), 'input_ids']),
      g.op('Gather', [await w('embeddings.token_type_embeddings.weight'), 'token_type_ids']),
    ]),
    g.op('Gather', [await w('embeddings.position_embeddings.weight'), positions]),
  ]);
  h = await layerNorm(h, 'embeddings.LayerNorm');

  // Additive mask [B, 1, 1, S]: (1 - mask) * float32 min.
  const maskF = g.op('Unsqueeze', [g.op('Cast', ['attention_mask'], [{ name: 'to', int: ONNX_FLOAT }]), c.maskAxes]);
  const addMask = g.op('Mul', [g.op('Sub', [c.fone, maskF]), c.fmin]);

  for (let l = 0; l < layers; l++) {
    const p = `encoder.layer.${l}`;
    const splitHeads = (x: string, perm: number[]): string => g.op('Transpose', [g.op('Reshape', [x, c.splitShape])], [{ name: 'perm', ints: perm }]);
    const q = splitHeads(await linear(h, `${p}.attention.self.query`), [0, 2, 1, 3]);
    const k = splitHeads(await linear(h, `${p}.attention.self.key`), [0, 2, 3, 1]);
    const v = splitHeads(await linear(h, `${p}.attention.self.value`), [0, 2, 1, 3]);
    const scores = g.op('Add', [g.op('Mul', [g.op('MatMul', [q, k]), c.scale]), addMask]);
    const ctx = g.op('Reshape', [
      g.op('Transpose', [g.op('MatMul', [g.op('Softmax', [scores], [{ name: 'axis', int: -1 }]), v])], [{ name: 'perm', ints: [0, 2, 1, 3] }]),
      c.mergeShape,
    ]);
    h = await layerNorm(g.op('Add', [await linear(ctx, `${p}.attention.output.dense`), h]), `${p}.attention.output.LayerNorm`);
    const x = await linear(h, `${p}.intermediate.dense`);
    const gelu = g.op('Mul', [g.op('Mul', [x, c.half]), g.op('Add', [c.fone, g.op('Erf', [g.op('Mul', [x, c.rsqrt2])])])]);
    h = await layerNorm(g.op('Add', [await linear(gelu, `${p}.output.dense`), h]), `${p}.output.LayerNorm`);
  }
  const first = g.op('Gather', [h, c.zero], [{ name: 'axis', int: 1 }]);
  const pooled = g.op('Tanh', [await linear(first, 'pooler.dense')]);
  if (head === 'seqcls') {
    g.node('Identity', [await linear(pooled, 'classifier')], ['logits']);
    g.output('logits', ONNX_FLOAT, ['batch_size', weights.get('classifier.weight')!.shape[0]!]);
  } else {
    g.node('Identity', [h], ['last_hidden_state']);
    g.node('Identity', [pooled], ['pooler_output']);
    g.output('last_hidden_state', ONNX_FLOAT, [...dims, H]);
    g.output('pooler_output', ONNX_FLOAT, ['batch_size', H]);
  }
  return g.build();
}
