import { sortIssues, type Issue } from '@mlpack/core';
import { checkConfigModelType } from './config-model-types.js';
import { DOCUMENT_KIND_INFO, isDocumentKind, type DocumentKind } from './document-kind.js';
import { checkGoldenData } from './golden-checks.js';
import { checkManifest } from './manifest-checks.js';
import { compiledSchema } from './precompiled-validators.js';
import { SchemaError } from './schema-error.js';
import { schemaErrorsToIssues } from './schema-errors-to-issues.js';

export interface ValidateDocumentOptions {
  /** File name to put in issues; defaults to the kind's usual name (e.g. `config.json`). */
  file?: string;
  /** Most issues returned; the rest are summarised by one final issue. Default `MAX_DOCUMENT_ISSUES`. */
  maxIssues?: number;
}

/**
 * 100 issues: enough to see every distinct problem of a hand-edited file, few enough that a
 * tokenizer.json whose 250k vocab entries are all wrong does not produce a 250k-line report.
 */
export const MAX_DOCUMENT_ISSUES = 100;

/**
 * Validate an already-parsed document against its schema, plus the rules a schema cannot express
 * (manifest file order, golden data lengths, unknown config model_type). Returns the issues —
 * errors and warnings — sorted (errors first, then by pointer) and capped; an empty array means
 * valid. Never throws for bad input.
 */
export function validateDocument(kind: DocumentKind, value: unknown, options: ValidateDocumentOptions = {}): Issue[] {
  if (!isDocumentKind(kind)) {
    throw new SchemaError('SCHEMA_UNKNOWN_KIND', `unknown document kind ${JSON.stringify(kind)}`);
  }
  const info = DOCUMENT_KIND_INFO[kind];
  const file = options.file ?? info.fileName;
  const validate = compiledSchema(kind);
  const issues: Issue[] = validate(value) ? [] : schemaErrorsToIssues(validate.errors ?? [], { file, code: info.code, hint: info.hint });
  switch (kind) {
    case 'config':
      issues.push(...checkConfigModelType(value, file));
      break;
    case 'manifest':
      issues.push(...checkManifest(value, file, info.code));
      break;
    case 'golden':
      issues.push(...checkGoldenData(value, file, info.code));
      break;
    default:
      break;
  }
  return capIssues(sortIssues(issues), options.maxIssues ?? MAX_DOCUMENT_ISSUES, info.code, file);
}

/** The first `max` issues plus, when some were cut, a last one saying how many. */
function capIssues(sorted: Issue[], max: number, code: string, file: string): Issue[] {
  if (sorted.length <= max) return sorted;
  const shown = sorted.slice(0, max);
  shown.push({
    severity: 'error',
    code,
    file,
    pointer: '',
    message: `${sorted.length - max} more problem${sorted.length - max === 1 ? '' : 's'} not shown`,
    hint: 'fix the problems above and validate again',
  });
  return shown;
}
