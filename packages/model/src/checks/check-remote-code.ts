import { jsonPointer } from '@mlpack/core';
import type { Issue } from '@mlpack/core';
import type { FileEntry } from './check-weight-files.js';

/**
 * `REMOTE_CODE` (warning): `auto_map` in config.json or `*.py` files mean the model expects
 * `trust_remote_code`. mlpack never executes code, so only architectures it knows can be converted.
 */
export function checkRemoteCode(config: Record<string, unknown> | undefined, files: readonly FileEntry[], configFile = 'config.json'): Issue[] {
  const issues: Issue[] = [];
  const hint = 'mlpack never runs code from a model folder; the architecture must be one mlpack knows';
  if (config !== undefined && config.auto_map !== undefined) {
    issues.push({
      severity: 'warning',
      code: 'REMOTE_CODE',
      file: configFile,
      pointer: jsonPointer('auto_map'),
      message: 'config has auto_map: the model ships its own modeling code (ignored, never executed)',
      hint,
    });
  }
  for (const f of files.filter((x) => x.kind === 'code')) {
    issues.push({
      severity: 'warning',
      code: 'REMOTE_CODE',
      file: f.path,
      message: 'Python file in the model folder (ignored, never executed)',
      hint,
    });
  }
  return issues;
}
