import { describe, expect, it } from 'vitest';
import { BERT_BASE_SPEC } from './bench-model-spec.js';
import type { BenchResult, TargetResult } from './bench-result.js';
import { OVER_GOAL, formatBenchReport } from './format-bench-report.js';
import { evaluateGoals } from './goals.js';
import { compareMemoryScaling, memoryScalingPoint } from './memory-scaling.js';

const LARGEST = 93_763_584;

function target(name: string, over: Partial<TargetResult>): TargetResult {
  return {
    target: name,
    runs: [30, 10, 20].map((ms) => ({
      target: name,
      wallMs: 1300,
      convertMs: 1200,
      maxRssBytes: 180e6,
      stages: [
        { stage: 'building graph', ms },
        { stage: 'emitting', ms: ms * 10 },
      ],
    })),
    medianConvertMs: 1200,
    medianWallMs: 1300,
    convertOverCp: 1.2,
    peakRssBytes: 180e6,
    deterministic: true,
    differing: [],
    digest: 'ab'.repeat(32),
    files: 3,
    bytes: 438e6,
    ...over,
  };
}

function result(onnx: Partial<TargetResult>, tfjs: Partial<TargetResult>): BenchResult {
  const r: Omit<BenchResult, 'goals'> = {
    machine: { date: '2026-11-23', node: 'v20.20.2', cores: 2, cpu: 'Test CPU', memoryBytes: 8e9, platform: 'linux-x64' },
    quick: false,
    runs: 3,
    safetensors: { headerParseMs1000: 2.5, readMBps: 2000, cpMBps: 1000, readOverCp: 2, fileBytes: 400e6 },
    model: {
      spec: BERT_BASE_SPEC,
      params: 109_482_240,
      weightsFileBytes: 437_951_328,
      largest: { name: 'embeddings.word_embeddings.weight', bytes: LARGEST },
      reused: true,
      generateMs: 0,
    },
    cp: { runsMs: [1000, 1000, 1000], medianMs: 1000 },
    targets: [target('onnx', onnx), target('tfjs', tfjs)],
    latency: [{ batch: 1, sequence: 128, medianMs: 40, minMs: 38, maxMs: 50, runs: 10 }],
    keptOutputs: undefined,
  };
  return { ...r, goals: evaluateGoals(r) };
}

describe('evaluateGoals', () => {
  it('checks ratios against 1.5 inclusive, RSS against 300 MB + the largest tensor, and determinism', () => {
    const r = result(
      { convertOverCp: 1.5, peakRssBytes: 300e6 + LARGEST },
      { convertOverCp: 1.51, peakRssBytes: 300e6 + LARGEST + 1, deterministic: false, differing: ['tfjs/model.json'] },
    );
    const met = Object.fromEntries(r.goals.map((g) => [g.id, g.met]));
    expect(met).toEqual({
      'safetensors.read_over_cp': true,
      'convert.onnx.time_over_cp': true,
      'convert.onnx.peak_rss': true,
      'convert.onnx.deterministic': true,
      'convert.tfjs.time_over_cp': false,
      'convert.tfjs.peak_rss': false,
      'convert.tfjs.deterministic': false,
    });
    expect(r.goals.find((g) => g.id === 'convert.onnx.peak_rss')!.limit).toBe(393_763_584);
    // read 2000 MB/s vs cp 1000 MB/s: reading takes half the copy's time
    expect(r.goals.find((g) => g.id === 'safetensors.read_over_cp')!.value).toBe(0.5);
  });

  it('skips the checks of a failed section', () => {
    const r = result({}, {});
    const goals = evaluateGoals({ ...r, targets: [{ failed: true, code: 'X', message: 'no', target: 'onnx' }] });
    expect(goals.map((g) => g.id)).toEqual(['safetensors.read_over_cp']);
  });
});

