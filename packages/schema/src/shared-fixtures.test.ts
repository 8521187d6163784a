import { readdirSync, readFileSync, statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hasSharedFixtures, makeTempDir, removeTempDir, sharedFixture, sharedFixturesRoot } from '@mlpack/test-utils';
import type { DocumentKind } from './document-kind.js';
import { readJsonDocument } from './read-json-document.js';

/** The Hugging Face JSON files we validate, by name. PROVENANCE / reference_* / genai files are not ours. */
const KIND_BY_NAME: Record<string, DocumentKind> = {
  'config.json': 'config',
  'tokenizer.json': 'tokenizer',
  'tokenizer_config.json': 'tokenizer_config',
  'special_tokens_map.json': 'special_tokens_map',
  'generation_config.json': 'generation_config',
  'model.safetensors.index.json': 'safetensors_index',
};
/** Sub-folders holding files of other libraries: sentence-transformers' pooling module config. */
const FOREIGN_DIRS = new Set(['1_Pooling']);

function fixtureDocuments(): Array<[string, DocumentKind]> {
  if (!hasSharedFixtures()) return [];
  const found: Array<[string, DocumentKind]> = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (!FOREIGN_DIRS.has(name)) walk(path);
      } else if (KIND_BY_NAME[name]) {
        found.push([relative(sharedFixturesRoot, path), KIND_BY_NAME[name]]);
      }
    }
  };
  walk(sharedFixturesRoot);
  return found;
}

const DOCUMENTS = fixtureDocuments();

describe.skipIf(!hasSharedFixtures())('shared Hugging Face fixtures validate with zero issues', () => {
  it('finds every fixture folder config and every tokenizer file', () => {
    const folders = readdirSync(sharedFixturesRoot).filter((n) => statSync(join(sharedFixturesRoot, n)).isDirectory());
    for (const folder of folders) expect(DOCUMENTS).toContainEqual([join(folder, 'config.json'), 'config']);
    expect(DOCUMENTS.filter(([, k]) => k === 'tokenizer')).toHaveLength(3);
    expect(DOCUMENTS.length).toBeGreaterThanOrEqual(19);
  });

  it.each(DOCUMENTS)('%s (%s)', async (rel, kind) => {
    const result = await readJsonDocument(join(sharedFixturesRoot, rel), kind, { displayName: rel });
    expect(result.ok ? [] : result.issues).toEqual([]);
    expect(result.warnings).toEqual([]);
    if (result.ok && kind === 'config') {
      const provenance = JSON.parse(readFileSync(join(sharedFixturesRoot, rel, '..', 'PROVENANCE.json'), 'utf8'));
      const config = result.value as { model_type: string; architectures?: string[] };
      expect(config.model_type).toBe(provenance.model_type);
      expect(config.architectures).toEqual(provenance.architectures);
    }
  });
});

describe.skipIf(!hasSharedFixtures())('typed values of real tokenizers', () => {
  it('narrows the model union by type: BPE merges match merges.txt, WordPiece vocab matches vocab.txt', async () => {
    const gpt2 = await readJsonDocument(join(sharedFixture('tiny-random-gpt2'), 'tokenizer.json'), 'tokenizer');
    if (!gpt2.ok || gpt2.value.model.type !== 'BPE') throw new Error('expected a valid BPE tokenizer');
    const mergesTxt = readFileSync(join(sharedFixture('tiny-random-gpt2'), 'merges.txt'), 'utf8')
      .split('\n')
      .filter((l) => l !== '' && !l.startsWith('#version'));
    expect(gpt2.value.model.merges).toEqual(mergesTxt);

    const bert = await readJsonDocument(join(sharedFixture('tiny-bert-seqcls-tokenizer'), 'tokenizer.json'), 'tokenizer');
    if (!bert.ok || bert.value.model.type !== 'WordPiece') throw new Error('expected a valid WordPiece tokenizer');
    const vocabTxt = readFileSync(join(sharedFixture('tiny-bert-seqcls-tokenizer'), 'vocab.txt'), 'utf8')
      .split('\n')
      .filter((l) => l !== '');
    expect(Object.keys(bert.value.model.vocab)).toHaveLength(vocabTxt.length);
    expect(bert.value.model.vocab[vocabTxt[100]!]).toBe(100);
    expect(bert.value.model.continuing_subword_prefix).toBe('##');
  });
});

