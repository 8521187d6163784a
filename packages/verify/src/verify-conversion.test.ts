import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hasSharedFixtures, makeTempDir, removeTempDir, samplesRoot, sharedFixture } from '@mlpack/test-utils';
import { openWeights } from '@mlpack/safetensors';
import { writeConvertedDir } from './__fixtures__/converted-dir.js';
import { tinyBertOnnx } from './__fixtures__/tiny-bert-onnx.js';
import { tinyBertTfjs } from './__fixtures__/tiny-bert-tfjs.js';
import type { TinyBertOnnxOptions } from './__fixtures__/tiny-bert-onnx.js';
import { formatVerifyReport } from './format-verify-report.js';
import { readGolden, writeGolden } from './goldens.js';
import { DEFAULT_PAIRS, DEFAULT_TEXTS } from './make-inputs.js';
import { DEFAULT_ATOL, DEFAULT_RTOL, FP16_WEIGHTS_ATOL, FP16_WEIGHTS_RTOL } from './tolerances.js';
import { verifyConversion } from './verify-conversion.js';

const BERT_INPUTS = ['input_ids', 'attention_mask', 'token_type_ids'];

async function onnxFor(modelDir: string, options: TinyBertOnnxOptions = {}): Promise<Uint8Array> {
  const config = JSON.parse(await readFile(join(modelDir, 'config.json'), 'utf8'));
  const weights = await openWeights(modelDir);
  try {
    return await tinyBertOnnx(config, weights, options);
  } finally {
    await weights.close();
  }
}

let out: string;
beforeEach(async () => {
  out = await makeTempDir('mlpack-verify-conv-');
});
afterEach(async () => {
  await removeTempDir(out);
});

