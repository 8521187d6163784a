import { cp, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256File } from '@mlpack/core';
import { validateDocument } from '@mlpack/schema';
import { makeTempDir, removeTempDir, samplesRoot } from '@mlpack/test-utils';
import { tokenizerConfigFor } from '@mlpack/tokenizers';
import { convertModel } from './convert-model.js';

let tmp: string;
beforeAll(async () => {
  tmp = await makeTempDir('mlpack-convert-tok-');
});
afterAll(async () => {
  await removeTempDir(tmp);
});

const sample = join(samplesRoot, 'bert-seqcls');
const json = async (path: string): Promise<Record<string, unknown>> => JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>;

describe('convert completes the tokenizer files transformers.js needs', () => {
  it('writes tokenizer_config.json when the source has tokenizer.json only, lists it as generated, and says so', async () => {
    const src = join(tmp, 'no-config');
    await cp(sample, src, { recursive: true, filter: (p) => !p.endsWith('tokenizer_config.json') });
    const out = join(tmp, 'no-config-out');
    const r = await convertModel(src, { out });
    const written = join(out, 'tokenizer_config.json');
    const config = await json(written);
    // What transformers saved for this sample, in the fields transformers.js reads.
    const original = await json(join(sample, 'tokenizer_config.json'));
    for (const k of [
      'tokenizer_class',
      'cls_token',
      'sep_token',
      'pad_token',
      'unk_token',
      'mask_token',
      'model_max_length',
      'do_lower_case',
      'added_tokens_decoder',
    ]) {
      expect(config[k], k).toEqual(original[k]);
    }
    expect(await readFile(written, 'utf8')).toBe(
      tokenizerConfigFor({
        config: await json(join(src, 'config.json')),
        tokenizerJson: await json(join(src, 'tokenizer.json')),
        specialTokensMap: await json(join(src, 'special_tokens_map.json')),
      }).text,
    );
    expect(r.manifest.generated).toEqual(['tokenizer_config.json']);
    expect(r.manifest.files).toContainEqual({ path: 'tokenizer_config.json', size: (await readFile(written)).length, sha256: await sha256File(written) });
    expect(r.manifest.source.files.map((f) => f.path)).not.toContain('tokenizer_config.json');
    expect(validateDocument('manifest', r.manifest, { file: 'mlpack.json' })).toEqual([]);
    const notice = r.warnings.find((w) => w.code === 'CONVERT_TOKENIZER_CONFIG_GENERATED');
    expect(notice).toMatchObject({ severity: 'info', file: written });
    expect(notice!.message).toContain('BertTokenizer');
  });

  it('copies a source tokenizer_config.json unchanged and generates nothing', async () => {
    const out = join(tmp, 'with-config-out');
    const r = await convertModel(sample, { out });
    expect(r.manifest.generated).toBeUndefined();
    expect(await readFile(join(out, 'tokenizer_config.json'), 'utf8')).toBe(await readFile(join(sample, 'tokenizer_config.json'), 'utf8'));
    expect(r.warnings.map((w) => w.code)).not.toContain('CONVERT_TOKENIZER_CONFIG_GENERATED');
  });

  it('warns when the folder has no tokenizer at all', async () => {
    const src = join(tmp, 'no-tokenizer');
    await cp(sample, src, { recursive: true });
    for (const f of ['tokenizer.json', 'tokenizer_config.json', 'special_tokens_map.json', 'vocab.txt']) await rm(join(src, f));
    const r = await convertModel(src, { out: join(tmp, 'no-tokenizer-out') });
    expect(r.warnings.find((w) => w.code === 'CONVERT_NO_TOKENIZER')).toMatchObject({ severity: 'warning', hint: expect.stringContaining('text pipelines') });
    expect(r.manifest.generated).toBeUndefined();
  });

  it('a manifest whose generated file is not in files is refused by the manifest checks', () => {
    const issues = validateDocument(
      'manifest',
      {
        manifest_version: 1,
        kind: 'conversion',
        tool: { name: 'mlpack', version: '0.1.0' },
        source: { model_type: 'bert', architecture: 'BertModel', task: 'feature-extraction', files: [] },
        task: 'feature-extraction',
        options: {},
        targets: [{ format: 'onnx', path: 'onnx/model.onnx', opset: 17, ir_version: 8 }],
        signature: {
          inputs: [{ name: 'input_ids', dtype: 'int64', shape: ['batch_size', 'sequence_length'] }],
          outputs: [{ name: 'last_hidden_state', dtype: 'float32', shape: ['batch_size', 'sequence_length', 32] }],
        },
        files: [],
        generated: ['tokenizer_config.json'],
      },
      { file: 'mlpack.json' },
    );
    expect(issues.map((i) => [i.severity, i.pointer])).toEqual([['error', '/generated/0']]);
  });
});
