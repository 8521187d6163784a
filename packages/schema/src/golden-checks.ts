import { jsonPointer, type Issue } from '@mlpack/core';

/**
 * What the golden schema cannot say: each tensor's `data` holds exactly the product of its
 * `dims` values. `base` is the golden's pointer inside its document ('' for a golden file,
 * '/goldens' inside a manifest). Parts the schema already rejected are skipped.
 */
export function checkGoldenData(golden: unknown, file: string, code: string, base = ''): Issue[] {
  const issues: Issue[] = [];
  if (!isObject(golden)) return issues;
  for (const group of ['inputs', 'outputs'] as const) {
    const tensors = golden[group];
    if (!isObject(tensors)) continue;
    for (const name of Object.keys(tensors).sort()) {
      const t = tensors[name];
      if (!isObject(t) || !Array.isArray(t.dims) || !Array.isArray(t.data)) continue;
      const dims = t.dims;
      if (!dims.every((d): d is number => Number.isSafeInteger(d) && (d as number) >= 0)) continue;
      const want = dims.reduce((a, d) => a * d, 1);
      if (t.data.length !== want) {
        issues.push({
          severity: 'error',
          code,
          file,
          pointer: base + jsonPointer(group, name, 'data'),
          message: `has ${t.data.length} values but dims [${dims.join(', ')}] need ${want}`,
          hint: 'data holds the tensor flattened in row-major order: exactly one value per element',
        });
      }
    }
  }
  return issues;
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}
