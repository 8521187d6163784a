import { describe, expect, it } from 'vitest';
import { planSample } from './plan-sample.js';

describe('config.json text', () => {
  it('is what BertForSequenceClassification.save_pretrained writes in transformers 4.46', () => {
    const { configText, vocabSize } = planSample({ family: 'bert', head: 'sequence-classification', seed: 1, labels: ['negative', 'positive'] });
    // Sorted keys, 2-space indent, Python float reprs (1e-12, 0.1), trailing newline.
    expect(configText).toBe(`{
  "_attn_implementation_autoset": true,
  "architectures": [
    "BertForSequenceClassification"
  ],
  "attention_probs_dropout_prob": 0.1,
  "classifier_dropout": null,
  "hidden_act": "gelu",
  "hidden_dropout_prob": 0.1,
  "hidden_size": 32,
  "id2label": {
    "0": "negative",
    "1": "positive"
  },
  "initializer_range": 0.02,
  "intermediate_size": 64,
  "label2id": {
    "negative": 0,
    "positive": 1
  },
  "layer_norm_eps": 1e-12,
  "max_position_embeddings": 64,
  "model_type": "bert",
  "num_attention_heads": 4,
  "num_hidden_layers": 2,
  "pad_token_id": 0,
  "position_embedding_type": "absolute",
  "torch_dtype": "float32",
  "transformers_version": "4.46.0",
  "type_vocab_size": 2,
  "use_cache": true,
  "vocab_size": ${vocabSize}
}
`);
  });

  it('writes Python floats and ints as Python does', () => {
    const llama = planSample({ family: 'llama', head: 'causal-lm', seed: 0 }).configText;
    expect(llama).toContain('"rope_theta": 10000.0,');
    expect(llama).toContain('"rms_norm_eps": 1e-06,');
    expect(llama).toContain('"attention_dropout": 0.0,');
    expect(llama).toContain('"tie_word_embeddings": false,');
    const albert = planSample({ family: 'albert', head: 'base', seed: 0 }).configText;
    expect(albert).toContain('"hidden_dropout_prob": 0,');
    expect(albert).toContain('"hidden_act": "gelu_new",');
    const roberta = planSample({ family: 'roberta', head: 'base', seed: 0 }).configText;
    expect(roberta).toContain('"layer_norm_eps": 1e-05,');
  });

  it('omits id2label for the 2-label default and escapes non-ASCII labels', () => {
    const dflt = planSample({ family: 'bert', head: 'sequence-classification', seed: 0, labels: ['LABEL_0', 'LABEL_1'] });
    expect(dflt.config).not.toHaveProperty('id2label');
    expect(dflt.config).not.toHaveProperty('label2id');
    const many = planSample({ family: 'bert', head: 'token-classification', seed: 0, labels: Array.from({ length: 12 }, (_, i) => `L${i}é`) });
    // Python sorts int keys numerically (10 after 9), and ensure_ascii escapes é.
    expect(Object.keys(many.config['id2label'] as object)).toHaveLength(12);
    expect(many.configText.indexOf('"9": "L9\\u00e9"')).toBeLessThan(many.configText.indexOf('"10": "L10\\u00e9"'));
  });

  it('records the stored dtype and the decoders token ids', () => {
    expect(planSample({ family: 'gpt2', head: 'base', seed: 0, dtype: 'BF16' }).config['torch_dtype']).toBe('bfloat16');
    const gpt2 = planSample({ family: 'gpt2', head: 'causal-lm', seed: 0 });
    expect(gpt2.config).toMatchObject({ bos_token_id: gpt2.vocabSize - 1, eos_token_id: gpt2.vocabSize - 1, n_inner: 64 });
    expect(gpt2.generationConfigText).toBe(
      `{\n  "_from_model_config": true,\n  "bos_token_id": ${gpt2.vocabSize - 1},\n  "eos_token_id": ${gpt2.vocabSize - 1},\n  "pad_token_id": ${gpt2.vocabSize - 1},\n  "transformers_version": "4.46.0"\n}\n`,
    );
    expect(planSample({ family: 'gpt2', head: 'sequence-classification', seed: 0 }).generationConfig).toBeUndefined();
    expect(planSample({ family: 'albert', head: 'base', seed: 0 }).config).toMatchObject({ bos_token_id: 2, eos_token_id: 3, embedding_size: 16 });
  });
});
