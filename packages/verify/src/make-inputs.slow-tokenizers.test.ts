import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hasSharedFixtures, makeTempDir, removeTempDir, samplesRoot, sharedFixture } from '@mlpack/test-utils';
import type { HostTensor } from '@mlpack/core';
import { readModelFolder } from '@mlpack/model';
import { generateSample } from '@mlpack/samples';
import type { ModelFolder } from '@mlpack/model';
import { DEFAULT_PAIRS, DEFAULT_TEXTS, makeInputs } from './make-inputs.js';
import type { MadeInputs } from './make-inputs.js';
import { buildTokenizerJson, slowTokenizerKind, tokenizerFilesOf } from '@mlpack/tokenizers';
import type { TokenizerFiles } from '@mlpack/tokenizers';

/** Texts that exercise every step of both pipelines. */
const TRICKY_TEXTS: readonly string[] = [
  'Café crème brûlée, naïve façade — Ångström über Øresund.',
  'HELLO World! MiXeD CaSe AND SHOUTING',
  'Punctuation: (a), [b]; {c}... it\'s "quoted" & 50% off?! #1 @user ~/path_x',
  '中文字符 and 日本語のテキスト, 한국어 too',
  'supercalifragilisticexpialidocious zqxjvk unknownwordz',
  '   leading spaces,  double  spaces and trailing   ',
  'emoji 😀🎉👍🏽 and symbols ™ © ½ ∑',
  'tabs\tand\nnewlines\r\nand a control \u0007 char',
  'special tokens inline: [CLS] [MASK] [SEP] <s> <mask> </s> <pad>',
  'x'.repeat(120),
  ' Hello',
];
const ALL_INPUTS = ['input_ids', 'attention_mask', 'token_type_ids'];

const rows = (t: HostTensor | undefined): number[][] => {
  const [b, s] = t!.dims as [number, number];
  const v = Array.from(t!.data as BigInt64Array, Number);
  return Array.from({ length: b }, (_, i) => v.slice(i * s, (i + 1) * s));
};
const tensors = (m: MadeInputs): Record<string, number[][]> => Object.fromEntries(Object.entries(m.inputs).map(([k, t]) => [k, rows(t)]));

let tmp: string;
beforeEach(async () => {
  tmp = await makeTempDir('mlpack-slow-tok-');
});
afterEach(async () => {
  await removeTempDir(tmp);
});

/** Copy a model folder without its tokenizer.json (and without pickles). */
async function copyWithoutTokenizerJson(src: string, name = 'model'): Promise<string> {
  const dst = join(tmp, name);
  await cp(src, dst, { recursive: true, filter: (p) => !p.endsWith('tokenizer.json') && !p.endsWith('.bin') });
  return dst;
}

async function withFolder<T>(dir: string, f: (folder: ModelFolder) => Promise<T>): Promise<T> {
  const read = await readModelFolder(dir);
  expect(read.issues.filter((i) => i.severity === 'error')).toEqual([]);
  const folder = read.folder!;
  try {
    return await f(folder);
  } finally {
    await folder.close();
  }
}

async function tokenizerOf(dir: string): Promise<{ files: TokenizerFiles; config: Record<string, unknown> }> {
  return withFolder(dir, async (folder) => ({ files: tokenizerFilesOf(folder)!, config: folder.config }));
}

async function readJson(path: string): Promise<Record<string, unknown>> {
  return JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>;
}

const CASES = [
  // pairs: the model has >= 2 token types, so the built-in sentence pair is appended (pair template)
  { name: 'samples/bert-seqcls', dir: join(samplesRoot, 'bert-seqcls'), kind: 'wordpiece', files: ['vocab.txt'], mask: '[MASK]', unk: '[UNK]', pairs: true },
  { name: 'samples/distilbert', dir: join(samplesRoot, 'distilbert'), kind: 'wordpiece', files: ['vocab.txt'], mask: '[MASK]', unk: '[UNK]', pairs: false },
  {
    name: 'samples/roberta',
    dir: join(samplesRoot, 'roberta'),
    kind: 'byte-level-bpe',
    files: ['vocab.json', 'merges.txt'],
    mask: '<mask>',
    unk: undefined,
    pairs: false,
  },
  {
    name: 'tiny-bert-seqcls-tokenizer (Hugging Face files)',
    dir: sharedFixture('tiny-bert-seqcls-tokenizer'),
    kind: 'wordpiece',
    files: ['vocab.txt'],
    mask: '[MASK]',
    unk: '[UNK]',
    pairs: true,
    skip: !hasSharedFixtures(),
  },
] as const;

