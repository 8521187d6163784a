import { extract } from 'tar';
import { isErrnoError } from '@mlpack/core';
import type { ReadEntry } from 'tar';
import { checkArchivePath } from './archive-path.js';
import { BundleError } from './bundle-error.js';
import type { ArchiveEntry } from './inspect-archive.js';
import type { UnbundleLimits } from './unbundle-limits.js';
import { DIR_MODE, FILE_MODE } from './write-tar-gz.js';

/**
 * Second pass of the safe extractor: node-tar writes the entries the first pass admitted into
 * `dir` (a fresh staging directory). `strict: true` turns every node-tar warning into an error,
 * and the filter admits only files and directories that the first pass saw with the same path,
 * type and size (re-checking each header), so an archive swapped between the passes cannot get
 * anything else written; the hashes are checked on disk afterwards.
 */
export async function extractArchive(file: string, dir: string, admitted: readonly ArchiveEntry[], limits: UnbundleLimits): Promise<void> {
  const expected = new Map(admitted.map((e) => [e.path, e]));
  const surprises: string[] = [];
  await extract({
    file,
    cwd: dir,
    strict: true,
    preservePaths: false,
    preserveOwner: false,
    noMtime: true,
    unlink: true,
    maxDepth: limits.maxDepth,
    filter: (_path: string, stat: unknown) => {
      const entry = stat as ReadEntry;
      const isDir = entry.type === 'Directory';
      // entry.path is the path node-tar writes to (see inspect-archive); judge that one.
      const verdict = entry.type === 'File' || isDir ? checkArchivePath(entry.path ?? '', isDir) : undefined;
      const want = verdict?.ok ? expected.get(verdict.path) : undefined;
      const ok = want !== undefined && want.type === (isDir ? 'directory' : 'file') && (isDir || want.size === entry.size);
      if (!ok) surprises.push(entry.path ?? '');
      // Bundles carry 0644 files and 0755 directories; never extract setuid/setgid/sticky or executable bits from a header.
      else entry.mode = isDir ? DIR_MODE : FILE_MODE;
      return ok;
    },
  }).catch((cause: unknown) => {
    // A full disk, a read-only target…: the caller maps these to coded filesystem errors naming its output.
    if (isErrnoError(cause) && !/^TAR_/.test(cause.code ?? '')) throw cause;
    throw new BundleError('UNBUNDLE_CORRUPT', `extraction failed: ${cause instanceof Error ? cause.message : String(cause)}`, { file, cause });
  });
  if (surprises.length > 0) {
    throw new BundleError('UNBUNDLE_CORRUPT', `the archive changed while it was being extracted (unexpected entry ${JSON.stringify(surprises[0])})`, { file });
  }
}
