import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sha256Bytes } from '@mlpack/core';
import { makeTempDir, removeTempDir } from '@mlpack/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { diffHashes, hashOutputs, treeDigest } from './hash-outputs.js';

/** sha256("abc"), FIPS 180-2 appendix B.1. */
const SHA256_ABC = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';
/** sha256 of the empty string. */
const SHA256_EMPTY = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir('mlpack-bench-hash-');
});
afterEach(async () => {
  await removeTempDir(dir);
});

describe('hashOutputs', () => {
  it('hashes every file of the tree by relative path, sorted, and sums their sizes', async () => {
    await mkdir(join(dir, 'onnx', 'deep'), { recursive: true });
    await writeFile(join(dir, 'onnx', 'model.onnx'), 'abc');
    await writeFile(join(dir, 'onnx', 'deep', 'x'), '');
    await writeFile(join(dir, 'mlpack.json'), 'abcd');
    const h = await hashOutputs(dir);
    expect(Object.keys(h.sha256)).toEqual(['mlpack.json', 'onnx/deep/x', 'onnx/model.onnx']);
    expect(h.sha256['onnx/model.onnx']).toBe(SHA256_ABC);
    expect(h.sha256['onnx/deep/x']).toBe(SHA256_EMPTY);
    expect(h.bytes).toBe(7);
  });
});

describe('diffHashes', () => {
  it('names changed, missing and extra paths', () => {
    expect(diffHashes({ a: '1', b: '2', c: '3' }, { a: '1', b: 'X', d: '4' })).toEqual(['b', 'c', 'd']);
    expect(diffHashes({ a: '1' }, { a: '1' })).toEqual([]);
  });
});

describe('treeDigest', () => {
  it('is the sha256 of sha256sum-style lines in path order', () => {
    expect(treeDigest({ 'b/x': SHA256_EMPTY, a: SHA256_ABC })).toBe(sha256Bytes(`${SHA256_ABC}  a\n${SHA256_EMPTY}  b/x\n`));
  });
});
