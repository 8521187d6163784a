import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import type { HostTensorMap } from '@mlpack/core';
import { hostTensorOfOrt, ortFeeds } from './ort-tensors.js';
import type { OrtTensorData } from './ort-tensors.js';
import { ORT_DEFAULT_THREADS, ORT_MAX_THREADS } from './onnx-runner.js';
import type { OnnxRunner } from './onnx-runner.js';
import { VerifyError } from './verify-error.js';
import { RUNTIME_PACKAGES, importRuntime } from './import-runtime.js';

/**
 * Default limit for loading and for running a model in onnxruntime: generous for a multi-GB
 * model on a small machine (loading 2.5 GB and a batch of a few short rows take well under a
 * minute), short enough that a hostile model (a 2^62-iteration Loop) cannot hang verify.
 */
export const DEFAULT_INFERENCE_TIMEOUT_MS = 300_000;

export interface IsolatedOnnxRunnerOptions {
  /** Intra-op threads, 1..ORT_MAX_THREADS (default ORT_DEFAULT_THREADS). */
  intraOpNumThreads?: number | undefined;
  /** Name in reports (default `onnx`). */
  name?: string | undefined;
  /** Limit in ms for loading the model, and again for each run (default DEFAULT_INFERENCE_TIMEOUT_MS). */
  timeoutMs?: number | undefined;
}

/**
 * The child's code: loads onnxruntime-node from the path the parent resolved, answers `load` and
 * `run` requests over IPC (advanced serialization carries typed arrays, BigInt64Array included),
 * and exits as soon as the parent goes away (its IPC channel closes), even mid-run. An ES module
 * given with `-e`, so it runs the same from `src/` under vitest as from `dist/`.
 */
const CHILD_SOURCE = `
import { pathToFileURL } from 'node:url';
const mod = await import(pathToFileURL(process.argv[1]).href);
const ort = mod.default ?? mod;
let session;
process.on('disconnect', () => process.exit(0));
process.on('message', async (msg) => {
  try {
    if (msg.type === 'load') {
      session = await ort.InferenceSession.create(msg.path, { intraOpNumThreads: msg.threads, interOpNumThreads: 1, graphOptimizationLevel: 'all', executionProviders: ['cpu'] });
      process.send({ type: 'loaded', inputs: session.inputMetadata.map((m) => ({ name: m.name, type: m.isTensor ? m.type : 'non-tensor' })), outputNames: [...session.outputNames] });
    } else if (msg.type === 'run') {
      const feeds = {};
      for (const [k, v] of Object.entries(msg.feeds)) feeds[k] = new ort.Tensor(v.type, v.data, v.dims);
      const res = await session.run(feeds);
      const outputs = {};
      for (const name of session.outputNames) {
        const t = res[name];
        if (t) outputs[name] = { type: t.type, dims: t.dims.map(Number), data: t.data };
      }
      process.send({ type: 'result', outputs });
    }
  } catch (e) {
    process.send({ type: 'error', message: String((e && e.message) || e) });
  }
});
process.send({ type: 'ready' });
`;

type Reply =
  | { type: 'ready' }
  | { type: 'loaded'; inputs: { name: string; type: string }[]; outputNames: string[] }
  | { type: 'result'; outputs: Record<string, OrtTensorData> }
  | { type: 'error'; message: string };

/**
 * An onnxruntime session in a child process, behind the same Runner interface as
 * `createOnnxRunner`, so that loading and every run have a time limit: past `timeoutMs` the child
 * is killed (SIGKILL) and `ORT_TIMEOUT` is thrown; a crash of the runtime (a signal, an abort)
 * becomes `ORT_RUN_FAILED` instead of taking verify down with it.
 */
