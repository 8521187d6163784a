import semverValid from 'semver/functions/valid.js';
import { BundleError } from './bundle-error.js';

/** Bundle names: npm-like, safe as a file name, a Triton model directory and an archive prefix. */
export const BUNDLE_NAME_PATTERN = /^[a-z0-9][a-z0-9._-]*$/;
/** npm's package-name limit; also keeps `<name>/<version>/model.onnx/…` well under tar's 255-byte ustar path. */
export const BUNDLE_NAME_MAX_LENGTH = 214;

/** Refuse a bad bundle name (`BUNDLE_BAD_NAME`) or a version that is not exact semver (`BUNDLE_BAD_VERSION`). */
export function checkIdentity(name: string, version: string): void {
  if (typeof name !== 'string' || !BUNDLE_NAME_PATTERN.test(name) || name.length > BUNDLE_NAME_MAX_LENGTH) {
    throw new BundleError('BUNDLE_BAD_NAME', `bundle name ${JSON.stringify(name)} is not allowed`, {
      hint: `use lowercase letters, digits, '.', '_' or '-', starting with a letter or digit, at most ${BUNDLE_NAME_MAX_LENGTH} characters`,
      exitCode: 2,
    });
  }
  // semver.valid also accepts "v1.2.3" and " 1.2.3" (returning the cleaned form): require the exact form.
  if (typeof version !== 'string' || semverValid(version) !== version) {
    throw new BundleError('BUNDLE_BAD_VERSION', `version ${JSON.stringify(version)} is not a semantic version`, {
      hint: 'use MAJOR.MINOR.PATCH, e.g. 1.0.0 or 1.2.0-rc.1',
      exitCode: 2,
    });
  }
}