describe('formatBenchReport', () => {
  it('prints each number with its goal and marks only the missed ones', () => {
    const text = formatBenchReport(result({ convertOverCp: 1.3 }, { convertOverCp: 2.25, peakRssBytes: 500e6 }));
    const lines = text.split('\n');
    const line = (start: string): string => lines.find((l) => l.startsWith(start)) ?? '';
    expect(lines[0]).toBe('mlpack bench — 2026-11-23, node v20.20.2, 2 cores (Test CPU, 8.0 GB RAM, linux-x64)');
    expect(line('convert onnx time / cp time')).toMatch(/ 1\.30x {2}\(goal <= 1\.5\)$/);
    expect(line('convert tfjs time / cp time')).toMatch(/ 2\.25x {2}\(goal <= 1\.5\) {2}OVER GOAL$/);
    expect(lines[lines.indexOf(line('convert onnx time / cp time')) + 1]).toBe(
      '    convertModel 1.20 s, whole process 1.30 s; stage medians: building graph 20 ms, emitting 200 ms',
    );
    expect(line('convert onnx peak RSS')).toMatch(/ 180 MB \(goal <= 300 MB \+ largest tensor = 394 MB\)$/);
    expect(line('convert tfjs peak RSS')).toContain(`500 MB (goal <= 300 MB + largest tensor = 394 MB)  ${OVER_GOAL}`);
    expect(line('safetensors  stream read 400 MB / cp')).toContain('0.50x  (goal <= 1.5)  read 2000 MB/s, cp 1000 MB/s');
    expect(line('onnxruntime latency batch 1 x 128 (median of 10)')).toContain('40.0 ms');
    expect(line('determinism: 3 onnx conversions identical')).toContain('yes (3 files, 438 MB, sha256 abababababababab…)');
    expect(text.split(OVER_GOAL).length - 1).toBe(3); // two lines plus the summary
    expect(lines.at(-2)).toBe('goals: 5 of 7 met; OVER GOAL: convert.tfjs.time_over_cp, convert.tfjs.peak_rss');
  });

  it('names failed sections with their code and lists differing files', () => {
    const r = result({ deterministic: false, differing: ['mlpack.json', 'onnx/model.onnx'] }, {});
    r.latency = { failed: true, code: 'ORT_LOAD_FAILED', message: 'could not load\nmore' };
    const text = formatBenchReport(r);
    expect(text).toContain('onnxruntime latency                                FAILED [ORT_LOAD_FAILED] could not load\n');
    expect(text).toContain('NO: mlpack.json, onnx/model.onnx');
  });

  it('prints the memory-scaling line after the conversions, or its failure, and nothing without it', () => {
    const r = result({}, {});
    expect(formatBenchReport(r)).not.toContain('peak RSS vs model size');
    r.memoryScaling = compareMemoryScaling(
      memoryScalingPoint({ name: 'bert-quick', weightsFileBytes: 22e6, largestTensorBytes: 8.2e6 }, [
        { target: 'onnx', maxRssBytes: 120e6 },
        { target: 'tfjs', maxRssBytes: 130e6 },
      ]),
      memoryScalingPoint({ name: 'bert-base', weightsFileBytes: 438e6, largestTensorBytes: LARGEST }, [
        { target: 'onnx', maxRssBytes: 170e6 },
        { target: 'tfjs', maxRssBytes: 180e6 },
      ]),
    );
    const lines = formatBenchReport(r).split('\n');
    const at = lines.findIndex((l) => l.startsWith('peak RSS vs model size: '));
    expect(lines[at]).toBe('peak RSS vs model size: 22 MB → 130 MB, 438 MB → 180 MB (growth 50 MB for 20× the weights)');
    expect(lines[at + 1]).toContain('per target: onnx 120 MB → 170 MB, tfjs 130 MB → 180 MB');
    expect(lines[at - 1]).toMatch(/^convert tfjs peak RSS/);
    expect(lines[at + 2]).toMatch(/^onnxruntime latency/);
    r.memoryScaling = { failed: true, code: 'BENCH_CHILD_FAILED', message: 'boom' };
    expect(formatBenchReport(r)).toContain('peak RSS vs model size                             FAILED [BENCH_CHILD_FAILED] boom\n');
  });
});

describe('formatBenchReport: CLI start-up', () => {
  it('prints each command beside bare node, with the 200 ms goal and OVER GOAL when missed', () => {
    const base = result({}, {});
    const timing = (id: string, command: string, medianMs: number, until: 'exit' | 'first-output' = 'exit') => ({
      id,
      command,
      until,
      runsMs: [medianMs],
      medianMs,
    });
    const { goals: _goals, ...rest } = base;
    const withStartup: Omit<BenchResult, 'goals'> = {
      ...rest,
      startup: {
        timings: [
          timing('node', 'node -e 0', 90),
          timing('version', 'mlpack --version', 130),
          timing('help', 'mlpack --help', 260),
          timing('inspect', 'mlpack inspect samples/bert-seqcls', 420, 'first-output'),
        ],
      },
    };
    const report = formatBenchReport({ ...withStartup, goals: evaluateGoals(withStartup) });
    const lines = report.split('\n');
    expect(lines.find((l) => l.includes('mlpack --version'))).toMatch(/130 ms \(node \+ 40\.0 ms\) {2}\(goal <= 200 ms\)$/);
    expect(lines.find((l) => l.includes('mlpack --help'))).toMatch(new RegExp(`260 ms \\(node \\+ 170 ms\\)  \\(goal <= 200 ms\\)  ${OVER_GOAL}$`));
    expect(lines.find((l) => l.includes('first output'))).toMatch(/mlpack inspect samples\/bert-seqcls \(median of 1\)\s+420 ms \(node \+ 330 ms\)$/);
    expect(report).toContain(`${OVER_GOAL}: cli.help_ms`);
  });
});