describe.skipIf(!hasSharedFixtures())('verifyConversion on tiny-bert with a hand-built ONNX conversion', () => {
  const model = sharedFixture('tiny-bert');
  const base = {
    modelType: 'bert',
    architecture: 'BertModel',
    task: 'feature-extraction',
    inputs: BERT_INPUTS,
    outputs: [
      { name: 'last_hidden_state', shape: ['batch_size', 'sequence_length', 8] },
      { name: 'pooler_output', shape: ['batch_size', 8] },
    ],
  };

  it('passes with seeded random inputs (no tokenizer), in the documented key order', async () => {
    await writeConvertedDir(out, { ...base, onnx: await onnxFor(model) });
    const report = await verifyConversion(model, out);
    expect(Object.keys(report)).toEqual(['ok', 'model_dir', 'converted_dir', 'task', 'inputs', 'tolerances', 'comparisons', 'errors', 'warnings']);
    expect(report.errors).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.task).toBe('feature-extraction');
    expect(report.inputs).toEqual({
      source: 'random',
      seed: 0,
      shapes: { attention_mask: [3, 12], input_ids: [3, 12], token_type_ids: [3, 12] },
    });
    expect(report.tolerances).toEqual({ default: { atol: DEFAULT_ATOL, rtol: DEFAULT_RTOL } });
    expect(report.comparisons.map((c) => [c.target, c.against, c.output, c.ok])).toEqual([
      ['onnx', 'reference', 'last_hidden_state', true],
      ['onnx', 'reference', 'pooler_output', true],
    ]);
    const hidden = report.comparisons[0]!;
    expect(Object.keys(hidden)).toEqual(['target', 'against', 'output', 'atol', 'rtol', 'shape', 'max_abs', 'max_rel', 'cosine', 'ok']);
    expect(hidden.shape).toEqual([3, 12, 8]);
    expect(hidden.max_abs as number).toBeLessThan(1e-5);
    expect(hidden.cosine as number).toBeGreaterThan(0.999999);
    // JSON round trip keeps everything (plain JSON)
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
    const text = formatVerifyReport(report);
    expect(text).toMatch(/^mlpack verify: PASS \(2 comparisons, 0 failed, 0 errors\)/);
    expect(text).toMatch(/\nonnx\s+reference\s+last_hidden_state\s+\[3,12,8\]\s+\d\.\d\de-\d+\s+\S+\s+(1\.0000000|0\.99999\d\d)\s+-\s+ok\n/);
    // same seed → same inputs → same numbers
    const again = await verifyConversion(model, out, { seed: 0 });
    expect(again.comparisons).toEqual(report.comparisons);
    const other = await verifyConversion(model, out, { seed: 5, batch: 2 });
    expect(other.inputs.shapes.input_ids).toEqual([2, 12]);
  });

  it('with a golden: its inputs replace generated ones and targets and reference are compared to it', async () => {
    await writeConvertedDir(out, { ...base, onnx: await onnxFor(model) });
    const golden = join(model, 'reference_hidden.json');
    const report = await verifyConversion(model, out, { golden });
    expect(report.ok).toBe(true);
    expect(report.inputs).toEqual({ source: 'golden', shapes: { attention_mask: [3, 16], input_ids: [3, 16], token_type_ids: [3, 16] } });
    expect(report.tolerances.golden).toEqual({ atol: DEFAULT_ATOL, rtol: DEFAULT_RTOL });
    expect(report.comparisons.map((c) => `${c.target}/${c.against}/${c.output}`)).toEqual([
      'onnx/reference/last_hidden_state',
      'onnx/reference/pooler_output',
      'reference/golden/last_hidden_state',
      'reference/golden/pooler_output',
      'onnx/golden/last_hidden_state',
      'onnx/golden/pooler_output',
    ]);
    for (const c of report.comparisons) expect(c.max_abs as number).toBeLessThan(2e-6);

    // A golden with one value moved by 1e-3 fails against both the reference and onnx, at that index.
    const g = await readGolden(golden);
    const pooler = Float64Array.from(g.outputs.pooler_output!.data as Float64Array);
    pooler[13] = pooler[13]! + 1e-3; // |pooler| < 0.2 here: 1e-3 > 1e-4 + 1e-3·|e|
    const moved = join(out, '..', 'moved.json'); // beside, not inside: the converted folder holds only what mlpack.json lists
    await writeGolden(moved, { inputs: g.inputs, outputs: { ...g.outputs, pooler_output: { dtype: 'float64', dims: [3, 8], data: pooler } } });
    const bad = await verifyConversion(model, out, { golden: moved });
    expect(bad.ok).toBe(false);
    const failed = bad.comparisons.filter((c) => !c.ok);
    expect(failed.map((c) => `${c.target}/${c.against}/${c.output}`)).toEqual(['reference/golden/pooler_output', 'onnx/golden/pooler_output']);
    expect(failed[0]!.first_bad!.index).toEqual([1, 5]);
    expect(failed[0]!.first_bad!.expected).toBe(Math.fround(pooler[13]));
    expect(formatVerifyReport(bad)).toMatch(/reference\s+golden\s+pooler_output\s+\[3,8\].*FAIL at \[1,5\]: got -?\d/);
  });

  it('warns when a golden input the model does not take holds non-default values', async () => {
    // A signature without token_type_ids, fed tiny-bert's golden, whose token types are not all zero.
    // (The hand-built graph itself still declares token_type_ids, so onnx fails: an error of that target.)
    await writeConvertedDir(out, { ...base, inputs: ['input_ids', 'attention_mask'], onnx: await onnxFor(model) });
    const report = await verifyConversion(model, out, { golden: join(model, 'reference_hidden.json') });
    expect(report.warnings.map((w) => [w.code, w.tensor])).toEqual([['VERIFY_INPUT_IGNORED', 'token_type_ids']]);
    expect(report.errors.map((e) => [e.target, e.code])).toEqual([['onnx', 'ORT_MISSING_INPUT']]);
    expect(report.ok).toBe(false);
    // without token types the reference no longer matches the golden: that is what the warning explains
    expect(report.comparisons.filter((c) => c.against === 'golden').some((c) => !c.ok)).toBe(true);
  });

  it('fails a broken conversion (one weight off by 0.05), naming outputs and the first bad index', async () => {
    await writeConvertedDir(out, {
      ...base,
      onnx: await onnxFor(model, { perturb: { tensor: 'encoder.layer.1.output.dense.weight', index: 3, delta: 0.05 } }),
    });
    const report = await verifyConversion(model, out);
    expect(report.ok).toBe(false);
    expect(report.errors).toEqual([]);
    const failed = report.comparisons.filter((c) => !c.ok);
    expect(failed.map((c) => c.output)).toEqual(['last_hidden_state', 'pooler_output']);
    expect(failed[0]!.first_bad!.index).toHaveLength(3);
    expect(failed[0]!.max_abs as number).toBeGreaterThan(1e-3);
    expect(formatVerifyReport(report)).toMatch(/^mlpack verify: FAIL \(2 comparisons, 2 failed, 0 errors\)/);
  });

  it('records a target that cannot load as an error of that target instead of throwing', async () => {
    // Not ONNX at all: refused by the operator scan before onnxruntime ever sees it.
    await writeConvertedDir(out, { ...base, onnx: new TextEncoder().encode('definitely not onnx') });
    const report = await verifyConversion(model, out);
    expect(report.ok).toBe(false);
    expect(report.comparisons).toEqual([]);
    expect(report.errors.map((e) => [e.target, e.code])).toEqual([['onnx', 'ONNX_UNREADABLE']]);
    expect(report.errors[0]!.file).toBe(join(out, 'onnx', 'model.onnx'));
    expect(formatVerifyReport(report)).toMatch(/errors:\n {2}onnx: \[ONNX_UNREADABLE\]/);
    // Well-formed protobuf that onnxruntime cannot load (a graph with no nodes, no opset): ORT_LOAD_FAILED from the child.
    await writeConvertedDir(out, { ...base, onnx: new Uint8Array([0x08, 0x07]) });
    const report2 = await verifyConversion(model, out);
    expect(report2.errors.map((e) => [e.target, e.code])).toEqual([['onnx', 'ORT_LOAD_FAILED']]);
  });

  it('an output the signature lists but the reference lacks is a VERIFY_OUTPUT_MISSING error', async () => {
    await writeConvertedDir(out, { ...base, outputs: [...base.outputs, { name: 'logits', shape: ['batch_size', 2] }], onnx: await onnxFor(model) });
    const report = await verifyConversion(model, out);
    expect(report.ok).toBe(false);
    expect(report.errors.map((e) => [e.target, e.code, e.tensor])).toEqual([
      ['onnx', 'VERIFY_OUTPUT_MISSING', 'logits'],
      ['onnx', 'VERIFY_OUTPUT_MISSING', 'logits'],
    ]);
    expect(report.errors.map((e) => e.message)).toEqual(['onnx did not produce output "logits"', 'reference has no output "logits" to compare onnx with']);
  });

  it('warns when the model folder is not the one the manifest says was converted', async () => {
    await writeConvertedDir(out, { ...base, architecture: 'BertForMaskedLM', onnx: await onnxFor(model) });
    const report = await verifyConversion(model, out);
    expect(report.ok).toBe(true);
    expect(report.warnings.map((w) => [w.code, w.pointer])).toEqual([['VERIFY_SOURCE_MISMATCH', '/source/architecture']]);
    expect(formatVerifyReport(report)).toMatch(
      /warnings:\n {2}\[VERIFY_SOURCE_MISMATCH\] converted from architecture "BertForMaskedLM", the model folder has "BertModel"\n {4}hint: /,
    );
  });

  it('throws for unusable input: missing target, bad manifest, bad options', async () => {
    await writeConvertedDir(out, { ...base, onnx: await onnxFor(model) });
    await expect(verifyConversion(model, out, { target: 'tfjs' })).rejects.toMatchObject({ code: 'VERIFY_TARGET_MISSING', exitCode: 2, pointer: '/targets' });
    await expect(verifyConversion(model, out, { atol: -1 })).rejects.toMatchObject({ code: 'USAGE', exitCode: 2 });
    await expect(verifyConversion(model, out, { golden: join(model, 'reference_hidden.json'), texts: ['x'] })).rejects.toThrow(/--text cannot be used/);
    await expect(verifyConversion(model, out, { intraOpNumThreads: 4 })).rejects.toMatchObject({ code: 'USAGE' });
    const manifest = JSON.parse(await readFile(join(out, 'mlpack.json'), 'utf8'));
    delete manifest.signature;
    await writeFile(join(out, 'mlpack.json'), JSON.stringify(manifest));
    await expect(verifyConversion(model, out)).rejects.toMatchObject({ code: 'VERIFY_MANIFEST_INVALID', pointer: '/signature' });
    await expect(verifyConversion(join(out, 'nowhere'), out)).rejects.toThrow();
  });
});

