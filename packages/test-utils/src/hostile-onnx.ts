import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * A ModelProto (ir_version 8, opset 17) whose graph is one Loop node, written with a few lines of
 * protobuf: what an attacker re-packing a bundle would swap in (a Loop can run for 2^62
 * iterations). mlpack conversions never hold one, so verify must refuse it before onnxruntime.
 */
export function loopOnnxModel(): Buffer {
  const varint = (n: number): number[] => {
    const out: number[] = [];
    do {
      let b = n % 128;
      n = Math.floor(n / 128);
      if (n > 0) b |= 0x80;
      out.push(b);
    } while (n > 0);
    return out;
  };
  const len = (field: number, body: number[]): number[] => [...varint(field * 8 + 2), ...varint(body.length), ...body];
  const str = (field: number, s: string): number[] => len(field, [...Buffer.from(s)]);
  const node = len(1, [...str(1, 'trip_count'), ...str(1, 'cond'), ...str(2, 'out'), ...str(3, '/loop'), ...str(4, 'Loop')]);
  const graph = len(7, [...node, ...str(2, 'g')]);
  return Buffer.from([...varint(8), ...varint(8), ...len(8, [...str(1, ''), ...varint(16), ...varint(17)]), ...graph]);
}

/**
 * Replace `relPath` inside a converted or unbundled folder with `bytes` and re-record its size and
 * sha256 in the folder's mlpack.json, as someone tampering with the folder would, so that the
 * manifest check passes and what is tested is the check after it.
 */
export async function replaceListedFile(dir: string, relPath: string, bytes: Uint8Array): Promise<void> {
  await writeFile(join(dir, ...relPath.split('/')), bytes);
  const manifestPath = join(dir, 'mlpack.json');
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as { files: Array<{ path: string; size: number; sha256: string }> };
  const entry = manifest.files.find((f) => f.path === relPath);
  if (!entry) throw new Error(`replaceListedFile: ${relPath} is not listed in ${manifestPath}`);
  entry.size = bytes.length;
  entry.sha256 = createHash('sha256').update(bytes).digest('hex');
  await writeFile(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
}
