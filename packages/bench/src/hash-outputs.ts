import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { sha256Bytes, sha256File } from '@mlpack/core';

/** Every file of an output tree with its sha256. */
export interface OutputHashes {
  /** sha256 (hex) by `/`-separated relative path, keys sorted. */
  sha256: Record<string, string>;
  /** Total bytes of the files. */
  bytes: number;
}

/** Hash every file under `dir` (streaming; memory stays flat whatever the sizes). */
export async function hashOutputs(dir: string): Promise<OutputHashes> {
  const files: string[] = [];
  const walk = async (rel: string): Promise<void> => {
    const entries = await readdir(join(dir, rel), { withFileTypes: true });
    for (const e of entries) {
      const path = rel === '' ? e.name : `${rel}/${e.name}`;
      if (e.isDirectory()) await walk(path);
      else files.push(path);
    }
  };
  await walk('');
  files.sort();
  const sha256: Record<string, string> = {};
  let bytes = 0;
  for (const f of files) {
    const abs = join(dir, ...f.split('/'));
    bytes += (await stat(abs)).size;
    sha256[f] = await sha256File(abs);
  }
  return { sha256, bytes };
}

/** Paths whose hash differs between `a` and `b`, or that only one of them has (sorted). */
export function diffHashes(a: Readonly<Record<string, string>>, b: Readonly<Record<string, string>>): string[] {
  const paths = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...paths].filter((p) => a[p] !== b[p]).sort();
}

/** One sha256 over a whole tree: of the lines `<sha256>  <path>\n` in path order (sha256sum's layout). */
export function treeDigest(hashes: Readonly<Record<string, string>>): string {
  return sha256Bytes(
    Object.keys(hashes)
      .sort()
      .map((p) => `${hashes[p]}  ${p}\n`)
      .join(''),
  );
}
