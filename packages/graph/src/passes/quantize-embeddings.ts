import type { GraphDType } from '../dtype.js';
import type { Graph, InitializerTransform, TensorInitializer } from '../ir.js';
import { GraphRewriter } from './graph-rewriter.js';
import { linearWeightSource } from './weight-dtype.js';

export interface QuantizeEmbeddingsOptions {
  /** Leave tables whose tensor name matches, default none. */
  exclude?: (tensorName: string) => boolean;
}

/**
 * Embedding tables as int8 (the `--quantize-embeddings` option of the quantized variants): every
 * 2-D float weight from the file that a `Gather` along axis 0 reads (word, position, token-type
 * embeddings) is stored as int8 [V, H] with one symmetric float32 scale per row (s = max|row| / 127,
 * quantized from the file values), and the lookup becomes
 * `Cast(Gather(q, ids)) · Unsqueeze(Gather(s, ids), -1)`: only the rows looked up are expanded. Any
 * other reader of the table (a tied LM head's transpose) gets the whole table dequantized once,
 * `Cast(q) · s[:, None]` — initializers only, which onnxruntime folds when the session loads — so
 * the file holds the table once, as int8. The result has the table's dtype (float16 in q4f16).
 */
export function quantizeEmbeddings(graph: Graph, options: QuantizeEmbeddingsOptions = {}): Graph {
  const r = new GraphRewriter(graph);
  const tables = new Map<string, TensorInitializer>();
  for (const n of graph.nodes) {
    if (n.op !== 'Gather' || n.attrs.axis !== 0) continue;
    const t = r.initializer(n.inputs[0]!);
    if (t?.kind !== 'tensor' || t.shape.length !== 2 || t.storage !== undefined || (t.dtype !== 'float32' && t.dtype !== 'float16')) continue;
    if (options.exclude?.(t.source.name)) continue;
    // Only tables taken from the file as they are (casts aside): rows must be the file's rows.
    if (linearWeightSource(t, 'quantizeEmbeddings').transposed) continue;
    tables.set(t.name, t);
  }
  const parts = new Map<string, { values: string; scales: string }>();
  const partsOf = (t: TensorInitializer): { values: string; scales: string } => {
    let p = parts.get(t.name);
    if (p === undefined) {
      const rest: InitializerTransform[] = t.transforms.filter((x) => x.kind !== 'cast');
      const [v, h] = t.shape as [number, number];
      const base = t.source.name;
      p = {
        values: r.addInitializer({
          kind: 'tensor',
          name: `${base}.q8`,
          dtype: 'int8',
          shape: [v, h],
          source: t.source,
          transforms: [...rest, { kind: 'quantize-int8', part: 'values' }],
        }),
        scales: r.addInitializer({
          kind: 'tensor',
          name: `${base}.q8_scale`,
          dtype: 'float32',
          shape: [v],
          source: t.source,
          transforms: [...rest, { kind: 'quantize-int8', part: 'scales' }],
        }),
      };
      parts.set(t.name, p);
    }
    return p;
  };
  const dequantizedTables = new Map<string, string>();
  const wholeTable = (t: TensorInitializer): string => {
    let out = dequantizedTables.get(t.name);
    if (out === undefined) {
      const p = partsOf(t);
      const scope = `/${t.source.name}/dequantize`;
      const wide = r.add('Cast', `${scope}/Cast`, [p.values], { to: 'float32' }, 'float32', t.shape);
      const column = r.add('Unsqueeze', `${scope}/Unsqueeze`, [p.scales], { axes: [1] }, 'float32', [t.shape[0]!, 1]);
      out = toDtype(r, r.add('Mul', `${scope}/Mul`, [wide, column], {}, 'float32', t.shape), t.dtype, scope, t.shape);
      dequantizedTables.set(t.name, out);
    }
    return out;
  };

  for (const node of graph.nodes) {
    const table = node.op === 'Gather' && node.attrs.axis === 0 ? tables.get(node.inputs[0]!) : undefined;
    if (table !== undefined) {
      const p = partsOf(table);
      const out = node.outputs[0]!;
      const ids = node.inputs[1]!;
      const rows = out.shape.slice(0, -1);
      const codes = r.add('Gather', `${node.name}/q8`, [p.values, ids], { axis: 0 }, 'int8', out.shape);
      const scale = r.add('Gather', `${node.name}/q8_scale`, [p.scales, ids], { axis: 0 }, 'float32', rows);
      const wide = r.add('Cast', `${node.name}/Cast`, [codes], { to: 'float32' }, 'float32', out.shape);
      const column = r.add('Unsqueeze', `${node.name}/Unsqueeze`, [scale], { axes: [rows.length] }, 'float32', [...rows, 1]);
      const product = table.dtype === 'float32' ? out.name : r.fresh(`${out.name}_float32`);
      r.keep({ name: r.fresh(`${node.name}/Mul`), op: 'Mul', inputs: [wide, column], outputs: [{ ...out, name: product, dtype: 'float32' }], attrs: {} });
      if (product !== out.name)
        r.keep({ name: r.fresh(`${node.name}/Cast_${table.dtype}`), op: 'Cast', inputs: [product], outputs: [{ ...out }], attrs: { to: table.dtype } });
      continue;
    }
    const inputs = node.inputs.map((i) => {
      const t = tables.get(i);
      return t === undefined ? i : wholeTable(t);
    });
    r.keep({ ...node, inputs });
  }
  return r.finish();
}

function toDtype(r: GraphRewriter, value: string, dtype: GraphDType, scope: string, shape: TensorInitializer['shape']): string {
  return dtype === 'float32' ? value : r.add('Cast', `${scope}/Cast_${dtype}`, [value], { to: dtype }, dtype, shape);
}
