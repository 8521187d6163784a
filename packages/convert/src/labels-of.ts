/** `config.id2label` as a string map sorted by numeric id, or undefined when absent/empty. */
export function labelsOf(config: Record<string, unknown>): Record<string, string> | undefined {
  const id2label = config.id2label;
  if (!id2label || typeof id2label !== 'object') return undefined;
  const entries = Object.entries(id2label as Record<string, unknown>)
    .filter((e): e is [string, string] => typeof e[1] === 'string')
    .sort((a, b) => Number(a[0]) - Number(b[0]));
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}
