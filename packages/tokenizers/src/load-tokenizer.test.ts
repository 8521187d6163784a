import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORPUS, generateSample } from '@mlpack/samples';
import { hasSharedFixtures, makeTempDir, removeTempDir, samplesRoot, sharedFixture, SHARED_FIXTURES_SKIP_REASON } from '@mlpack/test-utils';
import { loadTokenizer } from './load-tokenizer.js';

let root: string;
beforeAll(async () => {
  root = await makeTempDir('mlpack-load-tok-');
});
afterAll(async () => {
  await removeTempDir(root);
});

describe.skipIf(!hasSharedFixtures())(
  `tiny-random-gpt2 (hf-internal-testing byte-level BPE)${hasSharedFixtures() ? '' : ` — ${SHARED_FIXTURES_SKIP_REASON}`}`,
  () => {
    it('decodes its own ids back to the text (byte-level round trip) and knows <|endoftext|>', async () => {
      const dir = sharedFixture('tiny-random-gpt2');
      const tok = await loadTokenizer(dir);
      expect(tok.kind).toBe('tokenizer.json');
      expect(tok.model).toBe('BPE');
      const eos = tok.tokenToId('<|endoftext|>');
      expect(eos).toBeDefined();
      expect(tok.specialTokens).toMatchObject({ bos: eos, eos, unk: eos });
      const config = JSON.parse(await readFile(join(dir, 'config.json'), 'utf8')) as { vocab_size: number };
      expect(tok.vocabSize).toBe(config.vocab_size);
      for (const text of ['Hello world!', ' leading space and  double', 'naïve café', 'two\nlines']) {
        const { ids, attentionMask } = tok.encode(text);
        expect(attentionMask).toEqual(ids.map(() => 1));
        expect(tok.decode(ids, { cleanUpTokenizationSpaces: false })).toBe(text);
      }
      // (Its 1000-id vocabulary lacks some byte symbols, e.g. tab and emoji bytes: those would not survive.) The golden sequences of
      // onnxruntime-genai decode as text; ids past the end are refused.
      const ref = JSON.parse(await readFile(join(dir, 'reference_onnx_ortgenai', 'REFERENCE.json'), 'utf8')) as Record<string, number[][]>;
      const seq = ref.greedy_expected_sequences_max_length_10![0]!.filter((id) => id !== 0);
      expect(seq.length).toBeGreaterThan(0);
      // Decoding is the inverse of encoding on what it produced: decode → encode gives the same ids back.
      const text = tok.decode(seq, { cleanUpTokenizationSpaces: false });
      expect(tok.encode(text).ids).toEqual(seq);
      expect(() => tok.decode([config.vocab_size])).toThrow(expect.objectContaining({ code: 'TOKENIZER_ENCODE_FAILED' }));
    });
  },
);

