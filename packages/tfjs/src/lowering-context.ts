import type { ConstantInitializer, Dim, GraphNode } from '@mlpack/graph';
import type { TfAttrValue, TfDataType } from './graph-def.js';
import { intAttr, typeAttr } from './tf-graph-writer.js';
import type { TfGraphWriter } from './tf-graph-writer.js';
import { TF_DTYPE_OF } from './tf-dtype.js';
import { TfjsError } from './tfjs-error.js';
import type { TfjsErrorCode } from './tfjs-error.js';

/** An IR value as it exists in the TF graph: the node computing it, its TF dtype and its IR shape. */
export interface TfValue {
  /** Producer node name (output 0). */
  ref: string;
  dtype: TfDataType;
  /** The IR shape (symbolic dims are known only at run time). */
  shape: readonly Dim[];
}

/** State shared by the lowering of all nodes: the writer, IR values → TF values, run-time shape helpers. */
export class LoweringContext {
  readonly values = new Map<string, TfValue>();
  /** Run-time `Shape` node of each TF value, made once. */
  readonly #shapes = new Map<string, string>();
  /** Run-time slices of those shapes (`ref|from|to|shrink`), made once. */
  readonly #dims = new Map<string, string>();

  constructor(
    readonly writer: TfGraphWriter,
    /** Inline IR constants by name (a lowering may read their values, e.g. negative gather indices). */
    readonly constants: ReadonlyMap<string, ConstantInitializer>,
  ) {}

  value(name: string): TfValue {
    const v = this.values.get(name);
    if (!v)
      throw new TfjsError('TFJS_INVALID_GRAPH', `value "${name}" is used before it is defined`, {
        hint: 'this is a bug: validated graphs define values before use',
      });
    return v;
  }

  /** `Shape(v)` as int32 [rank], named under `base` when first needed. */
  shapeOf(v: TfValue, base: string): string {
    let s = this.#shapes.get(v.ref);
    if (s === undefined) {
      s = this.writer.add(this.writer.claim(`${base}/Shape`), 'Shape', [v.ref], { T: typeAttr(v.dtype), out_type: typeAttr('DT_INT32') });
      this.#shapes.set(v.ref, s);
    }
    return s;
  }

  /**
   * Dims `from..to` of `v` at run time: `StridedSlice(Shape(v))`, an int32 vector of `to - from`
   * dims, or (`shrink`, with `to = from + 1`) the int32 scalar dim.
   */
  dims(v: TfValue, from: number, to: number, shrink: boolean, base: string): string {
    const key = `${v.ref}|${from}|${to}|${shrink}`;
    let d = this.#dims.get(key);
    if (d === undefined) {
      const shape = this.shapeOf(v, base);
      const w = this.writer;
      const begin = w.constant('DT_INT32', [1], [from]);
      const end = w.constant('DT_INT32', [1], [to]);
      const strides = w.constant('DT_INT32', [1], [1]);
      d = w.add(
        w.claim(`${base}/${shrink ? 'Dim' : 'Dims'}`),
        'StridedSlice',
        [shape, begin, end, strides],
        stridedSliceAttrs('DT_INT32', { shrink: shrink ? 1 : 0 }),
      );
      this.#dims.set(key, d);
    }
    return d;
  }
}

export interface StridedSliceMasks {
  begin?: number;
  end?: number;
  shrink?: number;
}

/** All attrs of a StridedSlice node (TF's full set, unused masks zero). */
export function stridedSliceAttrs(dtype: TfDataType, masks: StridedSliceMasks): Record<string, TfAttrValue> {
  return {
    T: typeAttr(dtype),
    Index: typeAttr('DT_INT32'),
    begin_mask: intAttr(masks.begin ?? 0),
    end_mask: intAttr(masks.end ?? 0),
    ellipsis_mask: intAttr(0),
    new_axis_mask: intAttr(0),
    shrink_axis_mask: intAttr(masks.shrink ?? 0),
  };
}

/** The lowering of one IR node: its inputs, and nodes named under its name (the last one named exactly so). */
export class NodeEmitter {
  /** Name of the node that computes the IR node's output. */
  readonly finalName: string;

  constructor(
    readonly cx: LoweringContext,
    readonly node: GraphNode,
    /** Sanitized IR node name: prefix of helper node names. */
    readonly base: string,
    finalName: string,
  ) {
    this.finalName = finalName;
  }

  input(i: number): TfValue {
    return this.cx.value(this.node.inputs[i]!);
  }

  /** TF dtype of the node's output. */
  get outDType(): TfDataType {
    return TF_DTYPE_OF[this.node.outputs[0]!.dtype];
  }

  /** Emit a node: a helper named `<base>/<suffix>`, or (`suffix` null) the final node. */
  op(suffix: string | null, op: string, inputs: readonly string[], attr: Record<string, TfAttrValue> = {}): string {
    const w = this.cx.writer;
    return w.add(suffix === null ? this.finalName : w.claim(`${this.base}/${suffix}`), op, inputs, attr);
  }

  /** An int32 constant: a scalar for a number, a vector for an array. */
  int32(values: number | readonly number[]): string {
    const list = typeof values === 'number' ? [values] : values;
    return this.cx.writer.constant('DT_INT32', typeof values === 'number' ? [] : [list.length], list);
  }

  /** A float32 scalar constant. */
  float(value: number): string {
    return this.cx.writer.constant('DT_FLOAT', [], [value]);
  }

  shapeOf(v: TfValue): string {
    return this.cx.shapeOf(v, this.base);
  }

  dims(v: TfValue, from: number, to: number, shrink: boolean): string {
    return this.cx.dims(v, from, to, shrink, this.base);
  }

  /** Scalar int32 dim `axis` of `v`: a constant when static, else sliced from its run-time shape. */
  dimScalar(v: TfValue, axis: number): string {
    const d = v.shape[axis]!;
    return typeof d === 'number' ? this.int32(d) : this.dims(v, axis, axis + 1, true);
  }

  fail(code: TfjsErrorCode, message: string, hint?: string): never {
    throw new TfjsError(code, `node "${this.node.name}" (${this.node.op}): ${message}`, { hint });
  }
}
