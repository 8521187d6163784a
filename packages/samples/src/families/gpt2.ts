import { GPT2 as GPT2_DESCRIPTOR } from '@mlpack/families';
import { pyFloat } from '../python-json.js';
import { decoderSampleFamily } from './decoder-family.js';

/** GPT-2: Conv1D weights, learned positions, tied head; wte has no padding row; MPT-style `classifier`. */
export const GPT2 = decoderSampleFamily(GPT2_DESCRIPTOR, {
  tokenizers: ['bpe'],
  paddingRow: false,
  tokenClassifier: 'classifier',
  config: ({ spec }) => ({
    activation_function: 'gelu_new',
    attn_pdrop: pyFloat(0.1),
    embd_pdrop: pyFloat(0.1),
    initializer_range: pyFloat(0.02),
    layer_norm_epsilon: pyFloat(1e-5),
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
  }),
});
