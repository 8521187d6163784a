import { describe, expect, it } from 'vitest';
import { bundleManifest, conversionManifest, golden, safetensorsIndex } from './__fixtures__/documents.js';
import { DOCUMENT_KIND_INFO, type DocumentKind } from './document-kind.js';
import { validateDocument } from './validate-document.js';

type Doc = Record<string, any>;

function bertConfig(): Doc {
  return {
    architectures: ['BertForSequenceClassification'],
    model_type: 'bert',
    hidden_size: 32,
    num_hidden_layers: 2,
    num_attention_heads: 4,
    intermediate_size: 37,
    max_position_embeddings: 512,
    type_vocab_size: 16,
    vocab_size: 1124,
    hidden_act: 'gelu',
    layer_norm_eps: 1e-12,
    hidden_dropout_prob: 0.1,
    pad_token_id: 0,
    id2label: { '0': 'neg', '1': 'pos' },
    label2id: { neg: 0, pos: 1 },
    classifier_dropout: null,
    torch_dtype: 'float32',
    transformers_version: '4.30.2',
  };
}

function wordPieceTokenizer(): Doc {
  return {
    version: '1.0',
    truncation: null,
    padding: null,
    added_tokens: [{ id: 0, content: '[PAD]', single_word: false, lstrip: false, rstrip: false, normalized: false, special: true }],
    normalizer: { type: 'BertNormalizer', clean_text: true, handle_chinese_chars: true, strip_accents: null, lowercase: true },
    pre_tokenizer: { type: 'BertPreTokenizer' },
    post_processor: {
      type: 'TemplateProcessing',
      single: [{ SpecialToken: { id: '[CLS]', type_id: 0 } }, { Sequence: { id: 'A', type_id: 0 } }],
      pair: [{ Sequence: { id: 'A', type_id: 0 } }, { Sequence: { id: 'B', type_id: 1 } }],
      special_tokens: { '[CLS]': { id: '[CLS]', ids: [2], tokens: ['[CLS]'] } },
    },
    decoder: { type: 'WordPiece', prefix: '##', cleanup: true },
    model: {
      type: 'WordPiece',
      unk_token: '[UNK]',
      continuing_subword_prefix: '##',
      max_input_chars_per_word: 100,
      vocab: { '[PAD]': 0, '[UNK]': 1, '[CLS]': 2 },
    },
  };
}

function bpeTokenizer(): Doc {
  return {
    version: '1.0',
    truncation: { direction: 'Right', max_length: 512, strategy: 'LongestFirst', stride: 0 },
    padding: { strategy: { Fixed: 8 }, direction: 'Left', pad_to_multiple_of: null, pad_id: 0, pad_type_id: 0, pad_token: '<pad>' },
    added_tokens: [],
    normalizer: {
      type: 'Sequence',
      normalizers: [
        { type: 'Prepend', prepend: '▁' },
        { type: 'Replace', pattern: { String: ' ' }, content: '▁' },
      ],
    },
    pre_tokenizer: {
      type: 'Sequence',
      pretokenizers: [
        { type: 'Split', pattern: { Regex: '\\s+' }, behavior: 'Isolated', invert: false },
        { type: 'ByteLevel', add_prefix_space: false, trim_offsets: true, use_regex: false },
      ],
    },
    post_processor: { type: 'RobertaProcessing', sep: ['</s>', 2], cls: ['<s>', 0], trim_offsets: true, add_prefix_space: false },
    decoder: { type: 'Sequence', decoders: [{ type: 'ByteFallback' }, { type: 'Fuse' }, { type: 'Strip', content: ' ', start: 1, stop: 0 }] },
    model: {
      type: 'BPE',
      dropout: null,
      unk_token: null,
      continuing_subword_prefix: null,
      end_of_word_suffix: null,
      fuse_unk: false,
      byte_fallback: true,
      ignore_merges: false,
      vocab: { a: 0, b: 1, ab: 2 },
      merges: ['a b', ['ab', 'b']],
    },
  };
}

function unigramTokenizer(): Doc {
  return {
    version: '1.0',
    added_tokens: [],
    normalizer: { type: 'Precompiled', precompiled_charsmap: null },
    pre_tokenizer: { type: 'Metaspace', replacement: '▁', prepend_scheme: 'always', split: true },
    post_processor: null,
    decoder: { type: 'Metaspace', replacement: '▁', prepend_scheme: 'always', split: true },
    model: {
      type: 'Unigram',
      unk_id: 0,
      byte_fallback: false,
      vocab: [
        ['<unk>', 0],
        ['▁a', -2.5],
      ],
    },
  };
}

