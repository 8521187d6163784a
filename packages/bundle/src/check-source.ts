import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { sha256File } from '@mlpack/core';
import type { ModelFile } from '@mlpack/model';
import type { ManifestFile } from '@mlpack/schema';
import { BundleError } from './bundle-error.js';

/**
 * Model-folder file kinds a conversion records as its source (`source.files`): what the converted
 * model is computed from. README, pickles the converter never opens, etc. may differ freely.
 */
export const SOURCE_FILE_KINDS: ReadonlySet<ModelFile['kind']> = new Set(['config', 'generation-config', 'tokenizer', 'safetensors', 'safetensors-index']);

/**
 * Check that `modelDir` is the folder the conversion was made from: every file of `source.files`
 * is there with the same size and sha256, and the folder has no other source file (e.g. an extra
 * weight shard or a new tokenizer file). Throws `BUNDLE_SOURCE_MISMATCH` naming the file.
 */
export async function checkSource(modelDir: string, folderFiles: readonly ModelFile[], source: readonly ManifestFile[]): Promise<void> {
  const hint = 'pass the model folder this conversion was made from (--model), or convert this folder again';
  for (const f of source) {
    const abs = join(modelDir, ...f.path.split('/'));
    const st = await stat(abs).catch(() => undefined);
    if (!st?.isFile()) {
      throw new BundleError('BUNDLE_SOURCE_MISMATCH', 'the conversion was made from this file, which the model folder lacks', {
        file: join(modelDir, f.path),
        hint,
      });
    }
    if (st.size !== f.size) {
      throw new BundleError('BUNDLE_SOURCE_MISMATCH', `has ${st.size} bytes; the converted one had ${f.size}`, { file: join(modelDir, f.path), hint });
    }
    const sha = await sha256File(abs);
    if (sha !== f.sha256) {
      throw new BundleError('BUNDLE_SOURCE_MISMATCH', `sha256 ${sha} differs from the converted one's ${f.sha256}`, { file: join(modelDir, f.path), hint });
    }
  }
  const listed = new Set(source.map((f) => f.path));
  const extra = folderFiles
    .filter((f) => SOURCE_FILE_KINDS.has(f.kind) && !listed.has(f.path))
    .map((f) => f.path)
    .sort();
  if (extra.length > 0) {
    throw new BundleError(
      'BUNDLE_SOURCE_MISMATCH',
      `the model folder has ${extra.map((p) => JSON.stringify(p)).join(', ')}, which the conversion was not made from`,
      {
        file: join(modelDir, extra[0]!),
        hint,
      },
    );
  }
}
