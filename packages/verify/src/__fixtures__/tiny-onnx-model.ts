/**
 * Test fixture: a small hand-encoded ONNX model (see onnx-proto-writer.ts), so the ORT runner can be
 * tested independently of @mlpack/onnx.
 *
 * Graph (opset 17):
 *   shifted = Add(input_ids, shift)                      int64 [batch, seq] (shift = 2^40: needs int64)
 *   scores  = Add(Mul(Cast<float>(input_ids), 0.5), Cast<float>(attention_mask))   float [batch, seq]
 */
import { ONNX_FLOAT, ONNX_INT64, OnnxGraphWriter } from './onnx-proto-writer.js';

export const TINY_SHIFT = 2n ** 40n;
export const TINY_SCALE = 0.5;

export function tinyOnnxModel(): Uint8Array {
  const g = new OnnxGraphWriter();
  const dims = ['batch_size', 'sequence_length'];
  g.input('input_ids', ONNX_INT64, dims);
  g.input('attention_mask', ONNX_INT64, dims);
  g.int64Init('shift', [1], [TINY_SHIFT]);
  g.floatInit('scale', [1], [TINY_SCALE]);
  g.node('Add', ['input_ids', 'shift'], ['shifted']);
  const ids = g.op('Cast', ['input_ids'], [{ name: 'to', int: ONNX_FLOAT }]);
  const mask = g.op('Cast', ['attention_mask'], [{ name: 'to', int: ONNX_FLOAT }]);
  g.node('Add', [g.op('Mul', [ids, 'scale']), mask], ['scores']);
  g.output('scores', ONNX_FLOAT, dims);
  g.output('shifted', ONNX_INT64, dims);
  return g.build();
}
