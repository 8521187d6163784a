/**
 * GPT-2's byte-level alphabet: each byte maps to one printable Unicode character so that BPE can
 * work on text without ever meeting an unknown symbol. Printable Latin-1 bytes map to themselves;
 * the others (controls, space, ...) to U+0100 onwards, in byte order (space becomes `Ġ`).
 */
function isSelfMappedByte(b: number): boolean {
  return (b >= 0x21 && b <= 0x7e) || (b >= 0xa1 && b <= 0xac) || (b >= 0xae && b <= 0xff);
}

/** First code point used for bytes that are not printable as themselves. */
const REMAPPED_BASE = 0x100;

let byteToChar: string[] | undefined;

/** The 256-entry byte → character table (built on first use). */
export function byteLevelAlphabet(): readonly string[] {
  if (!byteToChar) {
    const table: string[] = [];
    let n = 0;
    for (let b = 0; b < 256; b++) {
      table.push(String.fromCodePoint(isSelfMappedByte(b) ? b : REMAPPED_BASE + n++));
    }
    byteToChar = table;
  }
  return byteToChar;
}

/** GPT-2's pre-tokenization pattern (contractions, letters, digits, other, whitespace runs). */
const GPT2_SPLIT = /'s|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+/gu;

const utf8 = new TextEncoder();

/** Split `text` like the ByteLevel pre-tokenizer (add_prefix_space false) and map each piece's bytes. */
export function byteLevelPreTokenize(text: string): string[] {
  const table = byteLevelAlphabet();
  return (text.match(GPT2_SPLIT) ?? []).map((piece) =>
    Array.from(utf8.encode(piece), (b) => table[b]!).join(''),
  );
}
