import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { makeTempDir, sharedFixture } from '@mlpack/test-utils';

/**
 * Test helper (not part of the package API): a writable copy of a shared fixture folder in a new
 * temp dir, skipping `skip` (relative paths). Files are re-written rather than copied so that the
 * fixtures' read-only modes do not carry over. Returns the temp root and the model folder in it.
 */
export async function copyFixture(name: string, skip: readonly string[] = []): Promise<{ root: string; dir: string }> {
  const root = await makeTempDir('mlpack-model-');
  const dir = join(root, name);
  const copy = async (from: string, to: string, rel: string): Promise<void> => {
    await mkdir(to, { recursive: true });
    for (const e of await readdir(from, { withFileTypes: true })) {
      const r = rel === '' ? e.name : `${rel}/${e.name}`;
      if (skip.includes(r)) continue;
      if (e.isDirectory()) await copy(join(from, e.name), join(to, e.name), r);
      else await writeFile(join(to, e.name), await readFile(join(from, e.name)));
    }
  };
  await copy(sharedFixture(name), dir, '');
  return { root, dir };
}

/** Rewrite a JSON file of a folder through `edit`. */
export async function editJson(dir: string, file: string, edit: (value: Record<string, unknown>) => void): Promise<void> {
  const path = join(dir, file);
  const value = JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>;
  edit(value);
  await writeFile(path, JSON.stringify(value, null, 2));
}

/** `promise`, or a rejection naming `what` after `ms` (the timer is cleared either way). */
export async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not finish within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
