/** The decoder (causal LM) `model_type`s the reference implements, sorted. */
export const DECODER_REFERENCE_FAMILIES = ['gemma', 'gpt2', 'llama', 'mistral', 'phi3', 'qwen2', 'qwen3'] as const;

export type DecoderFamily = (typeof DECODER_REFERENCE_FAMILIES)[number];

const FAMILY_SET: ReadonlySet<string> = new Set(DECODER_REFERENCE_FAMILIES);

export function isDecoderFamily(s: unknown): s is DecoderFamily {
  return typeof s === 'string' && FAMILY_SET.has(s);
}
