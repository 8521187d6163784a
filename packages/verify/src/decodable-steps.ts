/**
 * How many greedy steps fit after a prompt `width` tokens wide: step 0 is the prompt pass, step i
 * feeds the token at position `width + i - 1`, and a model with learned positions (GPT-2's
 * `n_positions`) has no row beyond its limit. Rotary models are limited the same way by
 * `max_position_embeddings` (transformers warns beyond it). At least 1: the prompt pass itself.
 */
export function decodableSteps(config: Readonly<Record<string, unknown>>, width: number, requested: number): number {
  const limit = [config['n_positions'], config['max_position_embeddings']].find((v): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v > 0);
  if (limit === undefined) return requested;
  return Math.max(1, Math.min(requested, limit - width + 1));
}
