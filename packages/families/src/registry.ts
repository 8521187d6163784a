import type { DecoderFamily, EncoderFamily, FamilyDescriptor } from './descriptor.js';
import { BART, T5 } from './families/encoder-decoders.js';
import { ENCODERS } from './families/encoders.js';
import { GEMMA } from './families/gemma.js';
import { GPT2 } from './families/gpt2.js';
import { LLAMA } from './families/llama.js';
import { MISTRAL } from './families/mistral.js';
import { PHI3 } from './families/phi3.js';
import { QWEN2 } from './families/qwen2.js';
import { QWEN3 } from './families/qwen3.js';
import { HEAD_SUFFIXES, HEAD_TASKS } from './heads.js';
import type { HeadKind } from './heads.js';
import type { Task } from './tasks.js';

/** Every family mlpack knows, in a fixed order (encoders, decoders, encoder-decoders). */
export const FAMILIES: readonly FamilyDescriptor[] = [...ENCODERS, GPT2, LLAMA, MISTRAL, QWEN2, QWEN3, PHI3, GEMMA, BART, T5];

/** The families `mlpack convert` builds, in FAMILIES order. */
export const CONVERTIBLE_FAMILIES: readonly (EncoderFamily | DecoderFamily)[] = FAMILIES.filter(
  (f): f is EncoderFamily | DecoderFamily => f.convert !== undefined,
);

/** `xlm_roberta` / `XLM-RoBERTa` → `xlm-roberta`. */
export function normalizeModelType(modelType: string): string {
  return modelType.trim().toLowerCase().replace(/_/g, '-');
}

const BY_MODEL_TYPE: ReadonlyMap<string, FamilyDescriptor> = new Map(FAMILIES.map((f) => [f.modelType, f]));

/** The descriptor of a `model_type` (any spelling `normalizeModelType` accepts). */
export function lookupFamily(modelType: string): FamilyDescriptor | undefined {
  return BY_MODEL_TYPE.get(normalizeModelType(modelType));
}

/**
 * The encoder facts of a `model_type` that input makers need (the configuration class's
 * `pad_token_id` / `type_vocab_size` defaults, whether position ids start after the pad id), or
 * undefined when it is not a convertible encoder.
 */
export function encoderFacts(modelType: string): EncoderFamily['convert'] | undefined {
  const family = lookupFamily(modelType);
  return family?.kind === 'encoder' ? family.convert : undefined;
}

export function isConvertible(f: FamilyDescriptor | undefined): f is EncoderFamily | DecoderFamily {
  return f?.convert !== undefined;
}

export interface KnownArchitecture {
  architecture: string;
  family: FamilyDescriptor;
  head: HeadKind;
  task: Task;
}

const HEAD_BY_SUFFIX: ReadonlyMap<string, HeadKind> = new Map(HEAD_SUFFIXES);

const ARCHITECTURES: ReadonlyMap<string, KnownArchitecture> = new Map(
  FAMILIES.flatMap((family) =>
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

/** `bert (feature-extraction, …), …, gpt2 (text-generation, …)`: what convert supports, for messages. */
export function describeConvertible(): string {
  return CONVERTIBLE_FAMILIES.map((f) => f.modelType).join(', ');
}

/** The tasks `family` converts to (empty for recognized-only families). */
export function convertibleTasks(family: FamilyDescriptor): readonly Task[] {
  return family.convert?.tasks ?? [];
}
