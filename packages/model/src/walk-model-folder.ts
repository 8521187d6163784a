import type { Dirent, Stats } from 'node:fs';
import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';
import type { Issue } from '@mlpack/core';
import { classifyFile } from './classify-file.js';
import type { FileKind } from './classify-file.js';
import { ModelError } from './errors.js';

/** One file of a model folder. */
export interface ModelFile {
  /** Path relative to the folder, `/`-separated. */
  path: string;
  kind: FileKind;
  /** Size in bytes (of the link target for symlinks; 0 for FIFOs, sockets and devices). */
  size: number;
  /** The entry is a symlink whose target stays inside the folder (or the allowed symlink root). */
  symlink: boolean;
  /** A regular file (false for FIFOs, sockets, devices: never opened). */
  regular: boolean;
}

export interface WalkOptions {
  /**
   * Directory symlinked files may resolve into (default: the folder itself). E.g. for a Hugging Face
   * cache snapshot, `…/models--org--name`, whose `blobs/` the snapshot's links point at.
   */
  symlinkRoot?: string;
}

export interface WalkResult {
  /** Files we may use, sorted by path. */
  files: ModelFile[];
  /** Files that must not be read (escaping or broken links, special files we would have to read). */
  rejected: { path: string; kind: FileKind }[];
  issues: Issue[];
}

/** A model folder holds tens of files; a walk this large means the wrong directory was given. */
export const MAX_WALK_ENTRIES = 100_000;
/** Deepest sub-folder nesting we walk (real repos nest 1–2 levels: `1_Pooling/`, `onnx/`). */
export const MAX_WALK_DEPTH = 16;

/** Kinds whose bytes `readModelFolder` reads: such a file must be a regular file. */
const READ_KINDS: ReadonlySet<FileKind> = new Set<FileKind>(['safetensors', 'safetensors-index', 'config', 'generation-config', 'tokenizer']);

/**
 * Walk a model folder recursively in sorted order and classify every file. Hidden directories
 * (`.git`, `.cache`) are skipped. Symlinks are resolved without reading through them: one that
 * lands outside the folder is `SYMLINK_ESCAPES` (error) and the file is never opened; links to
 * directories are not followed. Nothing but `lstat`/`stat`/`realpath`/`readdir` touches the disk.
 */
export async function walkModelFolder(dir: string, options: WalkOptions = {}): Promise<WalkResult> {
  const rootStat = await stat(dir).catch((e: NodeJS.ErrnoException) => {
    throw new ModelError('MODEL_DIR_NOT_FOUND', `model folder not found (${e.code ?? e.message})`, {
      file: dir,
      hint: 'pass the path of a folder holding config.json and model.safetensors',
      exitCode: 2,
      cause: e,
    });
  });
  if (!rootStat.isDirectory()) {
    throw new ModelError('MODEL_DIR_NOT_A_DIRECTORY', 'model path is not a directory', {
      file: dir,
      hint: 'pass the folder that holds config.json, not a file inside it',
      exitCode: 2,
    });
  }
  const realRoot = await realpath(dir);
  const allowedRoot = options.symlinkRoot === undefined ? realRoot : await realpath(options.symlinkRoot);

  const files: ModelFile[] = [];
  const rejected: WalkResult['rejected'] = [];
  const issues: Issue[] = [];
  let seen = 0;

  const visit = async (absDir: string, relDir: string, depth: number): Promise<void> => {
    const entries: Dirent[] = await readdir(absDir, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (++seen > MAX_WALK_ENTRIES) {
        throw new ModelError('MODEL_FOLDER_TOO_LARGE', `more than ${MAX_WALK_ENTRIES} entries`, {
          file: dir,
          hint: 'point mlpack at the model folder itself, not a parent directory',
        });
      }
      const rel = relDir === '' ? entry.name : `${relDir}/${entry.name}`;
      const abs = join(absDir, entry.name);
      const kind = classifyFile(rel);
      const own = await lstat(abs);

      if (own.isDirectory()) {
        if (entry.name.startsWith('.')) continue;
        if (depth + 1 > MAX_WALK_DEPTH) {
          throw new ModelError('MODEL_FOLDER_TOO_LARGE', `folders nested deeper than ${MAX_WALK_DEPTH} levels`, {
            file: rel,
            hint: 'point mlpack at the model folder itself',
          });
        }
        await visit(abs, rel, depth + 1);
        continue;
      }

      let target: Stats = own;
      let symlink = false;
      if (own.isSymbolicLink()) {
        symlink = true;
        const resolved = await realpath(abs).catch(() => undefined);
        if (resolved === undefined) {
          issues.push({
            severity: 'error',
            code: 'SYMLINK_BROKEN',
            file: rel,
            message: 'symlink points at nothing (or a link loop)',
            hint: 'replace the link with the file it should point at',
          });
          rejected.push({ path: rel, kind });
          continue;
        }
        if (!isWithin(allowedRoot, resolved)) {
          issues.push({
            severity: 'error',
            code: 'SYMLINK_ESCAPES',
            file: rel,
            message: `symlink resolves outside the model folder (to ${resolved}); it is never read`,
            hint: 'copy the real file into the folder instead of linking to it',
          });
          rejected.push({ path: rel, kind });
          continue;
        }
        // A link that makes a file named like a pickle (never opened) readable under another name
        // (e.g. model.safetensors → blob.bin) is refused: "never opened" must stay true.
        const targetKind = classifyFile(relative(realRoot, resolved).split(sep).join('/'));
        if (kind !== 'pickle' && (targetKind === 'pickle' || targetKind === 'pickle-index') && isWithin(realRoot, resolved)) {
          issues.push({
            severity: 'error',
            code: 'SYMLINK_TO_PICKLE',
            file: rel,
            message: `symlink resolves to ${relative(realRoot, resolved).split(sep).join('/')}, a file named like a pickle, which mlpack never opens; it is not read through the link either`,
            hint: 'give the weights file a .safetensors name instead of linking to it',
          });
          rejected.push({ path: rel, kind });
          continue;
        }
        target = await stat(abs);
        if (target.isDirectory()) {
          issues.push({
            severity: 'info',
            code: 'SYMLINK_DIR_SKIPPED',
            file: rel,
            message: 'symlinked directory not followed',
          });
          continue;
        }
      }

      const regular = target.isFile();
      if (!regular && READ_KINDS.has(kind)) {
        issues.push({
          severity: 'error',
          code: 'NOT_A_REGULAR_FILE',
          file: rel,
          message: `${kind} file is not a regular file (FIFO, socket or device); it is never opened`,
          hint: 'replace it with a regular file',
        });
        rejected.push({ path: rel, kind });
        continue;
      }
      files.push({ path: rel, kind, size: regular ? target.size : 0, symlink, regular });
    }
  };

  await visit(dir, '', 0);
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files, rejected, issues };
}

function isWithin(root: string, p: string): boolean {
  const back = relative(root, p);
  return !isAbsolute(back) && back !== '..' && !back.startsWith(`..${sep}`);
}