describe.skipIf(!hasSharedFixtures())('mutated copies of real files fail with the right code and pointer', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await makeTempDir('mlpack-schema-');
  });
  afterEach(async () => {
    await removeTempDir(dir);
  });

  const load = (fixture: string, file: string) => JSON.parse(readFileSync(join(sharedFixture(fixture), file), 'utf8'));
  async function check(kind: DocumentKind, doc: unknown, name: string) {
    const path = join(dir, name);
    await writeFile(path, JSON.stringify(doc, null, 2));
    return readJsonDocument(path, kind, { displayName: name });
  }
  async function expectOne(kind: DocumentKind, doc: unknown, name: string, code: string, pointer: string, message?: string) {
    const result = await check(kind, doc, name);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([expect.objectContaining({ severity: 'error', code, pointer, file: name, ...(message ? { message } : {}) })]);
  }

  it.each([
    ['tiny-bert', 'hidden_size', -1, '/hidden_size', 'must be a positive integer (got -1)'],
    ['tiny-bert-seqcls-tokenizer', 'intermediate_size', 0, '/intermediate_size', 'must be a positive integer (got 0)'],
    ['tiny-roberta', 'layer_norm_eps', 0, '/layer_norm_eps', 'must be a positive number (got 0)'],
    ['tiny-distilbert', 'n_heads', 2.5, '/n_heads', 'must be a positive integer (got 2.5)'],
    ['tiny-gpt2-seqcls', 'n_embd', '8', '/n_embd', 'must be a positive integer (got "8")'],
    ['tiny-random-gpt2', 'n_inner', -37, '/n_inner', 'must be a positive integer or null (got -37)'],
    ['tiny-llama', 'num_key_value_heads', 0, '/num_key_value_heads', 'must be a positive integer or null (got 0)'],
    ['tiny-llama', 'rope_scaling', 'none', '/rope_scaling', 'must be an object or null (got "none")'],
    ['tiny-bart', 'encoder_layers', 0, '/encoder_layers', 'must be a positive integer (got 0)'],
    ['tiny-bart', 'activation_function', 'gelu2', '/activation_function', undefined],
  ] as const)('%s config.json with %s = %j', async (fixture, field, value, pointer, message) => {
    const config = load(fixture, 'config.json');
    config[field] = value;
    await expectOne('config', config, 'config.json', 'SCHEMA_CONFIG', pointer, message);
  });

  it('id2label key "x" → /id2label/x', async () => {
    const config = load('tiny-gpt2-seqcls', 'config.json');
    config.id2label.x = config.id2label['1'];
    delete config.id2label['1'];
    await expectOne('config', config, 'config.json', 'SCHEMA_CONFIG', '/id2label/x', 'key must be a decimal integer such as "0" (got "x")');
  });

  it('tokenizer model type Foo → /model/type', async () => {
    const tokenizer = load('tiny-random-gpt2', 'tokenizer.json');
    tokenizer.model.type = 'Foo';
    await expectOne(
      'tokenizer',
      tokenizer,
      'tokenizer.json',
      'SCHEMA_TOKENIZER',
      '/model/type',
      'must be one of "BPE", "WordPiece", "WordLevel", "Unigram" (got "Foo")',
    );
  });

  it('a real BPE tokenizer rewritten with [left, right] merge pairs still validates, a broken pair does not', async () => {
    const tokenizer = load('tiny-random-gpt2', 'tokenizer.json');
    const merges: string[] = tokenizer.model.merges;
    expect(merges.length).toBeGreaterThan(100);
    tokenizer.model.merges = merges.map((m) => m.split(' '));
    expect((await check('tokenizer', tokenizer, 'pairs.json')).ok).toBe(true);
    tokenizer.model.merges[7] = [merges[7]];
    await expectOne('tokenizer', tokenizer, 'pairs.json', 'SCHEMA_TOKENIZER', '/model/merges/7');
  });

  it('WordPiece tokenizer without vocab → /model/vocab', async () => {
    const tokenizer = load('tiny-bert-seqcls-tokenizer', 'tokenizer.json');
    delete tokenizer.model.vocab;
    await expectOne('tokenizer', tokenizer, 'tokenizer.json', 'SCHEMA_TOKENIZER', '/model/vocab', 'required property "vocab" is missing for a WordPiece model');
  });

  it('added token with a string id → /added_tokens/3/id', async () => {
    const tokenizer = load('tiny-bert-seqcls-tokenizer', 'tokenizer.json');
    tokenizer.added_tokens[3].id = '3';
    await expectOne('tokenizer', tokenizer, 'tokenizer.json', 'SCHEMA_TOKENIZER', '/added_tokens/3/id', 'must be a non-negative integer (got "3")');
  });

  it('tokenizer_config added_tokens_decoder key "zero" → its pointer', async () => {
    const tc = load('tiny-random-gpt2', 'tokenizer_config.json');
    tc.added_tokens_decoder.zero = tc.added_tokens_decoder['0'];
    await expectOne('tokenizer_config', tc, 'tokenizer_config.json', 'SCHEMA_TOKENIZER_CONFIG', '/added_tokens_decoder/zero');
  });

  it('special_tokens_map content not a string → /bos_token/content', async () => {
    const stm = load('tiny-random-gpt2', 'special_tokens_map.json');
    stm.bos_token.content = 5;
    await expectOne('special_tokens_map', stm, 'special_tokens_map.json', 'SCHEMA_SPECIAL_TOKENS_MAP', '/bos_token/content', 'must be a string (got 5)');
  });

  it('generation_config eos_token_id as a string → /eos_token_id', async () => {
    const gc = load('tiny-random-gpt2', 'generation_config.json');
    gc.eos_token_id = '98';
    await expectOne('generation_config', gc, 'generation_config.json', 'SCHEMA_GENERATION_CONFIG', '/eos_token_id');
  });

  it('an index over the real tiny-bert tensor names validates; without weight_map → /weight_map', async () => {
    const bytes = readFileSync(join(sharedFixture('tiny-bert'), 'model.safetensors'));
    const headerLength = Number(bytes.readBigUInt64LE(0));
    const header = JSON.parse(bytes.subarray(8, 8 + headerLength).toString('utf8'));
    const names = Object.keys(header)
      .filter((n) => n !== '__metadata__')
      .sort();
    expect(names).toHaveLength(39);
    const weightMap = Object.fromEntries(names.map((n, i) => [n, `model-0000${i < 20 ? 1 : 2}-of-00002.safetensors`]));
    const index = { metadata: { total_size: 6080 }, weight_map: weightMap };
    expect((await check('safetensors_index', index, 'model.safetensors.index.json')).ok).toBe(true);
    await expectOne(
      'safetensors_index',
      { metadata: index.metadata },
      'model.safetensors.index.json',
      'SCHEMA_SAFETENSORS_INDEX',
      '/weight_map',
      'required property "weight_map" is missing',
    );
  });
});

