import { basename } from 'node:path';
import { TokenizerError } from './errors.js';
import { parseSentencePieceModel } from './parse-sentencepiece.js';
import type { SentencePieceModel } from './parse-sentencepiece.js';
import type { BuiltTokenizer, SlowTokenizerSettings } from './slow-tokenizer.js';
import { addedTokens, optionalBoolean, readBytes, sequence, special, specialTokens, templateSpecials, tokenizerError } from './tokenizer-json-parts.js';
import type { AddedTokenJson, SpecialKey, TokenSpec } from './tokenizer-json-parts.js';
import { CLASS_SPECIAL_TOKENS } from './class-special-tokens.js';

/**
 * SentencePiece `.model` → tokenizer.json, as transformers' slow → fast conversion
 * (`convert_slow_tokenizer.py`, SpmConverter and its subclasses) builds it. Facts taken from that
 * converter (read, not copied):
 *
 * - model: Unigram (`[piece, score]` list, `unk_id`) or BPE (vocabulary in piece order, merges
 *   generated from the pieces: every split of a piece into two vocabulary pieces, ordered by the
 *   piece's score, then by the longer left and right part), `byte_fallback` for the families whose
 *   converter handles it (llama, gemma);
 * - pieces of type CONTROL and USER_DEFINED become added tokens (`normalized: false`; special for
 *   CONTROL), then the tokenizer's special tokens (tokenizer_config / special_tokens_map / class
 *   defaults) are added as special tokens;
 * - normalizer: the precompiled charsmap when the model has one (as a `Precompiled` normalizer,
 *   base64), then the family's own steps; pre-tokenizer and decoder: `Metaspace` with the prepend
 *   scheme from `add_prefix_space` and `legacy`;
 * - post-processor: the family's template (`[CLS] $A [SEP]` albert, `<s> $A </s>` xlm-roberta /
 *   camembert, `$A </s>` t5, `<s> $A` llama / gemma from `add_bos_token` / `add_eos_token`).
 */

/** The converter (transformers class) a SentencePiece folder is converted with. */
export type SentencePieceFlavor = 'albert' | 'xlm-roberta' | 'camembert' | 't5' | 'llama' | 'gemma';

export const SENTENCEPIECE_FLAVORS: readonly SentencePieceFlavor[] = ['albert', 'camembert', 'gemma', 'llama', 't5', 'xlm-roberta'];

/** Tokenizer classes (without `Fast`) → converter. */
const CLASS_FLAVORS: Readonly<Record<string, SentencePieceFlavor>> = {
  AlbertTokenizer: 'albert',
  XLMRobertaTokenizer: 'xlm-roberta',
  CamembertTokenizer: 'camembert',
  T5Tokenizer: 't5',
  LlamaTokenizer: 'llama',
  CodeLlamaTokenizer: 'llama',
  GemmaTokenizer: 'gemma',
};

/** model_type → converter, for folders that do not name a tokenizer class. */
const FAMILY_FLAVORS: Readonly<Record<string, SentencePieceFlavor>> = {
  albert: 'albert',
  'xlm-roberta': 'xlm-roberta',
  camembert: 'camembert',
  t5: 't5',
  llama: 'llama',
  mistral: 'llama',
  gemma: 'gemma',
};

/** Which converter a folder's SentencePiece model needs: by tokenizer class when named, else by model_type. */
export function sentencePieceFlavor(modelType: string | undefined, tokenizerClass: unknown): SentencePieceFlavor | undefined {
  if (typeof tokenizerClass === 'string' && tokenizerClass !== '') {
    const base = tokenizerClass.endsWith('Fast') ? tokenizerClass.slice(0, -'Fast'.length) : tokenizerClass;
    return CLASS_FLAVORS[base];
  }
  return modelType === undefined ? undefined : FAMILY_FLAVORS[modelType];
}

const METASPACE = '\u2581';
/** CamembertConverter's score for the original `<unk>` piece it keeps but must never pick. */
const NOT_USED_SCORE = -100;
/** T5Tokenizer's default number of sentinel tokens. */
const T5_EXTRA_IDS = 100;