const BASES: Record<DocumentKind, () => Doc> = {
  config: bertConfig,
  tokenizer: wordPieceTokenizer,
  tokenizer_config: () => ({
    tokenizer_class: 'GPT2Tokenizer',
    model_max_length: 1e30,
    bos_token: '<|endoftext|>',
    eos_token: { content: '<|endoftext|>', lstrip: false, normalized: false, rstrip: false, single_word: false, __type: 'AddedToken' },
    pad_token: null,
    additional_special_tokens: ['<a>', { content: '<b>' }],
    added_tokens_decoder: { '0': { content: '<|endoftext|>', special: true } },
    chat_template: [{ name: 'default', template: '{{ messages }}' }],
    padding_side: 'left',
    clean_up_tokenization_spaces: true,
  }),
  special_tokens_map: () => ({ bos_token: '<s>', eos_token: { content: '</s>', lstrip: false }, additional_special_tokens: ['<x>', { content: '<y>' }] }),
  generation_config: () => ({
    bos_token_id: 1,
    eos_token_id: [2, 32000],
    max_new_tokens: 256,
    do_sample: true,
    temperature: 0.6,
    top_p: 0.9,
    top_k: 0,
    early_stopping: 'never',
    transformers_version: '4.36.2',
  }),
  safetensors_index: safetensorsIndex,
  manifest: conversionManifest,
  golden,
};

function errorsOf(kind: DocumentKind, doc: unknown) {
  return validateDocument(kind, doc).filter((i) => i.severity === 'error');
}

describe('valid documents', () => {
  it.each(Object.keys(BASES) as DocumentKind[])('%s base document has no issues', (kind) => {
    expect(validateDocument(kind, BASES[kind]())).toEqual([]);
  });
  it.each([
    ['BPE tokenizer (string and pair merges)', 'tokenizer', bpeTokenizer],
    ['Unigram tokenizer', 'tokenizer', unigramTokenizer],
    ['bundle manifest with goldens', 'manifest', bundleManifest],
    ['config of an unknown model type with extra fields', 'config', () => ({ model_type: 'mpnet', foo: { bar: [1] } })],
    ['gpt2 config with n_inner null', 'config', () => ({ model_type: 'gpt2', n_inner: null, n_embd: 8, eos_token_id: 50256 })],
    [
      'llama config with rope_scaling',
      'config',
      () => ({ model_type: 'llama', rope_scaling: { rope_type: 'llama3', factor: 8 }, rope_theta: 500000, num_key_value_heads: null }),
    ],
  ] as const)('%s', (_name, kind, make) => {
    expect(errorsOf(kind, make())).toEqual([]);
  });
});

type Case = [name: string, kind: DocumentKind, mutate: (d: Doc) => unknown, pointer: string, message: string];

