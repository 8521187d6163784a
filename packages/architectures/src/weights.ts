import type { DType, TensorInfo, TensorSource } from '@mlpack/core';
import { ArchitectureError } from './architecture-error.js';

/** A Linear layer's tensors: `weight` [out, in] as PyTorch stores it, `bias` [out]. */
export interface LinearWeights {
  weight: TensorInfo;
  bias: TensorInfo;
}

/** A LayerNorm's scale (`weight`) and shift (`bias`), both [dim]. */
export interface NormWeights {
  weight: TensorInfo;
  bias: TensorInfo;
}

/**
 * The TF-era name transformers still loads a LayerNorm parameter from (`_fix_state_dict_key_on_load`
 * renames checkpoint keys ending in `LayerNorm.gamma` / `LayerNorm.beta` to `LayerNorm.weight` /
 * `LayerNorm.bias`), or undefined for other names. bert-base-uncased's model.safetensors is stored
 * this way.
 */
export function legacyLayerNormName(name: string): string | undefined {
  if (name.endsWith('LayerNorm.weight')) return `${name.slice(0, -'weight'.length)}gamma`;
  if (name.endsWith('LayerNorm.bias')) return `${name.slice(0, -'bias'.length)}beta`;
  return undefined;
}

/** File dtypes the graph can hold as float weights. */
const FLOAT_DTYPES: ReadonlySet<DType> = new Set<DType>(['F32', 'F16', 'BF16', 'F64']);

/**
 * Looks tensors up by their transformers names and checks each one's shape against the config
 * before any graph is built (headers only: no bytes are read).
 *
 * Base-model tensors (`embeddings.*`, `encoder.*`, `pooler.*`) carry the base-model prefix
 * (`bert.`, `roberta.`, ...) in head checkpoints (`BertForSequenceClassification`) and none in
 * base checkpoints (`BertModel`); the prefix is used when any tensor of the checkpoint starts
 * with it. Head tensors (`classifier.*`, `cls.*`, `lm_head.*`, `qa_outputs.*`) are never prefixed.
 */
export class WeightResolver {
  /** `'bert.'` when the checkpoint's base-model tensors carry the prefix, else `''`. */
  readonly basePrefix: string;

  constructor(
    readonly source: TensorSource,
    /** The family's base-model prefix without the dot, e.g. `bert`. */
    readonly prefixName: string,
  ) {
    const dotted = `${prefixName}.`;
    let uses = false;
    for (const name of source.tensors.keys()) {
      if (name.startsWith(dotted)) {
        uses = true;
        break;
      }
    }
    this.basePrefix = uses ? dotted : '';
  }

  /** Full name of a base-model tensor. */
  baseName(name: string): string {
    return this.basePrefix + name;
  }

  hasBase(name: string): boolean {
    return this.#find(this.baseName(name)) !== undefined;
  }

  hasHead(name: string): boolean {
    return this.#find(name) !== undefined;
  }

  /** The tensor `name`, or the one stored under its legacy LayerNorm name (`legacyLayerNormName`). */
  #find(name: string): TensorInfo | undefined {
    const info = this.source.get(name);
    if (info !== undefined) return info;
    const legacy = legacyLayerNormName(name);
    return legacy === undefined ? undefined : this.source.get(legacy);
  }

  /** A base-model tensor of exactly `shape`. */
  base(name: string, shape: readonly number[]): TensorInfo {
    return this.#checked(this.baseName(name), shape, 'base');
  }

  /** A head tensor (unprefixed) of exactly `shape`. */
  head(name: string, shape: readonly number[]): TensorInfo {
    return this.#checked(name, shape, 'head');
  }

  /** The first of `names` (head tensors) that exists, e.g. `cls.predictions.bias` or its tied alias. */
  headAny(names: readonly string[], shape: readonly number[]): TensorInfo {
    const found = names.find((n) => this.hasHead(n));
    return this.#checked(found ?? names[0]!, shape, 'head', names.slice(1));
  }

  baseLinear(name: string, inFeatures: number, outFeatures: number): LinearWeights {
    return { weight: this.base(`${name}.weight`, [outFeatures, inFeatures]), bias: this.base(`${name}.bias`, [outFeatures]) };
  }

  headLinear(name: string, inFeatures: number, outFeatures: number): LinearWeights {
    return { weight: this.head(`${name}.weight`, [outFeatures, inFeatures]), bias: this.head(`${name}.bias`, [outFeatures]) };
  }

  baseNorm(name: string, dim: number): NormWeights {
    return { weight: this.base(`${name}.weight`, [dim]), bias: this.base(`${name}.bias`, [dim]) };
  }

  headNorm(name: string, dim: number): NormWeights {
    return { weight: this.head(`${name}.weight`, [dim]), bias: this.head(`${name}.bias`, [dim]) };
  }

  #checked(name: string, shape: readonly number[], kind: 'base' | 'head', aliases: readonly string[] = []): TensorInfo {
    const info = this.#find(name);
    if (info === undefined) {
      const legacy = legacyLayerNormName(name);
      const also = [...aliases, ...(legacy === undefined ? [] : [legacy])];
      const nor = also.length > 0 ? ` (nor its alias ${also.map((a) => `"${a}"`).join(', ')})` : '';
      throw new ArchitectureError('ARCH_MISSING_TENSOR', `not in the checkpoint${nor}`, {
        tensor: name,
        hint: kind === 'base' ? this.#baseHint() : 'head tensors are stored without a prefix; the checkpoint may be for another head or task',
      });
    }
    if (info.shape.length !== shape.length || info.shape.some((d, i) => d !== shape[i])) {
      throw new ArchitectureError('ARCH_BAD_SHAPE', `has shape [${info.shape.join(', ')}], expected [${shape.join(', ')}] from config.json`, {
        tensor: info.name,
        file: info.file,
        hint: 'config.json and the weights disagree: check hidden_size, vocab_size, num_labels and the other sizes',
      });
    }
    if (!FLOAT_DTYPES.has(info.dtype)) {
      throw new ArchitectureError('ARCH_BAD_DTYPE', `tensor "${info.name}" is ${info.dtype}, expected a float dtype (F32, F16, BF16 or F64)`, {
        tensor: info.name,
        file: info.file,
        hint: 'quantized or integer weights are not supported; convert from the float checkpoint',
      });
    }
    return info;
  }

  #baseHint(): string {
    const p = `${this.prefixName}.`;
    return this.basePrefix === ''
      ? `base-model tensors were looked up without a prefix because no tensor starts with "${p}"; the checkpoint may be of another architecture`
      : `base-model tensors were looked up with the prefix "${p}" that the checkpoint's tensors carry; the checkpoint may be of another architecture`;
  }
}
