import { VerifyError } from './verify-error.js';

/**
 * The runtimes `@mlpack/verify` runs converted models with. They are optional peer dependencies
 * (together ~400 MB, and `inspectModel` / `convertModel` never need them), loaded on first use.
 * Kept equal to package.json's peerDependencies by a test.
 */
export const RUNTIME_PACKAGES = {
  'onnxruntime-node': '1.30.0',
  '@tensorflow/tfjs-core': '4.22.0',
  '@tensorflow/tfjs-converter': '4.22.0',
  '@tensorflow/tfjs-backend-cpu': '4.22.0',
} as const;

export type RuntimePackage = keyof typeof RUNTIME_PACKAGES;

/**
 * Run `load` (a literal `import()` of `pkg`); when `pkg` itself is not installed, throw
 * `VERIFY_RUNTIME_MISSING` naming what to install instead of Node's bare resolution error. Any
 * other failure (a broken install, a native library that does not load) is rethrown as is.
 */
export async function importRuntime<T>(pkg: string, range: string, purpose: string, load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (cause) {
    if (!isMissingPackage(cause, pkg)) throw cause;
    throw new VerifyError('VERIFY_RUNTIME_MISSING', `${pkg} is not installed; ${purpose} needs it`, {
      cause,
      hint: `install it beside mlpack: npm install ${pkg}@${range} (an optional peer dependency of @mlpack/verify)`,
    });
  }
}

/** Node's ESM resolver says `Cannot find package '<pkg>' imported from …` for a package that is absent. */
function isMissingPackage(e: unknown, pkg: string): boolean {
  if (!(e instanceof Error)) return false;
  const code = (e as { code?: unknown }).code;
  return (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') && e.message.includes(`'${pkg}'`);
}