export async function createIsolatedOnnxRunner(modelPath: string, options: IsolatedOnnxRunnerOptions = {}): Promise<OnnxRunner> {
  const threads = options.intraOpNumThreads ?? ORT_DEFAULT_THREADS;
  if (!Number.isSafeInteger(threads) || threads < 1 || threads > ORT_MAX_THREADS) {
    throw new RangeError(`intraOpNumThreads must be 1..${ORT_MAX_THREADS} (got ${threads})`);
  }
  const timeoutMs = options.timeoutMs ?? DEFAULT_INFERENCE_TIMEOUT_MS;
  if (!(Number.isFinite(timeoutMs) && timeoutMs > 0)) throw new RangeError(`timeoutMs must be > 0 (got ${timeoutMs})`);
  // Resolved here, in the parent, so that a missing optional runtime is the usual coded error.
  const ortEntry = await importRuntime('onnxruntime-node', RUNTIME_PACKAGES['onnxruntime-node'], 'running the ONNX model', async () =>
    createRequire(import.meta.url).resolve('onnxruntime-node'),
  );
  const child = spawn(process.execPath, ['--input-type=module', '-e', CHILD_SOURCE, ortEntry], {
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    serialization: 'advanced',
  });
  const channel = new ChildChannel(child, modelPath, timeoutMs);
  try {
    await channel.request(undefined, 'ready', 'starting onnxruntime');
    const loaded = await channel.request({ type: 'load', path: modelPath, threads }, 'loaded', 'loading the model');
    if (loaded.type !== 'loaded') throw new Error('unreachable');
    const { inputs, outputNames } = loaded;
    return {
      name: options.name ?? 'onnx',
      inputs,
      outputNames,
      async run(feedsIn: HostTensorMap): Promise<HostTensorMap> {
        const feeds = ortFeeds(inputs, feedsIn, modelPath);
        const r = await channel.request({ type: 'run', feeds }, 'result', 'running the model');
        if (r.type !== 'result') throw new Error('unreachable');
        const out: HostTensorMap = {};
        for (const name of outputNames) {
          const v = r.outputs[name];
          if (v) out[name] = hostTensorOfOrt(v, name, modelPath);
        }
        return out;
      },
      async dispose(): Promise<void> {
        channel.close();
      },
    };
  } catch (e) {
    channel.close();
    throw e;
  }
}

/** One request at a time over the child's IPC channel, each with its own deadline. */
class ChildChannel {
  #waiter: ((r: Reply | Error) => void) | undefined;
  #stderr = '';
  #closed = false;

  constructor(
    readonly child: ChildProcess,
    readonly file: string,
    readonly timeoutMs: number,
  ) {
    child.stderr?.on('data', (c: Buffer) => {
      this.#stderr = (this.#stderr + c.toString('utf8')).slice(-2000);
    });
    child.on('message', (m: Reply) => this.#deliver(m));
    child.on('error', (e) => this.#deliver(e));
    child.on('exit', (code, signal) => {
      if (this.#closed) return;
      this.#deliver(
        new VerifyError(
          'ORT_RUN_FAILED',
          `onnxruntime exited (${signal ? `signal ${signal}` : `status ${code}`})${this.#stderr ? `: ${this.#stderr.trim().split('\n').pop()}` : ''}`,
          {
            file: this.file,
            hint: 'the model crashed the runtime; it was not made by `mlpack convert`, or the machine ran out of memory',
          },
        ),
      );
    });
  }

  #deliver(r: Reply | Error): void {
    const w = this.#waiter;
    this.#waiter = undefined;
    w?.(r);
  }

  request(message: object | undefined, want: Reply['type'], what: string): Promise<Reply> {
    if (this.#closed) {
      return Promise.reject(
        new VerifyError('ORT_RUN_FAILED', `the onnxruntime process was stopped (after a time-out or a crash); cannot continue ${what}`, { file: this.file }),
      );
    }
    return new Promise<Reply>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#waiter = undefined;
        this.close();
        reject(
          new VerifyError('ORT_TIMEOUT', `onnxruntime took longer than ${this.timeoutMs / 1000} s ${what}; stopped it`, {
            file: this.file,
            hint: 'a model made by mlpack runs its goldens in seconds; raise --timeout only for a model you trust',
          }),
        );
      }, this.timeoutMs);
      this.#waiter = (r) => {
        clearTimeout(timer);
        if (r instanceof Error) reject(r);
        else if (r.type === want) resolve(r);
        else if (r.type === 'error') {
          const code = want === 'loaded' ? 'ORT_LOAD_FAILED' : 'ORT_RUN_FAILED';
          reject(
            new VerifyError(code, `onnxruntime ${want === 'loaded' ? 'could not load' : 'failed to run'} the model: ${r.message}`, {
              file: this.file,
              hint: want === 'loaded' ? 'check that the .onnx file (and model.onnx_data beside it) are complete; run `mlpack convert` again' : undefined,
            }),
          );
        } else reject(new VerifyError('ORT_RUN_FAILED', `unexpected reply ${r.type} from the onnxruntime process`, { file: this.file }));
      };
      if (message) {
        this.child.send(message, (e) => {
          if (e) this.#deliver(new VerifyError('ORT_RUN_FAILED', `cannot reach the onnxruntime process: ${e.message}`, { file: this.file, cause: e }));
        });
      }
    });
  }

  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGKILL');
    if (this.child.connected) this.child.disconnect();
  }
}
