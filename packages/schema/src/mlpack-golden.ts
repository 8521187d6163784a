/** The mlpack-golden document (`schemas/mlpack-golden.schema.json`): recorded inputs and expected outputs. */
export interface MlpackGolden {
  format: 'mlpack-golden';
  version: 1;
  /** Where the expected outputs come from, e.g. "transformers 4.46.3". */
  source?: string;
  inputs: Record<string, GoldenInputTensor>;
  outputs: Record<string, GoldenOutputTensor>;
  /** Decoder LMs: greedy decoding with the KV cache from the (left-padded) inputs. */
  generation?: GoldenGeneration;
  atol?: number;
  rtol?: number;
}

export interface GoldenInputTensor {
  dtype: 'int64' | 'int32' | 'float32';
  dims: number[];
  /** Values in row-major order; exactly the product of `dims` of them. */
  data: number[];
}

export interface GoldenOutputTensor {
  dtype: 'float32';
  dims: number[];
  /** Values in row-major order; exactly the product of `dims` of them. */
  data: number[];
}

export interface GoldenGeneration {
  max_new_tokens: number;
  /** [batch, vocab]: the first step's logits at the prompt's last position. */
  last_logits: GoldenOutputTensor;
  /** [batch][max_new_tokens] picked token ids. */
  tokens: number[][];
  /** [batch][max_new_tokens] best logit − second best at each pick. */
  margins: number[][];
}
