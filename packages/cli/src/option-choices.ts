/**
 * The few constants the yargs option definitions need, copied here so that building the parser
 * (and `--help`, `--version`) loads no library package: each command's packages are imported
 * only inside its handler. `option-choices.test.ts` keeps them equal to their sources.
 */

/** = `KNOWN_TASKS` of `@mlpack/model`. */
export const KNOWN_TASKS = [
  'feature-extraction',
  'fill-mask',
  'text-classification',
  'token-classification',
  'question-answering',
  'multiple-choice',
  'text-generation',
  'text2text-generation',
] as const;

/** = `SUPPORTED_OPSETS` of `@mlpack/onnx`. */
export const SUPPORTED_OPSETS = [14, 15, 16, 17, 18, 19, 20, 21] as const;

/** = `LAYOUTS` of `@mlpack/bundle`. */
export const LAYOUTS = ['transformers.js', 'triton'] as const;

/** = `DEFAULT_INFERENCE_TIMEOUT_MS / 1000` of `@mlpack/verify` (the `--timeout` default in the help). */
export const DEFAULT_TIMEOUT_SECONDS = 300;
