export { MlpackError, UsageError, isMlpackError, formatLocation } from './errors.js';
export type { ErrorLocation, MlpackErrorOptions, ErrorJson } from './errors.js';
export { hasErrors, sortIssues, formatIssue } from './issues.js';
export type { Issue, Severity, ValidationResult } from './issues.js';
export { jsonPointer, parseJsonPointer } from './json-pointer.js';
export { DTYPES, DTYPE_INFO, isDType, byteLengthOf, elementCount, elementCountNumber } from './dtype.js';
export type { DType, DTypeInfo, DTypeKind } from './dtype.js';
export type { TensorInfo, TensorSource } from './tensor-source.js';
export { MLPACK_VERSION } from './version.js';
export { FsError, sha256File, sha256Bytes, writeFileAtomic, resolveInside, stageOutputDir, readExactly } from './fs.js';
export type { FsErrorCode, StagingDir, StagingOptions } from './fs.js';
export { float32Tensor, int64Tensor, int64FromRows } from './host-tensor.js';
export type { HostTensor, HostTensorMap } from './host-tensor.js';
export {
  StrictJsonError,
  parseJsonStrict,
  firstInvalidUtf8,
  STRICT_JSON_DEFAULT_MAX_BYTES,
  STRICT_JSON_DEFAULT_MAX_DEPTH,
  STRICT_JSON_DEFAULT_MAX_KEYS,
} from './strict-json.js';
export type { StrictJsonErrorCode, StrictJsonOptions, StrictJsonResult } from './strict-json.js';
export { makeDirs, placeFile, refuseNonRegularOutput, requireRegularFile } from './fs.js';
export type { WriteFileAtomicOptions } from './fs.js';
export { fsErrorOf, fsErrorOfCause, withFsErrors, isErrnoError } from './fs-error-of.js';
export type { FsErrorOfOptions } from './fs-error-of.js';
export { realLocation, findOverlap, describeOverlap, refuseOverlap, refuseInputsInside, MAX_SCAN_ENTRIES } from './same-file.js';
export type { RealLocation, Overlap } from './same-file.js';
export { currentMarker, markerText, processStartTime, isMarkerAlive } from './process-marker.js';
export type { ProcessMarker } from './process-marker.js';
export {
  TEMP_INFIX,
  LOCK_SUFFIX,
  SIGNAL_EXIT_CODES,
  tempName,
  tempOwner,
  registerTemp,
  releaseTemp,
  registeredTemps,
  removeRegisteredTemps,
  installSignalCleanup,
  sweepStaleTemps,
  readLockOwner,
} from './temp-registry.js';
export type { SignalCleanupOptions } from './temp-registry.js';
