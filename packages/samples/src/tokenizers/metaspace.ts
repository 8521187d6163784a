import { CORPUS } from '../corpus.js';

/** SentencePiece's visible space. */
export const METASPACE = '\u2581';

/** A sentence as SentencePiece sees it, split into `▁word` units (spaces become `▁`, one is prepended). */
export function metaspaceWords(sentence: string): string[] {
  return (METASPACE + sentence.replaceAll(' ', METASPACE)).match(/\u2581[^\u2581]*/gu) ?? [];
}

/** Counts of `▁word` units over the corpus (case kept: SentencePiece models are cased). */
export function metaspaceWordCounts(): Map<string, number> {
  const counts = new Map<string, number>();
  for (const sentence of CORPUS) {
    for (const w of metaspaceWords(sentence)) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  return counts;
}
