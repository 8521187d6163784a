import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir, removeTempDir } from '@mlpack/test-utils';
import { readTokenizerFiles } from './read-tokenizer-files.js';
import { summarizeTokenizer } from './summarize-tokenizer.js';
import { walkModelFolder } from '@mlpack/model';

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir('mlpack-model-tok-');
});
afterEach(async () => {
  await removeTempDir(dir);
});

async function read(): ReturnType<typeof readTokenizerFiles> {
  return readTokenizerFiles(dir, (await walkModelFolder(dir)).files);
}

describe('readTokenizerFiles', () => {
  it('reads vocab.txt lines (final newline ends the last token) and added_tokens.json', async () => {
    await writeFile(join(dir, 'vocab.txt'), '[PAD]\n[UNK]\nhello\n##lo\n');
    await writeFile(join(dir, 'added_tokens.json'), '{"<new>": 4}');
    const r = await read();
    expect(r.issues).toEqual([]);
    expect(r.inputs.vocabTxt).toEqual(['[PAD]', '[UNK]', 'hello', '##lo']);
    const facts = summarizeTokenizer(r.inputs);
    expect(facts.info).toEqual({ kind: 'wordpiece-vocab', model: 'WordPiece', files: ['added_tokens.json', 'vocab.txt'], vocabSize: 5 });
  });

  it('reports bad files with their offset or pointer', async () => {
    await writeFile(join(dir, 'vocab.txt'), new Uint8Array([0x61, 0x0a, 0x62, 0xff, 0x0a]));
    await writeFile(join(dir, 'vocab.json'), '{"a": 0, "b": -1}');
    await writeFile(join(dir, 'added_tokens.json'), '{"a": 0, "a": 1}');
    await writeFile(join(dir, 'spiece.model'), '{"not": "protobuf"}');
    const r = await read();
    expect(r.issues.map((i) => [i.code, i.file, i.offset, i.pointer])).toEqual([
      ['TOKENIZER_FILE_INVALID', 'vocab.txt', 3, undefined],
      ['TOKENIZER_FILE_INVALID', 'vocab.json', undefined, '/b'],
      // Byte 9 is where the second "a" key starts.
      ['JSON_DUPLICATE_KEY', 'added_tokens.json', 9, '/a'],
      ['TOKENIZER_FILE_INVALID', 'spiece.model', 0, undefined],
    ]);
    expect(r.inputs.vocabTxt).toBeUndefined();
    expect(r.inputs.vocabJson).toBeUndefined();
  });

  it('only root files count', async () => {
    await mkdir(join(dir, 'sub'));
    await writeFile(join(dir, 'sub', 'vocab.txt'), 'a\n');
    const r = await read();
    expect(r.inputs).toEqual({ files: [] });
  });
});
