import type { BenchModelSpec } from './bench-model-spec.js';

/** How a tensor's values are drawn (mirrors how transformers initializes each kind). */
export type BenchInitKind = 'matrix' | 'norm-weight' | 'bias';

/** One float32 tensor of the generated BertModel checkpoint. */
export interface BenchTensorPlan {
  name: string;
  shape: number[];
  init: BenchInitKind;
}

/** Bytes per float32 element. */
const F32_BYTES = 4;

/**
 * Every tensor `BertModel.save_pretrained` writes (embeddings, encoder layers, pooler), sorted by
 * name as the safetensors writer lays them out. The non-persistent `position_ids` buffer is not saved.
 */
export function planBertTensors(spec: BenchModelSpec): BenchTensorPlan[] {
  const { hidden: h, intermediate: m } = spec;
  const out: BenchTensorPlan[] = [
    { name: 'embeddings.word_embeddings.weight', shape: [spec.vocabSize, h], init: 'matrix' },
    { name: 'embeddings.position_embeddings.weight', shape: [spec.maxPositions, h], init: 'matrix' },
    { name: 'embeddings.token_type_embeddings.weight', shape: [spec.typeVocabSize, h], init: 'matrix' },
    ...layerNorm('embeddings.LayerNorm', h),
  ];
  for (let i = 0; i < spec.layers; i++) {
    const p = `encoder.layer.${i}`;
    out.push(
      ...linear(`${p}.attention.self.query`, h, h),
      ...linear(`${p}.attention.self.key`, h, h),
      ...linear(`${p}.attention.self.value`, h, h),
      ...linear(`${p}.attention.output.dense`, h, h),
      ...layerNorm(`${p}.attention.output.LayerNorm`, h),
      ...linear(`${p}.intermediate.dense`, m, h),
      ...linear(`${p}.output.dense`, h, m),
      ...layerNorm(`${p}.output.LayerNorm`, h),
    );
  }
  out.push(...linear('pooler.dense', h, h));
  return out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** Element count of one planned tensor. */
export function tensorElements(t: BenchTensorPlan): number {
  return t.shape.reduce((a, d) => a * d, 1);
}

/** Total parameters and float32 bytes of a plan, and its largest tensor (what a streaming converter must hold at once). */
export function summarizePlan(plan: readonly BenchTensorPlan[]): { params: number; bytes: number; largest: { name: string; bytes: number } } {
  let params = 0;
  let largest = { name: '', bytes: 0 };
  for (const t of plan) {
    const n = tensorElements(t);
    params += n;
    if (n * F32_BYTES > largest.bytes) largest = { name: t.name, bytes: n * F32_BYTES };
  }
  return { params, bytes: params * F32_BYTES, largest };
}

function linear(name: string, out: number, inp: number): BenchTensorPlan[] {
  return [
    { name: `${name}.weight`, shape: [out, inp], init: 'matrix' },
    { name: `${name}.bias`, shape: [out], init: 'bias' },
  ];
}

function layerNorm(name: string, size: number): BenchTensorPlan[] {
  return [
    { name: `${name}.weight`, shape: [size], init: 'norm-weight' },
    { name: `${name}.bias`, shape: [size], init: 'bias' },
  ];
}
