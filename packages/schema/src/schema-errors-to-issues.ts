import type { ErrorObject } from 'ajv/dist/2020.js';
import { jsonPointer, sortIssues, type Issue } from '@mlpack/core';
import { describeSchema, describeValue } from './describe-schema.js';

export interface SchemaIssueOptions {
  /** File name to put in each issue. */
  file: string;
  /** Issue code, e.g. `SCHEMA_CONFIG`. */
  code: string;
  /** Hint for issues that have no more specific one. */
  hint: string;
}

/** Schema keywords that rank which failing sub-schema best describes a value (see `specificity`). */
const CONSTRAINT_KEYWORDS = [
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'multipleOf',
  'pattern',
  'minLength',
  'maxLength',
  'minItems',
  'maxItems',
  'items',
  'prefixItems',
  'minProperties',
  'maxProperties',
] as const;

/**
 * Turn ajv errors (from a validator compiled with `allErrors` and `verbose`) into one readable
 * issue per real problem:
 * - `if` errors ("must match then") are dropped: the `then` block's own errors say what is wrong;
 *   discriminated unions are written as `if`/`then` on the discriminator, so only the selected
 *   branch reports, and an unknown discriminator is one `enum` error on it;
 * - all errors about one value collapse into "must be <what the most specific failing schema
 *   accepts> (got <value>)";
 * - `required`, `additionalProperties`, `propertyNames` and `uniqueItems` point at the missing /
 *   unexpected property or the duplicate item itself, not at its parent.
 */
export function schemaErrorsToIssues(errors: readonly ErrorObject[], options: SchemaIssueOptions): Issue[] {
  const issues: Issue[] = [];
  const seen = new Set<string>();
  const push = (pointer: string, message: string, hint?: string) => {
    const key = `${pointer}\u0000${message}`;
    if (seen.has(key)) return;
    seen.add(key);
    issues.push({ severity: 'error', code: options.code, file: options.file, pointer, message, hint: hint ?? options.hint });
  };
  const valueErrors = new Map<string, ErrorObject[]>();
  // Errors raised inside a propertyNames sub-schema (they carry `propertyName`) come before the
  // propertyNames error itself, which reports them once; keep the one that best says what a key is.
  const keyErrors = new Map<string, ErrorObject>();

  for (const e of errors) {
    if (e.keyword === 'if') continue;
    if (e.propertyName !== undefined) {
      const key = `${e.instancePath}\u0000${e.propertyName}`;
      const prev = keyErrors.get(key);
      if (!prev || specificity(e.parentSchema) > specificity(prev.parentSchema)) keyErrors.set(key, e);
      continue;
    }
    const at = e.instancePath;
    const params = e.params as Record<string, unknown>;
    switch (e.keyword) {
      case 'required':
        push(childPointer(at, String(params.missingProperty)), `required property ${quote(params.missingProperty)} is missing${condition(e.parentSchema)}`);
        break;
      case 'additionalProperties': {
        const name = String(params.additionalProperty);
        const allowed = Object.keys((e.parentSchema?.properties as object | undefined) ?? {});
        push(
          childPointer(at, name),
          `unknown property ${quote(name)}${condition(e.parentSchema)}`,
          allowed.length > 0 ? `allowed properties here: ${allowed.join(', ')}` : undefined,
        );
        break;
      }
      case 'propertyNames': {
        const name = String(params.propertyName);
        const inner = keyErrors.get(`${at}\u0000${name}`);
        const expected = describeSchema(inner ? inner.parentSchema : e.schema);
        push(childPointer(at, name), `key must be ${expected} (got ${quote(name)})`);
        break;
      }
      case 'uniqueItems':
        push(`${at}/${String(params.j)}`, `duplicate of item ${String(params.i)}`);
        break;
      case 'not':
        if (isEmptySchema(e.schema)) {
          push(at, `property ${quote(lastSegment(at))} is not allowed${condition(e.parentSchema)}`);
        } else {
          push(at, `must not be ${describeSchema(e.schema)} (got ${describeValue(e.data)})`);
        }
        break;
      case 'false schema':
        push(at, `property ${quote(lastSegment(at))} is not allowed here`);
        break;
      default:
        addValueError(valueErrors, e);
    }
  }

  for (const [pointer, group] of valueErrors) {
    const best = group.reduce((a, b) => (specificity(b.parentSchema) > specificity(a.parentSchema) ? b : a));
    push(pointer, `must be ${describeSchema(best.parentSchema)} (got ${describeValue(best.data)})`);
  }

  return sortIssues(issues);
}

function addValueError(groups: Map<string, ErrorObject[]>, e: ErrorObject): void {
  const group = groups.get(e.instancePath);
  if (group) group.push(e);
  else groups.set(e.instancePath, [e]);
}

/**
 * How precisely a failing sub-schema says what is expected: an explicit `x-expected` phrase beats
 * an enum/const, which beats range and pattern constraints, which beat a bare type. When the root
 * schema says "a string" and the bert sub-schema says "one of gelu, relu, …", the latter wins.
 */
function specificity(schema: unknown): number {
  if (typeof schema !== 'object' || schema === null) return 0;
  const s = schema as Record<string, unknown>;
  if (typeof s['x-expected'] === 'string') return 100;
  if ('const' in s || 'enum' in s) return 50;
  let n = 'type' in s ? 1 : 0;
  for (const k of CONSTRAINT_KEYWORDS) if (k in s) n++;
  return n;
}

function isEmptySchema(schema: unknown): boolean {
  return schema === true || (typeof schema === 'object' && schema !== null && Object.keys(schema).length === 0);
}

function condition(parentSchema: unknown): string {
  const c = typeof parentSchema === 'object' && parentSchema !== null ? (parentSchema as Record<string, unknown>)['x-condition'] : undefined;
  return typeof c === 'string' ? ` ${c}` : '';
}

function childPointer(base: string, key: string): string {
  return base + jsonPointer(key);
}

function lastSegment(pointer: string): string {
  const last = pointer.slice(pointer.lastIndexOf('/') + 1);
  return last.replace(/~1/g, '/').replace(/~0/g, '~');
}

function quote(x: unknown): string {
  return JSON.stringify(String(x));
}
