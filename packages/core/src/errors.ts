/**
 * The one error family of mlpack. Every package defines its own string union of codes and a
 * subclass (e.g. `SafetensorsError extends MlpackError<SafetensorsErrorCode>`); the CLI's single
 * top-level catch maps any `MlpackError` to its exit status and a message naming file, field and fix.
 */

/** Where in the input a problem sits: a file plus a JSON pointer, a byte offset, or a tensor name. */
export interface ErrorLocation {
  /** Path of the offending file (as given by the user or relative to the model folder). */
  file?: string | undefined;
  /** RFC 6901 JSON pointer into `file`, e.g. `/weight_map/lm_head.weight`. */
  pointer?: string | undefined;
  /** Byte offset into `file`. */
  offset?: number | bigint | undefined;
  /** Tensor name, when the problem concerns one tensor. */
  tensor?: string | undefined;
}

export interface MlpackErrorOptions extends ErrorLocation {
  /** What the user can do about it, one sentence. */
  hint?: string | undefined;
  /** The underlying error, if any. */
  cause?: unknown;
  /** Process exit status the CLI should use: 1 bad input or failed check (default), 2 usage error. */
  exitCode?: 1 | 2;
}

export class MlpackError<C extends string = string> extends Error {
  override name = 'MlpackError';
  readonly code: C;
  readonly file: string | undefined;
  readonly pointer: string | undefined;
  readonly offset: number | bigint | undefined;
  readonly tensor: string | undefined;
  readonly hint: string | undefined;
  readonly exitCode: 1 | 2;

  constructor(code: C, message: string, options: MlpackErrorOptions = {}) {
    super(formatMessage(code, message, options), options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.file = options.file;
    this.pointer = options.pointer;
    this.offset = options.offset;
    this.tensor = options.tensor;
    this.hint = options.hint;
    this.exitCode = options.exitCode ?? 1;
  }

  /** The message without location prefix and hint, as passed to the constructor. */
  get detail(): string {
    return this.message.split('\n')[0]!.replace(/^\[[A-Z0-9_]+\] (.*?: )?/, '');
  }

  /** Plain-object form for `--json` output and reports. */
  toJSON(): ErrorJson {
    return {
      code: this.code,
      message: this.message,
      ...(this.file !== undefined ? { file: this.file } : {}),
      ...(this.pointer !== undefined ? { pointer: this.pointer } : {}),
      ...(this.offset !== undefined ? { offset: Number(this.offset) } : {}),
      ...(this.tensor !== undefined ? { tensor: this.tensor } : {}),
      ...(this.hint !== undefined ? { hint: this.hint } : {}),
    };
  }
}

export interface ErrorJson {
  code: string;
  message: string;
  file?: string;
  pointer?: string;
  offset?: number;
  tensor?: string;
  hint?: string;
}

/** `[CODE] file#/pointer @ byte 12 (tensor x): message` + a hint line. */
function formatMessage(code: string, message: string, o: MlpackErrorOptions): string {
  const where = formatLocation(o);
  const head = `[${code}] ${where ? `${where}: ` : ''}${message}`;
  return o.hint ? `${head}\n  hint: ${o.hint}` : head;
}

export function formatLocation(o: ErrorLocation): string {
  const parts: string[] = [];
  if (o.file !== undefined) parts.push(o.pointer !== undefined ? `${o.file}#${o.pointer}` : o.file);
  else if (o.pointer !== undefined) parts.push(`#${o.pointer}`);
  if (o.offset !== undefined) parts.push(`at byte ${o.offset}`);
  if (o.tensor !== undefined) parts.push(`tensor "${o.tensor}"`);
  return parts.join(' ');
}

/** Error for command-line usage mistakes (exit status 2). */
export class UsageError extends MlpackError<'USAGE'> {
  override name = 'UsageError';
  constructor(message: string, hint?: string) {
    super('USAGE', message, { hint, exitCode: 2 });
  }
}

export function isMlpackError(e: unknown): e is MlpackError {
  return e instanceof MlpackError;
}
