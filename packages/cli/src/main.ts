import { MLPACK_VERSION, MlpackError, UsageError } from '@mlpack/core';
import type { CliIo } from './io.js';
import { printJson, processIo } from './io.js';
import { DEFAULT_TIMEOUT_SECONDS, KNOWN_TASKS, LAYOUTS, SUPPORTED_OPSETS } from './option-choices.js';
import { staticHelp } from './static-help.js';
import { terminalSafeIo } from './escape-terminal.js';
import { codedError, humanMessage } from './coded-error.js';
import { refuseRepeatedOptions } from './repeated-options.js';

// Start-up: yargs and each command's packages load only when needed, so `--version` and `--help`
// never load the converters, runtimes or validators. Each run* below imports its command module
// (and with it the command's packages) on first call.
const runInspect = async (...a: Parameters<typeof import('./commands/inspect.js').runInspect>) => (await import('./commands/inspect.js')).runInspect(...a);
const runValidate = async (...a: Parameters<typeof import('./commands/validate.js').runValidate>) => (await import('./commands/validate.js')).runValidate(...a);
const runConvert = async (...a: Parameters<typeof import('./commands/convert.js').runConvert>) => (await import('./commands/convert.js')).runConvert(...a);
const runVerify = async (...a: Parameters<typeof import('./commands/verify.js').runVerify>) => (await import('./commands/verify.js')).runVerify(...a);
const runVerifyBundle = async (...a: Parameters<typeof import('./commands/verify-bundle.js').runVerifyBundle>) =>
  (await import('./commands/verify-bundle.js')).runVerifyBundle(...a);
const runBundle = async (...a: Parameters<typeof import('./commands/bundle.js').runBundle>) => (await import('./commands/bundle.js')).runBundle(...a);
const runUnbundle = async (...a: Parameters<typeof import('./commands/unbundle.js').runUnbundle>) => (await import('./commands/unbundle.js')).runUnbundle(...a);
const runKeygen = async (...a: Parameters<typeof import('./commands/keygen.js').runKeygen>) => (await import('./commands/keygen.js')).runKeygen(...a);
const runRun = async (...a: Parameters<typeof import('./commands/run.js').runRun>) => (await import('./commands/run.js')).runRun(...a);

/**
 * Run the CLI on `argv` (without node and script). Returns the exit status: 0 ok, 1 bad input or
 * failed check, 2 usage error. Never calls process.exit, so tests can run it in-process.
 */
