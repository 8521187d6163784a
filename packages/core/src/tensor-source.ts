import type { DType } from './dtype.js';

/** Where one tensor's bytes live: enough to read them lazily with a single ranged read. */
export interface TensorInfo {
  name: string;
  dtype: DType;
  shape: readonly number[];
  /** Absolute path of the file holding the bytes. */
  file: string;
  /** Absolute byte offset of the first byte in `file` (header included). */
  byteOffset: number;
  /** Number of bytes. */
  byteLength: number;
}

/**
 * Read access to a model's weights, across one or many safetensors shards. Implemented by
 * `@mlpack/safetensors`; consumed by the reference forward passes and the graph builders.
 * Nothing is read until asked for.
 */
export interface TensorSource {
  /** All tensors, by name, sorted by name. */
  readonly tensors: ReadonlyMap<string, TensorInfo>;
  /** The tensor's info, or undefined. */
  get(name: string): TensorInfo | undefined;
  /** Raw little-endian bytes of one tensor (one ranged read). */
  read(name: string): Promise<Uint8Array>;
  /** The tensor decoded to float32 (F32 as is; F16/BF16/F64/ints converted). */
  readFloat32(name: string): Promise<Float32Array>;
  /** Release file handles. */
  close(): Promise<void>;
}
