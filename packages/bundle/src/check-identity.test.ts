import { describe, expect, it } from 'vitest';
import { checkIdentity } from './check-identity.js';

describe('checkIdentity', () => {
  it.each(['1.0.0', '0.0.1', '1.2.0-rc.1', '1.0.0+build.5', '1.0.0-rc.1+sha.5114f85', '1.0.0+001'])('accepts the exact semver %j', (version) => {
    expect(() => checkIdentity('tiny', version)).not.toThrow();
  });

  it.each(['1.0', 'v1.0.0', '=1.0.0', ' 1.0.0', '1.0.0 ', '01.0.0', '1.0.0-01', '1.0.0+', '1.0.0+a..b'])('refuses %j with BUNDLE_BAD_VERSION', (version) => {
    expect(() => checkIdentity('tiny', version)).toThrow(expect.objectContaining({ code: 'BUNDLE_BAD_VERSION', exitCode: 2 }));
  });

  it.each(['con', 'aux.model', 'nul', 'com1', 'lpt3.x', 'model.'])(
    'refuses the name %j, which Windows cannot hold as a directory (BUNDLE_BAD_NAME)',
    (name) => {
      expect(() => checkIdentity(name, '1.0.0')).toThrow(expect.objectContaining({ code: 'BUNDLE_BAD_NAME', exitCode: 2 }));
    },
  );

  it.each(['console', 'bert-base', 'a.b_c-1', 'com10'])('accepts the name %j', (name) => {
    expect(() => checkIdentity(name, '1.0.0')).not.toThrow();
  });
});
