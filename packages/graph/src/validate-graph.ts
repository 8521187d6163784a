import { jsonPointer } from '@mlpack/core';
import type { Issue, ValidationResult } from '@mlpack/core';
import type { Dim } from './dim.js';
import { isGraphDType } from './dtype.js';
import type { Graph, OpType, ValueInfo } from './ir.js';

/**
 * Issue codes of `validateGraph` (stable; listed in the README):
 * `DUPLICATE_NAME`, `DUPLICATE_NODE_NAME`, `UNDEFINED_VALUE`, `BAD_ARITY`, `BAD_VALUE_INFO`,
 * `NO_OUTPUTS`, `MISSING_OUTPUT`, `OUTPUT_MISMATCH`, `DANGLING_VALUE`, `UNUSED_INITIALIZER`
 * (errors) and `UNUSED_INPUT` (warning).
 */
export type GraphIssueCode =
  | 'DUPLICATE_NAME'
  | 'DUPLICATE_NODE_NAME'
  | 'UNDEFINED_VALUE'
  | 'BAD_ARITY'
  | 'BAD_VALUE_INFO'
  | 'NO_OUTPUTS'
  | 'MISSING_OUTPUT'
  | 'OUTPUT_MISMATCH'
  | 'DANGLING_VALUE'
  | 'UNUSED_INITIALIZER'
  | 'UNUSED_INPUT';

/** Number of inputs each op takes ([min, max]). */
const ARITY: Record<OpType, readonly [number, number]> = {
  Identity: [1, 1],
  Sqrt: [1, 1],
  Erf: [1, 1],
  Tanh: [1, 1],
  Relu: [1, 1],
  Sigmoid: [1, 1],
  Exp: [1, 1],
  Log: [1, 1],
  Neg: [1, 1],
  Abs: [1, 1],
  Not: [1, 1],
  Cos: [1, 1],
  Sin: [1, 1],
  Add: [2, 2],
  Sub: [2, 2],
  Mul: [2, 2],
  Div: [2, 2],
  Pow: [2, 2],
  Max: [2, 2],
  Min: [2, 2],
  Equal: [2, 2],
  NotEqual: [2, 2],
  Less: [2, 2],
  LessOrEqual: [2, 2],
  Greater: [2, 2],
  GreaterOrEqual: [2, 2],
  And: [2, 2],
  Or: [2, 2],
  MatMul: [2, 2],
  Where: [3, 3],
  Gather: [2, 2],
  LayerNorm: [3, 3],
  Gelu: [1, 1],
  Softmax: [1, 1],
  Reshape: [1, 1],
  Transpose: [1, 1],
  Unsqueeze: [1, 1],
  Squeeze: [1, 1],
  Cast: [1, 1],
  Slice: [1, 1],
  CumSum: [1, 1],
  ReduceMean: [1, 1],
  ReduceSum: [1, 1],
  ReduceMax: [1, 1],
  Range: [1, 1],
  Concat: [1, Number.POSITIVE_INFINITY],
  RMSNorm: [2, 2],
  DimSize: [1, 1],
  DynamicQuantMatMul: [3, 3],
  MatMulNBits: [3, 3],
};

/**
 * Structural checks of a graph (plain data, possibly hand-made or deserialized): every value
 * defined once and before use, node names unique, outputs exist and agree with their producers,
 * nothing computed or stored that no output needs. Returns issues instead of throwing.
 */