describe.skipIf(!hasSharedFixtures())('JSON problems in a real config surface with the parser code, offset and pointer', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await makeTempDir('mlpack-schema-');
  });
  afterEach(async () => {
    await removeTempDir(dir);
  });
  const original = () => readFileSync(join(sharedFixture('tiny-bert'), 'config.json'), 'utf8');

  async function parseIssue(text: string | Uint8Array) {
    const path = join(dir, 'config.json');
    await writeFile(path, text);
    const result = await readJsonDocument(path, 'config', { displayName: 'tiny-bert/config.json' });
    expect(result.ok).toBe(false);
    if (result.ok) throw new Error('unreachable');
    expect(result.issues).toHaveLength(1);
    return result.issues[0]!;
  }

  it('duplicate key → JSON_DUPLICATE_KEY at the second occurrence', async () => {
    const text = original().replace('{', '{\n "hidden_size": 16,');
    const second = Buffer.from(text).indexOf('"hidden_size"', Buffer.from(text).indexOf('"hidden_size"') + 1);
    const issue = await parseIssue(text);
    expect(issue).toMatchObject({ code: 'JSON_DUPLICATE_KEY', pointer: '/hidden_size', offset: second, file: 'tiny-bert/config.json', severity: 'error' });
    expect(issue.message).toMatch(/^duplicate key "hidden_size" \(line \d+, column \d+\)$/);
    expect(issue.hint).toBeTruthy();
  });

  it('NaN → JSON_NON_FINITE at the value', async () => {
    const text = original().replace('1e-12', 'NaN');
    const issue = await parseIssue(text);
    expect(issue).toMatchObject({ code: 'JSON_NON_FINITE', pointer: '/layer_norm_eps', offset: Buffer.from(text).indexOf('NaN') });
    expect(issue.hint).toMatch(/Python/);
  });

  it('a BOM → JSON_BOM at byte 0', async () => {
    const issue = await parseIssue(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(original())]));
    expect(issue).toMatchObject({ code: 'JSON_BOM', offset: 0 });
  });

  it('a __proto__ key → JSON_PROTO_KEY, and nothing reaches Object.prototype', async () => {
    const text = original().replace('{', '{"__proto__": {"polluted": true},');
    const issue = await parseIssue(text);
    expect(issue).toMatchObject({ code: 'JSON_PROTO_KEY', pointer: '/__proto__', offset: 1 });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
