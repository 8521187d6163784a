import type { DecoderFamily } from '@mlpack/families';
import { HEAD_SUFFIXES } from '@mlpack/families';
import type { PyJson } from '../python-json.js';
import type { SampleHead } from '../sample-spec.js';
import type { TokenizerKind } from '../tokenizers/tokenizer-bundle.js';
import {
  embedding,
  labelFields,
  layerNorm,
  linear,
  type DecoderSampleDefaults,
  type FamilyContext,
  type FamilyDefinition,
  type LocalTensor,
} from './family-definition.js';

/** What a decoder family's sample needs beyond its descriptor: a few lines per family. */
export interface DecoderSampleOptions {
  /** Tokenizers that fit (the first is the default). */
  tokenizers: readonly TokenizerKind[];
  /** The configuration class's own config.json fields (the token ids, sizes and labels are added here). */
  config(ctx: FamilyContext): Record<string, PyJson>;
  /** Knob defaults that make the sample exercise what is distinctive about the family. */
  defaults?: DecoderSampleDefaults;
  /** Whether the configuration class has `rope_scaling` (default false). */
  ropeScaling?: boolean;
  /** Whether the configuration class has a free `head_dim` (default false: hidden / heads). */
  headDim?: boolean;
  /** Whether the input embedding has `padding_idx = pad_token_id` (its row is zero; default true, GPT-2 false). */
  paddingRow?: boolean;
  /** `…ForTokenClassification`'s linear layer (`score` copied from Llama, `classifier` from MPT / GPT-2), with a bias. */
  tokenClassifier?: string;
  /** `transformers_version` of a family newer than the generator's default release. */
  transformersVersion?: string;
}

/** The heads a decoder sample can have (when the descriptor lists the class). */
const SAMPLE_DECODER_HEADS: readonly SampleHead[] = ['base', 'causal-lm', 'sequence-classification', 'token-classification'];

/** Head → class name from the descriptor's prefix and suffixes (`Llama` + `ForCausalLM`, `GPT2` + `LMHeadModel`). */
function decoderArchitectures(d: DecoderFamily): Partial<Record<SampleHead, string>> {
  const out: Partial<Record<SampleHead, string>> = {};
  for (const [suffix, head] of HEAD_SUFFIXES) {
    if (!(SAMPLE_DECODER_HEADS as readonly string[]).includes(head) || !d.suffixes.includes(suffix)) continue;
    out[head as SampleHead] ??= d.classPrefix + suffix;
  }
  return out;
}

/** The fields every decoder config carries, from the resolved spec and the vocabulary. */
function commonConfig(d: DecoderFamily, { spec, vocabSize, specialIds }: FamilyContext): Record<string, PyJson> {
  const c = d.convert.config;
  const key = (keys: readonly string[]): string => keys[0]!;
  return {
    bos_token_id: specialIds.bos ?? specialIds.eos!,
    eos_token_id: specialIds.eos!,
    pad_token_id: specialIds.pad ?? specialIds.eos!,
    [key(c.hiddenSize.keys)]: spec.hidden,
    [key(c.layers.keys)]: spec.layers,
    [key(c.heads.keys)]: spec.heads,
    ...(c.kvHeads ? { [c.kvHeads[0]!]: spec.kvHeads } : {}),
    [key(c.intermediateSize.keys)]: spec.intermediate,
    [key(c.maxPositions.keys)]: spec.maxPositionEmbeddings,
    [key(c.vocabSize.keys)]: vocabSize,
    use_cache: true,
    ...labelFields(spec.labels),
  };
}