/** The converter's tokenizer class (its special-token defaults: `CLASS_SPECIAL_TOKENS`). */
const FLAVOR_CLASS: Readonly<Record<SentencePieceFlavor, string>> = {
  albert: 'AlbertTokenizer',
  'xlm-roberta': 'XLMRobertaTokenizer',
  camembert: 'CamembertTokenizer',
  t5: 'T5Tokenizer',
  llama: 'LlamaTokenizer',
  gemma: 'GemmaTokenizer',
};
/** Classes whose mask token swallows the space before it (`AddedToken(mask, lstrip=True)`). */
const LSTRIP_MASK: ReadonlySet<SentencePieceFlavor> = new Set(['albert', 'xlm-roberta', 'camembert']);
/** Classes with a `legacy` attribute (others behave as legacy). */
const HAS_LEGACY: ReadonlySet<SentencePieceFlavor> = new Set(['llama', 't5', 'gemma']);

/** Read a `.model` file and convert it (see `sentencePieceTokenizerJson`). */
export async function buildSentencePieceTokenizerJson(
  path: string,
  flavor: SentencePieceFlavor,
  settings: SlowTokenizerSettings = {},
  addedTokensJson?: string,
): Promise<BuiltTokenizer> {
  const bytes = await readBytes(path);
  const parsed = parseSentencePieceModel(bytes);
  if (!parsed.ok) {
    throw new TokenizerError('TOKENIZER_INVALID', `${basename(path)} is not a SentencePiece model: ${parsed.message}`, {
      file: path,
      offset: parsed.offset,
      hint: 'restore the tokenizer file from the original model repository',
    });
  }
  const built = await sentencePieceTokenizerJson(parsed.model, flavor, settings, { file: path, addedTokensJson });
  return { json: built.json, files: [basename(path), ...built.files] };
}

/** Where the model came from (for error messages) and the optional added_tokens.json. */
export interface SentencePieceSourceOptions {
  /** Path of the `.model` file, named by errors. */
  file?: string | undefined;
  /** Path of added_tokens.json (legacy folders without `added_tokens_decoder`). */
  addedTokensJson?: string | undefined;
}