const CASES: Case[] = [
  // config
  ['negative hidden_size', 'config', (d) => ((d.hidden_size = -1), d), '/hidden_size', 'must be a positive integer (got -1)'],
  ['non-decimal id2label key', 'config', (d) => ((d.id2label = { x: 'neg' }), d), '/id2label/x', 'key must be a decimal integer such as "0" (got "x")'],
  ['id2label value not a string', 'config', (d) => ((d.id2label['1'] = 1), d), '/id2label/1', 'must be a string (got 1)'],
  [
    'negative label2id',
    'config',
    (d) => ((d.label2id.pos = -1), d),
    '/label2id/pos',
    'must be a non-negative integer or a decimal string such as "0" (got -1)',
  ],
  [
    'non-decimal string label2id',
    'config',
    (d) => ((d.label2id.pos = 'one'), d),
    '/label2id/pos',
    'must be a non-negative integer or a decimal string such as "0" (got "one")',
  ],
  ['string inside eos_token_id list', 'config', (d) => ((d.eos_token_id = [2, 'x']), d), '/eos_token_id/1', 'must be an integer >= -1 (got "x")'],
  [
    'fractional eos_token_id',
    'config',
    (d) => ((d.eos_token_id = 2.5), d),
    '/eos_token_id',
    'must be an integer >= -1, an array of integers >= -1 or null (got 2.5)',
  ],
  ['zero layer_norm_eps', 'config', (d) => ((d.layer_norm_eps = 0), d), '/layer_norm_eps', 'must be a positive number (got 0)'],
  ['dropout above 1', 'config', (d) => ((d.hidden_dropout_prob = 1.5), d), '/hidden_dropout_prob', 'must be a number between 0 and 1 (got 1.5)'],
  [
    'unknown activation for bert',
    'config',
    (d) => ((d.hidden_act = 'gelu_foo'), d),
    '/hidden_act',
    expect.stringMatching(/^must be one of "gelu", "gelu_new", .*… \(21 values\) \(got "gelu_foo"\)$/),
  ],
  ['missing model_type', 'config', (d) => (delete d.model_type, d), '/model_type', 'required property "model_type" is missing'],
  [
    'problem_type outside the enum',
    'config',
    (d) => ((d.problem_type = 'ranking'), d),
    '/problem_type',
    'must be one of "regression", "single_label_classification", "multi_label_classification", null (got "ranking")',
  ],
  ['config that is an array', 'config', () => [], '', 'must be an object (got an empty array)'],
  [
    'xlm-roberta type_vocab_size 0',
    'config',
    (d) => ((d.model_type = 'xlm-roberta'), (d.type_vocab_size = 0), d),
    '/type_vocab_size',
    'must be a positive integer (got 0)',
  ],
  [
    'camembert string num_hidden_layers',
    'config',
    (d) => ((d.model_type = 'camembert'), (d.num_hidden_layers = '2'), d),
    '/num_hidden_layers',
    'must be a positive integer (got "2")',
  ],
  [
    'roberta position_embedding_type',
    'config',
    (d) => ((d.model_type = 'roberta'), (d.position_embedding_type = 'rotary'), d),
    '/position_embedding_type',
    'must be one of "absolute", "relative_key", "relative_key_query" (got "rotary")',
  ],
  ['electra embedding_size', 'config', () => ({ model_type: 'electra', embedding_size: 0 }), '/embedding_size', 'must be a positive integer (got 0)'],
  [
    'electra inherits bert fields',
    'config',
    () => ({ model_type: 'electra', intermediate_size: -4 }),
    '/intermediate_size',
    'must be a positive integer (got -4)',
  ],
  ['albert num_hidden_groups', 'config', () => ({ model_type: 'albert', num_hidden_groups: 0 }), '/num_hidden_groups', 'must be a positive integer (got 0)'],
  ['albert inner_group_num', 'config', () => ({ model_type: 'albert', inner_group_num: 1.5 }), '/inner_group_num', 'must be a positive integer (got 1.5)'],
  ['distilbert dim', 'config', () => ({ model_type: 'distilbert', dim: -768 }), '/dim', 'must be a positive integer (got -768)'],
  ['distilbert activation', 'config', () => ({ model_type: 'distilbert', activation: 'swishy' }), '/activation', expect.stringContaining('(got "swishy")')],
  [
    'distilbert sinusoidal_pos_embds',
    'config',
    () => ({ model_type: 'distilbert', sinusoidal_pos_embds: 'no' }),
    '/sinusoidal_pos_embds',
    'must be a boolean (got "no")',
  ],
  ['gpt2 n_inner', 'config', () => ({ model_type: 'gpt2', n_inner: 'x' }), '/n_inner', 'must be a positive integer or null (got "x")'],
  [
    'gpt2 layer_norm_epsilon',
    'config',
    () => ({ model_type: 'gpt2', layer_norm_epsilon: -1e-5 }),
    '/layer_norm_epsilon',
    'must be a positive number (got -0.00001)',
  ],
  ['llama rope_scaling', 'config', () => ({ model_type: 'llama', rope_scaling: 5 }), '/rope_scaling', 'must be an object or null (got 5)'],
  [
    'llama rope_scaling factor',
    'config',
    () => ({ model_type: 'llama', rope_scaling: { type: 'linear', factor: -2 } }),
    '/rope_scaling/factor',
    'must be a positive number (got -2)',
  ],
  ['llama rms_norm_eps', 'config', () => ({ model_type: 'llama', rms_norm_eps: 0 }), '/rms_norm_eps', 'must be a positive number (got 0)'],
  ['mistral sliding_window', 'config', () => ({ model_type: 'mistral', sliding_window: 0 }), '/sliding_window', 'must be a positive integer or null (got 0)'],
  ['mistral inherits llama fields', 'config', () => ({ model_type: 'mistral', head_dim: 0 }), '/head_dim', 'must be a positive integer or null (got 0)'],
  [
    'qwen2 max_window_layers',
    'config',
    () => ({ model_type: 'qwen2', max_window_layers: -1 }),
    '/max_window_layers',
    'must be a non-negative integer (got -1)',
  ],
  ['qwen2 rope_theta', 'config', () => ({ model_type: 'qwen2', rope_theta: 0 }), '/rope_theta', 'must be a positive number (got 0)'],
  ['bart d_model', 'config', () => ({ model_type: 'bart', d_model: 0 }), '/d_model', 'must be a positive integer (got 0)'],
  ['bart decoder_ffn_dim', 'config', () => ({ model_type: 'bart', decoder_ffn_dim: null }), '/decoder_ffn_dim', 'must be a positive integer (got null)'],
  [
    'common fields checked for unknown model types',
    'config',
    () => ({ model_type: 'mpnet', vocab_size: 0 }),
    '/vocab_size',
    'must be a positive integer (got 0)',
  ],
  // tokenizer.json
  [
    'unknown model type',
    'tokenizer',
    (d) => ((d.model.type = 'Foo'), d),
    '/model/type',
    'must be one of "BPE", "WordPiece", "WordLevel", "Unigram" (got "Foo")',
  ],
  [
    'WordPiece model without vocab',
    'tokenizer',
    (d) => (delete d.model.vocab, d),
    '/model/vocab',
    'required property "vocab" is missing for a WordPiece model',
  ],
  ['negative vocab id', 'tokenizer', (d) => ((d.model.vocab['[UNK]'] = -1), d), '/model/vocab/[UNK]', 'must be a non-negative integer (got -1)'],
  ['model without type', 'tokenizer', (d) => (delete d.model.type, d), '/model/type', 'required property "type" is missing'],
  ['negative added token id', 'tokenizer', (d) => ((d.added_tokens[0].id = -1), d), '/added_tokens/0/id', 'must be a non-negative integer (got -1)'],
  [
    'added token without content',
    'tokenizer',
    (d) => (delete d.added_tokens[0].content, d),
    '/added_tokens/0/content',
    'required property "content" is missing',
  ],
  [
    'unknown pre_tokenizer type',
    'tokenizer',
    (d) => ((d.pre_tokenizer = { type: 'Bogus' }), d),
    '/pre_tokenizer/type',
    expect.stringContaining('(got "Bogus")'),
  ],
  [
    'template piece with two keys',
    'tokenizer',
    (d) => ((d.post_processor.single[0].Sequence = { id: 'A' }), d),
    '/post_processor/single/0',
    'must be {"SpecialToken": {...}} or {"Sequence": {...}} (got an object)',
  ],
  [
    'template sequence id C',
    'tokenizer',
    (d) => ((d.post_processor.pair[1].Sequence.id = 'C'), d),
    '/post_processor/pair/1/Sequence/id',
    'must be one of "A", "B" (got "C")',
  ],
  [
    'BPE merge without a space',
    'tokenizer',
    () => ((d: Doc) => ((d.model.merges[0] = 'ab'), d))(bpeTokenizer()),
    '/model/merges/0',
    'must be a merge: "left right" or ["left", "right"] (got "ab")',
  ],
  [
    'BPE merge triple',
    'tokenizer',
    () => ((d: Doc) => ((d.model.merges[1] = ['a', 'b', 'c']), d))(bpeTokenizer()),
    '/model/merges/1',
    'must be a merge: "left right" or ["left", "right"] (got an array of 3 items)',
  ],
  [
    'BPE without merges',
    'tokenizer',
    () => ((d: Doc) => (delete d.model.merges, d))(bpeTokenizer()),
    '/model/merges',
    'required property "merges" is missing for a BPE model',
  ],
  [
    'BPE dropout above 1',
    'tokenizer',
    () => ((d: Doc) => ((d.model.dropout = 2), d))(bpeTokenizer()),
    '/model/dropout',
    'must be a number between 0 and 1 or null (got 2)',
  ],
  [
    'nested decoder of unknown type',
    'tokenizer',
    () => ((d: Doc) => ((d.decoder.decoders[1] = { type: 'Nope' }), d))(bpeTokenizer()),
    '/decoder/decoders/1/type',
    expect.stringContaining('(got "Nope")'),
  ],
  [
    'null inside a Sequence',
    'tokenizer',
    () => ((d: Doc) => ((d.normalizer.normalizers[0] = null), d))(bpeTokenizer()),
    '/normalizer/normalizers/0',
    'must be an object (got null)',
  ],
  [
    'Split without behavior',
    'tokenizer',
    () => ((d: Doc) => (delete d.pre_tokenizer.pretokenizers[0].behavior, d))(bpeTokenizer()),
    '/pre_tokenizer/pretokenizers/0/behavior',
    'required property "behavior" is missing',
  ],
  [
    'Roberta sep pair too short',
    'tokenizer',
    () => ((d: Doc) => ((d.post_processor.sep = ['</s>']), d))(bpeTokenizer()),
    '/post_processor/sep',
    'must be a [token, id] pair (got an array of 1 item)',
  ],
  [
    'padding strategy string',
    'tokenizer',
    () => ((d: Doc) => ((d.padding.strategy = 'Longest'), d))(bpeTokenizer()),
    '/padding/strategy',
    'must be "BatchLongest" or {"Fixed": length} (got "Longest")',
  ],
  [
    'Unigram piece without score',
    'tokenizer',
    () => ((d: Doc) => ((d.model.vocab[1] = ['▁a']), d))(unigramTokenizer()),
    '/model/vocab/1',
    'must be a [piece, score] pair (got an array of 1 item)',
  ],
  [
    'Unigram negative unk_id',
    'tokenizer',
    () => ((d: Doc) => ((d.model.unk_id = -1), d))(unigramTokenizer()),
    '/model/unk_id',
    'must be a non-negative integer or null (got -1)',
  ],
  // tokenizer_config.json
  ['model_max_length zero', 'tokenizer_config', (d) => ((d.model_max_length = 0), d), '/model_max_length', 'must be a positive number (got 0)'],
  [
    'special token object without content',
    'tokenizer_config',
    (d) => ((d.eos_token = { lstrip: false }), d),
    '/eos_token/content',
    'required property "content" is missing',
  ],
  [
    'special token number',
    'tokenizer_config',
    (d) => ((d.bos_token = 5), d),
    '/bos_token',
    'must be a token string, an AddedToken object {"content": ...} or null (got 5)',
  ],
  [
    'added_tokens_decoder key',
    'tokenizer_config',
    (d) => ((d.added_tokens_decoder = { abc: { content: 'x' } }), d),
    '/added_tokens_decoder/abc',
    'key must be a decimal integer such as "0" (got "abc")',
  ],
  [
    'added_tokens_decoder entry without content',
    'tokenizer_config',
    (d) => ((d.added_tokens_decoder['0'] = { special: true }), d),
    '/added_tokens_decoder/0/content',
    'required property "content" is missing',
  ],
  ['padding_side center', 'tokenizer_config', (d) => ((d.padding_side = 'center'), d), '/padding_side', 'must be one of "left", "right" (got "center")'],
  [
    'named chat template without template',
    'tokenizer_config',
    (d) => ((d.chat_template = [{ name: 'x' }]), d),
    '/chat_template/0/template',
    'required property "template" is missing',
  ],
  [
    'additional special token null',
    'tokenizer_config',
    (d) => ((d.additional_special_tokens = [null]), d),
    '/additional_special_tokens/0',
    'must be a string or an object (got null)',
  ],
  // special_tokens_map.json
  [
    'special token null',
    'special_tokens_map',
    (d) => ((d.bos_token = null), d),
    '/bos_token',
    'must be a token string or an AddedToken object {"content": ...} (got null)',
  ],
  [
    'additional special token number',
    'special_tokens_map',
    (d) => ((d.additional_special_tokens = [3]), d),
    '/additional_special_tokens/0',
    'must be a token string or an AddedToken object {"content": ...} (got 3)',
  ],
  // generation_config.json
  ['top_p above 1', 'generation_config', (d) => ((d.top_p = 1.5), d), '/top_p', 'must be a number between 0 and 1 or null (got 1.5)'],
  ['num_beams zero', 'generation_config', (d) => ((d.num_beams = 0), d), '/num_beams', 'must be a positive integer (got 0)'],
  [
    'eos_token_id string',
    'generation_config',
    (d) => ((d.eos_token_id = '2'), d),
    '/eos_token_id',
    'must be an integer >= -1, an array of integers >= -1 or null (got "2")',
  ],
  [
    'early_stopping sometimes',
    'generation_config',
    (d) => ((d.early_stopping = 'sometimes'), d),
    '/early_stopping',
    'must be true, false or "never" (got "sometimes")',
  ],
  // model.safetensors.index.json
  ['missing weight_map', 'safetensors_index', (d) => (delete d.weight_map, d), '/weight_map', 'required property "weight_map" is missing'],
  ['empty weight_map', 'safetensors_index', (d) => ((d.weight_map = {}), d), '/weight_map', 'must be a non-empty object (got an empty object)'],
  [
    'shard outside the folder',
    'safetensors_index',
    (d) => ((d.weight_map['pooler.dense.weight'] = '../model.safetensors'), d),
    '/weight_map/pooler.dense.weight',
    'must be a .safetensors file name in the model folder (no directory part) (got "../model.safetensors")',
  ],
  [
    'shard that is a pickle',
    'safetensors_index',
    (d) => ((d.weight_map['pooler.dense.weight'] = 'pytorch_model.bin'), d),
    '/weight_map/pooler.dense.weight',
    expect.stringContaining('(got "pytorch_model.bin")'),
  ],
  ['negative total_size', 'safetensors_index', (d) => ((d.metadata.total_size = -1), d), '/metadata/total_size', 'must be a non-negative number (got -1)'],
  [
    'tensor name with a slash is escaped in the pointer',
    'safetensors_index',
    (d) => ((d.weight_map = { 'a/b~c': 5 }), d),
    '/weight_map/a~1b~0c',
    expect.stringContaining('(got 5)'),
  ],
  // mlpack.json
  ['bad sha256', 'manifest', (d) => ((d.files[0].sha256 = 'ABC'), d), '/files/0/sha256', 'must be a sha256 digest (64 lowercase hex digits) (got "ABC")'],
  [
    'uppercase sha256',
    'manifest',
    (d) => ((d.source.files[1].sha256 = 'A'.repeat(64)), d),
    '/source/files/1/sha256',
    expect.stringContaining('must be a sha256 digest'),
  ],
  [
    'bundle without version',
    'manifest',
    () => ((d: Doc) => (delete d.version, d))(bundleManifest()),
    '/version',
    'required property "version" is missing when kind is "bundle"',
  ],
  [
    'bundle without name',
    'manifest',
    () => ((d: Doc) => (delete d.name, d))(bundleManifest()),
    '/name',
    'required property "name" is missing when kind is "bundle"',
  ],
  [
    'bundle name with spaces',
    'manifest',
    () => ((d: Doc) => ((d.name = 'My Model'), d))(bundleManifest()),
    '/name',
    expect.stringMatching(/^must be a bundle name: .* \(got "My Model"\)$/),
  ],
  [
    'bundle version not semver',
    'manifest',
    () => ((d: Doc) => ((d.version = '1.2'), d))(bundleManifest()),
    '/version',
    'must be a semantic version such as "1.2.3" (got "1.2")',
  ],
  ['conversion with a name', 'manifest', (d) => ((d.name = 'x'), d), '/name', 'property "name" is not allowed when kind is "conversion" (bundles only)'],
  ['unknown kind', 'manifest', (d) => ((d.kind = 'archive'), d), '/kind', 'must be one of "conversion", "bundle" (got "archive")'],
  ['manifest_version 2', 'manifest', (d) => ((d.manifest_version = 2), d), '/manifest_version', 'must be 1 (got 2)'],
  ['tool name', 'manifest', (d) => ((d.tool.name = 'optimum'), d), '/tool/name', 'must be "mlpack" (got "optimum")'],
  ['unknown root property', 'manifest', (d) => ((d.created_at = '2024-01-01'), d), '/created_at', 'unknown property "created_at"'],
  ['unknown target format', 'manifest', (d) => ((d.targets[0].format = 'coreml'), d), '/targets/0/format', 'must be one of "onnx", "tfjs" (got "coreml")'],
  [
    'onnx target without ir_version',
    'manifest',
    (d) => (delete d.targets[0].ir_version, d),
    '/targets/0/ir_version',
    'required property "ir_version" is missing for an onnx target',
  ],
  [
    'tfjs field on an onnx target',
    'manifest',
    (d) => ((d.targets[0].weight_dtype = 'float32'), d),
    '/targets/0/weight_dtype',
    'unknown property "weight_dtype" for an onnx target',
  ],
  [
    'tfjs weight_dtype int8',
    'manifest',
    (d) => ((d.targets[1].weight_dtype = 'int8'), d),
    '/targets/1/weight_dtype',
    'must be one of "float32", "float16", "uint8", "uint16" (got "int8")',
  ],
  [
    'no targets',
    'manifest',
    (d) => ((d.targets = []), d),
    '/targets',
    expect.stringMatching(/^must be a non-empty array whose items are each .* \(got an empty array\)$/),
  ],
  [
    'signature dtype float64',
    'manifest',
    (d) => ((d.signature.inputs[0].dtype = 'float64'), d),
    '/signature/inputs/0/dtype',
    'must be one of "int64", "int32", "float32", "float16", "bool" (got "float64")',
  ],
  [
    'signature negative dim',
    'manifest',
    (d) => ((d.signature.outputs[0].shape[1] = -1), d),
    '/signature/outputs/0/shape/1',
    'must be a dimension: a size >= 0 or a symbolic name such as "batch_size" (got -1)',
  ],
  ['labels key', 'manifest', (d) => ((d.labels = { first: 'x' }), d), '/labels/first', 'key must be a decimal integer such as "0" (got "first")'],
  [
    'io_schema without response',
    'manifest',
    () => ((d: Doc) => (delete d.io_schema.response, d))(bundleManifest()),
    '/io_schema/response',
    'required property "response" is missing',
  ],
  [
    'embedded golden of the wrong format',
    'manifest',
    () => ((d: Doc) => ((d.goldens.format = 'npz'), d))(bundleManifest()),
    '/goldens/format',
    'must be "mlpack-golden" (got "npz")',
  ],
  [
    'layout unknown',
    'manifest',
    () => ((d: Doc) => ((d.layout = 'onnx'), d))(bundleManifest()),
    '/layout',
    'must be one of "transformers.js", "triton" (got "onnx")',
  ],
  // mlpack-golden
  ['output dtype float16', 'golden', (d) => ((d.outputs.logits.dtype = 'float16'), d), '/outputs/logits/dtype', 'must be "float32" (got "float16")'],
  [
    'fractional int64 input',
    'golden',
    (d) => ((d.inputs.input_ids.data[4] = 7.5), d),
    '/inputs/input_ids/data/4',
    'must be an integer JSON numbers hold exactly (|x| < 2^53) (got 7.5)',
  ],
  [
    'int32 input beyond 2^31',
    'golden',
    (d) => ((d.inputs.input_ids.dtype = 'int32'), (d.inputs.input_ids.data[0] = 2 ** 31), d),
    '/inputs/input_ids/data/0',
    'must be a 32-bit integer (got 2147483648)',
  ],
  ['negative dim', 'golden', (d) => ((d.outputs.logits.dims = [-2, 2]), d), '/outputs/logits/dims/0', 'must be a non-negative integer (got -2)'],
  ['no inputs', 'golden', (d) => ((d.inputs = {}), d), '/inputs', expect.stringContaining('(got an empty object)')],
  ['missing outputs', 'golden', (d) => (delete d.outputs, d), '/outputs', 'required property "outputs" is missing'],
  ['unknown field', 'golden', (d) => ((d.notes = 'x'), d), '/notes', 'unknown property "notes"'],
  ['extra tensor field', 'golden', (d) => ((d.inputs.input_ids.layout = 'NCHW'), d), '/inputs/input_ids/layout', 'unknown property "layout"'],
  ['version 2', 'golden', (d) => ((d.version = 2), d), '/version', 'must be 1 (got 2)'],
];

