import { formatLocation, type Issue, type StrictJsonError } from '@mlpack/core';

/** A strict-JSON parse failure as an issue: the parser's code, byte offset, pointer and hint. */
export function strictJsonErrorToIssue(error: StrictJsonError, file: string): Issue {
  return {
    severity: 'error',
    code: error.code,
    file,
    pointer: error.pointer,
    offset: error.offset,
    message: bareMessage(error),
    hint: error.hint,
  };
}

/** The error's message without the `[CODE] location: ` prefix and the hint line. */
function bareMessage(error: StrictJsonError): string {
  const first = error.message.split('\n')[0] ?? '';
  const where = formatLocation(error);
  const prefix = `[${error.code}] ${where ? `${where}: ` : ''}`;
  return first.startsWith(prefix) ? first.slice(prefix.length) : first;
}
