import type { ConstantInitializer, Dim, Graph, GraphDType, ValueInfo } from '@mlpack/graph';
import type { TfNodeDef, TfSignatureDef, TfSignatureEntry } from './graph-def.js';
import { lowerNode } from './lower-node.js';
import { LoweringContext, NodeEmitter } from './lowering-context.js';
import { TF_DTYPE_OF } from './tf-dtype.js';
import { TfGraphWriter, sanitizeNodeName, tensorShape } from './tf-graph-writer.js';
import { TfjsError } from './tfjs-error.js';
import { planInitializer } from './weight-plan.js';
import type { PlannedWeight } from './weight-plan.js';

/** Signature entries name output 0 of a node. */
const OUTPUT_SUFFIX = ':0';

/** A public input or output of the model (the shape `@mlpack/architectures` reports as `IoSpec`). */
export interface TfjsIoSpec {
  name: string;
  dtype: GraphDType;
  /** Numbers, or names for dims known only at run time (written as -1). */
  shape: readonly Dim[];
}

export interface LowerGraphOptions {
  /** Order (and declared shapes) of the signature; must name exactly the graph's inputs and outputs. */
  signature?: { inputs: readonly TfjsIoSpec[]; outputs: readonly TfjsIoSpec[] } | undefined;
}

/** The graph as TF nodes, the weights its Const nodes need (manifest order) and the signature. */
export interface LoweredGraph {
  nodes: TfNodeDef[];
  weights: PlannedWeight[];
  signature: TfSignatureDef;
}

/**
 * IR → TF GraphDef nodes. Names: inputs keep their names (Placeholders), outputs name the node that
 * computes them, initializers keep their tensor names (Const), every other node keeps its IR node
 * name and the helper nodes of a lowering are named under it (`<node>/Mean`). Nodes come in order:
 * Placeholders, initializer Consts, then each IR node's lowering (with its constants).
 */
export function lowerGraph(graph: Graph, options: LowerGraphOptions): LoweredGraph {
  const writer = new TfGraphWriter();
  const constants = new Map<string, ConstantInitializer>();
  for (const init of graph.initializers) if (init.kind === 'constant') constants.set(init.name, init);
  const cx = new LoweringContext(writer, constants);

  const inputNames = new Map(graph.inputs.map((i) => [i.name, writer.claim(i.name)]));
  const outputNames = new Map(graph.outputs.map((o) => [o.name, writer.claim(o.name)]));

  for (const input of graph.inputs) {
    const dtype = TF_DTYPE_OF[input.dtype];
    const ref = writer.placeholder(inputNames.get(input.name)!, dtype, input.shape);
    cx.values.set(input.name, { ref, dtype, shape: input.shape });
  }
  for (const init of graph.initializers) {
    const dtype = TF_DTYPE_OF[init.dtype];
    const name = writer.claim(init.name);
    writer.weightConst(name, dtype, planInitializer(init, name));
    cx.values.set(init.name, { ref: name, dtype, shape: init.shape });
  }
  for (const node of graph.nodes) {
    const out = node.outputs[0]!;
    const base = sanitizeNodeName(node.name);
    const finalName = outputNames.get(out.name) ?? writer.claim(base);
    const ref = lowerNode(new NodeEmitter(cx, node, base, finalName));
    if (ref !== finalName) throw new Error(`bug: the lowering of ${node.op} did not end with its final node`);
    cx.values.set(out.name, { ref, dtype: TF_DTYPE_OF[out.dtype], shape: out.shape });
  }

  const signature = buildSignature(graph, options.signature, (name) => cx.value(name).ref);
  // A lowering may replace a constant input (e.g. negative gather indices, normalized): drop
  // Consts nothing reads rather than ship dead weights.
  const used = new Set(writer.nodes.flatMap((n) => n.input ?? []));
  for (const o of Object.values(signature.outputs)) used.add(o.name.slice(0, -OUTPUT_SUFFIX.length));
  const nodes = writer.nodes.filter((n) => n.op !== 'Const' || used.has(n.name));
  const weights = writer.weights.filter((w) => used.has(w.name));
  return { nodes, weights, signature };
}

function buildSignature(graph: Graph, given: LowerGraphOptions['signature'], refOf: (name: string) => string): TfSignatureDef {
  const side = (kind: 'inputs' | 'outputs', values: readonly ValueInfo[], specs: readonly TfjsIoSpec[] | undefined): Record<string, TfSignatureEntry> => {
    const byName = new Map(values.map((v) => [v.name, v]));
    const list = specs ?? values;
    if (specs) {
      const names = specs.map((s) => s.name);
      const expected = values.map((v) => v.name);
      const missing = expected.filter((n) => !names.includes(n));
      const extra = names.filter((n) => !byName.has(n));
      const dup = names.find((n, i) => names.indexOf(n) !== i);
      if (missing.length > 0 || extra.length > 0 || dup !== undefined) {
        throw new TfjsError('TFJS_BAD_SIGNATURE', `signature ${kind} [${names.join(', ')}] do not match the graph's ${kind} [${expected.join(', ')}]`, {
          pointer: `/signature/${kind}`,
          hint: dup !== undefined ? `"${dup}" is listed twice` : `missing: ${missing.join(', ') || 'none'}; unknown: ${extra.join(', ') || 'none'}`,
        });
      }
    }
    const out: Record<string, TfSignatureEntry> = {};
    list.forEach((spec, i) => {
      const v = byName.get(spec.name)!;
      if (spec.dtype !== v.dtype || spec.shape.length !== v.shape.length) {
        throw new TfjsError(
          'TFJS_BAD_SIGNATURE',
          `signature ${kind} "${spec.name}" is ${spec.dtype} of rank ${spec.shape.length}, the graph's is ${v.dtype} of rank ${v.shape.length}`,
          {
            pointer: `/signature/${kind}/${i}`,
          },
        );
      }
      out[spec.name] = { name: `${refOf(spec.name)}${OUTPUT_SUFFIX}`, dtype: TF_DTYPE_OF[v.dtype], tensorShape: tensorShape(spec.shape) };
    });
    return out;
  };
  return {
    inputs: side('inputs', graph.inputs, given?.inputs),
    outputs: side('outputs', graph.outputs, given?.outputs),
  };
}
