import type { MemoryTensor } from './memory-source.js';

/**
 * A deliberately plain decoder forward pass — one unpadded sequence, no cache, vectors as
 * number[], every knob spelled out by the test rather than read from config.json — used to check
 * the reference's wiring of each family and knob where no golden exists.
 */
export interface NaiveDecoderSpec {
  kind: 'gpt2' | 'rotary';
  hidden: number;
  heads: number;
  kvHeads: number;
  headDim: number;
  layers: number;
  intermediate: number;
  eps: number;
  act: (x: number) => number;
  /** Base-model prefix of the tensor names (`model.`, `transformer.` or ''). */
  prefix: string;
  /** Score multiplier per layer (q·k × scale(l)). */
  scale: (layer: number) => number;
  /** Inverse RoPE frequencies for this call (rotary). Rotated dims per head = 2 × length. */
  invFreq?: number[];
  /** Sliding window per layer (rotary), null = none. */
  windows?: (number | null)[];
  qkvBias?: boolean;
  outBias?: boolean;
  mlpBias?: boolean;
  /** phi3: fused qkv_proj and gate_up_proj. */
  fused?: boolean;
  /** qwen3: q_norm / k_norm. */
  qkNorm?: boolean;
  /** gemma: (1 + w) norms and sqrt(hidden) embedding scale. */
  gemma?: boolean;
  /** LM head is the embedding table. */
  tied: boolean;
}

export const naiveSilu = (x: number): number => x / (1 + Math.exp(-x));
export const naiveGeluTanh = (x: number): number => 0.5 * x * (1 + Math.tanh(Math.sqrt(2 / Math.PI) * (x + 0.044715 * x ** 3)));

/** theta^(-2k/dim) for k < dim/2. */
export function naiveInvFreq(theta: number, dim: number): number[] {
  return Array.from({ length: Math.ceil(dim / 2) }, (_, k) => 1 / theta ** ((2 * k) / dim));
}

function row(t: MemoryTensor, r: number): number[] {
  const w = t.shape[t.shape.length - 1]!;
  return Array.from(t.data.subarray(r * w, (r + 1) * w));
}

/** W x (+ b) with W [out, in] (nn.Linear). */
function matvec(w: MemoryTensor, x: number[], b?: MemoryTensor): number[] {
  return Array.from({ length: w.shape[0]! }, (_, o) => row(w, o).reduce((s, v, k) => s + v * x[k]!, b === undefined ? 0 : b.data[o]!));
}

/** x W + b with W [in, out] (GPT-2 Conv1D). */
function conv1d(w: MemoryTensor, b: MemoryTensor, x: number[]): number[] {
  const [inF, outF] = w.shape as [number, number];
  return Array.from({ length: outF }, (_, o) => {
    let s = b.data[o]!;
    for (let k = 0; k < inF; k++) s += x[k]! * w.data[k * outF + o]!;
    return s;
  });
}

function rms(x: number[], w: MemoryTensor, eps: number, gemma: boolean): number[] {
  const ms = x.reduce((a, v) => a + v * v, 0) / x.length;
  return x.map((v, i) => (v / Math.sqrt(ms + eps)) * (gemma ? 1 + w.data[i]! : w.data[i]!));
}

function layerNorm(x: number[], g: MemoryTensor, b: MemoryTensor, eps: number): number[] {
  const mean = x.reduce((a, v) => a + v, 0) / x.length;
  const variance = x.reduce((a, v) => a + (v - mean) ** 2, 0) / x.length;
  return x.map((v, i) => ((v - mean) / Math.sqrt(variance + eps)) * g.data[i]! + b.data[i]!);
}

/** Rotate pairs (d, d + half) of the first 2·half dims by position × invFreq[d]. */
function rope(v: number[], pos: number, inv: number[]): number[] {
  const half = inv.length;
  const out = [...v];
  for (let d = 0; d < half; d++) {
    const a = pos * inv[d]!;
    out[d] = v[d]! * Math.cos(a) - v[d + half]! * Math.sin(a);
    out[d + half] = v[d + half]! * Math.cos(a) + v[d]! * Math.sin(a);
  }
  return out;
}

