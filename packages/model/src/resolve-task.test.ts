import { describe, expect, it } from 'vitest';
import { KNOWN_TASKS } from './known-tasks.js';
import { KNOWN_ARCHITECTURES } from './model-families.js';
import { resolveTask } from './resolve-task.js';

/** [model_type, architecture, family, task, head] */
const TABLE = [
  ['bert', 'BertModel', 'bert', 'feature-extraction', 'base'],
  ['bert', 'BertForSequenceClassification', 'bert', 'text-classification', 'sequence-classification'],
  ['bert', 'BertForTokenClassification', 'bert', 'token-classification', 'token-classification'],
  ['bert', 'BertForQuestionAnswering', 'bert', 'question-answering', 'question-answering'],
  ['bert', 'BertForMaskedLM', 'bert', 'fill-mask', 'masked-lm'],
  ['bert', 'BertForPreTraining', 'bert', 'fill-mask', 'pretraining'],
  ['bert', 'BertForMultipleChoice', 'bert', 'multiple-choice', 'multiple-choice'],
  ['distilbert', 'DistilBertModel', 'distilbert', 'feature-extraction', 'base'],
  ['distilbert', 'DistilBertForSequenceClassification', 'distilbert', 'text-classification', 'sequence-classification'],
  ['roberta', 'RobertaForMaskedLM', 'roberta', 'fill-mask', 'masked-lm'],
  ['xlm-roberta', 'XLMRobertaForTokenClassification', 'xlm-roberta', 'token-classification', 'token-classification'],
  ['xlm_roberta', 'XLMRobertaModel', 'xlm-roberta', 'feature-extraction', 'base'],
  ['camembert', 'CamembertForQuestionAnswering', 'camembert', 'question-answering', 'question-answering'],
  ['electra', 'ElectraForPreTraining', 'electra', 'feature-extraction', 'pretraining'],
  ['electra', 'ElectraForSequenceClassification', 'electra', 'text-classification', 'sequence-classification'],
  ['albert', 'AlbertForPreTraining', 'albert', 'fill-mask', 'pretraining'],
  ['gpt2', 'GPT2LMHeadModel', 'gpt2', 'text-generation', 'causal-lm'],
  ['gpt2', 'GPT2ForSequenceClassification', 'gpt2', 'text-classification', 'sequence-classification'],
  ['llama', 'LlamaForCausalLM', 'llama', 'text-generation', 'causal-lm'],
  ['mistral', 'MistralForCausalLM', 'mistral', 'text-generation', 'causal-lm'],
  ['qwen2', 'Qwen2ForCausalLM', 'qwen2', 'text-generation', 'causal-lm'],
  ['bart', 'BartForConditionalGeneration', 'bart', 'text2text-generation', 'seq2seq-lm'],
  ['t5', 'T5EncoderModel', 't5', 'feature-extraction', 'base'],
] as const;

describe('resolveTask', () => {
  it.each(TABLE)('%s %s → %s / %s / %s', (modelType, arch, family, task, head) => {
    const r = resolveTask({ model_type: modelType, architectures: [arch] });
    expect(r).toMatchObject({ family, architecture: arch, task, head, guessedTask: task });
    expect(r.issues).toEqual([]);
  });

  it('reports an unknown architecture with the known ones and no task', () => {
    const r = resolveTask({ model_type: 'gpt_neox', architectures: ['GPTNeoXForCausalLM'] });
    expect(r.task).toBeUndefined();
    expect(r.head).toBeUndefined();
    expect(r.family).toBe('gpt-neox');
    expect(r.issues).toHaveLength(1);
    const [w] = r.issues;
    expect(w).toMatchObject({ severity: 'warning', code: 'UNKNOWN_ARCHITECTURE', file: 'config.json', pointer: '/architectures/0' });
    expect(w!.message).toBe('architecture "GPTNeoXForCausalLM" is not one mlpack knows');
    for (const t of ['bert', 'gpt2', 'llama', 'qwen3']) expect(w!.hint).toContain(t);
    // One short line: model types, not every known class name.
    expect(w!.hint).not.toContain('BertForSequenceClassification');
  });

  it('lists the known architectures of the same family for an unknown class of a known model_type', () => {
    const [w] = resolveTask({ model_type: 'llama', architectures: ['LlamaForAudioGeneration'] }).issues;
    expect(w).toMatchObject({ code: 'UNKNOWN_ARCHITECTURE' });
    expect(w!.hint).toContain('LlamaForCausalLM, LlamaForQuestionAnswering, LlamaForSequenceClassification');
    expect(w!.hint).not.toContain('Bert');
  });

  it('does not match an architecture by prefix alone', () => {
    // "Qwen2Moe…" starts with "Qwen2", "DistilBert…" ends like "Bert…": neither may resolve wrongly.
    expect(resolveTask({ architectures: ['Qwen2MoeForCausalLM'] }).task).toBeUndefined();
    expect(resolveTask({ architectures: ['BertGenerationEncoder'] }).task).toBeUndefined();
    expect(KNOWN_ARCHITECTURES).not.toContain('Qwen2MoeForCausalLM');
  });

  it('warns when architectures is missing', () => {
    const r = resolveTask({ model_type: 'bert' });
    expect(r.family).toBe('bert');
    expect(r.task).toBeUndefined();
    expect(r.issues.map((i) => i.code)).toEqual(['NO_ARCHITECTURE']);
  });

  it("warns when model_type disagrees with the architecture (the family reported is the architecture's)", () => {
    const r = resolveTask({ model_type: 'bert', architectures: ['RobertaModel'] });
    expect(r.family).toBe('roberta');
    expect(r.issues).toEqual([expect.objectContaining({ code: 'ARCHITECTURE_MODEL_TYPE_MISMATCH', pointer: '/model_type' })]);
  });

  it('applies a known --task override and reports it when it differs', () => {
    const same = resolveTask({ architectures: ['BertForSequenceClassification'] }, 'text-classification');
    expect(same.issues).toEqual([]);
    const diff = resolveTask({ architectures: ['BertModel'] }, 'text-classification');
    expect(diff.task).toBe('text-classification');
    expect(diff.guessedTask).toBe('feature-extraction');
    expect(diff.head).toBe('base');
    expect(diff.issues).toEqual([expect.objectContaining({ severity: 'info', code: 'TASK_OVERRIDDEN' })]);
    const unknownArch = resolveTask({ architectures: ['FooModel'] }, 'fill-mask');
    expect(unknownArch.task).toBe('fill-mask');
    expect(unknownArch.head).toBe('masked-lm');
    expect(unknownArch.issues.map((i) => i.code).sort()).toEqual(['TASK_OVERRIDDEN', 'UNKNOWN_ARCHITECTURE']);
  });

  it('refuses an unknown --task with a usage error (exit 2)', () => {
    expect(() => resolveTask({ architectures: ['BertModel'] }, 'sentiment')).toThrow(expect.objectContaining({ code: 'USAGE', exitCode: 2 }));
  });

  it('exports the Optimum task names', () => {
    expect([...KNOWN_TASKS].sort()).toEqual([
      'feature-extraction',
      'fill-mask',
      'multiple-choice',
      'question-answering',
      'text-classification',
      'text-generation',
      'text2text-generation',
      'token-classification',
    ]);
  });
});
