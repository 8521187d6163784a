import type { GraphDType } from '../dtype.js';
import { GraphError } from '../graph-error.js';
import type { Graph, GraphNode, Initializer, ValueInfo } from '../ir.js';
import { validateGraph } from '../validate-graph.js';

/**
 * What every pass builds a new graph with: the value table of the graph it rewrites, fresh names,
 * nodes appended in order (so the result stays topological), initializers added by name. `finish`
 * orders initializers by first use (the IR's convention), drops those no node needs and validates.
 */
export class GraphRewriter {
  readonly nodes: GraphNode[] = [];
  readonly #values = new Map<string, ValueInfo>();
  readonly #inits = new Map<string, Initializer>();
  readonly #taken = new Set<string>();

  constructor(readonly graph: Graph) {
    for (const v of graph.inputs) this.#define(v);
    for (const init of graph.initializers) {
      this.#inits.set(init.name, init);
      this.#define({ name: init.name, dtype: init.dtype, shape: [...init.shape] });
    }
    for (const n of graph.nodes) {
      this.#taken.add(n.name);
      for (const o of n.outputs) this.#define(o);
    }
  }

  /** Type and shape of a value of the original graph or one added since. */
  value(name: string): ValueInfo {
    const v = this.#values.get(name);
    if (!v) throw new GraphError('INVALID_GRAPH', `value "${name}" is not defined`, { hint: 'a pass was given a graph that does not validate' });
    return v;
  }

  initializer(name: string): Initializer | undefined {
    return this.#inits.get(name);
  }

  /** Add (or reuse, when one with this name exists) an initializer. */
  addInitializer(init: Initializer): string {
    if (!this.#inits.has(init.name)) {
      if (this.#values.has(init.name)) throw new GraphError('DUPLICATE_NAME', `initializer name "${init.name}" is already a value`);
      this.#inits.set(init.name, init);
      this.#define({ name: init.name, dtype: init.dtype, shape: [...init.shape] });
    }
    return init.name;
  }

  /** `hint`, or `hint_1`, `hint_2`, … when taken (node and value names share one namespace here). */
  fresh(hint: string): string {
    let name = hint;
    for (let i = 1; this.#taken.has(name) || this.#values.has(name); i++) name = `${hint}_${i}`;
    this.#taken.add(name);
    return name;
  }

  /** Append a node whose output is a new value; returns the output name. */
  add(op: GraphNode['op'], name: string, inputs: string[], attrs: object, dtype: GraphDType, shape: ValueInfo['shape']): string {
    const nodeName = this.fresh(name);
    const out = this.fresh(`${nodeName}_output_0`);
    const info = { name: out, dtype, shape: [...shape] };
    this.#define(info);
    this.nodes.push({ name: nodeName, op, inputs, outputs: [info], attrs } as unknown as GraphNode);
    return out;
  }

  /** Append a node as it is (its output keeps its name; its dtype may have been changed by the pass). */
  keep(node: GraphNode): void {
    for (const o of node.outputs) this.#values.set(o.name, o);
    this.nodes.push(node);
  }

  /**
   * The rewritten graph: outputs re-typed from their producers (or as given), inputs as given
   * (default the original graph's), initializers in first-use order.
   */
  finish(outputs: ValueInfo[] = this.graph.outputs.map((o) => ({ ...this.value(o.name), name: o.name })), inputs: ValueInfo[] = this.graph.inputs): Graph {
    const used = new Set<string>();
    const initializers: Initializer[] = [];
    for (const n of this.nodes) {
      for (const i of n.inputs) {
        const init = this.#inits.get(i);
        if (init && !used.has(i)) {
          used.add(i);
          initializers.push(init);
        }
      }
    }
    for (const o of outputs) {
      const init = this.#inits.get(o.name);
      if (init && !used.has(o.name)) {
        used.add(o.name);
        initializers.push(init);
      }
    }
    const graph: Graph = { name: this.graph.name, inputs, outputs, nodes: this.nodes, initializers };
    const result = validateGraph(graph);
    if (!result.ok) {
      throw new GraphError('INVALID_GRAPH', `a pass produced an invalid graph: ${result.issues.map((i) => `${i.pointer}: ${i.message}`).join('; ')}`, {
        hint: 'this is a bug in the pass',
      });
    }
    return graph;
  }

  #define(v: ValueInfo): void {
    this.#values.set(v.name, v);
  }
}

/** A graph → graph transformation (dtype conversion, quantization; fusion later). Passes never mutate their input. */
export type GraphPass<Options> = (graph: Graph, options: Options) => Graph;
