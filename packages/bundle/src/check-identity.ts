import semverParse from 'semver/functions/parse.js';
import { checkArchivePath } from './archive-path.js';
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
  // The name becomes a directory in the Triton layout: one unbundle would refuse (`con`, `aux.x`, `a.`) cannot be made.
  const asPath = checkArchivePath(name, true);
  if (!asPath.ok) {
    throw new BundleError('BUNDLE_BAD_NAME', `bundle name ${JSON.stringify(name)} is not allowed: ${asPath.message}`, {
      hint: 'choose another name; the bundle must extract on every OS',
      exitCode: 2,
    });
  }
  // semver.parse also accepts "v1.2.3" and " 1.2.3" (cleaning them): require the exact form. Its
  // `version` drops build metadata ("1.0.0+build.5" is valid semver 2.0.0 and the schema's pattern),
  // so compare with the build identifiers put back.
  if (typeof version !== 'string' || exactSemver(version) !== version) {
    throw new BundleError('BUNDLE_BAD_VERSION', `version ${JSON.stringify(version)} is not a semantic version`, {
      hint: 'use MAJOR.MINOR.PATCH, e.g. 1.0.0 or 1.2.0-rc.1',
      exitCode: 2,
    });
  }
}

/** The canonical text of a semver version (with its build metadata), or undefined when not semver. */
function exactSemver(version: string): string | undefined {
  const parsed = semverParse(version);
  if (!parsed) return undefined;
  return parsed.build.length > 0 ? `${parsed.version}+${parsed.build.join('.')}` : parsed.version;
}
