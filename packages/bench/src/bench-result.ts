import type { BenchModelSpec } from './bench-model-spec.js';
import type { DecoderBenchSpec } from './decoder-bench-spec.js';
import type { ConversionRun } from './measure-conversion.js';
import type { MemoryScaling } from './memory-scaling.js';
import type { LatencyResult } from './ort-latency.js';
import type { SafetensorsBenchResult } from './safetensors-bench.js';
import type { StartupResult } from './measure-startup.js';

/** A section that could not be measured: the run goes on and the report says why. */
export interface BenchFailure {
  failed: true;
  /** The MlpackError code, when there is one. */
  code: string | undefined;
  message: string;
}

/** The machine and run the numbers belong to. */
export interface BenchMachine {
  /** Local date of the run, YYYY-MM-DD. */
  date: string;
  /** `process.version`. */
  node: string;
  /** `os.availableParallelism()`. */
  cores: number;
  /** First CPU's model name. */
  cpu: string;
  /** Total memory, bytes. */
  memoryBytes: number;
  /** `process.platform` + `process.arch`. */
  platform: string;
}

export interface BenchModelInfo {
  spec: BenchModelSpec;
  params: number;
  weightsFileBytes: number;
  largest: { name: string; bytes: number };
  /** True when the cached folder was reused. */
  reused: boolean;
  generateMs: number;
}

/** Everything measured for one conversion target. */
export interface TargetResult {
  target: string;
  /** Every run, in order. */
  runs: ConversionRun[];
  /** Median time inside convertModel, ms. */
  medianConvertMs: number;
  /** Median wall time of the child process, ms. */
  medianWallMs: number;
  /** medianConvertMs / median cp time. */
  convertOverCp: number;
  /** Largest peak RSS over the runs, bytes. */
  peakRssBytes: number;
  /** Whether every run produced the same files with the same bytes. */
  deterministic: boolean;
  /** Output paths that differed between runs (empty when deterministic). */
  differing: string[];
  /** sha256 over the sorted `<sha256>  <path>` lines of the first run's outputs. */
  digest: string;
  /** Files and bytes of one conversion's output. */
  files: number;
  bytes: number;
}

export interface TargetFailure extends BenchFailure {
  target: string;
}

/** The outcome of one goal: met or not, with the measured value and the limit. */
export interface GoalCheck {
  /** Stable id, e.g. `convert.onnx.time`. */
  id: string;
  /** The measured value (ratio, bytes, or 1/0 for yes/no). */
  value: number;
  /** The limit the value must not exceed (for yes/no goals: 1, meaning "must be yes"). */
  limit: number;
  met: boolean;
}

export interface BenchResult {
  machine: BenchMachine;
  /** `--quick` model. */
  quick: boolean;
  /** Conversion runs per target (the time is their median). */
  runs: number;
  safetensors: SafetensorsBenchResult | BenchFailure;
  model: BenchModelInfo | BenchFailure;
  /** cp of model.safetensors, warm cache. */
  cp: { runsMs: number[]; medianMs: number } | BenchFailure;
  targets: (TargetResult | TargetFailure)[];
  latency: LatencyResult[] | BenchFailure;
  goals: GoalCheck[];
  /** The directory holding the conversions, when kept (`--keep`). */
  keptOutputs: string | undefined;
  /**
   * Peak RSS of the main model's conversions beside a ~20× smaller model's (the `--quick` one);
   * absent with `--quick` (one model only). Not a goal: the RSS goal is per target above.
   */
  memoryScaling?: MemoryScaling | BenchFailure | undefined;
  /** All ONNX variants converted in one run, against fp32 alone (sizes, time, peak RSS, latency ratios). */
  variants?: VariantsBench | BenchFailure | undefined;
  /** CLI start-up (`--version`, `--help`, time to first output of `inspect`) beside bare `node -e 0`. */
  startup?: StartupResult | BenchFailure | undefined;
  /** `--decoder`: the llama-shaped model's conversions and onnxruntime decoding (absent without the flag). */
  decoder?: DecoderBench | BenchFailure | undefined;
}

/** One variant's onnxruntime decoding at batch 1 (or why it could not run). */
export type DecoderDecoding =
  | {
      dtype: string;
      /** The prompt pass, ms. */
      ttftMs: number;
      /** Median of the single-token steps, ms. */
      medianStepMs: number;
      /** 1000 / medianStepMs. */
      tokensPerSecond: number;
      /** Element type of its KV cache. */
      cacheType: string;
      /** Its greedy tokens (seeded prompt). */
      tokens: number[];
    }
  | ({ dtype: string } & BenchFailure);

/** `--decoder`: conversion and decoding numbers of one llama-shaped model, measured in the same run. */
export interface DecoderBench {
  model: { spec: DecoderBenchSpec; params: number; weightsFileBytes: number; largest: { name: string; bytes: number }; reused: boolean; generateMs: number };
  cp: { runsMs: number[]; medianMs: number };
  /** The fp32 conversion alone (one run) and its time over cp. */
  fp32: ConversionRun & { convertOverCp: number };
  /** All five ONNX variants in one run. */
  variants: ConversionRun;
  files: Array<{ dtype: string; file: string; bytes: number; sizeRatio: number }>;
  promptTokens: number;
  newTokens: number;
  decoding: DecoderDecoding[];
  /** q4 decode tokens/s over fp32 decode tokens/s. */
  q4OverFp32TokensPerSecond: number;
  /** Per variant: how many leading greedy tokens equal fp32's on the same prompt. */
  sameTokensAsFp32: Record<string, number>;
}

/** The `--dtype fp32,fp16,q8,q4,q4f16` conversion and each variant next to fp32, measured in the same run. */
export interface VariantsBench {
  /** convertModel time of all variants in one run / median fp32-alone time of the timed rounds. */
  convertMs: number;
  fp32ConvertMs: number;
  maxRssBytes: number;
  variants: Array<{
    dtype: string;
    file: string;
    bytes: number;
    sizeRatio: number;
    latency: Array<{ batch: number; sequence: number; medianMs: number; ratio: number }>;
  }>;
  /**
   * Each variant against the float64 reference on verify's inputs (what its parity gate judges),
   * and how long that took (absent with `gate: false`).
   */
  parity?:
    { ms: number; byDtype: Record<string, { ok: boolean; minCosine: number | null; minArgmaxAgreement: number | null; maxAbs: number | null }> } | BenchFailure;
}

export function isFailure(x: unknown): x is BenchFailure {
  return typeof x === 'object' && x !== null && (x as { failed?: unknown }).failed === true;
}
