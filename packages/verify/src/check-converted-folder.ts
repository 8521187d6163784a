import { lstat, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { sha256File } from '@mlpack/core';
import type { VerifyErrorCode } from './verify-error.js';
import { VerifyError } from './verify-error.js';

/** A file entry of a conversion manifest. */
export interface ListedOutputFile {
  path: string;
  size: number;
  sha256: string;
}

interface Problem {
  code: VerifyErrorCode;
  file: string;
  message: string;
}

/** Entries walked at most: a converted folder holds a few dozen files. */
const MAX_WALK_ENTRIES = 100_000;

/**
 * Before anything in a converted folder is loaded: it must be exactly what its `mlpack.json`
 * lists (every file present with the listed size and sha256, nothing else but `mlpack.json`
 * itself, no symlinks, FIFOs or devices: they are never followed or opened). Throws the first
 * problem (`VERIFY_FILE_*`) with the count of the others.
 */
export async function checkConvertedFolder(dir: string, files: readonly ListedOutputFile[], manifestFile: string): Promise<void> {
  const problems: Problem[] = [];
  const found = new Map<string, number>();
  let seen = 0;
  const walk = async (rel: string): Promise<void> => {
    const names = (await readdir(rel === '' ? dir : join(dir, ...rel.split('/')))).sort();
    for (const name of names) {
      if (++seen > MAX_WALK_ENTRIES) throw new VerifyError('VERIFY_FILE_UNLISTED', `more than ${MAX_WALK_ENTRIES} entries`, { file: dir });
      const path = rel === '' ? name : `${rel}/${name}`;
      const st = await lstat(join(dir, ...path.split('/')));
      if (st.isSymbolicLink()) problems.push({ code: 'VERIFY_FILE_NOT_REGULAR', file: path, message: 'is a symbolic link (never followed)' });
      else if (st.isDirectory()) await walk(path);
      else if (st.isFile()) found.set(path, st.size);
      else problems.push({ code: 'VERIFY_FILE_NOT_REGULAR', file: path, message: 'is not a regular file (FIFO, socket or device)' });
    }
  };
  await walk('');
  const listed = new Set(files.map((f) => f.path));
  for (const f of files) {
    const size = found.get(f.path);
    if (size === undefined) {
      if (!problems.some((p) => p.file === f.path))
        problems.push({ code: 'VERIFY_FILE_MISSING', file: f.path, message: `is listed in ${manifestFile} but missing` });
    } else if (size !== f.size) {
      problems.push({ code: 'VERIFY_FILE_MODIFIED', file: f.path, message: `has ${size} bytes, ${manifestFile} says ${f.size}` });
    } else {
      const sha = await sha256File(join(dir, ...f.path.split('/')));
      if (sha !== f.sha256) problems.push({ code: 'VERIFY_FILE_MODIFIED', file: f.path, message: `sha256 ${sha} differs from ${manifestFile}'s ${f.sha256}` });
    }
  }
  for (const path of [...found.keys()].sort()) {
    if (!listed.has(path) && path !== manifestFile) problems.push({ code: 'VERIFY_FILE_UNLISTED', file: path, message: `is not listed in ${manifestFile}` });
  }
  if (problems.length === 0) return;
  problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const first = problems[0]!;
  throw new VerifyError(first.code, `${first.message}${problems.length > 1 ? ` (and ${problems.length - 1} more problems)` : ''}`, {
    file: join(dir, first.file),
    hint: 'the converted folder no longer matches its mlpack.json; convert again (nothing in it was run)',
  });
}
