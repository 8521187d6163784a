import { parseJsonStrict } from '@mlpack/core';
import { DOCUMENT_KIND_INFO, validateDocument } from '@mlpack/schema';
import type { BundleManifest } from '@mlpack/schema';
import { BundleError } from './bundle-error.js';
import { MANIFEST_FILE } from './bundle-files.js';

/** Largest mlpack.json read from a bundle (the schema package's manifest budget). */
export const BUNDLE_MANIFEST_MAX_BYTES = DOCUMENT_KIND_INFO.manifest.maxBytes;

/**
 * Parse a bundle's mlpack.json bytes strictly (no duplicate keys, no NaN) and validate them
 * against the manifest schema; the kind must be `bundle`. Throws `BUNDLE_MANIFEST_INVALID`.
 */
export function parseBundleManifest(bytes: Uint8Array, file = MANIFEST_FILE): BundleManifest {
  if (bytes.length > BUNDLE_MANIFEST_MAX_BYTES) {
    throw new BundleError('BUNDLE_MANIFEST_INVALID', `has ${bytes.length} bytes, above the ${BUNDLE_MANIFEST_MAX_BYTES}-byte limit`, { file });
  }
  const parsed = parseJsonStrict(bytes, { file, maxBytes: BUNDLE_MANIFEST_MAX_BYTES });
  if (!parsed.ok) {
    const e = parsed.error;
    throw new BundleError('BUNDLE_MANIFEST_INVALID', `not valid JSON (${e.code}): ${e.detail}`, { file, pointer: e.pointer, offset: e.offset, cause: e });
  }
  const errors = validateDocument('manifest', parsed.value, { file }).filter((i) => i.severity === 'error');
  if (errors.length > 0) {
    const i = errors[0]!;
    throw new BundleError('BUNDLE_MANIFEST_INVALID', `${i.message}${errors.length > 1 ? ` (and ${errors.length - 1} more problems)` : ''}`, {
      file,
      pointer: i.pointer,
      hint: i.hint,
    });
  }
  const m = parsed.value as { kind: string };
  if (m.kind !== 'bundle') {
    throw new BundleError('BUNDLE_MANIFEST_INVALID', `mlpack.json is of kind "${m.kind}", not "bundle"`, {
      file,
      pointer: '/kind',
      hint:
        m.kind === 'conversion'
          ? 'this is the output of `mlpack convert`: verify it with `mlpack verify <model-dir> <converted-dir>`, or pack it with `mlpack bundle`'
          : 'pass a bundle made by `mlpack bundle`',
    });
  }
  return parsed.value as BundleManifest;
}
