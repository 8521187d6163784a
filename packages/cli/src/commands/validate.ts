import { checkConversionPlan } from '@mlpack/architectures';
import { isConvertible, lookupFamily } from '@mlpack/families';
import { inspectModel } from '@mlpack/model';
import type { CliIo } from '../io.js';
import { printJson } from '../io.js';
import { formatProblems } from './inspect.js';

export interface ValidateArgs {
  dir: string;
  json: boolean;
  task?: string | undefined;
  /** Tensors the converted graph would not use are errors. */
  strict?: boolean | undefined;
}

/**
 * `mlpack validate`: every problem of a model folder in one report. Exit 0 valid (warnings allowed),
 * 1 invalid. `--json`: `{ valid, dir, errors, warnings, problems }`. For a family mlpack converts,
 * the converter's plan check runs too (headers only), so exit 0 means `convert` succeeds.
 */
export async function runValidate(args: ValidateArgs, io: CliIo): Promise<number> {
  const r = await inspectModel(args.dir, {
    task: args.task,
    checks: ({ config, weights, task }) =>
      typeof config.model_type === 'string' && isConvertible(lookupFamily(config.model_type))
        ? checkConversionPlan({ config, weights, task, strict: args.strict })
        : [],
  });
  const errors = r.problems.filter((p) => p.severity === 'error').length;
  const warnings = r.problems.filter((p) => p.severity === 'warning').length;
  if (args.json) {
    printJson(io, { valid: r.valid, dir: r.dir, errors, warnings, problems: r.problems });
  } else {
    io.stdout(formatProblems(r.problems));
    io.stdout(r.valid ? `${args.dir}: valid (${warnings} warning(s))\n` : `${args.dir}: INVALID (${errors} error(s), ${warnings} warning(s))\n`);
  }
  return r.valid ? 0 : 1;
}
