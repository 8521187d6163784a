import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, removeTempDir } from '@mlpack/test-utils';
import { loadTokenizer } from '@mlpack/tokenizers';
import type { LoadedTokenizer } from '@mlpack/tokenizers';
import { CORPUS } from '../corpus.js';
import { generateSample } from '../generate-sample.js';
import type { SampleSpec } from '../sample-spec.js';

/** The tokenizer under the names this test uses (encode / decode / token_to_id, as tokenizers.js spells them). */
interface HfTokenizer {
  encode(text: string, options?: { text_pair?: string; return_token_type_ids?: boolean }): { ids: number[]; tokens: string[]; token_type_ids: number[] };
  decode(ids: number[], options?: { skip_special_tokens?: boolean }): string;
  token_to_id(token: string): number | undefined;
}

function named(t: LoadedTokenizer): HfTokenizer {
  return {
    encode: (text, options) => {
      const e = t.encode(text, options?.text_pair);
      return { ids: e.ids, tokens: e.tokens, token_type_ids: e.typeIds };
    },
    decode: (ids, options) => t.decode(ids, { skipSpecialTokens: options?.skip_special_tokens }),
    token_to_id: (token) => t.tokenToId(token),
  };
}

interface Case {
  name: string;
  spec: SampleSpec;
  unk: string;
  lowercase: boolean;
}

const CASES: Case[] = [
  { name: 'wordpiece', spec: { family: 'bert', head: 'base', seed: 0, layers: 1 }, unk: '[UNK]', lowercase: true },
  { name: 'bpe-roberta', spec: { family: 'roberta', head: 'base', seed: 0, layers: 1 }, unk: '<unk>', lowercase: false },
  { name: 'bpe-gpt2', spec: { family: 'gpt2', head: 'causal-lm', seed: 0, layers: 1 }, unk: '<|endoftext|>', lowercase: false },
  { name: 'sentencepiece-bpe', spec: { family: 'llama', head: 'causal-lm', seed: 0, layers: 1 }, unk: '<unk>', lowercase: false },
  { name: 'unigram-xlmr', spec: { family: 'xlm-roberta', head: 'base', seed: 0, layers: 1 }, unk: '<unk>', lowercase: false },
  { name: 'unigram-camembert', spec: { family: 'camembert', head: 'base', seed: 0, layers: 1 }, unk: '<unk>', lowercase: false },
];

/** Sentences not in the corpus, made of corpus words (and one unseen word, spelled with seen letters). */
const NEW_SENTENCES = ['The happy children walked to the museum.', 'Our new model reads every layer quickly!', 'Zebras are quiet.'];

let root: string;
const loaded = new Map<string, { tok: HfTokenizer; config: { vocab_size: number }; json: object; tokConfig: object }>();

beforeAll(async () => {
  root = await makeTempDir('mlpack-samples-tok-');
  for (const c of CASES) {
    const dir = join(root, c.name);
    await generateSample(c.spec, dir);
    const json = JSON.parse(await readFile(join(dir, 'tokenizer.json'), 'utf8')) as object;
    const tokConfig = JSON.parse(await readFile(join(dir, 'tokenizer_config.json'), 'utf8')) as object;
    const config = JSON.parse(await readFile(join(dir, 'config.json'), 'utf8')) as { vocab_size: number };
    loaded.set(c.name, { tok: named(await loadTokenizer(dir)), config, json, tokConfig });
  }
});

afterAll(async () => {
  await removeTempDir(root);
});

describe.each(CASES)('$name tokenizer', (c) => {
  it('round-trips every corpus sentence and new sentences, ids in range, no unknown token', () => {
    const { tok, config } = loaded.get(c.name)!;
    const unkId = tok.token_to_id(c.unk);
    expect(unkId).toBeDefined();
    for (const text of [...CORPUS, ...NEW_SENTENCES]) {
      const { ids } = tok.encode(text);
      expect(ids.length).toBeGreaterThan(0);
      for (const id of ids) expect(id).toBeLessThan(config.vocab_size);
      if (c.name !== 'bpe-gpt2') expect(ids, text).not.toContain(unkId);
      const back = tok.decode(ids, { skip_special_tokens: true });
      expect(back).toBe(c.lowercase ? text.toLowerCase() : text);
    }
  });

  it('vocabulary size in config.json equals the tokenizer vocabulary', () => {
    const { json, config } = loaded.get(c.name)!;
    const model = (json as { model: { vocab: unknown } }).model;
    const size = Array.isArray(model.vocab) ? model.vocab.length : Object.keys(model.vocab as object).length;
    expect(config.vocab_size).toBe(size);
  });
});

