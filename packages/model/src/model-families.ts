import type { Task } from './known-tasks.js';

/** Which head sits on top of the backbone, as named by the transformers class suffix. */
export type HeadKind =
  | 'base'
  | 'masked-lm'
  | 'pretraining'
  | 'sequence-classification'
  | 'token-classification'
  | 'question-answering'
  | 'multiple-choice'
  | 'causal-lm'
  | 'seq2seq-lm';

/** transformers class-name suffix → head. */
const HEAD_SUFFIXES: ReadonlyArray<readonly [string, HeadKind]> = [
  ['Model', 'base'],
  ['EncoderModel', 'base'],
  ['ForMaskedLM', 'masked-lm'],
  ['ForPreTraining', 'pretraining'],
  ['ForSequenceClassification', 'sequence-classification'],
  ['ForTokenClassification', 'token-classification'],
  ['ForQuestionAnswering', 'question-answering'],
  ['ForMultipleChoice', 'multiple-choice'],
  ['ForCausalLM', 'causal-lm'],
  ['LMHeadModel', 'causal-lm'],
  ['ForConditionalGeneration', 'seq2seq-lm'],
];

/** Optimum's task for each head (a family may override, see ELECTRA). */
export const HEAD_TASKS: Readonly<Record<HeadKind, Task>> = {
  base: 'feature-extraction',
  'masked-lm': 'fill-mask',
  pretraining: 'fill-mask',
  'sequence-classification': 'text-classification',
  'token-classification': 'token-classification',
  'question-answering': 'question-answering',
  'multiple-choice': 'multiple-choice',
  'causal-lm': 'text-generation',
  'seq2seq-lm': 'text2text-generation',
};

/** Heads that end in a vocabulary projection (whose weight may be tied to the input embedding). */
export const LM_HEADS: ReadonlySet<HeadKind> = new Set<HeadKind>(['masked-lm', 'pretraining', 'causal-lm', 'seq2seq-lm']);

export interface ModelFamily {
  /** Normalized `model_type` (`xlm-roberta`, not `xlm_roberta`). */
  family: string;
  /** transformers class-name prefix (`XLMRoberta`). */
  classPrefix: string;
  /** Class-name suffixes of the architectures we know for this family. */
  suffixes: readonly string[];
  /** transformers' default of `tie_word_embeddings` for this config class. */
  tieWordEmbeddingsDefault: boolean;
  /** Names of the LM head's output projection weight, when it is stored separately. */
  lmHeadTensors: readonly string[];
  /** Heads whose task differs from `HEAD_TASKS`. */
  taskOverrides?: Partial<Record<HeadKind, Task>>;
}

const ENCODER_HEADS = [
  'Model',
  'ForMaskedLM',
  'ForSequenceClassification',
  'ForTokenClassification',
  'ForQuestionAnswering',
  'ForMultipleChoice',
] as const;

