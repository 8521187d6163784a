import { int64FromRows } from '@mlpack/core';
import type { HostTensor, HostTensorMap } from '@mlpack/core';
import { describe, expect, it } from 'vitest';
import { DECODER_REFERENCE_FAMILIES } from './decoder-families.js';
import type { DecoderFamily } from './decoder-families.js';
import { DECODER_TASKS } from './decoder-types.js';
import type { DecoderTask } from './decoder-types.js';
import { runDecoderReference, runDecoderReference64 } from './run-decoder-reference.js';
import { MemorySource } from './__fixtures__/memory-source.js';
import type { MemoryTensor } from './__fixtures__/memory-source.js';
import { naiveDecoder, naiveGeluTanh, naiveInvFreq, naiveSilu } from './__fixtures__/naive-decoder.js';
import type { NaiveDecoderSpec } from './__fixtures__/naive-decoder.js';
import { maxAbsDiff } from './__fixtures__/naive.js';
import { tinyDecoderConfig, tinyDecoderWeights } from './__fixtures__/random-decoders.js';

/** Same float64 math in another order (naive per-vector code, or cache vs full pass). */
const TOL = 1e-9;

interface Call {
  config: Record<string, unknown>;
  weights: Record<string, MemoryTensor> | MemorySource;
  task: DecoderTask;
  ids: number[][];
  mask?: number[][];
  positions?: number[][];
  past?: HostTensorMap;
}

async function run(c: Call): Promise<HostTensorMap> {
  const source = c.weights instanceof MemorySource ? c.weights : new MemorySource(c.weights);
  const inputs: HostTensorMap = { input_ids: int64FromRows(c.ids), ...c.past };
  if (c.mask) inputs['attention_mask'] = int64FromRows(c.mask);
  if (c.positions) inputs['position_ids'] = int64FromRows(c.positions);
  return runDecoderReference64({ config: c.config, weights: source, task: c.task }, inputs);
}

/** The [..., width] vector at `index` of t. */
function at(t: HostTensor, ...index: number[]): number[] {
  const width = t.dims[t.dims.length - 1]!;
  let flat = 0;
  for (let i = 0; i < index.length; i++) flat = flat * t.dims[i]! + index[i]!;
  return Array.from(t.data as Float64Array).slice(flat * width, (flat + 1) * width);
}

const silu = naiveSilu;
const gpt2Gelu = naiveGeluTanh;

/** The naive spec of tinyDecoderConfig(family) with the given knobs, written out by hand. */
function spec(family: DecoderFamily, o: Partial<NaiveDecoderSpec> = {}): NaiveDecoderSpec {
  const base = { hidden: 16, heads: 4, kvHeads: 2, headDim: 4, layers: 2, intermediate: 12, eps: 1e-5, act: silu, prefix: 'model.', tied: false };
  const invFreq = naiveInvFreq(10000, 4);
  switch (family) {
    case 'gpt2':
      return { kind: 'gpt2', ...base, kvHeads: 4, intermediate: 64, act: gpt2Gelu, prefix: 'transformer.', tied: true, scale: () => 0.5, ...o };
    case 'llama':
      return { kind: 'rotary', ...base, scale: () => 0.5, invFreq, ...o };
    case 'mistral':
      return { kind: 'rotary', ...base, scale: () => 0.5, invFreq, windows: [3, 3], ...o };
    case 'qwen2':
      return { kind: 'rotary', ...base, scale: () => 0.5, invFreq: naiveInvFreq(1e6, 4), qkvBias: true, ...o };
    case 'qwen3':
      return { kind: 'rotary', ...base, headDim: 8, scale: () => 8 ** -0.5, invFreq: naiveInvFreq(10000, 8), qkNorm: true, ...o };
    case 'phi3':
      // partial_rotary_factor 0.5 of 4 dims: one frequency, base^(0/2)
      return { kind: 'rotary', ...base, scale: () => 0.5, invFreq: naiveInvFreq(10000, 2), windows: [4, 4], fused: true, ...o };
    case 'gemma':
      return {
        kind: 'rotary',
        ...base,
        kvHeads: 1,
        headDim: 6,
        scale: () => 6 ** -0.5,
        invFreq: naiveInvFreq(10000, 6),
        gemma: true,
        tied: true,
        act: naiveGeluTanh,
        ...o,
      };
  }
}

