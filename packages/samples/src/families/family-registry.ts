import type { SampleFamily } from '../sample-spec.js';
import { ALBERT } from './albert.js';
import { BERT } from './bert.js';
import { DISTILBERT } from './distilbert.js';
import { ELECTRA } from './electra.js';
import type { FamilyDefinition } from './family-definition.js';
import { GPT2 } from './gpt2.js';
import { LLAMA } from './llama.js';
import { CAMEMBERT, ROBERTA, XLM_ROBERTA } from './roberta.js';

/** Every family the generator knows, by `SampleFamily` name. */
export const FAMILIES: Readonly<Record<SampleFamily, FamilyDefinition>> = {
  bert: BERT,
  distilbert: DISTILBERT,
  roberta: ROBERTA,
  'xlm-roberta': XLM_ROBERTA,
  camembert: CAMEMBERT,
  electra: ELECTRA,
  albert: ALBERT,
  gpt2: GPT2,
  llama: LLAMA,
};
