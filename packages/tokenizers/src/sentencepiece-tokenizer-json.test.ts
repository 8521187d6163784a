import { cp, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORPUS, generateSample } from '@mlpack/samples';
import type { SampleSpec } from '@mlpack/samples';
import { makeTempDir, removeTempDir } from '@mlpack/test-utils';
import { checkTokenizersAgree, firstDisagreement } from './check-tokenizers-agree.js';
import { loadTokenizer } from './load-tokenizer.js';
import { parseSentencePieceModel } from './parse-sentencepiece.js';
import type { SentencePieceModel } from './parse-sentencepiece.js';
import { generateMerges, sentencePieceTokenizerJson } from './sentencepiece-tokenizer-json.js';

/** Texts beyond the corpus: unseen words and characters, digits, punctuation runs, pairs. */
const VARIED: readonly string[] = [
  'The happy children walked to the museum.',
  'Zebras are quiet, 12345 of them; naïve café — Ångström!',
  'emoji 😀🎉 and symbols ™ © ½ ∑, 中文 日本語',
  'it\'s "quoted" (maybe) [not] {really}?! #1 @user ~/path_x',
  'x'.repeat(40),
  '   leading spaces,  double  spaces and trailing   ',
  'Hello',
  'a b c d e f g',
];
const PAIRS: readonly (readonly [string, string])[] = [
  ['How old is the fox?', 'The quick brown fox is three years old.'],
  ['Zebras?', 'Quiet ones.'],
];

let root: string;
const dirs = new Map<string, string>();
const SPECS: Record<string, SampleSpec> = {
  llama: { family: 'llama', head: 'causal-lm', seed: 0, layers: 1 },
  'xlm-roberta': { family: 'xlm-roberta', head: 'base', seed: 0, layers: 1 },
};

beforeAll(async () => {
  root = await makeTempDir('mlpack-spm-');
  for (const [name, spec] of Object.entries(SPECS)) {
    const dir = join(root, name);
    await generateSample(spec, dir);
    dirs.set(name, dir);
  }
});
afterAll(async () => {
  await removeTempDir(root);
});

describe.each([
  ['llama', 'tokenizer.model', 'BPE'],
  ['xlm-roberta', 'sentencepiece.bpe.model', 'Unigram'],
] as const)('%s sample: the SentencePiece model and tokenizer.json are one tokenizer', (name, modelFile, modelType) => {
  it('same ids and token types on the corpus, unseen texts and sentence pairs', async () => {
    const dir = dirs.get(name)!;
    const fromJson = await loadTokenizer(dir);
    const fromModel = await loadTokenizer(dir, { prefer: 'sentencepiece' });
    expect(fromJson.kind).toBe('tokenizer.json');
    expect(fromModel.kind).toBe('sentencepiece');
    expect(fromModel.files).toEqual([modelFile]);
    expect(fromModel.model).toBe(modelType);
    expect(fromModel.vocabSize).toBe(fromJson.vocabSize);
    expect(fromModel.specialTokens).toEqual(fromJson.specialTokens);
    const texts = [...CORPUS, ...VARIED, ...PAIRS];
    expect(firstDisagreement(fromJson, fromModel, texts)).toBeUndefined();
    expect(checkTokenizersAgree(fromJson, fromModel, texts)).toBe(texts.length);
  });

  it('builds the same normalizer, pre-tokenizer, post-processor, decoder and added tokens as the saved tokenizer.json', async () => {
    const dir = dirs.get(name)!;
    const saved = JSON.parse(await readFile(join(dir, 'tokenizer.json'), 'utf8')) as Record<string, unknown>;
    const built = JSON.parse(JSON.stringify((await loadTokenizer(dir, { prefer: 'sentencepiece' })).json)) as Record<string, unknown>;
    for (const key of ['normalizer', 'pre_tokenizer', 'post_processor', 'decoder', 'added_tokens']) expect(built[key], key).toEqual(saved[key]);
    const { merges: _m, vocab: builtVocab, ...builtModel } = built.model as Record<string, unknown>;
    const { merges: _s, vocab: savedVocab, ...savedModel } = saved.model as Record<string, unknown>;
    expect(builtModel).toEqual(savedModel);
    // Unigram scores went through float32 in the .model: same pieces in the same order, scores within float32 rounding.
    if (Array.isArray(savedVocab)) {
      const b = builtVocab as [string, number][];
      expect(b.map((e) => e[0])).toEqual((savedVocab as [string, number][]).map((e) => e[0]));
      (savedVocab as [string, number][]).forEach(([, s], i) => expect(Math.abs(b[i]![1] - s)).toBeLessThanOrEqual(Math.abs(s) * 1e-6));
    } else {
      expect(builtVocab).toEqual(savedVocab);
    }
  });

  it('works without tokenizer.json (a SentencePiece-only folder) and decodes back to the text', async () => {
    const dir = join(root, `${name}-spm-only`);
    await cp(dirs.get(name)!, dir, { recursive: true });
    await rm(join(dir, 'tokenizer.json'));
    const tok = await loadTokenizer(dir);
    expect(tok.kind).toBe('sentencepiece');
    // Llama's byte fallback spells unseen characters as bytes; XLM-R (no byte fallback) makes them <unk>.
    const unseen = 'caf\u00e9 \u2713 new words';
    for (const text of [...CORPUS.slice(0, 20), ...(name === 'llama' ? [unseen] : [])]) {
      const { ids } = tok.encode(text);
      expect(tok.decode(ids, { skipSpecialTokens: true })).toBe(text);
    }
    if (name === 'xlm-roberta') expect(tok.encode(unseen).ids).toContain(tok.specialTokens.unk);
  });
});

