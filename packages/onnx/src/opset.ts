import { OnnxError } from './onnx-error.js';

/** Opsets the emitter can target. 14 is the oldest with every op form we use (e.g. Reshape allowzero, CumSum). */
export const SUPPORTED_OPSETS = [14, 15, 16, 17, 18, 19, 20, 21] as const;

export type SupportedOpset = (typeof SUPPORTED_OPSETS)[number];

/** 17: the first opset with LayerNormalization, and what most runtimes in use today accept. */
export const DEFAULT_OPSET: SupportedOpset = 17;

/** Lowest IR version that carries each opset (the ONNX release that introduced the opset). */
const IR_VERSION_BY_OPSET: Record<SupportedOpset, number> = {
  14: 7,
  15: 8,
  16: 8,
  17: 8,
  18: 8,
  19: 9,
  20: 9,
  21: 10,
};

export function isSupportedOpset(opset: number): opset is SupportedOpset {
  return (SUPPORTED_OPSETS as readonly number[]).includes(opset);
}

/** The IR version written for `opset`; throws `UNSUPPORTED_OPSET` outside 14..21. */
export function onnxIrVersion(opset: number): number {
  if (!isSupportedOpset(opset)) {
    throw new OnnxError('UNSUPPORTED_OPSET', `opset ${opset} is not supported`, {
      hint: `choose one of ${SUPPORTED_OPSETS.join(', ')} (default ${DEFAULT_OPSET})`,
      exitCode: 2,
    });
  }
  return IR_VERSION_BY_OPSET[opset];
}
