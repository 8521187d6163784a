/** model.safetensors.index.json as `schemas/safetensors-index.schema.json` describes it. */
export interface SafetensorsIndex {
  metadata?: { total_size?: number; [key: string]: unknown } | null;
  /** Tensor name to the shard file (a plain file name beside the index) that holds it. */
  weight_map: Record<string, string>;
  [key: string]: unknown;
}
