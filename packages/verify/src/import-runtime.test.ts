import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isMlpackError } from '@mlpack/core';
import { RUNTIME_PACKAGES, importRuntime } from './import-runtime.js';

describe('importRuntime', () => {
  it('names the package to install when it is absent', async () => {
    const missing = 'mlpack-test-runtime-that-is-not-installed';
    const err = await importRuntime(missing, '1.2.3', 'running ONNX models', () => import(missing)).catch((e: unknown) => e);
    expect(isMlpackError(err) && err.code).toBe('VERIFY_RUNTIME_MISSING');
    expect((err as Error).message).toContain(`${missing} is not installed; running ONNX models needs it`);
    expect((err as { hint?: string }).hint).toContain(`npm install ${missing}@1.2.3`);
  });

  it('rethrows other failures untouched and returns the module when present', async () => {
    const boom = new Error('native binding failed');
    await expect(importRuntime('onnxruntime-node', '1', 'x', () => Promise.reject(boom))).rejects.toBe(boom);
    const mod = await importRuntime('@tensorflow/tfjs-core', '4', 'x', () => import('@tensorflow/tfjs-core'));
    expect(typeof mod.tensor).toBe('function');
  });

  it('lists exactly the optional peer dependencies of package.json', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
      peerDependencies: Record<string, string>;
      peerDependenciesMeta: Record<string, { optional?: boolean }>;
      dependencies: Record<string, string>;
    };
    expect(pkg.peerDependencies).toEqual(RUNTIME_PACKAGES);
    for (const name of Object.keys(RUNTIME_PACKAGES)) {
      expect(pkg.peerDependenciesMeta[name], name).toEqual({ optional: true });
      expect(pkg.dependencies[name], name).toBeUndefined();
    }
  });
});
