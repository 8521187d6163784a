export { bundleModel } from './bundle-model.js';
export type { BundleOptions, BundleResult } from './bundle-model.js';
export { unbundle } from './unbundle.js';
export type { UnbundleOptions, UnbundleResult } from './unbundle.js';
export { verifyBundle } from './verify-bundle.js';
export type { VerifyBundleOptions } from './verify-bundle.js';
export { verifyBundleDir } from './verify-bundle-dir.js';
export type { VerifyBundleDirOptions } from './verify-bundle-dir.js';
export type { VerifyBundleReport } from './verify-bundle-report.js';
export { formatBundleReport } from './format-bundle-report.js';
export { verifyBundleReportJunit } from './bundle-junit.js';
export type { BundleProblem } from './bundle-problem.js';
export { keygenPair, PRIVATE_KEY_FILE, PUBLIC_KEY_FILE } from './keygen-pair.js';
export type { KeyPairFiles } from './keygen-pair.js';
export { readPrivateKey, readPublicKey, publicKeySha256 } from './keys.js';
export { signManifest, checkSignature, serializeSignature, SIGNATURE_ALGORITHM } from './manifest-signature.js';
export type { ManifestSignature, SignatureCheck } from './manifest-signature.js';
export { BundleError } from './bundle-error.js';
export type { BundleErrorCode } from './bundle-error.js';
export { MANIFEST_FILE, SIGNATURE_FILE, MODEL_SIGNATURE_FILE } from './bundle-files.js';
export {
  signModel,
  modelSigningStatement,
  subjectDigest,
  publicKeyPemHint,
  omsCurveOf,
  OMS_CURVES,
  MODEL_SIGNATURE_MEDIA_TYPE,
  IN_TOTO_PAYLOAD_TYPE,
  IN_TOTO_STATEMENT_TYPE,
  MODEL_SIGNING_PREDICATE_TYPE,
} from './model-signature.js';
export type { SignedResource, ModelSigningStatement, ModelSignatureSummary } from './model-signature.js';
export { checkModelSignature, MODEL_SIGNATURE_MAX_BYTES } from './check-model-signature.js';
export { checkBundleSignature } from './check-bundle-signature.js';
export type { BundleSignatureCheck } from './check-bundle-signature.js';
export { dssePae } from './dsse-pae.js';
export { LAYOUTS } from './plan-layout.js';
export type { BundleLayout } from './plan-layout.js';
export { tritonConfig, TRITON_PLATFORM, DEFAULT_TRITON_MAX_BATCH_SIZE, DEFAULT_TRITON_VERSION } from './triton-config.js';
export type { TritonConfigOptions } from './triton-config.js';
export { buildIoSchema, IO_SCHEMA_DIALECT } from './io-schema.js';
export type { IoSchema } from './io-schema.js';
export { checkIdentity, BUNDLE_NAME_PATTERN, BUNDLE_NAME_MAX_LENGTH } from './check-identity.js';
export { DEFAULT_UNBUNDLE_LIMITS } from './unbundle-limits.js';
export type { UnbundleLimits } from './unbundle-limits.js';
export { checkArchivePath, collisionKey } from './archive-path.js';
export { writeTarGz, archiveOrder, checkCompressionLevel, DEFAULT_COMPRESSION_LEVEL, FILE_MODE, DIR_MODE } from './write-tar-gz.js';
export type { TarEntry, WriteTarGzOptions, WrittenArchive } from './write-tar-gz.js';
export { judgeVariantGoldens, parityOf } from './judge-variant-goldens.js';
export type { JudgeVariantOptions, VariantGoldenCheck, VariantGoldensResult } from './judge-variant-goldens.js';
