/**
 * "Memory does not grow with model size", as one comparison: the peak RSS of converting two models
 * of the same architecture whose weights differ ~20× in size (the `--quick` model and bert-base).
 */

/** One model's side of the comparison. */
export interface MemoryScalingPoint {
  /** Bench model name (`bert-quick`, `bert-base`). */
  model: string;
  /** Size of its model.safetensors, bytes. */
  weightsFileBytes: number;
  /** Its largest tensor, bytes (the least a streaming converter must hold at once). */
  largestTensorBytes: number;
  /** Largest peak RSS over every conversion of this model (all targets, all runs), bytes. */
  peakRssBytes: number;
  /** The same, per target, in the order the targets ran. */
  targets: { target: string; runs: number; peakRssBytes: number }[];
}

export interface MemoryScaling {
  /** The model with the smaller weights file. */
  small: MemoryScalingPoint;
  /** The model with the larger weights file. */
  large: MemoryScalingPoint;
  /** large.peakRssBytes − small.peakRssBytes (negative if the larger model peaked lower). */
  growthBytes: number;
  /** large.weightsFileBytes / small.weightsFileBytes. */
  weightsRatio: number;
}

/** Peak RSS of each conversion of one model, as measured by the child processes. */
export interface ConversionPeak {
  target: string;
  maxRssBytes: number;
}

/**
 * A point from the conversions of one model: the max per target and overall. Throws a RangeError
 * when there are no conversions (nothing to compare).
 */
export function memoryScalingPoint(
  model: { name: string; weightsFileBytes: number; largestTensorBytes: number },
  conversions: readonly ConversionPeak[],
): MemoryScalingPoint {
  if (conversions.length === 0) throw new RangeError(`no conversion of ${model.name} to take a peak RSS from`);
  const targets: MemoryScalingPoint['targets'] = [];
  for (const c of conversions) {
    const t = targets.find((x) => x.target === c.target);
    if (t === undefined) targets.push({ target: c.target, runs: 1, peakRssBytes: c.maxRssBytes });
    else {
      t.runs++;
      t.peakRssBytes = Math.max(t.peakRssBytes, c.maxRssBytes);
    }
  }
  return {
    model: model.name,
    weightsFileBytes: model.weightsFileBytes,
    largestTensorBytes: model.largestTensorBytes,
    peakRssBytes: Math.max(...targets.map((t) => t.peakRssBytes)),
    targets,
  };
}

/** Compare two points, ordered by weights size whatever order they come in. */
export function compareMemoryScaling(a: MemoryScalingPoint, b: MemoryScalingPoint): MemoryScaling {
  const [small, large] = a.weightsFileBytes <= b.weightsFileBytes ? [a, b] : [b, a];
  return {
    small,
    large,
    growthBytes: large.peakRssBytes - small.peakRssBytes,
    weightsRatio: small.weightsFileBytes > 0 ? large.weightsFileBytes / small.weightsFileBytes : Number.NaN,
  };
}

/**
 * `peak RSS vs model size: 22 MB → 131 MB, 438 MB → 173 MB (growth 42 MB for 20× the weights)`,
 * then one indented line per target with both peaks.
 */
export function formatMemoryScaling(m: MemoryScaling): string[] {
  const growth = m.growthBytes >= 0 ? `growth ${mb(m.growthBytes)}` : `${mb(-m.growthBytes)} less`;
  const ratio = Number.isFinite(m.weightsRatio) ? `${m.weightsRatio >= 10 ? Math.round(m.weightsRatio) : m.weightsRatio.toFixed(1)}×` : 'n/a';
  const lines = [
    `peak RSS vs model size: ${mb(m.small.weightsFileBytes)} → ${mb(m.small.peakRssBytes)}, ${mb(m.large.weightsFileBytes)} → ${mb(m.large.peakRssBytes)} (${growth} for ${ratio} the weights)`,
  ];
  const perTarget = m.large.targets.map((t) => {
    const s = m.small.targets.find((x) => x.target === t.target);
    return `${t.target} ${s ? mb(s.peakRssBytes) : '?'} → ${mb(t.peakRssBytes)}`;
  });
  lines.push(
    `    max over ${describeRuns(m.small)} of ${m.small.model} and ${describeRuns(m.large)} of ${m.large.model}; per target: ${perTarget.join(', ')}; largest tensor ${mb(m.small.largestTensorBytes)} → ${mb(m.large.largestTensorBytes)}`,
  );
  return lines;
}

function describeRuns(p: MemoryScalingPoint): string {
  const runs = p.targets.reduce((a, t) => a + t.runs, 0);
  return `${runs} conversion${runs === 1 ? '' : 's'}`;
}

/** Decimal megabytes, as in the rest of the report. */
function mb(bytes: number): string {
  return bytes >= 10e6 ? `${Math.round(bytes / 1e6)} MB` : `${(bytes / 1e6).toFixed(1)} MB`;
}
