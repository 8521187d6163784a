/**
 * Test fixture: a converted folder laid out the way `mlpack convert` writes one (onnx/model.onnx
 * [+ model.onnx_data], config + tokenizer files copied, mlpack.json of kind `conversion`), built
 * without `@mlpack/convert`: a BERT encoder (+ pooler, + classifier for sequence classification)
 * is written node by node with `@mlpack/graph`'s builder over the checkpoint's own weights and
 * emitted with `@mlpack/onnx`. The graph follows transformers' BertModel formulas; the reference
 * (`@mlpack/reference`) stays the independent witness the bundle's parity check compares it with.
 */
import { copyFile, mkdir, readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { MLPACK_VERSION, sha256File } from '@mlpack/core';
import type { TensorSource } from '@mlpack/core';
import { GraphBuilder } from '@mlpack/graph';
import type { Value } from '@mlpack/graph';
import { readModelFolder } from '@mlpack/model';
import { emitOnnx } from '@mlpack/onnx';
import type { ManifestFile, MlpackManifest } from '@mlpack/schema';

/** transformers' additive mask value for float32: torch.finfo(float32).min. */
const FLOAT32_MIN = -3.4028234663852886e38;

/** Model-folder file kinds `mlpack convert` records as the conversion's source. */
const SOURCE_KINDS = new Set(['config', 'generation-config', 'tokenizer', 'safetensors', 'safetensors-index']);
/** Kinds copied beside the converted model. */
const COPIED_KINDS = new Set(['config', 'generation-config', 'tokenizer']);

export interface ConvertedFolderOptions {
  /** Store the weights in onnx/model.onnx_data (default false). */
  externalData?: boolean;
  /** Scale the pooler's pre-activation by this factor: a deliberately wrong conversion (default 1). */
  breakPooler?: number;
}

/** Write a converted folder for `modelDir` (a BERT checkpoint) into the existing empty dir `out`. */
export async function writeConvertedFolder(modelDir: string, out: string, options: ConvertedFolderOptions = {}): Promise<MlpackManifest> {
  const read = await readModelFolder(modelDir);
  if (!read.ok || !read.folder) throw new Error(`fixture model unreadable: ${JSON.stringify(read.issues)}`);
  const folder = read.folder;
  try {
    const task = folder.task ?? 'feature-extraction';
    const config = folder.config as Record<string, unknown>;
    const { graph, outputs } = bertGraph(config, folder.weights, task, options.breakPooler ?? 1);
    await mkdir(join(out, 'onnx'), { recursive: true });
    const emitted = await emitOnnx(graph, { dir: join(out, 'onnx'), opset: 17, externalData: options.externalData ? 'always' : 'never' });
    for (const f of folder.files) {
      if (COPIED_KINDS.has(f.kind) && !f.path.includes('/')) await copyFile(join(modelDir, f.path), join(out, f.path));
    }
    const sources = await hashAll(modelDir, folder.files.filter((f) => SOURCE_KINDS.has(f.kind)).map((f) => f.path));
    const files = await hashAll(out, await listAll(out));
    const external = emitted.files.find((f) => f.path.endsWith('_data'));
    const numLabels = folder.config.id2label ? Object.keys(folder.config.id2label as object).length : 2;
    const manifest: MlpackManifest = {
      manifest_version: 1,
      kind: 'conversion',
      tool: { name: 'mlpack', version: MLPACK_VERSION },
      source: {
        model_type: folder.modelType ?? 'bert',
        architecture: folder.architecture ?? 'BertModel',
        task,
        files: sources,
      },
      task,
      options: { targets: ['onnx'], opset: 17, external_data: options.externalData ?? false },
      targets: [
        {
          format: 'onnx',
          path: 'onnx/model.onnx',
          opset: emitted.opset,
          ir_version: emitted.irVersion,
          ...(external ? { external_data: `onnx/${external.path}` } : {}),
        },
      ],
      signature: {
        inputs: ['input_ids', 'attention_mask', 'token_type_ids'].map((name) => ({ name, dtype: 'int64' as const, shape: ['batch_size', 'sequence_length'] })),
        outputs: outputs.map((o) => ({ name: o.name, dtype: 'float32' as const, shape: o.shape })),
      },
      ...(task === 'text-classification' ? { labels: Object.fromEntries(Array.from({ length: numLabels }, (_, i) => [String(i), `LABEL_${i}`])) } : {}),
      files,
    };
    await writeFile(join(out, 'mlpack.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    return manifest;
  } finally {
    await folder.close();
  }
}

function bertGraph(
  config: Record<string, unknown>,
  weights: TensorSource,
  task: string,
  breakPooler: number,
): { graph: ReturnType<GraphBuilder['build']>; outputs: Array<{ name: string; shape: Array<string | number> }> } {
  const H = config.hidden_size as number;
  const heads = config.num_attention_heads as number;
  const layers = config.num_hidden_layers as number;
  const eps = (config.layer_norm_eps as number | undefined) ?? 1e-12;
  const hd = H / heads;
  const g = new GraphBuilder({ name: 'bert' });
  const prefix = weights.get('bert.embeddings.word_embeddings.weight') ? 'bert.' : '';
  const info = (name: string) => {
    const i = weights.get(name);
    if (!i) throw new Error(`fixture: no tensor ${name}`);
    return i;
  };
  const w = (name: string): Value => g.weight(info(name));
  const linear = (x: Value, p: string): Value => g.linear(x, g.weight(info(`${p}.weight`), { transpose: true }), w(`${p}.bias`));
  const norm = (x: Value, p: string): Value => g.layerNorm(x, w(`${p}.weight`), w(`${p}.bias`), eps);

  const ids = g.input('input_ids', 'int64', ['batch_size', 'sequence_length']);
  const mask = g.input('attention_mask', 'int64', ['batch_size', 'sequence_length']);
  const types = g.input('token_type_ids', 'int64', ['batch_size', 'sequence_length']);
  const e = `${prefix}embeddings`;
  let h = g.add(
    g.add(g.gather(w(`${e}.word_embeddings.weight`), ids), g.gather(w(`${e}.token_type_embeddings.weight`), types)),
    g.gather(w(`${e}.position_embeddings.weight`), g.arange(ids, 1)),
  );
  h = norm(h, `${e}.LayerNorm`);
  const additive = g.mul(g.sub(1, g.unsqueeze(g.cast(mask, 'float32'), [1, 2])), FLOAT32_MIN);
  for (let l = 0; l < layers; l++) {
    const p = `${prefix}encoder.layer.${l}`;
    const split = (x: Value, perm: number[]): Value => g.transpose(g.reshape(x, [{ copy: 0 }, { copy: 1 }, heads, hd]), perm);
    const q = split(linear(h, `${p}.attention.self.query`), [0, 2, 1, 3]);
    const k = split(linear(h, `${p}.attention.self.key`), [0, 2, 3, 1]);
    const v = split(linear(h, `${p}.attention.self.value`), [0, 2, 1, 3]);
    const probs = g.softmax(g.add(g.mul(g.matMul(q, k), 1 / Math.sqrt(hd)), additive), -1);
    const ctx = g.reshape(g.transpose(g.matMul(probs, v), [0, 2, 1, 3]), [{ copy: 0 }, { copy: 1 }, H]);
    h = norm(g.add(linear(ctx, `${p}.attention.output.dense`), h), `${p}.attention.output.LayerNorm`);
    const inner = g.gelu(linear(h, `${p}.intermediate.dense`));
    h = norm(g.add(linear(inner, `${p}.output.dense`), h), `${p}.output.LayerNorm`);
  }
  const dense = g.linear(g.gather(h, 0, 1), g.weight(info(`${prefix}pooler.dense.weight`), { transpose: true }), w(`${prefix}pooler.dense.bias`));
  const pooled = g.tanh(breakPooler === 1 ? dense : g.mul(dense, breakPooler));
  if (task === 'text-classification') {
    const n = info('classifier.weight').shape[0]!;
    g.output('logits', linear(pooled, 'classifier'));
    return { graph: g.build(), outputs: [{ name: 'logits', shape: ['batch_size', n] }] };
  }
  g.output('last_hidden_state', h);
  g.output('pooler_output', pooled);
  return {
    graph: g.build(),
    outputs: [
      { name: 'last_hidden_state', shape: ['batch_size', 'sequence_length', H] },
      { name: 'pooler_output', shape: ['batch_size', H] },
    ],
  };
}

async function listAll(root: string, prefix = ''): Promise<string[]> {
  const out: string[] = [];
  for (const e of (await readdir(join(root, prefix), { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...(await listAll(root, rel)));
    else out.push(rel);
  }
  return out;
}

async function hashAll(root: string, paths: string[]): Promise<ManifestFile[]> {
  const out: ManifestFile[] = [];
  for (const p of [...paths].sort()) {
    const abs = join(root, ...p.split('/'));
    out.push({ path: p, size: (await stat(abs)).size, sha256: await sha256File(abs) });
  }
  return out;
}
