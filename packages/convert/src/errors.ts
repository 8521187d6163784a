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
  | 'CONVERT_OUTPUT_MISMATCH'
  /** The model converts, but not to this target (TF.js for decoder LMs). */
  | 'CONVERT_TARGET_UNSUPPORTED'
  /** `--dtype` names an unknown dtype, one no chosen target can take, or leaves a target without a variant. */
  | 'CONVERT_BAD_DTYPE'
  /** A variant missed its parity gate (names the target, output and metric); nothing was written. */
  | 'CONVERT_PARITY_FAILED';

export class ConvertError extends MlpackError<ConvertErrorCode> {
  override name = 'ConvertError';
}
