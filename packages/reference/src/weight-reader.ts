import type { DType, TensorSource } from '@mlpack/core';
import { ReferencePassError } from './reference-error.js';

/** Byte width of one F64 element. */
const F64_BYTES = 8;
/** Dtypes `TensorSource.readFloat32` decodes exactly (F64 is decoded from its raw bytes instead). */
const FLOAT32_EXACT_DTYPES: ReadonlySet<string> = new Set(['F32', 'F16', 'BF16']);

/**
 * The values of one weight tensor as the reference holds them: a Float32Array for F32 / F16 / BF16
 * checkpoints (every such value is a float32, and reading an element yields its exact double), a
 * Float64Array only for F64 ones. Half the memory of widening everything to float64, and no
 * arithmetic changes: activations and every sum stay float64.
 */
export type WeightArray = Float32Array | Float64Array;

/**
 * Reads a checkpoint's weights (see `WeightArray`), checking each against the shape the config implies.
 * Base-model tensors are addressed relative to the base model (`embeddings.word_embeddings.weight`)
 * and found with or without the family's prefix (`bert.`, `roberta.`, ...): the prefix is decided
 * once, from the word-embedding table. Head tensors (`classifier.weight`, ...) are addressed by
 * their full name.
 */
export class WeightReader {
  /** The base-model prefix this checkpoint uses ('' when its tensors have none). */
  readonly prefix: string;

  constructor(
    private readonly source: TensorSource,
    /** The family's base-model prefix including its dot, e.g. `bert.`. */
    basePrefix: string,
    /** A base-model tensor every checkpoint of the family has. */
    anchor = 'embeddings.word_embeddings.weight',
  ) {
    if (source.get(basePrefix + anchor) !== undefined) this.prefix = basePrefix;
    else if (source.get(anchor) !== undefined) this.prefix = '';
    else {
      throw new ReferencePassError('REF_MISSING_TENSOR', `missing tensor "${basePrefix}${anchor}" (also looked for "${anchor}")`, {
        tensor: basePrefix + anchor,
        hint: 'the checkpoint does not look like a model of this family: check config.json model_type',
      });
    }
  }

  /** Full name of a base-model tensor. */
  base(relative: string): string {
    return this.prefix + relative;
  }

  /** The stored dtype of `name` (after the LayerNorm renaming), or undefined when absent. */
  dtypeOf(name: string): DType | undefined {
    const stored = this.#stored(name);
    return stored === undefined ? undefined : this.source.get(stored)?.dtype;
  }

  has(name: string): boolean {
    return this.#stored(name) !== undefined;
  }

  /**
   * The checkpoint key holding `name`: itself, or the TF-era LayerNorm name transformers renames on
   * load (`_fix_state_dict_key_on_load`: keys ending in `LayerNorm.gamma` / `LayerNorm.beta` load
   * as `LayerNorm.weight` / `LayerNorm.bias`; bert-base-uncased is stored this way).
   */
  #stored(name: string): string | undefined {
    if (this.source.get(name) !== undefined) return name;
    const legacy = name.endsWith('LayerNorm.weight')
      ? `${name.slice(0, -'weight'.length)}gamma`
      : name.endsWith('LayerNorm.bias')
        ? `${name.slice(0, -'bias'.length)}beta`
        : undefined;
    return legacy !== undefined && this.source.get(legacy) !== undefined ? legacy : undefined;
  }

  /** The tensor `name`, which must exist with exactly `shape`: float32 as decoded (F32 / F16 / BF16), float64 for F64. */
  async read(wanted: string, shape: readonly number[]): Promise<WeightArray> {
    const name = this.#stored(wanted) ?? wanted;
    const info = this.source.get(name);
    if (info === undefined) {
      throw new ReferencePassError('REF_MISSING_TENSOR', `missing tensor "${name}" (expected shape ${fmt(shape)})`, {
        tensor: name,
        hint: 'the checkpoint lacks a weight this architecture and task need',
      });
    }
    if (info.shape.length !== shape.length || info.shape.some((d, i) => d !== shape[i])) {
      throw new ReferencePassError('REF_BAD_SHAPE', `tensor "${name}" has shape ${fmt(info.shape)}, expected ${fmt(shape)}`, {
        file: info.file,
        tensor: name,
        hint: 'config.json does not match the weights (sizes such as hidden_size, vocab_size, num_labels)',
      });
    }
    const count = shape.reduce((a, b) => a * b, 1);
    let out: WeightArray;
    if (info.dtype === 'F64') {
      const bytes = await this.source.read(name);
      const f64 = new Float64Array(bytes.byteLength / F64_BYTES);
      const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      const littleEndian = true;
      for (let i = 0; i < f64.length; i++) f64[i] = view.getFloat64(i * F64_BYTES, littleEndian);
      out = f64;
    } else if (FLOAT32_EXACT_DTYPES.has(info.dtype)) {
      // used as decoded: widening to float64 here would double its memory and change no result
      out = await this.source.readFloat32(name);
    } else {
      throw new ReferencePassError('REF_BAD_DTYPE', `tensor "${name}" has dtype ${info.dtype}; the reference reads float weights only`, {
        file: info.file,
        tensor: name,
        hint: 'dequantize the checkpoint to F32/F16/BF16 first',
      });
    }
    if (out.length !== count) {
      throw new ReferencePassError('REF_BAD_SHAPE', `tensor "${name}" decoded to ${out.length} values, its shape ${fmt(shape)} needs ${count}`, {
        file: info.file,
        tensor: name,
      });
    }
    return out;
  }

  /** The first of `names` the checkpoint has (e.g. a tied bias stored under either name). */
  async readFirst(names: readonly string[], shape: readonly number[]): Promise<WeightArray> {
    const name = names.find((n) => this.has(n));
    if (name !== undefined) return this.read(name, shape);
    throw new ReferencePassError('REF_MISSING_TENSOR', `missing tensor "${names.join('" or "')}" (expected shape ${fmt(shape)})`, {
      tensor: names[0],
      hint: 'the checkpoint lacks a weight this architecture and task need',
    });
  }
}

function fmt(shape: readonly number[]): string {
  return `[${shape.join(', ')}]`;
}