describe.skipIf(!hasSharedFixtures())('verifyConversion with a TF.js target (hand-built, static 3×16 for the golden)', () => {
  const model = sharedFixture('tiny-bert');
  const golden = join(model, 'reference_hidden.json');
  const spec = async (float16: boolean) => {
    const config = JSON.parse(await readFile(join(model, 'config.json'), 'utf8'));
    const weights = await openWeights(model);
    try {
      return {
        modelType: 'bert',
        architecture: 'BertModel',
        task: 'feature-extraction',
        inputs: BERT_INPUTS,
        outputs: [
          { name: 'last_hidden_state', shape: ['batch_size', 'sequence_length', 8] },
          { name: 'pooler_output', shape: ['batch_size', 8] },
        ],
        onnx: await tinyBertOnnx(config, weights),
        tfjs: { files: await tinyBertTfjs(config, weights, 3, 16, { float16 }), weightDtype: float16 ? ('float16' as const) : ('float32' as const) },
      };
    } finally {
      await weights.close();
    }
  };

  it('float32 weights: tfjs vs reference, tfjs vs onnx and everything vs the golden pass at the float32 defaults', async () => {
    await writeConvertedDir(out, await spec(false));
    const report = await verifyConversion(model, out, { golden });
    expect(report.errors).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.tolerances.tfjs).toEqual({ atol: DEFAULT_ATOL, rtol: DEFAULT_RTOL, weight_dtype: 'float32' });
    expect(report.comparisons.map((c) => `${c.target}/${c.against}`)).toEqual([
      'onnx/reference',
      'onnx/reference',
      'tfjs/reference',
      'tfjs/reference',
      'tfjs/onnx',
      'tfjs/onnx',
      'reference/golden',
      'reference/golden',
      'onnx/golden',
      'onnx/golden',
      'tfjs/golden',
      'tfjs/golden',
    ]);
    for (const c of report.comparisons) expect(c.max_abs as number).toBeLessThan(2e-6);
    const tfjsOnly = await verifyConversion(model, out, { golden, target: 'tfjs' });
    expect(tfjsOnly.comparisons.map((c) => `${c.target}/${c.against}`)).toEqual([
      'tfjs/reference',
      'tfjs/reference',
      'reference/golden',
      'reference/golden',
      'tfjs/golden',
      'tfjs/golden',
    ]);
  });

  it('float16 weights: the float16 defaults apply to tfjs only; forcing float32 tolerances fails tfjs alone', async () => {
    await writeConvertedDir(out, await spec(true));
    const report = await verifyConversion(model, out, { golden });
    expect(report.ok).toBe(true);
    expect(report.tolerances).toEqual({
      default: { atol: DEFAULT_ATOL, rtol: DEFAULT_RTOL },
      tfjs: { atol: FP16_WEIGHTS_ATOL, rtol: FP16_WEIGHTS_RTOL, weight_dtype: 'float16' },
      golden: { atol: DEFAULT_ATOL, rtol: DEFAULT_RTOL },
    });
    const tfjsHidden = report.comparisons.find((c) => c.target === 'tfjs' && c.against === 'reference' && c.output === 'last_hidden_state')!;
    expect(tfjsHidden.atol).toBe(FP16_WEIGHTS_ATOL);
    expect(tfjsHidden.max_abs as number).toBeGreaterThan(1e-4); // float16 rounding is visible...
    expect(tfjsHidden.max_abs as number).toBeLessThan(FP16_WEIGHTS_ATOL / 10); // ...and far inside the default
    expect(report.comparisons.find((c) => c.target === 'tfjs' && c.against === 'golden')!.atol).toBe(FP16_WEIGHTS_ATOL);

    const strict = await verifyConversion(model, out, { golden, atol: DEFAULT_ATOL, rtol: DEFAULT_RTOL });
    expect(strict.ok).toBe(false);
    const failed = new Set(strict.comparisons.filter((c) => !c.ok).map((c) => c.target));
    expect([...failed]).toEqual(['tfjs']);
    expect(strict.comparisons.filter((c) => c.target === 'tfjs' && c.output === 'last_hidden_state').every((c) => !c.ok)).toBe(true);
  });
});

