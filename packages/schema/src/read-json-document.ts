import { open } from 'node:fs/promises';
import { hasErrors, parseJsonStrict, readExactly, type Issue, type ValidationResult } from '@mlpack/core';
import { DOCUMENT_KIND_INFO, isDocumentKind, type DocumentKind } from './document-kind.js';
import type { DocumentValue } from './document-value.js';
import { SchemaError } from './schema-error.js';
import { strictJsonErrorToIssue } from './strict-json-issue.js';
import { validateDocument } from './validate-document.js';

/**
 * A `ValidationResult` plus `parsed`: the strictly parsed JSON whenever parsing succeeded — also
 * when the schema rejected it, so that callers can still run defensive cross-file checks on it
 * without reading the file twice. Absent when the file is too large or is not valid JSON.
 */
export type DocumentReadResult<K extends DocumentKind> = ValidationResult<DocumentValue<K>> & { parsed?: unknown };

export interface ReadJsonDocumentOptions {
  /** Name to put in issues instead of `path` (e.g. the path relative to the model folder). */
  displayName?: string;
  /** Largest accepted file in bytes; defaults to the kind's budget (`DOCUMENT_KIND_INFO[kind].maxBytes`). */
  maxBytes?: number;
}

/**
 * Read, strictly parse and validate one JSON document. The size is checked before anything is
 * read; JSON problems (invalid UTF-8, BOM, duplicate keys, NaN, …) become issues with the parser's
 * code, byte offset and pointer; schema problems become issues with the kind's code. Warnings
 * (e.g. an unknown config model_type) never make the result fail.
 *
 * Throws `SchemaError` (`SCHEMA_READ_FAILED`) only when the file cannot be read at all.
 */
export async function readJsonDocument<K extends DocumentKind>(path: string, kind: K, options: ReadJsonDocumentOptions = {}): Promise<DocumentReadResult<K>> {
  if (!isDocumentKind(kind)) {
    throw new SchemaError('SCHEMA_UNKNOWN_KIND', `unknown document kind ${JSON.stringify(kind)}`);
  }
  const file = options.displayName ?? path;
  const maxBytes = options.maxBytes ?? DOCUMENT_KIND_INFO[kind].maxBytes;
  const bytes = await readBounded(path, file, maxBytes);
  if (Array.isArray(bytes)) return { ok: false, issues: bytes, warnings: [] };

  const parsed = parseJsonStrict(bytes, { file, maxBytes });
  if (!parsed.ok) return { ok: false, issues: [strictJsonErrorToIssue(parsed.error, file)], warnings: [] };

  const all = validateDocument(kind, parsed.value, { file });
  const errors = all.filter((i) => i.severity === 'error');
  const warnings = all.filter((i) => i.severity !== 'error');
  if (hasErrors(all)) return { ok: false, issues: errors, warnings, parsed: parsed.value };
  return { ok: true, value: parsed.value as DocumentValue<K>, warnings, parsed: parsed.value };
}

/** The file's bytes, or a `JSON_TOO_LARGE` issue when it exceeds the budget (checked before reading). */
async function readBounded(path: string, file: string, maxBytes: number): Promise<Uint8Array | Issue[]> {
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(path, 'r');
    const stat = await handle.stat();
    if (!stat.isFile()) {
      throw new SchemaError('SCHEMA_READ_FAILED', 'not a regular file', { file, hint: 'pass the path of a JSON file' });
    }
    if (stat.size > maxBytes) {
      return [
        {
          severity: 'error',
          code: 'JSON_TOO_LARGE',
          file,
          message: `file has ${stat.size} bytes, more than the limit of ${maxBytes} for this kind of document`,
          hint: 'the file is larger than any legitimate file of its kind; check that it is the right file',
        },
      ];
    }
    return await readExactly(handle, 0, stat.size);
  } catch (cause) {
    if (cause instanceof SchemaError) throw cause;
    const reason = (cause as NodeJS.ErrnoException).code ?? (cause as Error).message;
    throw new SchemaError('SCHEMA_READ_FAILED', `cannot read the file (${reason})`, {
      file,
      cause,
      hint: 'check that the file exists and is readable',
    });
  } finally {
    await handle?.close();
  }
}