const IDS = [3, 7, 1, 12, 5, 18, 9];

describe('decoder forward passes against a naive per-vector implementation (one sequence, every knob)', () => {
  const llama3Inv = (() => {
    // head_dim 8, theta 10000: inv = [1, 0.1, 0.01, 0.001], wavelengths 2π/inv. original 64 / low 1 / high 8:
    // 6.28 < 8 → kept; 62.8 in [8, 64] → smoothed; 628 and 6283 > 64 → divided by 8.
    const inv = naiveInvFreq(10000, 8);
    const smooth = (64 / ((2 * Math.PI) / inv[1]!) - 1) / (8 - 1);
    return [inv[0]!, ((1 - smooth) * inv[1]!) / 8 + smooth * inv[1]!, inv[2]! / 8, inv[3]! / 8];
  })();
  const cases: [string, DecoderFamily, Record<string, unknown>, Partial<NaiveDecoderSpec>][] = [
    ['llama (GQA 4/2, untied)', 'llama', {}, {}],
    [
      'llama attention_bias + mlp_bias, tied head',
      'llama',
      { attention_bias: true, mlp_bias: true, tie_word_embeddings: true },
      { qkvBias: true, outBias: true, mlpBias: true, tied: true },
    ],
    ['llama MHA (kv heads = heads)', 'llama', { num_key_value_heads: 4 }, { kvHeads: 4 }],
    ['llama MQA (num_key_value_heads 1)', 'llama', { num_key_value_heads: 1 }, { kvHeads: 1 }],
    ['llama rope_scaling linear ×2', 'llama', { rope_scaling: { rope_type: 'linear', factor: 2 } }, { invFreq: naiveInvFreq(10000, 4).map((f) => f / 2) }],
    // seq 7 > max_position_embeddings 4: base 10000 · (2·7/4 − 1)^(4/2) = 62500
    [
      'llama rope_scaling dynamic past max_position_embeddings',
      'llama',
      { rope_scaling: { type: 'dynamic', factor: 2 }, max_position_embeddings: 4 },
      { invFreq: naiveInvFreq(62500, 4) },
    ],
    ['llama rope_scaling dynamic within max_position_embeddings (default frequencies)', 'llama', { rope_scaling: { type: 'dynamic', factor: 2 } }, {}],
    [
      'llama rope_scaling llama3 (every band), head_dim 8',
      'llama',
      { head_dim: 8, rope_scaling: { rope_type: 'llama3', factor: 8, low_freq_factor: 1, high_freq_factor: 8, original_max_position_embeddings: 64 } },
      { headDim: 8, scale: () => 8 ** -0.5, invFreq: llama3Inv },
    ],
    ['llama rope_theta 500', 'llama', { rope_theta: 500 }, { invFreq: naiveInvFreq(500, 4) }],
    ['mistral sliding_window 3', 'mistral', {}, {}],
    ['mistral sliding_window null', 'mistral', { sliding_window: null }, { windows: [null, null] }],
    ['qwen2 q/k/v biases, rope_theta 1e6', 'qwen2', {}, {}],
    ['qwen2 sliding_window without use_sliding_window: no window', 'qwen2', { sliding_window: 2 }, {}],
    ['qwen2 use_sliding_window, max_window_layers 1', 'qwen2', { use_sliding_window: true, sliding_window: 2, max_window_layers: 1 }, { windows: [null, 2] }],
    [
      'qwen2 layer_types',
      'qwen2',
      { use_sliding_window: true, sliding_window: 2, layer_types: ['sliding_attention', 'full_attention'] },
      { windows: [2, null] },
    ],
    ['qwen3 q/k norms, head_dim 8', 'qwen3', {}, {}],
    ['qwen3 attention_bias', 'qwen3', { attention_bias: true }, { qkvBias: true, outBias: true }],
    ['qwen3 use_sliding_window', 'qwen3', { use_sliding_window: true, sliding_window: 3, max_window_layers: 0 }, { windows: [3, 3] }],
    ['phi3 fused qkv / gate_up, partial rotary 0.5, window 4', 'phi3', {}, {}],
    ['phi3 full rotary, no window', 'phi3', { partial_rotary_factor: 1, sliding_window: null }, { invFreq: naiveInvFreq(10000, 4), windows: [null, null] }],
    ['gemma head_dim 6, MQA, tied, (1 + w) norms, scaled embeddings', 'gemma', {}, {}],
    ['gemma hidden_act only (silu)', 'gemma', { hidden_activation: undefined, hidden_act: 'silu' }, { act: silu }],
    ['gemma untied', 'gemma', { tie_word_embeddings: false }, { tied: false }],
    ['gpt2 (tied head, gelu_new)', 'gpt2', {}, {}],
    [
      'gpt2 scale_attn_by_inverse_layer_idx, relu, untied',
      'gpt2',
      { scale_attn_by_inverse_layer_idx: true, activation_function: 'relu', tie_word_embeddings: false },
      { scale: (l) => 0.5 / (l + 1), act: (x) => Math.max(0, x), tied: false },
    ],
    ['gpt2 scale_attn_weights false, n_inner 20', 'gpt2', { scale_attn_weights: false, n_inner: 20 }, { scale: () => 1, intermediate: 20 }],
    [
      'gpt2 hidden_size / num_attention_heads spelled the transformers way',
      'gpt2',
      { hidden_size: 16, num_attention_heads: 2, n_head: 8 },
      { heads: 2, kvHeads: 2, headDim: 8, scale: () => 8 ** -0.5 },
    ],
  ];

  it.each(cases)('%s', async (_name, family, overrides, knobs) => {
    const config = tinyDecoderConfig(family, overrides);
    const weights = tinyDecoderWeights(family, config, 'text-generation');
    const out = await run({ config, weights, task: 'text-generation', ids: [IDS] });
    const naive = naiveDecoder(spec(family, knobs), weights, IDS);
    expect(out['logits']!.dims).toEqual([1, IDS.length, 19]);
    expect(maxAbsDiff(out['logits']!.data as Float64Array, naive.logits.flat())).toBeLessThan(TOL);
  });

  it('the knobs matter: each variant changes the logits of the same weights under the family default config', async () => {
    let compared = 0;
    for (const [name, family, overrides] of cases) {
      if (Object.keys(overrides).length === 0 || name.includes('within max_position') || name.includes('without use_sliding_window')) continue;
      const config = tinyDecoderConfig(family, overrides);
      const weights = tinyDecoderWeights(family, config, 'text-generation', { lmHead: true });
      const b = await run({ config, weights, task: 'text-generation', ids: [IDS] });
      // variants that change tensor shapes (head_dim, kv heads, n_inner…) cannot run under the default config
      const a = await run({ config: tinyDecoderConfig(family), weights, task: 'text-generation', ids: [IDS] }).catch((e: { code?: string }) => {
        expect(e.code, name).toBe('REF_BAD_SHAPE');
        return undefined;
      });
      if (a === undefined) continue;
      compared++;
      expect(maxAbsDiff(a['logits']!.data as Float64Array, b['logits']!.data as Float64Array), name).toBeGreaterThan(1e-6);
    }
    expect(compared).toBeGreaterThanOrEqual(14);
  });

  it('feature-extraction returns the final hidden states of a bare …Model checkpoint (no prefix)', async () => {
    for (const family of DECODER_REFERENCE_FAMILIES) {
      const config = tinyDecoderConfig(family);
      const weights = tinyDecoderWeights(family, config, 'feature-extraction');
      const out = await run({ config, weights, task: 'feature-extraction', ids: [IDS] });
      expect(Object.keys(out)).toEqual(['last_hidden_state']);
      expect(out['last_hidden_state']!.dims).toEqual([1, IDS.length, 16]);
      const naive = naiveDecoder({ ...spec(family), prefix: '' }, weights, IDS);
      expect(maxAbsDiff(out['last_hidden_state']!.data as Float64Array, naive.hidden.flat()), family).toBeLessThan(TOL);
    }
  });
});