describe.each(CASES)('slow tokenizer files of $name', (c) => {
  it.skipIf('skip' in c && c.skip)('give the same ids, token types and masks as tokenizer.json', async () => {
    const copy = await copyWithoutTokenizerJson(c.dir);
    const slow = await tokenizerOf(copy);
    const fast = await tokenizerOf(c.dir);
    expect(slow.files.tokenizerJson).toBeUndefined();
    expect(slow.files.slow?.kind).toBe(c.kind);
    expect(fast.files.tokenizerJson).toBe(join(c.dir, 'tokenizer.json'));

    // Long rows are fine here: only the tokenization is compared.
    const config = { ...fast.config, max_position_embeddings: 4096 };
    const texts = [...DEFAULT_TEXTS, ...TRICKY_TEXTS];
    const fromSlow = await makeInputs({ config, inputNames: ALL_INPUTS, tokenizer: slow.files, texts });
    const fromJson = await makeInputs({ config, inputNames: ALL_INPUTS, tokenizer: fast.files, texts });
    expect(fromSlow.source).toBe('tokenizer');
    expect(fromSlow.tokenizerFiles).toEqual(c.files);
    expect(fromJson.tokenizerFiles).toEqual(['tokenizer.json']);
    expect(fromSlow.texts).toEqual(c.pairs ? [...texts, ...DEFAULT_PAIRS.map((p) => p[0])] : texts);
    expect(fromSlow.textPairs).toEqual(c.pairs ? [...texts.map(() => null), ...DEFAULT_PAIRS.map((p) => p[1])] : undefined);
    expect(fromJson.textPairs).toEqual(fromSlow.textPairs);
    expect(fromSlow.lengths).toEqual(fromJson.lengths);
    expect(fromSlow.padTokenId).toBe(fromJson.padTokenId);
    expect(Object.keys(fromSlow.inputs)).toEqual(Object.keys(fromJson.inputs));
    expect(tensors(fromSlow)).toEqual(tensors(fromJson));
    // The built pair template gives the second segment token type 1, as tokenizer.json's does.
    if (c.pairs) expect(rows(fromSlow.inputs.token_type_ids).at(-1)).toContain(1);

    // The texts do reach the special cases: the mask token is kept whole, unknown words give unk.
    const vocab = c.kind === 'wordpiece' ? (await readFile(join(c.dir, 'vocab.txt'), 'utf8')).split('\n') : undefined;
    const idOf = async (t: string): Promise<number> => (vocab ? vocab.indexOf(t) : ((await readJson(join(c.dir, 'vocab.json'))) as Record<string, number>)[t]!);
    const ids = rows(fromSlow.inputs.input_ids);
    const special = ids[DEFAULT_TEXTS.length + 8]!;
    expect(special).toContain(await idOf(c.mask));
    if (c.unk) expect(ids[DEFAULT_TEXTS.length + 6]).toContain(await idOf(c.unk)); // the emoji row
  });

  it.skipIf('skip' in c && c.skip)('build the same tokenizer.json document', async () => {
    const copy = await copyWithoutTokenizerJson(c.dir);
    const { files } = await tokenizerOf(copy);
    const built = JSON.parse(JSON.stringify((await buildTokenizerJson(files.slow!, files)).json)) as Record<string, Record<string, unknown>>;
    const real = (await readJson(join(c.dir, 'tokenizer.json'))) as Record<string, Record<string, unknown>>;
    const entries = (o: unknown): [string, unknown][] => Object.entries(o as Record<string, unknown>).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    expect(entries(built.model!.vocab)).toEqual(entries(real.model!.vocab));
    const { vocab: _b, ...builtModel } = built.model!;
    const { vocab: _r, ...realModel } = real.model!;
    expect(builtModel).toEqual(realModel);
    expect({ ...built, model: undefined }).toEqual({ ...real, model: undefined });
  });
});

