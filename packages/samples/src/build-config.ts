import type { FamilyContext } from './families/family-definition.js';
import { FAMILIES } from './families/family-registry.js';
import type { PyJson } from './python-json.js';
import type { SampleDType } from './sample-spec.js';

/** The transformers release whose `save_pretrained` output the samples reproduce. */
export const TRANSFORMERS_VERSION = '4.46.0';

/** `torch_dtype` as save_pretrained records the weights' dtype. */
export const TORCH_DTYPE: Readonly<Record<SampleDType, string>> = { F32: 'float32', F16: 'float16', BF16: 'bfloat16' };

/**
 * config.json content: the family's fields plus what `PreTrainedModel.save_pretrained` adds —
 * `architectures`, `model_type`, `torch_dtype`, `transformers_version`, and the
 * `_attn_implementation_autoset` flag that 4.46 sets when a model is built and serializes.
 * Keys are sorted at write time, as `to_json_string` does.
 */
export function buildConfig(ctx: FamilyContext): Record<string, PyJson> {
  const family = FAMILIES[ctx.spec.family];
  return {
    _attn_implementation_autoset: true,
    architectures: [family.architectures[ctx.spec.head]!],
    model_type: family.modelType,
    torch_dtype: TORCH_DTYPE[ctx.spec.dtype],
    transformers_version: family.transformersVersion ?? TRANSFORMERS_VERSION,
    ...family.config(ctx),
  };
}

/**
 * generation_config.json as `GenerationConfig.from_model_config` + save writes it for models that
 * can generate (the causal-lm heads): the model config's token ids plus `_from_model_config`.
 */
export function buildGenerationConfig(ctx: FamilyContext): Record<string, PyJson> {
  const ids = ctx.specialIds;
  const family = FAMILIES[ctx.spec.family];
  return {
    _from_model_config: true,
    // from_model_config copies config.json's ids: a tokenizer without a BOS (Qwen) has bos = eos there.
    ...(ids.bos !== undefined || ids.eos !== undefined ? { bos_token_id: (ids.bos ?? ids.eos)! } : {}),
    ...(ids.eos !== undefined ? { eos_token_id: ids.eos } : {}),
    ...(ids.pad !== undefined ? { pad_token_id: ids.pad } : {}),
    transformers_version: family.transformersVersion ?? TRANSFORMERS_VERSION,
  };
}