describe.skipIf(!hasSharedFixtures())('verifyConversion on tiny-bert-seqcls-tokenizer (tokenizer inputs, logits)', () => {
  const model = sharedFixture('tiny-bert-seqcls-tokenizer');

  it('encodes the built-in texts with the tokenizer and checks logits with argmax agreement', async () => {
    await writeConvertedDir(out, {
      modelType: 'bert',
      architecture: 'BertForSequenceClassification',
      task: 'text-classification',
      inputs: BERT_INPUTS,
      outputs: [{ name: 'logits', shape: ['batch_size', 2] }],
      onnx: await onnxFor(model, { head: 'seqcls', prefix: 'bert.' }),
    });
    const report = await verifyConversion(model, out, { texts: ['a short one', 'and a somewhat longer second sentence'] });
    expect(report.errors).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.inputs.source).toBe('tokenizer');
    // --text rows, then the built-in sentence pair (the model takes token_type_ids)
    const [a, b] = DEFAULT_PAIRS[0]!;
    expect(report.inputs.texts).toEqual(['a short one', 'and a somewhat longer second sentence', a]);
    expect(report.inputs.text_pairs).toEqual([null, null, b]);
    expect(report.inputs.shapes.input_ids![0]).toBe(3);
    const [logits] = report.comparisons;
    expect(logits!.output).toBe('logits');
    expect(logits!.shape).toEqual([3, 2]);
    expect(logits!.argmax_agreement).toBe(1);
    const text = formatVerifyReport(report);
    expect(text).toContain('0: "a short one"\n');
    expect(text).toContain(`2: ${JSON.stringify(a)} + "The quick brown fox is three years old." (pair)\n`);
  });
});

