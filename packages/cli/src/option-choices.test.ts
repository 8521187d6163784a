import { describe, expect, it } from 'vitest';
import { KNOWN_TASKS } from '@mlpack/model';
import { SUPPORTED_OPSETS } from '@mlpack/onnx';
import { LAYOUTS } from '@mlpack/bundle';
import { DEFAULT_INFERENCE_TIMEOUT_MS } from '@mlpack/verify';
import * as choices from './option-choices.js';

describe('the CLI option choices equal their sources', () => {
  it('tasks, opsets and layouts', () => {
    expect(choices.KNOWN_TASKS).toEqual(KNOWN_TASKS);
    expect(choices.SUPPORTED_OPSETS).toEqual(SUPPORTED_OPSETS);
    expect(choices.LAYOUTS).toEqual(LAYOUTS);
    expect(choices.DEFAULT_TIMEOUT_SECONDS * 1000).toBe(DEFAULT_INFERENCE_TIMEOUT_MS);
  });
});
