/**
 * Safetensors reader benchmark: (a) header parse time of a 1,000-tensor file, (b) streaming read
 * throughput of a ~400 MB file against a plain kernel copy of the same file, measured in one run.
 */
import { copyFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openSafetensors, writeSafetensors, writeSafetensorsStream } from '@mlpack/safetensors';
import type { StreamTensorInput, TensorInput } from '@mlpack/safetensors';
import { median } from './median.js';

export interface SafetensorsBenchResult {
  /** Median time to open (bounded read + validate) the header of a 1,000-tensor file, in ms. */
  headerParseMs1000: number;
  /** Streaming read throughput (iterate every tensor), MB/s (10^6 bytes). */
  readMBps: number;
  /** `fs.copyFile` (no reflink) throughput of the same file, MB/s. */
  cpMBps: number;
  /** readMBps / cpMBps. */
  readOverCp: number;
  /** Size of the throughput file in bytes. */
  fileBytes: number;
}

export interface SafetensorsBenchOptions {
  /** Approximate size of the throughput file (default ~400 MB). */
  targetBytes?: number;
  /** Timed repetitions per measurement; the median is reported (default 5 for parse, 3 for throughput). */
  runs?: number;
}

/** Tensors in the header-parse file: the size of a mid-sized transformer's state dict. */
const HEADER_BENCH_TENSORS = 1000;
/** Default throughput file size: large enough that per-call overhead vanishes, small enough for CI disks. */
const DEFAULT_TARGET_BYTES = 400 * 1000 * 1000;
/** Tensor size in the throughput file: 4 MiB, a typical transformer weight matrix. */
const TENSOR_BYTES = 4 * 1024 * 1024;
/** `fs.copyFile` mode 0: no COPYFILE_FICLONE, so the copy moves every byte (no reflink shortcut). */
const COPY_WITHOUT_REFLINK = 0;

export async function benchSafetensors(workDir: string, options: SafetensorsBenchOptions = {}): Promise<SafetensorsBenchResult> {
  const headerFile = join(workDir, 'bench-1000-tensors.safetensors');
  const bigFile = join(workDir, 'bench-throughput.safetensors');
  const copyTarget = join(workDir, 'bench-throughput.copy');
  try {
    const headerParseMs1000 = await benchHeaderParse(headerFile, options.runs ?? 5);
    const targetBytes = options.targetBytes ?? DEFAULT_TARGET_BYTES;
    await writeThroughputFile(bigFile, targetBytes);
    const fileBytes = (await stat(bigFile)).size;
    const runs = options.runs ?? 3;
    const readTimes: number[] = [];
    const copyTimes: number[] = [];
    await streamAll(bigFile); // warm the page cache so both sides read from the same state
    for (let i = 0; i < runs; i++) {
      // Alternate the two so drifts in machine load hit both alike.
      let t0 = performance.now();
      await copyFile(bigFile, copyTarget, COPY_WITHOUT_REFLINK);
      copyTimes.push(performance.now() - t0);
      await rm(copyTarget, { force: true });
      t0 = performance.now();
      const bytes = await streamAll(bigFile);
      readTimes.push(performance.now() - t0);
      if (bytes > fileBytes) throw new Error(`read ${bytes} bytes from a ${fileBytes}-byte file`);
    }
    const readMBps = fileBytes / 1e6 / (median(readTimes) / 1000);
    const cpMBps = fileBytes / 1e6 / (median(copyTimes) / 1000);
    return { headerParseMs1000, readMBps, cpMBps, readOverCp: readMBps / cpMBps, fileBytes };
  } finally {
    await Promise.all([headerFile, bigFile, copyTarget].map((f) => rm(f, { force: true })));
  }
}

async function benchHeaderParse(path: string, runs: number): Promise<number> {
  const tensors: TensorInput[] = [];
  for (let i = 0; i < HEADER_BENCH_TENSORS; i++) {
    const layer = Math.floor(i / 10);
    tensors.push({ name: `model.layers.${layer}.block.${i % 10}.weight`, dtype: 'F32', shape: [2, 2], data: new Uint8Array(16) });
  }
  await writeSafetensors(path, tensors, { format: 'pt' });
  const once = async (): Promise<number> => {
    const t0 = performance.now();
    const f = await openSafetensors(path);
    const ms = performance.now() - t0;
    if (f.tensors.length !== HEADER_BENCH_TENSORS) throw new Error(`expected ${HEADER_BENCH_TENSORS} tensors, got ${f.tensors.length}`);
    await f.close();
    return ms;
  };
  await once(); // warm-up: JIT and page cache
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await once());
  return median(times);
}

/** Write ~targetBytes of F32 tensors from one reused chunk: memory stays at one tensor. */
async function writeThroughputFile(path: string, targetBytes: number): Promise<void> {
  const chunk = new Uint8Array(Math.min(TENSOR_BYTES, targetBytes));
  for (let i = 0; i < chunk.length; i++) chunk[i] = (i * 131) & 0xff;
  const count = Math.max(1, Math.round(targetBytes / chunk.length));
  const elements = chunk.length / 4;
  const tensors: StreamTensorInput[] = [];
  for (let i = 0; i < count; i++) {
    tensors.push({ name: `w.${String(i).padStart(5, '0')}`, dtype: 'F32', shape: [elements], produce: () => [chunk] });
  }
  await writeSafetensorsStream(path, tensors);
}

/** Iterate every tensor of the file (one ranged read each); returns the bytes read. */
async function streamAll(path: string): Promise<number> {
  const f = await openSafetensors(path);
  let bytes = 0;
  try {
    for await (const { data } of f.iterate()) bytes += data.length;
  } finally {
    await f.close();
  }
  return bytes;
}
