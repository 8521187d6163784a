import type { DecoderBenchSpec } from './decoder-bench-spec.js';
import type { BenchTensorPlan } from './plan-bert-tensors.js';

/**
 * Every tensor `LlamaForCausalLM.save_pretrained` writes (untied head), sorted by name as the
 * safetensors writer lays them out. Linear weights are [out, in]; no biases.
 */
export function planLlamaTensors(spec: DecoderBenchSpec): BenchTensorPlan[] {
  const { hidden: h, intermediate: m } = spec;
  const headDim = h / spec.heads;
  const kv = spec.kvHeads * headDim;
  const out: BenchTensorPlan[] = [
    { name: 'model.embed_tokens.weight', shape: [spec.vocabSize, h], init: 'matrix' },
    { name: 'model.norm.weight', shape: [h], init: 'norm-weight' },
    { name: 'lm_head.weight', shape: [spec.vocabSize, h], init: 'matrix' },
  ];
  for (let i = 0; i < spec.layers; i++) {
    const p = `model.layers.${i}`;
    out.push(
      { name: `${p}.input_layernorm.weight`, shape: [h], init: 'norm-weight' },
      { name: `${p}.post_attention_layernorm.weight`, shape: [h], init: 'norm-weight' },
      { name: `${p}.self_attn.q_proj.weight`, shape: [h, h], init: 'matrix' },
      { name: `${p}.self_attn.k_proj.weight`, shape: [kv, h], init: 'matrix' },
      { name: `${p}.self_attn.v_proj.weight`, shape: [kv, h], init: 'matrix' },
      { name: `${p}.self_attn.o_proj.weight`, shape: [h, h], init: 'matrix' },
      { name: `${p}.mlp.gate_proj.weight`, shape: [m, h], init: 'matrix' },
      { name: `${p}.mlp.up_proj.weight`, shape: [m, h], init: 'matrix' },
      { name: `${p}.mlp.down_proj.weight`, shape: [h, m], init: 'matrix' },
    );
  }
  return out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** config.json of the generated model (what transformers writes for LlamaConfig, the fields mlpack reads and a few more). */
export function llamaConfigJson(spec: DecoderBenchSpec): string {
  const config = {
    architectures: ['LlamaForCausalLM'],
    attention_bias: false,
    attention_dropout: 0.0,
    bos_token_id: 1,
    eos_token_id: 2,
    head_dim: spec.hidden / spec.heads,
    hidden_act: 'silu',
    hidden_size: spec.hidden,
    initializer_range: 0.02,
    intermediate_size: spec.intermediate,
    max_position_embeddings: spec.maxPositions,
    mlp_bias: false,
    model_type: 'llama',
    num_attention_heads: spec.heads,
    num_hidden_layers: spec.layers,
    num_key_value_heads: spec.kvHeads,
    pretraining_tp: 1,
    rms_norm_eps: 1e-5,
    rope_scaling: null,
    rope_theta: 10000.0,
    tie_word_embeddings: false,
    torch_dtype: spec.dtype === 'BF16' ? 'bfloat16' : 'float32',
    transformers_version: '4.46.0',
    use_cache: true,
    vocab_size: spec.vocabSize,
  };
  return `${JSON.stringify(config, null, 2)}\n`;
}