describe('verifyConversion on a folder with only the slow tokenizer files (samples/bert-seqcls without tokenizer.json)', () => {
  const sample = join(samplesRoot, 'bert-seqcls');

  it('tokenizes with vocab.txt: source "tokenizer", the same inputs as with tokenizer.json, tokenizer_files recorded', async () => {
    const model = join(out, 'model');
    await cp(sample, model, { recursive: true, filter: (p) => !p.endsWith('tokenizer.json') });
    const converted = join(out, 'converted');
    await writeConvertedDir(converted, {
      modelType: 'bert',
      architecture: 'BertForSequenceClassification',
      task: 'text-classification',
      inputs: BERT_INPUTS,
      outputs: [{ name: 'logits', shape: ['batch_size', 2] }],
      onnx: await onnxFor(sample, { head: 'seqcls', prefix: 'bert.' }),
    });
    const report = await verifyConversion(model, converted);
    expect(report.errors).toEqual([]);
    expect(report.ok).toBe(true);
    expect(Object.keys(report.inputs)).toEqual(['source', 'texts', 'text_pairs', 'tokenizer_files', 'shapes']);
    expect(report.inputs.source).toBe('tokenizer');
    expect(report.inputs.texts).toEqual([...DEFAULT_TEXTS, ...DEFAULT_PAIRS.map((p) => p[0])]);
    expect(report.inputs.text_pairs).toEqual([...DEFAULT_TEXTS.map(() => null), ...DEFAULT_PAIRS.map((p) => p[1])]);
    expect(report.inputs.tokenizer_files).toEqual(['vocab.txt']);
    expect(formatVerifyReport(report)).toContain('inputs     tokenizer (vocab.txt): ');

    const withJson = await verifyConversion(sample, converted);
    expect(withJson.inputs.tokenizer_files).toEqual(['tokenizer.json']);
    expect(withJson.inputs.shapes).toEqual(report.inputs.shapes);
    // Same inputs through the same graph: the same numbers.
    expect(withJson.comparisons).toEqual(report.comparisons);

    // --text works with the slow files too.
    const texts = await verifyConversion(model, converted, { texts: ['Ünïcödé text', 'a'] });
    expect(texts.ok).toBe(true);
    expect(texts.inputs.texts).toEqual(['Ünïcödé text', 'a', DEFAULT_PAIRS[0]![0]]);
  });
});