export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  // The bare version query needs no parser at all.
  if (argv.length === 1 && argv[0] === '--version') {
    io.stdout(`${MLPACK_VERSION}\n`);
    return 0;
  }
  // Neither does plain help: it is rendered ahead of time (see static-help.ts).
  const help = staticHelp(argv, process.stdout.columns);
  if (help !== undefined) {
    io.stdout(help);
    return 0;
  }
  const { default: yargs } = await import('yargs');
  let status = 0;
  const wantsJson = argv.includes('--json');
  io = terminalSafeIo(io, wantsJson);
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
          .option('hash', { type: 'boolean', default: false, describe: "add each file's sha256" })
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
            describe:
              'weight variants, comma-separated: fp32, fp16 (both formats), q8, q4, q4f16 (ONNX), uint8, uint16 (TF.js); one read of the weights writes them all, each gated by parity',
          })
          .option('block-size', { type: 'number', describe: 'q4/q4f16: elements per quantization block (default 32)' })
          .option('accuracy-level', { type: 'number', describe: 'q4/q4f16: onnxruntime MatMulNBits accuracy_level 0..4 (default 0)' })
          .option('allow-degraded', {
            type: 'boolean',
            default: false,
            describe: 'keep a variant that misses its parity gate (recorded in mlpack.json) instead of failing',
          })
          .option('gate', {
            type: 'boolean',
            default: false,
            describe: 'judge fp32 against the reference before writing, too (default: only when another variant is written; `mlpack verify` is the fp32 gate)',
          })
          .option('quantize-embeddings', {
            type: 'boolean',
            default: false,
            describe: 'q8/q4/q4f16 (int8 rows) and uint8/uint16: quantize the embedding tables too (default: left as they are)',
          })
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
          .option('pubkey', {
            type: 'string',
            describe:
              'bundle only: public key (PEM) the signature must verify against: ECDSA for model.sig (OpenSSF Model Signing), ed25519 for a legacy mlpack.json.sig',
          })
          .option('inference', {
            type: 'boolean',
            default: true,
            describe: 'bundle only: re-run the recorded goldens (--no-inference checks files and signature only)',
          })
          .option('report', { type: 'string', describe: 'also write the JSON report to this file' })
          .option('junit', {
            type: 'string',
            describe: 'also write JUnit XML for CI (a test case per target × output; per file for a bundle); under GitHub Actions failures are also annotated',
          })
          .option('timeout', { type: 'number', describe: `seconds allowed for loading and for running the ONNX model (default ${DEFAULT_TIMEOUT_SECONDS})` })
          .option('json', { type: 'boolean', default: false, describe: 'print the JSON report' })
          .example('$0 verify ./model out/model', 'ONNX and TF.js vs the reference')
          .example('$0 verify ./model out/model --golden reference.json --atol 1e-5', 'against recorded outputs')
          .example('$0 verify dist/bert-1.2.0.tar.gz --pubkey keys/mlpack-p256.pub.pem', 'a bundle: hashes, signature, goldens'),
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
            runVerifyBundle(
              { bundle: a['model-dir'], pubkey: a.pubkey, noInference: !a.inference, report: a.report, junit: a.junit, json: a.json, timeout: a.timeout },
              io,
            ),
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
              junit: a.junit,
              json: a.json,
              timeout: a.timeout,
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
          .option('model', {
            alias: 'm',
            type: 'string',
            demandOption: true,
            describe: 'the original Hugging Face folder (the reference computes the goldens from it)',
          })
          .option('name', { type: 'string', demandOption: true, describe: 'bundle name ([a-z0-9][a-z0-9._-]*)' })
          .version(false)
          .option('version', { type: 'string', demandOption: true, describe: 'bundle version (semver, e.g. 1.2.0)' })
          .option('out', { alias: 'o', type: 'string', describe: 'archive path (default <name>-<version>.tar.gz)' })
          .option('layout', { choices: LAYOUTS, default: 'transformers.js' as const, describe: 'file layout inside the archive' })
          .option('sign', { type: 'string', describe: 'ECDSA P-256/384/521 private key (PEM): sign the bundle as OpenSSF Model Signing v1.0 (model.sig)' })
          .option('triton-version', { type: 'number', describe: 'triton layout: model version directory (positive integer, default 1)' })
          .option('max-batch-size', { type: 'number', describe: 'triton layout: max_batch_size in config.pbtxt' })
          .option('atol', { type: 'number', describe: 'tolerance for the parity gate and for later verify (default 1e-4)' })
          .option('rtol', { type: 'number', describe: 'relative tolerance (default 1e-3)' })
          .option('force', { type: 'boolean', default: false, describe: 'replace an existing archive' })
          .option('compression-level', {
            type: 'number',
            describe: 'gzip level 0..9 (default 9, smallest); 1 compresses multi-GB weights fastest, 0 stores them uncompressed',
          })
          .option('timeout', { type: 'number', describe: `seconds allowed for loading and for running the ONNX model (default ${DEFAULT_TIMEOUT_SECONDS})` })
          .option('json', { type: 'boolean', default: false, describe: 'stable machine-readable output' })
          .example('$0 bundle out/bert --model ./bert --name bert --version 1.0.0', 'bert-1.0.0.tar.gz, transformers.js layout')
          .example('$0 bundle out/bert -m ./bert --name bert --version 1.0.0 --layout triton --sign keys/mlpack-p256.pem', 'signed Triton model repository')
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
              compressionLevel: a['compression-level'],
              timeout: a.timeout,
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
          .option('pubkey', {
            type: 'string',
            describe: 'require a valid signature by this public key (PEM; ECDSA for model.sig, ed25519 for a legacy mlpack.json.sig)',
          })
          .option('force', { type: 'boolean', default: false, describe: 'replace a non-empty target directory' })
          .option('json', { type: 'boolean', default: false, describe: 'stable machine-readable output' })
          .example('$0 unbundle bert-1.0.0.tar.gz -o deploy/bert', 'extract and check hashes'),
      (a) => run(runUnbundle({ bundle: a.bundle, out: a.out, pubkey: a.pubkey, force: a.force, json: a.json }, io)),
    )
    .command(
      'run <converted-dir> [prompt]',
      'generate text with a converted decoder LM (greedy with its KV cache; sampling with --temperature)',
      (y) =>
        y
          .positional('converted-dir', { type: 'string', demandOption: true, describe: 'output of mlpack convert of a causal LM' })
          .positional('prompt', { type: 'string', describe: "text to continue (encoded with the folder's tokenizer)" })
          .option('ids', { type: 'string', describe: 'prompt as comma-separated token ids instead of text (models without a tokenizer)' })
          .option('max-new-tokens', { type: 'number', describe: 'tokens to generate at most (default 32)' })
          .option('temperature', { type: 'number', describe: 'sample from softmax(logits / T) (default 0: greedy)' })
          .option('top-k', { type: 'number', describe: 'sampling: keep the k most likely tokens' })
          .option('top-p', { type: 'number', describe: 'sampling: keep the most likely tokens up to probability p' })
          .option('seed', { type: 'number', describe: 'sampling: seed (same seed, same text; default 0)' })
          .option('dtype', { type: 'string', describe: 'which converted variant to run: fp32 (default), fp16, q8, q4, q4f16' })
          .option('json', { type: 'boolean', default: false, describe: 'print ids, text, time to first token and tokens/s as JSON' })
          .example('$0 run out/gpt2 "Hello, my name is" --max-new-tokens 20', 'greedy continuation, printed as it is produced')
          .example('$0 run out/llama "Once upon a time" --temperature 0.8 --top-k 40 --seed 7', 'reproducible sampling')
          .example('$0 run out/tiny --ids 1,15,42 --json', 'a model without a tokenizer'),
      (a) => {
        if (a.prompt === undefined && a.ids === undefined) throw new UsageError('give a prompt or --ids', 'e.g. mlpack run out/gpt2 "Hello"');
        if (a.prompt !== undefined && a.ids !== undefined) throw new UsageError('give a prompt or --ids, not both', 'drop one of them');
        return run(
          runRun(
            {
              dir: a['converted-dir'],
              prompt: a.prompt,
              ids: a.ids,
              maxNewTokens: a['max-new-tokens'],
              temperature: a.temperature,
              topK: a['top-k'],
              topP: a['top-p'],
              seed: a.seed,
              dtype: a.dtype,
              json: a.json,
            },
            io,
          ),
        );
      },
    )
    .command(
      'keygen',
      'write a new ECDSA P-256 key pair for bundle signing (OpenSSF Model Signing)',
      (y) =>
        y
          .option('out', { alias: 'o', type: 'string', default: 'keys', describe: 'directory for the key files' })
          .option('json', { type: 'boolean', default: false, describe: 'stable machine-readable output' })
          .example('$0 keygen -o keys', 'keys/mlpack-p256.pem (0600) + keys/mlpack-p256.pub.pem'),
      (a) => run(runKeygen({ out: a.out, json: a.json }, io)),
    )
    .epilogue('Exit status: 0 ok, 1 invalid input or failed check, 2 usage error. Docs: README.md');

  try {
    refuseRepeatedOptions(argv);
    await parser.parseAsync();
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
  e = codedError(e);
  if (e instanceof MlpackError) {
    const coded = e as MlpackError<string>;
    if (json) printJson(io, { ok: false, error: coded.toJSON() });
    io.stderr(`mlpack: ${humanMessage(coded)}\n`);
    return coded.exitCode;
  }
  const err = e instanceof Error ? e : new Error(String(e));
  if (json) printJson(io, { ok: false, error: { code: 'INTERNAL', message: err.message } });
  io.stderr(`mlpack: internal error: ${err.stack ?? err.message}\nThis is a bug in mlpack; please report it with the command you ran.\n`);
  return 1;
}
