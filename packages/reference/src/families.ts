/** The `model_type`s the reference implements, sorted. */
export const REFERENCE_FAMILIES = ['albert', 'bert', 'camembert', 'distilbert', 'electra', 'roberta', 'xlm-roberta'] as const;

export type ReferenceFamily = (typeof REFERENCE_FAMILIES)[number];

const FAMILY_SET: ReadonlySet<string> = new Set(REFERENCE_FAMILIES);

export function isReferenceFamily(s: unknown): s is ReferenceFamily {
  return typeof s === 'string' && FAMILY_SET.has(s);
}

/** RoBERTa, XLM-RoBERTa and CamemBERT share RoBERTa's modeling code (and its `roberta.` prefix). */
export function isRobertaLike(f: ReferenceFamily): boolean {
  return f === 'roberta' || f === 'xlm-roberta' || f === 'camembert';
}
