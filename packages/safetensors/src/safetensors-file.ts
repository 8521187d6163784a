/**
 * One open safetensors file: validated header (bounded read: 8 bytes, then N bytes), file-length
 * checks, and lazy ranged reads of tensors through a file handle.
 */
import { HEADER_LENGTH_BYTES } from './constants.js';
import { openFileSource } from './byte-source.js';
import type { ByteSource } from './byte-source.js';
import { decodeToFloat32 } from './dtype-codecs.js';
import { SafetensorsError } from './errors.js';
import { foreignFormatError, parseHeaderJson, readHeaderLength } from './parse-header.js';
import type { SafetensorsHeader, SafetensorsTensorInfo } from './parse-header.js';
import { sniffForeignFormat } from './sniff-foreign-format.js';

/** Bytes read first: the 8-byte length plus enough to tell a pickle/zip/gzip apart from a header. */
const SNIFF_BYTES = 16;

export interface OpenSafetensorsOptions {
  /** Name used in errors (default: the path). */
  file?: string;
}

/** A tensor and its raw little-endian bytes, as yielded by `iterate()`. */
export interface TensorChunk {
  tensor: SafetensorsTensorInfo;
  data: Uint8Array;
}

export class SafetensorsFile {
  /** Tensors in file order. */
  readonly tensors: readonly SafetensorsTensorInfo[];
  private readonly byName: ReadonlyMap<string, SafetensorsTensorInfo>;

  constructor(
    /** Path the file was opened with. */
    readonly path: string,
    /** Name used in errors. */
    readonly file: string,
    /** File size in bytes. */
    readonly size: number,
    readonly header: SafetensorsHeader,
    private readonly source: ByteSource,
  ) {
    this.tensors = header.tensors;
    this.byName = new Map(header.tensors.map((t) => [t.name, t]));
  }

  /** The `__metadata__` map, if any. */
  get metadata(): Readonly<Record<string, string>> | undefined {
    return this.header.metadata;
  }

  /** Tensor names in file order. */
  names(): string[] {
    return this.tensors.map((t) => t.name);
  }

  get(name: string): SafetensorsTensorInfo | undefined {
    return this.byName.get(name);
  }

  /** Raw bytes of one tensor (one ranged read of exactly its length). */
  async read(name: string): Promise<Uint8Array> {
    return this.readTensor(this.require(name));
  }

  /** One tensor decoded to float32 (see `decodeToFloat32` for the dtypes it takes). */
  async readFloat32(name: string): Promise<Float32Array> {
    const info = this.require(name);
    return decodeToFloat32(info.dtype, await this.readTensor(info), { file: this.file, tensor: name }, 'owned');
  }

  /** Every tensor with its bytes, in file order, one read at a time (memory: one tensor). */
  async *iterate(): AsyncGenerator<TensorChunk> {
    for (const tensor of this.tensors) yield { tensor, data: await this.readTensor(tensor) };
  }

  [Symbol.asyncIterator](): AsyncGenerator<TensorChunk> {
    return this.iterate();
  }

  async close(): Promise<void> {
    await this.source.close();
  }

  /** Raw bytes of a tensor described by one of this file's infos. */
  async readTensor(info: SafetensorsTensorInfo): Promise<Uint8Array> {
    if (info.byteLength === 0) return new Uint8Array(0);
    return this.source.read(info.byteOffset, info.byteLength);
  }

  private require(name: string): SafetensorsTensorInfo {
    const info = this.byName.get(name);
    if (!info) {
      throw new SafetensorsError('ST_TENSOR_NOT_FOUND', `no tensor named "${name}"`, {
        file: this.file,
        tensor: name,
        hint: 'list the tensors with `mlpack inspect`',
      });
    }
    return info;
  }
}

/**
 * Open and validate a safetensors file: reads 16 bytes (length + format sniff), then exactly the
 * N header bytes; tensor data is read only when asked for. Throws `SafetensorsError`.
 */
export async function openSafetensors(path: string, options: OpenSafetensorsOptions = {}): Promise<SafetensorsFile> {
  const file = options.file ?? path;
  const source = await openFileSource(path, file);
  return openSafetensorsSource(source, { file, path });
}

/**
 * Open a safetensors file from any `ByteSource` (closes the source if validation fails). Internal
 * seam: tests use it with an in-memory source that checks every read stays within the file.
 */
export async function openSafetensorsSource(source: ByteSource, o: { file: string; path: string }): Promise<SafetensorsFile> {
  try {
    const prefix = await source.read(0, Math.min(SNIFF_BYTES, source.size));
    const foreign = sniffForeignFormat(prefix);
    if (foreign) throw foreignFormatError(foreign, o.file);
    const headerLength = readHeaderLength(prefix, source.size, o.file);
    const json = await source.read(HEADER_LENGTH_BYTES, headerLength);
    const header = parseHeaderJson(json, { file: o.file, path: o.path, fileSize: source.size });
    return new SafetensorsFile(o.path, o.file, source.size, header, source);
  } catch (e) {
    await source.close();
    throw e;
  }
}