/** The tokenizer.json document transformers' converter makes of a parsed SentencePiece model. */
export async function sentencePieceTokenizerJson(
  model: SentencePieceModel,
  flavor: SentencePieceFlavor,
  settings: SlowTokenizerSettings = {},
  options: SentencePieceSourceOptions = {},
): Promise<{ json: Record<string, unknown>; files: string[] }> {
  const file = options.file ?? 'tokenizer.model';
  const config = settings.tokenizerConfig ?? {};
  if (model.modelType !== 'Unigram' && model.modelType !== 'BPE') {
    throw new TokenizerError('TOKENIZER_UNSUPPORTED', `${basename(file)} is a SentencePiece ${model.modelType ?? 'unknown-type'} model`, {
      file,
      hint: 'only Unigram and BPE SentencePiece models are converted (as transformers does)',
    });
  }
  if (model.trainer.treatWhitespaceAsSuffix) {
    throw new TokenizerError('TOKENIZER_UNSUPPORTED', `${basename(file)} puts the whitespace mark at the end of words (treat_whitespace_as_suffix)`, {
      file,
      hint: 'add the tokenizer.json transformers saves for this model to the folder',
    });
  }
  const specials = specialTokens(settings, CLASS_SPECIAL_TOKENS[FLAVOR_CLASS[flavor]]!, LSTRIP_MASK.has(flavor));
  const vocabScores = flavorVocab(model, flavor, specials);
  const vocab = new Map<string, number>();
  vocabScores.forEach(([piece], i) => vocab.set(piece, i));

  // CONTROL and USER_DEFINED pieces are added tokens: never split, CONTROL ones special.
  const spmAdded: AddedTokenJson[] = [];
  model.types.forEach((type, i) => {
    if (type !== 'control' && type !== 'user-defined') return;
    const content = model.pieces[i]!;
    const id = vocab.get(content);
    if (id === undefined) return;
    const isSpecial = type === 'control' || (flavor === 'gemma' && GEMMA_TURN_TOKENS.has(content));
    spmAdded.push({ id, content, single_word: false, lstrip: false, rstrip: false, normalized: false, special: isSpecial });
  });
  const declared = await addedTokens(vocab, specials, settings, options.addedTokensJson);
  const byContent = new Map<string, AddedTokenJson>(spmAdded.map((t) => [t.content, t]));
  // The tokenizer's own special and added tokens override the model's flags for the same text.
  for (const t of declared.tokens) byContent.set(t.content, t);
  if (flavor === 't5') {
    // T5's sentinels are special tokens (the class's additional_special_tokens default).
    for (const [piece, id] of vocab) {
      if (/^<extra_id_\d+>$/.test(piece) && !byContent.has(piece)) {
        byContent.set(piece, { id, content: piece, single_word: false, lstrip: false, rstrip: false, normalized: false, special: true });
      }
    }
  }
  const added = [...byContent.values()].sort((a, b) => a.id - b.id);

  const byteFallback = (flavor === 'llama' || flavor === 'gemma') && model.trainer.byteFallback;
  const addPrefixSpace = optionalBoolean(config, 'add_prefix_space') ?? model.normalizer.addDummyPrefix;
  const legacy = HAS_LEGACY.has(flavor) ? (optionalBoolean(config, 'legacy') ?? true) : true;
  const prependScheme = addPrefixSpace ? (legacy ? 'always' : 'first') : 'never';
  const charsmap = model.normalizer.precompiledCharsmap;
  const precompiled =
    charsmap !== undefined && charsmap.length > 0 ? [{ type: 'Precompiled', precompiled_charsmap: Buffer.from(charsmap).toString('base64') }] : [];

  const modelJson =
    model.modelType === 'Unigram'
      ? { type: 'Unigram', unk_id: unkId(model, flavor), vocab: vocabScores.map(([p, s]) => [p, s]), byte_fallback: byteFallback }
      : {
          type: 'BPE',
          dropout: null,
          unk_token: model.trainer.unkPiece,
          continuing_subword_prefix: null,
          end_of_word_suffix: null,
          fuse_unk: true,
          byte_fallback: byteFallback,
          ignore_merges: false,
          vocab: Object.fromEntries(vocab),
          merges: generateMerges(spmVocab(model, flavor), vocabScores),
        };

  let normalizer: unknown;
  let preTokenizer: unknown = { type: 'Metaspace', replacement: METASPACE, prepend_scheme: prependScheme, split: true };
  let decoder: unknown = { type: 'Metaspace', replacement: METASPACE, prepend_scheme: prependScheme, split: true };
  const multiSpaces = (content: string) => ({ type: 'Replace', pattern: { Regex: ' {2,}' }, content });
  switch (flavor) {
    case 'albert': {
      const steps: unknown[] = [replace('``', '"'), replace("''", '"')];
      if (!(optionalBoolean(config, 'keep_accents') ?? false)) steps.push({ type: 'NFKD' }, { type: 'StripAccents' });
      if (optionalBoolean(config, 'do_lower_case') ?? true) steps.push({ type: 'Lowercase' });
      normalizer = { type: 'Sequence', normalizers: [...steps, ...precompiled, multiSpaces(' ')] };
      break;
    }
    case 'llama':
      normalizer = legacy
        ? { type: 'Sequence', normalizers: [...(addPrefixSpace ? [{ type: 'Prepend', prepend: METASPACE }] : []), replace(' ', METASPACE)] }
        : null;
      preTokenizer = legacy ? null : { type: 'Metaspace', replacement: METASPACE, prepend_scheme: prependScheme, split: false };
      decoder = {
        type: 'Sequence',
        decoders: [
          replace(METASPACE, ' '),
          { type: 'ByteFallback' },
          { type: 'Fuse' },
          ...(addPrefixSpace ? [{ type: 'Strip', content: ' ', start: 1, stop: 0 }] : []),
        ],
      };
      break;
    case 'gemma':
      normalizer = replace(' ', METASPACE);
      preTokenizer = { type: 'Split', pattern: { String: ' ' }, behavior: 'MergedWithPrevious', invert: false };
      decoder = { type: 'Sequence', decoders: [replace(METASPACE, ' '), { type: 'ByteFallback' }, { type: 'Fuse' }] };
      break;
    default:
      normalizer = {
        type: 'Sequence',
        normalizers: [...precompiled, { type: 'Strip', strip_left: false, strip_right: true }, multiSpaces(METASPACE)],
      };
  }

  return {
    json: {
      version: '1.0',
      truncation: null,
      padding: null,
      added_tokens: added,
      normalizer,
      pre_tokenizer: preTokenizer,
      post_processor: postProcessor(flavor, config, vocab, specials, file),
      decoder,
      model: modelJson,
    },
    files: declared.files,
  };
}

