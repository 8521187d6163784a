import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, removeTempDir, samplesRoot } from '@mlpack/test-utils';
import { runCli } from './helpers/cli.js';

/** `mlpack verify --junit` on a real conversion and a real bundle, as a CI job runs it. */
const model = join(samplesRoot, 'bert-seqcls');
let tmp: string;
let converted: string;

interface Case {
  name: string;
  classname: string;
  file?: string;
  failure?: { type: string; message: string };
}
const parse = (xml: string) => {
  expect(XMLValidator.validate(xml)).toBe(true);
  const doc = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    htmlEntities: true,
    isArray: (n) => n === 'testcase' || n === 'testsuite',
  }).parse(xml) as {
    testsuites: { tests: string; failures: string; testsuite: Array<{ testcase: Case[] }> };
  };
  return { ...doc.testsuites, cases: doc.testsuites.testsuite.flatMap((s) => s.testcase) };
};

beforeAll(async () => {
  tmp = await makeTempDir('mlpack-e2e-junit-');
  converted = join(tmp, 'converted');
  const c = await runCli(['convert', model, '--to', 'onnx,tfjs', '--out', converted]);
  expect(c.code, c.stderr).toBe(0);
});
afterAll(() => removeTempDir(tmp));

describe('verify --junit', () => {
  it('a passing conversion: one test case per target × output, no failures, no annotations outside GitHub', async () => {
    const xmlPath = join(tmp, 'pass.xml');
    const r = await runCli(['verify', model, converted, '--junit', xmlPath], { env: { GITHUB_ACTIONS: '' } });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).not.toContain('::error');
    const doc = parse(await readFile(xmlPath, 'utf8'));
    expect(doc.cases.map((c) => [c.classname, c.name, c.file])).toEqual([
      ['mlpack.verify.onnx', 'logits (onnx vs reference)', join(converted, 'onnx/model.onnx')],
      ['mlpack.verify.tfjs', 'logits (tfjs vs reference)', join(converted, 'tfjs/model.json')],
      ['mlpack.verify.tfjs', 'logits (tfjs vs onnx)', join(converted, 'tfjs/model.json')],
    ]);
    expect(doc.failures).toBe('0');
  });

  it('a miss: the failure carries the metrics and tolerance, and GitHub gets ::error annotations', async () => {
    const xmlPath = join(tmp, 'fail.xml');
    const r = await runCli(['verify', model, converted, '--target', 'onnx', '--atol', '0', '--rtol', '0', '--junit', xmlPath], {
      env: { GITHUB_ACTIONS: 'true' },
    });
    expect(r.code).toBe(1);
    const doc = parse(await readFile(xmlPath, 'utf8'));
    expect(doc.failures).toBe('1');
    const failure = doc.cases[0]!.failure!;
    expect(failure.type).toBe('VERIFY_MISMATCH');
    expect(failure.message).toMatch(
      /^max abs error [0-9.e-]+; max rel error [0-9.e-]+; cosine 0\.99\d*; argmax agreement 1; tolerance atol 0 \+ rtol 0·\|expected\|; first bad element \[\d+, \d+\]: /,
    );
    const annotations = r.stdout.split('\n').filter((l) => l.startsWith('::error'));
    expect(annotations).toEqual([`::error file=${join(converted, 'onnx/model.onnx')},title=VERIFY_MISMATCH%3A logits (onnx vs reference)::${failure.message}`]);
  });

  it('an error before any report (not a model folder) is one failed case named by its code', async () => {
    const xmlPath = join(tmp, 'error.xml');
    const r = await runCli(['verify', tmp, converted, '--junit', xmlPath], { env: { GITHUB_ACTIONS: 'true' } });
    expect(r.code).toBe(1);
    const doc = parse(await readFile(xmlPath, 'utf8'));
    expect(doc.cases).toHaveLength(1);
    expect(doc.cases[0]!.classname).toBe('mlpack.verify.run');
    expect(doc.cases[0]!.failure!.type).toBe('VERIFY_MODEL_INVALID');
    expect(r.stdout).toMatch(/^::error .*title=VERIFY_MODEL_INVALID%3A VERIFY_MODEL_INVALID::/m);
  });

  it('a bundle: one test case per file, the goldens, and a modified file fails its own case', async () => {
    const out = join(tmp, 'b.tar.gz');
    const b = await runCli(['bundle', converted, '--model', model, '--name', 'bert', '--version', '1.0.0', '-o', out]);
    expect(b.code, b.stderr).toBe(0);
    const xmlPath = join(tmp, 'bundle.xml');
    const ok = await runCli(['verify', out, '--junit', xmlPath]);
    expect(ok.code, ok.stderr).toBe(0);
    const doc = parse(await readFile(xmlPath, 'utf8'));
    const files = doc.cases.filter((c) => c.classname === 'mlpack.bundle.files').map((c) => c.name);
    expect(files).toEqual(['config.json', 'onnx/model.onnx', 'special_tokens_map.json', 'tokenizer.json', 'tokenizer_config.json', 'vocab.txt']);
    expect(doc.cases.filter((c) => c.classname === 'mlpack.bundle.goldens').map((c) => c.name)).toEqual(['golden logits']);
    expect(doc.failures).toBe('0');

    const unpacked = join(tmp, 'unpacked');
    expect((await runCli(['unbundle', out, '-o', unpacked])).code).toBe(0);
    const { writeFile } = await import('node:fs/promises');
    await writeFile(join(unpacked, 'vocab.txt'), 'tampered\n');
    const bad = await runCli(['verify', unpacked, '--junit', xmlPath, '--json'], { env: { GITHUB_ACTIONS: 'true' } });
    expect(bad.code).toBe(1);
    expect(() => JSON.parse(bad.stdout)).not.toThrow(); // annotations go to stderr with --json
    const failed = parse(await readFile(xmlPath, 'utf8')).cases.filter((c) => c.failure);
    expect(failed.map((c) => [c.name, c.failure!.type])).toEqual([['vocab.txt', 'BUNDLE_FILE_MODIFIED']]);
    expect(bad.stderr).toContain('::error file=vocab.txt,title=BUNDLE_FILE_MODIFIED%3A vocab.txt::');
  });
});