describe('one issue per problem, at the right pointer', () => {
  it.each(CASES)('%s (%s)', (_name, kind, mutate, pointer, message) => {
    const issues = errorsOf(kind, mutate(BASES[kind]()));
    expect(issues).toEqual([
      expect.objectContaining({ severity: 'error', code: DOCUMENT_KIND_INFO[kind].code, pointer, message, file: DOCUMENT_KIND_INFO[kind].fileName }),
    ]);
    expect(issues[0]!.hint).toBeTruthy();
  });
});

describe('collapsing ajv noise', () => {
  it('a wrong-typed bert hidden_act gives one issue, worded by the bert enum rather than the root "string"', () => {
    const issues = errorsOf('config', { model_type: 'bert', hidden_act: 5 });
    expect(issues).toHaveLength(1);
    expect(issues[0]!.message).toMatch(/^must be one of "gelu", .* \(got 5\)$/);
  });

  it('only the branch selected by type reports: a BPE model with an array vocab gets exactly one issue', () => {
    const doc = bpeTokenizer();
    doc.model.vocab = [['a', 0]];
    const issues = errorsOf('tokenizer', doc);
    expect(issues.map((i) => [i.pointer, i.message])).toEqual([['/model/vocab', 'must be an object (got an array of 1 item)']]);
  });

  it('per-model-type fields are only checked for that model type', () => {
    expect(errorsOf('config', { model_type: 'gpt2', dim: -1, hidden_size: -1 })).toEqual([]);
    expect(errorsOf('config', { model_type: 'distilbert', dim: -1 }).map((i) => i.pointer)).toEqual(['/dim']);
    expect(errorsOf('config', { model_type: 'llama', n_embd: 0, d_model: 0 })).toEqual([]);
  });

  it('several problems are reported together, sorted by pointer', () => {
    const d = bertConfig();
    d.hidden_size = 0;
    d.num_attention_heads = 'four';
    d.id2label = { '0': 'a', one: 'b' };
    delete d.model_type;
    d.model_type = 'bert';
    d.vocab_size = -5;
    const issues = errorsOf('config', d);
    expect(issues.map((i) => i.pointer)).toEqual(['/hidden_size', '/id2label/one', '/num_attention_heads', '/vocab_size']);
  });

  it('caps a flood of problems and says how many were left out', () => {
    const vocab: Record<string, number> = {};
    for (let i = 0; i < 300; i++) vocab[`t${i}`] = -i - 1;
    const issues = validateDocument('tokenizer', { model: { type: 'WordLevel', vocab } });
    expect(issues).toHaveLength(101);
    expect(issues[100]).toMatchObject({ code: 'SCHEMA_TOKENIZER', pointer: '', message: '200 more problems not shown' });
    expect(issues.slice(0, 100).every((i) => i.message.startsWith('must be a non-negative integer'))).toBe(true);
  });

  it('honours a smaller cap', () => {
    const issues = validateDocument('config', { model_type: 'bert', hidden_size: 0, vocab_size: 0, n_heads: 0, num_hidden_layers: 0 }, { maxIssues: 2 });
    expect(issues.map((i) => [i.pointer, i.message])).toEqual([
      ['/hidden_size', 'must be a positive integer (got 0)'],
      ['/num_hidden_layers', 'must be a positive integer (got 0)'],
      ['', '1 more problem not shown'],
    ]);
  });

  it('uses the given file name', () => {
    const issues = validateDocument('config', { model_type: 'bert', hidden_size: 0 }, { file: 'models/x/config.json' });
    expect(issues[0]!.file).toBe('models/x/config.json');
  });
});