/** The families whose architectures mlpack can resolve to a task. */
export const MODEL_FAMILIES: readonly ModelFamily[] = [
  {
    family: 'bert',
    classPrefix: 'Bert',
    suffixes: [...ENCODER_HEADS, 'ForPreTraining'],
    tieWordEmbeddingsDefault: true,
    lmHeadTensors: ['cls.predictions.decoder.weight'],
  },
  {
    family: 'distilbert',
    classPrefix: 'DistilBert',
    suffixes: ENCODER_HEADS,
    tieWordEmbeddingsDefault: true,
    lmHeadTensors: ['vocab_projector.weight'],
  },
  {
    family: 'roberta',
    classPrefix: 'Roberta',
    suffixes: ENCODER_HEADS,
    tieWordEmbeddingsDefault: true,
    lmHeadTensors: ['lm_head.decoder.weight'],
  },
  {
    family: 'xlm-roberta',
    classPrefix: 'XLMRoberta',
    suffixes: ENCODER_HEADS,
    tieWordEmbeddingsDefault: true,
    lmHeadTensors: ['lm_head.decoder.weight'],
  },
  {
    family: 'camembert',
    classPrefix: 'Camembert',
    suffixes: ENCODER_HEADS,
    tieWordEmbeddingsDefault: true,
    lmHeadTensors: ['lm_head.decoder.weight'],
  },
  {
    family: 'electra',
    classPrefix: 'Electra',
    suffixes: [...ENCODER_HEADS, 'ForPreTraining'],
    tieWordEmbeddingsDefault: true,
    lmHeadTensors: ['generator_lm_head.weight'],
    // ElectraForPreTraining is the replaced-token discriminator, not an LM; its head is not exported yet.
    taskOverrides: { pretraining: 'feature-extraction' },
  },
  {
    family: 'albert',
    classPrefix: 'Albert',
    suffixes: [...ENCODER_HEADS, 'ForPreTraining'],
    tieWordEmbeddingsDefault: true,
    lmHeadTensors: ['predictions.decoder.weight'],
  },
  {
    family: 'mpnet',
    classPrefix: 'MPNet',
    suffixes: ENCODER_HEADS,
    tieWordEmbeddingsDefault: true,
    lmHeadTensors: ['lm_head.decoder.weight'],
  },
  {
    family: 'gpt2',
    classPrefix: 'GPT2',
    suffixes: ['Model', 'LMHeadModel', 'ForSequenceClassification', 'ForTokenClassification'],
    tieWordEmbeddingsDefault: true,
    lmHeadTensors: ['lm_head.weight'],
  },
  {
    family: 'llama',
    classPrefix: 'Llama',
    suffixes: ['Model', 'ForCausalLM', 'ForSequenceClassification', 'ForTokenClassification', 'ForQuestionAnswering'],
    tieWordEmbeddingsDefault: false,
    lmHeadTensors: ['lm_head.weight'],
  },
  {
    family: 'mistral',
    classPrefix: 'Mistral',
    suffixes: ['Model', 'ForCausalLM', 'ForSequenceClassification', 'ForTokenClassification'],
    tieWordEmbeddingsDefault: false,
    lmHeadTensors: ['lm_head.weight'],
  },
  {
    family: 'qwen2',
    classPrefix: 'Qwen2',
    suffixes: ['Model', 'ForCausalLM', 'ForSequenceClassification', 'ForTokenClassification'],
    tieWordEmbeddingsDefault: false,
    lmHeadTensors: ['lm_head.weight'],
  },
  {
    family: 'qwen3',
    classPrefix: 'Qwen3',
    suffixes: ['Model', 'ForCausalLM', 'ForSequenceClassification', 'ForTokenClassification', 'ForQuestionAnswering'],
    tieWordEmbeddingsDefault: false,
    lmHeadTensors: ['lm_head.weight'],
  },
  {
    family: 'phi3',
    classPrefix: 'Phi3',
    suffixes: ['Model', 'ForCausalLM', 'ForSequenceClassification', 'ForTokenClassification'],
    tieWordEmbeddingsDefault: false,
    lmHeadTensors: ['lm_head.weight'],
  },
  {
    family: 'gemma',
    classPrefix: 'Gemma',
    suffixes: ['Model', 'ForCausalLM', 'ForSequenceClassification', 'ForTokenClassification'],
    tieWordEmbeddingsDefault: true,
    lmHeadTensors: ['lm_head.weight'],
  },
  {
    family: 'bart',
    classPrefix: 'Bart',
    suffixes: ['Model', 'ForConditionalGeneration', 'ForSequenceClassification', 'ForQuestionAnswering'],
    tieWordEmbeddingsDefault: true,
    lmHeadTensors: ['lm_head.weight'],
  },
  {
    family: 't5',
    classPrefix: 'T5',
    suffixes: ['Model', 'EncoderModel', 'ForConditionalGeneration'],
    tieWordEmbeddingsDefault: true,
    lmHeadTensors: ['lm_head.weight'],
  },
];

export interface KnownArchitecture {
  architecture: string;
  family: ModelFamily;
  head: HeadKind;
  task: Task;
}

const HEAD_BY_SUFFIX: ReadonlyMap<string, HeadKind> = new Map(HEAD_SUFFIXES);

const ARCHITECTURES: ReadonlyMap<string, KnownArchitecture> = new Map(
  MODEL_FAMILIES.flatMap((family) =>
    family.suffixes.map((suffix): [string, KnownArchitecture] => {
      const head = HEAD_BY_SUFFIX.get(suffix);
      if (head === undefined) throw new Error(`bug: unknown head suffix ${suffix}`);
      const architecture = family.classPrefix + suffix;
      return [architecture, { architecture, family, head, task: family.taskOverrides?.[head] ?? HEAD_TASKS[head] }];
    }),
  ),
);

/** Every architecture class name mlpack knows, sorted. */
export const KNOWN_ARCHITECTURES: readonly string[] = [...ARCHITECTURES.keys()].sort();

export function lookupArchitecture(architecture: string): KnownArchitecture | undefined {
  return ARCHITECTURES.get(architecture);
}

/** `xlm_roberta` / `XLM-RoBERTa` → `xlm-roberta`. */
export function normalizeModelType(modelType: string): string {
  return modelType.trim().toLowerCase().replace(/_/g, '-');
}

export function lookupFamily(family: string): ModelFamily | undefined {
  const f = normalizeModelType(family);
  return MODEL_FAMILIES.find((m) => m.family === f);
}

/** The head a model needs for `task` when the architecture does not say (e.g. `--task` on an unknown class). */
export function headForTask(task: Task): HeadKind {
  const found = (Object.entries(HEAD_TASKS) as [HeadKind, Task][]).find(([, t]) => t === task);
  if (found === undefined) throw new Error(`bug: no head for task ${task}`);
  return found[0];
}
