import { readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir, removeTempDir } from '@mlpack/test-utils';
import { handMadeTar, handMadeTarGz, manifestBytes, manifestFor } from './__fixtures__/hand-made-archive.js';
import type { RawEntry } from './__fixtures__/hand-made-archive.js';
import { unbundle } from './unbundle.js';
import type { UnbundleLimits } from './unbundle-limits.js';
import { verifyBundle } from './verify-bundle.js';
import { archiveOrder, writeTarGz } from './write-tar-gz.js';
import type { TarEntry } from './write-tar-gz.js';

const CANARY = 'canary: must never change\n';
const CONFIG = '{"model_type":"bert"}\n';
const MODEL = Buffer.from('not really onnx, but hashed like one');

let root: string;
let canary: string;
let out: string;
beforeEach(async () => {
  root = await makeTempDir('mlpack-unbundle-');
  canary = join(root, 'canary.txt');
  await writeFile(canary, CANARY);
  out = join(root, 'out');
});
afterEach(async () => {
  await removeTempDir(root);
});

/** The standard listed files and a manifest for them (plus `extra` listed files). */
function listed(extra: Record<string, Buffer | string> = {}): { files: Record<string, Buffer | string>; manifest: Buffer } {
  const files = { 'config.json': CONFIG, 'onnx/model.onnx': MODEL, ...extra };
  return { files, manifest: manifestBytes(manifestFor(files)) };
}

/** mlpack.json, then `entries`. */
async function archive(entries: RawEntry[], manifest = listed().manifest): Promise<string> {
  const path = join(root, 'bundle.tar.gz');
  await writeFile(path, handMadeTarGz([{ path: 'mlpack.json', body: manifest }, ...entries]));
  return path;
}

const good = (): RawEntry[] => [
  { path: 'config.json', body: CONFIG },
  { path: 'onnx/', type: 'Directory' },
  { path: 'onnx/model.onnx', body: MODEL },
];

/** The refusal leaves the canary as it was, creates no target and leaves no temp dir. */
async function expectRefused(bundle: string, code: string, limits?: Partial<UnbundleLimits>): Promise<void> {
  await expect(unbundle(bundle, { out, limits })).rejects.toMatchObject({ code });
  expect(await readFile(canary, 'utf8')).toBe(CANARY);
  expect((await readdir(root)).sort()).toEqual(['bundle.tar.gz', 'canary.txt']);
  if ((code.startsWith('UNBUNDLE_') && code !== 'UNBUNDLE_MISSING_ENTRY') || code === 'BUNDLE_MANIFEST_INVALID') {
    // verifyBundle takes the same first pass, so it refuses an unsafe archive the same way
    await expect(verifyBundle(bundle, { inference: false, limits })).rejects.toMatchObject({ code });
  } else {
    // a content problem of a safe archive is a failed check in verifyBundle's report, naming the file
    const report = await verifyBundle(bundle, { inference: false, limits });
    expect(report.ok).toBe(false);
    const reported = code === 'UNBUNDLE_MISSING_ENTRY' ? 'BUNDLE_FILE_MISSING' : code;
    expect(report.errors.map((e) => [e.code, e.file])).toEqual([[reported, 'config.json']]);
  }
  expect((await readdir(root)).sort()).toEqual(['bundle.tar.gz', 'canary.txt']);
}

