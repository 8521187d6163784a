import { jsonPointer } from '@mlpack/core';
import type { Issue } from '@mlpack/core';
import { firstPositiveInt, positiveInt } from './check-context.js';
import type { CheckContext } from './check-context.js';

/** Width of the hidden state, by family spelling (BERT/Llama, DistilBERT, GPT-2, BART/T5). */
const HIDDEN_KEYS = ['hidden_size', 'dim', 'n_embd', 'd_model'] as const;
/** Attention head counts, by family spelling (BART has one per stack). */
const HEAD_KEYS = ['num_attention_heads', 'n_heads', 'n_head', 'encoder_attention_heads', 'decoder_attention_heads'] as const;

/**
 * `HEADS_DO_NOT_DIVIDE`: the hidden size must split evenly into attention heads (head_dim =
 * hidden / heads), and grouped-query attention needs num_attention_heads divisible by
 * num_key_value_heads. Skipped when the config sets `head_dim` explicitly (then q/k/v widths are
 * heads × head_dim, independent of hidden_size).
 */
export function checkAttentionHeads(ctx: CheckContext): Issue[] {
  const c = ctx.config;
  const issues: Issue[] = [];
  const hidden = firstPositiveInt(c, HIDDEN_KEYS);
  if (hidden !== undefined && positiveInt(c.head_dim) === undefined) {
    const [hiddenKey, h] = hidden;
    for (const key of HEAD_KEYS) {
      const heads = positiveInt(c[key]);
      if (heads !== undefined && h % heads !== 0) {
        issues.push({
          severity: 'error',
          code: 'HEADS_DO_NOT_DIVIDE',
          file: ctx.configFile,
          pointer: jsonPointer(hiddenKey),
          message: `${hiddenKey} ${h} is not divisible by ${key} ${heads}`,
          hint: `each head gets ${hiddenKey} / ${key} channels: fix one of the two`,
        });
      }
    }
  }
  const heads = positiveInt(c.num_attention_heads);
  const kv = positiveInt(c.num_key_value_heads);
  if (heads !== undefined && kv !== undefined && heads % kv !== 0) {
    issues.push({
      severity: 'error',
      code: 'HEADS_DO_NOT_DIVIDE',
      file: ctx.configFile,
      pointer: jsonPointer('num_key_value_heads'),
      message: `num_attention_heads ${heads} is not divisible by num_key_value_heads ${kv}`,
      hint: 'grouped-query attention shares each key/value head among num_attention_heads / num_key_value_heads query heads',
    });
  }
  return issues;
}
