/** Test fixture: an archive's raw entry headers, read with node-tar's `list` (no extraction). */
import { list } from 'tar';
import type { ReadEntry } from 'tar';

export interface ListedEntry {
  path: string;
  type: string;
  size: number;
  mode: number;
  uid: number;
  gid: number;
  uname: string;
  gname: string;
  mtime: number;
}

export async function listArchive(file: string): Promise<ListedEntry[]> {
  const out: ListedEntry[] = [];
  await list({
    file,
    onReadEntry: (e: ReadEntry) => {
      out.push({
        path: e.path,
        type: e.type,
        size: e.size,
        mode: e.mode ?? -1,
        uid: e.uid ?? -1,
        gid: e.gid ?? -1,
        uname: e.uname ?? '',
        gname: e.gname ?? '',
        mtime: e.mtime ? e.mtime.getTime() / 1000 : -1,
      });
    },
  });
  return out;
}
