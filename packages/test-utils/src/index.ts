export { sharedFixturesRoot, sharedFixture, hasSharedFixtures, SHARED_FIXTURES_SKIP_REASON } from './fixtures.js';
export { makeTempDir, removeTempDir } from './temp-dir.js';
export { assertClose, compareClose } from './close.js';
export type { CloseOptions, CloseResult } from './close.js';
export { repoRoot, samplesRoot, pythonOnnxAvailable, pythonWithOnnx } from './paths.js';
export { loopOnnxModel, replaceListedFile } from './hostile-onnx.js';
