import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import { basename, dirname, join, parse, relative, resolve, sep } from 'node:path';
import { FsError } from './fs.js';

/**
 * The one guard against an output that reaches an input: every command that writes compares each
 * input/output pair by real path (every symlink resolved, also in the parts of the output path that
 * do not exist yet) and by device + inode (which also catches bind mounts and other aliases that
 * real paths cannot see).
 */

/** Where a path really is. */
export interface RealLocation {
  /** Absolute path with every existing symlink resolved (the missing tail appended as given). */
  real: string;
  /** Device + inode of the path itself when it exists (`dev:ino`). */
  id: string | undefined;
  /** Device + inode of every existing ancestor directory, nearest first. */
  ancestorIds: string[];
}

const idOf = (st: { dev: bigint; ino: bigint }): string => `${st.dev}:${st.ino}`;

/**
 * Resolve `path` as far as it exists: the deepest existing ancestor through `realpath`, the rest
 * appended. So `alias/out` where `alias` → `model` is `…/model/out` even before `out` exists.
 */
export async function realLocation(path: string): Promise<RealLocation> {
  const abs = resolve(path);
  const tail: string[] = [];
  let head = abs;
  let real: string | undefined;
  for (;;) {
    real = await realpath(head).catch(() => undefined);
    if (real !== undefined) break;
    const up = dirname(head);
    if (up === head) {
      real = head;
      break;
    }
    tail.unshift(basename(head));
    head = up;
  }
  const full = tail.length > 0 ? join(real, ...tail) : real;
  const own = tail.length === 0 ? await stat(full, { bigint: true }).catch(() => undefined) : undefined;
  const ancestorIds: string[] = [];
  for (let d = tail.length === 0 ? dirname(full) : real; ; d = dirname(d)) {
    const st = await stat(d, { bigint: true }).catch(() => undefined);
    if (st) ancestorIds.push(idOf(st));
    if (d === parse(d).root) break;
  }
  return { real: full, id: own ? idOf(own) : undefined, ancestorIds };
}

/** `a` is `b` or lies inside it (by path). */
function within(a: string, b: string): boolean {
  const rel = relative(b, a);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !rel.startsWith(sep) && !/^[a-zA-Z]:/.test(rel));
}

/** How an output reaches an input, or undefined when it does not. */
export interface Overlap {
  input: string;
  output: string;
  /** `same`: one path; `output-contains-input`: replacing the output would delete the input; `input-contains-output`: the output would be written into an input folder. */
  kind: 'same' | 'output-contains-input' | 'input-contains-output';
}

/**
 * The first input that `output` is, contains, or lies inside (real paths, then device + inode of
 * the paths and of their ancestors), or undefined. Inputs that do not exist are skipped (the
 * command reports them itself).
 */
export async function findOverlap(output: string, inputs: readonly string[]): Promise<Overlap | undefined> {
  const out = await realLocation(output);
  for (const input of inputs) {
    const inp = await realLocation(input);
    if (inp.id === undefined) continue;
    const same = inp.real === out.real || (out.id !== undefined && out.id === inp.id);
    if (same) return { input, output, kind: 'same' };
    if (within(inp.real, out.real) || (out.id !== undefined && inp.ancestorIds.includes(out.id))) {
      return { input, output, kind: 'output-contains-input' };
    }
    if (within(out.real, inp.real) || out.ancestorIds.includes(inp.id)) return { input, output, kind: 'input-contains-output' };
  }
  return undefined;
}

/** Overlap → the message of the refusal. */
export function describeOverlap(o: Overlap): string {
  switch (o.kind) {
    case 'same':
      return `the output ${o.output} is the input ${o.input} (after resolving symlinks)`;
    case 'output-contains-input':
      return `the output ${o.output} contains the input ${o.input}: replacing it would delete the input`;
    case 'input-contains-output':
      return `the output ${o.output} lies inside the input ${o.input}`;
  }
}

/**
 * Refuse (`OUTPUT_OVERLAPS_INPUT`, exit 2) an output that is, contains or lies inside an input.
 * `what` names the option in the hint (e.g. `-o`).
 */
export async function refuseOverlap(output: string, inputs: readonly string[], options: { what?: string } = {}): Promise<void> {
  const o = await findOverlap(output, inputs);
  if (o) {
    throw new FsError('OUTPUT_OVERLAPS_INPUT', describeOverlap(o), {
      file: output,
      hint: `choose ${options.what ?? 'an output path'} outside every input`,
      exitCode: 2,
    });
  }
}

/** Most entries `scanForInputs` looks at before giving up (it then cannot prove anything). */
export const MAX_SCAN_ENTRIES = 200_000;

/**
 * Prove that the existing directory `dir` (about to be replaced by `--force`) holds none of the
 * inputs: walk it without following symlinks (as the removal will) and compare the device + inode
 * of every entry with those of the inputs (input folders, files). A bind-mounted or hard-linked
 * input inside it is found this way. Throws `OUTPUT_OVERLAPS_INPUT` when one is found, or when the
 * tree has more than `MAX_SCAN_ENTRIES` entries and so cannot be checked.
 */
export async function refuseInputsInside(dir: string, inputs: readonly string[]): Promise<void> {
  const wanted = new Map<string, string>();
  for (const input of inputs) {
    const st = await stat(input, { bigint: true }).catch(() => undefined);
    if (st) wanted.set(idOf(st), input);
  }
  if (wanted.size === 0) return;
  let seen = 0;
  const stack = [dir];
  while (stack.length > 0) {
    const d = stack.pop()!;
    const names = await readdir(d).catch(() => [] as string[]);
    for (const name of names) {
      if (++seen > MAX_SCAN_ENTRIES) {
        throw new FsError('OUTPUT_OVERLAPS_INPUT', `cannot prove that ${dir} holds none of the inputs (more than ${MAX_SCAN_ENTRIES} entries)`, {
          file: dir,
          hint: 'remove it yourself, or choose another output path',
          exitCode: 2,
        });
      }
      const p = join(d, name);
      const st = await lstat(p, { bigint: true }).catch(() => undefined);
      if (!st) continue;
      const hit = wanted.get(idOf(st));
      if (hit !== undefined) {
        throw new FsError('OUTPUT_OVERLAPS_INPUT', `the output ${dir} holds the input ${hit} (as ${p}): replacing it would delete the input`, {
          file: dir,
          hint: 'choose an output path outside every input',
          exitCode: 2,
        });
      }
      if (st.isDirectory()) stack.push(p);
    }
  }
}
