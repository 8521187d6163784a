import { createReadStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { runProcess } from './run-process.js';

/** Read size when warming the page cache: large reads, few syscalls. */
const WARM_READ_BYTES = 4 * 1024 * 1024;

/**
 * Read `path` once from start to end so that later timings (cp and the conversions alike) find it
 * in the page cache. Dropping the cache would need root and would measure the disk, not mlpack.
 * Returns the bytes read.
 */
export async function warmPageCache(path: string): Promise<number> {
  let bytes = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: WARM_READ_BYTES })) bytes += (chunk as Buffer).length;
  return bytes;
}

/**
 * Wall time of `cp src dst` (the baseline a conversion is compared with), ms; `dst` is removed
 * afterwards. On Linux `--reflink=never` makes cp move every byte even on copy-on-write
 * filesystems (btrfs, xfs), where a reflink would make the baseline meaninglessly fast.
 */
export async function timeCopy(src: string, dst: string): Promise<number> {
  const args = process.platform === 'linux' ? ['--reflink=never', src, dst] : [src, dst];
  try {
    const { wallMs } = await runProcess('cp', args);
    return wallMs;
  } finally {
    await rm(dst, { force: true });
  }
}

/**
 * Write dirty pages back to disk (`sync`) so that a timed step does not share the machine with the
 * kernel flushing the previous step's output. The page cache is kept: inputs stay warm. Best effort:
 * where `sync` is missing the timings are just noisier.
 */
export async function flushDirtyPages(): Promise<void> {
  await runProcess('sync', []).catch(() => undefined);
}
