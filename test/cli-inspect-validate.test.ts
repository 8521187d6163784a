import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MLPACK_VERSION } from '@mlpack/core';
import { openWeights } from '@mlpack/safetensors';
import { reshardWeights } from '@mlpack/samples';
import { SHARED_FIXTURES_SKIP_REASON, hasSharedFixtures, makeTempDir, removeTempDir, samplesRoot, sharedFixture } from '@mlpack/test-utils';
import { jsonOf, runCli } from './helpers/cli.js';

let tmp: string;
beforeAll(async () => {
  tmp = await makeTempDir('mlpack-e2e-cli-');
});
afterAll(async () => {
  await removeTempDir(tmp);
});

interface InspectJson {
  model_type: string;
  architecture: string;
  task: string;
  parameters: number;
  tensor_count: number;
  bytes_per_dtype: Record<string, number>;
  files: { path: string; kind: string; size: number; sha256?: string }[];
  tokenizer: { kind: string; model: string | null; vocab_size: number } | null;
  problems: { severity: string; code: string; file?: string; pointer?: string }[];
  valid: boolean;
}

describe('mlpack --version / --help / usage errors', () => {
  it('--version prints the version', async () => {
    const r = await runCli(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(MLPACK_VERSION);
  });
  it('--help lists every command with examples', async () => {
    const r = await runCli(['--help']);
    expect(r.code).toBe(0);
    for (const c of ['inspect', 'validate', 'convert', 'verify', 'bundle', 'unbundle', 'keygen']) expect(r.stdout).toContain(`mlpack ${c}`);
    const convertHelp = await runCli(['convert', '--help']);
    expect(convertHelp.stdout).toContain('Examples:');
    expect(convertHelp.stdout).toContain('--opset');
  });
  it.each([
    [['frobnicate'], 'unknown command'],
    [[], 'no command'],
    [['inspect'], 'missing folder'],
    [['inspect', 'samples/bert-seqcls', '--nope'], 'unknown option'],
    [['inspect', 'samples/bert-seqcls', '--task', 'bogus-task'], 'unknown task'],
    [['convert', 'samples/bert-seqcls', '--out', 'x', '--opset', '9'], 'bad opset'],
    [['convert', 'samples/bert-seqcls', '--out', 'x', '--to', 'coreml'], 'bad target'],
  ])('exit 2 for %j (%s)', async (args) => {
    const r = await runCli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/mlpack/);
  });
  it('a missing model folder is a usage error naming the path', async () => {
    const r = await runCli(['validate', join(tmp, 'does-not-exist'), '--json']);
    expect(r.code).toBe(2);
    expect(jsonOf<{ ok: boolean; error: { code: string } }>(r).error.code).toBe('MODEL_DIR_NOT_FOUND');
  });
});