describe('SentencePiece-only folders are tokenized, not given random ids', () => {
  it.each([
    ['xlm-roberta', { family: 'xlm-roberta', head: 'sequence-classification', seed: 0, layers: 1 }, 'sentencepiece.bpe.model'],
    ['llama', { family: 'llama', head: 'causal-lm', seed: 0, layers: 1 }, 'tokenizer.model'],
  ] as const)('%s: the .model gives the ids tokenizer.json gives', async (name, spec, modelFile) => {
    const full = join(tmp, `${name}-full`);
    await generateSample(spec, full);
    const spmOnly = await copyWithoutTokenizerJson(full, `${name}-spm`);
    const slow = await tokenizerOf(spmOnly);
    const fast = await tokenizerOf(full);
    expect(slow.files.slow).toMatchObject({ kind: 'sentencepiece', model: join(spmOnly, modelFile) });
    const inputNames = name === 'llama' ? ['input_ids', 'attention_mask'] : ALL_INPUTS.filter((n) => n !== 'token_type_ids');
    const texts = [...DEFAULT_TEXTS, ...TRICKY_TEXTS.slice(0, 6)];
    const config = { ...fast.config, max_position_embeddings: 4096 };
    const fromModel = await makeInputs({ config, inputNames, tokenizer: slow.files, texts });
    const fromJson = await makeInputs({ config, inputNames, tokenizer: fast.files, texts });
    expect(fromModel.source).toBe('tokenizer');
    expect(fromModel.tokenizerFiles).toEqual([modelFile]);
    expect(fromModel.padTokenId).toBe(fromJson.padTokenId);
    expect(tensors(fromModel)).toEqual(tensors(fromJson));
  });
});

