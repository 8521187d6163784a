import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { once } from 'node:events';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { currentMarker, isMarkerAlive, processStartTime } from './process-marker.js';
import { registerTemp, registeredTemps, releaseTemp, removeRegisteredTemps, sweepStaleTemps, tempName, tempOwner } from './temp-registry.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mlpack-temps-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The pid of a process that has exited (its own short-lived child). */
function deadPid(): number {
  const r = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
  return Number(r.stdout.toString());
}

describe('process markers', () => {
  it('this process is alive; an exited one is not; a reused pid with another start time is not', () => {
    const me = currentMarker();
    expect(me.pid).toBe(process.pid);
    if (processStartTime(process.pid) !== undefined) expect(me.start).toMatch(/^[0-9]+$/);
    expect(isMarkerAlive(me)).toBe(true);
    expect(isMarkerAlive({ pid: deadPid(), start: '1' })).toBe(false);
    if (processStartTime(process.ppid) !== undefined) {
      expect(isMarkerAlive({ pid: process.ppid, start: processStartTime(process.ppid)! })).toBe(true);
      expect(isMarkerAlive({ pid: process.ppid, start: '1' })).toBe(false);
    }
  });
});

describe('temp names and the stale sweep', () => {
  it('names carry pid and start time and parse back', () => {
    const name = tempName('.out');
    expect(name).toMatch(new RegExp(`^\\.out\\.mlpack-tmp-${process.pid}-[0-9]+-[0-9a-f]{8}$`));
    expect(tempOwner(name)).toEqual(currentMarker());
    expect(tempOwner(`${name}-old`)).toEqual(currentMarker());
    expect(tempOwner('.out.mlpack-tmp-123-0badcafe')).toEqual({ pid: 123, start: '0' });
    expect(tempOwner('model.safetensors')).toBeUndefined();
  });

  it('removes the temp output of dead processes only, leaving live ones and everything else', async () => {
    const dead = deadPid();
    const staleDir = `.out.mlpack-tmp-${dead}-12345-0011aabb`;
    const staleFile = `.b.tar.gz.mlpack-tmp-${dead}-12345-0011aabc`;
    const staleLegacy = `.x.mlpack-tmp-${dead}-deadbeef`;
    const live = tempName('.out');
    await mkdir(join(dir, staleDir, 'onnx'), { recursive: true });
    await writeFile(join(dir, staleDir, 'onnx', 'model.onnx'), 'partial');
    await writeFile(join(dir, staleFile), 'partial');
    await mkdir(join(dir, staleLegacy));
    await mkdir(join(dir, live));
    await writeFile(join(dir, '.out.mlpack-lock'), `${dead}-12345\n`);
    await writeFile(join(dir, '.other.mlpack-lock'), `${process.pid}-${currentMarker().start}\n`);
    await writeFile(join(dir, 'keep.mlpack-tmp-notours'), 'x');
    await mkdir(join(dir, 'model'));
    const removed = await sweepStaleTemps(dir);
    expect(removed).toEqual(['.b.tar.gz.mlpack-tmp-' + `${dead}-12345-0011aabc`, '.out.mlpack-lock', staleDir, staleLegacy].sort());
    expect((await readdir(dir)).sort()).toEqual(['.other.mlpack-lock', live, 'keep.mlpack-tmp-notours', 'model'].sort());
  });

  it('registered paths are removed synchronously by removeRegisteredTemps, released ones are not', async () => {
    const a = join(dir, tempName('.a'));
    const b = join(dir, tempName('.b'));
    await mkdir(join(a, 'sub'), { recursive: true });
    await writeFile(b, 'x');
    registerTemp(a);
    registerTemp(b);
    releaseTemp(b);
    expect(registeredTemps()).toEqual([a]);
    removeRegisteredTemps();
    expect(existsSync(a)).toBe(false);
    expect(existsSync(b)).toBe(true);
    expect(registeredTemps()).toEqual([]);
  });

  it('removal repeats while another thread keeps creating files in a registered directory (a signal mid-write)', async () => {
    const a = join(dir, tempName('.race'));
    await mkdir(a);
    registerTemp(a);
    // Stands in for writes queued on libuv's thread pool, which run on while a signal handler blocks.
    const writer = new Worker(
      `const { writeFileSync } = require('node:fs');
       const { parentPort, workerData } = require('node:worker_threads');
       parentPort.postMessage('go');
       const end = Date.now() + 80;
       for (let i = 0; Date.now() < end; i++) { try { writeFileSync(workerData + '/f' + i, 'x'); } catch {} }`,
      { eval: true, workerData: a },
    );
    await once(writer, 'message');
    removeRegisteredTemps();
    await once(writer, 'exit');
    expect(existsSync(a)).toBe(false);
    expect(registeredTemps()).toEqual([]);
  });
});