describe('unbundle: a well-formed archive', () => {
  it('extracts exactly the listed files with their bytes and verifies them', async () => {
    const bundle = await archive(good());
    const r = await unbundle(bundle, { out });
    expect(r.out).toBe(out);
    expect(r.report.ok).toBe(true);
    expect(r.report.files).toEqual({ listed: 2, ok: true, paths: ['config.json', 'onnx/model.onnx'] });
    expect((await readdir(out)).sort()).toEqual(['config.json', 'mlpack.json', 'onnx']);
    expect(await readFile(join(out, 'onnx', 'model.onnx'))).toEqual(MODEL);
    expect(await readFile(join(out, 'config.json'), 'utf8')).toBe(CONFIG);
    expect((await stat(join(out, 'config.json'))).mode & 0o777).toBe(0o644 & ~process.umask());
    expect((await readdir(root)).sort()).toEqual(['bundle.tar.gz', 'canary.txt', 'out']);
  });

  it('extracts files as 0644 and directories as 0755 whatever modes the headers carry (no setuid, no exec)', async () => {
    const bundle = await archive([
      { path: 'config.json', body: CONFIG, mode: 0o4777 },
      { path: 'onnx/', type: 'Directory', mode: 0o3777 },
      { path: 'onnx/model.onnx', body: MODEL, mode: 0o6755 },
    ]);
    await unbundle(bundle, { out });
    const umask = process.umask();
    expect((await stat(join(out, 'config.json'))).mode & 0o7777).toBe(0o644 & ~umask);
    expect((await stat(join(out, 'onnx/model.onnx'))).mode & 0o7777).toBe(0o644 & ~umask);
    expect((await stat(join(out, 'onnx'))).mode & 0o7777).toBe(0o755 & ~umask);
  });

  it('a bundle whose paths need pax records (long Triton model name) unbundles to exactly those paths', async () => {
    const name = 'a'.repeat(200);
    const files = { [`${name}/1/model.onnx`]: MODEL, [`${name}/config.pbtxt`]: 'name: "x"\n', 'config.json': CONFIG };
    const m = { ...manifestFor(files), targets: [{ format: 'onnx' as const, opset: 17, ir_version: 8, path: `${name}/1/model.onnx` }] };
    const bundle = join(root, 'bundle.tar.gz');
    await writeTarGz(
      bundle,
      archiveOrder([
        { type: 'file', path: 'mlpack.json', bytes: manifestBytes(m) },
        { type: 'directory', path: name },
        { type: 'directory', path: `${name}/1` },
        ...Object.entries(files).map(([path, body]): TarEntry => ({ type: 'file', path, bytes: Buffer.from(body) })),
      ]),
      { mtime: 0 },
    );
    const r = await unbundle(bundle, { out });
    expect(r.report.files).toEqual({ listed: 3, ok: true, paths: [`${name}/1/model.onnx`, `${name}/config.pbtxt`, 'config.json'].sort() });
    expect((await readdir(join(out, name))).sort()).toEqual(['1', 'config.pbtxt']);
    expect(await readFile(join(out, name, '1', 'model.onnx'))).toEqual(MODEL);
  });

  it('refuses a non-empty target unless forced', async () => {
    const bundle = await archive(good());
    await unbundle(bundle, { out });
    await expect(unbundle(bundle, { out })).rejects.toMatchObject({ code: 'OUTPUT_NOT_EMPTY' });
    await unbundle(bundle, { out, force: true });
    expect(await readFile(join(out, 'config.json'), 'utf8')).toBe(CONFIG);
  });
});

