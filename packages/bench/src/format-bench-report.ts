import type { BenchFailure, BenchResult, GoalCheck, TargetResult } from './bench-result.js';
import { isFailure } from './bench-result.js';
import { RSS_BASE_GOAL_BYTES } from './goals.js';
import { median } from './median.js';
import { formatMemoryScaling } from './memory-scaling.js';
import { formatDecoderBench } from './format-decoder-bench.js';

/** Width of the label column, so values line up as in the README table. */
const LABEL_WIDTH = 50;
/** Hex digits of a sha256 shown in the text report (the JSON has all 64). */
const DIGEST_SHOWN = 16;
/** What a missed goal says: one fixed word to grep for. */
export const OVER_GOAL = 'OVER GOAL';

/** The human-readable report: one line per number, its goal beside it, OVER GOAL where missed. */
export function formatBenchReport(r: BenchResult): string {
  const lines: string[] = [];
  const row = (label: string, value: string): void => void lines.push(`${label.padEnd(LABEL_WIDTH)} ${value}`.trimEnd());
  const goal = (id: string): GoalCheck | undefined => r.goals.find((g) => g.id === id);
  const verdict = (id: string): string => (goal(id)?.met === false ? `  ${OVER_GOAL}` : '');
  const m = r.machine;

  lines.push(`mlpack bench — ${m.date}, node ${m.node}, ${m.cores} cores (${m.cpu}, ${gb(m.memoryBytes)} RAM, ${m.platform})`);
  lines.push('timed warm: model.safetensors is read once first, so cp and every conversion read it from the page cache;');
  lines.push("`sync` runs before each timed cp / conversion so no step pays for the previous one's writeback");

  if (r.startup !== undefined) {
    if (isFailure(r.startup)) row('cli start-up', failed(r.startup));
    else {
      const node = r.startup.timings.find((t) => t.id === 'node');
      for (const t of r.startup.timings) {
        const label = `${t.until === 'exit' ? 'start-up' : 'first output'}  ${t.command} (median of ${t.runsMs.length})`;
        const over = node && t !== node ? ` (node + ${ms(t.medianMs - node.medianMs)})` : '';
        const id = `cli.${t.id}_ms`;
        const g = goal(id);
        row(label, `${ms(t.medianMs)}${over}${g ? `  (goal <= ${ms(g.limit)})${verdict(id)}` : ''}`);
      }
    }
  }

  if (isFailure(r.safetensors)) row('safetensors', failed(r.safetensors));
  else {
    const s = r.safetensors;
    row('safetensors  header parse, 1,000 tensors', `${ms(s.headerParseMs1000)}`);
    row(
      `safetensors  stream read ${mb(s.fileBytes)} / cp (time)`,
      `${ratio(s.cpMBps / s.readMBps)}  (goal <= ${goal('safetensors.read_over_cp')?.limit ?? '?'})${verdict('safetensors.read_over_cp')}  read ${Math.round(s.readMBps)} MB/s, cp ${Math.round(s.cpMBps)} MB/s`,
    );
  }

  if (isFailure(r.model)) {
    row('model', failed(r.model));
    return lines.join('\n') + '\n';
  }
  const model = r.model;
  const generated = model.reused ? 'cached' : `generated in ${seconds(model.generateMs)}`;
  row(
    `${model.spec.name.padEnd(12)} weights ${mb(model.weightsFileBytes)}`,
    `fp32, ${(model.params / 1e6).toFixed(1)} M params, largest tensor ${mb(model.largest.bytes)} ${model.largest.name}; ${generated}`,
  );
  if (isFailure(r.cp)) row('cp of the weights', failed(r.cp));
  else row(`cp of the weights (median of ${r.cp.runsMs.length})`, seconds(r.cp.medianMs));

  for (const t of r.targets) {
    if (isFailure(t)) {
      row(`convert ${t.target}`, failed(t));
      continue;
    }
    const timeId = `convert.${t.target}.time_over_cp`;
    row(
      `convert ${t.target} time / cp time (median of ${t.runs.length})`,
      `${ratio(t.convertOverCp)}  (goal <= ${goal(timeId)?.limit ?? '?'})${verdict(timeId)}`,
    );
    lines.push(`    convertModel ${seconds(t.medianConvertMs)}, whole process ${seconds(t.medianWallMs)}; stage medians: ${stageMedians(t)}`);
    const rssId = `convert.${t.target}.peak_rss`;
    const rssGoal = goal(rssId);
    row(
      `convert ${t.target} peak RSS (max of ${t.runs.length})`,
      `${mb(t.peakRssBytes)} (goal <= ${mb(RSS_BASE_GOAL_BYTES)} + largest tensor = ${rssGoal ? mb(rssGoal.limit) : '?'})${verdict(rssId)}`,
    );
  }

  if (r.memoryScaling !== undefined) {
    if (isFailure(r.memoryScaling)) row('peak RSS vs model size', failed(r.memoryScaling));
    else lines.push(...formatMemoryScaling(r.memoryScaling));
  }

  if (isFailure(r.latency)) row('onnxruntime latency', failed(r.latency));
  else {
    for (const l of r.latency) {
      row(
        `onnxruntime latency batch ${l.batch} x ${l.sequence} (median of ${l.runs})`,
        `${ms(l.medianMs)}  (min ${ms(l.minMs)}, max ${ms(l.maxMs)}, 2 threads)`,
      );
    }
  }

  if (r.variants !== undefined) {
    if (isFailure(r.variants)) row('variants', failed(r.variants));
    else {
      const v = r.variants;
      row(
        'variants: all 5 ONNX in one run / fp32 alone',
        `${(v.convertMs / v.fp32ConvertMs).toFixed(2)}x  (${seconds(v.convertMs)} vs ${seconds(v.fp32ConvertMs)})`,
      );
      const rssGoal = goal('variants.peak_rss');
      row(
        'variants: peak RSS of the one run',
        `${mb(v.maxRssBytes)} (goal <= ${mb(RSS_BASE_GOAL_BYTES)} + largest tensor = ${rssGoal ? mb(rssGoal.limit) : '?'})${verdict('variants.peak_rss')}`,
      );
      const gate = v.parity !== undefined && !isFailure(v.parity) ? v.parity.byDtype : undefined;
      for (const x of v.variants) {
        const lat = x.latency.map((l) => `${l.batch}x${l.sequence} ${l.ratio.toFixed(2)}x (${ms(l.medianMs)})`).join(', ');
        const p = gate?.[x.dtype];
        const parity = p
          ? `  vs reference: cosine ${p.minCosine?.toFixed(5) ?? '-'}${p.minArgmaxAgreement === null ? '' : `, argmax ${p.minArgmaxAgreement.toFixed(2)}`}, max |Δ| ${p.maxAbs?.toExponential(1) ?? '-'} ${p.ok ? 'ok' : 'MISSES ITS GATE'}`
          : '';
        row(`variant ${x.dtype.padEnd(5)} ${x.file}`, `size ${x.sizeRatio.toFixed(3)}x  latency/fp32 ${lat}${parity}`);
      }
      if (v.parity !== undefined && isFailure(v.parity)) row('variants vs reference', failed(v.parity));
      else if (v.parity !== undefined) row('variants vs reference (all five, float64 reference)', seconds(v.parity.ms));
    }
  }
  if (r.decoder !== undefined) lines.push(...formatDecoderBench(r.decoder, r.goals));

  for (const t of r.targets) {
    if (isFailure(t)) continue;
    const id = `convert.${t.target}.deterministic`;
    const what = `determinism: ${t.runs.length} ${t.target} conversions identical`;
    if (t.deterministic) row(what, `yes (${t.files} files, ${mb(t.bytes)}, sha256 ${t.digest.slice(0, DIGEST_SHOWN)}…)`);
    else row(what, `NO: ${t.differing.join(', ')}${verdict(id)}`);
  }

  const missed = r.goals.filter((g) => !g.met);
  lines.push(
    `goals: ${r.goals.length - missed.length} of ${r.goals.length} met` + (missed.length ? `; ${OVER_GOAL}: ${missed.map((g) => g.id).join(', ')}` : ''),
  );
  if (r.keptOutputs) lines.push(`outputs kept in ${r.keptOutputs}`);
  return lines.join('\n') + '\n';
}

