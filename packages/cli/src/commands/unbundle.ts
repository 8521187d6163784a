import { unbundle } from '@mlpack/bundle';
import type { CliIo } from '../io.js';
import { printJson } from '../io.js';

export interface UnbundleArgs {
  bundle: string;
  out: string;
  pubkey?: string | undefined;
  force: boolean;
  json: boolean;
}

/** `mlpack unbundle <bundle> -o <dir>`: safe extraction (refusals exit 1 with their UNBUNDLE_* code), hashes verified. */
export async function runUnbundle(args: UnbundleArgs, io: CliIo): Promise<number> {
  const result = await unbundle(args.bundle, { out: args.out, force: args.force, pubkey: args.pubkey });
  if (args.json) {
    printJson(io, {
      ok: true,
      out: result.out,
      name: result.manifest.name,
      version: result.manifest.version,
      files: result.manifest.files.length,
      signature: result.report.signature,
    });
    return 0;
  }
  const sig = result.report.signature;
  io.stdout(
    `unbundled ${result.manifest.name}@${result.manifest.version} → ${result.out} (${result.manifest.files.length} files verified` +
      `${sig.checked ? ', signature valid' : sig.present ? ', signature not checked' : ''})\n`,
  );
  return 0;
}
