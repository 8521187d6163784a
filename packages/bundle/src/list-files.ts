import { lstat, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { BundleProblem } from './bundle-problem.js';

/** A regular file found under a folder. */
export interface ListedFile {
  /** Relative path with forward slashes. */
  path: string;
  size: number;
}

export interface FileListing {
  /** Regular files, sorted by path (JavaScript string order, as manifests are). */
  files: ListedFile[];
  /** Symlinks and special files (FIFOs, sockets, devices): never followed, never bundled. */
  problems: BundleProblem[];
}

/**
 * Every regular file under `root` (recursively), by lstat: a symlink is reported, not followed, so
 * nothing outside `root` can slip into a bundle or a verification.
 */
export async function listFiles(root: string): Promise<FileListing> {
  const files: ListedFile[] = [];
  const problems: BundleProblem[] = [];
  const walk = async (rel: string): Promise<void> => {
    const entries = await readdir(rel === '' ? root : join(root, ...rel.split('/')), { withFileTypes: true });
    for (const e of entries.sort((a, b) => cmp(a.name, b.name))) {
      const path = rel === '' ? e.name : `${rel}/${e.name}`;
      if (e.isSymbolicLink()) {
        problems.push({ code: 'BUNDLE_SYMLINK', file: path, message: 'is a symbolic link', hint: 'replace the link with the file it points to' });
      } else if (e.isDirectory()) {
        await walk(path);
      } else if (e.isFile()) {
        files.push({ path, size: (await lstat(join(root, ...path.split('/')))).size });
      } else {
        problems.push({ code: 'BUNDLE_NOT_REGULAR_FILE', file: path, message: 'is not a regular file (FIFO, socket or device)', hint: 'remove it' });
      }
    }
  };
  await walk('');
  files.sort((a, b) => cmp(a.path, b.path));
  return { files, problems };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
