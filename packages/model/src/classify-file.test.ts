import { describe, expect, it } from 'vitest';
import { classifyFile, isTrainingStateFile } from './classify-file.js';
import type { FileKind } from './classify-file.js';

const CASES: ReadonlyArray<readonly [string, FileKind]> = [
  ['model.safetensors', 'safetensors'],
  ['model-00001-of-00002.safetensors', 'safetensors'],
  ['model.safetensors.index.json', 'safetensors-index'],
  ['pytorch_model.bin', 'pickle'],
  ['pytorch_model-00001-of-00003.bin', 'pickle'],
  ['pytorch_model.bin.index.json', 'pickle-index'],
  ['adapter_model.bin', 'pickle'],
  ['model.pt', 'pickle'],
  ['model.PTH', 'pickle'],
  ['last.ckpt', 'pickle'],
  ['clf.pkl', 'pickle'],
  ['x.pickle', 'pickle'],
  ['pipe.joblib', 'pickle'],
  ['training_args.bin', 'pickle'],
  ['optimizer.pt', 'pickle'],
  ['scheduler.pt', 'pickle'],
  ['rng_state_3.pth', 'pickle'],
  ['tf_model.h5', 'unsupported-weights'],
  ['flax_model.msgpack', 'unsupported-weights'],
  ['model-q4_0.gguf', 'unsupported-weights'],
  ['model.onnx', 'onnx'],
  ['onnx/model.onnx', 'onnx'],
  ['model.onnx_data', 'onnx'],
  ['config.json', 'config'],
  ['generation_config.json', 'generation-config'],
  ['tokenizer.json', 'tokenizer'],
  ['tokenizer_config.json', 'tokenizer'],
  ['special_tokens_map.json', 'tokenizer'],
  ['vocab.txt', 'tokenizer'],
  ['vocab.json', 'tokenizer'],
  ['merges.txt', 'tokenizer'],
  ['added_tokens.json', 'tokenizer'],
  ['tokenizer.model', 'tokenizer'],
  ['spiece.model', 'tokenizer'],
  ['sentencepiece.bpe.model', 'tokenizer'],
  ['modeling_custom.py', 'code'],
  ['sub/configuration_x.py', 'code'],
  ['README.md', 'docs'],
  ['LICENSE', 'docs'],
  ['LICENSE.txt', 'docs'],
  ['USAGE.md', 'docs'],
  ['.gitattributes', 'other'],
  ['PROVENANCE.json', 'other'],
  ['modules.json', 'other'],
  // Documents in sub-folders are not the model's: sentence-transformers modules, exports.
  ['1_Pooling/config.json', 'other'],
  ['reference/tokenizer_config.json', 'other'],
  ['sub/model.safetensors.index.json', 'other'],
  // ...but pickles stay pickles wherever they are.
  ['checkpoint-500/pytorch_model.bin', 'pickle'],
  ['2_Dense/model.safetensors', 'safetensors'],
];

describe('classifyFile', () => {
  it.each(CASES)('%s → %s', (path, kind) => {
    expect(classifyFile(path)).toBe(kind);
  });
});

describe('isTrainingStateFile', () => {
  it.each([
    ['training_args.bin', true],
    ['optimizer.pt', true],
    ['out/rng_state.pth', true],
    ['pytorch_model.bin', false],
    ['model.pt', false],
  ] as const)('%s → %s', (path, expected) => {
    expect(isTrainingStateFile(path)).toBe(expected);
  });
});
