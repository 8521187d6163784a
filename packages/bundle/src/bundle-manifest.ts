import { MLPACK_VERSION } from '@mlpack/core';
import type { BundleManifest, ConversionManifest, ManifestFile, MlpackGolden, OnnxTarget } from '@mlpack/schema';
import type { IoSchema } from './io-schema.js';
import type { BundleLayout } from './plan-layout.js';

export interface BundleManifestParts {
  name: string;
  version: string;
  layout: BundleLayout;
  /** The converted folder's manifest (source, task, options, signature, labels are carried over). */
  conversion: ConversionManifest;
  /** The bundled ONNX targets (the goldens' one first, then the weight variants), paths as inside the archive. */
  targets: OnnxTarget[];
  /** Bundled files, archive paths, sorted. */
  files: ManifestFile[];
  ioSchema: IoSchema;
  goldens: MlpackGolden;
}

/** The bundle's mlpack.json. Key order is fixed here so that the bytes are identical across runs. */
export function buildBundleManifest(p: BundleManifestParts): BundleManifest {
  const c = p.conversion;
  return {
    manifest_version: 1,
    kind: 'bundle',
    name: p.name,
    version: p.version,
    tool: { name: 'mlpack', version: MLPACK_VERSION },
    layout: p.layout,
    source: c.source,
    task: c.task,
    options: c.options,
    targets: p.targets,
    signature: c.signature,
    ...(c.labels ? { labels: c.labels } : {}),
    files: p.files,
    io_schema: { request: p.ioSchema.request, response: p.ioSchema.response },
    goldens: p.goldens,
  };
}

/** The exact bytes of mlpack.json: 2-space JSON with a trailing newline (what signatures cover). */
export function serializeManifest(manifest: BundleManifest): Uint8Array {
  return Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8');
}
