import { open } from 'node:fs/promises';
import { readExactly, requireRegularFile } from '@mlpack/core';
import { VerifyError } from './verify-error.js';

/**
 * The operators of an ONNX model, read from the protobuf wire format without running anything and
 * without loading the weights: the walk reads field headers by byte range and seeks over
 * everything it does not need (initializers, docs, metadata), so a multi-GB model costs a few KB of
 * reads. Only ModelProto → graph → node → (op_type, domain) and the opset imports are decoded.
 */
export interface OnnxOps {
  /** `domain:op_type` (domain `''` for the default ai.onnx domain) of every node of the main graph, unique and sorted. */
  ops: string[];
  /** Domains the model imports opsets for, unique and sorted. */
  opsetDomains: string[];
  /** The model defines local functions (ModelProto.functions): ops that run code the model itself supplies. */
  hasFunctions: boolean;
  /** The model carries training info (ModelProto.training_info): graphs beside the main one. */
  hasTrainingInfo: boolean;
}

/** ModelProto field numbers (onnx.proto). */
const MODEL_GRAPH = 7;
const MODEL_OPSET_IMPORT = 8;
const MODEL_TRAINING_INFO = 20;
const MODEL_FUNCTIONS = 25;
/** GraphProto.node. */
const GRAPH_NODE = 1;
/** NodeProto.op_type and NodeProto.domain. */
const NODE_OP_TYPE = 4;
const NODE_DOMAIN = 7;
/** OperatorSetIdProto.domain. */
const OPSET_DOMAIN = 1;
/** Protobuf wire types. */
const WIRE_VARINT = 0;
const WIRE_I64 = 1;
const WIRE_LEN = 2;
const WIRE_I32 = 5;
/** Longest op_type / domain string decoded (real ones are a few dozen bytes). */
const MAX_NAME_BYTES = 1024;
/** Most nodes walked: mlpack's largest graphs have a few thousand; a bomb of empty nodes stops here. */
export const MAX_ONNX_NODES = 1_000_000;

/** A forward-only byte-range reader over a file with a small window. */
class WireReader {
  #window: Uint8Array = new Uint8Array(0);
  #windowAt = 0;
  constructor(
    readonly handle: Awaited<ReturnType<typeof open>>,
    readonly size: number,
    readonly file: string,
  ) {}

  async byte(at: number): Promise<number> {
    if (at < this.#windowAt || at >= this.#windowAt + this.#window.length) {
      if (at >= this.size) throw this.bad(at, 'truncated');
      this.#window = await readExactly(this.handle, at, Math.min(64 * 1024, this.size - at));
      this.#windowAt = at;
    }
    return this.#window[at - this.#windowAt]!;
  }

  /** A varint at `at` → [value, next position]; values beyond 2^53 are refused (no length can be that big). */
  async varint(at: number): Promise<[number, number]> {
    let value = 0;
    let scale = 1;
    for (let i = 0; i < 10; i++) {
      const b = await this.byte(at + i);
      value += (b & 0x7f) * scale;
      if ((b & 0x80) === 0) {
        if (!Number.isSafeInteger(value)) throw this.bad(at, 'varint out of range');
        return [value, at + i + 1];
      }
      scale *= 128;
    }
    throw this.bad(at, 'varint longer than 10 bytes');
  }

  async bytes(at: number, length: number): Promise<Uint8Array> {
    return readExactly(this.handle, at, length);
  }

  bad(at: number, why: string): VerifyError {
    return new VerifyError('ONNX_UNREADABLE', `not a readable ONNX model (${why})`, {
      file: this.file,
      offset: at,
      hint: 'the model file is damaged or not ONNX; refusing to run it',
    });
  }
}

interface Field {
  field: number;
  wire: number;
  /** Start of the payload. */
  start: number;
  /** End of the field (payload end). */
  end: number;
}

/** Each field of the message in [from, to), in order. */
async function* fields(r: WireReader, from: number, to: number): AsyncGenerator<Field> {
  let at = from;
  while (at < to) {
    const [key, afterKey] = await r.varint(at);
    const field = Math.floor(key / 8);
    const wire = key % 8;
    let start = afterKey;
    let end: number;
    if (wire === WIRE_VARINT) {
      [, end] = await r.varint(afterKey);
    } else if (wire === WIRE_I64) {
      end = afterKey + 8;
    } else if (wire === WIRE_I32) {
      end = afterKey + 4;
    } else if (wire === WIRE_LEN) {
      const [len, payload] = await r.varint(afterKey);
      start = payload;
      end = payload + len;
    } else {
      throw r.bad(at, `wire type ${wire}`);
    }
    if (field === 0 || end > to) throw r.bad(at, end > to ? 'field runs past its message' : 'field number 0');
    yield { field, wire, start, end };
    at = end;
  }
}

async function text(r: WireReader, f: Field): Promise<string> {
  if (f.wire !== WIRE_LEN || f.end - f.start > MAX_NAME_BYTES) throw r.bad(f.start, 'bad name field');
  return new TextDecoder('utf-8', { fatal: true }).decode(await r.bytes(f.start, f.end - f.start));
}

/** Read the operator set of the ONNX model at `path` (a regular file) without running it. */
export async function readOnnxOps(path: string): Promise<OnnxOps> {
  await requireRegularFile(path, { what: 'the ONNX model' });
  const handle = await open(path, 'r');
  try {
    const size = (await handle.stat()).size;
    const r = new WireReader(handle, size, path);
    const ops = new Set<string>();
    const domains = new Set<string>();
    let hasFunctions = false;
    let hasTrainingInfo = false;
    let nodes = 0;
    for await (const f of fields(r, 0, size)) {
      if (f.field === MODEL_FUNCTIONS) hasFunctions = true;
      else if (f.field === MODEL_TRAINING_INFO) hasTrainingInfo = true;
      else if (f.field === MODEL_OPSET_IMPORT && f.wire === WIRE_LEN) {
        let domain = '';
        for await (const o of fields(r, f.start, f.end)) if (o.field === OPSET_DOMAIN) domain = await text(r, o);
        domains.add(domain);
      } else if (f.field === MODEL_GRAPH && f.wire === WIRE_LEN) {
        for await (const g of fields(r, f.start, f.end)) {
          if (g.field !== GRAPH_NODE || g.wire !== WIRE_LEN) continue;
          if (++nodes > MAX_ONNX_NODES) throw r.bad(g.start, `more than ${MAX_ONNX_NODES} nodes`);
          let opType = '';
          let domain = '';
          for await (const n of fields(r, g.start, g.end)) {
            if (n.field === NODE_OP_TYPE) opType = await text(r, n);
            else if (n.field === NODE_DOMAIN) domain = await text(r, n);
          }
          ops.add(`${domain === 'ai.onnx' ? '' : domain}:${opType}`);
        }
      }
    }
    return { ops: [...ops].sort(), opsetDomains: [...domains].sort(), hasFunctions, hasTrainingInfo };
  } catch (e) {
    if (e instanceof VerifyError) throw e;
    if (e instanceof TypeError) throw new VerifyError('ONNX_UNREADABLE', `not a readable ONNX model (${e.message})`, { file: path, cause: e });
    throw e;
  } finally {
    await handle.close();
  }
}
