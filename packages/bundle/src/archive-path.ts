import type { BundleErrorCode } from './bundle-error.js';

/** Longest entry path accepted, in UTF-8 bytes (Linux PATH_MAX). */
export const MAX_PATH_BYTES = 4096;
/** Longest path segment accepted, in UTF-8 bytes (NAME_MAX of common filesystems). */
export const MAX_SEGMENT_BYTES = 255;

export type PathVerdict = { ok: true; path: string; segments: string[] } | { ok: false; code: BundleErrorCode; message: string };

/**
 * Judge an archive entry's path before anything is written. Accepted: a plain relative path with
 * `/` separators, no empty, `.` or `..` segment (a `..` anywhere is refused, even one that would
 * normalise inside the root), no backslash, colon or NUL (Windows separators, drive letters and
 * NTFS streams), within the length limits. A directory's one trailing `/` is dropped first.
 */
export function checkArchivePath(raw: string, isDirectory: boolean): PathVerdict {
  const bad = (code: BundleErrorCode, message: string): PathVerdict => ({ ok: false, code, message });
  if (raw.length === 0) return bad('UNBUNDLE_BAD_PATH', 'empty path');
  if (raw.includes('\0')) return bad('UNBUNDLE_BAD_PATH', 'path contains a NUL byte');
  if (raw.startsWith('/') || raw.startsWith('\\')) return bad('UNBUNDLE_ABSOLUTE_PATH', 'absolute path');
  if (/^[A-Za-z]:/.test(raw)) return bad('UNBUNDLE_DRIVE_PATH', 'path starts with a drive letter');
  if (raw.includes('\\')) return bad('UNBUNDLE_BAD_PATH', 'path contains a backslash (a separator on Windows)');
  const path = isDirectory && raw.endsWith('/') ? raw.slice(0, -1) : raw;
  const segments = path.split('/');
  if (segments.includes('..')) return bad('UNBUNDLE_PATH_TRAVERSAL', 'path has a ".." segment');
  if (segments.some((s) => s === '' || s === '.')) return bad('UNBUNDLE_BAD_PATH', 'path has an empty or "." segment');
  if (path.includes(':')) return bad('UNBUNDLE_BAD_PATH', 'path contains ":" (a drive or NTFS stream on Windows)');
  if (Buffer.byteLength(path) > MAX_PATH_BYTES) return bad('UNBUNDLE_BAD_PATH', `path is longer than ${MAX_PATH_BYTES} bytes`);
  if (segments.some((s) => Buffer.byteLength(s) > MAX_SEGMENT_BYTES))
    return bad('UNBUNDLE_BAD_PATH', `a path segment is longer than ${MAX_SEGMENT_BYTES} bytes`);
  // A bundle must extract the same everywhere: names Windows cannot create (or silently alters) are refused on every OS.
  for (const s of segments) {
    const why = windowsUnsafe(s);
    if (why) return bad('UNBUNDLE_BAD_PATH', `path segment ${JSON.stringify(s)} ${why}`);
  }
  return { ok: true, path, segments };
}

/** Device names Windows reserves in every directory, with any extension (`nul.txt` is NUL too). */
const WINDOWS_DEVICE_NAME = /^(con|prn|aux|nul|conin\$|conout\$|com[0-9\u00b9\u00b2\u00b3]|lpt[0-9\u00b9\u00b2\u00b3])$/i;
/** Characters Win32 refuses in a file name (besides `\`, `/`, `:` and NUL, refused above): `< > " | ? *` and controls 1–31. */
// eslint-disable-next-line no-control-regex -- the control characters are exactly what is refused
const WINDOWS_FORBIDDEN_CHARS = /[<>"|?*\u0001-\u001f]/;

/** Why Windows cannot hold `segment` as a file or directory name, or undefined when it can. */
function windowsUnsafe(segment: string): string | undefined {
  if (WINDOWS_FORBIDDEN_CHARS.test(segment)) return 'holds a character Windows refuses in names (< > " | ? * or a control character)';
  // Win32 drops trailing dots and spaces, so `a.` would become `a` (another entry's name).
  if (/[. ]$/.test(segment)) return 'ends with a dot or a space (Windows drops them)';
  const stem = segment.split('.')[0]!.trimEnd();
  if (WINDOWS_DEVICE_NAME.test(stem)) return 'is a device name reserved on Windows (CON, PRN, AUX, NUL, COM1–9, LPT1–9)';
  return undefined;
}

/**
 * The key two paths collide under on case-insensitive or normalising filesystems (macOS, Windows):
 * Unicode NFC, then full case folding approximated by upper- then lowercasing (so `ß` meets `ss`
 * and `ſ` meets `s`, which lowercasing alone misses). It may join names a given filesystem keeps
 * apart: refusing such an archive is the safe side.
 */
export function collisionKey(path: string): string {
  return path.normalize('NFC').toUpperCase().toLowerCase().normalize('NFC');
}