describe.each([...DECODER_REFERENCE_FAMILIES])('%s', (family) => {
  const config = tinyDecoderConfig(family);
  const kvHeads = family === 'gpt2' ? 4 : family === 'gemma' ? 1 : 2;
  const headDim = family === 'gemma' ? 6 : family === 'qwen3' ? 8 : 4;

  it.each([...DECODER_TASKS])('%s: Optimum output names and dims, each weight read once', async (task) => {
    const source = new MemorySource(tinyDecoderWeights(family, config, task, { lmHead: true }));
    const out = await run({ config, weights: source, task, ids: [IDS, IDS.map((t) => (t % 18) + 1)] });
    const expected =
      task === 'text-generation'
        ? ['logits', ...[0, 1].flatMap((l) => [`present.${l}.key`, `present.${l}.value`])]
        : task === 'text-classification'
          ? ['logits']
          : ['last_hidden_state'];
    expect(Object.keys(out)).toEqual(expected);
    for (const t of Object.values(out)) {
      expect(t.dtype).toBe('float64');
      expect((t.data as Float64Array).every(Number.isFinite)).toBe(true);
    }
    if (task === 'text-generation') {
      expect(out['logits']!.dims).toEqual([2, 7, 19]);
      expect(out['present.1.value']!.dims).toEqual([2, kvHeads, 7, headDim]);
    }
    if (task === 'text-classification') expect(out['logits']!.dims).toEqual([2, 3]);
    for (const [name, n] of source.readCounts) expect(n, name).toBe(1);
    // a stored lm_head copy is not read when the head is tied (gemma, gpt2 here)
    expect(source.readCounts.has('lm_head.weight')).toBe(task === 'text-generation' && family !== 'gemma' && family !== 'gpt2');
    expect([...source.readCounts.keys()].some((n) => /\.attn\.bias$/.test(n))).toBe(false);
  });

  it('cache consistency: prefix pass + cached single-token steps = full pass (batch 2, left padding)', async () => {
    const weights = new MemorySource(tinyDecoderWeights(family, config, 'text-generation'));
    const long = [3, 7, 1, 12, 5, 18, 9];
    const short = [0, 0, 0, 4, 8, 6, 11];
    const mask = [long.map(() => 1), [0, 0, 0, 1, 1, 1, 1]];
    const full = await run({ config, weights, task: 'text-generation', ids: [long, short], mask });
    const prefix = 4;
    let out = await run({
      config,
      weights,
      task: 'text-generation',
      ids: [long.slice(0, prefix), short.slice(0, prefix)],
      mask: mask.map((m) => m.slice(0, prefix)),
    });
    const stepLogits: HostTensor[] = [out['logits']!];
    for (let t = prefix; t < long.length; t++) {
      const past: HostTensorMap = {};
      for (const [name, v] of Object.entries(out)) if (name.startsWith('present.')) past[name.replace('present.', 'past_key_values.')] = v;
      out = await run({ config, weights, task: 'text-generation', ids: [[long[t]!], [short[t]!]], mask: mask.map((m) => m.slice(0, t + 1)), past });
      expect(out['present.0.key']!.dims[2]).toBe(t + 1);
      stepLogits.push(out['logits']!);
    }
    let worst = 0;
    for (let b = 0; b < 2; b++) {
      for (let t = 0; t < long.length; t++) {
        if (mask[b]![t] === 0) continue; // padded queries attend uniformly to every key so far: not comparable
        const got = t < prefix ? at(stepLogits[0]!, b, t) : at(stepLogits[t - prefix + 1]!, b, 0);
        worst = Math.max(worst, maxAbsDiff(got, at(full['logits']!, b, t)));
      }
    }
    expect(worst).toBeLessThan(TOL);
    // the final caches agree at every attended position
    for (const name of ['present.0.key', 'present.1.value']) {
      for (let b = 0; b < 2; b++) {
        for (let h = 0; h < kvHeads; h++) {
          for (let t = 0; t < long.length; t++) {
            if (mask[b]![t] === 1) expect(maxAbsDiff(at(out[name]!, b, h, t), at(full[name]!, b, h, t))).toBeLessThan(TOL);
          }
        }
      }
    }
    // and padding is really masked: the padded row equals the same tokens alone
    const alone = await run({ config, weights, task: 'text-generation', ids: [short.slice(3)] });
    for (let t = 0; t < 4; t++) expect(maxAbsDiff(at(alone['logits']!, 0, t), at(full['logits']!, 1, t + 3))).toBeLessThan(TOL);
  });

  it('text-classification pools the last non-padding token (right and left padding) through score.weight', async () => {
    const weights = tinyDecoderWeights(family, config, 'text-classification');
    const real = [5, 9, 2];
    const rows = [
      [3, 7, 1, 12, 5],
      [...real, 0, 0],
      [0, 0, ...real],
    ];
    const mask = rows.map((r, i) => r.map((t) => (i > 0 && t === 0 ? 0 : 1)));
    const out = await run({ config, weights, task: 'text-classification', ids: rows, mask });
    const score = weights['score.weight']!;
    const prefix = family === 'gpt2' ? 'transformer.' : 'model.';
    const logitsOf = (ids: number[]): number[] => {
      const h = naiveDecoder({ ...spec(family), prefix }, weights, ids).hidden.at(-1)!;
      return [0, 1, 2].map((o) => h.reduce((s, v, k) => s + v * score.data[o * 16 + k]!, 0));
    };
    expect(maxAbsDiff(at(out['logits']!, 0), logitsOf(rows[0]!))).toBeLessThan(TOL);
    expect(maxAbsDiff(at(out['logits']!, 1), logitsOf(real))).toBeLessThan(TOL);
    expect(maxAbsDiff(at(out['logits']!, 2), logitsOf(real))).toBeLessThan(TOL);
  });
});

