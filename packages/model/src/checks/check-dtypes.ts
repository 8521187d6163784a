import type { DType, Issue } from '@mlpack/core';
import type { CheckContext } from './check-context.js';

/**
 * Dtypes the converters read: float weights in F32/F16/BF16/F64 (decoded to float32), and the
 * I64/I32 integer buffers checkpoints carry (`position_ids`, `token_type_ids`).
 */
export const CONVERTIBLE_DTYPES: ReadonlySet<DType> = new Set<DType>(['F32', 'F16', 'BF16', 'F64', 'I64', 'I32']);

/** How many tensor names one warning lists before "and N more". */
const MAX_NAMES_LISTED = 5;

/** `UNSUPPORTED_DTYPE` (warning): one per shard and dtype the converters cannot read (quantized U8/I8, FP8, BOOL…). */
export function checkDtypes(ctx: CheckContext): Issue[] {
  const groups = new Map<string, { file: string; dtype: DType; names: string[] }>();
  for (const t of ctx.tensors) {
    if (CONVERTIBLE_DTYPES.has(t.dtype)) continue;
    const key = `${t.file}\0${t.dtype}`;
    const g = groups.get(key) ?? { file: t.file, dtype: t.dtype, names: [] };
    g.names.push(t.name);
    groups.set(key, g);
  }
  return [...groups.values()].map((g): Issue => {
    const names = [...g.names].sort();
    const listed = names.slice(0, MAX_NAMES_LISTED).join(', ');
    const more = names.length > MAX_NAMES_LISTED ? ` and ${names.length - MAX_NAMES_LISTED} more` : '';
    return {
      severity: 'warning',
      code: 'UNSUPPORTED_DTYPE',
      file: g.file,
      tensor: names[0],
      message: `${names.length} tensor(s) of dtype ${g.dtype} cannot be converted: ${listed}${more}`,
      hint: 'converters read F32/F16/BF16/F64 weights and I64/I32 buffers; dequantize the model first',
    };
  });
}
