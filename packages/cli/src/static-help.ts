import { HELP_TEXT, HELP_WIDTH } from './generated/help-text.js';

/**
 * `mlpack --help` and `mlpack <command> --help` without loading yargs: the help yargs renders at
 * HELP_WIDTH columns, generated at build time (`pnpm --filter @mlpack/cli generate-help`; a test
 * fails when it differs from what yargs renders now). yargs alone costs more than the 0.2 s
 * start-up goal, so the common case skips it; a terminal narrower than HELP_WIDTH (where yargs
 * wraps differently) or `MLPACK_NO_STATIC_HELP=1` goes through yargs.
 */
export function staticHelp(argv: readonly string[], columns: number | undefined): string | undefined {
  if (process.env['MLPACK_NO_STATIC_HELP'] === '1') return undefined;
  if (columns !== undefined && columns > 0 && columns < HELP_WIDTH) return undefined;
  const isHelp = (a: string | undefined): boolean => a === '--help' || a === '-h';
  if (argv.length === 1 && isHelp(argv[0])) return HELP_TEXT[''];
  if (argv.length === 2 && isHelp(argv[1]) && Object.hasOwn(HELP_TEXT, argv[0]!)) return HELP_TEXT[argv[0]!];
  return undefined;
}
