/** Bytes of the little-endian u64 header length that opens every safetensors file. */
export const HEADER_LENGTH_BYTES = 8;

/**
 * Largest header the reference Rust implementation accepts (`MAX_HEADER_SIZE`); a larger length
 * field is corruption or an attack (it would make us allocate that much before validating).
 */
export const MAX_HEADER_BYTES = 100_000_000;

/** The header is space-padded so the data section starts on an 8-byte boundary (like the Rust writer). */
export const HEADER_ALIGNMENT = 8;

/** Key reserved for the free-form string→string metadata map. */
export const METADATA_KEY = '__metadata__';

/** The three fields of a tensor entry, in the order the writer emits them. */
export const TENSOR_FIELDS = ['dtype', 'shape', 'data_offsets'] as const;

/** Single-file weights name used by transformers' `save_pretrained`. */
export const SINGLE_WEIGHTS_FILE = 'model.safetensors';

/** Sharded weights index name used by transformers' `save_pretrained`. */
export const INDEX_FILE = 'model.safetensors.index.json';

/** An index lists file names and tensor names only: 64 MiB is far above any real one. */
export const MAX_INDEX_BYTES = 64 * 1024 * 1024;

/** Nesting of a safetensors header: root → tensor → shape array. Anything deeper is invalid anyway. */
export const MAX_HEADER_DEPTH = 4;
