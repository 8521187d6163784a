/**
 * `validate` runs the converter's plan check (headers only): a folder it calls valid converts, and
 * tensors the graph would drop are reported (a warning; an error with --strict, for convert too).
 */
import { existsSync } from 'node:fs';
import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, removeTempDir, samplesRoot } from '@mlpack/test-utils';
import { jsonOf, runCli } from './helpers/cli.js';

let tmp: string;
let n = 0;
beforeAll(async () => {
  tmp = await makeTempDir('mlpack-e2e-validate-plan-');
});
afterAll(async () => {
  await removeTempDir(tmp);
});

/** samples/bert-seqcls (2 layers) with config.json patched; optionally an empty safetensors header. */
async function variant(patch: Record<string, unknown>, emptyHeader = false): Promise<string> {
  const dir = join(tmp, `m${n++}`);
  await cp(join(samplesRoot, 'bert-seqcls'), dir, { recursive: true });
  const configPath = join(dir, 'config.json');
  await writeFile(configPath, JSON.stringify({ ...JSON.parse(await readFile(configPath, 'utf8')), ...patch }, null, 2));
  if (emptyHeader) {
    const header = Buffer.from('{}');
    const len = Buffer.alloc(8);
    len.writeBigUInt64LE(BigInt(header.length));
    await writeFile(join(dir, 'model.safetensors'), Buffer.concat([len, header]));
  }
  return dir;
}

interface ValidateJson {
  valid: boolean;
  problems: { severity: string; code: string; tensor?: string; pointer?: string }[];
}

describe('validate says what convert would say', () => {
  it.each([
    ['num_hidden_layers: 1e9', { num_hidden_layers: 1e9 }, false, 'ARCH_MISSING_TENSOR'],
    ['max_position_embeddings: 2^53-1', { max_position_embeddings: Number.MAX_SAFE_INTEGER }, false, 'ARCH_BAD_SHAPE'],
    ['hidden_size that does not match the weights', { hidden_size: 64, num_attention_heads: 4 }, false, 'ARCH_BAD_SHAPE'],
    ['a safetensors header of {}', {}, true, 'ARCH_MISSING_TENSOR'],
  ])('%s → invalid, and convert refuses it', async (_what, patch, empty, code) => {
    const dir = await variant(patch, empty);
    const v = await runCli(['validate', dir, '--json']);
    expect(v.code).toBe(1);
    const report = jsonOf<ValidateJson>(v);
    expect(report.valid).toBe(false);
    expect(report.problems.map((p) => p.code)).toContain(code);
    const out = join(tmp, `out${n++}`);
    const c = await runCli(['convert', dir, '--out', out]);
    expect(c.code).toBe(1);
    expect(existsSync(out)).toBe(false);
  });

  it('fewer layers in config.json than in the checkpoint: a warning naming the dropped tensors; --strict makes it an error for validate and convert', async () => {
    const dir = await variant({ num_hidden_layers: 1 });
    const v = jsonOf<ValidateJson>(await runCli(['validate', dir, '--json']));
    expect(v.valid).toBe(true);
    const w = v.problems.find((p) => p.code === 'ARCH_UNUSED_TENSORS')!;
    expect(w).toMatchObject({ severity: 'warning', tensor: expect.stringMatching(/encoder\.layer\.1\./) });
    const strict = await runCli(['validate', dir, '--json', '--strict']);
    expect(strict.code).toBe(1);
    const ok = await runCli(['convert', dir, '--out', join(tmp, 'lenient')]);
    expect(ok.code).toBe(0);
    expect(ok.stderr + ok.stdout).toContain('ARCH_UNUSED_TENSORS');
    const refused = await runCli(['convert', dir, '--out', join(tmp, 'strict'), '--strict', '--json']);
    expect(refused.code).toBe(1);
    expect(jsonOf<{ error: { code: string } }>(refused).error.code).toBe('ARCH_UNUSED_TENSORS');
    expect(existsSync(join(tmp, 'strict'))).toBe(false);
  });

  it('the untouched sample is valid with no plan warning', async () => {
    const v = jsonOf<ValidateJson>(await runCli(['validate', join(samplesRoot, 'bert-seqcls'), '--json']));
    expect(v.valid).toBe(true);
    expect(v.problems.filter((p) => p.code.startsWith('ARCH_'))).toEqual([]);
  });
});
