import type { PyJson } from '../python-json.js';
import type { ResolvedSampleSpec } from '../sample-spec.js';

/** Qwen2Config / Qwen3Config's window fields: `sliding_window` counts only with `use_sliding_window`. */
export function qwenWindowFields(spec: ResolvedSampleSpec): Record<string, PyJson> {
  return { max_window_layers: spec.maxWindowLayers, sliding_window: spec.slidingWindow, use_sliding_window: spec.useSlidingWindow };
}