/** Backbone tensors as the descriptor names them, shaped by its knobs and the resolved spec. */
function decoderBackbone(d: DecoderFamily, paddingRow: boolean, { spec, vocabSize, specialIds }: FamilyContext): LocalTensor[] {
  const s = d.convert;
  const t = s.tensors;
  const h = spec.hidden;
  const qWidth = spec.heads * spec.headDim;
  const kvWidth = spec.kvHeads * spec.headDim;
  const need = (name: string | undefined): string => {
    if (name === undefined) throw new Error(`bug: the ${d.modelType} descriptor lacks a tensor name its knobs need`);
    return name;
  };
  // GPT-2's Conv1D stores [in, out]; nn.Linear [out, in].
  const proj = (name: string, out: number, inp: number, bias: boolean): LocalTensor[] =>
    s.linear === 'conv1d'
      ? [{ name: `${name}.weight`, shape: [inp, out], init: 'normal' }, ...(bias ? [{ name: `${name}.bias`, shape: [out], init: 'bias' as const }] : [])]
      : linear(name, out, inp, bias);
  // Gemma's `(1 + w)` RMSNorm stores w around 0 (transformers initializes it at zero): drawn as a small bias.
  const norm = (name: string, size: number): LocalTensor[] =>
    s.norm === 'layer'
      ? layerNorm(name, size)
      : [{ name: `${name}.weight`, shape: [size], init: s.norm === 'rms-one-plus' ? 'bias' : 'norm-weight' }];
  const attnBias = s.attention.bias;
  const qkvBias = attnBias === 'all' || attnBias === 'qkv' || (attnBias === 'config' && spec.attentionBias);
  const oBias = attnBias === 'all' || (attnBias === 'config' && spec.attentionBias);
  const mlpBias = s.mlp.bias === 'all' || (s.mlp.bias === 'config' && spec.mlpBias);

  // Non-persistent buffers (rotary inv_freq, GPT-2's attn.bias) are not in the checkpoint.
  const out: LocalTensor[] = [embedding(t.embed, vocabSize, h, paddingRow ? specialIds.pad : undefined)];
  if (s.positions === 'learned') out.push(embedding(need(t.positions), spec.maxPositionEmbeddings, h));
  for (let i = 0; i < spec.layers; i++) {
    const p = `${t.layers}.${i}.`;
    out.push(...norm(p + t.attentionNorm, h));
    if (s.attention.projections === 'fused-qkv') {
      out.push(...proj(p + need(t.qkv), qWidth + 2 * kvWidth, h, qkvBias));
    } else {
      out.push(...proj(p + need(t.q), qWidth, h, qkvBias), ...proj(p + need(t.k), kvWidth, h, qkvBias), ...proj(p + need(t.v), kvWidth, h, qkvBias));
    }
    out.push(...proj(p + t.o, h, qWidth, oBias));
    if (s.attention.qkNorm) out.push(...norm(p + need(t.qNorm), spec.headDim), ...norm(p + need(t.kNorm), spec.headDim));
    out.push(...norm(p + t.mlpNorm, h));
    const I = spec.intermediate;
    if (s.mlp.layout === 'gated') out.push(...proj(p + need(t.gate), I, h, mlpBias), ...proj(p + need(t.up), I, h, mlpBias));
    else if (s.mlp.layout === 'fused-gated') out.push(...proj(p + need(t.gateUp), 2 * I, h, mlpBias));
    else out.push(...proj(p + need(t.up), I, h, mlpBias));
    out.push(...proj(p + t.down, h, I, mlpBias));
  }
  out.push(...norm(t.finalNorm, h));
  return out;
}

function decoderHead(d: DecoderFamily, tokenClassifier: string, { spec, vocabSize }: FamilyContext): LocalTensor[] {
  const t = d.convert.tensors;
  const h = spec.hidden;
  switch (spec.head) {
    case 'causal-lm':
      // A tied lm_head.weight is dropped by the safetensors save; untied, it is stored (no bias).
      return spec.tieWordEmbeddings ? [] : linear(t.lmHead, vocabSize, h, false);
    case 'sequence-classification':
      return linear(t.score, spec.numLabels!, h, false);
    case 'token-classification':
      return linear(tokenClassifier, spec.numLabels!, h, true);
    default:
      return [];
  }
}

/**
 * A decoder family's sample definition from its `@mlpack/families` descriptor: class names, base
 * prefix, tensor names and shapes all come from the descriptor's knobs; `options` adds only what the
 * descriptor cannot say (the configuration class's fields, the tokenizer, the sample defaults).
 */
export function decoderSampleFamily(d: DecoderFamily, options: DecoderSampleOptions): FamilyDefinition {
  const paddingRow = options.paddingRow ?? true;
  const tokenClassifier = options.tokenClassifier ?? 'score';
  return {
    modelType: d.modelType,
    descriptor: d,
    basePrefix: d.convert.basePrefix,
    architectures: decoderArchitectures(d),
    tokenizers: options.tokenizers,
    hasPooler: false,
    headsWithPooler: [],
    decoder: true,
    decoderKnobs: { defaults: options.defaults ?? {}, ropeScaling: options.ropeScaling ?? false, headDim: options.headDim ?? false },
    ...(options.transformersVersion ? { transformersVersion: options.transformersVersion } : {}),
    config: (ctx) => ({ ...commonConfig(d, ctx), ...options.config(ctx) }),
    backbone: (ctx) => decoderBackbone(d, paddingRow, ctx),
    head: (ctx) => decoderHead(d, tokenClassifier, ctx),
  };
}