describe('verifyConversion catches a wrong token-type embedding (samples/bert-seqcls)', () => {
  const sample = join(samplesRoot, 'bert-seqcls');
  const TENSOR = 'bert.embeddings.token_type_embeddings.weight';

  /** The ONNX model with row 1 of the token-type embedding replaced by row 0 (a conversion that lost segment B), found by its bytes. */
  async function withRow1LikeRow0(onnx: Uint8Array): Promise<Uint8Array> {
    const weights = await openWeights(sample);
    let table: Float32Array;
    try {
      expect(weights.get(TENSOR)!.shape).toEqual([2, 32]);
      table = Float32Array.from(await weights.readFloat32(TENSOR));
    } finally {
      await weights.close();
    }
    const bytes = Buffer.from(onnx);
    const raw = Buffer.from(table.buffer, table.byteOffset, table.byteLength);
    const at = bytes.indexOf(raw);
    expect([at >= 0, bytes.indexOf(raw, at + 1)]).toEqual([true, -1]); // stored as is, exactly once
    const row = 32 * 4;
    expect(bytes.subarray(at + row, at + 2 * row).equals(bytes.subarray(at, at + row))).toBe(false);
    bytes.copy(bytes, at + row, at, at + row);
    return new Uint8Array(bytes);
  }

  const spec = async (onnx: Uint8Array) => ({
    modelType: 'bert',
    architecture: 'BertForSequenceClassification',
    task: 'text-classification',
    inputs: BERT_INPUTS,
    outputs: [{ name: 'logits', shape: ['batch_size', 2] }],
    onnx,
  });

  it('the untouched conversion passes; with token-type row 1 = row 0 it fails, on the sentence-pair row (tokenizer) and on the second segments (random ids)', async () => {
    const good = await onnxFor(sample, { head: 'seqcls', prefix: 'bert.' });
    const bad = await withRow1LikeRow0(good);
    await writeConvertedDir(join(out, 'good'), await spec(good));
    await writeConvertedDir(join(out, 'bad'), await spec(bad));

    const ok = await verifyConversion(sample, join(out, 'good'));
    expect(ok.errors).toEqual([]);
    expect(ok.ok).toBe(true);
    expect(ok.inputs.text_pairs).toBeDefined();

    const broken = await verifyConversion(sample, join(out, 'bad'));
    expect(broken.ok).toBe(false);
    const [logits] = broken.comparisons;
    expect([logits!.output, logits!.ok]).toEqual(['logits', false]);
    // Only the pair row (the last one) differs: the single sentences never read row 1.
    expect(logits!.first_bad!.index[0]).toBe(DEFAULT_TEXTS.length);
    expect(formatVerifyReport(broken)).toMatch(/^mlpack verify: FAIL/);

    // Random ids (no tokenizer): rows after the first have a second segment.
    const noTokenizer = join(out, 'model-random');
    await cp(sample, noTokenizer, { recursive: true, filter: (p) => !/(tokenizer\.json|vocab\.txt)$/.test(p) });
    const randomOk = await verifyConversion(noTokenizer, join(out, 'good'));
    expect([randomOk.inputs.source, randomOk.ok]).toEqual(['random', true]);
    const randomBad = await verifyConversion(noTokenizer, join(out, 'bad'));
    expect(randomBad.inputs.source).toBe('random');
    expect(randomBad.ok).toBe(false);
    expect(randomBad.comparisons[0]!.first_bad!.index[0]).toBeGreaterThanOrEqual(1);
  });
});
