import { MlpackError, fsErrorOf } from '@mlpack/core';
import { escapeTerminal } from './escape-terminal.js';

/**
 * What the top-level catch reports: an `MlpackError` as is; an ordinary filesystem failure
 * (EACCES, EROFS, ENOTDIR, EISDIR, ENOSPC, ENOENT, …) that no command mapped where it knew the
 * path becomes the coded `FsError` naming the path the system error carries; anything else is
 * left for the internal-error report (a bug).
 */
export function codedError(e: unknown): unknown {
  if (e instanceof MlpackError) return e;
  return fsErrorOf(e) ?? e;
}

/**
 * The error's message for a terminal: the names it carries from the input (file, tensor, pointer)
 * shown with every control character escaped, newlines included, so a crafted name cannot forge
 * lines or send escape sequences; the message's own line breaks (the hint line) stay.
 */
export function humanMessage(e: MlpackError): string {
  let text = e.message;
  for (const value of [e.file, e.tensor, e.pointer]) {
    if (value !== undefined && value !== '' && escapeTerminal(value) !== value) text = text.split(value).join(escapeTerminal(value));
  }
  return text;
}
