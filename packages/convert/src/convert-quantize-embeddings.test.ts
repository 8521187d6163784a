/**
 * `quantizeEmbeddings` (`--quantize-embeddings`): embedding tables stay float unless asked; asked,
 * the quantized ONNX variants hold each table once as int8 rows with a float32 scale per row (a tied
 * LM head reads the same int8 table), TF.js uint8 stores the tables as affine codes, and every
 * variant still passes its gate.
 */
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readOnnxModelInfo } from '@mlpack/onnx';
import { SHARED_FIXTURES_SKIP_REASON, hasSharedFixtures, makeTempDir, removeTempDir, samplesRoot, sharedFixture } from '@mlpack/test-utils';
import { variantParityGate } from '@mlpack/verify';
import { convertModel } from './convert-model.js';

let tmp: string;
beforeAll(async () => {
  tmp = await makeTempDir('mlpack-quantize-embeddings-');
});
afterAll(async () => {
  await removeTempDir(tmp);
});

const sample = join(samplesRoot, 'bert-seqcls');
const TABLES = ['bert.embeddings.word_embeddings.weight', 'bert.embeddings.position_embeddings.weight', 'bert.embeddings.token_type_embeddings.weight'];

describe('quantizeEmbeddings', () => {
  it('q8 / q4: each table as int8 [V, H] + float32 scales [V], looked up row by row; smaller files; gates pass', async () => {
    const plain = join(tmp, 'plain');
    const quant = join(tmp, 'quant');
    await convertModel(sample, { out: plain, dtypes: ['fp32', 'q8', 'q4'], parityGate: variantParityGate });
    const r = await convertModel(sample, { out: quant, dtypes: ['fp32', 'q8', 'q4'], parityGate: variantParityGate, quantizeEmbeddings: true });
    expect(r.manifest.options['quantize_embeddings']).toBe(true);
    for (const t of r.manifest.targets) expect(t.parity?.ok, `${t.path} ${JSON.stringify(t.parity?.misses)}`).toBe(true);
    for (const file of ['model_quantized.onnx', 'model_q4.onnx']) {
      const info = await readOnnxModelInfo(join(quant, 'onnx', file));
      const byName = new Map(info.initializers.map((i) => [i.name, i]));
      for (const t of TABLES) {
        expect(byName.has(t), `${file}: float ${t} is gone`).toBe(false);
        expect(byName.get(`${t}.q8`)?.dtype, `${file} ${t}`).toBe('int8');
        expect(byName.get(`${t}.q8_scale`)?.dims, `${file} ${t}`).toEqual([byName.get(`${t}.q8`)!.dims[0]]);
      }
      // The lookups gather int8 rows and their scales.
      expect(info.nodes.filter((n) => n.opType === 'Gather').length).toBeGreaterThanOrEqual(2 * TABLES.length);
      const before = (await stat(join(plain, 'onnx', file))).size;
      const after = (await stat(join(quant, 'onnx', file))).size;
      expect(after / before, file).toBeLessThan(0.8);
    }
    // fp32 is unaffected.
    expect((await readFile(join(quant, 'onnx', 'model.onnx'))).equals(await readFile(join(plain, 'onnx', 'model.onnx')))).toBe(true);
    // Without the option the tables stay float32 in the quantized files.
    const plainInfo = await readOnnxModelInfo(join(plain, 'onnx', 'model_quantized.onnx'));
    expect(plainInfo.initializers.find((i) => i.name === TABLES[0])?.dtype).toBe('float32');
  });

  it('TF.js uint8: the tables are stored as affine uint8 codes too', async () => {
    const out = join(tmp, 'tfjs');
    await convertModel(sample, { out, targets: ['tfjs'], dtypes: ['uint8'], parityGate: variantParityGate, quantizeEmbeddings: true });
    const model = JSON.parse(await readFile(join(out, 'tfjs_uint8', 'model.json'), 'utf8')) as {
      weightsManifest: { weights: { name: string; quantization?: { dtype: string } }[] }[];
    };
    const weights = model.weightsManifest.flatMap((g) => g.weights);
    const table = weights.find((w) => w.name.includes('word_embeddings'));
    expect(table?.quantization?.dtype).toBe('uint8');
  });

  it('without a quantized dtype it is a usage error (CONVERT_BAD_OPTION, exit 2)', async () => {
    await expect(convertModel(sample, { out: join(tmp, 'never'), dtypes: ['fp32', 'fp16'], quantizeEmbeddings: true })).rejects.toMatchObject({
      code: 'CONVERT_BAD_OPTION',
      exitCode: 2,
      message: expect.stringContaining('quantizing embeddings needs a quantized variant'),
    });
  });
});

describe.skipIf(!hasSharedFixtures())(`a tied LM head reads the int8 table${hasSharedFixtures() ? '' : ` (${SHARED_FIXTURES_SKIP_REASON})`}`, () => {
  it('tiny-random-gpt2 q8 / q4f16: wte stored once, as int8; the language-model gates pass', async () => {
    const out = join(tmp, 'gpt2');
    const r = await convertModel(sharedFixture('tiny-random-gpt2'), {
      out,
      dtypes: ['fp32', 'q8', 'q4f16'],
      parityGate: variantParityGate,
      quantizeEmbeddings: true,
    });
    for (const t of r.manifest.targets) expect(t.parity?.ok, `${t.path} ${JSON.stringify(t.parity?.misses)}`).toBe(true);
    for (const file of ['model_quantized.onnx', 'model_q4f16.onnx']) {
      const names = (await readOnnxModelInfo(join(out, 'onnx', file))).initializers.map((i) => i.name);
      expect(names.filter((n) => n.startsWith('transformer.wte.weight')).sort(), file).toEqual([
        'transformer.wte.weight.q8',
        'transformer.wte.weight.q8_scale',
      ]);
    }
  });
});
