import { UsageError } from '@mlpack/core';

/** Options that may be given more than once (yargs collects them into arrays). */
const REPEATABLE: ReadonlySet<string> = new Set(['to', 'text']);
/** One-letter aliases → their long names. */
const ALIASES: Readonly<Record<string, string>> = { o: 'out', m: 'model' };

/**
 * Refuse an option given twice (`--out a --out b`, `-o a --out b`): yargs would turn the value
 * into an array that the commands do not expect, and which of the two the user meant is a guess.
 * `--to` and `--text` are repeatable; `--no-x` counts as `--x`; nothing after `--` is an option.
 */
export function refuseRepeatedOptions(argv: readonly string[]): void {
  const seen = new Set<string>();
  for (const token of argv) {
    if (token === '--') break;
    let name: string | undefined;
    if (token.startsWith('--') && token.length > 2) name = token.slice(2).split('=')[0]!.replace(/^no-/, '');
    else if (/^-[a-zA-Z]/.test(token)) name = ALIASES[token[1]!] ?? token[1]!;
    if (name === undefined || REPEATABLE.has(name)) continue;
    const key = name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
    if (seen.has(key)) {
      throw new UsageError(`--${key} is given more than once`, `give --${key} once (only --to and --text repeat)`);
    }
    seen.add(key);
  }
}
