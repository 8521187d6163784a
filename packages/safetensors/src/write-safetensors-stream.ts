/**
 * Streaming writer: header first, then each tensor's bytes from an async producer, so files larger
 * than memory can be written. Atomic (temp file in the same folder, renamed when complete).
 */
import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { planHeader } from './build-header.js';
import type { TensorSpec } from './build-header.js';
import { SafetensorsError } from './errors.js';

/** A tensor whose bytes come from `produce()`, called once, in sorted-name order. */
export interface StreamTensorInput extends TensorSpec {
  /** Chunks of raw little-endian bytes totalling exactly shape × dtype size. */
  produce: () => AsyncIterable<Uint8Array> | Iterable<Uint8Array>;
}

export async function writeSafetensorsStream(
  path: string,
  tensors: readonly StreamTensorInput[],
  metadata?: Readonly<Record<string, string>>,
): Promise<{ bytes: number }> {
  const plan = planHeader(tensors, metadata, path);
  const byName = new Map(tensors.map((t) => [t.name, t]));
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const handle = await open(tmp, 'w');
  try {
    let position = 0;
    const write = async (chunk: Uint8Array): Promise<void> => {
      let done = 0;
      while (done < chunk.length) {
        const { bytesWritten } = await handle.write(chunk, done, chunk.length - done, position + done);
        done += bytesWritten;
      }
      position += chunk.length;
    };
    await write(plan.prefix);
    for (const p of plan.tensors) {
      const want = p.end - p.begin;
      let got = 0;
      for await (const chunk of byName.get(p.name)!.produce()) {
        got += chunk.length;
        if (got > want) break;
        await write(chunk);
      }
      if (got !== want) {
        throw new SafetensorsError(
          'ST_WRITE_INVALID',
          `producer gave ${got > want ? 'more than' : got} bytes, shape [${p.shape.join(', ')}] of ${p.dtype} needs ${want}`,
          {
            file: path,
            tensor: p.name,
            hint: "the producer must yield exactly the tensor's bytes",
          },
        );
      }
    }
    await handle.close();
    await rename(tmp, path);
    return { bytes: position };
  } catch (e) {
    await handle.close().catch(() => undefined);
    await rm(tmp, { force: true });
    throw e;
  }
}