export function validateGraph(graph: Graph): ValidationResult<Graph> {
  const issues: Issue[] = [];
  const warnings: Issue[] = [];
  const error = (code: GraphIssueCode, pointer: string, message: string): void => {
    issues.push({ severity: 'error', code, pointer, message });
  };

  const defined = new Map<string, ValueInfo>();
  const define = (v: ValueInfo, pointer: string): void => {
    checkValueInfo(v, pointer, error);
    if (defined.has(v.name)) error('DUPLICATE_NAME', pointer, `value "${v.name}" is defined more than once`);
    else defined.set(v.name, v);
  };
  graph.inputs.forEach((v, i) => define(v, jsonPointer('inputs', i)));
  graph.initializers.forEach((init, i) => define(init, jsonPointer('initializers', i)));

  const used = new Set<string>();
  const nodeNames = new Set<string>();
  graph.nodes.forEach((node, i) => {
    const at = jsonPointer('nodes', i);
    if (nodeNames.has(node.name)) error('DUPLICATE_NODE_NAME', at, `node name "${node.name}" is used more than once`);
    nodeNames.add(node.name);
    const arity = ARITY[node.op];
    if (arity === undefined) error('BAD_ARITY', at, `node "${node.name}" has unknown op "${String(node.op)}"`);
    else if (node.inputs.length < arity[0] || node.inputs.length > arity[1]) {
      error('BAD_ARITY', at, `node "${node.name}" (${node.op}) has ${node.inputs.length} inputs`);
    }
    node.inputs.forEach((name, j) => {
      used.add(name);
      if (!defined.has(name)) {
        error('UNDEFINED_VALUE', jsonPointer('nodes', i, 'inputs', j), `node "${node.name}" uses "${name}" before it is defined`);
      }
    });
    node.outputs.forEach((o, j) => define(o, jsonPointer('nodes', i, 'outputs', j)));
  });

  if (graph.outputs.length === 0) error('NO_OUTPUTS', '/outputs', `graph "${graph.name}" has no outputs`);
  const outputNames = new Set<string>();
  graph.outputs.forEach((o, i) => {
    const at = jsonPointer('outputs', i);
    if (outputNames.has(o.name)) error('DUPLICATE_NAME', at, `output "${o.name}" is listed twice`);
    outputNames.add(o.name);
    const v = defined.get(o.name);
    if (!v) error('MISSING_OUTPUT', at, `output "${o.name}" is not produced by any node, input or initializer`);
    else if (v.dtype !== o.dtype || JSON.stringify(v.shape) !== JSON.stringify(o.shape)) {
      error('OUTPUT_MISMATCH', at, `output "${o.name}" is declared ${o.dtype} ${JSON.stringify(o.shape)} but is ${v.dtype} ${JSON.stringify(v.shape)}`);
    }
  });

  graph.nodes.forEach((node, i) =>
    node.outputs.forEach((o, j) => {
      if (!used.has(o.name) && !outputNames.has(o.name)) {
        error('DANGLING_VALUE', jsonPointer('nodes', i, 'outputs', j), `value "${o.name}" of node "${node.name}" is never used`);
      }
    }),
  );
  graph.initializers.forEach((init, i) => {
    if (!used.has(init.name) && !outputNames.has(init.name)) {
      error('UNUSED_INITIALIZER', jsonPointer('initializers', i), `initializer "${init.name}" is never used`);
    }
  });
  graph.inputs.forEach((inp, i) => {
    if (!used.has(inp.name) && !outputNames.has(inp.name)) {
      warnings.push({ severity: 'warning', code: 'UNUSED_INPUT', pointer: jsonPointer('inputs', i), message: `input "${inp.name}" is never used` });
    }
  });

  return issues.length === 0 ? { ok: true, value: graph, warnings } : { ok: false, issues, warnings };
}

function checkValueInfo(v: ValueInfo, pointer: string, error: (c: GraphIssueCode, p: string, m: string) => void): void {
  // Symbolic dims are names or `*`-joined products of names and numbers, never empty factors.
  const dimOk = (d: Dim): boolean =>
    typeof d === 'number' ? Number.isSafeInteger(d) && d >= 0 : typeof d === 'string' && d.split('*').every((f) => f.length > 0);
  if (typeof v.name !== 'string' || v.name.length === 0) error('BAD_VALUE_INFO', pointer, `a value has no name`);
  if (!isGraphDType(v.dtype)) error('BAD_VALUE_INFO', pointer, `value "${v.name}" has unknown dtype "${String(v.dtype)}"`);
  if (!Array.isArray(v.shape) || !v.shape.every(dimOk)) error('BAD_VALUE_INFO', pointer, `value "${v.name}" has an invalid shape`);
}
