import { pyFloat } from '../python-json.js';
import { embedding, labelFields, type FamilyContext, type FamilyDefinition, type LocalTensor } from './family-definition.js';

/** Llama's RMSNorm epsilon for the samples (the brief's 1e-6, LlamaConfig's own default). */
const RMS_NORM_EPS = 1e-6;
const ROPE_THETA = 10000;

function llamaConfig({ spec, vocabSize, specialIds }: FamilyContext) {
  return {
    attention_bias: false,
    attention_dropout: pyFloat(0),
    bos_token_id: specialIds.bos ?? 1,
    eos_token_id: specialIds.eos ?? 2,
    head_dim: spec.hidden / spec.heads,
    hidden_act: 'silu',
    hidden_size: spec.hidden,
    initializer_range: pyFloat(0.02),
    intermediate_size: spec.intermediate,
    max_position_embeddings: spec.maxPositionEmbeddings,
    mlp_bias: false,
    num_attention_heads: spec.heads,
    num_hidden_layers: spec.layers,
    num_key_value_heads: spec.kvHeads,
    pad_token_id: specialIds.pad ?? 0,
    pretraining_tp: 1,
    rms_norm_eps: pyFloat(RMS_NORM_EPS),
    rope_scaling: null,
    rope_theta: pyFloat(ROPE_THETA),
    // LlamaConfig's class default is false, the base default true: either value differs from one.
    tie_word_embeddings: spec.tieWordEmbeddings,
    use_cache: true,
    vocab_size: vocabSize,
    ...labelFields(spec.labels),
  };
}

function rmsNorm(name: string, size: number): LocalTensor {
  return { name: `${name}.weight`, shape: [size], init: 'norm-weight' };
}

function proj(name: string, out: number, inp: number): LocalTensor {
  return { name: `${name}.weight`, shape: [out, inp], init: 'normal' };
}

function llamaBackbone({ spec, vocabSize, specialIds }: FamilyContext): LocalTensor[] {
  const h = spec.hidden;
  const headDim = h / spec.heads;
  const kv = spec.kvHeads * headDim;
  // rotary_emb.inv_freq is a non-persistent buffer in 4.46: not in the checkpoint.
  const out: LocalTensor[] = [embedding('embed_tokens', vocabSize, h, specialIds.pad)];
  for (let i = 0; i < spec.layers; i++) {
    const p = `layers.${i}`;
    out.push(
      rmsNorm(`${p}.input_layernorm`, h),
      proj(`${p}.self_attn.q_proj`, h, h),
      proj(`${p}.self_attn.k_proj`, kv, h),
      proj(`${p}.self_attn.v_proj`, kv, h),
      proj(`${p}.self_attn.o_proj`, h, h),
      rmsNorm(`${p}.post_attention_layernorm`, h),
      proj(`${p}.mlp.gate_proj`, spec.intermediate, h),
      proj(`${p}.mlp.up_proj`, spec.intermediate, h),
      proj(`${p}.mlp.down_proj`, h, spec.intermediate),
    );
  }
  out.push(rmsNorm('norm', h));
  return out;
}

function llamaHead({ spec, vocabSize }: FamilyContext): LocalTensor[] {
  const h = spec.hidden;
  switch (spec.head) {
    case 'causal-lm':
      return spec.tieWordEmbeddings ? [] : [proj('lm_head', vocabSize, h)];
    case 'sequence-classification':
      return [proj('score', spec.numLabels!, h)];
    case 'token-classification':
      return [proj('score', spec.numLabels!, h), { name: 'score.bias', shape: [spec.numLabels!], init: 'bias' }];
    default:
      return [];
  }
}

export const LLAMA: FamilyDefinition = {
  modelType: 'llama',
  basePrefix: 'model',
  architectures: {
    base: 'LlamaModel',
    'causal-lm': 'LlamaForCausalLM',
    'sequence-classification': 'LlamaForSequenceClassification',
    'token-classification': 'LlamaForTokenClassification',
  },
  tokenizers: ['sentencepiece-bpe'],
  hasPooler: false,
  headsWithPooler: [],
  decoder: true,
  config: llamaConfig,
  backbone: llamaBackbone,
  head: llamaHead,
};
