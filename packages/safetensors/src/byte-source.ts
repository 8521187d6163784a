/**
 * Where the reader gets bytes from: ranged reads only, never a whole file. A file handle in
 * production; tests substitute an in-memory source that checks every request is within the file.
 */
import { open } from 'node:fs/promises';
import { readExactly } from '@mlpack/core';
import { SafetensorsError } from './errors.js';

export interface ByteSource {
  /** Size in bytes, fixed when the source was opened. */
  readonly size: number;
  /** Exactly `length` bytes at `position` (a new buffer), or a `SafetensorsError` if the file shrank. */
  read(position: number, length: number): Promise<Uint8Array>;
  close(): Promise<void>;
}

/** Open `path` for ranged reads. I/O failures become `ST_IO` errors naming `file`. */
export async function openFileSource(path: string, file: string = path): Promise<ByteSource> {
  let handle: Awaited<ReturnType<typeof open>>;
  let size: number;
  try {
    handle = await open(path, 'r');
  } catch (e) {
    throw ioError(e, file, 'cannot open file');
  }
  try {
    const st = await handle.stat();
    if (!st.isFile()) throw new SafetensorsError('ST_IO', 'not a regular file', { file, hint: 'pass the path of a .safetensors file' });
    size = st.size;
  } catch (e) {
    await handle.close();
    throw e instanceof SafetensorsError ? e : ioError(e, file, 'cannot stat file');
  }
  let closed = false;
  return {
    size,
    async read(position, length) {
      if (closed) throw new SafetensorsError('ST_CLOSED', 'read after close', { file, hint: 'open the file again' });
      let bytes: Uint8Array;
      try {
        bytes = await readExactly(handle, position, length);
      } catch (e) {
        throw ioError(e, file, `cannot read ${length} bytes at ${position}`);
      }
      if (bytes.length !== length) {
        throw new SafetensorsError('ST_TRUNCATED', `file shrank while open: wanted ${length} bytes at ${position}, got ${bytes.length}`, {
          file,
          offset: position + bytes.length,
          hint: 'another process truncated the file; retry when it is complete',
        });
      }
      return bytes;
    },
    async close() {
      if (closed) return;
      closed = true;
      await handle.close();
    },
  };
}

function ioError(e: unknown, file: string, what: string): SafetensorsError {
  const code = (e as { code?: unknown } | null)?.code;
  return new SafetensorsError('ST_IO', `${what}${typeof code === 'string' ? ` (${code})` : ''}`, {
    file,
    cause: e,
    hint: code === 'ENOENT' ? 'check the path' : 'check that the file is readable',
  });
}
