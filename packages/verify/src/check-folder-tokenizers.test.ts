import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readModelFolder } from '@mlpack/model';
import { generateSample } from '@mlpack/samples';
import { makeTempDir, removeTempDir, samplesRoot } from '@mlpack/test-utils';
import { checkFolderTokenizers } from './check-folder-tokenizers.js';

let tmp: string;
beforeAll(async () => {
  tmp = await makeTempDir('mlpack-verify-spm-check-');
});
afterAll(async () => {
  await removeTempDir(tmp);
});

async function check(dir: string): Promise<Awaited<ReturnType<typeof checkFolderTokenizers>>> {
  const read = await readModelFolder(dir);
  expect(read.issues.filter((i) => i.severity === 'error')).toEqual([]);
  try {
    return await checkFolderTokenizers(read.folder!, ['Hello world!']);
  } finally {
    await read.folder!.close();
  }
}

describe('checkFolderTokenizers', () => {
  it('a folder whose SentencePiece model and tokenizer.json agree: no warning', async () => {
    const dir = join(tmp, 'xlmr');
    await generateSample({ family: 'xlm-roberta', head: 'base', seed: 0, layers: 1 }, dir);
    expect(await check(dir)).toEqual([]);
    expect(await check(join(samplesRoot, 'llama'))).toEqual([]);
  });

  it('a tokenizer.json that is not the SentencePiece model (a template without </s>): VERIFY_TOKENIZER_MISMATCH naming the model', async () => {
    const dir = join(tmp, 'xlmr-edited');
    await generateSample({ family: 'xlm-roberta', head: 'base', seed: 0, layers: 1 }, dir);
    const path = join(dir, 'tokenizer.json');
    const json = JSON.parse(await readFile(path, 'utf8')) as { post_processor: { single: unknown[] } };
    json.post_processor.single = json.post_processor.single.slice(0, 2);
    await writeFile(path, JSON.stringify(json));
    const [w, ...rest] = await check(dir);
    expect(rest).toEqual([]);
    expect(w).toMatchObject({ code: 'VERIFY_TOKENIZER_MISMATCH', file: join(dir, 'sentencepiece.bpe.model') });
    expect(w!.message).toContain('"Hello world!"');
  });

  it('folders without a SentencePiece model are not checked', async () => {
    expect(await check(join(samplesRoot, 'bert-seqcls'))).toEqual([]);
  });
});
