import { describe, expect, it } from 'vitest';
import { summarizeTokenizer } from '@mlpack/tokenizers';
import { resolveTask } from '../resolve-task.js';
import { runCrossChecks } from './run-cross-checks.js';
import { input } from './__fixtures__/cross-check-input.js';

const BERT = {
  model_type: 'bert',
  architectures: ['BertModel'],
  hidden_size: 8,
  num_attention_heads: 2,
  vocab_size: 11,
};
const BERT_TENSORS = { 'embeddings.word_embeddings.weight': [11, 8], 'pooler.dense.weight': [8, 8] };

const codes = (issues: { code: string }[]): string[] => issues.map((i) => i.code).sort();

describe('runCrossChecks', () => {
  it('a consistent BERT passes every check', () => {
    expect(runCrossChecks(input(BERT, BERT_TENSORS))).toEqual([]);
  });

  describe('VOCAB_SIZE_MISMATCH', () => {
    it('vocab_size off by one against the embedding rows, pointer /vocab_size', () => {
      const issues = runCrossChecks(input({ ...BERT, vocab_size: 12 }, BERT_TENSORS));
      expect(issues).toEqual([
        expect.objectContaining({
          severity: 'error',
          code: 'VOCAB_SIZE_MISMATCH',
          file: 'config.json',
          pointer: '/vocab_size',
          tensor: 'embeddings.word_embeddings.weight',
        }),
      ]);
      expect(issues[0]!.message).toContain('12');
      expect(issues[0]!.message).toContain('11 rows');
    });
    it.each([
      ['gpt2', { 'transformer.wte.weight': [50, 4], 'transformer.wpe.weight': [16, 4] }],
      ['llama', { 'model.embed_tokens.weight': [50, 4], 'lm_head.weight': [50, 4] }],
      ['bart', { 'model.shared.weight': [50, 4], 'model.encoder.embed_tokens.weight': [49, 4] }],
      ['bert (prefixed)', { 'bert.embeddings.word_embeddings.weight': [50, 4], 'bert.embeddings.position_embeddings.weight': [51, 4] }],
    ])('finds the %s word embedding', (_, tensors) => {
      expect(codes(runCrossChecks(input({ vocab_size: 50 }, tensors)))).toEqual([]);
      const bad = runCrossChecks(input({ vocab_size: 51 }, tensors));
      expect(codes(bad)).toEqual(['VOCAB_SIZE_MISMATCH']);
    });
  });

  describe('HEADS_DO_NOT_DIVIDE', () => {
    it('hidden_size 33 with 4 heads, pointer /hidden_size', () => {
      const issues = runCrossChecks(input({ ...BERT, hidden_size: 33, num_attention_heads: 4 }, BERT_TENSORS));
      expect(issues).toEqual([expect.objectContaining({ code: 'HEADS_DO_NOT_DIVIDE', pointer: '/hidden_size', severity: 'error' })]);
      expect(issues[0]!.message).toBe('hidden_size 33 is not divisible by num_attention_heads 4');
    });
    it('uses each family spelling', () => {
      expect(runCrossChecks(input({ dim: 10, n_heads: 4 }, {}))[0]).toMatchObject({ pointer: '/dim' });
      expect(runCrossChecks(input({ n_embd: 10, n_head: 3 }, {}))[0]).toMatchObject({ pointer: '/n_embd' });
      const bart = runCrossChecks(input({ d_model: 12, encoder_attention_heads: 4, decoder_attention_heads: 5 }, {}));
      expect(bart.map((i) => i.message)).toEqual(['d_model 12 is not divisible by decoder_attention_heads 5']);
    });
    it('checks grouped-query heads and skips the hidden check when head_dim is explicit', () => {
      const gqa = runCrossChecks(input({ hidden_size: 8, num_attention_heads: 4, num_key_value_heads: 3 }, {}));
      expect(gqa).toEqual([expect.objectContaining({ code: 'HEADS_DO_NOT_DIVIDE', pointer: '/num_key_value_heads' })]);
      expect(runCrossChecks(input({ hidden_size: 10, num_attention_heads: 4, head_dim: 4 }, {}))).toEqual([]);
    });
  });

  describe('LABELS_INCONSISTENT and CLASSIFIER_SHAPE', () => {
    const SEQCLS = { ...BERT, architectures: ['BertForSequenceClassification'] };
    const labels3 = { id2label: { 0: 'a', 1: 'b', 2: 'c' }, label2id: { a: 0, b: 1, c: 2 } };
    it('id2label with 3 labels but num_labels 2, pointer /num_labels', () => {
      const issues = runCrossChecks(input({ ...SEQCLS, ...labels3, num_labels: 2 }, { ...BERT_TENSORS, 'classifier.weight': [3, 8] }));
      const labels = issues.filter((i) => i.code === 'LABELS_INCONSISTENT');
      expect(labels).toEqual([expect.objectContaining({ pointer: '/num_labels', severity: 'error' })]);
      expect(labels[0]!.message).toBe('num_labels is 2 but id2label has 3 labels');
      // num_labels (2) is what transformers would build: the 3-row head does not fit it.
      expect(issues.find((i) => i.code === 'CLASSIFIER_SHAPE')).toMatchObject({ pointer: '/num_labels', tensor: 'classifier.weight' });
    });
    it('ids must be 0..n-1 and label2id the inverse', () => {
      const issues = runCrossChecks(
        input({ ...SEQCLS, id2label: { 0: 'a', 2: 'c' }, label2id: { a: 0, c: 1 } }, { ...BERT_TENSORS, 'classifier.weight': [2, 8] }),
      );
      expect(issues.map((i) => [i.code, i.pointer])).toEqual([
        ['LABELS_INCONSISTENT', '/id2label/2'],
        ['LABELS_INCONSISTENT', '/label2id/c'],
      ]);
    });
    it('label2id values written as decimal strings ("0"), as transformers loads them, are the same ids', () => {
      const strings = { id2label: { 0: 'NEG', 1: 'POS' }, label2id: { NEG: '0', POS: '1' } };
      expect(runCrossChecks(input({ ...SEQCLS, ...strings }, { ...BERT_TENSORS, 'classifier.weight': [2, 8] }))).toEqual([]);
      const swapped = runCrossChecks(input({ ...SEQCLS, ...strings, label2id: { NEG: '1', POS: '0' } }, { ...BERT_TENSORS, 'classifier.weight': [2, 8] }));
      expect(swapped.map((i) => [i.code, i.pointer])).toEqual([
        ['LABELS_INCONSISTENT', '/label2id/NEG'],
        ['LABELS_INCONSISTENT', '/label2id/POS'],
      ]);
    });
    it('a label named like an Object.prototype member ("toString") missing from label2id', () => {
      const issues = runCrossChecks(
        input({ ...SEQCLS, id2label: { 0: 'toString', 1: 'b' }, label2id: { x: 0, b: 1 } }, { ...BERT_TENSORS, 'classifier.weight': [2, 8] }),
      );
      expect(issues.map((i) => [i.code, i.pointer, i.message])).toEqual([
        ['LABELS_INCONSISTENT', '/id2label/0', 'label "toString" (id 0) is missing from label2id'],
      ]);
    });
    it('classifier rows vs num_labels, across head names', () => {
      const ok = runCrossChecks(input({ ...SEQCLS, ...labels3 }, { ...BERT_TENSORS, 'classifier.weight': [3, 8] }));
      expect(ok).toEqual([]);
      const roberta = runCrossChecks(input({ architectures: ['RobertaForSequenceClassification'], ...labels3 }, { 'classifier.out_proj.weight': [2, 8] }));
      expect(roberta).toEqual([expect.objectContaining({ code: 'CLASSIFIER_SHAPE', tensor: 'classifier.out_proj.weight', pointer: '/id2label' })]);
      const gpt2 = runCrossChecks(input({ architectures: ['GPT2ForSequenceClassification'] }, { 'score.weight': [3, 8] }));
      // No num_labels, no id2label: transformers defaults to 2 labels.
      expect(gpt2).toEqual([expect.objectContaining({ code: 'CLASSIFIER_SHAPE', tensor: 'score.weight', pointer: '/num_labels' })]);
      const mc = runCrossChecks(input({ architectures: ['BertForMultipleChoice'] }, { 'classifier.weight': [2, 8] }));
      expect(mc).toEqual([expect.objectContaining({ code: 'CLASSIFIER_SHAPE' })]);
      const qa = runCrossChecks(input({ architectures: ['BertForQuestionAnswering'] }, { 'qa_outputs.weight': [2, 8] }));
      expect(qa).toEqual([]);
    });
  });

  describe('SPECIAL_TOKEN_OUT_OF_RANGE', () => {
    it('pad_token_id = vocab_size, pointer /pad_token_id', () => {
      const issues = runCrossChecks(input({ ...BERT, pad_token_id: 11 }, BERT_TENSORS));
      expect(issues).toEqual([expect.objectContaining({ code: 'SPECIAL_TOKEN_OUT_OF_RANGE', pointer: '/pad_token_id', severity: 'error' })]);
      expect(runCrossChecks(input({ ...BERT, pad_token_id: 10 }, BERT_TENSORS))).toEqual([]);
    });
    it('eos arrays, generation_config, negative ids', () => {
      const issues = runCrossChecks(
        input({ ...BERT, eos_token_id: [3, 20], pad_token_id: -1 }, BERT_TENSORS, { generationConfig: { decoder_start_token_id: 11 } }),
      );
      expect(issues.map((i) => [i.severity, i.file, i.pointer])).toEqual([
        ['warning', 'config.json', '/pad_token_id'],
        ['error', 'config.json', '/eos_token_id/1'],
        ['error', 'generation_config.json', '/decoder_start_token_id'],
      ]);
    });
    it('tokenizer special tokens resolved to ids through the vocabulary', () => {
      const vocab = Array.from({ length: 12 }, (_, i) => `t${i}`);
      vocab[11] = '[PAD]';
      const tokenizer = summarizeTokenizer({ files: ['vocab.txt'], vocabTxt: vocab });
      const issues = runCrossChecks(
        input(
          { ...BERT },
          { 'embeddings.word_embeddings.weight': [11, 8] },
          {
            tokenizer,
            specialTokensMap: { pad_token: '[PAD]', unk_token: 't1', additional_special_tokens: [{ content: '[PAD]' }] },
            tokenizerConfig: { added_tokens_decoder: { '11': { content: '[PAD]' }, '3': { content: 't3' } } },
          },
        ),
      );
      expect(issues.map((i) => [i.code, i.file, i.pointer])).toEqual([
        ['TOKENIZER_VOCAB_TOO_LARGE', 'vocab.txt', undefined],
        ['SPECIAL_TOKEN_OUT_OF_RANGE', 'special_tokens_map.json', '/pad_token'],
        ['SPECIAL_TOKEN_OUT_OF_RANGE', 'special_tokens_map.json', '/additional_special_tokens/0'],
        ['SPECIAL_TOKEN_OUT_OF_RANGE', 'tokenizer_config.json', '/added_tokens_decoder/11'],
      ]);
    });
  });

  describe('TOKENIZER_VOCAB_TOO_LARGE', () => {
    it('compares every tokenizer source with the embedding rows; smaller is fine', () => {
      const tokenizer = summarizeTokenizer({
        files: ['tokenizer.json', 'vocab.txt'],
        tokenizerJson: { model: { type: 'WordPiece', vocab: { a: 0 } }, added_tokens: [{ id: 11, content: '<x>', special: false }] },
        vocabTxt: ['a', 'b'],
      });
      const issues = runCrossChecks(input(BERT, BERT_TENSORS, { tokenizer }));
      expect(issues).toEqual([
        expect.objectContaining({ code: 'TOKENIZER_VOCAB_TOO_LARGE', file: 'tokenizer.json', pointer: '/model/vocab', severity: 'error' }),
      ]);
      expect(issues[0]!.message).toContain('12 ids');
    });
  });

  describe('LM heads', () => {
    const LLAMA = { model_type: 'llama', architectures: ['LlamaForCausalLM'], vocab_size: 11 };
    it('tie_word_embeddings false without lm_head → LM_HEAD_MISSING', () => {
      const issues = runCrossChecks(input({ ...LLAMA, tie_word_embeddings: false }, { 'model.embed_tokens.weight': [11, 8] }));
      expect(issues).toEqual([expect.objectContaining({ code: 'LM_HEAD_MISSING', pointer: '/tie_word_embeddings', severity: 'error' })]);
      // Llama's default is untied: the same without the field is still missing its head.
      const byDefault = runCrossChecks(input(LLAMA, { 'model.embed_tokens.weight': [11, 8] }));
      expect(byDefault).toEqual([expect.objectContaining({ code: 'LM_HEAD_MISSING', pointer: undefined })]);
      const withHead = runCrossChecks(input(LLAMA, { 'model.embed_tokens.weight': [11, 8], 'lm_head.weight': [11, 8] }));
      expect(withHead).toEqual([]);
    });
    it('tied with a stored head → TIED_HEAD_PRESENT warning; tied without → nothing', () => {
      const gpt2 = { model_type: 'gpt2', architectures: ['GPT2LMHeadModel'], vocab_size: 11 };
      expect(runCrossChecks(input(gpt2, { 'transformer.wte.weight': [11, 8] }))).toEqual([]);
      const issues = runCrossChecks(input(gpt2, { 'transformer.wte.weight': [11, 8], 'lm_head.weight': [11, 8] }));
      expect(issues).toEqual([expect.objectContaining({ code: 'TIED_HEAD_PRESENT', severity: 'warning', tensor: 'lm_head.weight' })]);
      const bertMlm = runCrossChecks(input({ ...BERT, architectures: ['BertForMaskedLM'], tie_word_embeddings: false }, { ...BERT_TENSORS }));
      expect(bertMlm).toEqual([expect.objectContaining({ code: 'LM_HEAD_MISSING' })]);
      expect(bertMlm[0]!.message).toContain('cls.predictions.decoder.weight');
    });
    it('ELECTRA pre-training (a discriminator) is not an LM head', () => {
      const issues = runCrossChecks(input({ architectures: ['ElectraForPreTraining'], tie_word_embeddings: false }, {}));
      expect(issues).toEqual([]);
    });
  });

  describe('UNSUPPORTED_DTYPE', () => {
    it('warns once per dtype and shard; I64 buffers and half floats are fine', () => {
      const issues = runCrossChecks(
        input(BERT, {
          ...BERT_TENSORS,
          'embeddings.position_ids': { dtype: 'I64', shape: [1, 16] },
          'a.weight': { dtype: 'BF16', shape: [2] },
          'q.weight': { dtype: 'I8', shape: [4] },
          'p.weight': { dtype: 'I8', shape: [4] },
          'f.weight': { dtype: 'F8_E4M3', shape: [4] },
        }),
      );
      expect(issues.map((i) => [i.code, i.tensor, i.severity])).toEqual([
        ['UNSUPPORTED_DTYPE', 'p.weight', 'warning'],
        ['UNSUPPORTED_DTYPE', 'f.weight', 'warning'],
      ]);
      expect(issues[0]!.message).toContain('2 tensor(s) of dtype I8');
    });
  });
});

describe('runCrossChecks without weights', () => {
  it('still checks the config alone, and does not call a head missing', () => {
    const config = { model_type: 'llama', architectures: ['LlamaForCausalLM'], hidden_size: 10, num_attention_heads: 4, vocab_size: 5, pad_token_id: 5 };
    const issues = runCrossChecks({ config, resolution: resolveTask(config), tensors: undefined });
    expect(issues.map((i) => i.code).sort()).toEqual(['HEADS_DO_NOT_DIVIDE', 'SPECIAL_TOKEN_OUT_OF_RANGE']);
  });
});
