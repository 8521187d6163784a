import { compareCodePoints } from '../python-json.js';

export interface BpeTrainingOptions {
  /** Upper bound on the number of merges learned. */
  maxMerges: number;
  /** Stop once the most frequent pair occurs fewer times than this (a merge seen once teaches nothing). */
  minPairFrequency: number;
}

export interface BpeTrainingResult {
  /** Merges in rank order (rank 0 first). */
  merges: [string, string][];
  /** Every distinct symbol of the training words (code points), sorted by code point. */
  alphabet: string[];
  /** How often each alphabet symbol occurs in the training words (weighted by word count). */
  symbolCounts: ReadonlyMap<string, number>;
}

/** Separator for pair keys: never part of a symbol (byte-level text maps U+0000 to U+0100). */
const PAIR_SEP = '\u0000';

/**
 * A small, deterministic byte-pair-encoding trainer: repeatedly merges the most frequent adjacent
 * pair of symbols (counts weighted by word frequency); ties go to the lexicographically smallest
 * pair (left symbol first, then right, by code point). Words never merge across each other.
 */
export function trainBpe(wordCounts: ReadonlyMap<string, number>, options: BpeTrainingOptions): BpeTrainingResult {
  const words = [...wordCounts.entries()]
    .sort(([a], [b]) => compareCodePoints(a, b))
    .map(([w, count]) => ({ symbols: Array.from(w), count }));
  const symbolCounts = new Map<string, number>();
  for (const { symbols, count } of words) {
    for (const s of symbols) symbolCounts.set(s, (symbolCounts.get(s) ?? 0) + count);
  }
  const alphabet = [...symbolCounts.keys()].sort(compareCodePoints);
  const merges: [string, string][] = [];
  while (merges.length < options.maxMerges) {
    const pairCounts = new Map<string, number>();
    for (const { symbols, count } of words) {
      for (let i = 0; i + 1 < symbols.length; i++) {
        const key = symbols[i]! + PAIR_SEP + symbols[i + 1]!;
        pairCounts.set(key, (pairCounts.get(key) ?? 0) + count);
      }
    }
    let best: [string, string] | undefined;
    let bestCount = 0;
    for (const [key, count] of pairCounts) {
      const pair = key.split(PAIR_SEP) as [string, string];
      if (count > bestCount || (count === bestCount && best !== undefined && comparePairs(pair, best) < 0)) {
        best = pair;
        bestCount = count;
      }
    }
    if (best === undefined || bestCount < options.minPairFrequency) break;
    merges.push(best);
    const [left, right] = best;
    for (const word of words) word.symbols = mergePair(word.symbols, left, right);
  }
  return { merges, alphabet, symbolCounts };
}

function comparePairs(a: [string, string], b: [string, string]): number {
  return compareCodePoints(a[0], b[0]) || compareCodePoints(a[1], b[1]);
}

/** Replace each non-overlapping occurrence of (left, right), scanning left to right. */
function mergePair(symbols: string[], left: string, right: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < symbols.length; i++) {
    if (i + 1 < symbols.length && symbols[i] === left && symbols[i + 1] === right) {
      out.push(left + right);
      i++;
    } else out.push(symbols[i]!);
  }
  return out;
}

/** The vocabulary entries a list of merges creates, in merge order, without duplicates. */
export function mergedTokens(merges: readonly [string, string][]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const [a, b] of merges) {
    const t = a + b;
    if (!seen.has(t)) {
      seen.add(t);
      out.push(t);
    }
  }
  return out;
}
