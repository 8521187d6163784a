import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSample } from '@mlpack/samples';
import type { SampleSpec } from '@mlpack/samples';
import { hasSharedFixtures, makeTempDir, removeTempDir, sharedFixture, SHARED_FIXTURES_SKIP_REASON } from '@mlpack/test-utils';
import { tokenizerConfigFor } from './tokenizer-config-for.js';

let root: string;
beforeAll(async () => {
  root = await makeTempDir('mlpack-tok-config-');
});
afterAll(async () => {
  await removeTempDir(root);
});

const read = async (dir: string, name: string): Promise<Record<string, unknown>> =>
  JSON.parse(await readFile(join(dir, name), 'utf8')) as Record<string, unknown>;

const SPECIAL = ['bos_token', 'eos_token', 'unk_token', 'sep_token', 'pad_token', 'cls_token', 'mask_token'];

/** The fields transformers.js reads from tokenizer_config.json. */
function essentials(c: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of ['tokenizer_class', 'model_max_length', ...SPECIAL]) if (c[k] !== undefined && c[k] !== null) out[k] = c[k];
  return out;
}

describe('tokenizerConfigFor rebuilds what the samples saved (as transformers saves it)', () => {
  const cases: [string, SampleSpec][] = [
    ['bert', { family: 'bert', head: 'base', seed: 0, layers: 1 }],
    ['distilbert', { family: 'distilbert', head: 'base', seed: 0, layers: 1 }],
    ['electra', { family: 'electra', head: 'base', seed: 0, layers: 1 }],
    ['roberta', { family: 'roberta', head: 'base', seed: 0, layers: 1 }],
    ['xlm-roberta', { family: 'xlm-roberta', head: 'base', seed: 0, layers: 1 }],
    ['camembert', { family: 'camembert', head: 'base', seed: 0, layers: 1 }],
    ['gpt2', { family: 'gpt2', head: 'causal-lm', seed: 0, layers: 1 }],
    ['llama', { family: 'llama', head: 'causal-lm', seed: 0, layers: 1 }],
  ];
  it.each(cases)('%s: class, special tokens, model_max_length, added_tokens_decoder', async (name, spec) => {
    const dir = join(root, name);
    await generateSample(spec, dir);
    const saved = await read(dir, 'tokenizer_config.json');
    const made = tokenizerConfigFor({ config: await read(dir, 'config.json'), tokenizerJson: await read(dir, 'tokenizer.json') });
    expect(essentials(made.json)).toEqual(essentials(saved));
    expect(made.json.added_tokens_decoder).toEqual(saved.added_tokens_decoder);
    expect(made.text).toBe(`${JSON.stringify(JSON.parse(made.text), null, 2)}\n`.replace(/^( *)"(\d+)"/gm, '$1"$2"'));
    if (name === 'llama') expect(made.json).toMatchObject({ legacy: false, add_bos_token: true, add_eos_token: false });
    if (name === 'bert') expect(made.json).toMatchObject({ do_lower_case: true, clean_up_tokenization_spaces: true });
    if (name === 'roberta') expect(made.json).toMatchObject({ add_prefix_space: false, model_max_length: 64 });
  });

  it('keys sorted (added_tokens_decoder ids numerically), 2-space indent, final newline', () => {
    const made = tokenizerConfigFor({
      config: { model_type: 'bert', max_position_embeddings: 512 },
      tokenizerJson: {
        model: { type: 'WordPiece', vocab: { '[PAD]': 0, '[UNK]': 100, '[CLS]': 101, '[SEP]': 102, '[MASK]': 103 } },
        added_tokens: [
          { id: 101, content: '[CLS]', special: true },
          { id: 0, content: '[PAD]', special: true },
          { id: 100, content: '[UNK]', special: true },
        ],
        normalizer: { type: 'BertNormalizer', lowercase: false },
      },
    });
    expect(made.text).toBe(
      [
        '{',
        '  "added_tokens_decoder": {',
        '    "0": {',
        '      "content": "[PAD]",',
        '      "lstrip": false,',
        '      "normalized": false,',
        '      "rstrip": false,',
        '      "single_word": false,',
        '      "special": true',
        '    },',
        '    "100": {',
        '      "content": "[UNK]",',
        '      "lstrip": false,',
        '      "normalized": false,',
        '      "rstrip": false,',
        '      "single_word": false,',
        '      "special": true',
        '    },',
        '    "101": {',
        '      "content": "[CLS]",',
        '      "lstrip": false,',
        '      "normalized": false,',
        '      "rstrip": false,',
        '      "single_word": false,',
        '      "special": true',
        '    }',
        '  },',
        '  "clean_up_tokenization_spaces": true,',
        '  "cls_token": "[CLS]",',
        '  "do_lower_case": false,',
        '  "mask_token": "[MASK]",',
        '  "model_max_length": 512,',
        '  "pad_token": "[PAD]",',
        '  "sep_token": "[SEP]",',
        '  "tokenizer_class": "BertTokenizer",',
        '  "unk_token": "[UNK]"',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('special_tokens_map.json wins over class defaults; a config id names a token; unknown model types get no class', () => {
    const tokenizerJson = { model: { type: 'BPE', vocab: { a: 0, '<bos>': 1, '<end>': 2 }, merges: [] }, added_tokens: [] };
    const made = tokenizerConfigFor({
      config: { model_type: 'llama', eos_token_id: 2, max_position_embeddings: 128 },
      tokenizerJson,
      specialTokensMap: { bos_token: { content: '<bos>', lstrip: false } },
    });
    expect(made.json).toMatchObject({ tokenizer_class: 'LlamaTokenizer', bos_token: '<bos>', eos_token: '<end>', model_max_length: 128 });
    expect(made.json.unk_token).toBeUndefined();
    const unknown = tokenizerConfigFor({ config: { model_type: 'mystery' }, tokenizerJson });
    expect(unknown.tokenizerClass).toBeUndefined();
    expect(unknown.json.tokenizer_class).toBeUndefined();
    expect(unknown.text).toContain('"model_max_length": 1000000000000000019884624838656');
  });
});

describe.skipIf(!hasSharedFixtures())(`tiny-random-gpt2's own tokenizer_config.json${hasSharedFixtures() ? '' : ` — ${SHARED_FIXTURES_SKIP_REASON}`}`, () => {
  it('is what tokenizerConfigFor makes of its tokenizer.json + special_tokens_map.json (class, special tokens, added tokens; length from this config)', async () => {
    const dir = sharedFixture('tiny-random-gpt2');
    const saved = await read(dir, 'tokenizer_config.json');
    const made = tokenizerConfigFor({
      config: await read(dir, 'config.json'),
      tokenizerJson: await read(dir, 'tokenizer.json'),
      specialTokensMap: await read(dir, 'special_tokens_map.json'),
    });
    expect(made.json.tokenizer_class).toBe(saved.tokenizer_class);
    for (const k of ['bos_token', 'eos_token', 'unk_token', 'add_prefix_space', 'added_tokens_decoder']) expect(made.json[k], k).toEqual(saved[k]);
    // Its saved 1024 is GPT-2's own limit, copied with the tokenizer; this model has 512 positions.
    expect([saved.model_max_length, made.json.model_max_length]).toEqual([1024, 512]);
  });
});
