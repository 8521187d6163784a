import { join } from 'node:path';
import type { BenchModel } from './ensure-bench-model.js';
import { ensureGeneratedModel } from './ensure-bench-model.js';
import { checkDecoderBenchSpec, decoderSpecHash } from './decoder-bench-spec.js';
import type { DecoderBenchSpec } from './decoder-bench-spec.js';
import { llamaConfigJson, planLlamaTensors } from './plan-llama-tensors.js';

export { toBf16 } from './ensure-bench-model.js';

/**
 * The decoder benchmark model for `spec` in `<cacheRoot>/<spec.name>`: reused when complete for
 * the same spec, else generated atomically, streamed tensor by tensor from the seeded generator
 * (float32 chunks of ≤ 4 MiB, rounded to BF16 when the spec says so). `largest.bytes` is the
 * largest tensor as float32: what the converter's float32 graph holds of it at once.
 */
export async function ensureDecoderBenchModel(cacheRoot: string, spec: DecoderBenchSpec, options: { force?: boolean } = {}): Promise<BenchModel> {
  checkDecoderBenchSpec(spec);
  return ensureGeneratedModel(
    join(cacheRoot, spec.name),
    { spec, specHash: decoderSpecHash(spec), plan: planLlamaTensors(spec), configJson: llamaConfigJson(spec), dtype: spec.dtype, seed: spec.seed },
    options,
  );
}
