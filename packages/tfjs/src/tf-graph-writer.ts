import type { Dim } from '@mlpack/graph';
import type { TfAttrValue, TfDataType, TfNodeDef, TfTensorShape } from './graph-def.js';
import { MANIFEST_DTYPE_OF } from './tf-dtype.js';
import { planValues } from './weight-plan.js';
import type { PlannedWeight } from './weight-plan.js';

/** Scope of the constants lowerings add (no IR node or weight name starts with it). */
const CONSTANT_SCOPE = '/tfjs_const';

/** A dynamic dim in a TensorShapeProto. */
const DYNAMIC_DIM = -1;

/**
 * TF.js node names are free-form except that `name:k` selects output k of a node and a leading
 * `^` marks a control input; both characters are replaced. (`/` is fine: TF uses it for scopes.)
 */
export function sanitizeNodeName(name: string): string {
  const s = name.replace(/:/g, '_').replace(/^\^/, '_');
  return s.length === 0 ? '_' : s;
}

export function typeAttr(dtype: TfDataType): TfAttrValue {
  return { type: dtype };
}
export function intAttr(v: number): TfAttrValue {
  return { i: String(v) };
}
export function boolAttr(b: boolean): TfAttrValue {
  return { b };
}
export function intListAttr(vs: readonly number[]): TfAttrValue {
  return { list: { i: vs.map(String) } };
}

/** A TensorShapeProto; symbolic dims become -1. */
export function tensorShape(dims: readonly (Dim | number)[]): TfTensorShape {
  return dims.length === 0 ? {} : { dim: dims.map((d) => ({ size: String(typeof d === 'number' ? d : DYNAMIC_DIM) })) };
}

/**
 * Accumulates the GraphDef nodes and the weights their Const nodes need, with unique names.
 * Every Const's value lives in the weights manifest (TF.js reads no inline tensor values), so
 * each `Const` added here comes with a planned weight of the same name.
 */
export class TfGraphWriter {
  readonly nodes: TfNodeDef[] = [];
  readonly weights: PlannedWeight[] = [];
  readonly #names = new Set<string>();
  /** Lowering constants by content, so equal axes / shapes are stored once. */
  readonly #constants = new Map<string, string>();

  /** Reserve a unique node name from `base` (sanitized; `_1`, `_2`, ... appended on collision). */
  claim(base: string): string {
    const s = sanitizeNodeName(base);
    let name = s;
    for (let i = 1; this.#names.has(name); i++) name = `${s}_${i}`;
    this.#names.add(name);
    return name;
  }

  /** Append a node under a name already returned by `claim`. */
  add(name: string, op: string, input: readonly string[], attr: Record<string, TfAttrValue> = {}): string {
    const node: TfNodeDef = { name, op };
    if (input.length > 0) node.input = [...input];
    if (Object.keys(attr).length > 0) node.attr = attr;
    this.nodes.push(node);
    return name;
  }

  placeholder(name: string, dtype: TfDataType, shape: readonly Dim[]): string {
    return this.add(name, 'Placeholder', [], { dtype: typeAttr(dtype), shape: { shape: tensorShape(shape) } });
  }

  /** A Const node whose value is `weight` (named `name`, already claimed). */
  weightConst(name: string, dtype: TfDataType, weight: PlannedWeight): string {
    this.weights.push(weight);
    return this.add(name, 'Const', [], {
      dtype: typeAttr(dtype),
      value: { tensor: { dtype, tensorShape: tensorShape(weight.shape) } },
    });
  }

  /**
   * A small lowering constant (axes, shape pieces, scalars), shared by every node that needs the
   * same value and named by its content: `/tfjs_const/int32/[4]/0_2_1_3`.
   */
  constant(dtype: TfDataType, shape: readonly number[], values: readonly number[]): string {
    const text = values.map((v) => (Object.is(v, -0) ? '-0' : String(v)));
    const key = JSON.stringify([dtype, shape, text]);
    const existing = this.#constants.get(key);
    if (existing !== undefined) return existing;
    const name = this.claim(`${CONSTANT_SCOPE}/${MANIFEST_DTYPE_OF[dtype]}/[${shape.join(',')}]/${text.length === 0 ? 'empty' : text.join('_')}`);
    this.weightConst(name, dtype, planValues(name, dtype, shape, values));
    this.#constants.set(key, name);
    return name;
  }
}