/** `<start_of_turn>` / `<end_of_turn>`: GemmaConverter marks them special. */
const GEMMA_TURN_TOKENS: ReadonlySet<string> = new Set(['<start_of_turn>', '<end_of_turn>']);

function replace(from: string, to: string): Record<string, unknown> {
  return { type: 'Replace', pattern: { String: from }, content: to };
}

/** The vocabulary (piece, score) in id order, as each converter's `vocab()` lays it out. */
function flavorVocab(model: SentencePieceModel, flavor: SentencePieceFlavor, specials: ReadonlyMap<string, TokenSpec>): [string, number][] {
  const pieces = model.pieces.map((p, i): [string, number] => [p, model.scores[i]!]);
  const token = (key: SpecialKey, fallback: string): string => specials.get(key)?.content ?? fallback;
  switch (flavor) {
    case 'albert':
      // Pieces like "9," are down-weighted so that numbers keep their comma apart.
      return pieces.map(([p, s]) => [p, endsWithDigitComma(p) ? s - 100 : s]);
    case 'xlm-roberta':
      // fairseq's layout: <s> <pad> </s> <unk>, the model's pieces from id 3 on, <mask> last.
      return [['<s>', 0], ['<pad>', 0], ['</s>', 0], ['<unk>', 0], ...pieces.slice(3), ['<mask>', 0]];
    case 'camembert':
      return [['<s>NOTUSED', 0], ['<pad>', 0], ['</s>NOTUSED', 0], ['<unk>', 0], ['<unk>NOTUSED', NOT_USED_SCORE], ...pieces.slice(1), ['<mask>', 0]];
    case 't5': {
      const n = t5ExtraIds(model, specials);
      return [...pieces, ...Array.from({ length: n }, (_, i): [string, number] => [`<extra_id_${n - 1 - i}>`, 0])];
    }
    case 'gemma': {
      const out: [string, number][] = [
        [token('pad_token', '<pad>'), 0],
        [token('eos_token', '<eos>'), 0],
        [token('bos_token', '<bos>'), 0],
        ...pieces.slice(3),
      ];
      // Older Gemma models lack a tab piece: its byte piece stands in for it.
      if (!out.some(([p]) => p === '\t')) {
        const i = out.findIndex(([p]) => p === '<0x09>');
        if (i >= 0) out[i] = ['\t', 0];
      }
      return out;
    }
    default:
      return pieces;
  }
}

/** T5's sentinel count: `extra_ids` of tokenizer_config.json, else the `<extra_id_N>` tokens it lists, else 100. */
function t5ExtraIds(_model: SentencePieceModel, specials: ReadonlyMap<string, TokenSpec>): number {
  const listed = [...specials.values()].filter((s) => /^<extra_id_\d+>$/.test(s.content)).length;
  return listed > 0 ? listed : T5_EXTRA_IDS;
}

/** The vocabulary the merges are generated against: the model's own pieces (Gemma: with its tab fix). */
function spmVocab(model: SentencePieceModel, flavor: SentencePieceFlavor): Map<string, number> {
  const vocab = new Map<string, number>();
  model.pieces.forEach((p, i) => vocab.set(p, i));
  if (flavor === 'gemma' && !vocab.has('\t')) {
    const tab = vocab.get('<0x09>');
    if (tab !== undefined) vocab.set('\t', tab);
  }
  return vocab;
}

/** Unigram's unknown id: fixed by the layouts that move `<unk>`, else the trainer's. */
function unkId(model: SentencePieceModel, flavor: SentencePieceFlavor): number {
  if (flavor === 'xlm-roberta' || flavor === 'camembert' || flavor === 'gemma') return 3;
  if (flavor === 'llama') return 0;
  return model.trainer.unkId;
}

function endsWithDigitComma(piece: string): boolean {
  const chars = Array.from(piece);
  return chars.length >= 2 && chars[chars.length - 1] === ',' && /\p{Nd}/u.test(chars[chars.length - 2]!);
}

/**
 * BPE merges from a vocabulary: each piece (in the order of `vocabScores`) contributes every split
 * into two vocabulary pieces (ordered by the parts' ids); all merges are then ordered by the piece's
 * score, the left part's length and the right part's length, highest first (a stable sort, so ties
 * keep that order) — the merge priority SentencePiece's BPE gives by score.
 */
