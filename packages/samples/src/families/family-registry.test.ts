import { CONVERTIBLE_FAMILIES, lookupArchitecture, lookupFamily } from '@mlpack/families';
import { describe, expect, it } from 'vitest';
import { planSample } from '../plan-sample.js';
import { SAMPLE_FAMILIES, SAMPLE_HEADS } from '../sample-spec.js';
import { FAMILIES } from './family-registry.js';

describe('the sample family registry follows the @mlpack/families descriptors', () => {
  it('SAMPLE_FAMILIES names exactly the convertible families, in descriptor order', () => {
    expect([...SAMPLE_FAMILIES]).toEqual(CONVERTIBLE_FAMILIES.map((f) => f.modelType));
  });

  it.each([...SAMPLE_FAMILIES])('%s: its descriptor, base prefix and every class name are the descriptor’s', (family) => {
    const def = FAMILIES[family];
    const descriptor = lookupFamily(family)!;
    expect(def.descriptor).toBe(descriptor);
    expect(def.modelType).toBe(descriptor.modelType);
    expect(def.basePrefix).toBe(descriptor.convert!.basePrefix);
    for (const head of SAMPLE_HEADS) {
      const architecture = def.architectures[head];
      if (architecture === undefined) continue;
      const known = lookupArchitecture(architecture);
      expect(known, architecture).toBeDefined();
      expect(known!.family).toBe(descriptor);
      expect(known!.head).toBe(head);
    }
  });

  it.each([...SAMPLE_FAMILIES])('%s: tokenizer_config.json names the descriptor’s tokenizer class (ALBERT’s WordPiece sample: BertTokenizer)', (family) => {
    const plan = planSample({ family, head: 'base', seed: 0 });
    const config = JSON.parse(plan.tokenizer!.files.get('tokenizer_config.json') as string) as Record<string, unknown>;
    expect(config['tokenizer_class']).toBe(family === 'albert' ? 'BertTokenizer' : lookupFamily(family)!.tokenizerClass);
  });

  it('decoders write the config keys their descriptor reads', () => {
    for (const d of CONVERTIBLE_FAMILIES) {
      if (d.kind !== 'decoder') continue;
      const config = planSample({ family: d.modelType as (typeof SAMPLE_FAMILIES)[number], head: 'causal-lm', seed: 0 }).config;
      const c = d.convert.config;
      for (const n of [c.hiddenSize, c.layers, c.heads, c.intermediateSize, c.vocabSize, c.maxPositions, c.normEps]) {
        expect(n.keys.some((k) => config[k] !== undefined), `${d.modelType} ${n.keys.join('|')}`).toBe(true);
      }
    }
  });
});
