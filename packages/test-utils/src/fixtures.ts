import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './paths.js';

/** `../shared/fixtures/hf` beside the checkout (also present in CI). Override with MLPACK_SHARED_FIXTURES. */
export const sharedFixturesRoot = process.env.MLPACK_SHARED_FIXTURES ?? join(repoRoot, '..', 'shared', 'fixtures', 'hf');

export function hasSharedFixtures(): boolean {
  return existsSync(sharedFixturesRoot);
}

export const SHARED_FIXTURES_SKIP_REASON = `shared fixtures not found at ${sharedFixturesRoot}: skipping tests that use them`;

/** Path of one shared fixture folder, e.g. `sharedFixture('tiny-bert')`. */
export function sharedFixture(name: string): string {
  return join(sharedFixturesRoot, name);
}