export function generateMerges(vocab: ReadonlyMap<string, number>, vocabScores: readonly (readonly [string, number])[]): [string, string][] {
  const scores = new Map<string, number>();
  for (const [piece, score] of vocabScores) scores.set(piece, score);
  const merges: { left: string; right: string; score: number; l: number; r: number }[] = [];
  for (const [piece, score] of scores) {
    const chars = Array.from(piece);
    const local: (typeof merges)[number][] = [];
    for (let i = 1; i < chars.length; i++) {
      const left = chars.slice(0, i).join('');
      const right = chars.slice(i).join('');
      if (vocab.has(left) && vocab.has(right)) local.push({ left, right, score, l: i, r: chars.length - i });
    }
    local.sort((a, b) => vocab.get(a.left)! - vocab.get(b.left)! || vocab.get(a.right)! - vocab.get(b.right)!);
    merges.push(...local);
  }
  merges.sort((a, b) => b.score - a.score || b.l - a.l || b.r - a.r);
  return merges.map((m) => [m.left, m.right]);
}

/** The family's post-processor template, with the ids its special tokens have in `vocab`. */
function postProcessor(
  flavor: SentencePieceFlavor,
  config: Record<string, unknown>,
  vocab: ReadonlyMap<string, number>,
  specials: ReadonlyMap<string, TokenSpec>,
  file: string,
): unknown {
  const idOf = (token: string): { token: string; id: number } => {
    const id = vocab.get(token);
    if (id === undefined) throw tokenizerError(`the template token ${JSON.stringify(token)} is not in ${basename(file)}`, file);
    return { token, id };
  };
  switch (flavor) {
    case 'albert': {
      const [cls, sep] = [idOf('[CLS]'), idOf('[SEP]')];
      return template([[cls, 0], 'A', [sep, 0]], [[cls, 0], 'A', [sep, 0], 'B', [sep, 1]], [cls, sep]);
    }
    case 'xlm-roberta':
    case 'camembert': {
      const [bos, eos] = [idOf('<s>'), idOf('</s>')];
      return template([[bos, 0], 'A', [eos, 0]], [[bos, 0], 'A', [eos, 0], [eos, 0], 'B0', [eos, 0]], [bos, eos]);
    }
    case 't5': {
      const eos = idOf('</s>');
      return template(['A', [eos, 0]], ['A', [eos, 0], 'B0', [eos, 0]], [eos]);
    }
    case 'llama':
    case 'gemma': {
      // LlamaTokenizerFast / GemmaTokenizerFast build it from add_bos_token / add_eos_token.
      const addBos = optionalBoolean(config, 'add_bos_token') ?? true;
      const addEos = optionalBoolean(config, 'add_eos_token') ?? false;
      const bosToken = specials.get('bos_token')?.content;
      const eosToken = specials.get('eos_token')?.content;
      const bos = addBos && bosToken !== undefined ? idOf(bosToken) : undefined;
      const eos = addEos && eosToken !== undefined ? idOf(eosToken) : undefined;
      const around = (seq: 'A' | 'B', type: number): TemplatePiece[] => [
        ...(bos ? [[bos, type] as TemplatePiece] : []),
        seq === 'A' ? 'A' : 'B',
        ...(eos ? [[eos, type] as TemplatePiece] : []),
      ];
      return template(
        around('A', 0),
        [...around('A', 0), ...around('B', 1)],
        [bos, eos].filter((t) => t !== undefined),
      );
    }
  }
}

/** `'A'` / `'B'` (type 1) / `'B0'` (type 0) are sequences; a pair is a special token with its type id. */
type TemplatePiece = 'A' | 'B' | 'B0' | [{ token: string; id: number }, number];

function template(single: TemplatePiece[], pair: TemplatePiece[], tokens: { token: string; id: number }[]): Record<string, unknown> {
  const piece = (p: TemplatePiece): Record<string, unknown> =>
    p === 'A' ? sequence('A', 0) : p === 'B' ? sequence('B', 1) : p === 'B0' ? sequence('B', 0) : special(p[0].token, p[1]);
  const unique = [...new Map(tokens.map((t) => [t.token, t])).values()];
  return { type: 'TemplateProcessing', single: single.map(piece), pair: pair.map(piece), special_tokens: templateSpecials(unique) };
}
