import type { BenchFailure, DecoderBench, GoalCheck } from './bench-result.js';
import { isFailure } from './bench-result.js';
import { RSS_BASE_GOAL_BYTES } from './goals.js';

const LABEL_WIDTH = 50;

/** The `--decoder` lines of the text report. */
export function formatDecoderBench(d: DecoderBench | BenchFailure, goals: readonly GoalCheck[]): string[] {
  const lines: string[] = [];
  const row = (label: string, value: string): void => void lines.push(`${label.padEnd(LABEL_WIDTH)} ${value}`.trimEnd());
  if (isFailure(d)) {
    row('decoder', `FAILED ${d.code ? `[${d.code}] ` : ''}${d.message.split('\n')[0]}`);
    return lines;
  }
  const goal = (id: string): GoalCheck | undefined => goals.find((g) => g.id === id);
  const verdict = (id: string): string => (goal(id)?.met === false ? '  OVER GOAL' : '');
  const s = d.model.spec;
  row(
    `decoder ${s.name} weights ${gb(d.model.weightsFileBytes)}`,
    `${s.dtype}, ${(d.model.params / 1e6).toFixed(0)} M params (hidden ${s.hidden}, ${s.layers} layers, heads ${s.heads}/${s.kvHeads}, vocab ${s.vocabSize}), largest tensor ${mb(d.model.largest.bytes)} as float32; ${d.model.reused ? 'cached' : `generated in ${sec(d.model.generateMs)}`}`,
  );
  row(`decoder cp of the weights (median of ${d.cp.runsMs.length})`, sec(d.cp.medianMs));
  row(
    'decoder convert onnx fp32 time / cp time',
    `${d.fp32.convertOverCp.toFixed(2)}x  (goal <= ${goal('decoder.convert.time_over_cp')?.limit ?? '?'})${verdict('decoder.convert.time_over_cp')}  convertModel ${sec(d.fp32.convertMs)}`,
  );
  const rss = (id: string, bytes: number): string =>
    `${mb(bytes)} (goal <= ${mb(RSS_BASE_GOAL_BYTES)} + largest tensor = ${goal(id) ? mb(goal(id)!.limit) : '?'})${verdict(id)}`;
  row('decoder convert onnx fp32 peak RSS', rss('decoder.convert.peak_rss', d.fp32.maxRssBytes));
  row('decoder all 5 variants in one run', `${sec(d.variants.convertMs)} (${(d.variants.convertMs / d.fp32.convertMs).toFixed(2)}x fp32 alone)`);
  row('decoder all 5 variants peak RSS', rss('decoder.variants.peak_rss', d.variants.maxRssBytes));
  row('decoder file sizes / fp32', d.files.map((f) => `${f.dtype} ${f.sizeRatio.toFixed(3)}x`).join(', ') + ` (fp32 ${gb(d.files[0]!.bytes)})`);
  for (const x of d.decoding) {
    const label = `decoder onnxruntime ${x.dtype.padEnd(5)} batch 1`;
    if ('failed' in x) row(label, `FAILED ${x.code ? `[${x.code}] ` : ''}${x.message.split('\n')[0]}`);
    else {
      const same = d.sameTokensAsFp32[x.dtype];
      row(
        label,
        `first token ${sec(x.ttftMs)} (${d.promptTokens}-token prompt), decode ${x.tokensPerSecond.toFixed(2)} tokens/s (median step ${ms(x.medianStepMs)}, ${x.cacheType} cache)${x.dtype === 'fp32' || same === undefined ? '' : `; first ${same} of ${d.newTokens} greedy tokens equal fp32's`}`,
      );
    }
  }
  row('decoder q4 decode tokens/s / fp32 tokens/s', Number.isFinite(d.q4OverFp32TokensPerSecond) ? `${d.q4OverFp32TokensPerSecond.toFixed(2)}x` : 'n/a');
  return lines;
}

function mb(bytes: number): string {
  return `${Math.round(bytes / 1e6)} MB`;
}
function gb(bytes: number): string {
  return `${(bytes / 1e9).toFixed(2)} GB`;
}
function ms(x: number): string {
  return x >= 100 ? `${Math.round(x)} ms` : `${x.toFixed(1)} ms`;
}
function sec(x: number): string {
  return x >= 1000 ? `${(x / 1000).toFixed(2)} s` : ms(x);
}