describe('unknown model_type', () => {
  it('is a warning, not an error, naming the known types', () => {
    const issues = validateDocument('config', { model_type: 'mpnet', hidden_size: -1 });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ severity: 'warning', code: 'CONFIG_UNKNOWN_MODEL_TYPE', pointer: '/model_type' });
    expect(issues[0]!.message).toContain('"mpnet"');
    expect(issues[0]!.hint).toContain('xlm-roberta');
  });
  it('comes after errors in the sorted list', () => {
    const issues = validateDocument('config', { model_type: 'mpnet', vocab_size: 0 });
    expect(issues.map((i) => [i.severity, i.code])).toEqual([
      ['error', 'SCHEMA_CONFIG'],
      ['warning', 'CONFIG_UNKNOWN_MODEL_TYPE'],
    ]);
  });
  it('is not raised for the supported model types', () => {
    for (const t of ['bert', 'distilbert', 'roberta', 'xlm-roberta', 'camembert', 'electra', 'albert', 'gpt2', 'llama', 'mistral', 'qwen2', 'bart']) {
      expect(validateDocument('config', { model_type: t })).toEqual([]);
    }
  });
});

describe('rules beyond the schema', () => {
  it('manifest files must be sorted by path', () => {
    const d = conversionManifest() as Doc;
    [d.files[1], d.files[2]] = [d.files[2], d.files[1]];
    const issues = errorsOf('manifest', d);
    expect(issues).toEqual([
      expect.objectContaining({
        code: 'SCHEMA_MANIFEST',
        pointer: '/files/2/path',
        message: 'files are not sorted by path: "onnx/model.onnx" comes after "tfjs/group1-shard1of1.bin"',
      }),
    ]);
  });
  it('manifest files must be unique', () => {
    const d = conversionManifest() as Doc;
    d.files.splice(2, 0, { ...d.files[1] });
    expect(errorsOf('manifest', d)).toEqual([expect.objectContaining({ pointer: '/files/2/path', message: 'duplicate path "onnx/model.onnx"' })]);
  });
  it('the manifest does not list itself', () => {
    const d = conversionManifest() as Doc;
    d.files.splice(1, 0, { path: 'mlpack.json', size: 10, sha256: 'b'.repeat(64) });
    expect(errorsOf('manifest', d)).toEqual([expect.objectContaining({ pointer: '/files/1/path', message: 'lists mlpack.json itself' })]);
  });
  it.each([['../x'], ['/etc/passwd'], ['a\\b'], ['./a'], ['a//b'], ['a/./b'], ['a/../b'], ['a/'], ['C:/x'], ['']])('file path %j is refused', (path) => {
    const d = conversionManifest() as Doc;
    d.files[0].path = path;
    const issues = errorsOf('manifest', d).filter((i) => i.pointer === '/files/0/path');
    expect(issues).toHaveLength(1);
    expect(issues[0]!.message).toMatch(/^must be a relative path with forward slashes/);
  });
  it.each([['a'], ['onnx/model.onnx_data'], ['tfjs/group1-shard1of2.bin'], ['.hidden/x'], ['a..b/c']])('file path %j is accepted', (path) => {
    const d = conversionManifest() as Doc;
    d.files = [{ path, size: 1, sha256: 'c'.repeat(64) }];
    expect(errorsOf('manifest', d)).toEqual([]);
  });
  it('golden data must hold product(dims) values', () => {
    const g = golden() as Doc;
    g.inputs.attention_mask.data.pop();
    expect(errorsOf('golden', g)).toEqual([
      expect.objectContaining({ code: 'SCHEMA_GOLDEN', pointer: '/inputs/attention_mask/data', message: 'has 5 values but dims [2, 3] need 6' }),
    ]);
  });
  it('a golden embedded in a bundle manifest is checked too', () => {
    const d = bundleManifest() as Doc;
    d.goldens.outputs.logits.dims = [2, 3];
    expect(errorsOf('manifest', d)).toEqual([
      expect.objectContaining({ code: 'SCHEMA_MANIFEST', pointer: '/goldens/outputs/logits/data', message: 'has 4 values but dims [2, 3] need 6' }),
    ]);
  });
  it('a scalar golden tensor holds one value', () => {
    const g = golden() as Doc;
    g.outputs.logits = { dtype: 'float32', dims: [], data: [1.5] };
    expect(errorsOf('golden', g)).toEqual([]);
    g.outputs.logits.data = [];
    expect(errorsOf('golden', g).map((i) => i.message)).toEqual(['has 0 values but dims [] need 1']);
  });
});
