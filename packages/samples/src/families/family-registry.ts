import { CONVERTIBLE_FAMILIES } from '@mlpack/families';
import { SAMPLE_FAMILIES, type SampleFamily } from '../sample-spec.js';
import { ALBERT } from './albert.js';
import { BERT } from './bert.js';
import { DISTILBERT } from './distilbert.js';
import { ELECTRA } from './electra.js';
import type { FamilyDefinition } from './family-definition.js';
import { GEMMA } from './gemma.js';
import { GPT2 } from './gpt2.js';
import { LLAMA } from './llama.js';
import { MISTRAL } from './mistral.js';
import { PHI3 } from './phi3.js';
import { QWEN2 } from './qwen2.js';
import { QWEN3 } from './qwen3.js';
import { robertaLikeSampleFamily } from './roberta.js';

/** Sample definitions that are more than their descriptor: the encoder builders' and each decoder's few lines. */
const DEFINED: readonly FamilyDefinition[] = [BERT, DISTILBERT, ELECTRA, ALBERT, GPT2, LLAMA, MISTRAL, QWEN2, QWEN3, PHI3, GEMMA];

/**
 * Every family the generator knows, by `SampleFamily` name: one per convertible descriptor of
 * `@mlpack/families`, the RoBERTa builder's families made from their descriptors alone.
 */
export const FAMILIES: Readonly<Record<SampleFamily, FamilyDefinition>> = buildRegistry();

function buildRegistry(): Record<SampleFamily, FamilyDefinition> {
  const out = new Map<string, FamilyDefinition>();
  for (const d of CONVERTIBLE_FAMILIES) {
    const defined = DEFINED.find((f) => f.descriptor === d);
    if (defined) out.set(d.modelType, defined);
    else if (d.kind === 'encoder' && d.convert.builder === 'roberta') out.set(d.modelType, robertaLikeSampleFamily(d));
  }
  // SAMPLE_FAMILIES is the typed list; family-registry.test.ts checks it names exactly the convertible families.
  const missing = SAMPLE_FAMILIES.filter((f) => !out.has(f));
  if (missing.length > 0) throw new Error(`bug: no sample definition for ${missing.join(', ')}`);
  return Object.fromEntries(SAMPLE_FAMILIES.map((f) => [f, out.get(f)!])) as Record<SampleFamily, FamilyDefinition>;
}