describe('runDecoderReference details', () => {
  const config = tinyDecoderConfig('llama');
  const weights = tinyDecoderWeights('llama', config, 'text-generation');

  it('rounds the float64 results to float32', async () => {
    const source = new MemorySource(weights);
    const inputs = { input_ids: int64FromRows([IDS]) };
    const o64 = await runDecoderReference64({ config, weights: source, task: 'text-generation' }, inputs);
    const o32 = await runDecoderReference({ config, weights: source, task: 'text-generation' }, inputs);
    expect(Object.keys(o32)).toEqual(Object.keys(o64));
    for (const name of Object.keys(o64)) {
      expect(o32[name]!.dtype).toBe('float32');
      expect([...(o32[name]!.data as Float32Array)]).toEqual([...(o64[name]!.data as Float64Array)].map(Math.fround));
    }
  });

  it('position_ids default to the running count of the mask (what transformers.js feeds)', async () => {
    const ids = [[0, 0, 3, 7, 1]];
    const mask = [[0, 0, 1, 1, 1]];
    const implicit = await run({ config, weights, task: 'text-generation', ids, mask });
    const explicit = await run({ config, weights, task: 'text-generation', ids, mask, positions: [[1, 1, 0, 1, 2]] });
    expect([...(implicit['logits']!.data as Float64Array)]).toEqual([...(explicit['logits']!.data as Float64Array)]);
    // RoPE sees only position differences: stretch them to make a difference
    const shifted = await run({ config, weights, task: 'text-generation', ids, mask, positions: [[0, 1, 2, 4, 7]] });
    expect(maxAbsDiff(at(shifted['logits']!, 0, 4), at(implicit['logits']!, 0, 4))).toBeGreaterThan(1e-6);
  });

  it("the mask hides keys: unmasked padding changes the real tokens' logits", async () => {
    const ids = [[0, 0, 3, 7, 1]];
    const masked = await run({ config, weights, task: 'text-generation', ids, mask: [[0, 0, 1, 1, 1]] });
    const unmasked = await run({ config, weights, task: 'text-generation', ids, mask: [[1, 1, 1, 1, 1]], positions: [[1, 1, 0, 1, 2]] });
    expect(maxAbsDiff(at(masked['logits']!, 0, 4), at(unmasked['logits']!, 0, 4))).toBeGreaterThan(1e-6);
  });

  it('a fully masked query row (left padding) stays finite', async () => {
    const out = await run({ config, weights, task: 'text-generation', ids: [[0, 3]], mask: [[0, 1]] });
    expect((out['logits']!.data as Float64Array).every(Number.isFinite)).toBe(true);
  });

  it('an empty past (dims [b, kv, 0, d], as transformers.js feeds first) is the same as none', async () => {
    const past: HostTensorMap = {};
    for (let l = 0; l < 2; l++) {
      for (const kind of ['key', 'value']) past[`past_key_values.${l}.${kind}`] = { dtype: 'float32', dims: [1, 2, 0, 4], data: new Float32Array(0) };
    }
    const a = await run({ config, weights, task: 'text-generation', ids: [IDS] });
    const b = await run({ config, weights, task: 'text-generation', ids: [IDS], past });
    expect([...(b['logits']!.data as Float64Array)]).toEqual([...(a['logits']!.data as Float64Array)]);
  });

  it('text-classification without pad_token_id: last position for one row, REF_BAD_INPUT for a batch', async () => {
    const c = tinyDecoderConfig('llama', { pad_token_id: null });
    const w = tinyDecoderWeights('llama', c, 'text-classification');
    const one = await run({ config: c, weights: w, task: 'text-classification', ids: [[3, 0, 0]] });
    const withPad = await run({ config, weights: w, task: 'text-classification', ids: [[3, 0, 0]] });
    expect(maxAbsDiff(at(one['logits']!, 0), at(withPad['logits']!, 0))).toBeGreaterThan(1e-6);
    await expect(run({ config: c, weights: w, task: 'text-classification', ids: [[3], [4]] })).rejects.toMatchObject({
      code: 'REF_BAD_INPUT',
      message: expect.stringMatching(/pad_token_id/),
    });
  });
});