describe('parseSentencePieceModel on a generated LLaMA-style model', () => {
  it('reads pad_id -1 (a 10-byte varint), byte fallback, piece types and scores', async () => {
    const bytes = new Uint8Array(await readFile(join(dirs.get('llama')!, 'tokenizer.model')));
    // The trainer spec really holds the 10-byte encoding of -1: tag 43<<3 then 0xff x9, 0x01.
    const padField = [0xd8, 0x02, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01];
    expect(Buffer.from(bytes).indexOf(Buffer.from(padField))).toBeGreaterThan(0);
    const r = parseSentencePieceModel(bytes);
    expect(r.ok, r.ok ? '' : r.message).toBe(true);
    const m = (r as { model: SentencePieceModel }).model;
    expect(m.trainer).toMatchObject({ padId: -1, unkId: 0, bosId: 1, eosId: 2, byteFallback: true, unkPiece: '<unk>' });
    expect(m.modelType).toBe('BPE');
    expect(m.types.slice(0, 4)).toEqual(['unknown', 'control', 'control', 'byte']);
    expect(m.pieces[3]).toBe('<0x00>');
    expect(m.scores[259]).toBe(-0);
    expect(m.scores[260]).toBe(-1);
    expect(m.normalizer).toMatchObject({ name: 'identity', addDummyPrefix: true });
  });
});

/** A small hand-made SentencePiece model, for the layouts of the converters the samples do not cover. */
function model(overrides: Partial<SentencePieceModel> = {}): SentencePieceModel {
  const pieces = ['<unk>', '<s>', '</s>', '▁', '▁a', 'b', 'a', '1,', '▁the', 't', 'h', 'e', '[CLS]', '[SEP]', '[MASK]', '<pad>'];
  return {
    pieces,
    scores: pieces.map((_, i) => (i < 3 ? 0 : -i)),
    types: pieces.map((_, i) => (i === 0 ? 'unknown' : i < 3 ? 'control' : 'normal')),
    modelType: 'Unigram',
    trainer: {
      unkId: 0,
      bosId: 1,
      eosId: 2,
      padId: -1,
      unkPiece: '<unk>',
      bosPiece: '<s>',
      eosPiece: '</s>',
      padPiece: '<pad>',
      byteFallback: false,
      treatWhitespaceAsSuffix: false,
    },
    normalizer: {
      name: 'nmt_nfkc',
      precompiledCharsmap: new Uint8Array([1, 2, 3, 4]),
      addDummyPrefix: true,
      removeExtraWhitespaces: true,
      escapeWhitespaces: true,
    },
    ...overrides,
  };
}

