import type { ModelFolder } from '@mlpack/model';
import { firstDisagreement, loadTokenizer, sentencePieceFilesOf, tokenizerFilesOf } from '@mlpack/tokenizers';
import { DEFAULT_PAIRS, DEFAULT_TEXTS } from './make-inputs.js';
import type { VerifyProblem } from './verify-report.js';

/** Texts beyond the verify rows: case, accents, digits, punctuation runs, space runs, unseen scripts. */
const CROSS_CHECK_TEXTS: readonly string[] = [
  'Café crème brûlée, naïve façade — Ångström über Øresund.',
  'HELLO World! MiXeD CaSe 12345 and 3.14159',
  'Punctuation: (a), [b]; {c}... it\'s "quoted" & 50% off?!',
  '   leading spaces,  double  spaces and trailing   ',
  '中文字符 and 日本語のテキスト, 한국어 too',
];

/**
 * A folder with both a tokenizer.json and a SentencePiece model of a known class: build the
 * tokenizer from the model as transformers' converter does and check that it gives tokenizer.json's
 * ids on the verify texts and a corpus of varied ones. A disagreement is a warning
 * (`VERIFY_TOKENIZER_MISMATCH`): verify tokenizes with tokenizer.json, which transformers and
 * transformers.js use too, but the two files do not describe one tokenizer. A model that cannot be
 * converted is not reported (tokenizer.json is what runs).
 */
export async function checkFolderTokenizers(folder: ModelFolder, texts: readonly string[] = []): Promise<VerifyProblem[]> {
  const fast = tokenizerFilesOf(folder);
  const spm = sentencePieceFilesOf(folder);
  if (fast?.tokenizerJson === undefined || spm?.slow?.kind !== 'sentencepiece') return [];
  let a;
  let b;
  try {
    [a, b] = await Promise.all([loadTokenizer(fast), loadTokenizer(spm)]);
  } catch {
    return [];
  }
  const all = [...new Set([...texts, ...DEFAULT_TEXTS, ...CROSS_CHECK_TEXTS])];
  let first;
  try {
    first = firstDisagreement(a, b, [...all, ...DEFAULT_PAIRS]);
  } catch {
    return [];
  }
  if (first === undefined) return [];
  const what = typeof first.text === 'string' ? JSON.stringify(first.text) : `${JSON.stringify(first.text[0])} + ${JSON.stringify(first.text[1])}`;
  return [
    {
      code: 'VERIFY_TOKENIZER_MISMATCH',
      message: `tokenizer.json and ${b.files[0]} encode ${what} differently: [${first.ids.join(', ')}] vs [${first.otherIds.join(', ')}]`,
      file: b.file,
      hint: 'verify uses tokenizer.json; if the SentencePiece model is the one the model was trained with, regenerate tokenizer.json from it',
    },
  ];
}