describe('coded errors', () => {
  const config = tinyDecoderConfig('llama');
  const weights = tinyDecoderWeights('llama', config, 'text-generation');
  const emptyPast = (dims: number[], names = [0, 1].flatMap((l) => [`past_key_values.${l}.key`, `past_key_values.${l}.value`])): HostTensorMap =>
    Object.fromEntries(names.map((n) => [n, { dtype: 'float32', dims, data: new Float32Array(dims.reduce((a, b) => a * b, 1)) }]));

  it('REF_BAD_CONFIG when num_key_value_heads does not divide the heads', async () => {
    await expect(run({ config: { ...config, num_key_value_heads: 3 }, weights, task: 'text-generation', ids: [[1]] })).rejects.toMatchObject({
      code: 'REF_BAD_CONFIG',
      pointer: '/num_key_value_heads',
    });
  });

  it('REF_MISSING_TENSOR naming the absent weight', async () => {
    const w = { ...weights };
    delete w['model.layers.1.mlp.up_proj.weight'];
    await expect(run({ config, weights: w, task: 'text-generation', ids: [[1]] })).rejects.toMatchObject({
      code: 'REF_MISSING_TENSOR',
      tensor: 'model.layers.1.mlp.up_proj.weight',
    });
    const noHead = { ...weights };
    delete noHead['lm_head.weight'];
    await expect(run({ config, weights: noHead, task: 'text-generation', ids: [[1]] })).rejects.toMatchObject({
      code: 'REF_MISSING_TENSOR',
      tensor: 'lm_head.weight',
    });
    await expect(run({ config, weights, task: 'text-classification', ids: [[1]] })).rejects.toMatchObject({
      code: 'REF_MISSING_TENSOR',
      tensor: 'score.weight',
    });
  });

  it('REF_UNSUPPORTED naming an unknown rope_scaling type; phi3 longrope refused', async () => {
    await expect(
      run({ config: { ...config, rope_scaling: { rope_type: 'yarn', factor: 4 } }, weights, task: 'text-generation', ids: [[1]] }),
    ).rejects.toMatchObject({
      code: 'REF_UNSUPPORTED',
      pointer: '/rope_scaling/rope_type',
      message: expect.stringMatching(/"yarn"/),
    });
    const phi3 = tinyDecoderConfig('phi3', { rope_scaling: { type: 'longrope', short_factor: [1], long_factor: [1] } });
    await expect(
      run({ config: phi3, weights: tinyDecoderWeights('phi3', phi3, 'text-generation'), task: 'text-generation', ids: [[1]] }),
    ).rejects.toMatchObject({
      code: 'REF_UNSUPPORTED',
      message: expect.stringMatching(/longrope/),
    });
  });

  it('REF_BAD_INPUT for past_key_values of the wrong shape, dtype or count', async () => {
    const ids = [[1]];
    const cases: [HostTensorMap, RegExp][] = [
      [emptyPast([1, 3, 2, 4]), /past_key_values\.0\.key has dims \[1, 3, 2, 4\]/],
      [emptyPast([1, 2, 2, 5]), /head_dim/],
      [emptyPast([2, 2, 2, 4]), /expected \[1, 2/],
      [emptyPast([1, 2, 2, 4], ['past_key_values.0.key', 'past_key_values.0.value']), /past_key_values\.1\.key is missing/],
      [{ ...emptyPast([1, 2, 2, 4]), 'past_key_values.1.value': { dtype: 'float32', dims: [1, 2, 3, 4], data: new Float32Array(24) } }, /past length 3/],
      [{ ...emptyPast([1, 2, 2, 4]), 'past_key_values.0.value': int64FromRows([[1]]) }, /float32 or float64/],
      [{ ...emptyPast([1, 2, 2, 4]), 'past_key_values.2.key': int64FromRows([[1]]) }, /not an input/],
    ];
    for (const [past, message] of cases) {
      await expect(run({ config, weights, task: 'text-generation', ids, mask: [[1, 1, 1]], past })).rejects.toMatchObject({
        code: 'REF_BAD_INPUT',
        message: expect.stringMatching(message),
      });
    }
  });

  it('REF_BAD_INPUT for a mask that does not cover past + sequence, bad ids, GPT-2 positions past n_positions', async () => {
    await expect(run({ config, weights, task: 'text-generation', ids: [[1]], past: emptyPast([1, 2, 2, 4]) })).resolves.toBeDefined();
    await expect(run({ config, weights, task: 'text-generation', ids: [[1]], mask: [[1]], past: emptyPast([1, 2, 2, 4]) })).rejects.toMatchObject({
      code: 'REF_BAD_INPUT',
      tensor: 'attention_mask',
    });
    await expect(run({ config, weights, task: 'text-generation', ids: [[19]] })).rejects.toMatchObject({ code: 'REF_BAD_INPUT', tensor: 'input_ids' });
    const g = tinyDecoderConfig('gpt2');
    await expect(
      run({ config: g, weights: tinyDecoderWeights('gpt2', g, 'text-generation'), task: 'text-generation', ids: [[1]], positions: [[24]] }),
    ).rejects.toMatchObject({
      code: 'REF_BAD_INPUT',
      tensor: 'position_ids',
    });
  });

  it('REF_UNSUPPORTED for an encoder model_type or an encoder task', async () => {
    const source = new MemorySource(weights);
    await expect(
      runDecoderReference64({ config: { model_type: 'bert' }, weights: source, task: 'text-generation' }, { input_ids: int64FromRows([[1]]) }),
    ).rejects.toMatchObject({
      code: 'REF_UNSUPPORTED',
      hint: expect.stringMatching(/runReference64/),
    });
    await expect(
      runDecoderReference64({ config, weights: source, task: 'fill-mask' as DecoderTask }, { input_ids: int64FromRows([[1]]) }),
    ).rejects.toMatchObject({ code: 'REF_UNSUPPORTED' });
  });
});
