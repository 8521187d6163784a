import { planAlbert } from './albert.js';
import { planBert } from './bert.js';
import { planDistilbert } from './distilbert.js';
import { planElectra } from './electra.js';
import type { FamilyPlanner } from './family-plan.js';
import { planRoberta } from './roberta.js';
import { ENCODER_FAMILIES, ENCODER_TASKS } from './types.js';
import type { EncoderFamily, EncoderTask } from './types.js';

/** One builder per family; RoBERTa's covers XLM-RoBERTa and CamemBERT. */
export const PLANNERS: Readonly<Record<EncoderFamily, FamilyPlanner>> = {
  bert: planBert,
  distilbert: planDistilbert,
  roberta: planRoberta,
  'xlm-roberta': planRoberta,
  camembert: planRoberta,
  electra: planElectra,
  albert: planAlbert,
};

/** Config key of each family's activation. */
export const ACTIVATION_KEYS: Readonly<Record<EncoderFamily, string>> = {
  bert: 'hidden_act',
  distilbert: 'activation',
  roberta: 'hidden_act',
  'xlm-roberta': 'hidden_act',
  camembert: 'hidden_act',
  electra: 'hidden_act',
  albert: 'hidden_act',
};

/** What can be built: every family supports every encoder task. For error messages and the README. */
export const SUPPORTED: readonly { family: EncoderFamily; tasks: readonly EncoderTask[] }[] = ENCODER_FAMILIES.map((family) => ({
  family,
  tasks: ENCODER_TASKS,
}));

/** `model_type` as transformers writes it (`xlm-roberta`); `xlm_roberta` is accepted too. */
export function normalizeModelType(modelType: string): string {
  return modelType.replace(/_/g, '-');
}

export function isEncoderFamily(s: string): s is EncoderFamily {
  return (ENCODER_FAMILIES as readonly string[]).includes(s);
}

/** `bert, distilbert, …` — for messages. */
export function describeSupported(): string {
  return SUPPORTED.map((s) => s.family).join(', ');
}
