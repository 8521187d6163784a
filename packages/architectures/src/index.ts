export { buildModelGraph, architectureSupport, BATCH_DIM, SEQUENCE_DIM } from './build-model-graph.js';
export { SUPPORTED } from './registry.js';
export { ArchitectureError, isArchitectureError } from './architecture-error.js';
export type { ArchitectureErrorCode } from './architecture-error.js';
export { ENCODER_FAMILIES, ENCODER_TASKS, isEncoderTask } from './types.js';
export type { BuildInput, BuildOptions, BuiltModel, EncoderFamily, EncoderTask, IoSpec } from './types.js';
export { ACTIVATIONS } from './activation.js';
export type { ActivationName } from './activation.js';
export { FLOAT32_MIN } from './attention.js';
