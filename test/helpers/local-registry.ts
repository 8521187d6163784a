import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename, dirname, join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * A package registry on 127.0.0.1 that serves only what is already on this machine: the tarballs
 * `pnpm pack` made of our packages, and every third-party package the workspace's pnpm install
 * put in `node_modules/.pnpm` (packed into a tarball on first request). npm and pnpm install from
 * it exactly as from the public registry (packuments, semver ranges, integrity), with no network:
 * a package that is not here is a 404 and the install fails, so nothing is fetched from elsewhere.
 */
export interface LocalRegistry {
  url: string;
  /** Package names whose packument was requested, for assertions and debugging. */
  requested: Set<string>;
  close(): Promise<void>;
}

interface Entry {
  name: string;
  version: string;
  /** A ready tarball, or a package directory to pack on demand. */
  tarball?: string;
  dir?: string;
}

/** `@scope/name` or `name` from a `.pnpm/<name>@<version>[_peers]` directory name. */
async function workspacePackages(pnpmDir: string): Promise<Entry[]> {
  const out: Entry[] = [];
  for (const entry of await readdir(pnpmDir)) {
    const nm = join(pnpmDir, entry, 'node_modules');
    if (entry.indexOf('@', 1) <= 0) continue;
    const name = entry.slice(0, entry.indexOf('@', 1)).replace('+', '/');
    const dir = join(nm, name);
    try {
      const pkg = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8')) as { name: string; version: string };
      if (pkg.name === name) out.push({ name, version: pkg.version, dir });
    } catch {
      // not a package directory (pnpm's lock.yaml, node_modules)
    }
  }
  return out;
}

async function packDir(dir: string, out: string): Promise<void> {
  // npm tarballs hold the package under `package/`; gzip -1: the runtimes are ~300 MB.
  await run('tar', ['-c', '-f', out, '--use-compress-program=gzip -1', '-C', dirname(dir), '--transform', `s,^${basename(dir)},package,`, basename(dir)], {
    maxBuffer: 16 * 1024 * 1024,
  });
}

async function digests(file: string): Promise<{ integrity: string; shasum: string }> {
  const sha512 = createHash('sha512');
  const sha1 = createHash('sha1');
  for await (const chunk of createReadStream(file)) {
    sha512.update(chunk as Buffer);
    sha1.update(chunk as Buffer);
  }
  return { integrity: `sha512-${sha512.digest('base64')}`, shasum: sha1.digest('hex') };
}

/** Start the registry: `ours` are tarballs (from `pnpm pack`), the rest comes from `<repoRoot>/node_modules/.pnpm`. */
export async function startLocalRegistry(options: { repoRoot: string; tarballs: string[]; cacheDir: string }): Promise<LocalRegistry> {
  const byName = new Map<string, Entry[]>();
  const add = (e: Entry) => byName.set(e.name, [...(byName.get(e.name) ?? []).filter((x) => x.version !== e.version), e]);
  for (const e of await workspacePackages(join(options.repoRoot, 'node_modules', '.pnpm'))) add(e);
  for (const tarball of options.tarballs) {
    const { stdout } = await run('tar', ['-x', '-z', '-O', '-f', tarball, 'package/package.json']);
    const pkg = JSON.parse(stdout) as { name: string; version: string };
    add({ name: pkg.name, version: pkg.version, tarball });
  }
  const manifests = new Map<string, Promise<Record<string, unknown>>>();
  const files = new Map<string, string>();
  const requested = new Set<string>();
  let base = '';

  const packument = (name: string): Promise<Record<string, unknown>> => {
    let p = manifests.get(name);
    if (!p) {
      p = (async () => {
        const versions: Record<string, unknown> = {};
        for (const e of byName.get(name) ?? []) {
          let file = e.tarball;
          if (!file) {
            file = join(options.cacheDir, `${name.replace('/', '+')}-${e.version}.tgz`);
            await packDir(e.dir!, file);
          }
          const key = `${name.replace('/', '+')}-${e.version}.tgz`;
          files.set(key, file);
          const pkg = JSON.parse(
            e.tarball
              ? (await run('tar', ['-x', '-z', '-O', '-f', file, 'package/package.json'])).stdout
              : await readFile(join(e.dir!, 'package.json'), 'utf8'),
          ) as Record<string, unknown>;
          versions[e.version] = { ...pkg, dist: { tarball: `${base}/-/${key}`, ...(await digests(file)) } };
        }
        const latest = Object.keys(versions).sort(compareVersions).at(-1)!;
        return { name, 'dist-tags': { latest }, versions };
      })();
      manifests.set(name, p);
    }
    return p;
  };

  const server: Server = createServer((req, res) => {
    void (async () => {
      const path = decodeURIComponent((req.url ?? '/').split('?')[0]!);
      if (path.startsWith('/-/')) {
        const file = files.get(path.slice(3));
        if (!file) return void res.writeHead(404).end();
        res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': (await stat(file)).size });
        createReadStream(file).pipe(res);
        return;
      }
      const name = path.slice(1);
      requested.add(name);
      if (!byName.has(name)) return void res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"not found"}');
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(await packument(name)));
    })().catch((e: unknown) => {
      res.writeHead(500).end(String(e));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: `${base}/`,
    requested,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Release versions only need ordering here; prereleases sort before their release. */
function compareVersions(a: string, b: string): number {
  const pa = a.split(/[.-]/);
  const pb = b.split(/[.-]/);
  for (let i = 0; i < 3; i++) {
    const d = Number(pa[i]) - Number(pb[i]);
    if (d !== 0) return d;
  }
  return (a.includes('-') ? 0 : 1) - (b.includes('-') ? 0 : 1);
}
