import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasSharedFixtures, sharedFixture } from '@mlpack/test-utils';
import { f16ToF32, f32ToF16, openWeights } from '@mlpack/safetensors';
import type { HostTensorMap, TensorSource } from '@mlpack/core';
import type { EncoderTask } from '@mlpack/reference';
import { compareOutputs } from './compare-outputs.js';
import { readGolden } from './goldens.js';
import { makeInputs } from './make-inputs.js';
import { createReferenceRunner } from './reference-runner.js';
import {
  DEFAULT_ATOL,
  DEFAULT_RTOL,
  FP16_WEIGHTS_ATOL,
  FP16_WEIGHTS_RTOL,
  checkToleranceOverrides,
  float32Tolerance,
  goldenTolerance,
  tfjsTolerance,
} from './tolerances.js';

describe('tolerance selection', () => {
  it('defaults per target, overrides win, goldens set their own, float16 never tighter', () => {
    expect(float32Tolerance()).toEqual({ atol: DEFAULT_ATOL, rtol: DEFAULT_RTOL });
    expect(tfjsTolerance('float32')).toEqual({ atol: DEFAULT_ATOL, rtol: DEFAULT_RTOL });
    expect(tfjsTolerance('float16')).toEqual({ atol: FP16_WEIGHTS_ATOL, rtol: FP16_WEIGHTS_RTOL });
    expect(tfjsTolerance('float16', { atol: 1e-3 })).toEqual({ atol: 1e-3, rtol: FP16_WEIGHTS_RTOL });
    const fp32 = float32Tolerance();
    expect(goldenTolerance(fp32, {})).toEqual(fp32);
    expect(goldenTolerance(fp32, { atol: 1e-5 })).toEqual({ atol: 1e-5, rtol: DEFAULT_RTOL });
    expect(goldenTolerance(fp32, { atol: 1e-5, rtol: 0 }, { rtol: 0.5 })).toEqual({ atol: 1e-5, rtol: 0.5 });
    expect(goldenTolerance(tfjsTolerance('float16'), { atol: 1e-5, rtol: 0.1 }, {}, true)).toEqual({ atol: FP16_WEIGHTS_ATOL, rtol: 0.1 });
    expect(() => checkToleranceOverrides({ atol: NaN })).toThrow(expect.objectContaining({ code: 'USAGE', exitCode: 2 }));
    expect(() => checkToleranceOverrides({ rtol: -0.1 })).toThrow(/--rtol/);
    expect(() => checkToleranceOverrides({ atol: 0, rtol: 0 })).not.toThrow();
  });
});

/** A TensorSource whose weights read back as float16 would store them (what TF.js float16 weights do). */
function float16Weights(src: TensorSource): TensorSource {
  return {
    tensors: src.tensors,
    get: (n) => src.get(n),
    read: (n) => src.read(n),
    close: () => src.close(),
    readFloat32: async (n) => Float32Array.from(await src.readFloat32(n), (x) => f16ToF32(f32ToF16(x))),
  };
}

/**
 * The measurement behind FP16_WEIGHTS_ATOL/RTOL: the reference run on float16-rounded weights vs
 * on the original weights, on every shared encoder fixture. It must stay well inside the float16
 * defaults, and it must be visible at the float32 defaults (else no separate default is needed).
 */
describe.skipIf(!hasSharedFixtures())('float16 weight rounding on the shared fixtures', () => {
  const cases: Array<[string, EncoderTask]> = [
    ['tiny-bert', 'feature-extraction'],
    ['tiny-distilbert', 'feature-extraction'],
    ['tiny-roberta', 'feature-extraction'],
    ['tiny-bert-pooling', 'feature-extraction'],
    ['tiny-bert-seqcls-tokenizer', 'text-classification'],
  ];

  it('stays 10× inside the float16 defaults and exceeds the float32 ones', async () => {
    let worst = 0;
    let failsAtFp32 = 0;
    for (const [name, task] of cases) {
      const dir = sharedFixture(name);
      const config = JSON.parse(await readFile(join(dir, 'config.json'), 'utf8'));
      let inputs: HostTensorMap;
      if (name.startsWith('tiny-bert-')) {
        const tokenizerConfig = JSON.parse(await readFile(join(dir, 'tokenizer_config.json'), 'utf8'));
        inputs = (
          await makeInputs({
            config,
            inputNames: ['input_ids', 'attention_mask', 'token_type_ids'],
            tokenizer: { tokenizerJson: join(dir, 'tokenizer.json'), tokenizerConfig },
          })
        ).inputs;
      } else {
        inputs = (await readGolden(join(dir, 'reference_hidden.json'))).inputs;
      }
      const weights = await openWeights(dir);
      try {
        const exact = await createReferenceRunner({ config, weights, task }).run(inputs);
        const rounded = await createReferenceRunner({ config, weights: float16Weights(weights), task }).run(inputs);
        const fp16 = compareOutputs(rounded, exact, { atol: FP16_WEIGHTS_ATOL / 10, rtol: FP16_WEIGHTS_RTOL / 10 });
        expect(fp16.ok, name).toBe(true);
        for (const c of fp16.comparisons) {
          worst = Math.max(worst, c.max_abs as number);
          expect(c.max_abs as number, `${name} ${c.output}`).toBeGreaterThan(0); // the rounding did change something
        }
        if (!compareOutputs(rounded, exact, { atol: DEFAULT_ATOL, rtol: DEFAULT_RTOL }).ok) failsAtFp32++;
      } finally {
        await weights.close();
      }
    }
    expect(worst).toBeLessThan(FP16_WEIGHTS_ATOL / 10);
    expect(failsAtFp32).toBeGreaterThanOrEqual(3);
  });
});
