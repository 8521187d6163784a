import { jsonPointer } from '@mlpack/core';
import type { Issue } from '@mlpack/core';
import { effectiveVocabSize } from './check-context.js';
import type { CheckContext } from './check-context.js';

/** Token-id fields of config.json / generation_config.json. */
const ID_FIELDS = [
  'pad_token_id',
  'bos_token_id',
  'eos_token_id',
  'sep_token_id',
  'cls_token_id',
  'unk_token_id',
  'mask_token_id',
  'decoder_start_token_id',
] as const;

/** Special-token fields of special_tokens_map.json / tokenizer_config.json (string or AddedToken). */
const TOKEN_FIELDS = ['bos_token', 'eos_token', 'unk_token', 'sep_token', 'pad_token', 'cls_token', 'mask_token'] as const;

/**
 * `SPECIAL_TOKEN_OUT_OF_RANGE`: every special-token id — config/generation_config ids, and the ids
 * the tokenizer gives its special tokens — must be < vocab_size (an id past the embedding crashes
 * the gather at run time). Negative ids (some configs use -1 for "none") are warnings.
 */
export function checkSpecialTokens(ctx: CheckContext): Issue[] {
  const limit = effectiveVocabSize(ctx);
  if (limit === undefined) return [];
  const issues: Issue[] = [];

  const report = (file: string, pointer: string, id: number, what: string): void => {
    if (id >= 0 && id < limit) return;
    issues.push(
      id < 0
        ? {
            severity: 'warning',
            code: 'SPECIAL_TOKEN_OUT_OF_RANGE',
            file,
            pointer,
            message: `${what} is ${id} (negative ids are not token ids)`,
            hint: 'use null when the model has no such token',
          }
        : {
            severity: 'error',
            code: 'SPECIAL_TOKEN_OUT_OF_RANGE',
            file,
            pointer,
            message: `${what} is ${id} but vocab_size is ${limit} (ids must be < ${limit})`,
            hint: 'the id does not exist in the embedding: fix the id or the vocabulary size',
          },
    );
  };

  const idFields = (doc: Record<string, unknown> | undefined, file: string): void => {
    if (doc === undefined) return;
    for (const field of ID_FIELDS) {
      const v = doc[field];
      if (isInt(v)) report(file, jsonPointer(field), v, field);
      else if (Array.isArray(v)) v.forEach((x, i) => isInt(x) && report(file, jsonPointer(field, i), x, `${field}[${i}]`));
    }
  };
  idFields(ctx.config, ctx.configFile);
  idFields(ctx.generationConfig, 'generation_config.json');

  const tok = ctx.tokenizer;
  if (tok !== undefined) {
    const tokenFields = (doc: Record<string, unknown> | undefined, file: string): void => {
      if (doc === undefined) return;
      for (const field of TOKEN_FIELDS) {
        const content = tokenContent(doc[field]);
        const id = content === undefined ? undefined : tok.idOf(content);
        if (id !== undefined) report(file, jsonPointer(field), id, `${field} "${content}" (id ${id})`);
      }
      const extra = doc.additional_special_tokens;
      if (Array.isArray(extra)) {
        extra.forEach((t, i) => {
          const content = tokenContent(t);
          const id = content === undefined ? undefined : tok.idOf(content);
          if (id !== undefined) report(file, jsonPointer('additional_special_tokens', i), id, `special token "${content}" (id ${id})`);
        });
      }
    };
    tokenFields(ctx.specialTokensMap, 'special_tokens_map.json');
    tokenFields(ctx.tokenizerConfig, 'tokenizer_config.json');
    for (const t of tok.specialAddedTokens) report(t.file, t.pointer, t.id, `special token "${t.content}" (id ${t.id})`);
  }

  const decoderMap = ctx.tokenizerConfig?.added_tokens_decoder;
  if (typeof decoderMap === 'object' && decoderMap !== null && !Array.isArray(decoderMap)) {
    for (const key of Object.keys(decoderMap)) {
      if (/^(0|[1-9][0-9]*)$/.test(key)) {
        const content = tokenContent((decoderMap as Record<string, unknown>)[key]);
        report('tokenizer_config.json', jsonPointer('added_tokens_decoder', key), Number(key), `added token "${content ?? '?'}" (id ${key})`);
      }
    }
  }
  return issues;
}

function isInt(v: unknown): v is number {
  return typeof v === 'number' && Number.isSafeInteger(v);
}

/** A special token's text: a plain string or an AddedToken object's `content`. */
function tokenContent(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'object' && v !== null && typeof (v as { content?: unknown }).content === 'string') {
    return (v as { content: string }).content;
  }
  return undefined;
}
