/**
 * Text of a growing token sequence, handed out as deltas: tokens are decoded together (a byte-level
 * BPE or byte-fallback token may hold half a character), and a delta is held back while the text
 * ends in U+FFFD (an incomplete UTF-8 sequence that the next token may finish) or while the newly
 * decoded text does not extend what was already handed out.
 */
export class IncrementalText {
  readonly #decode: (ids: readonly number[]) => string;
  readonly #ids: number[] = [];
  #emitted = '';

  constructor(decode: (ids: readonly number[]) => string) {
    this.#decode = decode;
  }

  /** Add tokens; returns the new text that can be shown now ('' when none). */
  push(...ids: number[]): string {
    this.#ids.push(...ids);
    const text = this.#decode(this.#ids);
    if (text.endsWith('\uFFFD') || !text.startsWith(this.#emitted)) return '';
    const delta = text.slice(this.#emitted.length);
    this.#emitted = text;
    return delta;
  }

  /** Whatever is left (the final text may still end in U+FFFD if the model stopped mid-character). */
  flush(): string {
    const text = this.#decode(this.#ids);
    const delta = text.startsWith(this.#emitted) ? text.slice(this.#emitted.length) : '';
    this.#emitted = text;
    return delta;
  }

  get text(): string {
    return this.#decode(this.#ids);
  }
}
