import { readFile } from 'node:fs/promises';
import { DTYPE_INFO } from '@mlpack/core';
import { GRAPH_DTYPES, GRAPH_DTYPE_TO_CORE } from '@mlpack/graph';
import { OnnxError } from './onnx-error.js';
import { onnx } from './onnx-proto.js';
import type { OnnxTypes } from './onnx-proto.js';

export interface OnnxValueSummary {
  name: string;
  /** Graph dtype name (`float32`, `int64`, ...) or `onnx:<code>` for other element types. */
  dtype: string;
  /** Numbers for fixed dims, names for `dim_param`, null for unknown dims. */
  dims: (number | string | null)[];
}

export interface OnnxInitializerSummary {
  name: string;
  dtype: string;
  dims: number[];
  location: 'inline' | 'external';
  /** Bytes of raw_data (inline) or the external `length`. */
  byteLength: number;
  /** The external_data entries (external only). */
  external?: { location: string; offset: number; length: number };
}

export interface OnnxModelInfo {
  irVersion: number;
  /** Version of the default ("" / ai.onnx) domain. */
  opset: number | undefined;
  opsetImports: { domain: string; version: number }[];
  producerName: string;
  producerVersion: string;
  docString: string;
  graphName: string;
  inputs: OnnxValueSummary[];
  outputs: OnnxValueSummary[];
  /** metadata_props in file order. */
  metadata: { key: string; value: string }[];
  initializers: OnnxInitializerSummary[];
  /** Every node's name and op type, in graph order. */
  nodes: { name: string; opType: string }[];
}

const DTYPE_BY_ONNX_CODE = new Map<number, string>(GRAPH_DTYPES.map((d) => [DTYPE_INFO[GRAPH_DTYPE_TO_CORE[d]].onnx, d]));

/**
 * Decode a .onnx file (not its external data) with onnx-proto and summarize it: for tests and
 * tools. Reads the whole file into memory, so meant for models whose weights are external or small.
 */
export async function readOnnxModelInfo(path: string): Promise<OnnxModelInfo> {
  let m: OnnxTypes.ModelProto;
  try {
    m = onnx.ModelProto.decode(await readFile(path));
  } catch (e) {
    throw new OnnxError('READ_FAILED', `cannot read ONNX model: ${(e as Error).message}`, { file: path, cause: e });
  }
  const g: OnnxTypes.IGraphProto = m.graph ?? {};
  const opsetImports = m.opsetImport.map((o) => ({ domain: o.domain ?? '', version: num(o.version) }));
  return {
    irVersion: num(m.irVersion),
    opset: opsetImports.find((o) => o.domain === '' || o.domain === 'ai.onnx')?.version,
    opsetImports,
    producerName: m.producerName,
    producerVersion: m.producerVersion,
    docString: m.docString,
    graphName: g.name ?? '',
    inputs: (g.input ?? []).map(valueSummary),
    outputs: (g.output ?? []).map(valueSummary),
    metadata: m.metadataProps.map((p) => ({ key: p.key ?? '', value: p.value ?? '' })),
    initializers: (g.initializer ?? []).map(initializerSummary),
    nodes: (g.node ?? []).map((n) => ({ name: n.name ?? '', opType: n.opType ?? '' })),
  };
}

function num(v: number | { toNumber(): number } | null | undefined): number {
  if (v === null || v === undefined) return 0;
  return typeof v === 'number' ? v : v.toNumber();
}

function dtypeName(code: number): string {
  return DTYPE_BY_ONNX_CODE.get(code) ?? `onnx:${code}`;
}

function valueSummary(v: OnnxTypes.IValueInfoProto): OnnxValueSummary {
  const t = v.type?.tensorType;
  return {
    name: v.name ?? '',
    dtype: dtypeName(t?.elemType ?? 0),
    dims: (t?.shape?.dim ?? []).map((d) => (d.dimParam ? d.dimParam : d.dimValue !== null && d.dimValue !== undefined ? num(d.dimValue) : null)),
  };
}

function initializerSummary(t: OnnxTypes.ITensorProto): OnnxInitializerSummary {
  const base = { name: t.name ?? '', dtype: dtypeName(t.dataType ?? 0), dims: (t.dims ?? []).map(num) };
  if (t.dataLocation === onnx.TensorProto.DataLocation.EXTERNAL) {
    const entry = (key: string): string => t.externalData?.find((e) => e.key === key)?.value ?? '';
    const external = { location: entry('location'), offset: Number(entry('offset') || 0), length: Number(entry('length')) };
    return { ...base, location: 'external', byteLength: external.length, external };
  }
  return { ...base, location: 'inline', byteLength: t.rawData?.length ?? 0 };
}
