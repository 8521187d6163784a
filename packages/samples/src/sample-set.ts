import { join } from 'node:path';
import { writeFile } from 'node:fs/promises';
import { stageOutputDir } from '@mlpack/core';
import { generateSample } from './generate-sample.js';
import { planSample } from './plan-sample.js';
import type { SampleSpec } from './sample-spec.js';
import { sampleReadme, sampleSetReadme } from './sample-readme.js';

/** One committed sample folder. */
export interface SampleEntry {
  /** Folder name under `samples/`. */
  name: string;
  /** One sentence on what the folder is for. */
  purpose: string;
  spec: SampleSpec;
}

/** The committed sample folders (`pnpm samples` regenerates them; < 2 MB together). */
export const SAMPLE_SET: readonly SampleEntry[] = [
  {
    name: 'bert-seqcls',
    purpose: 'The README demo model: sentiment classification with a WordPiece tokenizer.',
    spec: { family: 'bert', head: 'sequence-classification', seed: 1, labels: ['negative', 'positive'] },
  },
  {
    name: 'distilbert',
    purpose: 'Named-entity style token classification on DistilBERT.',
    spec: {
      family: 'distilbert',
      head: 'token-classification',
      seed: 2,
      labels: ['O', 'B-PER', 'I-PER', 'B-LOC', 'I-LOC'],
    },
  },
  {
    name: 'roberta',
    purpose: 'Extractive question answering with a byte-level BPE tokenizer.',
    spec: { family: 'roberta', head: 'question-answering', seed: 3 },
  },
  {
    name: 'gpt2',
    purpose: 'Text generation with tied embeddings and a byte-level BPE tokenizer.',
    spec: { family: 'gpt2', head: 'causal-lm', seed: 4 },
  },
  {
    name: 'llama',
    purpose: 'Text generation with grouped-query attention (2 key/value heads for 4 heads) and an untied lm_head.',
    spec: { family: 'llama', head: 'causal-lm', seed: 5, kvHeads: 2, tieWordEmbeddings: false },
  },
  {
    name: 'mistral',
    purpose: 'Text generation with a sliding window of 4 tokens (shorter than any test prompt) and grouped-query attention.',
    spec: { family: 'mistral', head: 'causal-lm', seed: 6, slidingWindow: 4 },
  },
];

export interface GenerateAllOptions {
  /** Replace an existing non-empty `dir` (the CLI always does: regeneration). */
  force?: boolean;
}

/**
 * Generate every `SAMPLE_SET` folder plus an index README into `dir`, atomically: the whole set is
 * built in a sibling temp dir and swapped in, so readers never see a half-written set.
 */
export async function generateAllSamples(dir: string, options: GenerateAllOptions = {}): Promise<void> {
  const staging = await stageOutputDir(dir, { force: options.force });
  try {
    for (const entry of SAMPLE_SET) {
      const readme = sampleReadme(entry, planSample(entry.spec));
      await generateSample(entry.spec, join(staging.path, entry.name), { extraFiles: new Map([['README.md', readme]]) });
    }
    await writeFile(join(staging.path, 'README.md'), sampleSetReadme(SAMPLE_SET.map((e) => ({ entry: e, plan: planSample(e.spec) }))));
    await staging.commit();
  } catch (e) {
    await staging.abort();
    throw e;
  }
}
