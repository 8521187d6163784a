import { join } from 'node:path';
import { sha256File } from '@mlpack/core';
import type { ManifestFile } from '@mlpack/schema';
import type { BundleProblem } from './bundle-problem.js';
import { listFiles } from './list-files.js';

export interface CheckFilesOptions {
  /** Files present in the folder but deliberately absent from `expected` (mlpack.json and its signature). */
  unlisted?: ReadonlySet<string>;
}

/**
 * Compare a folder with the file list of its manifest: every listed file present with its size and
 * sha256, nothing else present (symlinks and special files count as problems). Problems are sorted
 * by file; an empty result means the folder is exactly what the manifest says.
 */
export async function checkFiles(root: string, expected: readonly ManifestFile[], options: CheckFilesOptions = {}): Promise<BundleProblem[]> {
  const listing = await listFiles(root);
  const problems: BundleProblem[] = [...listing.problems];
  const present = new Map(listing.files.map((f) => [f.path, f.size]));
  const listed = new Set(expected.map((f) => f.path));
  for (const f of expected) {
    const size = present.get(f.path);
    if (size === undefined) {
      problems.push({ code: 'BUNDLE_FILE_MISSING', file: f.path, message: 'is listed in the manifest but missing' });
    } else if (size !== f.size) {
      problems.push({ code: 'BUNDLE_FILE_MODIFIED', file: f.path, message: `has ${size} bytes, the manifest says ${f.size}` });
    } else {
      const sha = await sha256File(join(root, ...f.path.split('/')));
      if (sha !== f.sha256) {
        problems.push({ code: 'BUNDLE_FILE_MODIFIED', file: f.path, message: `sha256 ${sha} differs from the manifest's ${f.sha256}` });
      }
    }
  }
  for (const f of listing.files) {
    if (!listed.has(f.path) && !options.unlisted?.has(f.path)) {
      problems.push({
        code: 'BUNDLE_FILE_UNLISTED',
        file: f.path,
        message: 'is not listed in the manifest',
        hint: 'remove it; a bundle holds exactly the files its manifest lists',
      });
    }
  }
  return problems.sort((a, b) => ((a.file ?? '') < (b.file ?? '') ? -1 : (a.file ?? '') > (b.file ?? '') ? 1 : 0));
}
