import yargs from 'yargs';
import type { Argv } from 'yargs';
import { MLPACK_VERSION, MlpackError, UsageError } from '@mlpack/core';
import { KNOWN_TASKS } from '@mlpack/model';
import { SUPPORTED_OPSETS } from '@mlpack/onnx';
import { LAYOUTS } from '@mlpack/bundle';
import { runBundle } from './commands/bundle.js';
import { runConvert } from './commands/convert.js';
import { runInspect } from './commands/inspect.js';
import { runKeygen } from './commands/keygen.js';
import { runUnbundle } from './commands/unbundle.js';
import { runValidate } from './commands/validate.js';
import { runVerify } from './commands/verify.js';
import { runVerifyBundle } from './commands/verify-bundle.js';
import type { CliIo } from './io.js';
import { printJson, processIo } from './io.js';

/**
 * Run the CLI on `argv` (without node and script). Returns the exit status: 0 ok, 1 bad input or
 * failed check, 2 usage error. Never calls process.exit, so tests can run it in-process.
 */
export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  let status = 0;
  const wantsJson = argv.includes('--json');
  const run = (p: Promise<number>) => p.then((code) => void (status = code));
  const parser = yargs([...argv])
    .scriptName('mlpack')
    .usage('$0 <command> [options]\n\nConvert Hugging Face safetensors models to ONNX and TF.js without Python, prove parity, bundle them.')
    .version(MLPACK_VERSION)
    .strict()
    .demandCommand(1, 'name a command')
    .recommendCommands()
    .wrap(Math.min(100, process.stdout.columns || 100))
    .exitProcess(false)
    .fail((msg, err) => {
      throw err ?? new UsageError(msg ?? 'bad usage', 'see mlpack --help');
    })
    .command(
      'inspect <dir>',
      'describe a model folder: architecture, task, parameters, dtypes, shards, files, tokenizer, problems',
      (y) =>
        y
          .positional('dir', { type: 'string', demandOption: true, describe: 'Hugging Face model folder' })
          .option('json', { type: 'boolean', default: false, describe: 'stable machine-readable output' })
          .option('hash', { type: 'boolean', default: false, describe: 'add each file\'s sha256' })
          .option('task', taskOption)
          .example('$0 inspect ./bert-base-uncased', 'summary table')
          .example('$0 inspect ./model --json --hash', 'JSON with file checksums'),
      (a) => run(runInspect({ dir: a.dir, json: a.json, hash: a.hash, task: a.task }, io)),
    )
    .command(
      'validate <dir>',
      'check every JSON file against its schema, the safetensors files byte by byte, and the files against each other',
      (y) =>
        y
          .positional('dir', { type: 'string', demandOption: true, describe: 'Hugging Face model folder' })
          .option('json', { type: 'boolean', default: false, describe: 'stable machine-readable output' })
          .option('task', taskOption)
          .option('strict', { type: 'boolean', default: false, describe: 'tensors the converted graph would not use are errors (default: warnings)' })
          .example('$0 validate ./model', 'exit 0 valid (warnings allowed), 1 invalid, 2 usage error'),
      (a) => run(runValidate({ dir: a.dir, json: a.json, task: a.task, strict: a.strict }, io)),
    )
    .command(
      'convert <dir>',
      'convert a model folder to ONNX and/or TF.js (atomic, deterministic)',
      (y) =>
        y
          .positional('dir', { type: 'string', demandOption: true, describe: 'Hugging Face model folder' })
          .option('to', { type: 'string', array: true, default: ['onnx'], describe: 'targets: onnx, tfjs, all (comma-separated or repeated)' })
          .option('out', { alias: 'o', type: 'string', demandOption: true, describe: 'output directory (created atomically)' })
          .option('task', taskOption)
          .option('opset', { type: 'number', describe: `ONNX opset (${SUPPORTED_OPSETS[0]}..${SUPPORTED_OPSETS[SUPPORTED_OPSETS.length - 1]}, default 17)` })
          .option('external-data', { type: 'boolean', default: false, describe: 'store ONNX weights in onnx/model.onnx_data (automatic beyond 2 GiB)' })
          .option('dtype', {
            type: 'string',
            array: true,
            default: ['fp32'],
            describe: 'weight variants, comma-separated: fp32, fp16 (both formats), q8, q4, q4f16 (ONNX), uint8, uint16 (TF.js); one read of the weights writes them all, each gated by parity',
          })
          .option('block-size', { type: 'number', describe: 'q4/q4f16: elements per quantization block (default 32)' })
          .option('accuracy-level', { type: 'number', describe: 'q4/q4f16: onnxruntime MatMulNBits accuracy_level 0..4 (default 0)' })
          .option('allow-degraded', { type: 'boolean', default: false, describe: 'keep a variant that misses its parity gate (recorded in mlpack.json) instead of failing' })
          .option('gate', { type: 'boolean', default: false, describe: 'judge fp32 against the reference before writing, too (default: only when another variant is written; `mlpack verify` is the fp32 gate)' })
          .option('quantize-embeddings', { type: 'boolean', default: false, describe: 'q8/q4/q4f16 (int8 rows) and uint8/uint16: quantize the embedding tables too (default: left as they are)' })
          .option('shard-size', { type: 'number', describe: 'TF.js shard size in bytes (default 4194304)' })
          .option('force', { type: 'boolean', default: false, describe: 'replace a non-empty output directory' })
          .option('strict', { type: 'boolean', default: false, describe: 'refuse checkpoints with tensors the graph does not use (default: warn)' })
          .option('json', { type: 'boolean', default: false, describe: 'print the manifest as JSON' })
          .example('$0 convert ./model --out out/model', 'ONNX, opset 17')
          .example('$0 convert ./model --to onnx,tfjs --out out/model --opset 14', 'both targets')
          .example('$0 convert ./model --to tfjs --dtype fp16 --out out/web', 'half-size TF.js weights (tfjs_fp16/)')
          .example('$0 convert ./model --dtype fp32,fp16,q8,q4 --out out/model', 'onnx/model.onnx, model_fp16.onnx, model_quantized.onnx, model_q4.onnx'),
      (a) =>
        run(
          runConvert(
            {
              dir: a.dir,
              to: a.to.map(String),
              out: a.out,
              task: a.task,
              opset: a.opset,
              externalData: a['external-data'],
              dtype: a.dtype.map(String),
              blockSize: a['block-size'],
              accuracyLevel: a['accuracy-level'],
              allowDegraded: a['allow-degraded'],
              quantizeEmbeddings: a['quantize-embeddings'],
              gate: a.gate,
              shardSize: a['shard-size'],
              force: a.force,
              strict: a.strict,
              json: a.json,
            },
            io,
          ),
        ),
    )
    .command(
      'verify <model-dir> [converted-dir]',
      'two folders: run the converted model and an independent reference on the same inputs; one bundle (.tar.gz or unbundled folder): check its files, signature and recorded goldens. Exit 1 on any mismatch',
      (y) =>
        y
          .positional('model-dir', { type: 'string', demandOption: true, describe: 'the original Hugging Face folder, or a bundle to re-verify' })
          .positional('converted-dir', { type: 'string', describe: 'output of mlpack convert (omit to verify a bundle)' })
          .option('target', { choices: ['onnx', 'tfjs', 'all'] as const, default: 'all' as const, describe: 'which converted format(s) to check' })
          .option('golden', { type: 'string', describe: 'golden file (mlpack-golden JSON or a reference_*.json)' })
          .option('atol', { type: 'number', describe: 'absolute tolerance (default 1e-4; tfjs fp16 see README)' })
          .option('rtol', { type: 'number', describe: 'relative tolerance (default 1e-3)' })
          .option('text', { type: 'string', array: true, describe: 'input text (repeatable); default: built-in sentences' })
          .option('batch', { type: 'number', describe: 'rows of generated inputs (>= 2)' })
          .option('seed', { type: 'number', describe: 'seed for random ids when the model has no tokenizer' })
          .option('max-new-tokens', { type: 'number', describe: 'decoders: tokens greedily decoded and compared with the reference (default 16)' })
          .option('pubkey', { type: 'string', describe: 'bundle only: ed25519 public key (PEM) the manifest signature must verify against' })
          .option('inference', { type: 'boolean', default: true, describe: 'bundle only: re-run the recorded goldens (--no-inference checks files and signature only)' })
          .option('report', { type: 'string', describe: 'also write the JSON report to this file' })
          .option('json', { type: 'boolean', default: false, describe: 'print the JSON report' })
          .example('$0 verify ./model out/model', 'ONNX and TF.js vs the reference')
          .example('$0 verify ./model out/model --golden reference.json --atol 1e-5', 'against recorded outputs')
          .example('$0 verify dist/bert-1.2.0.tar.gz --pubkey keys/mlpack-ed25519.pub.pem', 'a bundle: hashes, signature, goldens'),
      (a) => {
        if (a['converted-dir'] === undefined) {
          const conversionOnly = ['golden', 'text', 'batch', 'seed', 'atol', 'rtol', 'max-new-tokens'].filter((k) => a[k] !== undefined);
          if (conversionOnly.length > 0 || argv.some((t) => t === '--target' || t.startsWith('--target='))) {
            throw new UsageError(
              `--${conversionOnly[0] ?? 'target'} applies to verifying a conversion (mlpack verify <model-dir> <converted-dir>), not a bundle`,
              'drop the option, or name both the model folder and the converted folder',
            );
          }
          return run(
            runVerifyBundle({ bundle: a['model-dir'], pubkey: a.pubkey, noInference: !a.inference, report: a.report, json: a.json }, io),
          );
        }
        if (a.pubkey !== undefined || !a.inference) {
          throw new UsageError('--pubkey and --no-inference apply to verifying a bundle (mlpack verify <bundle>)', 'drop the option');
        }
        return run(
          runVerify(
            {
              modelDir: a['model-dir'],
              convertedDir: a['converted-dir'],
              target: a.target,
              golden: a.golden,
              atol: a.atol,
              rtol: a.rtol,
              text: a.text?.map(String),
              batch: a.batch,
              seed: a.seed,
              maxNewTokens: a['max-new-tokens'],
              report: a.report,
              json: a.json,
            },
            io,
          ),
        );
      },
    )
    .command(
      'bundle <converted-dir>',
      'package a conversion as a deterministic, checksummed (optionally signed) .tar.gz that records golden outputs',
      (y) =>
        y
          .positional('converted-dir', { type: 'string', demandOption: true, describe: 'output of mlpack convert (with onnx/)' })
          .option('model', { alias: 'm', type: 'string', demandOption: true, describe: 'the original Hugging Face folder (the reference computes the goldens from it)' })
          .option('name', { type: 'string', demandOption: true, describe: 'bundle name ([a-z0-9][a-z0-9._-]*)' })
          .version(false)
          .option('version', { type: 'string', demandOption: true, describe: 'bundle version (semver, e.g. 1.2.0)' })
          .option('out', { alias: 'o', type: 'string', describe: 'archive path (default <name>-<version>.tar.gz)' })
          .option('layout', { choices: LAYOUTS, default: 'transformers.js' as const, describe: 'file layout inside the archive' })
          .option('sign', { type: 'string', describe: 'ed25519 private key (PEM) to sign the manifest with' })
          .option('triton-version', { type: 'number', describe: 'triton layout: model version directory (positive integer, default 1)' })
          .option('max-batch-size', { type: 'number', describe: 'triton layout: max_batch_size in config.pbtxt' })
          .option('atol', { type: 'number', describe: 'tolerance for the parity gate and for later verify (default 1e-4)' })
          .option('rtol', { type: 'number', describe: 'relative tolerance (default 1e-3)' })
          .option('force', { type: 'boolean', default: false, describe: 'replace an existing archive' })
          .option('json', { type: 'boolean', default: false, describe: 'stable machine-readable output' })
          .example('$0 bundle out/bert --model ./bert --name bert --version 1.0.0', 'bert-1.0.0.tar.gz, transformers.js layout')
          .example('$0 bundle out/bert -m ./bert --name bert --version 1.0.0 --layout triton --sign keys/mlpack-ed25519.pem', 'signed Triton model repository')
          .epilogue('SOURCE_DATE_EPOCH (seconds) sets the archive mtimes; default 0.'),
      (a) =>
        run(
          runBundle(
            {
              convertedDir: a['converted-dir'],
              model: a.model,
              name: a.name,
              version: a.version,
              out: a.out,
              layout: a.layout,
              sign: a.sign,
              tritonVersion: a['triton-version'],
              maxBatchSize: a['max-batch-size'],
              atol: a.atol,
              rtol: a.rtol,
              force: a.force,
              json: a.json,
              sourceDateEpoch: process.env['SOURCE_DATE_EPOCH'],
            },
            io,
          ),
        ),
    )
    .command(
      'unbundle <bundle>',
      'safely extract a bundle (every file checked against the manifest; hostile archives refused)',
      (y) =>
        y
          .positional('bundle', { type: 'string', demandOption: true, describe: 'a .tar.gz made by mlpack bundle' })
          .option('out', { alias: 'o', type: 'string', demandOption: true, describe: 'target directory (created atomically)' })
          .option('pubkey', { type: 'string', describe: 'require a valid signature by this ed25519 public key (PEM)' })
          .option('force', { type: 'boolean', default: false, describe: 'replace a non-empty target directory' })
          .option('json', { type: 'boolean', default: false, describe: 'stable machine-readable output' })
          .example('$0 unbundle bert-1.0.0.tar.gz -o deploy/bert', 'extract and check hashes'),
      (a) => run(runUnbundle({ bundle: a.bundle, out: a.out, pubkey: a.pubkey, force: a.force, json: a.json }, io)),
    )
    .command(
      'keygen',
      'write a new ed25519 key pair for bundle signing',
      (y) =>
        y
          .option('out', { alias: 'o', type: 'string', default: 'keys', describe: 'directory for the key files' })
          .option('json', { type: 'boolean', default: false, describe: 'stable machine-readable output' })
          .example('$0 keygen -o keys', 'keys/mlpack-ed25519.pem (0600) + keys/mlpack-ed25519.pub.pem'),
      (a) => run(runKeygen({ out: a.out, json: a.json }, io)),
    )
    .epilogue('Exit status: 0 ok, 1 invalid input or failed check, 2 usage error. Docs: README.md');

  try {
    await (parser as Argv).parseAsync();
    return status;
  } catch (e) {
    return reportError(e, io, wantsJson);
  }
}

const taskOption = {
  type: 'string',
  describe: `override the task guessed from architectures[0] (${KNOWN_TASKS.join(', ')})`,
} as const;

/** The CLI's single top-level catch: coded errors → message + exit status; anything else is a bug. */
function reportError(e: unknown, io: CliIo, json: boolean): number {
  if (e instanceof MlpackError) {
    if (json) printJson(io, { ok: false, error: e.toJSON() });
    io.stderr(`mlpack: ${e.message}\n`);
    return e.exitCode;
  }
  const err = e instanceof Error ? e : new Error(String(e));
  if (json) printJson(io, { ok: false, error: { code: 'INTERNAL', message: err.message } });
  io.stderr(`mlpack: internal error: ${err.stack ?? err.message}\nThis is a bug in mlpack; please report it with the command you ran.\n`);
  return 1;
}