/** `stage 12 ms, …`: each stage of the first run with its median over the runs that have it. */
function stageMedians(t: TargetResult): string {
  return t.runs[0]!.stages.map(({ stage }) => {
    const times = t.runs.flatMap((r) => r.stages.filter((s) => s.stage === stage).map((s) => s.ms));
    return `${stage} ${Math.round(median(times))} ms`;
  }).join(', ');
}

function failed(f: BenchFailure): string {
  return `FAILED ${f.code ? `[${f.code}] ` : ''}${f.message.split('\n')[0]}`;
}

/** Decimal megabytes, as disk sizes are quoted. */
function mb(bytes: number): string {
  return bytes >= 10e6 ? `${Math.round(bytes / 1e6)} MB` : `${(bytes / 1e6).toFixed(1)} MB`;
}

function gb(bytes: number): string {
  return `${(bytes / 1e9).toFixed(1)} GB`;
}

function ms(x: number): string {
  return x >= 100 ? `${Math.round(x)} ms` : x >= 10 ? `${x.toFixed(1)} ms` : `${x.toFixed(2)} ms`;
}

/** Seconds from one second up, milliseconds below (a 22 MB cp takes ~10 ms). */
function seconds(x: number): string {
  return x >= 1000 ? `${(x / 1000).toFixed(2)} s` : ms(x);
}

function ratio(x: number): string {
  return Number.isFinite(x) ? `${x.toFixed(2)}x` : 'n/a';
}