/** Hidden states after the final norm and LM logits (when the head is there) at every position of `ids` (positions 0..n-1). */
export function naiveDecoder(spec: NaiveDecoderSpec, w: Record<string, MemoryTensor>, ids: number[]): { hidden: number[][]; logits: number[][] } {
  const W = (name: string): MemoryTensor => {
    const t = w[name];
    if (t === undefined) throw new Error(`naive: no ${name}`);
    return t;
  };
  const P = spec.prefix;
  const gpt2 = spec.kind === 'gpt2';
  const embed = W(gpt2 ? `${P}wte.weight` : `${P}embed_tokens.weight`);
  let x = ids.map((id, pos) => {
    const e = row(embed, id);
    if (gpt2) return e.map((v, i) => v + row(W(`${P}wpe.weight`), pos)[i]!);
    return spec.gemma ? e.map((v) => v * Math.fround(Math.sqrt(spec.hidden))) : e;
  });
  const D = spec.headDim;
  for (let l = 0; l < spec.layers; l++) {
    const b = gpt2 ? `${P}h.${l}.` : `${P}layers.${l}.`;
    const qs: number[][][] = [];
    const ks: number[][][] = [];
    const vs: number[][][] = [];
    x.forEach((xt, pos) => {
      let q: number[];
      let k: number[];
      let v: number[];
      if (gpt2) {
        const qkv = conv1d(W(`${b}attn.c_attn.weight`), W(`${b}attn.c_attn.bias`), layerNorm(xt, W(`${b}ln_1.weight`), W(`${b}ln_1.bias`), spec.eps));
        q = qkv.slice(0, spec.hidden);
        k = qkv.slice(spec.hidden, 2 * spec.hidden);
        v = qkv.slice(2 * spec.hidden);
      } else {
        const h = rms(xt, W(`${b}input_layernorm.weight`), spec.eps, spec.gemma === true);
        if (spec.fused) {
          const qkv = matvec(W(`${b}self_attn.qkv_proj.weight`), h);
          q = qkv.slice(0, spec.heads * D);
          k = qkv.slice(spec.heads * D, (spec.heads + spec.kvHeads) * D);
          v = qkv.slice((spec.heads + spec.kvHeads) * D);
        } else {
          const bias = (n: string): MemoryTensor | undefined => (spec.qkvBias ? W(`${b}self_attn.${n}.bias`) : undefined);
          q = matvec(W(`${b}self_attn.q_proj.weight`), h, bias('q_proj'));
          k = matvec(W(`${b}self_attn.k_proj.weight`), h, bias('k_proj'));
          v = matvec(W(`${b}self_attn.v_proj.weight`), h, bias('v_proj'));
        }
      }
      const split = (a: number[], n: number): number[][] => Array.from({ length: n }, (_, i) => a.slice(i * D, (i + 1) * D));
      let qh = split(q, spec.heads);
      let kh = split(k, spec.kvHeads);
      if (spec.qkNorm) {
        qh = qh.map((u) => rms(u, W(`${b}self_attn.q_norm.weight`), spec.eps, false));
        kh = kh.map((u) => rms(u, W(`${b}self_attn.k_norm.weight`), spec.eps, false));
      }
      if (!gpt2) {
        qh = qh.map((u) => rope(u, pos, spec.invFreq!));
        kh = kh.map((u) => rope(u, pos, spec.invFreq!));
      }
      qs.push(qh);
      ks.push(kh);
      vs.push(split(v, spec.kvHeads));
    });
    const window = spec.windows?.[l] ?? null;
    x = x.map((xt, i) => {
      const ctx: number[] = [];
      for (let h = 0; h < spec.heads; h++) {
        const g = Math.floor(h / (spec.heads / spec.kvHeads));
        const js = Array.from({ length: i + 1 }, (_, j) => j).filter((j) => window === null || i - window < j);
        const scores = js.map((j) => qs[i]![h]!.reduce((s, a, d) => s + a * ks[j]![g]![d]!, 0) * spec.scale(l));
        const m = Math.max(...scores);
        const e = scores.map((s) => Math.exp(s - m));
        const z = e.reduce((a, c) => a + c, 0);
        for (let d = 0; d < D; d++) ctx.push(js.reduce((s, j, n) => s + (e[n]! / z) * vs[j]![g]![d]!, 0));
      }
      const o = gpt2
        ? conv1d(W(`${b}attn.c_proj.weight`), W(`${b}attn.c_proj.bias`), ctx)
        : matvec(W(`${b}self_attn.o_proj.weight`), ctx, spec.outBias ? W(`${b}self_attn.o_proj.bias`) : undefined);
      const x1 = xt.map((u, n) => u + o[n]!);
      let m: number[];
      if (gpt2) {
        const f = conv1d(W(`${b}mlp.c_fc.weight`), W(`${b}mlp.c_fc.bias`), layerNorm(x1, W(`${b}ln_2.weight`), W(`${b}ln_2.bias`), spec.eps)).map(spec.act);
        m = conv1d(W(`${b}mlp.c_proj.weight`), W(`${b}mlp.c_proj.bias`), f);
      } else {
        const h2 = rms(x1, W(`${b}post_attention_layernorm.weight`), spec.eps, spec.gemma === true);
        let gate: number[];
        let up: number[];
        if (spec.fused) {
          const gu = matvec(W(`${b}mlp.gate_up_proj.weight`), h2);
          gate = gu.slice(0, spec.intermediate);
          up = gu.slice(spec.intermediate);
        } else {
          const bias = (n: string): MemoryTensor | undefined => (spec.mlpBias ? W(`${b}mlp.${n}.bias`) : undefined);
          gate = matvec(W(`${b}mlp.gate_proj.weight`), h2, bias('gate_proj'));
          up = matvec(W(`${b}mlp.up_proj.weight`), h2, bias('up_proj'));
        }
        m = matvec(
          W(`${b}mlp.down_proj.weight`),
          gate.map((g, n) => spec.act(g) * up[n]!),
          spec.mlpBias ? W(`${b}mlp.down_proj.bias`) : undefined,
        );
      }
      return x1.map((u, n) => u + m[n]!);
    });
  }
  const hidden = x.map((xt) =>
    gpt2 ? layerNorm(xt, W(`${P}ln_f.weight`), W(`${P}ln_f.bias`), spec.eps) : rms(xt, W(`${P}norm.weight`), spec.eps, spec.gemma === true),
  );
  // a bare …Model checkpoint has no head: logits are then empty
  const head = spec.tied ? embed : w['lm_head.weight'];
  return { hidden, logits: head === undefined ? [] : hidden.map((h) => matvec(head, h)) };
}
