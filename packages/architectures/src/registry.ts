import { CONVERTIBLE_FAMILIES } from '@mlpack/families';
import type { EncoderFamily as EncoderDescriptor, Task } from '@mlpack/families';
import { planAlbert } from './albert.js';
import { planBert } from './bert.js';
import { planDistilbert } from './distilbert.js';
import { planElectra } from './electra.js';
import type { FamilyPlanner } from './family-plan.js';
import { planRoberta } from './roberta.js';

/** The five encoder builders; a descriptor names one (RoBERTa's covers its renamed copies). */
export const PLANNERS: Readonly<Record<EncoderDescriptor['convert']['builder'], FamilyPlanner>> = {
  bert: planBert,
  distilbert: planDistilbert,
  roberta: planRoberta,
  electra: planElectra,
  albert: planAlbert,
};

/** What can be built: every convertible family with its tasks. For error messages and the README. */
export const SUPPORTED: readonly { family: string; tasks: readonly Task[] }[] = CONVERTIBLE_FAMILIES.map((f) => ({
  family: f.modelType,
  tasks: f.convert.tasks,
}));

/** `bert, distilbert, …` — for messages. */
export function describeSupported(): string {
  return SUPPORTED.map((s) => s.family).join(', ');
}
