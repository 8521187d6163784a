import { jsonPointer, type Issue } from '@mlpack/core';
import { checkGoldenData } from './golden-checks.js';

/** The manifest's own name: it lists every file of its folder except itself. */
const MANIFEST_FILE_NAME = 'mlpack.json';

/**
 * What the manifest schema cannot say: `files` is sorted by path (JavaScript string order, i.e.
 * UTF-16 code units — byte order for ASCII paths) with no duplicates and does not list mlpack.json
 * itself; every `generated` file is one of `files`; an embedded golden's tensors hold as many values as
 * their dims say.
 */
export function checkManifest(manifest: unknown, file: string, code: string): Issue[] {
  if (typeof manifest !== 'object' || manifest === null || Array.isArray(manifest)) return [];
  const m = manifest as Record<string, unknown>;
  const issues: Issue[] = [];
  const issue = (pointer: string, message: string, hint: string) => issues.push({ severity: 'error', code, file, pointer, message, hint });

  if (Array.isArray(m.files)) {
    let previous: string | undefined;
    m.files.forEach((entry, i) => {
      const path = typeof entry === 'object' && entry !== null ? (entry as Record<string, unknown>).path : undefined;
      if (typeof path !== 'string') return;
      const pointer = jsonPointer('files', i, 'path');
      if (path === MANIFEST_FILE_NAME) {
        issue(pointer, `lists ${MANIFEST_FILE_NAME} itself`, `${MANIFEST_FILE_NAME} cannot hold its own hash; leave it out of files`);
      }
      if (previous !== undefined && path === previous) {
        issue(pointer, `duplicate path ${JSON.stringify(path)}`, 'each file is listed once');
      } else if (previous !== undefined && path < previous) {
        issue(
          pointer,
          `files are not sorted by path: ${JSON.stringify(path)} comes after ${JSON.stringify(previous)}`,
          'list files sorted by path so that manifests are deterministic',
        );
      }
      previous = path;
    });
  }
  if (Array.isArray(m.generated) && Array.isArray(m.files)) {
    const listed = new Set(m.files.map((e) => (typeof e === 'object' && e !== null ? (e as Record<string, unknown>).path : undefined)));
    m.generated.forEach((path, i) => {
      if (typeof path === 'string' && !listed.has(path)) {
        issue(
          jsonPointer('generated', i),
          `generated file ${JSON.stringify(path)} is not listed in files`,
          'a generated file is an output file: list it in files with its size and sha256',
        );
      }
    });
  }
  if (m.goldens !== undefined) issues.push(...checkGoldenData(m.goldens, file, code, '/goldens'));
  return issues;
}
