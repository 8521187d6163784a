import { describe, expect, it } from 'vitest';
import { checkArchivePath, collisionKey } from './archive-path.js';

describe('checkArchivePath', () => {
  it.each([
    ['/etc/passwd', 'UNBUNDLE_ABSOLUTE_PATH'],
    ['\\\\server\\share\\x', 'UNBUNDLE_ABSOLUTE_PATH'],
    ['C:\\x', 'UNBUNDLE_DRIVE_PATH'],
    ['C:x', 'UNBUNDLE_DRIVE_PATH'],
    ['c:/x', 'UNBUNDLE_DRIVE_PATH'],
    ['..', 'UNBUNDLE_PATH_TRAVERSAL'],
    ['a/../../x', 'UNBUNDLE_PATH_TRAVERSAL'],
    ['a/../b', 'UNBUNDLE_PATH_TRAVERSAL'],
    ['a\\b', 'UNBUNDLE_BAD_PATH'],
    ['a//b', 'UNBUNDLE_BAD_PATH'],
    ['./a', 'UNBUNDLE_BAD_PATH'],
    ['a/file:stream', 'UNBUNDLE_BAD_PATH'],
    ['a\0b', 'UNBUNDLE_BAD_PATH'],
    ['', 'UNBUNDLE_BAD_PATH'],
    [`${'x'.repeat(256)}`, 'UNBUNDLE_BAD_PATH'],
  ])('%j → %s', (path, code) => {
    expect(checkArchivePath(path, false)).toMatchObject({ ok: false, code });
  });

  it('accepts plain relative paths; a directory keeps no trailing slash', () => {
    expect(checkArchivePath('onnx/model.onnx', false)).toEqual({ ok: true, path: 'onnx/model.onnx', segments: ['onnx', 'model.onnx'] });
    expect(checkArchivePath('onnx/', true)).toEqual({ ok: true, path: 'onnx', segments: ['onnx'] });
    expect(checkArchivePath('onnx/', false)).toMatchObject({ ok: false, code: 'UNBUNDLE_BAD_PATH' });
  });

  it('folds case and Unicode normalisation for collisions', () => {
    expect(collisionKey('Caf\u00e9.JSON')).toBe(collisionKey('cafe\u0301.json'));
    expect(collisionKey('a.json')).not.toBe(collisionKey('b.json'));
    // Full case folding: lowercasing alone keeps these apart.
    expect(collisionKey('stra\u00dfe.json')).toBe(collisionKey('STRASSE.json'));
    expect(collisionKey('\u017fpecial.json')).toBe(collisionKey('special.json'));
    expect(collisionKey('\u212a.json')).toBe(collisionKey('k.json'));
  });

  it.each([
    'CON',
    'con.txt',
    'onnx/nul',
    'Aux.json',
    'prn.tar.gz',
    'COM1',
    'lpt9.bin',
    'com\u00b9',
    'conin$',
    'nul .txt',
    'a.',
    'dir./x',
    'a ',
    'what?.json',
    'a*b',
    'x<y',
    'pipe|name',
    'q"uote',
    'tab\there',
    'esc\u001b[31m',
  ])('refuses %j: Windows cannot hold it (UNBUNDLE_BAD_PATH)', (path) => {
    expect(checkArchivePath(path, false)).toMatchObject({ ok: false, code: 'UNBUNDLE_BAD_PATH' });
  });

  it.each(['console.json', 'nullable/x', 'com10', 'lpt', 'auxiliary.bin', 'a.b.c', '.hidden', 'onnx/model_q4f16.onnx', 'caf\u00e9'])(
    'accepts %j (not a reserved name)',
    (path) => {
      expect(checkArchivePath(path, false)).toMatchObject({ ok: true });
    },
  );
});
