import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

/** Every regular file under `root`, as `/`-separated relative paths, sorted (byte order). */
export async function listFiles(root: string, prefix = ''): Promise<{ path: string }[]> {
  const out: { path: string }[] = [];
  const entries = await readdir(join(root, prefix), { withFileTypes: true });
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...(await listFiles(root, rel)));
    else if (e.isFile()) out.push({ path: rel });
  }
  return out;
}