describe('unbundle refuses hostile archives before writing anything', () => {
  it.each<[string, string, () => RawEntry[], Record<string, string>?]>([
    ['absolute path', 'UNBUNDLE_ABSOLUTE_PATH', () => [...good(), { path: '/ROOT/canary.txt', body: 'pwned' }]],
    ['drive letter with backslash', 'UNBUNDLE_DRIVE_PATH', () => [...good(), { path: 'C:\\canary.txt', body: 'pwned' }]],
    ['drive-relative path', 'UNBUNDLE_DRIVE_PATH', () => [...good(), { path: 'C:canary.txt', body: 'pwned' }]],
    ['.. escaping the target', 'UNBUNDLE_PATH_TRAVERSAL', () => [...good(), { path: '../canary.txt', body: 'pwned' }]],
    ['.. inside the path', 'UNBUNDLE_PATH_TRAVERSAL', () => [...good(), { path: 'onnx/../../canary.txt', body: 'pwned' }]],
    ['backslash separator', 'UNBUNDLE_BAD_PATH', () => [...good(), { path: 'onnx\\..\\..\\canary.txt', body: 'pwned' }]],
    ['symlink', 'UNBUNDLE_SYMLINK', () => [{ path: 'config.json', type: 'SymbolicLink', linkpath: '../canary.txt' }, ...good().slice(1)]],
    ['hardlink', 'UNBUNDLE_HARDLINK', () => [{ path: 'config.json', type: 'Link', linkpath: 'ROOT/canary.txt' }, ...good().slice(1)]],
    ['character device', 'UNBUNDLE_DEVICE', () => [...good(), { path: 'null', type: 'CharacterDevice' }]],
    ['block device', 'UNBUNDLE_DEVICE', () => [...good(), { path: 'sda', type: 'BlockDevice' }]],
    ['FIFO', 'UNBUNDLE_FIFO', () => [...good(), { path: 'pipe', type: 'FIFO' }]],
    ['duplicate entry', 'UNBUNDLE_DUPLICATE', () => [...good(), { path: 'config.json', body: 'second copy' }]],
    ['case collision', 'UNBUNDLE_CASE_COLLISION', () => [...good(), { path: 'Config.JSON', body: 'x' }]],
    [
      'full-case-folding collision (ß / SS)',
      'UNBUNDLE_CASE_COLLISION',
      () => [...good(), { path: 'stra\u00dfe.txt', body: 'x' }, { path: 'STRASSE.txt', body: 'y' }],
      { 'stra\u00dfe.txt': 'x', 'STRASSE.txt': 'y' },
    ],
    ['Windows device name', 'UNBUNDLE_BAD_PATH', () => [...good(), { path: 'onnx/CON.json', body: 'x' }]],
    ['trailing dot (Windows drops it)', 'UNBUNDLE_BAD_PATH', () => [...good(), { path: 'config.json.', body: 'x' }]],
    [
      'NFC/NFD collision',
      'UNBUNDLE_UNICODE_COLLISION',
      () => [...good(), { path: 'caf\u00e9.json', body: 'x' }, { path: 'cafe\u0301.json', body: 'y' }],
      { 'caf\u00e9.json': 'x', 'cafe\u0301.json': 'y' },
    ],
    [
      'file where a directory is needed',
      'UNBUNDLE_PATH_CONFLICT',
      () => [
        { path: 'onnx', body: 'x' },
        { path: 'onnx/model.onnx', body: MODEL },
      ],
      { onnx: 'x' },
    ],
    ['unlisted entry', 'UNBUNDLE_UNLISTED_ENTRY', () => [...good(), { path: 'extra.txt', body: 'not in the manifest' }]],
    ['unlisted directory', 'UNBUNDLE_UNLISTED_ENTRY', () => [...good(), { path: 'tfjs/', type: 'Directory' }]],
    ['too deep', 'UNBUNDLE_TOO_DEEP', () => [...good(), { path: `${Array.from({ length: 17 }, (_, i) => `d${i}`).join('/')}`, body: 'x' }]],
    ['too large (header claims 100 GiB)', 'UNBUNDLE_TOO_LARGE', () => [{ path: 'config.json', size: 100 * 1024 ** 3 }]],
    ['listed file missing', 'UNBUNDLE_MISSING_ENTRY', () => good().filter((e) => e.path !== 'config.json')],
    ['listed file with other bytes', 'BUNDLE_FILE_MODIFIED', () => [{ path: 'config.json', body: CONFIG.replace('bert', 'BERT') }, ...good().slice(1)]],
  ])('%s → %s', async (_name, code, entries, alsoListed) => {
    const fixed = entries().map((e) => ({
      ...e,
      path: e.path.replace('ROOT', root.slice(1)),
      ...(e.linkpath ? { linkpath: e.linkpath.replace('ROOT', root.slice(1)) } : {}),
    }));
    await expectRefused(await archive(fixed, listed(alsoListed).manifest), code);
  });

  it.each<[string, string, () => RawEntry[], Record<string, string>?]>([
    [
      'pax path with ".." behind a listed ustar name',
      'UNBUNDLE_PATH_TRAVERSAL',
      () => [{ path: 'config.json', body: CONFIG, pax: { path: '../canary.txt' } }, ...good().slice(1)],
    ],
    [
      'pax path that is absolute',
      'UNBUNDLE_ABSOLUTE_PATH',
      () => [{ path: 'config.json', body: CONFIG, pax: { path: '/ROOT/canary.txt' } }, ...good().slice(1)],
    ],
    ['pax path that is unlisted', 'UNBUNDLE_UNLISTED_ENTRY', () => [{ path: 'config.json', body: CONFIG, pax: { path: 'evil.txt' } }, ...good().slice(1)]],
    // Header.encode splits this 105-byte path into the ustar prefix "onnx" and the name "mmm…": node-tar's
    // header.path is then "onnx/" + the pax path (listed), while the entry is written to the pax path itself
    [
      'pax path whose ustar prefix makes header.path a listed file',
      'UNBUNDLE_UNLISTED_ENTRY',
      () => [...good(), { path: `onnx/${'m'.repeat(100)}`, body: 'x', pax: { path: 'm'.repeat(100) } }],
      { [`onnx/${'m'.repeat(100)}`]: 'x' },
    ],
    [
      'GNU long name (type L) with ".."',
      'UNBUNDLE_PATH_TRAVERSAL',
      () => [
        { path: '././@LongLink', type: 'NextFileHasLongPath', body: '../canary.txt\0', size: 14 },
        { path: 'config.json', body: CONFIG },
        ...good().slice(1),
      ],
    ],
    [
      'GNU long name (type L) naming an unlisted file',
      'UNBUNDLE_UNLISTED_ENTRY',
      () => [{ path: '././@LongLink', type: 'NextFileHasLongPath', body: 'evil.txt\0', size: 9 }, { path: 'config.json', body: CONFIG }, ...good().slice(1)],
    ],
    [
      'global pax header with a path',
      'UNBUNDLE_ENTRY_TYPE',
      () => [{ path: 'config.json', body: CONFIG, globalPax: { path: '../canary.txt' } }, ...good().slice(1)],
    ],
    ['file entry whose name ends in "/" (read as an unlisted directory)', 'UNBUNDLE_UNLISTED_ENTRY', () => [...good(), { path: 'extra/', body: '' }]],
  ])('%s → %s', async (_name, code, entries, alsoListed) => {
    const fixed = entries().map((e) => (e.pax?.path ? { ...e, pax: { ...e.pax, path: e.pax.path.replace('ROOT', root.slice(1)) } } : e));
    await expectRefused(await archive(fixed, listed(alsoListed).manifest), code);
  });

  it('mlpack.json not first → UNBUNDLE_MANIFEST_NOT_FIRST', async () => {
    const bundle = join(root, 'bundle.tar.gz');
    await writeFile(bundle, handMadeTarGz([{ path: 'config.json', body: CONFIG }, { path: 'mlpack.json', body: listed().manifest }, ...good().slice(1)]));
    await expectRefused(bundle, 'UNBUNDLE_MANIFEST_NOT_FIRST');
  });

  it('too many entries → UNBUNDLE_TOO_MANY_ENTRIES (budget lowered to 3)', async () => {
    await expectRefused(await archive(good()), 'UNBUNDLE_TOO_MANY_ENTRIES', { maxEntries: 3 });
    // the same archive passes with the budget it needs (4 entries)
    await expect(unbundle(await archive(good()), { out, limits: { maxEntries: 4 } })).resolves.toMatchObject({ out });
  });

  it('total size over budget → UNBUNDLE_TOO_LARGE', async () => {
    await expectRefused(await archive(good()), 'UNBUNDLE_TOO_LARGE', { maxTotalBytes: MODEL.length });
  });

  it('decompression bomb → UNBUNDLE_RATIO, counted while inflating', async () => {
    const zeros = Buffer.alloc(8 * 1024 * 1024);
    const { manifest } = listed({ 'zeros.bin': zeros });
    const bundle = await archive([...good(), { path: 'zeros.bin', body: zeros }], manifest);
    const compressed = (await stat(bundle)).size;
    expect(compressed).toBeLessThan(zeros.length / 200);
    await expectRefused(bundle, 'UNBUNDLE_RATIO');
    // the same archive is fine when the ratio budget allows it
    await expect(unbundle(bundle, { out, limits: { maxRatio: 2000 } })).resolves.toMatchObject({ out });
    expect((await stat(join(out, 'zeros.bin'))).size).toBe(zeros.length);
  });

  it('a mlpack.json that is not a bundle manifest → BUNDLE_MANIFEST_INVALID', async () => {
    const m = manifestFor({ 'config.json': CONFIG });
    const conversion = { ...m, kind: 'conversion' } as Record<string, unknown>;
    for (const k of ['name', 'version', 'layout', 'io_schema', 'goldens']) delete conversion[k];
    await expectRefused(await archive([{ path: 'config.json', body: CONFIG }], Buffer.from(JSON.stringify(conversion))), 'BUNDLE_MANIFEST_INVALID');
    await expectRefused(await archive([{ path: 'config.json', body: CONFIG }], Buffer.from('{"kind":"bundle","kind":"x"}')), 'BUNDLE_MANIFEST_INVALID');
  });

  it('a plain tar (not gzip) → UNBUNDLE_NOT_GZIP; a truncated gzip → UNBUNDLE_CORRUPT', async () => {
    const bundle = join(root, 'bundle.tar.gz');
    await writeFile(bundle, handMadeTar([{ path: 'mlpack.json', body: listed().manifest }, ...good()]));
    await expectRefused(bundle, 'UNBUNDLE_NOT_GZIP');
    const whole = handMadeTarGz([{ path: 'mlpack.json', body: listed().manifest }, ...good()]);
    await writeFile(bundle, whole.subarray(0, Math.floor(whole.length / 2)));
    await expectRefused(bundle, 'UNBUNDLE_CORRUPT');
  });

  it('an archive with a bad header checksum → UNBUNDLE_CORRUPT', async () => {
    const manifest = listed().manifest;
    const tar = handMadeTar([{ path: 'mlpack.json', body: manifest }, ...good()]);
    const nextHeader = 512 * (1 + Math.ceil(manifest.length / 512));
    expect(tar.subarray(nextHeader, nextHeader + 11).toString()).toBe('config.json');
    tar[nextHeader + 3]! ^= 0x20; // "config.json" → "conFig.json" without fixing the checksum
    const bundle = join(root, 'bundle.tar.gz');
    await writeFile(bundle, gzipSync(tar));
    await expectRefused(bundle, 'UNBUNDLE_CORRUPT');
  });
});
