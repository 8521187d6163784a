/**
 * How many greedy steps fit after a prompt `width` tokens wide: step 0 is the prompt pass, step i
 * feeds the token at position `width + i - 1`, and a model with a learned position table (GPT-2's
 * `n_positions` rows of `wpe`) has no row beyond it. Rotary models have no such table
 * (`max_position_embeddings` is a training length, not a limit of the graph), so they are not
 * limited. At least 1: the prompt pass itself.
 */
export function decodableSteps(config: Readonly<Record<string, unknown>>, width: number, requested: number): number {
  const limit = config['n_positions'];
  if (typeof limit !== 'number' || !Number.isSafeInteger(limit) || limit < 1) return requested;
  return Math.max(1, Math.min(requested, limit - width + 1));
}
