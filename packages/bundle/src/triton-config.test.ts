import { describe, expect, it } from 'vitest';
import type { ManifestTensorSpec } from '@mlpack/schema';
import { tritonConfig } from './triton-config.js';

const ids = (name: string): ManifestTensorSpec => ({ name, dtype: 'int64', shape: ['batch_size', 'sequence_length'] });
const SEQCLS = {
  inputs: [ids('input_ids'), ids('attention_mask'), ids('token_type_ids')],
  outputs: [{ name: 'logits', dtype: 'float32' as const, shape: ['batch_size', 2] }],
};

/** Parse the tensor blocks of a config.pbtxt back into fields (enough of the text format for our output). */
function tensors(text: string, kind: 'input' | 'output'): Array<Record<string, string>> {
  const section = new RegExp(`^${kind} \\[\\n([\\s\\S]*?)\\n\\]`, 'm').exec(text)?.[1] ?? '';
  return section
    .split(/\n {2}\},?\n?/)
    .filter((b) => b.trim() !== '')
    .map((b) =>
      Object.fromEntries(
        b
          .split('\n')
          .map((l) => l.trim())
          .filter((l) => l !== '{' && l !== '')
          .map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 1).trim()]),
      ),
    );
}

describe('tritonConfig', () => {
  it('writes the exact config.pbtxt of a sequence classifier (batch dim implicit)', () => {
    expect(tritonConfig('tiny-seqcls', SEQCLS)).toBe(
      [
        'name: "tiny-seqcls"',
        'platform: "onnxruntime_onnx"',
        'max_batch_size: 8',
        'input [',
        '  {',
        '    name: "input_ids"',
        '    data_type: TYPE_INT64',
        '    dims: [ -1 ]',
        '  },',
        '  {',
        '    name: "attention_mask"',
        '    data_type: TYPE_INT64',
        '    dims: [ -1 ]',
        '  },',
        '  {',
        '    name: "token_type_ids"',
        '    data_type: TYPE_INT64',
        '    dims: [ -1 ]',
        '  }',
        ']',
        'output [',
        '  {',
        '    name: "logits"',
        '    data_type: TYPE_FP32',
        '    dims: [ 2 ]',
        '  }',
        ']',
        '',
      ].join('\n'),
    );
  });

  it('field by field: names in signature order, data types, dims per rank minus batch', () => {
    const text = tritonConfig(
      'enc',
      {
        inputs: [ids('input_ids'), ids('attention_mask')],
        outputs: [
          { name: 'last_hidden_state', dtype: 'float32', shape: ['batch_size', 'sequence_length', 32] },
          { name: 'pooler_output', dtype: 'float32', shape: ['batch_size', 32] },
          { name: 'score', dtype: 'float32', shape: ['batch_size'] },
        ],
      },
      { maxBatchSize: 16 },
    );
    expect(text).toMatch(/^name: "enc"\nplatform: "onnxruntime_onnx"\nmax_batch_size: 16\n/);
    expect(tensors(text, 'input')).toEqual([
      { name: '"input_ids"', data_type: 'TYPE_INT64', dims: '[ -1 ]' },
      { name: '"attention_mask"', data_type: 'TYPE_INT64', dims: '[ -1 ]' },
    ]);
    expect(tensors(text, 'output')).toEqual([
      { name: '"last_hidden_state"', data_type: 'TYPE_FP32', dims: '[ -1, 32 ]' },
      { name: '"pooler_output"', data_type: 'TYPE_FP32', dims: '[ 32 ]' },
      // a batch-only output: dims may not be empty, so [1] reshaped to [] (Triton's documented idiom)
      { name: '"score"', data_type: 'TYPE_FP32', dims: '[ 1 ]', reshape: '{ shape: [ ] }' },
    ]);
  });

  it('max_batch_size 0 lists every dim; a model without a batch dim needs it', () => {
    const text = tritonConfig('x', SEQCLS, { maxBatchSize: 0 });
    expect(text).toContain('max_batch_size: 0\n');
    expect(tensors(text, 'input')[0]).toEqual({ name: '"input_ids"', data_type: 'TYPE_INT64', dims: '[ -1, -1 ]' });
    expect(tensors(text, 'output')[0]).toEqual({ name: '"logits"', data_type: 'TYPE_FP32', dims: '[ -1, 2 ]' });
    const fixed = { inputs: [{ name: 'x', dtype: 'float32' as const, shape: [4, 4] }], outputs: [{ name: 'y', dtype: 'float32' as const, shape: [4] }] };
    expect(() => tritonConfig('x', fixed)).toThrow(expect.objectContaining({ code: 'BUNDLE_BAD_OPTION' }));
    expect(tritonConfig('x', fixed, { maxBatchSize: 0 })).toContain('dims: [ 4, 4 ]');
    expect(() => tritonConfig('x', SEQCLS, { maxBatchSize: -1 })).toThrow(expect.objectContaining({ code: 'BUNDLE_BAD_OPTION' }));
  });

  it('escapes tensor names as protobuf text strings', () => {
    const text = tritonConfig('x', { inputs: [{ ...ids('a"b\\c') }], outputs: SEQCLS.outputs });
    expect(text).toContain('name: "a\\"b\\\\c"');
  });
});
