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
  });
});
