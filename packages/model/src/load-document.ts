import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isMlpackError, parseJsonStrict } from '@mlpack/core';
import type { Issue } from '@mlpack/core';
import { DOCUMENT_KIND_INFO, readJsonDocument } from '@mlpack/schema';
import type { DocumentKind } from '@mlpack/schema';
import type { ModelFile } from './walk-model-folder.js';

/** The JSON documents of a model folder's root that have a schema, by file name. */
export const DOCUMENT_KIND_OF = {
  'config.json': 'config',
  'generation_config.json': 'generation_config',
  'tokenizer.json': 'tokenizer',
  'tokenizer_config.json': 'tokenizer_config',
  'special_tokens_map.json': 'special_tokens_map',
} as const satisfies Record<string, DocumentKind>;

export type DocumentName = keyof typeof DOCUMENT_KIND_OF;

/**
 * Read, strictly parse and schema-validate one root document with `@mlpack/schema`. Returns every
 * issue (errors and warnings) and the parsed object — also when only the schema rejected it, so
 * that the cross-file checks (which read fields defensively) still run and the report is complete.
 * A file that cannot be parsed as JSON has no value. Unreadable files become issues too.
 */
export async function loadDocument(dir: string, file: ModelFile): Promise<{ value: Record<string, unknown> | undefined; issues: Issue[] }> {
  const kind = DOCUMENT_KIND_OF[file.path as DocumentName];
  const path = join(dir, file.path);
  try {
    const r = await readJsonDocument(path, kind, { displayName: file.path });
    if (r.ok) return { value: asObject(r.value), issues: r.warnings };
    const issues = [...r.issues, ...r.warnings];
    if (issues.some((i) => i.code.startsWith('JSON_'))) return { value: undefined, issues };
    // Only the schema objected: the JSON itself is sound, parse it again to keep the value.
    const reparsed = parseJsonStrict(await readFile(path), { file: file.path, maxBytes: DOCUMENT_KIND_INFO[kind].maxBytes });
    return { value: reparsed.ok ? asObject(reparsed.value) : undefined, issues };
  } catch (e) {
    if (!isMlpackError(e)) throw e;
    return {
      value: undefined,
      issues: [{ severity: 'error', code: e.code, file: file.path, message: e.detail, hint: e.hint }],
    };
  }
}

function asObject(v: unknown): Record<string, unknown> | undefined {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
}
