import { MlpackError } from '@mlpack/core';

export type ConvertErrorCode =
  /** The model folder has errors (the issues are attached). */
  | 'CONVERT_INVALID_MODEL'
  /** `--to` names no target or an unknown one. */
  | 'CONVERT_BAD_TARGET'
  /** An option is out of range (opset, shard size, dtype). */
  | 'CONVERT_BAD_OPTION'
  /** `--out` is, contains or lies inside the model folder (real paths, device + inode): `--force` would delete the input. */
  | 'CONVERT_OUT_OVERLAPS_INPUT'
  /** A source file could not be read for its sha256 (it vanished or changed during the conversion). */
  | 'CONVERT_HASH_FAILED'
  /** The files in the output differ from those the emitters reported writing (a bug). */
  | 'CONVERT_OUTPUT_MISMATCH';

export class ConvertError extends MlpackError<ConvertErrorCode> {
  override name = 'ConvertError';
}
