import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { sha256File } from '@mlpack/core';
import { compareCodePoints } from './python-json.js';

/** sha256 of every regular file under `dir`, by `/`-separated relative path, sorted. */
export async function hashTree(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const walk = async (rel: string): Promise<void> => {
    const entries = await readdir(join(dir, rel), { withFileTypes: true });
    entries.sort((a, b) => compareCodePoints(a.name, b.name));
    for (const e of entries) {
      const path = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) await walk(path);
      else if (e.isFile()) out.set(path, await sha256File(join(dir, path)));
      else out.set(path, `not a regular file`);
    }
  };
  await walk('');
  return out;
}

export interface TreeDifference {
  /** In `expected` only. */
  missing: string[];
  /** In `actual` only. */
  extra: string[];
  /** In both, with different bytes. */
  changed: string[];
}

/** Compare two `hashTree` results. */
export function diffTrees(expected: ReadonlyMap<string, string>, actual: ReadonlyMap<string, string>): TreeDifference {
  const missing = [...expected.keys()].filter((k) => !actual.has(k));
  const extra = [...actual.keys()].filter((k) => !expected.has(k));
  const changed = [...expected.keys()].filter((k) => actual.has(k) && actual.get(k) !== expected.get(k));
  return { missing, extra, changed };
}