describe('slow tokenizer settings', () => {
  const bertDir = join(samplesRoot, 'bert-seqcls');
  const robertaDir = join(samplesRoot, 'roberta');
  const bertConfig = { model_type: 'bert', vocab_size: 487, max_position_embeddings: 64 };
  const robertaConfig = { model_type: 'roberta', vocab_size: 501, max_position_embeddings: 66, pad_token_id: 1 };

  it('follow tokenizer_config.json: case, accents, basic tokenization', async () => {
    const base = await readJson(join(bertDir, 'tokenizer_config.json'));
    const slow = { kind: 'wordpiece', vocabTxt: join(bertDir, 'vocab.txt') } as const;
    const normalizer = async (over: Record<string, unknown>): Promise<unknown> =>
      (await buildTokenizerJson(slow, { tokenizerConfig: { ...base, ...over } })).json.normalizer;
    expect(await normalizer({})).toEqual({ type: 'BertNormalizer', clean_text: true, handle_chinese_chars: true, strip_accents: null, lowercase: true });
    expect(await normalizer({ do_lower_case: false, strip_accents: true, tokenize_chinese_chars: false })).toMatchObject({
      lowercase: false,
      strip_accents: true,
      handle_chinese_chars: false,
    });
    expect(await normalizer({ do_basic_tokenize: false })).toMatchObject({ lowercase: false, strip_accents: false, handle_chinese_chars: false });
    // No tokenizer_config at all: BertTokenizer's defaults.
    const bare = await buildTokenizerJson(slow);
    expect(bare.json.normalizer).toMatchObject({ lowercase: true, strip_accents: null, handle_chinese_chars: true });
    expect(bare.json.post_processor).toMatchObject({ special_tokens: { '[CLS]': { ids: [2] }, '[SEP]': { ids: [3] } } });
  });

  it('honour add_prefix_space for byte-level BPE', async () => {
    const slow = { kind: 'byte-level-bpe', vocabJson: join(robertaDir, 'vocab.json'), mergesTxt: join(robertaDir, 'merges.txt') } as const;
    const tokenizerConfig = await readJson(join(robertaDir, 'tokenizer_config.json'));
    const encode = async (addPrefixSpace: boolean): Promise<number[]> =>
      rows(
        (
          await makeInputs({
            config: robertaConfig,
            inputNames: ['input_ids'],
            texts: ['Hello world', 'x'],
            tokenizer: { slow, tokenizerConfig: { ...tokenizerConfig, add_prefix_space: addPrefixSpace } },
          })
        ).inputs.input_ids,
      )[0]!;
    const vocab = (await readJson(join(robertaDir, 'vocab.json'))) as Record<string, number>;
    const plain = await encode(false);
    const prefixed = await encode(true);
    expect(plain).not.toEqual(prefixed);
    // "Hello" becomes "ĠHello" pieces: the first piece starts with Ġ (the byte-level space).
    const firstPiece = Object.entries(vocab).find(([, id]) => id === prefixed[1])![0];
    expect(firstPiece.startsWith('Ġ')).toBe(true);
  });

  it('add the tokens of added_tokens.json (legacy folders) and the special tokens of special_tokens_map.json', async () => {
    const dir = join(tmp, 'legacy');
    await cp(bertDir, dir, { recursive: true, filter: (p) => !p.endsWith('tokenizer.json') });
    // A legacy tokenizer_config (no added_tokens_decoder), an added token and an extra special token.
    const tokenizerConfig = { do_lower_case: true, tokenizer_class: 'BertTokenizer' };
    await writeFile(join(dir, 'tokenizer_config.json'), JSON.stringify(tokenizerConfig));
    await writeFile(join(dir, 'added_tokens.json'), JSON.stringify({ newword: 487, '<ent>': 488 }));
    const specialTokensMap = { ...(await readJson(join(dir, 'special_tokens_map.json'))), additional_special_tokens: ['<ent>'] };
    await writeFile(join(dir, 'special_tokens_map.json'), JSON.stringify(specialTokensMap));
    // (readModelFolder would refuse ids past the embedding; the folder fields tokenizerFilesOf reads are enough.)
    const files = tokenizerFilesOf({
      dir,
      modelType: 'bert',
      tokenizer: { files: ['added_tokens.json', 'special_tokens_map.json', 'tokenizer_config.json', 'vocab.txt'] },
      tokenizerConfig,
      specialTokensMap,
    })!;
    expect(files.slow).toEqual({ kind: 'wordpiece', vocabTxt: join(dir, 'vocab.txt'), addedTokensJson: join(dir, 'added_tokens.json') });
    const built = await buildTokenizerJson(files.slow!, files);
    expect(built.files).toEqual(['vocab.txt', 'added_tokens.json']);
    const added = built.json.added_tokens as { id: number; content: string; special: boolean; normalized: boolean }[];
    expect(added.map((t) => [t.id, t.content, t.special, t.normalized])).toEqual([
      [0, '[PAD]', true, false],
      [1, '[UNK]', true, false],
      [2, '[CLS]', true, false],
      [3, '[SEP]', true, false],
      [4, '[MASK]', true, false],
      [487, 'newword', false, true],
      [488, '<ent>', true, false],
    ]);
    const made = await makeInputs({ config: { ...bertConfig, vocab_size: 489 }, inputNames: ['input_ids'], tokenizer: files, texts: ['a NewWord<ent>b', 'a'] });
    expect(rows(made.inputs.input_ids)[0]!).toEqual(expect.arrayContaining([487, 488]));
    expect(made.tokenizerFiles).toEqual(['vocab.txt', 'added_tokens.json']);
  });

  it('make a plain-string RoBERTa mask token strip the space before it, as RobertaTokenizer does', async () => {
    const slow = { kind: 'byte-level-bpe', vocabJson: join(robertaDir, 'vocab.json'), mergesTxt: join(robertaDir, 'merges.txt') } as const;
    const built = await buildTokenizerJson(slow, { tokenizerConfig: { mask_token: '<mask>' } });
    const mask = (built.json.added_tokens as { content: string; lstrip: boolean; id: number }[]).find((t) => t.content === '<mask>');
    expect(mask).toMatchObject({ id: 500, lstrip: true });
    expect(built.json.post_processor).toEqual({ type: 'RobertaProcessing', sep: ['</s>', 2], cls: ['<s>', 0], trim_offsets: true, add_prefix_space: false });
  });
});

