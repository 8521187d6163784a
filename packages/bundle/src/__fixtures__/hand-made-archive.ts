/**
 * Test fixture: archives built entry by entry with node-tar's `Header` API, so tests can make
 * exactly the hostile headers a real attacker would (absolute paths, links, devices, lying sizes),
 * plus a minimal schema-valid bundle manifest listing given files.
 */
import { gzipSync } from 'node:zlib';
import { MLPACK_VERSION, sha256Bytes } from '@mlpack/core';
import type { BundleManifest } from '@mlpack/schema';
import { Header, Pax } from 'tar';
import type { HeaderData } from 'tar';

export interface RawEntry {
  path: string;
  /** node-tar type name (default `File`). */
  type?: HeaderData['type'];
  /** Content (files). */
  body?: Uint8Array | string;
  /** Size written in the header (default: the body's length). */
  size?: number;
  linkpath?: string;
  /** Mode written in the header (default 0644 for files, 0755 for directories). */
  mode?: number;
  /** A pax extended header (`x`) written just before this entry, e.g. `{ path }` overriding the ustar name. */
  pax?: { path?: string; linkpath?: string };
  /** A global pax header (`g`) written just before this entry (and any `pax`). */
  globalPax?: { path?: string };
}

/** Serialize entries as a tar stream (no validation at all) and gzip it. */
export function handMadeTarGz(entries: readonly RawEntry[]): Buffer {
  return gzipSync(handMadeTar(entries));
}

export function handMadeTar(entries: readonly RawEntry[]): Buffer {
  const parts: Buffer[] = [];
  for (const e of entries) {
    const body = e.body === undefined ? Buffer.alloc(0) : Buffer.from(e.body);
    const type = e.type ?? 'File';
    const header = new Header({
      path: e.path,
      type,
      size: e.size ?? (type === 'File' ? body.length : 0),
      mode: e.mode ?? (type === 'Directory' ? 0o755 : 0o644),
      uid: 0,
      gid: 0,
      mtime: new Date(0),
      ...(e.linkpath !== undefined ? { linkpath: e.linkpath } : {}),
    });
    if (e.globalPax) parts.push(new Pax({ ...e.globalPax, mtime: new Date(0) }, true).encode());
    if (e.pax) parts.push(new Pax({ ...e.pax, mtime: new Date(0) }).encode());
    const block = Buffer.alloc(512);
    header.encode(block, 0);
    parts.push(block);
    if (body.length > 0) {
      parts.push(body, Buffer.alloc((512 - (body.length % 512)) % 512));
    }
  }
  parts.push(Buffer.alloc(1024));
  return Buffer.concat(parts);
}

/** A schema-valid bundle manifest (kind bundle) whose `files` are exactly `files`, hashed. */
export function manifestFor(files: Record<string, Uint8Array | string>): BundleManifest {
  return {
    manifest_version: 1,
    kind: 'bundle',
    name: 'hostile-test',
    version: '1.0.0',
    tool: { name: 'mlpack', version: MLPACK_VERSION },
    layout: 'transformers.js',
    source: { model_type: 'bert', architecture: 'BertModel', task: 'feature-extraction', files: [] },
    task: 'feature-extraction',
    options: {},
    targets: [{ format: 'onnx', opset: 17, ir_version: 8, path: 'onnx/model.onnx' }],
    signature: {
      inputs: [{ name: 'input_ids', dtype: 'int64', shape: ['batch_size', 'sequence_length'] }],
      outputs: [{ name: 'last_hidden_state', dtype: 'float32', shape: ['batch_size', 'sequence_length', 4] }],
    },
    files: Object.keys(files)
      .sort()
      .map((path) => {
        const b = Buffer.from(files[path]!);
        return { path, size: b.length, sha256: sha256Bytes(b) };
      }),
    io_schema: { request: { type: 'object' }, response: { type: 'object' } },
    goldens: {
      format: 'mlpack-golden',
      version: 1,
      inputs: { input_ids: { dtype: 'int64', dims: [1, 1], data: [5] } },
      outputs: { last_hidden_state: { dtype: 'float32', dims: [1, 1, 4], data: [0, 0, 0, 0] } },
    },
  };
}

/** mlpack.json bytes as the bundler writes them. */
export function manifestBytes(m: BundleManifest): Buffer {
  return Buffer.from(`${JSON.stringify(m, null, 2)}\n`);
}
