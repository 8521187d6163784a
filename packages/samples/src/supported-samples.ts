import { FAMILIES } from './families/family-registry.js';
import { SAMPLE_HEADS, type SampleFamily, type SampleHead } from './sample-spec.js';

/** Heads the generator models for `family`, in SAMPLE_HEADS order (for family × head test matrices). */
export function supportedSampleHeads(family: SampleFamily): SampleHead[] {
  return SAMPLE_HEADS.filter((h) => FAMILIES[family].architectures[h] !== undefined);
}

/** True when `generateSample({ family, head, ... })` is supported. */
export function isSupportedSample(family: SampleFamily, head: SampleHead): boolean {
  return FAMILIES[family].architectures[head] !== undefined;
}