describe('slowTokenizerKind', () => {
  it('converts only where the mapping is certain', () => {
    expect(slowTokenizerKind('bert', undefined, ['vocab.txt'])).toBe('wordpiece');
    expect(slowTokenizerKind('distilbert', 'DistilBertTokenizer', ['vocab.txt', 'tokenizer_config.json'])).toBe('wordpiece');
    expect(slowTokenizerKind('electra', 'ElectraTokenizerFast', ['vocab.txt'])).toBe('wordpiece');
    expect(slowTokenizerKind('albert', undefined, ['vocab.txt'])).toBe('wordpiece');
    expect(slowTokenizerKind('albert', undefined, ['vocab.txt', 'spiece.model'])).toBe('sentencepiece');
    expect(slowTokenizerKind('albert', 'AlbertTokenizer', ['vocab.txt'])).toBeUndefined();
    expect(slowTokenizerKind('roberta', undefined, ['vocab.json', 'merges.txt'])).toBe('byte-level-bpe');
    expect(slowTokenizerKind('roberta', 'RobertaTokenizerFast', ['merges.txt', 'vocab.json'])).toBe('byte-level-bpe');
    expect(slowTokenizerKind('roberta', 'BertTokenizer', ['vocab.txt'])).toBe('wordpiece');
    expect(slowTokenizerKind('roberta', undefined, ['vocab.json'])).toBeUndefined();
    expect(slowTokenizerKind('roberta', undefined, ['vocab.txt'])).toBeUndefined();
    expect(slowTokenizerKind('bert', 'BertJapaneseTokenizer', ['vocab.txt'])).toBeUndefined();
    expect(slowTokenizerKind('bert', undefined, ['vocab.json', 'merges.txt'])).toBeUndefined();
    expect(slowTokenizerKind('xlm-roberta', undefined, ['sentencepiece.bpe.model'])).toBe('sentencepiece');
    expect(slowTokenizerKind('camembert', undefined, ['sentencepiece.bpe.model'])).toBe('sentencepiece');
    expect(slowTokenizerKind('albert', undefined, ['spiece.model'])).toBe('sentencepiece');
    expect(slowTokenizerKind('llama', 'LlamaTokenizerFast', ['tokenizer.model'])).toBe('sentencepiece');
    expect(slowTokenizerKind('bert', 'BertTokenizer', ['tokenizer.model'])).toBeUndefined();
    expect(slowTokenizerKind('bart', undefined, ['sentencepiece.bpe.model'])).toBeUndefined();
    expect(slowTokenizerKind('gpt2', undefined, ['vocab.json', 'merges.txt'])).toBeUndefined();
    expect(slowTokenizerKind(undefined, undefined, ['vocab.txt'])).toBeUndefined();
  });

  it('tokenizerFilesOf prefers tokenizer.json, then the slow files (SentencePiece models of known classes included)', () => {
    const folder = (modelType: string, files: string[]) => ({ dir: '/m', modelType, tokenizer: { kind: 'tokenizer.json' as const, files, vocabSize: 10 } });
    expect(tokenizerFilesOf(folder('bert', ['tokenizer.json', 'vocab.txt']))).toMatchObject({ tokenizerJson: join('/m', 'tokenizer.json') });
    expect(tokenizerFilesOf(folder('bert', ['vocab.txt']))).toMatchObject({ slow: { kind: 'wordpiece', vocabTxt: join('/m', 'vocab.txt') } });
    expect(tokenizerFilesOf(folder('xlm-roberta', ['sentencepiece.bpe.model', 'tokenizer_config.json']))).toMatchObject({
      slow: { kind: 'sentencepiece', flavor: 'xlm-roberta', model: join('/m', 'sentencepiece.bpe.model') },
    });
    expect(tokenizerFilesOf(folder('albert', ['spiece.model']))).toMatchObject({ slow: { kind: 'sentencepiece', flavor: 'albert' } });
    expect(tokenizerFilesOf(folder('bart', ['sentencepiece.bpe.model']))).toBeUndefined();
    expect(tokenizerFilesOf({ dir: '/m', modelType: 'bert', tokenizer: undefined })).toBeUndefined();
  });
});

