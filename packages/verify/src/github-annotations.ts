import type { JunitSuite } from './junit-xml.js';

/**
 * GitHub Actions workflow commands for failed checks: `::error file=…,title=…::message`, one line
 * each, shown as annotations on the run and the pull request. Escaped as the runner decodes them:
 * in the message `%`, CR and LF; in property values also `:` and `,`.
 */
export function githubAnnotations(suites: readonly JunitSuite[]): string[] {
  const lines: string[] = [];
  for (const suite of suites) {
    for (const c of suite.cases) {
      if (!c.failure) continue;
      const props = [...(c.file === undefined ? [] : [`file=${escapeProperty(c.file)}`]), `title=${escapeProperty(`${c.failure.type}: ${c.name}`)}`];
      const message = c.failure.details ? `${c.failure.message}\n${c.failure.details}` : c.failure.message;
      lines.push(`::error ${props.join(',')}::${escapeData(message)}`);
    }
  }
  return lines;
}

/** Whether the process runs inside GitHub Actions (the runner sets GITHUB_ACTIONS=true). */
export function inGithubActions(env: NodeJS.ProcessEnv = process.env): boolean {
  return env['GITHUB_ACTIONS'] === 'true';
}

export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
