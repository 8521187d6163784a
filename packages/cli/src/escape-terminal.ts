import type { CliIo } from './io.js';

/**
 * Characters a terminal interprets rather than shows: C0 controls (ESC starts colour, cursor and
 * title sequences; CR and BS overwrite what was printed), DEL, C1 controls (0x9B is a one-byte
 * CSI on some terminals) and the bidirectional overrides/isolates that reorder text on screen.
 * Names and values from a model folder or bundle (tensor names, id2label, file names) pass
 * through here before they reach a terminal.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** The same plus newline and tab: for one value inside a line, where a newline would forge a line. */
// eslint-disable-next-line no-control-regex -- as above
const CONTROLS_AND_BREAKS = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

function visible(c: string): string {
  const code = c.codePointAt(0)!;
  if (c === '\n') return '\\n';
  if (c === '\r') return '\\r';
  if (c === '\t') return '\\t';
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/**
 * `text` with every terminal control shown as an escape (`\x1b`, `\u202e`); with `keepLayout`,
 * newlines and tabs (the output's own line structure) pass through.
 */
export function escapeTerminal(text: string, options: { keepLayout?: boolean } = {}): string {
  return text.replace(options.keepLayout ? CONTROLS : CONTROLS_AND_BREAKS, visible);
}

/**
 * The CLI's io with human output made terminal-safe: stderr always (messages, progress, warnings)
 * and stdout unless it carries `--json` (JSON.stringify already escapes C0 controls, and JSON
 * output must stay byte-exact).
 */
export function terminalSafeIo(io: CliIo, json: boolean): CliIo {
  return {
    ...io,
    stdout: json ? io.stdout : (t) => io.stdout(escapeTerminal(t, { keepLayout: true })),
    stderr: (t) => io.stderr(escapeTerminal(t, { keepLayout: true })),
  };
}
