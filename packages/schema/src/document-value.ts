import type { DocumentKind } from './document-kind.js';
import type { GenerationConfig } from './generation-config.js';
import type { HfConfig } from './hf-config.js';
import type { SpecialTokensMap, TokenizerConfig } from './hf-tokenizer-files.js';
import type { MlpackGolden } from './mlpack-golden.js';
import type { MlpackManifest } from './mlpack-manifest.js';
import type { SafetensorsIndex } from './safetensors-index.js';
import type { TokenizerJson } from './tokenizer-json.js';

/** The TypeScript type of each document kind once it validated. */
export interface DocumentValues {
  config: HfConfig;
  tokenizer: TokenizerJson;
  tokenizer_config: TokenizerConfig;
  special_tokens_map: SpecialTokensMap;
  generation_config: GenerationConfig;
  safetensors_index: SafetensorsIndex;
  manifest: MlpackManifest;
  golden: MlpackGolden;
}

export type DocumentValue<K extends DocumentKind> = DocumentValues[K];
