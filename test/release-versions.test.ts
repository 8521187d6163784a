import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MLPACK_VERSION } from '@mlpack/core';
import { repoRoot } from '@mlpack/test-utils';

const packagesDir = join(repoRoot, 'packages');
const manifests = readdirSync(packagesDir)
  .sort()
  .map((dir) => ({
    dir,
    pkg: JSON.parse(readFileSync(join(packagesDir, dir, 'package.json'), 'utf8')) as { name: string; version: string; private?: boolean; files?: string[] },
  }));
const source = manifests.find((m) => m.dir === 'mlpack')!.pkg.version;

describe('one version source: packages/mlpack/package.json', () => {
  it('every package.json and MLPACK_VERSION carry it', () => {
    expect(source).toMatch(/^\d+\.\d+\.\d+/);
    expect(manifests.length).toBeGreaterThan(10);
    expect(manifests.filter((m) => m.pkg.version !== source).map((m) => `${m.pkg.name}@${m.pkg.version}`)).toEqual([]);
    expect(MLPACK_VERSION).toBe(source);
  });

  it('scripts/sync-version.mjs --check agrees', () => {
    const r = spawnSync(process.execPath, [join(repoRoot, 'scripts', 'sync-version.mjs'), '--check'], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('changesets versions every package together', () => {
    const config = JSON.parse(readFileSync(join(repoRoot, '.changeset', 'config.json'), 'utf8')) as { fixed: string[][]; ignore: string[] };
    expect(config.fixed).toEqual([['mlpack', '@mlpack/*']]);
    expect(config.ignore).toEqual([]);
    for (const { pkg } of manifests) expect(pkg.name === 'mlpack' || pkg.name.startsWith('@mlpack/'), pkg.name).toBe(true);
    const root = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(root.scripts['release:version']).toBe('changeset version && node scripts/sync-version.mjs');
    expect(root.scripts['release:pack']).not.toMatch(/publish/);
    // release:pack packs the public packages only: it excludes exactly the private ones.
    const excluded = [...root.scripts['release:pack']!.matchAll(/--filter "!\.\/packages\/([a-z-]+)"/g)].map((m) => m[1]).sort();
    expect(excluded).toEqual(manifests.filter((m) => m.pkg.private === true).map((m) => m.dir));
  });

  it('package files never ship a tsbuildinfo', () => {
    for (const { dir, pkg } of manifests) expect(pkg.files, dir).toEqual(['dist', '!dist/.tsbuildinfo']);
  });
});
