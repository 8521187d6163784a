import { readFileSync } from 'node:fs';
import { hasSharedFixtures, sharedFixture } from '@mlpack/test-utils';
import { describe, expect, it } from 'vitest';
import { sniffForeignFormat } from './sniff-foreign-format.js';

const bytes = (...b: number[]): Uint8Array => Uint8Array.from(b);

describe('sniffForeignFormat', () => {
  it.each<[string, Uint8Array, string | undefined]>([
    ['torch legacy pickle (protocol 2)', bytes(0x80, 0x02, 0x8a, 0x0a, 0x6c, 0xfc, 0x9c, 0x46, 0xf9, 0x20), 'pickle'],
    ['pickle protocol 4', bytes(0x80, 0x04, 0x95, 0x10, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x7d), 'pickle'],
    ['pickle protocol 5', bytes(0x80, 0x05), 'pickle'],
    ['torch zip', bytes(0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x08, 0x00, 0x00), 'zip'],
    ['gzip', bytes(0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x03), 'gzip'],
    ['pickle protocol 1 marker is not sniffed', bytes(0x80, 0x01, 0x00), undefined],
    ['empty', bytes(), undefined],
    ['safetensors', bytes(0x02, 0, 0, 0, 0, 0, 0, 0, 0x7b, 0x7d), undefined],
    ['safetensors with a 640-byte header (80 02 …)', bytes(0x80, 0x02, 0, 0, 0, 0, 0, 0, 0x7b), undefined],
    ['safetensors with a 35615-byte header (1f 8b …) and leading space', bytes(0x1f, 0x8b, 0, 0, 0, 0, 0, 0, 0x20), undefined],
    ['pickle bytes whose length would be too large for a header', bytes(0x80, 0x02, 0, 0, 0, 0, 0, 1, 0x7b), 'pickle'],
  ])('%s → %s', (_label, b, expected) => {
    expect(sniffForeignFormat(b)).toBe(expected);
  });

  it.skipIf(!hasSharedFixtures())('recognises the fixture pytorch_model.bin (read 16 bytes, never unpickled)', () => {
    const head = readFileSync(`${sharedFixture('tiny-bert-seqcls-tokenizer')}/pytorch_model.bin`).subarray(0, 16);
    expect(sniffForeignFormat(head)).toBe('zip');
    const st = readFileSync(`${sharedFixture('tiny-bert-seqcls-tokenizer')}/model.safetensors`).subarray(0, 16);
    expect(sniffForeignFormat(st)).toBeUndefined();
  });
});