describe('mlpack inspect', () => {
  it('describes the bert sample (--json), parameter count equal to the tensors of the file', async () => {
    const r = await runCli(['inspect', join(samplesRoot, 'bert-seqcls'), '--json', '--hash']);
    expect(r.code).toBe(0);
    const j = jsonOf<InspectJson>(r);
    const weights = await openWeights(join(samplesRoot, 'bert-seqcls'));
    try {
      expect(j.parameters).toBe(weights.parameterCount);
      expect(j.tensor_count).toBe(weights.tensors.size);
      expect(j.bytes_per_dtype.F32).toBe(weights.totalBytes);
    } finally {
      await weights.close();
    }
    expect(j.model_type).toBe('bert');
    expect(j.architecture).toBe('BertForSequenceClassification');
    expect(j.task).toBe('text-classification');
    expect(j.tokenizer?.model).toBe('WordPiece');
    expect(j.valid).toBe(true);
    const st = j.files.find((f) => f.path === 'model.safetensors');
    expect(st?.kind).toBe('safetensors');
    expect(st?.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('prints a human table', async () => {
    const r = await runCli(['inspect', join(samplesRoot, 'roberta')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^architecture\s+RobertaForQuestionAnswering$/m);
    expect(r.stdout).toMatch(/^task\s+question-answering$/m);
    expect(r.stdout).toContain('valid');
  });
});

describe.skipIf(!hasSharedFixtures())(`mlpack validate on shared fixtures${hasSharedFixtures() ? '' : ` (${SHARED_FIXTURES_SKIP_REASON})`}`, () => {
  const names = [
    'tiny-bert',
    'tiny-distilbert',
    'tiny-roberta',
    'tiny-gpt2-seqcls',
    'tiny-llama',
    'tiny-bart',
    'tiny-bert-seqcls-tokenizer',
    'tiny-bert-pooling',
    'tiny-random-gpt2',
  ];
  it.each(names)('%s is valid (exit 0)', async (name) => {
    const r = await runCli(['validate', sharedFixture(name), '--json']);
    const j = jsonOf<{ valid: boolean; errors: number; problems: { code: string }[] }>(r);
    expect(j.errors, JSON.stringify(j.problems)).toBe(0);
    expect(r.code).toBe(0);
  });

  it('warns about, but never opens, the pickle beside the safetensors', async () => {
    const r = await runCli(['validate', sharedFixture('tiny-bert-seqcls-tokenizer'), '--json']);
    const j = jsonOf<{ problems: { severity: string; code: string; file?: string }[] }>(r);
    expect(j.problems).toContainEqual(expect.objectContaining({ severity: 'warning', code: 'PICKLE_IGNORED' }));
  });

  it('a mutated config fails with exit 1, the code and the JSON pointer', async () => {
    const dir = join(tmp, 'bad-vocab');
    await cp(sharedFixture('tiny-bert'), dir, { recursive: true });
    const config = JSON.parse(await readFile(join(dir, 'config.json'), 'utf8'));
    config.vocab_size += 1;
    config.hidden_size = 9; // 9 is not divisible by 2 heads, and mismatches the tensors
    await writeFile(join(dir, 'config.json'), JSON.stringify(config));
    const r = await runCli(['validate', dir, '--json']);
    expect(r.code).toBe(1);
    const j = jsonOf<{ valid: boolean; problems: { code: string; pointer?: string; file?: string }[] }>(r);
    expect(j.valid).toBe(false);
    expect(j.problems).toContainEqual(expect.objectContaining({ code: 'VOCAB_SIZE_MISMATCH', pointer: '/vocab_size', file: 'config.json' }));
    expect(j.problems).toContainEqual(expect.objectContaining({ code: 'HEADS_DO_NOT_DIVIDE', pointer: '/hidden_size' }));
    const human = await runCli(['validate', dir]);
    expect(human.code).toBe(1);
    expect(human.stdout).toContain('INVALID');
    expect(human.stdout).toContain('VOCAB_SIZE_MISMATCH');
  });

  it('a folder with only a pickle is refused with PICKLE_ONLY', async () => {
    const dir = join(tmp, 'pickle-only');
    await mkdir(dir);
    await cp(join(sharedFixture('tiny-bert-seqcls-tokenizer'), 'config.json'), join(dir, 'config.json'));
    await cp(join(sharedFixture('tiny-bert-seqcls-tokenizer'), 'pytorch_model.bin'), join(dir, 'pytorch_model.bin'));
    const r = await runCli(['validate', dir, '--json']);
    expect(r.code).toBe(1);
    expect(jsonOf<{ problems: { code: string }[] }>(r).problems.map((p) => p.code)).toContain('PICKLE_ONLY');
  });

  it('a truncated safetensors file is reported with its byte offset', async () => {
    const dir = join(tmp, 'truncated');
    await cp(sharedFixture('tiny-bert'), dir, { recursive: true });
    const bytes = await readFile(join(dir, 'model.safetensors'));
    await writeFile(join(dir, 'model.safetensors'), bytes.subarray(0, bytes.length - 4));
    const r = await runCli(['validate', dir, '--json']);
    expect(r.code).toBe(1);
    const p = jsonOf<{ problems: { code: string; file?: string; offset?: number }[] }>(r).problems.find((x) => x.code.startsWith('ST_'));
    expect(p).toMatchObject({ code: 'ST_TRUNCATED', file: 'model.safetensors' });
    expect(typeof p?.offset).toBe('number');
    await rm(dir, { recursive: true });
  });
});

describe('mlpack validate reports every weights problem, not only the first', () => {
  it('two bad shards and a broken index entry: all listed, exit 1', async () => {
    const dir = join(tmp, 'sharded-broken');
    await cp(join(samplesRoot, 'bert-seqcls'), dir, { recursive: true });
    const { files, weightMap } = await reshardWeights(dir, 3);
    const [s1, s2] = files;
    // shard 1 cut short; shard 2 is a zip (torch.save) under a safetensors name; shard 3 is fine
    const bytes = await readFile(join(dir, s1!));
    await writeFile(join(dir, s1!), bytes.subarray(0, bytes.length - 4));
    const zip = new Uint8Array(64);
    zip.set([0x50, 0x4b, 0x03, 0x04]);
    await writeFile(join(dir, s2!), zip);
    weightMap['extra.weight'] = '../escape.safetensors';
    await writeFile(join(dir, 'model.safetensors.index.json'), JSON.stringify({ weight_map: weightMap }));

    const r = await runCli(['validate', dir, '--json']);
    expect(r.code).toBe(1);
    const j = jsonOf<{ valid: boolean; problems: { severity: string; code: string; file?: string; pointer?: string; offset?: number }[] }>(r);
    expect(j.valid).toBe(false);
    const errors = j.problems.filter((p) => p.severity === 'error');
    // sorted by file: the shards ('-') before the index ('.')
    expect(errors.map((p) => [p.code, p.file, p.pointer])).toEqual([
      ['ST_TRUNCATED', s1, undefined],
      ['ST_FOREIGN_FORMAT', s2, undefined],
      ['ST_INDEX_PATH', 'model.safetensors.index.json', '/weight_map/extra.weight'],
    ]);
    expect(errors[0]!.offset).toBeTypeOf('number');
    expect(errors[1]!.offset).toBe(0);
    await rm(dir, { recursive: true });
  });
});
