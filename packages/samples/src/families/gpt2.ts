import { pyFloat } from '../python-json.js';
import { embedding, labelFields, layerNorm, type FamilyContext, type FamilyDefinition, type LocalTensor } from './family-definition.js';

/** GPT-2 uses Conv1D: weights are stored [in, out], the transpose of nn.Linear. */
function conv1d(name: string, inp: number, out: number): LocalTensor[] {
  return [
    { name: `${name}.weight`, shape: [inp, out], init: 'normal' },
    { name: `${name}.bias`, shape: [out], init: 'bias' },
  ];
}

function gpt2Config({ spec, vocabSize, specialIds }: FamilyContext) {
  return {
    activation_function: 'gelu_new',
    attn_pdrop: pyFloat(0.1),
    bos_token_id: specialIds.bos!,
    embd_pdrop: pyFloat(0.1),
    eos_token_id: specialIds.eos!,
    initializer_range: pyFloat(0.02),
    layer_norm_epsilon: pyFloat(1e-5),
    n_embd: spec.hidden,
    n_head: spec.heads,
    n_inner: spec.intermediate,
    n_layer: spec.layers,
    n_positions: spec.maxPositionEmbeddings,
    pad_token_id: specialIds.pad!,
    reorder_and_upcast_attn: false,
    resid_pdrop: pyFloat(0.1),
    scale_attn_by_inverse_layer_idx: false,
    scale_attn_weights: true,
    summary_activation: null,
    summary_first_dropout: pyFloat(0.1),
    summary_proj_to_labels: true,
    summary_type: 'cls_index',
    summary_use_proj: true,
    // Written only when it differs from the default (true), as to_diff_dict does.
    ...(spec.tieWordEmbeddings ? {} : { tie_word_embeddings: false }),
    use_cache: true,
    vocab_size: vocabSize,
    ...labelFields(spec.labels),
  };
}

function gpt2Backbone({ spec, vocabSize }: FamilyContext): LocalTensor[] {
  const h = spec.hidden;
  // attn.bias / attn.masked_bias are non-persistent buffers in 4.46: not in the checkpoint.
  const out: LocalTensor[] = [embedding('wte', vocabSize, h), embedding('wpe', spec.maxPositionEmbeddings, h)];
  for (let i = 0; i < spec.layers; i++) {
    const p = `h.${i}`;
    out.push(
      ...layerNorm(`${p}.ln_1`, h),
      ...conv1d(`${p}.attn.c_attn`, h, 3 * h),
      ...conv1d(`${p}.attn.c_proj`, h, h),
      ...layerNorm(`${p}.ln_2`, h),
      ...conv1d(`${p}.mlp.c_fc`, h, spec.intermediate),
      ...conv1d(`${p}.mlp.c_proj`, spec.intermediate, h),
    );
  }
  out.push(...layerNorm('ln_f', h));
  return out;
}

function gpt2Head({ spec, vocabSize }: FamilyContext): LocalTensor[] {
  const h = spec.hidden;
  switch (spec.head) {
    case 'causal-lm':
      // Tied lm_head.weight is dropped by the safetensors save; untied, it is stored.
      return spec.tieWordEmbeddings ? [] : [{ name: 'lm_head.weight', shape: [vocabSize, h], init: 'normal' }];
    case 'sequence-classification':
      return [{ name: 'score.weight', shape: [spec.numLabels!, h], init: 'normal' }];
    case 'token-classification':
      return [
        { name: 'classifier.weight', shape: [spec.numLabels!, h], init: 'normal' },
        { name: 'classifier.bias', shape: [spec.numLabels!], init: 'bias' },
      ];
    default:
      return [];
  }
}

export const GPT2: FamilyDefinition = {
  modelType: 'gpt2',
  basePrefix: 'transformer',
  architectures: {
    base: 'GPT2Model',
    'causal-lm': 'GPT2LMHeadModel',
    'sequence-classification': 'GPT2ForSequenceClassification',
    'token-classification': 'GPT2ForTokenClassification',
  },
  tokenizers: ['bpe'],
  hasPooler: false,
  headsWithPooler: [],
  decoder: true,
  config: gpt2Config,
  backbone: gpt2Backbone,
  head: gpt2Head,
};
