import { generateText } from '@mlpack/generate';
import type { CliIo } from '../io.js';
import { printJson } from '../io.js';

export interface RunArgs {
  dir: string;
  prompt?: string | undefined;
  ids?: string | undefined;
  maxNewTokens?: number | undefined;
  temperature?: number | undefined;
  topK?: number | undefined;
  topP?: number | undefined;
  seed?: number | undefined;
  dtype?: string | undefined;
  json: boolean;
}

/**
 * `mlpack run <converted-dir> "prompt"`: generate with the converted decoder and its KV cache.
 * Prints the text as it is produced (stdout), the timing on stderr; `--json` prints
 * `{ ok, prompt, prompt_ids, ids, text, stop_reason, time_to_first_token_ms, tokens_per_second }`.
 */
export async function runRun(args: RunArgs, io: CliIo): Promise<number> {
  const promptIds = args.ids === undefined ? undefined : args.ids.split(',').map((s) => Number(s.trim()));
  const r = await generateText(args.dir, args.prompt ?? '', {
    maxNewTokens: args.maxNewTokens,
    temperature: args.temperature,
    topK: args.topK,
    topP: args.topP,
    seed: args.seed,
    dtype: args.dtype,
    promptIds,
    ...(args.json ? {} : { onText: (delta: string) => io.stdout(delta) }),
  });
  if (args.json) {
    printJson(io, {
      ok: true,
      prompt: args.prompt ?? null,
      prompt_ids: r.promptIds,
      ids: r.ids,
      text: r.text,
      stop_reason: r.stopReason,
      time_to_first_token_ms: round(r.timeToFirstTokenMs),
      tokens_per_second: r.tokensPerSecond === null ? null : round(r.tokensPerSecond),
    });
  } else {
    io.stdout('\n');
    const speed = r.tokensPerSecond === null ? '' : `, ${r.tokensPerSecond.toFixed(1)} tokens/s after it`;
    io.stderr(
      `mlpack: ${r.ids.length} token(s), stopped at ${r.stopReason === 'eos' ? 'end of sequence' : 'max new tokens'}; first token in ${r.timeToFirstTokenMs.toFixed(0)} ms${speed}\n`,
    );
  }
  return 0;
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