describe('converter layouts (transformers convert_slow_tokenizer.py)', () => {
  it('xlm-roberta: fairseq ids, Precompiled charsmap first, <s> $A </s> templates', async () => {
    const { json } = await sentencePieceTokenizerJson(model(), 'xlm-roberta');
    const vocab = (json.model as { vocab: [string, number][]; unk_id: number }).vocab;
    expect(vocab.slice(0, 5).map((v) => v[0])).toEqual(['<s>', '<pad>', '</s>', '<unk>', '▁']);
    expect(vocab.at(-1)).toEqual(['<mask>', 0]);
    expect((json.model as { unk_id: number }).unk_id).toBe(3);
    expect((json.normalizer as { normalizers: unknown[] }).normalizers[0]).toEqual({ type: 'Precompiled', precompiled_charsmap: 'AQIDBA==' });
    expect(json.post_processor).toMatchObject({ special_tokens: { '<s>': { ids: [0] }, '</s>': { ids: [2] } } });
    const mask = (json.added_tokens as { content: string; id: number; lstrip: boolean; special: boolean }[]).find((t) => t.content === '<mask>');
    expect(mask).toMatchObject({ id: vocab.length - 1, lstrip: true, special: true });
  });

  it('camembert: <s>NOTUSED layout, <unk> at 3, the original <unk> kept at -100', async () => {
    const { json } = await sentencePieceTokenizerJson(model(), 'camembert');
    const vocab = (json.model as { vocab: [string, number][] }).vocab;
    expect(vocab.slice(0, 7)).toEqual([
      ['<s>NOTUSED', 0],
      ['<pad>', 0],
      ['</s>NOTUSED', 0],
      ['<unk>', 0],
      ['<unk>NOTUSED', -100],
      ['<s>', 0],
      ['</s>', 0],
    ]);
    expect(json.post_processor).toMatchObject({ special_tokens: { '<s>': { ids: [5] }, '</s>': { ids: [6] } } });
  });

  it('albert: digit+comma pieces down-weighted, lowercase + accent stripping, [CLS] $A [SEP] with type ids', async () => {
    const { json } = await sentencePieceTokenizerJson(model(), 'albert');
    const vocab = (json.model as { vocab: [string, number][] }).vocab;
    expect(vocab[7]).toEqual(['1,', -107]);
    expect((json.normalizer as { normalizers: { type: string }[] }).normalizers.map((n) => n.type)).toEqual([
      'Replace',
      'Replace',
      'NFKD',
      'StripAccents',
      'Lowercase',
      'Precompiled',
      'Replace',
    ]);
    expect(json.post_processor).toMatchObject({
      pair: [
        { SpecialToken: { id: '[CLS]', type_id: 0 } },
        { Sequence: { id: 'A', type_id: 0 } },
        { SpecialToken: { id: '[SEP]', type_id: 0 } },
        { Sequence: { id: 'B', type_id: 1 } },
        { SpecialToken: { id: '[SEP]', type_id: 1 } },
      ],
      special_tokens: { '[CLS]': { ids: [12] }, '[SEP]': { ids: [13] } },
    });
    const kept = await sentencePieceTokenizerJson(model(), 'albert', { tokenizerConfig: { keep_accents: true, do_lower_case: false } });
    expect((kept.json.normalizer as { normalizers: { type: string }[] }).normalizers.map((n) => n.type)).toEqual([
      'Replace',
      'Replace',
      'Precompiled',
      'Replace',
    ]);
  });

  it('t5: 100 sentinels appended in reverse as special tokens, $A </s> template', async () => {
    const { json } = await sentencePieceTokenizerJson(model(), 't5');
    const vocab = (json.model as { vocab: [string, number][] }).vocab;
    expect(vocab).toHaveLength(16 + 100);
    expect(vocab[16]![0]).toBe('<extra_id_99>');
    expect(vocab.at(-1)![0]).toBe('<extra_id_0>');
    const added = json.added_tokens as { content: string; id: number; special: boolean }[];
    expect(added.find((t) => t.content === '<extra_id_0>')).toMatchObject({ id: 115, special: true });
    expect(json.post_processor).toMatchObject({
      single: [{ Sequence: { id: 'A' } }, { SpecialToken: { id: '</s>' } }],
      special_tokens: { '</s>': { ids: [2] } },
    });
    // legacy: false prepends ▁ to the first section only.
    const modern = await sentencePieceTokenizerJson(model(), 't5', { tokenizerConfig: { legacy: false } });
    expect(modern.json.pre_tokenizer).toMatchObject({ type: 'Metaspace', prepend_scheme: 'first' });
  });

  it('llama legacy: Prepend + Replace normalizer, no pre-tokenizer; add_eos_token extends the template', async () => {
    const bpe = model({ modelType: 'BPE' });
    const { json } = await sentencePieceTokenizerJson(bpe, 'llama', { tokenizerConfig: { add_eos_token: true } });
    expect(json.normalizer).toEqual({
      type: 'Sequence',
      normalizers: [
        { type: 'Prepend', prepend: '▁' },
        { type: 'Replace', pattern: { String: ' ' }, content: '▁' },
      ],
    });
    expect(json.pre_tokenizer).toBeNull();
    expect((json.post_processor as { single: unknown[] }).single).toEqual([
      { SpecialToken: { id: '<s>', type_id: 0 } },
      { Sequence: { id: 'A', type_id: 0 } },
      { SpecialToken: { id: '</s>', type_id: 0 } },
    ]);
    expect(json.model).toMatchObject({ type: 'BPE', unk_token: '<unk>', fuse_unk: true, byte_fallback: false });
  });

  it('refuses WORD / CHAR models and suffix whitespace with TOKENIZER_UNSUPPORTED', async () => {
    await expect(sentencePieceTokenizerJson(model({ modelType: 'Char' }), 'albert')).rejects.toMatchObject({ code: 'TOKENIZER_UNSUPPORTED' });
    const suffix = model();
    suffix.trainer.treatWhitespaceAsSuffix = true;
    await expect(sentencePieceTokenizerJson(suffix, 'albert')).rejects.toMatchObject({ code: 'TOKENIZER_UNSUPPORTED' });
  });
});

describe('generateMerges', () => {
  it('orders merges by the merged piece score, then longer left / right parts; all splits of a piece', () => {
    const pieces: [string, number][] = [
      ['a', 0],
      ['b', -1],
      ['c', -2],
      ['ab', -3],
      ['bc', -4],
      ['abc', -5],
    ];
    const vocab = new Map(pieces.map(([p], i) => [p, i]));
    expect(generateMerges(vocab, pieces)).toEqual([
      ['a', 'b'],
      ['b', 'c'],
      ['ab', 'c'],
      ['a', 'bc'],
    ]);
  });
});
