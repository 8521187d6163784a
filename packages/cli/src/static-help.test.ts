import { afterEach, describe, expect, it } from 'vitest';
import { HELP_TEXT, HELP_WIDTH } from './generated/help-text.js';
import { staticHelp } from './static-help.js';

describe('staticHelp', () => {
  afterEach(() => {
    delete process.env['MLPACK_NO_STATIC_HELP'];
  });
  it('answers plain --help / -h, for the CLI and each command, at the rendered width or wider (or without a terminal)', () => {
    expect(staticHelp(['--help'], undefined)).toBe(HELP_TEXT['']);
    expect(staticHelp(['-h'], HELP_WIDTH)).toBe(HELP_TEXT['']);
    expect(staticHelp(['convert', '--help'], 200)).toBe(HELP_TEXT['convert']);
    expect(HELP_TEXT['convert']).toContain('--dtype');
  });
  it('leaves everything else to yargs: narrow terminals, other arguments, unknown commands, prototype keys, the switch', () => {
    expect(staticHelp(['--help'], HELP_WIDTH - 1)).toBeUndefined();
    expect(staticHelp(['convert', 'x', '--help'], undefined)).toBeUndefined();
    expect(staticHelp(['nope', '--help'], undefined)).toBeUndefined();
    expect(staticHelp(['constructor', '--help'], undefined)).toBeUndefined();
    expect(staticHelp(['--version'], undefined)).toBeUndefined();
    process.env['MLPACK_NO_STATIC_HELP'] = '1';
    expect(staticHelp(['--help'], undefined)).toBeUndefined();
  });
});