describe('samples: encode and decode through every tokenizer kind', () => {
  it.each([
    ['bert-seqcls', 'tokenizer.json', 'WordPiece', true],
    ['roberta', 'tokenizer.json', 'BPE', false],
    ['gpt2', 'tokenizer.json', 'BPE', false],
    ['llama', 'tokenizer.json', 'BPE', false],
  ] as const)('%s', async (name, kind, model, lowercase) => {
    const tok = await loadTokenizer(join(samplesRoot, name));
    expect([tok.kind, tok.model]).toEqual([kind, model]);
    for (const text of CORPUS.slice(0, 12)) {
      const e = tok.encode(text);
      expect(tok.decode(e.ids, { skipSpecialTokens: true })).toBe(lowercase ? text.toLowerCase() : text);
    }
    const batch = tok.encodeBatch(['Hello world!', ['How old is the fox?', 'Three.']]);
    expect(batch).toHaveLength(2);
    expect(batch[1]!.ids.length).toBeGreaterThan(batch[0]!.ids.length - 2);
  });

  it('Qwen2-style byte-level BPE (NFC, Split regex + ByteLevel without regex, as Qwen2Converter writes it) round-trips', async () => {
    const dir = join(root, 'qwen2-style');
    await mkdir(dir);
    const json = JSON.parse(await readFile(join(samplesRoot, 'gpt2', 'tokenizer.json'), 'utf8')) as Record<string, unknown>;
    json.normalizer = { type: 'NFC' };
    json.pre_tokenizer = {
      type: 'Sequence',
      pretokenizers: [
        {
          type: 'Split',
          pattern: { Regex: "(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\\r\\n\\p{L}\\p{N}]?\\p{L}+|\\p{N}| ?[^\\s\\p{L}\\p{N}]+[\\r\\n]*|\\s*[\\r\\n]+|\\s+(?!\\S)|\\s+" },
          behavior: 'Isolated',
          invert: false,
        },
        { type: 'ByteLevel', add_prefix_space: false, trim_offsets: false, use_regex: false },
      ],
    };
    json.post_processor = { type: 'ByteLevel', add_prefix_space: false, trim_offsets: false, use_regex: false };
    await writeFile(join(dir, 'tokenizer.json'), JSON.stringify(json));
    await writeFile(
      join(dir, 'tokenizer_config.json'),
      JSON.stringify({ tokenizer_class: 'Qwen2Tokenizer', clean_up_tokenization_spaces: false, eos_token: '<|endoftext|>' }),
    );
    const tok = await loadTokenizer(dir);
    for (const text of [...CORPUS.slice(0, 12), "It's 2019: naïve café, 12345 items!", 'two\nlines  and  spaces']) {
      const { ids } = tok.encode(text);
      expect(tok.decode(ids)).toBe(text);
    }
    // Digits are split one by one (\p{N} without a run), unlike GPT-2's pattern.
    expect(tok.encode('12345').tokens).toHaveLength(5);
  });

  it('Gemma-style SentencePiece BPE with byte fallback (converted from a .model) round-trips', async () => {
    const tok = await loadTokenizer({
      slow: { kind: 'sentencepiece', model: join(samplesRoot, 'llama', 'tokenizer.model'), flavor: 'gemma' },
      tokenizerConfig: { bos_token: '<s>', eos_token: '</s>', pad_token: '<unk>', unk_token: '<unk>' },
    });
    expect(tok.kind).toBe('sentencepiece');
    for (const text of [...CORPUS.slice(0, 12), 'caf\u00e9 \u2713 new words']) {
      const e = tok.encode(text);
      expect(e.ids[0]).toBe(tok.specialTokens.bos);
      expect(tok.decode(e.ids, { skipSpecialTokens: true })).toBe(text);
    }
  });

  it('WordPiece: [CLS] A [SEP] B [SEP] with type ids, special ids from tokenizer_config', async () => {
    const tok = await loadTokenizer(join(samplesRoot, 'bert-seqcls'));
    expect(tok.specialTokens).toEqual({ pad: 0, unk: 1, cls: 2, sep: 3, mask: 4 });
    const e = tok.encode('good morning', 'thank you');
    expect(e.ids[0]).toBe(2);
    expect(e.typeIds).toEqual([0, 0, 0, 0, 1, 1, 1]);
    expect(tok.encode('good morning', undefined, { addSpecialTokens: false }).ids).not.toContain(2);
    expect(tok.decode(e.ids)).toBe('[CLS] good morning [SEP] thank you [SEP]');
  });

  it('slow files: a folder without tokenizer.json loads from vocab.txt with the same ids', async () => {
    const dir = join(root, 'bert-slow');
    await generateSample({ family: 'bert', head: 'base', seed: 0, layers: 1 }, dir);
    const fast = await loadTokenizer(dir);
    await writeFile(join(dir, 'tokenizer.json.bak'), await readFile(join(dir, 'tokenizer.json')));
    const { rm } = await import('node:fs/promises');
    await rm(join(dir, 'tokenizer.json'));
    const slow = await loadTokenizer(dir);
    expect(slow.kind).toBe('wordpiece');
    expect(slow.files).toEqual(['vocab.txt']);
    for (const text of CORPUS) expect(slow.encode(text).ids).toEqual(fast.encode(text).ids);
  });

  it('TOKENIZER_MISSING for a folder without tokenizer files; TOKENIZER_INVALID for a broken tokenizer.json', async () => {
    const empty = join(root, 'empty');
    await mkdir(empty);
    await writeFile(join(empty, 'config.json'), '{"model_type": "bert"}');
    await expect(loadTokenizer(empty)).rejects.toMatchObject({ code: 'TOKENIZER_MISSING', file: empty });
    const broken = join(root, 'broken');
    await mkdir(broken);
    await writeFile(join(broken, 'tokenizer.json'), '{"model": ');
    await expect(loadTokenizer(broken)).rejects.toMatchObject({ code: 'TOKENIZER_INVALID', file: join(broken, 'tokenizer.json') });
    await expect(loadTokenizer(join(samplesRoot, 'bert-seqcls'), { prefer: 'sentencepiece' })).rejects.toMatchObject({ code: 'TOKENIZER_MISSING' });
  });
});