describe('invalid slow tokenizer files are INPUT_TOKENIZER errors naming the file', () => {
  const names = ['input_ids', 'attention_mask'];
  const robertaConfig = { model_type: 'roberta', vocab_size: 501, max_position_embeddings: 66, pad_token_id: 1 };
  const bertConfig = { model_type: 'bert', vocab_size: 487, max_position_embeddings: 64 };

  const roberta = async (): Promise<{ dir: string; tokenizer: TokenizerFiles }> => {
    const dir = await copyWithoutTokenizerJson(join(samplesRoot, 'roberta'), 'roberta');
    return { dir, tokenizer: { slow: { kind: 'byte-level-bpe', vocabJson: join(dir, 'vocab.json'), mergesTxt: join(dir, 'merges.txt') } } };
  };
  const bert = async (): Promise<{ dir: string; tokenizer: TokenizerFiles }> => {
    const dir = await copyWithoutTokenizerJson(join(samplesRoot, 'bert-seqcls'), 'bert');
    return { dir, tokenizer: { slow: { kind: 'wordpiece', vocabTxt: join(dir, 'vocab.txt') } } };
  };

  it('a truncated vocab.json', async () => {
    const { dir, tokenizer } = await roberta();
    const text = await readFile(join(dir, 'vocab.json'), 'utf8');
    await writeFile(join(dir, 'vocab.json'), text.slice(0, 120));
    const err = await makeInputs({ config: robertaConfig, inputNames: names, tokenizer }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'INPUT_TOKENIZER', file: join(dir, 'vocab.json') });
    expect((err as Error).message).toMatch(/vocab\.json is not valid JSON/);
    expect((err as { offset?: number }).offset).toBeGreaterThan(0);
  });

  it('a vocab.json that is not a token → id object', async () => {
    const { dir, tokenizer } = await roberta();
    await writeFile(join(dir, 'vocab.json'), '["a", "b"]');
    await expect(makeInputs({ config: robertaConfig, inputNames: names, tokenizer })).rejects.toMatchObject({
      code: 'INPUT_TOKENIZER',
      file: join(dir, 'vocab.json'),
      message: expect.stringMatching(/must be an object mapping tokens to ids/),
    });
    await writeFile(join(dir, 'vocab.json'), '{"a": 0, "b": -1}');
    await expect(makeInputs({ config: robertaConfig, inputNames: names, tokenizer })).rejects.toMatchObject({
      code: 'INPUT_TOKENIZER',
      file: join(dir, 'vocab.json'),
      pointer: '/b',
    });
  });

  it('a merges.txt line that is not two tokens', async () => {
    const { dir, tokenizer } = await roberta();
    const text = await readFile(join(dir, 'merges.txt'), 'utf8');
    const lines = text.split('\n');
    lines.splice(3, 0, 'h e l');
    await writeFile(join(dir, 'merges.txt'), lines.join('\n'));
    await expect(makeInputs({ config: robertaConfig, inputNames: names, tokenizer })).rejects.toMatchObject({
      code: 'INPUT_TOKENIZER',
      file: join(dir, 'merges.txt'),
      message: expect.stringMatching(/merges\.txt line 4: expected two tokens/),
    });
  });

  it('a merges.txt line with a token the vocabulary does not have', async () => {
    const { dir, tokenizer } = await roberta();
    await writeFile(join(dir, 'merges.txt'), '#version: 0.2\nh e\nĠzzzz qqqq\n');
    await expect(makeInputs({ config: robertaConfig, inputNames: names, tokenizer })).rejects.toMatchObject({
      code: 'INPUT_TOKENIZER',
      file: join(dir, 'merges.txt'),
      message: expect.stringMatching(/line 3: "Ġzzzz" is not in vocab\.json/),
    });
  });

  it('a vocab.txt that is not UTF-8, lacks its unknown token, or cannot be read', async () => {
    const { dir, tokenizer } = await bert();
    const path = join(dir, 'vocab.txt');
    const good = await readFile(path);
    await writeFile(path, Buffer.concat([good, Buffer.from([0xff, 0xfe, 0x0a])]));
    await expect(makeInputs({ config: bertConfig, inputNames: names, tokenizer })).rejects.toMatchObject({
      code: 'INPUT_TOKENIZER',
      file: path,
      message: expect.stringMatching(/not valid UTF-8/),
    });
    await writeFile(path, good.toString('utf8').replace('[UNK]\n', '[UNKNOWN]\n'));
    await expect(makeInputs({ config: bertConfig, inputNames: names, tokenizer })).rejects.toMatchObject({
      code: 'INPUT_TOKENIZER',
      file: path,
      message: expect.stringMatching(/"\[UNK\]".*must be in vocab\.txt/),
    });
    await writeFile(path, good.toString('utf8').replace('[CLS]\n', '[CLASS]\n'));
    await expect(makeInputs({ config: bertConfig, inputNames: names, tokenizer })).rejects.toMatchObject({
      code: 'INPUT_TOKENIZER',
      file: path,
      message: expect.stringMatching(/cls_token "\[CLS\]" is not in vocab\.txt/),
    });
    await rm(path);
    await expect(makeInputs({ config: bertConfig, inputNames: names, tokenizer })).rejects.toMatchObject({
      code: 'INPUT_TOKENIZER',
      file: path,
      message: expect.stringMatching(/cannot read vocab\.txt/),
    });
  });
});
