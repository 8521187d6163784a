/** Valid documents of mlpack's own formats, built fresh for each test to mutate. */

const SHA_A = 'a'.repeat(64);
const SHA_B = '0123456789abcdef'.repeat(4);

export function golden(): Record<string, unknown> {
  return {
    format: 'mlpack-golden',
    version: 1,
    source: 'transformers 4.46.3',
    inputs: {
      input_ids: { dtype: 'int64', dims: [2, 3], data: [101, 7, 102, 101, 8, 102] },
      attention_mask: { dtype: 'int64', dims: [2, 3], data: [1, 1, 1, 1, 1, 0] },
    },
    outputs: {
      logits: { dtype: 'float32', dims: [2, 2], data: [0.25, -1.5, 3, 1e-7] },
    },
    atol: 1e-4,
    rtol: 1e-3,
  };
}

export function conversionManifest(): Record<string, unknown> {
  return {
    manifest_version: 1,
    kind: 'conversion',
    tool: { name: 'mlpack', version: '0.1.0' },
    source: {
      model_type: 'bert',
      architecture: 'BertForSequenceClassification',
      task: 'text-classification',
      transformers_version: '4.30.2',
      files: [
        { path: 'config.json', size: 657, sha256: SHA_A },
        { path: 'model.safetensors', size: 365844, sha256: SHA_B },
      ],
    },
    task: 'text-classification',
    options: { targets: ['onnx', 'tfjs'], opset: 17, external_data: false, dtype: 'float32', shard_size: 4194304 },
    targets: [
      { format: 'onnx', opset: 17, ir_version: 8, path: 'onnx/model.onnx' },
      { format: 'tfjs', path: 'tfjs/model.json', weight_dtype: 'float32', shard_bytes: 4194304 },
    ],
    signature: {
      inputs: [
        { name: 'input_ids', dtype: 'int64', shape: ['batch_size', 'sequence_length'] },
        { name: 'attention_mask', dtype: 'int64', shape: ['batch_size', 'sequence_length'] },
      ],
      outputs: [{ name: 'logits', dtype: 'float32', shape: ['batch_size', 2] }],
    },
    labels: { '0': 'NEGATIVE', '1': 'POSITIVE' },
    files: [
      { path: 'config.json', size: 657, sha256: SHA_A },
      { path: 'onnx/model.onnx', size: 1200, sha256: SHA_B },
      { path: 'tfjs/group1-shard1of1.bin', size: 365000, sha256: SHA_A },
      { path: 'tfjs/model.json', size: 9000, sha256: SHA_B },
    ],
  };
}

export function bundleManifest(): Record<string, unknown> {
  return {
    ...conversionManifest(),
    kind: 'bundle',
    name: 'sst2-classifier',
    version: '1.2.0-rc.1',
    io_schema: {
      request: { type: 'object', properties: { text: { type: 'string' } } },
      response: { type: 'object' },
    },
    goldens: golden(),
    layout: 'transformers.js',
  };
}

export function safetensorsIndex(): Record<string, unknown> {
  return {
    metadata: { total_size: 6080 },
    weight_map: {
      'embeddings.word_embeddings.weight': 'model-00001-of-00002.safetensors',
      'pooler.dense.weight': 'model-00002-of-00002.safetensors',
    },
  };
}
