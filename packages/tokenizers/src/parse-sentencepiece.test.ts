import { describe, expect, it } from 'vitest';
import { parseSentencePieceModel } from './parse-sentencepiece.js';

// A tiny protobuf encoder, enough to write a SentencePiece ModelProto by hand.
function varint(n: number): number[] {
  const out: number[] = [];
  while (n >= 0x80) {
    out.push((n & 0x7f) | 0x80);
    n = Math.floor(n / 128);
  }
  out.push(n);
  return out;
}
const tag = (field: number, wire: number): number[] => varint(field * 8 + wire);
const bytesField = (field: number, payload: number[]): number[] => [...tag(field, 2), ...varint(payload.length), ...payload];
const utf8 = (s: string): number[] => [...new TextEncoder().encode(s)];
const floatField = (field: number): number[] => [...tag(field, 5), 0, 0, 0x80, 0xbf]; // -1.0f
const piece = (text: string): number[] => bytesField(1, [...bytesField(1, utf8(text)), ...floatField(2), ...tag(3, 0), 1]);
const trainerSpec = (modelType: number): number[] => bytesField(2, [...tag(3, 0), modelType, ...tag(4, 0), ...varint(300)]);

describe('parseSentencePieceModel', () => {
  it('reads piece strings in id order and the model type, skipping other fields', () => {
    const bytes = new Uint8Array([
      ...piece('<unk>'),
      ...piece('<s>'),
      ...piece('</s>'),
      ...piece('▁hé'),
      ...trainerSpec(2),
      ...bytesField(3, bytesField(1, utf8('nmt_nfkc'))),
      ...tag(9, 1),
      1,
      2,
      3,
      4,
      5,
      6,
      7,
      8, // a fixed64 field we do not know
    ]);
    const r = parseSentencePieceModel(bytes);
    expect(r).toMatchObject({ ok: true, model: { pieces: ['<unk>', '<s>', '</s>', '▁hé'], scores: [-1, -1, -1, -1], modelType: 'BPE' } });
  });

  it('maps Unigram (1) and leaves unknown enum values undefined', () => {
    const uni = parseSentencePieceModel(new Uint8Array([...piece('a'), ...trainerSpec(1)]));
    expect(uni.ok && uni.model.modelType).toBe('Unigram');
    const odd = parseSentencePieceModel(new Uint8Array([...piece('a'), ...trainerSpec(77)]));
    expect(odd.ok && odd.model.modelType).toBeUndefined();
  });

  it('reads negative int32 fields (10-byte varints: SentencePiece writes pad_id -1) and the trainer / normalizer fields', () => {
    const minusOne = [0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01];
    const trainer = bytesField(2, [
      ...tag(3, 0),
      2, // BPE
      ...tag(35, 0),
      1, // byte_fallback
      ...tag(40, 0),
      0, // unk_id
      ...tag(43, 0),
      ...minusOne, // pad_id -1
      ...bytesField(45, utf8('<UNK>')),
    ]);
    const normalizer = bytesField(3, [...bytesField(1, utf8('nmt_nfkc')), ...bytesField(2, [9, 8, 7]), ...tag(3, 0), 0]);
    const r = parseSentencePieceModel(new Uint8Array([...piece('<unk>'), ...piece('a'), ...trainer, ...normalizer]));
    expect(r.ok, r.ok ? '' : r.message).toBe(true);
    if (!r.ok) return;
    expect(r.model.trainer).toMatchObject({ padId: -1, unkId: 0, bosId: 1, eosId: 2, byteFallback: true, unkPiece: '<UNK>' });
    expect(r.model.modelType).toBe('BPE');
    expect(r.model.types).toEqual(['normal', 'normal']);
    expect(r.model.normalizer).toEqual({
      name: 'nmt_nfkc',
      precompiledCharsmap: new Uint8Array([9, 8, 7]),
      addDummyPrefix: false,
      removeExtraWhitespaces: true,
      escapeWhitespaces: true,
    });
  });

  it('rejects truncated and non-protobuf input with an offset, never throwing', () => {
    const good = [...piece('<unk>'), ...piece('abc')];
    const truncated = parseSentencePieceModel(new Uint8Array(good.slice(0, good.length - 2)));
    expect(truncated).toMatchObject({ ok: false });
    expect(truncated.ok ? -1 : truncated.offset).toBe(piece('<unk>').length + 1);
    expect(parseSentencePieceModel(new TextEncoder().encode('{"not": "protobuf"}'))).toMatchObject({ ok: false });
    expect(parseSentencePieceModel(new Uint8Array([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]))).toMatchObject({
      ok: false,
      offset: 0,
    });
    expect(parseSentencePieceModel(new Uint8Array())).toMatchObject({ ok: false, message: expect.stringContaining('no pieces') });
  });

  it('never throws on random bytes', () => {
    let seed = 12345;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) & 0xff;
    for (let n = 0; n < 300; n++) {
      const len = n % 64;
      const bytes = new Uint8Array(len).map(() => next());
      const r = parseSentencePieceModel(bytes);
      expect(typeof r.ok).toBe('boolean');
    }
  });
});