describe('tokenizer conventions', () => {
  it('WordPiece: corpus words are single tokens; template [CLS] A [SEP] B [SEP] with type ids', () => {
    const { tok } = loaded.get('wordpiece')!;
    for (const word of ['museum', 'quickly', 'children', 'weights']) {
      expect(tok.encode(word).tokens).toEqual(['[CLS]', word, '[SEP]']);
    }
    // An unseen word falls back to ## pieces instead of [UNK].
    expect(tok.encode('zebras').tokens.slice(1, -1).join('').replaceAll('##', '')).toBe('zebras');
    const pair = tok.encode('good morning', { text_pair: 'thank you', return_token_type_ids: true });
    expect(pair.tokens).toEqual(['[CLS]', 'good', 'morning', '[SEP]', 'thank', 'you', '[SEP]']);
    expect(pair.token_type_ids).toEqual([0, 0, 0, 0, 1, 1, 1]);
    expect(pair.ids.slice(0, 1)).toEqual([2]);
    expect(tok.token_to_id('[PAD]')).toBe(0);
    expect(tok.token_to_id('[MASK]')).toBe(4);
  });

  it('RoBERTa BPE: <s>=0 <pad>=1 </s>=2 <unk>=3, <mask> last, <s> A </s></s> B </s>', () => {
    const { tok, config } = loaded.get('bpe-roberta')!;
    expect(['<s>', '<pad>', '</s>', '<unk>'].map((t) => tok.token_to_id(t))).toEqual([0, 1, 2, 3]);
    expect(tok.token_to_id('<mask>')).toBe(config.vocab_size - 1);
    const ids = tok.encode('Hello', { text_pair: 'world' }).ids;
    expect(ids[0]).toBe(0);
    expect(ids.filter((i) => i === 2)).toHaveLength(3);
    expect(ids.at(-1)).toBe(2);
    // Byte-level: no prefix space on the first word, Ġ on the next.
    const words = tok.encode('the the').tokens.slice(1, -1);
    expect(words.join('')).toBe('the\u0120the');
    expect(words.at(-1)).toBe('\u0120the');
  });

  it('GPT-2 BPE: <|endoftext|> is the last id and no specials are added', () => {
    const { tok, config } = loaded.get('bpe-gpt2')!;
    expect(tok.token_to_id('<|endoftext|>')).toBe(config.vocab_size - 1);
    const { tokens } = tok.encode('The end.');
    expect(tokens.join('')).toBe('The\u0120end.');
  });

  it('SentencePiece BPE: <unk>=0 <s>=1 </s>=2, byte fallback for unseen characters, <s> prepended', () => {
    const { tok } = loaded.get('sentencepiece-bpe')!;
    expect(['<unk>', '<s>', '</s>', '<0x00>', '<0xFF>'].map((t) => tok.token_to_id(t))).toEqual([0, 1, 2, 3, 258]);
    const { ids, tokens } = tok.encode('caf\u00e9 \u2713');
    expect(ids[0]).toBe(1);
    // é (C3 A9) and ✓ (E2 9C 93) are not in the corpus: they come out as byte tokens, not <unk>.
    expect(tokens).toEqual(expect.arrayContaining(['<0xC3>', '<0xA9>', '<0xE2>', '<0x9C>', '<0x93>']));
    expect(ids).not.toContain(0);
    expect(tok.decode(ids, { skip_special_tokens: true })).toBe('caf\u00e9 \u2713');
  });

  it('Unigram: XLM-R layout and templates', () => {
    const { tok, config } = loaded.get('unigram-xlmr')!;
    expect(['<s>', '<pad>', '</s>', '<unk>'].map((t) => tok.token_to_id(t))).toEqual([0, 1, 2, 3]);
    expect(tok.token_to_id('<mask>')).toBe(config.vocab_size - 1);
    const { ids, tokens } = tok.encode('the river');
    expect(ids[0]).toBe(0);
    expect(ids.at(-1)).toBe(2);
    expect(tokens[1]).toBe('\u2581the');
    expect(tokens.slice(1, -1).join('')).toBe('\u2581the\u2581river');
    expect(loaded.get('unigram-camembert')!.tokConfig).toMatchObject({ tokenizer_class: 'CamembertTokenizer' });
  });
});

describe('transformers.js loads the same tokenizers', () => {
  it('AutoTokenizer gives the same ids as @huggingface/tokenizers for every case', async () => {
    const { AutoTokenizer, env } = await import('@huggingface/transformers');
    env.allowRemoteModels = false;
    env.localModelPath = `${root}/`;
    for (const c of CASES) {
      const t = await AutoTokenizer.from_pretrained(c.name);
      const { tok } = loaded.get(c.name)!;
      for (const text of [...CORPUS.slice(0, 10), ...NEW_SENTENCES]) {
        expect(t.encode(text), `${c.name}: ${text}`).toEqual(tok.encode(text).ids);
      }
    }
  });
});
