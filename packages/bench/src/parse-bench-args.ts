import { UsageError } from '@mlpack/core';

export interface BenchArgs {
  /** Small model (hidden 256, 4 layers, vocab 8000) for a fast check. */
  quick: boolean;
  /** Print the result as JSON on stdout instead of the text report. */
  json: boolean;
  /** Keep the conversions under `.bench/run-*` and say where. */
  keep: boolean;
  /** Print the usage and exit. */
  help: boolean;
  /** The opt-in multi-GB chain (> 2.5 GB model: convert, verify, bundle, unbundle) instead of the timing bench. */
  multiGb: boolean;
  /** Also run the decoder line (a seeded llama-shaped model: 1.7 GB, or a toy one with --quick). */
  decoder: boolean;
}

export const BENCH_USAGE = `usage: pnpm bench [--quick] [--decoder] [--json] [--keep] [--multi-gb]

  --quick   small BERT (hidden 256, 4 layers, vocab 8000) instead of bert-base
  --decoder also the decoder line: a seeded llama-shaped model (hidden 2048, 16 layers, heads 32/8,
            vocab 32000; 1.7 GB of BF16 weights, cached in .bench/; with --quick a toy one):
            convert time / cp, peak RSS, onnxruntime time to first token and decode tokens/s
            of every variant (several minutes and ~8 GB of temporary disk)
  --json    machine-readable results on stdout (progress still goes to stderr)
  --keep    keep the converted outputs (printed at the end) instead of deleting them
  --multi-gb  a 2.69 GB BERT end to end: convert (ONNX external data, TF.js), verify in
              onnxruntime, bundle, unbundle, verify the bundle; time and peak RSS of each step
              (needs ~12 GB of disk and several minutes; not part of the tests)
  --help    this text
`;

const FLAGS: Readonly<Record<string, keyof BenchArgs>> = {
  '--quick': 'quick',
  '--json': 'json',
  '--keep': 'keep',
  '--decoder': 'decoder',
  '--help': 'help',
  '--multi-gb': 'multiGb',
  '-h': 'help',
};

/** Parse the bench flags; anything else is a UsageError (exit 2). */
export function parseBenchArgs(argv: readonly string[]): BenchArgs {
  const args: BenchArgs = { quick: false, json: false, keep: false, help: false, multiGb: false, decoder: false };
  for (const a of argv) {
    if (a === '--') continue; // `pnpm bench -- --quick` forwards the separator on some pnpm versions
    const key = Object.hasOwn(FLAGS, a) ? FLAGS[a] : undefined;
    if (key === undefined) throw new UsageError(`unknown argument "${a}"`, 'run `pnpm bench --help` for the flags');
    args[key] = true;
  }
  return args;
}
