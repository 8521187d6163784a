import { describe, expect, it } from 'vitest';
import { parseBenchArgs } from './parse-bench-args.js';

describe('parseBenchArgs', () => {
  it('reads the flags (and ignores a forwarded --)', () => {
    expect(parseBenchArgs([])).toEqual({ quick: false, json: false, keep: false, help: false, multiGb: false, decoder: false });
    expect(parseBenchArgs(['--', '--quick', '--json', '--keep'])).toEqual({ quick: true, json: true, keep: true, help: false, multiGb: false, decoder: false });
    expect(parseBenchArgs(['--multi-gb']).multiGb).toBe(true);
    expect(parseBenchArgs(['--decoder']).decoder).toBe(true);
    expect(parseBenchArgs(['-h']).help).toBe(true);
  });

  it.each([['--fast'], ['quick'], ['__proto__'], ['--runs=3']])('refuses %s as a usage error (exit 2)', (arg) => {
    try {
      parseBenchArgs([arg]);
      expect.unreachable();
    } catch (e) {
      expect((e as { code: string }).code).toBe('USAGE');
      expect((e as { exitCode: number }).exitCode).toBe(2);
      expect((e as Error).message).toContain(arg);
    }
  });
});
