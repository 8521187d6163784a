// @ts-nocheck
// GENERATED FILE, do not edit. ajv 8.20.0 standalone validators for schemas/*.schema.json,
// written by packages/schema/src/generate-validators.ts. After changing a schema (or ajv), run
// `pnpm --filter @mlpack/schema generate`; a unit test fails while this file is stale.
import type { ValidateFunction } from "ajv/dist/2020.js";
import type { DocumentKind } from "../document-kind.js";
import { createRequire } from "node:module";
const require = createRequire(import.meta.url);
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://mlpack.dev/schemas/config.schema.json","title":"Hugging Face model config.json","description":"The config.json of a Hugging Face transformers model folder, as mlpack reads it. Only types and ranges are checked: transformers fills defaults for every field it can, so no field except model_type is required. Unknown fields are allowed because real configs carry many. Per-model-type fields are checked for the model types mlpack converts (bert, distilbert, roberta, xlm-roberta, camembert, electra, albert, gpt2, llama, mistral, qwen2, qwen3, phi3, gemma, bart, t5); any other model_type is only checked for the common fields (mlpack reports a warning for it in code).","$comment":"x-expected (a noun phrase: what a valid value is) and x-condition (when a conditional rule applies) are annotations mlpack uses to word its error messages; validators that do not know them ignore them.","type":"object","required":["model_type"],"properties":{"model_type":{"description":"The transformers model type (AutoConfig key), e.g. \"bert\".","type":"string","minLength":1},"architectures":{"description":"Model class names, e.g. [\"BertForSequenceClassification\"]; the first one decides the task.","type":["array","null"],"items":{"type":"string","minLength":1}},"id2label":{"description":"Class index (decimal integer written as a string key) to label name.","type":"object","propertyNames":{"$ref":"#/$defs/decimalKey"},"additionalProperties":{"type":"string"}},"label2id":{"description":"Label name to class index. transformers keeps the values as given (PretrainedConfig types them int or str), so an index written as a decimal string such as \"0\" is accepted; mlpack reads it as that integer.","type":"object","additionalProperties":{"$ref":"#/$defs/labelIndex"}},"num_labels":{"description":"Number of classes of a classification head (transformers derives it from id2label when absent).","$ref":"#/$defs/positiveInteger"},"vocab_size":{"description":"Rows of the word-embedding matrix.","$ref":"#/$defs/positiveInteger"},"pad_token_id":{"description":"Padding token id.","$ref":"#/$defs/tokenId"},"bos_token_id":{"description":"Beginning-of-sequence token id.","$ref":"#/$defs/tokenId"},"eos_token_id":{"description":"End-of-sequence token id, or several.","$ref":"#/$defs/tokenIds"},"sep_token_id":{"description":"Separator token id.","$ref":"#/$defs/tokenId"},"decoder_start_token_id":{"description":"First decoder token id of encoder-decoder models.","$ref":"#/$defs/tokenId"},"forced_bos_token_id":{"description":"Token forced first during generation.","$ref":"#/$defs/tokenId"},"forced_eos_token_id":{"description":"Token forced last during generation.","$ref":"#/$defs/tokenIds"},"tie_word_embeddings":{"description":"Whether the output projection shares the input embedding matrix.","type":"boolean"},"torch_dtype":{"description":"dtype the weights were saved in, e.g. \"float32\", \"bfloat16\".","type":["string","null"]},"dtype":{"description":"Newer transformers' name for torch_dtype.","type":["string","null"]},"transformers_version":{"description":"transformers version that wrote the file.","type":"string"},"hidden_act":{"description":"Activation function name (checked against the known ones per model type).","type":"string"},"activation_function":{"description":"Activation function name (checked against the known ones per model type).","type":"string"},"auto_map":{"description":"Remote-code class references (mlpack never executes remote code).","type":"object","additionalProperties":{"type":["string","array"],"items":{"type":["string","null"]}}},"problem_type":{"description":"Loss used by classification heads.","enum":["regression","single_label_classification","multi_label_classification",null]},"is_encoder_decoder":{"description":"Whether the model is an encoder-decoder.","type":"boolean"},"is_decoder":{"description":"Whether the model is used as a decoder.","type":"boolean"},"add_cross_attention":{"description":"Whether layers have cross-attention.","type":"boolean"},"use_cache":{"description":"Whether the model returns past key/values.","type":"boolean"},"initializer_range":{"description":"Standard deviation of weight initialisation.","$ref":"#/$defs/nonNegativeNumber"},"max_position_embeddings":{"description":"Longest sequence the position embeddings cover.","$ref":"#/$defs/positiveInteger"},"task_specific_params":{"description":"Per-task overrides.","type":["object","null"]},"finetuning_task":{"description":"Name of the task the model was fine-tuned on.","type":["string","null"]},"tokenizer_class":{"description":"Tokenizer class to use with the model.","type":["string","null"]},"_name_or_path":{"description":"Where the config was loaded from when it was saved.","type":"string"}},"allOf":[{"if":{"properties":{"model_type":{"const":"bert"}},"required":["model_type"]},"then":{"$ref":"#/$defs/bert"}},{"if":{"properties":{"model_type":{"const":"roberta"}},"required":["model_type"]},"then":{"$ref":"#/$defs/bert"}},{"if":{"properties":{"model_type":{"const":"xlm-roberta"}},"required":["model_type"]},"then":{"$ref":"#/$defs/bert"}},{"if":{"properties":{"model_type":{"const":"camembert"}},"required":["model_type"]},"then":{"$ref":"#/$defs/bert"}},{"if":{"properties":{"model_type":{"const":"electra"}},"required":["model_type"]},"then":{"$ref":"#/$defs/electra"}},{"if":{"properties":{"model_type":{"const":"albert"}},"required":["model_type"]},"then":{"$ref":"#/$defs/albert"}},{"if":{"properties":{"model_type":{"const":"distilbert"}},"required":["model_type"]},"then":{"$ref":"#/$defs/distilbert"}},{"if":{"properties":{"model_type":{"const":"gpt2"}},"required":["model_type"]},"then":{"$ref":"#/$defs/gpt2"}},{"if":{"properties":{"model_type":{"const":"llama"}},"required":["model_type"]},"then":{"$ref":"#/$defs/llama"}},{"if":{"properties":{"model_type":{"const":"mistral"}},"required":["model_type"]},"then":{"$ref":"#/$defs/mistral"}},{"if":{"properties":{"model_type":{"const":"qwen2"}},"required":["model_type"]},"then":{"$ref":"#/$defs/qwen2"}},{"if":{"properties":{"model_type":{"const":"qwen3"}},"required":["model_type"]},"then":{"$ref":"#/$defs/qwen3"}},{"if":{"properties":{"model_type":{"const":"phi3"}},"required":["model_type"]},"then":{"$ref":"#/$defs/phi3"}},{"if":{"properties":{"model_type":{"const":"gemma"}},"required":["model_type"]},"then":{"$ref":"#/$defs/gemma"}},{"if":{"properties":{"model_type":{"const":"bart"}},"required":["model_type"]},"then":{"$ref":"#/$defs/bart"}},{"if":{"properties":{"model_type":{"const":"t5"}},"required":["model_type"]},"then":{"$ref":"#/$defs/t5"}}],"$defs":{"positiveInteger":{"type":"integer","minimum":1},"nonNegativeInteger":{"type":"integer","minimum":0},"positiveIntegerOrNull":{"type":["integer","null"],"minimum":1},"positiveNumber":{"type":"number","exclusiveMinimum":0},"nonNegativeNumber":{"type":"number","minimum":0},"probability":{"type":"number","minimum":0,"maximum":1},"probabilityOrNull":{"type":["number","null"],"minimum":0,"maximum":1},"labelIndex":{"type":["integer","string"],"minimum":0,"pattern":"^(0|[1-9][0-9]*)$","x-expected":"a non-negative integer or a decimal string such as \"0\""},"decimalKey":{"type":"string","pattern":"^(0|[1-9][0-9]*)$","x-expected":"a decimal integer such as \"0\""},"tokenId":{"description":"A token id, or null. -1 appears in some early configs as \"no token\".","type":["integer","null"],"minimum":-1},"tokenIds":{"description":"A token id, a list of token ids, or null.","type":["integer","array","null"],"minimum":-1,"items":{"type":"integer","minimum":-1}},"activation":{"description":"Activation names transformers' ACT2FN knows.","enum":["gelu","gelu_new","gelu_fast","gelu_pytorch_tanh","gelu_python","gelu_accurate","gelu_10","quick_gelu","relu","relu2","relu6","leaky_relu","prelu","silu","swish","mish","tanh","sigmoid","linear","laplace","xielu"]},"positionEmbeddingType":{"enum":["absolute","relative_key","relative_key_query"]},"ropeScaling":{"description":"RoPE scaling parameters, or null for none.","type":["object","null"],"properties":{"rope_type":{"type":"string","minLength":1},"type":{"type":"string","minLength":1},"factor":{"$ref":"#/$defs/positiveNumber"},"original_max_position_embeddings":{"$ref":"#/$defs/positiveInteger"},"low_freq_factor":{"$ref":"#/$defs/positiveNumber"},"high_freq_factor":{"$ref":"#/$defs/positiveNumber"}}},"bert":{"description":"BERT-style encoders: bert, roberta, xlm-roberta, camembert (and the base of electra and albert).","type":"object","properties":{"hidden_size":{"$ref":"#/$defs/positiveInteger"},"num_hidden_layers":{"$ref":"#/$defs/positiveInteger"},"num_attention_heads":{"$ref":"#/$defs/positiveInteger"},"intermediate_size":{"$ref":"#/$defs/positiveInteger"},"max_position_embeddings":{"$ref":"#/$defs/positiveInteger"},"type_vocab_size":{"$ref":"#/$defs/positiveInteger"},"layer_norm_eps":{"$ref":"#/$defs/positiveNumber"},"hidden_act":{"$ref":"#/$defs/activation"},"hidden_dropout_prob":{"$ref":"#/$defs/probability"},"attention_probs_dropout_prob":{"$ref":"#/$defs/probability"},"classifier_dropout":{"$ref":"#/$defs/probabilityOrNull"},"position_embedding_type":{"$ref":"#/$defs/positionEmbeddingType"}}},"electra":{"description":"ELECTRA: BERT fields plus a separate embedding size.","type":"object","$ref":"#/$defs/bert","properties":{"embedding_size":{"$ref":"#/$defs/positiveInteger"},"summary_type":{"enum":["last","first","mean","cls_index","attn"]},"summary_use_proj":{"type":"boolean"},"summary_activation":{"type":["string","null"]},"summary_last_dropout":{"$ref":"#/$defs/probability"}}},"albert":{"description":"ALBERT: BERT fields plus factorised embeddings and shared layer groups.","type":"object","$ref":"#/$defs/bert","properties":{"embedding_size":{"$ref":"#/$defs/positiveInteger"},"num_hidden_groups":{"$ref":"#/$defs/positiveInteger"},"inner_group_num":{"$ref":"#/$defs/positiveInteger"},"classifier_dropout_prob":{"$ref":"#/$defs/probability"}}},"distilbert":{"description":"DistilBERT.","type":"object","properties":{"dim":{"$ref":"#/$defs/positiveInteger"},"n_layers":{"$ref":"#/$defs/positiveInteger"},"n_heads":{"$ref":"#/$defs/positiveInteger"},"hidden_dim":{"$ref":"#/$defs/positiveInteger"},"max_position_embeddings":{"$ref":"#/$defs/positiveInteger"},"activation":{"$ref":"#/$defs/activation"},"sinusoidal_pos_embds":{"type":"boolean"},"dropout":{"$ref":"#/$defs/probability"},"attention_dropout":{"$ref":"#/$defs/probability"},"qa_dropout":{"$ref":"#/$defs/probability"},"seq_classif_dropout":{"$ref":"#/$defs/probability"}}},"gpt2":{"description":"GPT-2.","type":"object","properties":{"n_embd":{"$ref":"#/$defs/positiveInteger"},"n_layer":{"$ref":"#/$defs/positiveInteger"},"n_head":{"$ref":"#/$defs/positiveInteger"},"n_positions":{"$ref":"#/$defs/positiveInteger"},"n_ctx":{"$ref":"#/$defs/positiveInteger"},"n_inner":{"$ref":"#/$defs/positiveIntegerOrNull"},"activation_function":{"$ref":"#/$defs/activation"},"layer_norm_epsilon":{"$ref":"#/$defs/positiveNumber"},"resid_pdrop":{"$ref":"#/$defs/probability"},"embd_pdrop":{"$ref":"#/$defs/probability"},"attn_pdrop":{"$ref":"#/$defs/probability"},"summary_type":{"enum":["last","first","mean","cls_index","attn"]},"summary_use_proj":{"type":"boolean"},"summary_activation":{"type":["string","null"]},"summary_proj_to_labels":{"type":"boolean"},"summary_first_dropout":{"$ref":"#/$defs/probability"},"scale_attn_weights":{"type":"boolean"},"scale_attn_by_inverse_layer_idx":{"type":"boolean"},"reorder_and_upcast_attn":{"type":"boolean"}}},"llama":{"description":"Llama-style decoders (the base of mistral and qwen2).","type":"object","properties":{"hidden_size":{"$ref":"#/$defs/positiveInteger"},"intermediate_size":{"$ref":"#/$defs/positiveInteger"},"num_hidden_layers":{"$ref":"#/$defs/positiveInteger"},"num_attention_heads":{"$ref":"#/$defs/positiveInteger"},"num_key_value_heads":{"$ref":"#/$defs/positiveIntegerOrNull"},"head_dim":{"$ref":"#/$defs/positiveIntegerOrNull"},"max_position_embeddings":{"$ref":"#/$defs/positiveInteger"},"hidden_act":{"$ref":"#/$defs/activation"},"rms_norm_eps":{"$ref":"#/$defs/positiveNumber"},"rope_theta":{"$ref":"#/$defs/positiveNumber"},"rope_scaling":{"$ref":"#/$defs/ropeScaling"},"attention_bias":{"type":"boolean"},"attention_dropout":{"$ref":"#/$defs/probability"},"mlp_bias":{"type":"boolean"},"pretraining_tp":{"$ref":"#/$defs/positiveInteger"}}},"mistral":{"description":"Mistral: Llama fields plus sliding-window attention.","type":"object","$ref":"#/$defs/llama","properties":{"sliding_window":{"$ref":"#/$defs/positiveIntegerOrNull"}}},"qwen2":{"description":"Qwen2: Llama fields plus optional sliding-window attention.","type":"object","$ref":"#/$defs/llama","properties":{"use_sliding_window":{"type":"boolean"},"sliding_window":{"$ref":"#/$defs/positiveIntegerOrNull"},"max_window_layers":{"$ref":"#/$defs/nonNegativeInteger"},"layer_types":{"type":"array","items":{"type":"string","minLength":1}}}},"qwen3":{"description":"Qwen3: Qwen2 fields; every attention layer normalizes q and k per head (RMSNorm).","type":"object","$ref":"#/$defs/qwen2"},"phi3":{"description":"Phi-3: Llama fields with fused qkv / gate_up projections, partial rotary embeddings and sliding-window attention.","type":"object","$ref":"#/$defs/llama","properties":{"sliding_window":{"$ref":"#/$defs/positiveIntegerOrNull"},"partial_rotary_factor":{"type":"number","exclusiveMinimum":0,"maximum":1,"x-expected":"a number in (0, 1]"},"original_max_position_embeddings":{"$ref":"#/$defs/positiveInteger"},"resid_pdrop":{"$ref":"#/$defs/probability"},"embd_pdrop":{"$ref":"#/$defs/probability"}}},"gemma":{"description":"Gemma: Llama fields with a gelu-tanh gated MLP, (1 + weight) RMSNorm and a head_dim independent of the hidden size.","type":"object","$ref":"#/$defs/llama","properties":{"hidden_activation":{"type":["string","null"]}}},"bart":{"description":"BART encoder-decoder.","type":"object","properties":{"d_model":{"$ref":"#/$defs/positiveInteger"},"encoder_layers":{"$ref":"#/$defs/positiveInteger"},"decoder_layers":{"$ref":"#/$defs/positiveInteger"},"encoder_attention_heads":{"$ref":"#/$defs/positiveInteger"},"decoder_attention_heads":{"$ref":"#/$defs/positiveInteger"},"encoder_ffn_dim":{"$ref":"#/$defs/positiveInteger"},"decoder_ffn_dim":{"$ref":"#/$defs/positiveInteger"},"max_position_embeddings":{"$ref":"#/$defs/positiveInteger"},"num_hidden_layers":{"$ref":"#/$defs/positiveInteger"},"activation_function":{"$ref":"#/$defs/activation"},"dropout":{"$ref":"#/$defs/probability"},"attention_dropout":{"$ref":"#/$defs/probability"},"activation_dropout":{"$ref":"#/$defs/probability"},"classifier_dropout":{"$ref":"#/$defs/probabilityOrNull"},"encoder_layerdrop":{"$ref":"#/$defs/probability"},"decoder_layerdrop":{"$ref":"#/$defs/probability"},"init_std":{"$ref":"#/$defs/nonNegativeNumber"},"scale_embedding":{"type":"boolean"},"normalize_before":{"type":"boolean"},"add_final_layer_norm":{"type":"boolean"},"normalize_embedding":{"type":"boolean"},"static_position_embeddings":{"type":"boolean"},"add_bias_logits":{"type":"boolean"}}},"t5":{"description":"T5 encoder-decoder.","type":"object","properties":{"d_model":{"$ref":"#/$defs/positiveInteger"},"d_kv":{"$ref":"#/$defs/positiveInteger"},"d_ff":{"$ref":"#/$defs/positiveInteger"},"num_layers":{"$ref":"#/$defs/positiveInteger"},"num_decoder_layers":{"$ref":"#/$defs/positiveIntegerOrNull"},"num_heads":{"$ref":"#/$defs/positiveInteger"},"relative_attention_num_buckets":{"$ref":"#/$defs/positiveInteger"},"relative_attention_max_distance":{"$ref":"#/$defs/positiveInteger"},"layer_norm_epsilon":{"$ref":"#/$defs/positiveNumber"},"dropout_rate":{"$ref":"#/$defs/probability"},"feed_forward_proj":{"type":"string","minLength":1}}}}};
const schema136 = {"type":"string","pattern":"^(0|[1-9][0-9]*)$","x-expected":"a decimal integer such as \"0\""};
const schema137 = {"type":["integer","string"],"minimum":0,"pattern":"^(0|[1-9][0-9]*)$","x-expected":"a non-negative integer or a decimal string such as \"0\""};
const schema33 = {"type":"integer","minimum":1};
const schema140 = {"description":"A token id, or null. -1 appears in some early configs as \"no token\".","type":["integer","null"],"minimum":-1};
const schema142 = {"description":"A token id, a list of token ids, or null.","type":["integer","array","null"],"minimum":-1,"items":{"type":"integer","minimum":-1}};
const schema124 = {"type":"number","minimum":0};
const schema32 = {"description":"BERT-style encoders: bert, roberta, xlm-roberta, camembert (and the base of electra and albert).","type":"object","properties":{"hidden_size":{"$ref":"#/$defs/positiveInteger"},"num_hidden_layers":{"$ref":"#/$defs/positiveInteger"},"num_attention_heads":{"$ref":"#/$defs/positiveInteger"},"intermediate_size":{"$ref":"#/$defs/positiveInteger"},"max_position_embeddings":{"$ref":"#/$defs/positiveInteger"},"type_vocab_size":{"$ref":"#/$defs/positiveInteger"},"layer_norm_eps":{"$ref":"#/$defs/positiveNumber"},"hidden_act":{"$ref":"#/$defs/activation"},"hidden_dropout_prob":{"$ref":"#/$defs/probability"},"attention_probs_dropout_prob":{"$ref":"#/$defs/probability"},"classifier_dropout":{"$ref":"#/$defs/probabilityOrNull"},"position_embedding_type":{"$ref":"#/$defs/positionEmbeddingType"}}};
const schema39 = {"type":"number","exclusiveMinimum":0};
const schema40 = {"description":"Activation names transformers' ACT2FN knows.","enum":["gelu","gelu_new","gelu_fast","gelu_pytorch_tanh","gelu_python","gelu_accurate","gelu_10","quick_gelu","relu","relu2","relu6","leaky_relu","prelu","silu","swish","mish","tanh","sigmoid","linear","laplace","xielu"]};
const schema41 = {"type":"number","minimum":0,"maximum":1};
const schema43 = {"type":["number","null"],"minimum":0,"maximum":1};
const schema44 = {"enum":["absolute","relative_key","relative_key_query"]};

function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate21.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.hidden_size !== undefined){
let data0 = data.hidden_size;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err0 = {instancePath:instancePath+"/hidden_size",schemaPath:"#/$defs/positiveInteger/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema33.type,parentSchema:schema33,data:data0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 1 || isNaN(data0)){
const err1 = {instancePath:instancePath+"/hidden_size",schemaPath:"#/$defs/positiveInteger/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema33,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
if(data.num_hidden_layers !== undefined){
let data1 = data.num_hidden_layers;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err2 = {instancePath:instancePath+"/num_hidden_layers",schemaPath:"#/$defs/positiveInteger/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema33.type,parentSchema:schema33,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 1 || isNaN(data1)){
const err3 = {instancePath:instancePath+"/num_hidden_layers",schemaPath:"#/$defs/positiveInteger/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema33,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data.num_attention_heads !== undefined){
let data2 = data.num_attention_heads;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err4 = {instancePath:instancePath+"/num_attention_heads",schemaPath:"#/$defs/positiveInteger/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema33.type,parentSchema:schema33,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
const err5 = {instancePath:instancePath+"/num_attention_heads",schemaPath:"#/$defs/positiveInteger/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema33,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
if(data.intermediate_size !== undefined){
let data3 = data.intermediate_size;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err6 = {instancePath:instancePath+"/intermediate_size",schemaPath:"#/$defs/positiveInteger/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema33.type,parentSchema:schema33,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 1 || isNaN(data3)){
const err7 = {instancePath:instancePath+"/intermediate_size",schemaPath:"#/$defs/positiveInteger/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema33,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
if(data.max_position_embeddings !== undefined){
let data4 = data.max_position_embeddings;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err8 = {instancePath:instancePath+"/max_position_embeddings",schemaPath:"#/$defs/positiveInteger/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema33.type,parentSchema:schema33,data:data4};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 1 || isNaN(data4)){
const err9 = {instancePath:instancePath+"/max_position_embeddings",schemaPath:"#/$defs/positiveInteger/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema33,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
if(data.type_vocab_size !== undefined){
let data5 = data.type_vocab_size;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err10 = {instancePath:instancePath+"/type_vocab_size",schemaPath:"#/$defs/positiveInteger/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema33.type,parentSchema:schema33,data:data5};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 1 || isNaN(data5)){
const err11 = {instancePath:instancePath+"/type_vocab_size",schemaPath:"#/$defs/positiveInteger/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema33,data:data5};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
if(data.layer_norm_eps !== undefined){
let data6 = data.layer_norm_eps;
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 <= 0 || isNaN(data6)){
const err12 = {instancePath:instancePath+"/layer_norm_eps",schemaPath:"#/$defs/positiveNumber/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema39,data:data6};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/layer_norm_eps",schemaPath:"#/$defs/positiveNumber/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema39.type,parentSchema:schema39,data:data6};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.hidden_act !== undefined){
let data7 = data.hidden_act;
if(!(((((((((((((((((((((data7 === "gelu") || (data7 === "gelu_new")) || (data7 === "gelu_fast")) || (data7 === "gelu_pytorch_tanh")) || (data7 === "gelu_python")) || (data7 === "gelu_accurate")) || (data7 === "gelu_10")) || (data7 === "quick_gelu")) || (data7 === "relu")) || (data7 === "relu2")) || (data7 === "relu6")) || (data7 === "leaky_relu")) || (data7 === "prelu")) || (data7 === "silu")) || (data7 === "swish")) || (data7 === "mish")) || (data7 === "tanh")) || (data7 === "sigmoid")) || (data7 === "linear")) || (data7 === "laplace")) || (data7 === "xielu"))){
const err14 = {instancePath:instancePath+"/hidden_act",schemaPath:"#/$defs/activation/enum",keyword:"enum",params:{allowedValues: schema40.enum},message:"must be equal to one of the allowed values",schema:schema40.enum,parentSchema:schema40,data:data7};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.hidden_dropout_prob !== undefined){
let data8 = data.hidden_dropout_prob;
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 > 1 || isNaN(data8)){
const err15 = {instancePath:instancePath+"/hidden_dropout_prob",schemaPath:"#/$defs/probability/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema41,data:data8};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data8 < 0 || isNaN(data8)){
const err16 = {instancePath:instancePath+"/hidden_dropout_prob",schemaPath:"#/$defs/probability/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema41,data:data8};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/hidden_dropout_prob",schemaPath:"#/$defs/probability/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema41.type,parentSchema:schema41,data:data8};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.attention_probs_dropout_prob !== undefined){
let data9 = data.attention_probs_dropout_prob;
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 > 1 || isNaN(data9)){
const err18 = {instancePath:instancePath+"/attention_probs_dropout_prob",schemaPath:"#/$defs/probability/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema41,data:data9};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data9 < 0 || isNaN(data9)){
const err19 = {instancePath:instancePath+"/attention_probs_dropout_prob",schemaPath:"#/$defs/probability/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema41,data:data9};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/attention_probs_dropout_prob",schemaPath:"#/$defs/probability/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema41.type,parentSchema:schema41,data:data9};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.classifier_dropout !== undefined){
let data10 = data.classifier_dropout;
if((!((typeof data10 == "number") && (isFinite(data10)))) && (data10 !== null)){
const err21 = {instancePath:instancePath+"/classifier_dropout",schemaPath:"#/$defs/probabilityOrNull/type",keyword:"type",params:{type: schema43.type},message:"must be number,null",schema:schema43.type,parentSchema:schema43,data:data10};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 > 1 || isNaN(data10)){
const err22 = {instancePath:instancePath+"/classifier_dropout",schemaPath:"#/$defs/probabilityOrNull/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema43,data:data10};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data10 < 0 || isNaN(data10)){
const err23 = {instancePath:instancePath+"/classifier_dropout",schemaPath:"#/$defs/probabilityOrNull/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema43,data:data10};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
if(data.position_embedding_type !== undefined){
let data11 = data.position_embedding_type;
if(!(((data11 === "absolute") || (data11 === "relative_key")) || (data11 === "relative_key_query"))){
const err24 = {instancePath:instancePath+"/position_embedding_type",schemaPath:"#/$defs/positionEmbeddingType/enum",keyword:"enum",params:{allowedValues: schema44.enum},message:"must be equal to one of the allowed values",schema:schema44.enum,parentSchema:schema44,data:data11};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
else {
const err25 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.type,parentSchema:schema32,data};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":{"hidden_size":true,"num_hidden_layers":true,"num_attention_heads":true,"intermediate_size":true,"max_position_embeddings":true,"type_vocab_size":true,"layer_norm_eps":true,"hidden_act":true,"hidden_dropout_prob":true,"attention_probs_dropout_prob":true,"classifier_dropout":true,"position_embedding_type":true},"dynamicProps":false,"dynamicItems":false};

const schema45 = {"description":"ELECTRA: BERT fields plus a separate embedding size.","type":"object","$ref":"#/$defs/bert","properties":{"embedding_size":{"$ref":"#/$defs/positiveInteger"},"summary_type":{"enum":["last","first","mean","cls_index","attn"]},"summary_use_proj":{"type":"boolean"},"summary_activation":{"type":["string","null"]},"summary_last_dropout":{"$ref":"#/$defs/probability"}}};

function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate26.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate21(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.embedding_size !== undefined){
let data0 = data.embedding_size;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err0 = {instancePath:instancePath+"/embedding_size",schemaPath:"#/$defs/positiveInteger/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema33.type,parentSchema:schema33,data:data0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 1 || isNaN(data0)){
const err1 = {instancePath:instancePath+"/embedding_size",schemaPath:"#/$defs/positiveInteger/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema33,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
if(data.summary_type !== undefined){
let data1 = data.summary_type;
if(!(((((data1 === "last") || (data1 === "first")) || (data1 === "mean")) || (data1 === "cls_index")) || (data1 === "attn"))){
const err2 = {instancePath:instancePath+"/summary_type",schemaPath:"#/properties/summary_type/enum",keyword:"enum",params:{allowedValues: schema45.properties.summary_type.enum},message:"must be equal to one of the allowed values",schema:schema45.properties.summary_type.enum,parentSchema:schema45.properties.summary_type,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.summary_use_proj !== undefined){
let data2 = data.summary_use_proj;
if(typeof data2 !== "boolean"){
const err3 = {instancePath:instancePath+"/summary_use_proj",schemaPath:"#/properties/summary_use_proj/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema45.properties.summary_use_proj.type,parentSchema:schema45.properties.summary_use_proj,data:data2};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.summary_activation !== undefined){
let data3 = data.summary_activation;
if((typeof data3 !== "string") && (data3 !== null)){
const err4 = {instancePath:instancePath+"/summary_activation",schemaPath:"#/properties/summary_activation/type",keyword:"type",params:{type: schema45.properties.summary_activation.type},message:"must be string,null",schema:schema45.properties.summary_activation.type,parentSchema:schema45.properties.summary_activation,data:data3};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.summary_last_dropout !== undefined){
let data4 = data.summary_last_dropout;
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 1 || isNaN(data4)){
const err5 = {instancePath:instancePath+"/summary_last_dropout",schemaPath:"#/$defs/probability/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema41,data:data4};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data4 < 0 || isNaN(data4)){
const err6 = {instancePath:instancePath+"/summary_last_dropout",schemaPath:"#/$defs/probability/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema41,data:data4};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/summary_last_dropout",schemaPath:"#/$defs/probability/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema41.type,parentSchema:schema41,data:data4};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema45.type,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate26.errors = vErrors;
return errors === 0;
}
validate26.evaluated = {"props":{"embedding_size":true,"summary_type":true,"summary_use_proj":true,"summary_activation":true,"summary_last_dropout":true,"hidden_size":true,"num_hidden_layers":true,"num_attention_heads":true,"intermediate_size":true,"max_position_embeddings":true,"type_vocab_size":true,"layer_norm_eps":true,"hidden_act":true,"hidden_dropout_prob":true,"attention_probs_dropout_prob":true,"classifier_dropout":true,"position_embedding_type":true},"dynamicProps":false,"dynamicItems":false};

const schema48 = {"description":"ALBERT: BERT fields plus factorised embeddings and shared layer groups.","type":"object","$ref":"#/$defs/bert","properties":{"embedding_size":{"$ref":"#/$defs/positiveInteger"},"num_hidden_groups":{"$ref":"#/$defs/positiveInteger"},"inner_group_num":{"$ref":"#/$defs/positiveInteger"},"classifier_dropout_prob":{"$ref":"#/$defs/probability"}}};

function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate29.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate21(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.embedding_size !== undefined){
let data0 = data.embedding_size;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err0 = {instancePath:instancePath+"/embedding_size",schemaPath:"#/$defs/positiveInteger/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema33.type,parentSchema:schema33,data:data0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 1 || isNaN(data0)){
const err1 = {instancePath:instancePath+"/embedding_size",schemaPath:"#/$defs/positiveInteger/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema33,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
if(data.num_hidden_groups !== undefined){
let data1 = data.num_hidden_groups;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err2 = {instancePath:instancePath+"/num_hidden_groups",schemaPath:"#/$defs/positiveInteger/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema33.type,parentSchema:schema33,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 1 || isNaN(data1)){
const err3 = {instancePath:instancePath+"/num_hidden_groups",schemaPath:"#/$defs/positiveInteger/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema33,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data.inner_group_num !== undefined){
let data2 = data.inner_group_num;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err4 = {instancePath:instancePath+"/inner_group_num",schemaPath:"#/$defs/positiveInteger/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema33.type,parentSchema:schema33,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
const err5 = {instancePath:instancePath+"/inner_group_num",schemaPath:"#/$defs/positiveInteger/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema33,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
if(data.classifier_dropout_prob !== undefined){
let data3 = data.classifier_dropout_prob;
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 1 || isNaN(data3)){
const err6 = {instancePath:instancePath+"/classifier_dropout_prob",schemaPath:"#/$defs/probability/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema41,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data3 < 0 || isNaN(data3)){
const err7 = {instancePath:instancePath+"/classifier_dropout_prob",schemaPath:"#/$defs/probability/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema41,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/classifier_dropout_prob",schemaPath:"#/$defs/probability/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema41.type,parentSchema:schema41,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema48.type,parentSchema:schema48,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate29.errors = vErrors;
return errors === 0;
}
validate29.evaluated = {"props":{"embedding_size":true,"num_hidden_groups":true,"inner_group_num":true,"classifier_dropout_prob":true,"hidden_size":true,"num_hidden_layers":true,"num_attention_heads":true,"intermediate_size":true,"max_position_embeddings":true,"type_vocab_size":true,"layer_norm_eps":true,"hidden_act":true,"hidden_dropout_prob":true,"attention_probs_dropout_prob":true,"classifier_dropout":true,"position_embedding_type":true},"dynamicProps":false,"dynamicItems":false};

const schema53 = {"description":"DistilBERT.","type":"object","properties":{"dim":{"$ref":"#/$defs/positiveInteger"},"n_layers":{"$ref":"#/$defs/positiveInteger"},"n_heads":{"$ref":"#/$defs/positiveInteger"},"hidden_dim":{"$ref":"#/$defs/positiveInteger"},"max_position_embeddings":{"$ref":"#/$defs/positiveInteger"},"activation":{"$ref":"#/$defs/activation"},"sinusoidal_pos_embds":{"type":"boolean"},"dropout":{"$ref":"#/$defs/probability"},"attention_dropout":{"$ref":"#/$defs/probability"},"qa_dropout":{"$ref":"#/$defs/probability"},"seq_classif_dropout":{"$ref":"#/$defs/probability"}}};

function validate32(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate32.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.dim !== undefined){
let data0 = data.dim;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err0 = {instancePath:instancePath+"/dim",schemaPath:"#/$defs/positiveInteger/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema33.type,parentSchema:schema33,data:data0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 1 || isNaN(data0)){
const err1 = {instancePath:instancePath+"/dim",schemaPath:"#/$defs/positiveInteger/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema33,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
if(data.n_layers !== undefined){
let data1 = data.n_layers;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err2 = {instancePath:instancePath+"/n_layers",schemaPath:"#/$defs/positiveInteger/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema33.type,parentSchema:schema33,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 1 || isNaN(data1)){
const err3 = {instancePath:instancePath+"/n_layers",schemaPath:"#/$defs/positiveInteger/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema33,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data.n_heads !== undefined){
let data2 = data.n_heads;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err4 = {instancePath:instancePath+"/n_heads",schemaPath:"#/$defs/positiveInteger/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema33.type,parentSchema:schema33,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
const err5 = {instancePath:instancePath+"/n_heads",schemaPath:"#/$defs/positiveInteger/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema33,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
if(data.hidden_dim !== undefined){
let data3 = data.hidden_dim;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err6 = {instancePath:instancePath+"/hidden_dim",schemaPath:"#/$defs/positiveInteger/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema33.type,parentSchema:schema33,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 1 || isNaN(data3)){
const err7 = {instancePath:instancePath+"/hidden_dim",schemaPath:"#/$defs/positiveInteger/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema33,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
if(data.max_position_embeddings !== undefined){
let data4 = data.max_position_embeddings;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err8 = {instancePath:instancePath+"/max_position_embeddings",schemaPath:"#/$defs/positiveInteger/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema33.type,parentSchema:schema33,data:data4};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 1 || isNaN(data4)){
const err9 = {instancePath:instancePath+"/max_position_embeddings",schemaPath:"#/$defs/positiveInteger/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema33,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
if(data.activation !== undefined){
let data5 = data.activation;
if(!(((((((((((((((((((((data5 === "gelu") || (data5 === "gelu_new")) || (data5 === "gelu_fast")) || (data5 === "gelu_pytorch_tanh")) || (data5 === "gelu_python")) || (data5 === "gelu_accurate")) || (data5 === "gelu_10")) || (data5 === "quick_gelu")) || (data5 === "relu")) || (data5 === "relu2")) || (data5 === "relu6")) || (data5 === "leaky_relu")) || (data5 === "prelu")) || (data5 === "silu")) || (data5 === "swish")) || (data5 === "mish")) || (data5 === "tanh")) || (data5 === "sigmoid")) || (data5 === "linear")) || (data5 === "laplace")) || (data5 === "xielu"))){
const err10 = {instancePath:instancePath+"/activation",schemaPath:"#/$defs/activation/enum",keyword:"enum",params:{allowedValues: schema40.enum},message:"must be equal to one of the allowed values",schema:schema40.enum,parentSchema:schema40,data:data5};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.sinusoidal_pos_embds !== undefined){
let data6 = data.sinusoidal_pos_embds;
if(typeof data6 !== "boolean"){
const err11 = {instancePath:instancePath+"/sinusoidal_pos_embds",schemaPath:"#/properties/sinusoidal_pos_embds/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema53.properties.sinusoidal_pos_embds.type,parentSchema:schema53.properties.sinusoidal_pos_embds,data:data6};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.dropout !== undefined){
let data7 = data.dropout;
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 > 1 || isNaN(data7)){
const err12 = {instancePath:instancePath+"/dropout",schemaPath:"#/$defs/probability/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema41,data:data7};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data7 < 0 || isNaN(data7)){
const err13 = {instancePath:instancePath+"/dropout",schemaPath:"#/$defs/probability/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema41,data:data7};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/dropout",schemaPath:"#/$defs/probability/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema41.type,parentSchema:schema41,data:data7};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.attention_dropout !== undefined){
let data8 = data.attention_dropout;
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 > 1 || isNaN(data8)){
const err15 = {instancePath:instancePath+"/attention_dropout",schemaPath:"#/$defs/probability/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema41,data:data8};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data8 < 0 || isNaN(data8)){
const err16 = {instancePath:instancePath+"/attention_dropout",schemaPath:"#/$defs/probability/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema41,data:data8};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/attention_dropout",schemaPath:"#/$defs/probability/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema41.type,parentSchema:schema41,data:data8};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.qa_dropout !== undefined){
let data9 = data.qa_dropout;
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 > 1 || isNaN(data9)){
const err18 = {instancePath:instancePath+"/qa_dropout",schemaPath:"#/$defs/probability/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema41,data:data9};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data9 < 0 || isNaN(data9)){
const err19 = {instancePath:instancePath+"/qa_dropout",schemaPath:"#/$defs/probability/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema41,data:data9};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/qa_dropout",schemaPath:"#/$defs/probability/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema41.type,parentSchema:schema41,data:data9};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.seq_classif_dropout !== undefined){
let data10 = data.seq_classif_dropout;
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 > 1 || isNaN(data10)){
const err21 = {instancePath:instancePath+"/seq_classif_dropout",schemaPath:"#/$defs/probability/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema41,data:data10};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data10 < 0 || isNaN(data10)){
const err22 = {instancePath:instancePath+"/seq_classif_dropout",schemaPath:"#/$defs/probability/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema41,data:data10};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/seq_classif_dropout",schemaPath:"#/$defs/probability/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema41.type,parentSchema:schema41,data:data10};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
else {
const err24 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema53.type,parentSchema:schema53,data};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
validate32.errors = vErrors;
return errors === 0;
}
validate32.evaluated = {"props":{"dim":true,"n_layers":true,"n_heads":true,"hidden_dim":true,"max_position_embeddings":true,"activation":true,"sinusoidal_pos_embds":true,"dropout":true,"attention_dropout":true,"qa_dropout":true,"seq_classif_dropout":true},"dynamicProps":false,"dynamicItems":false};

const schema64 = {"description":"GPT-2.","type":"object","properties":{"n_embd":{"$ref":"#/$defs/positiveInteger"},"n_layer":{"$ref":"#/$defs/positiveInteger"},"n_head":{"$ref":"#/$defs/positiveInteger"},"n_positions":{"$ref":"#/$defs/positiveInteger"},"n_ctx":{"$ref":"#/$defs/positiveInteger"},"n_inner":{"$ref":"#/$defs/positiveIntegerOrNull"},"activation_function":{"$ref":"#/$defs/activation"},"layer_norm_epsilon":{"$ref":"#/$defs/positiveNumber"},"resid_pdrop":{"$ref":"#/$defs/probability"},"embd_pdrop":{"$ref":"#/$defs/probability"},"attn_pdrop":{"$ref":"#/$defs/probability"},"summary_type":{"enum":["last","first","mean","cls_index","attn"]},"summary_use_proj":{"type":"boolean"},"summary_activation":{"type":["string","null"]},"summary_proj_to_labels":{"type":"boolean"},"summary_first_dropout":{"$ref":"#/$defs/probability"},"scale_attn_weights":{"type":"boolean"},"scale_attn_by_inverse_layer_idx":{"type":"boolean"},"reorder_and_upcast_attn":{"type":"boolean"}}};
const schema70 = {"type":["integer","null"],"minimum":1};

function validate34(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate34.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.n_embd !== undefined){
let data0 = data.n_embd;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err0 = {instancePath:instancePath+"/n_embd",schemaPath:"#/$defs/positiveInteger/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema33.type,parentSchema:schema33,data:data0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 1 || isNaN(data0)){
const err1 = {instancePath:instancePath+"/n_embd",schemaPath:"#/$defs/positiveInteger/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema33,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
if(data.n_layer !== undefined){
let data1 = data.n_layer;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err2 = {instancePath:instancePath+"/n_layer",schemaPath:"#/$defs/positiveInteger/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema33.type,parentSchema:schema33,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 1 || isNaN(data1)){
const err3 = {instancePath:instancePath+"/n_layer",schemaPath:"#/$defs/positiveInteger/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema33,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data.n_head !== undefined){
let data2 = data.n_head;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err4 = {instancePath:instancePath+"/n_head",schemaPath:"#/$defs/positiveInteger/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema33.type,parentSchema:schema33,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
const err5 = {instancePath:instancePath+"/n_head",schemaPath:"#/$defs/positiveInteger/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema33,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
if(data.n_positions !== undefined){
let data3 = data.n_positions;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err6 = {instancePath:instancePath+"/n_positions",schemaPath:"#/$defs/positiveInteger/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema33.type,parentSchema:schema33,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 1 || isNaN(data3)){
const err7 = {instancePath:instancePath+"/n_positions",schemaPath:"#/$defs/positiveInteger/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema33,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
if(data.n_ctx !== undefined){
let data4 = data.n_ctx;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err8 = {instancePath:instancePath+"/n_ctx",schemaPath:"#/$defs/positiveInteger/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema33.type,parentSchema:schema33,data:data4};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 1 || isNaN(data4)){
const err9 = {instancePath:instancePath+"/n_ctx",schemaPath:"#/$defs/positiveInteger/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema33,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
if(data.n_inner !== undefined){
let data5 = data.n_inner;
if((!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))) && (data5 !== null)){
const err10 = {instancePath:instancePath+"/n_inner",schemaPath:"#/$defs/positiveIntegerOrNull/type",keyword:"type",params:{type: schema70.type},message:"must be integer,null",schema:schema70.type,parentSchema:schema70,data:data5};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 1 || isNaN(data5)){
const err11 = {instancePath:instancePath+"/n_inner",schemaPath:"#/$defs/positiveIntegerOrNull/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema70,data:data5};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
if(data.activation_function !== undefined){
let data6 = data.activation_function;
if(!(((((((((((((((((((((data6 === "gelu") || (data6 === "gelu_new")) || (data6 === "gelu_fast")) || (data6 === "gelu_pytorch_tanh")) || (data6 === "gelu_python")) || (data6 === "gelu_accurate")) || (data6 === "gelu_10")) || (data6 === "quick_gelu")) || (data6 === "relu")) || (data6 === "relu2")) || (data6 === "relu6")) || (data6 === "leaky_relu")) || (data6 === "prelu")) || (data6 === "silu")) || (data6 === "swish")) || (data6 === "mish")) || (data6 === "tanh")) || (data6 === "sigmoid")) || (data6 === "linear")) || (data6 === "laplace")) || (data6 === "xielu"))){
const err12 = {instancePath:instancePath+"/activation_function",schemaPath:"#/$defs/activation/enum",keyword:"enum",params:{allowedValues: schema40.enum},message:"must be equal to one of the allowed values",schema:schema40.enum,parentSchema:schema40,data:data6};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.layer_norm_epsilon !== undefined){
let data7 = data.layer_norm_epsilon;
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 <= 0 || isNaN(data7)){
const err13 = {instancePath:instancePath+"/layer_norm_epsilon",schemaPath:"#/$defs/positiveNumber/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema39,data:data7};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/layer_norm_epsilon",schemaPath:"#/$defs/positiveNumber/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema39.type,parentSchema:schema39,data:data7};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.resid_pdrop !== undefined){
let data8 = data.resid_pdrop;
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 > 1 || isNaN(data8)){
const err15 = {instancePath:instancePath+"/resid_pdrop",schemaPath:"#/$defs/probability/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema41,data:data8};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data8 < 0 || isNaN(data8)){
const err16 = {instancePath:instancePath+"/resid_pdrop",schemaPath:"#/$defs/probability/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema41,data:data8};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/resid_pdrop",schemaPath:"#/$defs/probability/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema41.type,parentSchema:schema41,data:data8};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.embd_pdrop !== undefined){
let data9 = data.embd_pdrop;
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 > 1 || isNaN(data9)){
const err18 = {instancePath:instancePath+"/embd_pdrop",schemaPath:"#/$defs/probability/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema41,data:data9};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data9 < 0 || isNaN(data9)){
const err19 = {instancePath:instancePath+"/embd_pdrop",schemaPath:"#/$defs/probability/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema41,data:data9};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/embd_pdrop",schemaPath:"#/$defs/probability/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema41.type,parentSchema:schema41,data:data9};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.attn_pdrop !== undefined){
let data10 = data.attn_pdrop;
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 > 1 || isNaN(data10)){
const err21 = {instancePath:instancePath+"/attn_pdrop",schemaPath:"#/$defs/probability/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema41,data:data10};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data10 < 0 || isNaN(data10)){
const err22 = {instancePath:instancePath+"/attn_pdrop",schemaPath:"#/$defs/probability/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema41,data:data10};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/attn_pdrop",schemaPath:"#/$defs/probability/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema41.type,parentSchema:schema41,data:data10};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.summary_type !== undefined){
let data11 = data.summary_type;
if(!(((((data11 === "last") || (data11 === "first")) || (data11 === "mean")) || (data11 === "cls_index")) || (data11 === "attn"))){
const err24 = {instancePath:instancePath+"/summary_type",schemaPath:"#/properties/summary_type/enum",keyword:"enum",params:{allowedValues: schema64.properties.summary_type.enum},message:"must be equal to one of the allowed values",schema:schema64.properties.summary_type.enum,parentSchema:schema64.properties.summary_type,data:data11};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.summary_use_proj !== undefined){
let data12 = data.summary_use_proj;
if(typeof data12 !== "boolean"){
const err25 = {instancePath:instancePath+"/summary_use_proj",schemaPath:"#/properties/summary_use_proj/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema64.properties.summary_use_proj.type,parentSchema:schema64.properties.summary_use_proj,data:data12};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.summary_activation !== undefined){
let data13 = data.summary_activation;
if((typeof data13 !== "string") && (data13 !== null)){
const err26 = {instancePath:instancePath+"/summary_activation",schemaPath:"#/properties/summary_activation/type",keyword:"type",params:{type: schema64.properties.summary_activation.type},message:"must be string,null",schema:schema64.properties.summary_activation.type,parentSchema:schema64.properties.summary_activation,data:data13};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.summary_proj_to_labels !== undefined){
let data14 = data.summary_proj_to_labels;
if(typeof data14 !== "boolean"){
const err27 = {instancePath:instancePath+"/summary_proj_to_labels",schemaPath:"#/properties/summary_proj_to_labels/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema64.properties.summary_proj_to_labels.type,parentSchema:schema64.properties.summary_proj_to_labels,data:data14};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.summary_first_dropout !== undefined){
let data15 = data.summary_first_dropout;
if((typeof data15 == "number") && (isFinite(data15))){
if(data15 > 1 || isNaN(data15)){
const err28 = {instancePath:instancePath+"/summary_first_dropout",schemaPath:"#/$defs/probability/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema41,data:data15};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(data15 < 0 || isNaN(data15)){
const err29 = {instancePath:instancePath+"/summary_first_dropout",schemaPath:"#/$defs/probability/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema41,data:data15};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
else {
const err30 = {instancePath:instancePath+"/summary_first_dropout",schemaPath:"#/$defs/probability/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema41.type,parentSchema:schema41,data:data15};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.scale_attn_weights !== undefined){
let data16 = data.scale_attn_weights;
if(typeof data16 !== "boolean"){
const err31 = {instancePath:instancePath+"/scale_attn_weights",schemaPath:"#/properties/scale_attn_weights/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema64.properties.scale_attn_weights.type,parentSchema:schema64.properties.scale_attn_weights,data:data16};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.scale_attn_by_inverse_layer_idx !== undefined){
let data17 = data.scale_attn_by_inverse_layer_idx;
if(typeof data17 !== "boolean"){
const err32 = {instancePath:instancePath+"/scale_attn_by_inverse_layer_idx",schemaPath:"#/properties/scale_attn_by_inverse_layer_idx/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema64.properties.scale_attn_by_inverse_layer_idx.type,parentSchema:schema64.properties.scale_attn_by_inverse_layer_idx,data:data17};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.reorder_and_upcast_attn !== undefined){
let data18 = data.reorder_and_upcast_attn;
if(typeof data18 !== "boolean"){
const err33 = {instancePath:instancePath+"/reorder_and_upcast_attn",schemaPath:"#/properties/reorder_and_upcast_attn/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema64.properties.reorder_and_upcast_attn.type,parentSchema:schema64.properties.reorder_and_upcast_attn,data:data18};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
else {
const err34 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema64.type,parentSchema:schema64,data};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
validate34.errors = vErrors;
return errors === 0;
}
validate34.evaluated = {"props":{"n_embd":true,"n_layer":true,"n_head":true,"n_positions":true,"n_ctx":true,"n_inner":true,"activation_function":true,"layer_norm_epsilon":true,"resid_pdrop":true,"embd_pdrop":true,"attn_pdrop":true,"summary_type":true,"summary_use_proj":true,"summary_activation":true,"summary_proj_to_labels":true,"summary_first_dropout":true,"scale_attn_weights":true,"scale_attn_by_inverse_layer_idx":true,"reorder_and_upcast_attn":true},"dynamicProps":false,"dynamicItems":false};

const schema77 = {"description":"Llama-style decoders (the base of mistral and qwen2).","type":"object","properties":{"hidden_size":{"$ref":"#/$defs/positiveInteger"},"intermediate_size":{"$ref":"#/$defs/positiveInteger"},"num_hidden_layers":{"$ref":"#/$defs/positiveInteger"},"num_attention_heads":{"$ref":"#/$defs/positiveInteger"},"num_key_value_heads":{"$ref":"#/$defs/positiveIntegerOrNull"},"head_dim":{"$ref":"#/$defs/positiveIntegerOrNull"},"max_position_embeddings":{"$ref":"#/$defs/positiveInteger"},"hidden_act":{"$ref":"#/$defs/activation"},"rms_norm_eps":{"$ref":"#/$defs/positiveNumber"},"rope_theta":{"$ref":"#/$defs/positiveNumber"},"rope_scaling":{"$ref":"#/$defs/ropeScaling"},"attention_bias":{"type":"boolean"},"attention_dropout":{"$ref":"#/$defs/probability"},"mlp_bias":{"type":"boolean"},"pretraining_tp":{"$ref":"#/$defs/positiveInteger"}}};
const schema88 = {"description":"RoPE scaling parameters, or null for none.","type":["object","null"],"properties":{"rope_type":{"type":"string","minLength":1},"type":{"type":"string","minLength":1},"factor":{"$ref":"#/$defs/positiveNumber"},"original_max_position_embeddings":{"$ref":"#/$defs/positiveInteger"},"low_freq_factor":{"$ref":"#/$defs/positiveNumber"},"high_freq_factor":{"$ref":"#/$defs/positiveNumber"}}};
const func1 = require("ajv/dist/runtime/ucs2length").default;

function validate37(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate37.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if((!(data && typeof data == "object" && !Array.isArray(data))) && (data !== null)){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: schema88.type},message:"must be object,null",schema:schema88.type,parentSchema:schema88,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.rope_type !== undefined){
let data0 = data.rope_type;
if(typeof data0 === "string"){
if(func1(data0) < 1){
const err1 = {instancePath:instancePath+"/rope_type",schemaPath:"#/properties/rope_type/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema88.properties.rope_type,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/rope_type",schemaPath:"#/properties/rope_type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema88.properties.rope_type.type,parentSchema:schema88.properties.rope_type,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.type !== undefined){
let data1 = data.type;
if(typeof data1 === "string"){
if(func1(data1) < 1){
const err3 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema88.properties.type,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema88.properties.type.type,parentSchema:schema88.properties.type,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.factor !== undefined){
let data2 = data.factor;
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 <= 0 || isNaN(data2)){
const err5 = {instancePath:instancePath+"/factor",schemaPath:"#/$defs/positiveNumber/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema39,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/factor",schemaPath:"#/$defs/positiveNumber/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema39.type,parentSchema:schema39,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.original_max_position_embeddings !== undefined){
let data3 = data.original_max_position_embeddings;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err7 = {instancePath:instancePath+"/original_max_position_embeddings",schemaPath:"#/$defs/positiveInteger/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema33.type,parentSchema:schema33,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 1 || isNaN(data3)){
const err8 = {instancePath:instancePath+"/original_max_position_embeddings",schemaPath:"#/$defs/positiveInteger/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema33,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
if(data.low_freq_factor !== undefined){
let data4 = data.low_freq_factor;
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 <= 0 || isNaN(data4)){
const err9 = {instancePath:instancePath+"/low_freq_factor",schemaPath:"#/$defs/positiveNumber/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema39,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/low_freq_factor",schemaPath:"#/$defs/positiveNumber/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema39.type,parentSchema:schema39,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.high_freq_factor !== undefined){
let data5 = data.high_freq_factor;
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 <= 0 || isNaN(data5)){
const err11 = {instancePath:instancePath+"/high_freq_factor",schemaPath:"#/$defs/positiveNumber/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema39,data:data5};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/high_freq_factor",schemaPath:"#/$defs/positiveNumber/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema39.type,parentSchema:schema39,data:data5};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
validate37.errors = vErrors;
return errors === 0;
}
validate37.evaluated = {"props":{"rope_type":true,"type":true,"factor":true,"original_max_position_embeddings":true,"low_freq_factor":true,"high_freq_factor":true},"dynamicProps":false,"dynamicItems":false};


function validate36(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate36.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.hidden_size !== undefined){
let data0 = data.hidden_size;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err0 = {instancePath:instancePath+"/hidden_size",schemaPath:"#/$defs/positiveInteger/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema33.type,parentSchema:schema33,data:data0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 1 || isNaN(data0)){
const err1 = {instancePath:instancePath+"/hidden_size",schemaPath:"#/$defs/positiveInteger/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema33,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
if(data.intermediate_size !== undefined){
let data1 = data.intermediate_size;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err2 = {instancePath:instancePath+"/intermediate_size",schemaPath:"#/$defs/positiveInteger/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema33.type,parentSchema:schema33,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 1 || isNaN(data1)){
const err3 = {instancePath:instancePath+"/intermediate_size",schemaPath:"#/$defs/positiveInteger/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema33,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data.num_hidden_layers !== undefined){
let data2 = data.num_hidden_layers;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err4 = {instancePath:instancePath+"/num_hidden_layers",schemaPath:"#/$defs/positiveInteger/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema33.type,parentSchema:schema33,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
const err5 = {instancePath:instancePath+"/num_hidden_layers",schemaPath:"#/$defs/positiveInteger/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema33,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
if(data.num_attention_heads !== undefined){
let data3 = data.num_attention_heads;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err6 = {instancePath:instancePath+"/num_attention_heads",schemaPath:"#/$defs/positiveInteger/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema33.type,parentSchema:schema33,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 1 || isNaN(data3)){
const err7 = {instancePath:instancePath+"/num_attention_heads",schemaPath:"#/$defs/positiveInteger/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema33,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
if(data.num_key_value_heads !== undefined){
let data4 = data.num_key_value_heads;
if((!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))) && (data4 !== null)){
const err8 = {instancePath:instancePath+"/num_key_value_heads",schemaPath:"#/$defs/positiveIntegerOrNull/type",keyword:"type",params:{type: schema70.type},message:"must be integer,null",schema:schema70.type,parentSchema:schema70,data:data4};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 1 || isNaN(data4)){
const err9 = {instancePath:instancePath+"/num_key_value_heads",schemaPath:"#/$defs/positiveIntegerOrNull/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema70,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
if(data.head_dim !== undefined){
let data5 = data.head_dim;
if((!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))) && (data5 !== null)){
const err10 = {instancePath:instancePath+"/head_dim",schemaPath:"#/$defs/positiveIntegerOrNull/type",keyword:"type",params:{type: schema70.type},message:"must be integer,null",schema:schema70.type,parentSchema:schema70,data:data5};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 1 || isNaN(data5)){
const err11 = {instancePath:instancePath+"/head_dim",schemaPath:"#/$defs/positiveIntegerOrNull/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema70,data:data5};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
if(data.max_position_embeddings !== undefined){
let data6 = data.max_position_embeddings;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err12 = {instancePath:instancePath+"/max_position_embeddings",schemaPath:"#/$defs/positiveInteger/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema33.type,parentSchema:schema33,data:data6};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 < 1 || isNaN(data6)){
const err13 = {instancePath:instancePath+"/max_position_embeddings",schemaPath:"#/$defs/positiveInteger/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema33,data:data6};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
if(data.hidden_act !== undefined){
let data7 = data.hidden_act;
if(!(((((((((((((((((((((data7 === "gelu") || (data7 === "gelu_new")) || (data7 === "gelu_fast")) || (data7 === "gelu_pytorch_tanh")) || (data7 === "gelu_python")) || (data7 === "gelu_accurate")) || (data7 === "gelu_10")) || (data7 === "quick_gelu")) || (data7 === "relu")) || (data7 === "relu2")) || (data7 === "relu6")) || (data7 === "leaky_relu")) || (data7 === "prelu")) || (data7 === "silu")) || (data7 === "swish")) || (data7 === "mish")) || (data7 === "tanh")) || (data7 === "sigmoid")) || (data7 === "linear")) || (data7 === "laplace")) || (data7 === "xielu"))){
const err14 = {instancePath:instancePath+"/hidden_act",schemaPath:"#/$defs/activation/enum",keyword:"enum",params:{allowedValues: schema40.enum},message:"must be equal to one of the allowed values",schema:schema40.enum,parentSchema:schema40,data:data7};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.rms_norm_eps !== undefined){
let data8 = data.rms_norm_eps;
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 <= 0 || isNaN(data8)){
const err15 = {instancePath:instancePath+"/rms_norm_eps",schemaPath:"#/$defs/positiveNumber/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema39,data:data8};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/rms_norm_eps",schemaPath:"#/$defs/positiveNumber/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema39.type,parentSchema:schema39,data:data8};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.rope_theta !== undefined){
let data9 = data.rope_theta;
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 <= 0 || isNaN(data9)){
const err17 = {instancePath:instancePath+"/rope_theta",schemaPath:"#/$defs/positiveNumber/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema39,data:data9};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/rope_theta",schemaPath:"#/$defs/positiveNumber/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema39.type,parentSchema:schema39,data:data9};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.rope_scaling !== undefined){
if(!(validate37(data.rope_scaling, {instancePath:instancePath+"/rope_scaling",parentData:data,parentDataProperty:"rope_scaling",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
errors = vErrors.length;
}
}
if(data.attention_bias !== undefined){
let data11 = data.attention_bias;
if(typeof data11 !== "boolean"){
const err19 = {instancePath:instancePath+"/attention_bias",schemaPath:"#/properties/attention_bias/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema77.properties.attention_bias.type,parentSchema:schema77.properties.attention_bias,data:data11};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.attention_dropout !== undefined){
let data12 = data.attention_dropout;
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 > 1 || isNaN(data12)){
const err20 = {instancePath:instancePath+"/attention_dropout",schemaPath:"#/$defs/probability/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema41,data:data12};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data12 < 0 || isNaN(data12)){
const err21 = {instancePath:instancePath+"/attention_dropout",schemaPath:"#/$defs/probability/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema41,data:data12};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/attention_dropout",schemaPath:"#/$defs/probability/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema41.type,parentSchema:schema41,data:data12};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.mlp_bias !== undefined){
let data13 = data.mlp_bias;
if(typeof data13 !== "boolean"){
const err23 = {instancePath:instancePath+"/mlp_bias",schemaPath:"#/properties/mlp_bias/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema77.properties.mlp_bias.type,parentSchema:schema77.properties.mlp_bias,data:data13};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.pretraining_tp !== undefined){
let data14 = data.pretraining_tp;
if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){
const err24 = {instancePath:instancePath+"/pretraining_tp",schemaPath:"#/$defs/positiveInteger/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema33.type,parentSchema:schema33,data:data14};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 < 1 || isNaN(data14)){
const err25 = {instancePath:instancePath+"/pretraining_tp",schemaPath:"#/$defs/positiveInteger/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema33,data:data14};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
}
else {
const err26 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema77.type,parentSchema:schema77,data};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
validate36.errors = vErrors;
return errors === 0;
}
validate36.evaluated = {"props":{"hidden_size":true,"intermediate_size":true,"num_hidden_layers":true,"num_attention_heads":true,"num_key_value_heads":true,"head_dim":true,"max_position_embeddings":true,"hidden_act":true,"rms_norm_eps":true,"rope_theta":true,"rope_scaling":true,"attention_bias":true,"attention_dropout":true,"mlp_bias":true,"pretraining_tp":true},"dynamicProps":false,"dynamicItems":false};

const schema95 = {"description":"Mistral: Llama fields plus sliding-window attention.","type":"object","$ref":"#/$defs/llama","properties":{"sliding_window":{"$ref":"#/$defs/positiveIntegerOrNull"}}};

function validate40(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate40.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate36(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
errors = vErrors.length;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.sliding_window !== undefined){
let data0 = data.sliding_window;
if((!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))) && (data0 !== null)){
const err0 = {instancePath:instancePath+"/sliding_window",schemaPath:"#/$defs/positiveIntegerOrNull/type",keyword:"type",params:{type: schema70.type},message:"must be integer,null",schema:schema70.type,parentSchema:schema70,data:data0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 1 || isNaN(data0)){
const err1 = {instancePath:instancePath+"/sliding_window",schemaPath:"#/$defs/positiveIntegerOrNull/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema70,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema95.type,parentSchema:schema95,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate40.errors = vErrors;
return errors === 0;
}
validate40.evaluated = {"props":{"sliding_window":true,"hidden_size":true,"intermediate_size":true,"num_hidden_layers":true,"num_attention_heads":true,"num_key_value_heads":true,"head_dim":true,"max_position_embeddings":true,"hidden_act":true,"rms_norm_eps":true,"rope_theta":true,"rope_scaling":true,"attention_bias":true,"attention_dropout":true,"mlp_bias":true,"pretraining_tp":true},"dynamicProps":false,"dynamicItems":false};

const schema97 = {"description":"Qwen2: Llama fields plus optional sliding-window attention.","type":"object","$ref":"#/$defs/llama","properties":{"use_sliding_window":{"type":"boolean"},"sliding_window":{"$ref":"#/$defs/positiveIntegerOrNull"},"max_window_layers":{"$ref":"#/$defs/nonNegativeInteger"},"layer_types":{"type":"array","items":{"type":"string","minLength":1}}}};
const schema99 = {"type":"integer","minimum":0};

function validate43(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate43.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate36(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
errors = vErrors.length;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.use_sliding_window !== undefined){
let data0 = data.use_sliding_window;
if(typeof data0 !== "boolean"){
const err0 = {instancePath:instancePath+"/use_sliding_window",schemaPath:"#/properties/use_sliding_window/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema97.properties.use_sliding_window.type,parentSchema:schema97.properties.use_sliding_window,data:data0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.sliding_window !== undefined){
let data1 = data.sliding_window;
if((!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))) && (data1 !== null)){
const err1 = {instancePath:instancePath+"/sliding_window",schemaPath:"#/$defs/positiveIntegerOrNull/type",keyword:"type",params:{type: schema70.type},message:"must be integer,null",schema:schema70.type,parentSchema:schema70,data:data1};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 1 || isNaN(data1)){
const err2 = {instancePath:instancePath+"/sliding_window",schemaPath:"#/$defs/positiveIntegerOrNull/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema70,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
if(data.max_window_layers !== undefined){
let data2 = data.max_window_layers;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err3 = {instancePath:instancePath+"/max_window_layers",schemaPath:"#/$defs/nonNegativeInteger/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema99.type,parentSchema:schema99,data:data2};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 0 || isNaN(data2)){
const err4 = {instancePath:instancePath+"/max_window_layers",schemaPath:"#/$defs/nonNegativeInteger/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema99,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
if(data.layer_types !== undefined){
let data3 = data.layer_types;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
if(typeof data4 === "string"){
if(func1(data4) < 1){
const err5 = {instancePath:instancePath+"/layer_types/" + i0,schemaPath:"#/properties/layer_types/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema97.properties.layer_types.items,data:data4};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/layer_types/" + i0,schemaPath:"#/properties/layer_types/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema97.properties.layer_types.items.type,parentSchema:schema97.properties.layer_types.items,data:data4};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath:instancePath+"/layer_types",schemaPath:"#/properties/layer_types/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema97.properties.layer_types.type,parentSchema:schema97.properties.layer_types,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema97.type,parentSchema:schema97,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate43.errors = vErrors;
return errors === 0;
}
validate43.evaluated = {"props":{"use_sliding_window":true,"sliding_window":true,"max_window_layers":true,"layer_types":true,"hidden_size":true,"intermediate_size":true,"num_hidden_layers":true,"num_attention_heads":true,"num_key_value_heads":true,"head_dim":true,"max_position_embeddings":true,"hidden_act":true,"rms_norm_eps":true,"rope_theta":true,"rope_scaling":true,"attention_bias":true,"attention_dropout":true,"mlp_bias":true,"pretraining_tp":true},"dynamicProps":false,"dynamicItems":false};

const schema100 = {"description":"Qwen3: Qwen2 fields; every attention layer normalizes q and k per head (RMSNorm).","type":"object","$ref":"#/$defs/qwen2"};

function validate46(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate46.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(data && typeof data == "object" && !Array.isArray(data))){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema100.type,parentSchema:schema100,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!(validate43(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
errors = vErrors.length;
}
validate46.errors = vErrors;
return errors === 0;
}
validate46.evaluated = {"props":{"use_sliding_window":true,"sliding_window":true,"max_window_layers":true,"layer_types":true,"hidden_size":true,"intermediate_size":true,"num_hidden_layers":true,"num_attention_heads":true,"num_key_value_heads":true,"head_dim":true,"max_position_embeddings":true,"hidden_act":true,"rms_norm_eps":true,"rope_theta":true,"rope_scaling":true,"attention_bias":true,"attention_dropout":true,"mlp_bias":true,"pretraining_tp":true},"dynamicProps":false,"dynamicItems":false};

const schema101 = {"description":"Phi-3: Llama fields with fused qkv / gate_up projections, partial rotary embeddings and sliding-window attention.","type":"object","$ref":"#/$defs/llama","properties":{"sliding_window":{"$ref":"#/$defs/positiveIntegerOrNull"},"partial_rotary_factor":{"type":"number","exclusiveMinimum":0,"maximum":1,"x-expected":"a number in (0, 1]"},"original_max_position_embeddings":{"$ref":"#/$defs/positiveInteger"},"resid_pdrop":{"$ref":"#/$defs/probability"},"embd_pdrop":{"$ref":"#/$defs/probability"}}};

function validate49(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate49.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate36(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
errors = vErrors.length;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.sliding_window !== undefined){
let data0 = data.sliding_window;
if((!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))) && (data0 !== null)){
const err0 = {instancePath:instancePath+"/sliding_window",schemaPath:"#/$defs/positiveIntegerOrNull/type",keyword:"type",params:{type: schema70.type},message:"must be integer,null",schema:schema70.type,parentSchema:schema70,data:data0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 1 || isNaN(data0)){
const err1 = {instancePath:instancePath+"/sliding_window",schemaPath:"#/$defs/positiveIntegerOrNull/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema70,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
if(data.partial_rotary_factor !== undefined){
let data1 = data.partial_rotary_factor;
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 1 || isNaN(data1)){
const err2 = {instancePath:instancePath+"/partial_rotary_factor",schemaPath:"#/properties/partial_rotary_factor/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema101.properties.partial_rotary_factor,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data1 <= 0 || isNaN(data1)){
const err3 = {instancePath:instancePath+"/partial_rotary_factor",schemaPath:"#/properties/partial_rotary_factor/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema101.properties.partial_rotary_factor,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/partial_rotary_factor",schemaPath:"#/properties/partial_rotary_factor/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema101.properties.partial_rotary_factor.type,parentSchema:schema101.properties.partial_rotary_factor,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.original_max_position_embeddings !== undefined){
let data2 = data.original_max_position_embeddings;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err5 = {instancePath:instancePath+"/original_max_position_embeddings",schemaPath:"#/$defs/positiveInteger/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema33.type,parentSchema:schema33,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
const err6 = {instancePath:instancePath+"/original_max_position_embeddings",schemaPath:"#/$defs/positiveInteger/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema33,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data.resid_pdrop !== undefined){
let data3 = data.resid_pdrop;
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 1 || isNaN(data3)){
const err7 = {instancePath:instancePath+"/resid_pdrop",schemaPath:"#/$defs/probability/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema41,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data3 < 0 || isNaN(data3)){
const err8 = {instancePath:instancePath+"/resid_pdrop",schemaPath:"#/$defs/probability/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema41,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/resid_pdrop",schemaPath:"#/$defs/probability/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema41.type,parentSchema:schema41,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.embd_pdrop !== undefined){
let data4 = data.embd_pdrop;
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 1 || isNaN(data4)){
const err10 = {instancePath:instancePath+"/embd_pdrop",schemaPath:"#/$defs/probability/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema41,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data4 < 0 || isNaN(data4)){
const err11 = {instancePath:instancePath+"/embd_pdrop",schemaPath:"#/$defs/probability/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema41,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/embd_pdrop",schemaPath:"#/$defs/probability/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema41.type,parentSchema:schema41,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema101.type,parentSchema:schema101,data};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
validate49.errors = vErrors;
return errors === 0;
}
validate49.evaluated = {"props":{"sliding_window":true,"partial_rotary_factor":true,"original_max_position_embeddings":true,"resid_pdrop":true,"embd_pdrop":true,"hidden_size":true,"intermediate_size":true,"num_hidden_layers":true,"num_attention_heads":true,"num_key_value_heads":true,"head_dim":true,"max_position_embeddings":true,"hidden_act":true,"rms_norm_eps":true,"rope_theta":true,"rope_scaling":true,"attention_bias":true,"attention_dropout":true,"mlp_bias":true,"pretraining_tp":true},"dynamicProps":false,"dynamicItems":false};

const schema106 = {"description":"Gemma: Llama fields with a gelu-tanh gated MLP, (1 + weight) RMSNorm and a head_dim independent of the hidden size.","type":"object","$ref":"#/$defs/llama","properties":{"hidden_activation":{"type":["string","null"]}}};

function validate52(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate52.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate36(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
errors = vErrors.length;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.hidden_activation !== undefined){
let data0 = data.hidden_activation;
if((typeof data0 !== "string") && (data0 !== null)){
const err0 = {instancePath:instancePath+"/hidden_activation",schemaPath:"#/properties/hidden_activation/type",keyword:"type",params:{type: schema106.properties.hidden_activation.type},message:"must be string,null",schema:schema106.properties.hidden_activation.type,parentSchema:schema106.properties.hidden_activation,data:data0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema106.type,parentSchema:schema106,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate52.errors = vErrors;
return errors === 0;
}
validate52.evaluated = {"props":{"hidden_activation":true,"hidden_size":true,"intermediate_size":true,"num_hidden_layers":true,"num_attention_heads":true,"num_key_value_heads":true,"head_dim":true,"max_position_embeddings":true,"hidden_act":true,"rms_norm_eps":true,"rope_theta":true,"rope_scaling":true,"attention_bias":true,"attention_dropout":true,"mlp_bias":true,"pretraining_tp":true},"dynamicProps":false,"dynamicItems":false};

const schema107 = {"description":"BART encoder-decoder.","type":"object","properties":{"d_model":{"$ref":"#/$defs/positiveInteger"},"encoder_layers":{"$ref":"#/$defs/positiveInteger"},"decoder_layers":{"$ref":"#/$defs/positiveInteger"},"encoder_attention_heads":{"$ref":"#/$defs/positiveInteger"},"decoder_attention_heads":{"$ref":"#/$defs/positiveInteger"},"encoder_ffn_dim":{"$ref":"#/$defs/positiveInteger"},"decoder_ffn_dim":{"$ref":"#/$defs/positiveInteger"},"max_position_embeddings":{"$ref":"#/$defs/positiveInteger"},"num_hidden_layers":{"$ref":"#/$defs/positiveInteger"},"activation_function":{"$ref":"#/$defs/activation"},"dropout":{"$ref":"#/$defs/probability"},"attention_dropout":{"$ref":"#/$defs/probability"},"activation_dropout":{"$ref":"#/$defs/probability"},"classifier_dropout":{"$ref":"#/$defs/probabilityOrNull"},"encoder_layerdrop":{"$ref":"#/$defs/probability"},"decoder_layerdrop":{"$ref":"#/$defs/probability"},"init_std":{"$ref":"#/$defs/nonNegativeNumber"},"scale_embedding":{"type":"boolean"},"normalize_before":{"type":"boolean"},"add_final_layer_norm":{"type":"boolean"},"normalize_embedding":{"type":"boolean"},"static_position_embeddings":{"type":"boolean"},"add_bias_logits":{"type":"boolean"}}};

function validate55(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate55.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.d_model !== undefined){
let data0 = data.d_model;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err0 = {instancePath:instancePath+"/d_model",schemaPath:"#/$defs/positiveInteger/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema33.type,parentSchema:schema33,data:data0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 1 || isNaN(data0)){
const err1 = {instancePath:instancePath+"/d_model",schemaPath:"#/$defs/positiveInteger/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema33,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
if(data.encoder_layers !== undefined){
let data1 = data.encoder_layers;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err2 = {instancePath:instancePath+"/encoder_layers",schemaPath:"#/$defs/positiveInteger/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema33.type,parentSchema:schema33,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 1 || isNaN(data1)){
const err3 = {instancePath:instancePath+"/encoder_layers",schemaPath:"#/$defs/positiveInteger/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema33,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data.decoder_layers !== undefined){
let data2 = data.decoder_layers;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err4 = {instancePath:instancePath+"/decoder_layers",schemaPath:"#/$defs/positiveInteger/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema33.type,parentSchema:schema33,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
const err5 = {instancePath:instancePath+"/decoder_layers",schemaPath:"#/$defs/positiveInteger/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema33,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
if(data.encoder_attention_heads !== undefined){
let data3 = data.encoder_attention_heads;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err6 = {instancePath:instancePath+"/encoder_attention_heads",schemaPath:"#/$defs/positiveInteger/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema33.type,parentSchema:schema33,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 1 || isNaN(data3)){
const err7 = {instancePath:instancePath+"/encoder_attention_heads",schemaPath:"#/$defs/positiveInteger/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema33,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
if(data.decoder_attention_heads !== undefined){
let data4 = data.decoder_attention_heads;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err8 = {instancePath:instancePath+"/decoder_attention_heads",schemaPath:"#/$defs/positiveInteger/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema33.type,parentSchema:schema33,data:data4};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 1 || isNaN(data4)){
const err9 = {instancePath:instancePath+"/decoder_attention_heads",schemaPath:"#/$defs/positiveInteger/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema33,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
if(data.encoder_ffn_dim !== undefined){
let data5 = data.encoder_ffn_dim;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err10 = {instancePath:instancePath+"/encoder_ffn_dim",schemaPath:"#/$defs/positiveInteger/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema33.type,parentSchema:schema33,data:data5};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 1 || isNaN(data5)){
const err11 = {instancePath:instancePath+"/encoder_ffn_dim",schemaPath:"#/$defs/positiveInteger/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema33,data:data5};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
if(data.decoder_ffn_dim !== undefined){
let data6 = data.decoder_ffn_dim;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err12 = {instancePath:instancePath+"/decoder_ffn_dim",schemaPath:"#/$defs/positiveInteger/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema33.type,parentSchema:schema33,data:data6};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 < 1 || isNaN(data6)){
const err13 = {instancePath:instancePath+"/decoder_ffn_dim",schemaPath:"#/$defs/positiveInteger/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema33,data:data6};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
if(data.max_position_embeddings !== undefined){
let data7 = data.max_position_embeddings;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err14 = {instancePath:instancePath+"/max_position_embeddings",schemaPath:"#/$defs/positiveInteger/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema33.type,parentSchema:schema33,data:data7};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 < 1 || isNaN(data7)){
const err15 = {instancePath:instancePath+"/max_position_embeddings",schemaPath:"#/$defs/positiveInteger/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema33,data:data7};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
if(data.num_hidden_layers !== undefined){
let data8 = data.num_hidden_layers;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err16 = {instancePath:instancePath+"/num_hidden_layers",schemaPath:"#/$defs/positiveInteger/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema33.type,parentSchema:schema33,data:data8};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 < 1 || isNaN(data8)){
const err17 = {instancePath:instancePath+"/num_hidden_layers",schemaPath:"#/$defs/positiveInteger/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema33,data:data8};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
if(data.activation_function !== undefined){
let data9 = data.activation_function;
if(!(((((((((((((((((((((data9 === "gelu") || (data9 === "gelu_new")) || (data9 === "gelu_fast")) || (data9 === "gelu_pytorch_tanh")) || (data9 === "gelu_python")) || (data9 === "gelu_accurate")) || (data9 === "gelu_10")) || (data9 === "quick_gelu")) || (data9 === "relu")) || (data9 === "relu2")) || (data9 === "relu6")) || (data9 === "leaky_relu")) || (data9 === "prelu")) || (data9 === "silu")) || (data9 === "swish")) || (data9 === "mish")) || (data9 === "tanh")) || (data9 === "sigmoid")) || (data9 === "linear")) || (data9 === "laplace")) || (data9 === "xielu"))){
const err18 = {instancePath:instancePath+"/activation_function",schemaPath:"#/$defs/activation/enum",keyword:"enum",params:{allowedValues: schema40.enum},message:"must be equal to one of the allowed values",schema:schema40.enum,parentSchema:schema40,data:data9};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.dropout !== undefined){
let data10 = data.dropout;
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 > 1 || isNaN(data10)){
const err19 = {instancePath:instancePath+"/dropout",schemaPath:"#/$defs/probability/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema41,data:data10};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data10 < 0 || isNaN(data10)){
const err20 = {instancePath:instancePath+"/dropout",schemaPath:"#/$defs/probability/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema41,data:data10};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/dropout",schemaPath:"#/$defs/probability/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema41.type,parentSchema:schema41,data:data10};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.attention_dropout !== undefined){
let data11 = data.attention_dropout;
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 > 1 || isNaN(data11)){
const err22 = {instancePath:instancePath+"/attention_dropout",schemaPath:"#/$defs/probability/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema41,data:data11};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data11 < 0 || isNaN(data11)){
const err23 = {instancePath:instancePath+"/attention_dropout",schemaPath:"#/$defs/probability/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema41,data:data11};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/attention_dropout",schemaPath:"#/$defs/probability/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema41.type,parentSchema:schema41,data:data11};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.activation_dropout !== undefined){
let data12 = data.activation_dropout;
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 > 1 || isNaN(data12)){
const err25 = {instancePath:instancePath+"/activation_dropout",schemaPath:"#/$defs/probability/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema41,data:data12};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(data12 < 0 || isNaN(data12)){
const err26 = {instancePath:instancePath+"/activation_dropout",schemaPath:"#/$defs/probability/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema41,data:data12};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/activation_dropout",schemaPath:"#/$defs/probability/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema41.type,parentSchema:schema41,data:data12};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.classifier_dropout !== undefined){
let data13 = data.classifier_dropout;
if((!((typeof data13 == "number") && (isFinite(data13)))) && (data13 !== null)){
const err28 = {instancePath:instancePath+"/classifier_dropout",schemaPath:"#/$defs/probabilityOrNull/type",keyword:"type",params:{type: schema43.type},message:"must be number,null",schema:schema43.type,parentSchema:schema43,data:data13};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 > 1 || isNaN(data13)){
const err29 = {instancePath:instancePath+"/classifier_dropout",schemaPath:"#/$defs/probabilityOrNull/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema43,data:data13};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(data13 < 0 || isNaN(data13)){
const err30 = {instancePath:instancePath+"/classifier_dropout",schemaPath:"#/$defs/probabilityOrNull/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema43,data:data13};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
if(data.encoder_layerdrop !== undefined){
let data14 = data.encoder_layerdrop;
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 > 1 || isNaN(data14)){
const err31 = {instancePath:instancePath+"/encoder_layerdrop",schemaPath:"#/$defs/probability/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema41,data:data14};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(data14 < 0 || isNaN(data14)){
const err32 = {instancePath:instancePath+"/encoder_layerdrop",schemaPath:"#/$defs/probability/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema41,data:data14};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/encoder_layerdrop",schemaPath:"#/$defs/probability/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema41.type,parentSchema:schema41,data:data14};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.decoder_layerdrop !== undefined){
let data15 = data.decoder_layerdrop;
if((typeof data15 == "number") && (isFinite(data15))){
if(data15 > 1 || isNaN(data15)){
const err34 = {instancePath:instancePath+"/decoder_layerdrop",schemaPath:"#/$defs/probability/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema41,data:data15};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(data15 < 0 || isNaN(data15)){
const err35 = {instancePath:instancePath+"/decoder_layerdrop",schemaPath:"#/$defs/probability/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema41,data:data15};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
else {
const err36 = {instancePath:instancePath+"/decoder_layerdrop",schemaPath:"#/$defs/probability/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema41.type,parentSchema:schema41,data:data15};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data.init_std !== undefined){
let data16 = data.init_std;
if((typeof data16 == "number") && (isFinite(data16))){
if(data16 < 0 || isNaN(data16)){
const err37 = {instancePath:instancePath+"/init_std",schemaPath:"#/$defs/nonNegativeNumber/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema124,data:data16};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
else {
const err38 = {instancePath:instancePath+"/init_std",schemaPath:"#/$defs/nonNegativeNumber/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema124.type,parentSchema:schema124,data:data16};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data.scale_embedding !== undefined){
let data17 = data.scale_embedding;
if(typeof data17 !== "boolean"){
const err39 = {instancePath:instancePath+"/scale_embedding",schemaPath:"#/properties/scale_embedding/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema107.properties.scale_embedding.type,parentSchema:schema107.properties.scale_embedding,data:data17};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data.normalize_before !== undefined){
let data18 = data.normalize_before;
if(typeof data18 !== "boolean"){
const err40 = {instancePath:instancePath+"/normalize_before",schemaPath:"#/properties/normalize_before/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema107.properties.normalize_before.type,parentSchema:schema107.properties.normalize_before,data:data18};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data.add_final_layer_norm !== undefined){
let data19 = data.add_final_layer_norm;
if(typeof data19 !== "boolean"){
const err41 = {instancePath:instancePath+"/add_final_layer_norm",schemaPath:"#/properties/add_final_layer_norm/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema107.properties.add_final_layer_norm.type,parentSchema:schema107.properties.add_final_layer_norm,data:data19};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data.normalize_embedding !== undefined){
let data20 = data.normalize_embedding;
if(typeof data20 !== "boolean"){
const err42 = {instancePath:instancePath+"/normalize_embedding",schemaPath:"#/properties/normalize_embedding/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema107.properties.normalize_embedding.type,parentSchema:schema107.properties.normalize_embedding,data:data20};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data.static_position_embeddings !== undefined){
let data21 = data.static_position_embeddings;
if(typeof data21 !== "boolean"){
const err43 = {instancePath:instancePath+"/static_position_embeddings",schemaPath:"#/properties/static_position_embeddings/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema107.properties.static_position_embeddings.type,parentSchema:schema107.properties.static_position_embeddings,data:data21};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data.add_bias_logits !== undefined){
let data22 = data.add_bias_logits;
if(typeof data22 !== "boolean"){
const err44 = {instancePath:instancePath+"/add_bias_logits",schemaPath:"#/properties/add_bias_logits/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema107.properties.add_bias_logits.type,parentSchema:schema107.properties.add_bias_logits,data:data22};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
}
else {
const err45 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema107.type,parentSchema:schema107,data};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
validate55.errors = vErrors;
return errors === 0;
}
validate55.evaluated = {"props":{"d_model":true,"encoder_layers":true,"decoder_layers":true,"encoder_attention_heads":true,"decoder_attention_heads":true,"encoder_ffn_dim":true,"decoder_ffn_dim":true,"max_position_embeddings":true,"num_hidden_layers":true,"activation_function":true,"dropout":true,"attention_dropout":true,"activation_dropout":true,"classifier_dropout":true,"encoder_layerdrop":true,"decoder_layerdrop":true,"init_std":true,"scale_embedding":true,"normalize_before":true,"add_final_layer_norm":true,"normalize_embedding":true,"static_position_embeddings":true,"add_bias_logits":true},"dynamicProps":false,"dynamicItems":false};

const schema125 = {"description":"T5 encoder-decoder.","type":"object","properties":{"d_model":{"$ref":"#/$defs/positiveInteger"},"d_kv":{"$ref":"#/$defs/positiveInteger"},"d_ff":{"$ref":"#/$defs/positiveInteger"},"num_layers":{"$ref":"#/$defs/positiveInteger"},"num_decoder_layers":{"$ref":"#/$defs/positiveIntegerOrNull"},"num_heads":{"$ref":"#/$defs/positiveInteger"},"relative_attention_num_buckets":{"$ref":"#/$defs/positiveInteger"},"relative_attention_max_distance":{"$ref":"#/$defs/positiveInteger"},"layer_norm_epsilon":{"$ref":"#/$defs/positiveNumber"},"dropout_rate":{"$ref":"#/$defs/probability"},"feed_forward_proj":{"type":"string","minLength":1}}};

function validate57(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate57.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.d_model !== undefined){
let data0 = data.d_model;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err0 = {instancePath:instancePath+"/d_model",schemaPath:"#/$defs/positiveInteger/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema33.type,parentSchema:schema33,data:data0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 1 || isNaN(data0)){
const err1 = {instancePath:instancePath+"/d_model",schemaPath:"#/$defs/positiveInteger/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema33,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
if(data.d_kv !== undefined){
let data1 = data.d_kv;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err2 = {instancePath:instancePath+"/d_kv",schemaPath:"#/$defs/positiveInteger/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema33.type,parentSchema:schema33,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 1 || isNaN(data1)){
const err3 = {instancePath:instancePath+"/d_kv",schemaPath:"#/$defs/positiveInteger/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema33,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data.d_ff !== undefined){
let data2 = data.d_ff;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err4 = {instancePath:instancePath+"/d_ff",schemaPath:"#/$defs/positiveInteger/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema33.type,parentSchema:schema33,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
const err5 = {instancePath:instancePath+"/d_ff",schemaPath:"#/$defs/positiveInteger/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema33,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
if(data.num_layers !== undefined){
let data3 = data.num_layers;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err6 = {instancePath:instancePath+"/num_layers",schemaPath:"#/$defs/positiveInteger/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema33.type,parentSchema:schema33,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 1 || isNaN(data3)){
const err7 = {instancePath:instancePath+"/num_layers",schemaPath:"#/$defs/positiveInteger/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema33,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
if(data.num_decoder_layers !== undefined){
let data4 = data.num_decoder_layers;
if((!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))) && (data4 !== null)){
const err8 = {instancePath:instancePath+"/num_decoder_layers",schemaPath:"#/$defs/positiveIntegerOrNull/type",keyword:"type",params:{type: schema70.type},message:"must be integer,null",schema:schema70.type,parentSchema:schema70,data:data4};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 1 || isNaN(data4)){
const err9 = {instancePath:instancePath+"/num_decoder_layers",schemaPath:"#/$defs/positiveIntegerOrNull/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema70,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
if(data.num_heads !== undefined){
let data5 = data.num_heads;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err10 = {instancePath:instancePath+"/num_heads",schemaPath:"#/$defs/positiveInteger/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema33.type,parentSchema:schema33,data:data5};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 1 || isNaN(data5)){
const err11 = {instancePath:instancePath+"/num_heads",schemaPath:"#/$defs/positiveInteger/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema33,data:data5};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
if(data.relative_attention_num_buckets !== undefined){
let data6 = data.relative_attention_num_buckets;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err12 = {instancePath:instancePath+"/relative_attention_num_buckets",schemaPath:"#/$defs/positiveInteger/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema33.type,parentSchema:schema33,data:data6};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 < 1 || isNaN(data6)){
const err13 = {instancePath:instancePath+"/relative_attention_num_buckets",schemaPath:"#/$defs/positiveInteger/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema33,data:data6};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
if(data.relative_attention_max_distance !== undefined){
let data7 = data.relative_attention_max_distance;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err14 = {instancePath:instancePath+"/relative_attention_max_distance",schemaPath:"#/$defs/positiveInteger/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema33.type,parentSchema:schema33,data:data7};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 < 1 || isNaN(data7)){
const err15 = {instancePath:instancePath+"/relative_attention_max_distance",schemaPath:"#/$defs/positiveInteger/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema33,data:data7};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
if(data.layer_norm_epsilon !== undefined){
let data8 = data.layer_norm_epsilon;
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 <= 0 || isNaN(data8)){
const err16 = {instancePath:instancePath+"/layer_norm_epsilon",schemaPath:"#/$defs/positiveNumber/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema39,data:data8};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/layer_norm_epsilon",schemaPath:"#/$defs/positiveNumber/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema39.type,parentSchema:schema39,data:data8};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.dropout_rate !== undefined){
let data9 = data.dropout_rate;
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 > 1 || isNaN(data9)){
const err18 = {instancePath:instancePath+"/dropout_rate",schemaPath:"#/$defs/probability/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema41,data:data9};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data9 < 0 || isNaN(data9)){
const err19 = {instancePath:instancePath+"/dropout_rate",schemaPath:"#/$defs/probability/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema41,data:data9};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/dropout_rate",schemaPath:"#/$defs/probability/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema41.type,parentSchema:schema41,data:data9};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.feed_forward_proj !== undefined){
let data10 = data.feed_forward_proj;
if(typeof data10 === "string"){
if(func1(data10) < 1){
const err21 = {instancePath:instancePath+"/feed_forward_proj",schemaPath:"#/properties/feed_forward_proj/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema125.properties.feed_forward_proj,data:data10};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/feed_forward_proj",schemaPath:"#/properties/feed_forward_proj/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema125.properties.feed_forward_proj.type,parentSchema:schema125.properties.feed_forward_proj,data:data10};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
else {
const err23 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema125.type,parentSchema:schema125,data};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
validate57.errors = vErrors;
return errors === 0;
}
validate57.evaluated = {"props":{"d_model":true,"d_kv":true,"d_ff":true,"num_layers":true,"num_decoder_layers":true,"num_heads":true,"relative_attention_num_buckets":true,"relative_attention_max_distance":true,"layer_norm_epsilon":true,"dropout_rate":true,"feed_forward_proj":true},"dynamicProps":false,"dynamicItems":false};

const pattern4 = new RegExp("^(0|[1-9][0-9]*)$", "u");

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://mlpack.dev/schemas/config.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs3 = errors;
let valid1 = true;
const _errs4 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.model_type === undefined) && (missing0 = "model_type")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data.model_type !== undefined){
if("bert" !== data.model_type){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
}
var _valid0 = _errs4 === errors;
errors = _errs3;
if(vErrors !== null){
if(_errs3){
vErrors.length = _errs3;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs6 = errors;
if(!(validate21(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
var _valid0 = _errs6 === errors;
valid1 = _valid0;
if(valid1){
var props0 = {};
props0.hidden_size = true;
props0.num_hidden_layers = true;
props0.num_attention_heads = true;
props0.intermediate_size = true;
props0.max_position_embeddings = true;
props0.type_vocab_size = true;
props0.layer_norm_eps = true;
props0.hidden_act = true;
props0.hidden_dropout_prob = true;
props0.attention_probs_dropout_prob = true;
props0.classifier_dropout = true;
props0.position_embedding_type = true;
props0.model_type = true;
}
}
if(!valid1){
const err2 = {instancePath,schemaPath:"#/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema31.allOf[0].if,parentSchema:schema31.allOf[0],data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
const _errs8 = errors;
let valid3 = true;
const _errs9 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((data.model_type === undefined) && (missing1 = "model_type")){
const err3 = {};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
else {
if(data.model_type !== undefined){
if("roberta" !== data.model_type){
const err4 = {};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
}
var _valid1 = _errs9 === errors;
errors = _errs8;
if(vErrors !== null){
if(_errs8){
vErrors.length = _errs8;
}
else {
vErrors = null;
}
}
if(_valid1){
const _errs11 = errors;
if(!(validate21(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
var _valid1 = _errs11 === errors;
valid3 = _valid1;
if(valid3){
var props1 = {};
props1.hidden_size = true;
props1.num_hidden_layers = true;
props1.num_attention_heads = true;
props1.intermediate_size = true;
props1.max_position_embeddings = true;
props1.type_vocab_size = true;
props1.layer_norm_eps = true;
props1.hidden_act = true;
props1.hidden_dropout_prob = true;
props1.attention_probs_dropout_prob = true;
props1.classifier_dropout = true;
props1.position_embedding_type = true;
props1.model_type = true;
}
}
if(!valid3){
const err5 = {instancePath,schemaPath:"#/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema31.allOf[1].if,parentSchema:schema31.allOf[1],data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(props0 !== true && props1 !== undefined){
if(props1 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props1);
}
}
const _errs13 = errors;
let valid5 = true;
const _errs14 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing2;
if((data.model_type === undefined) && (missing2 = "model_type")){
const err6 = {};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
else {
if(data.model_type !== undefined){
if("xlm-roberta" !== data.model_type){
const err7 = {};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
}
var _valid2 = _errs14 === errors;
errors = _errs13;
if(vErrors !== null){
if(_errs13){
vErrors.length = _errs13;
}
else {
vErrors = null;
}
}
if(_valid2){
const _errs16 = errors;
if(!(validate21(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
var _valid2 = _errs16 === errors;
valid5 = _valid2;
if(valid5){
var props2 = {};
props2.hidden_size = true;
props2.num_hidden_layers = true;
props2.num_attention_heads = true;
props2.intermediate_size = true;
props2.max_position_embeddings = true;
props2.type_vocab_size = true;
props2.layer_norm_eps = true;
props2.hidden_act = true;
props2.hidden_dropout_prob = true;
props2.attention_probs_dropout_prob = true;
props2.classifier_dropout = true;
props2.position_embedding_type = true;
props2.model_type = true;
}
}
if(!valid5){
const err8 = {instancePath,schemaPath:"#/allOf/2/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema31.allOf[2].if,parentSchema:schema31.allOf[2],data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(props0 !== true && props2 !== undefined){
if(props2 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props2);
}
}
const _errs18 = errors;
let valid7 = true;
const _errs19 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing3;
if((data.model_type === undefined) && (missing3 = "model_type")){
const err9 = {};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
else {
if(data.model_type !== undefined){
if("camembert" !== data.model_type){
const err10 = {};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
}
var _valid3 = _errs19 === errors;
errors = _errs18;
if(vErrors !== null){
if(_errs18){
vErrors.length = _errs18;
}
else {
vErrors = null;
}
}
if(_valid3){
const _errs21 = errors;
if(!(validate21(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
var _valid3 = _errs21 === errors;
valid7 = _valid3;
if(valid7){
var props3 = {};
props3.hidden_size = true;
props3.num_hidden_layers = true;
props3.num_attention_heads = true;
props3.intermediate_size = true;
props3.max_position_embeddings = true;
props3.type_vocab_size = true;
props3.layer_norm_eps = true;
props3.hidden_act = true;
props3.hidden_dropout_prob = true;
props3.attention_probs_dropout_prob = true;
props3.classifier_dropout = true;
props3.position_embedding_type = true;
props3.model_type = true;
}
}
if(!valid7){
const err11 = {instancePath,schemaPath:"#/allOf/3/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema31.allOf[3].if,parentSchema:schema31.allOf[3],data};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(props0 !== true && props3 !== undefined){
if(props3 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props3);
}
}
const _errs23 = errors;
let valid9 = true;
const _errs24 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing4;
if((data.model_type === undefined) && (missing4 = "model_type")){
const err12 = {};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
else {
if(data.model_type !== undefined){
if("electra" !== data.model_type){
const err13 = {};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
}
var _valid4 = _errs24 === errors;
errors = _errs23;
if(vErrors !== null){
if(_errs23){
vErrors.length = _errs23;
}
else {
vErrors = null;
}
}
if(_valid4){
const _errs26 = errors;
if(!(validate26(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
var _valid4 = _errs26 === errors;
valid9 = _valid4;
if(valid9){
var props4 = {};
props4.embedding_size = true;
props4.summary_type = true;
props4.summary_use_proj = true;
props4.summary_activation = true;
props4.summary_last_dropout = true;
props4.hidden_size = true;
props4.num_hidden_layers = true;
props4.num_attention_heads = true;
props4.intermediate_size = true;
props4.max_position_embeddings = true;
props4.type_vocab_size = true;
props4.layer_norm_eps = true;
props4.hidden_act = true;
props4.hidden_dropout_prob = true;
props4.attention_probs_dropout_prob = true;
props4.classifier_dropout = true;
props4.position_embedding_type = true;
props4.model_type = true;
}
}
if(!valid9){
const err14 = {instancePath,schemaPath:"#/allOf/4/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema31.allOf[4].if,parentSchema:schema31.allOf[4],data};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(props0 !== true && props4 !== undefined){
if(props4 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props4);
}
}
const _errs28 = errors;
let valid11 = true;
const _errs29 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing5;
if((data.model_type === undefined) && (missing5 = "model_type")){
const err15 = {};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
else {
if(data.model_type !== undefined){
if("albert" !== data.model_type){
const err16 = {};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
}
var _valid5 = _errs29 === errors;
errors = _errs28;
if(vErrors !== null){
if(_errs28){
vErrors.length = _errs28;
}
else {
vErrors = null;
}
}
if(_valid5){
const _errs31 = errors;
if(!(validate29(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
errors = vErrors.length;
}
var _valid5 = _errs31 === errors;
valid11 = _valid5;
if(valid11){
var props5 = {};
props5.embedding_size = true;
props5.num_hidden_groups = true;
props5.inner_group_num = true;
props5.classifier_dropout_prob = true;
props5.hidden_size = true;
props5.num_hidden_layers = true;
props5.num_attention_heads = true;
props5.intermediate_size = true;
props5.max_position_embeddings = true;
props5.type_vocab_size = true;
props5.layer_norm_eps = true;
props5.hidden_act = true;
props5.hidden_dropout_prob = true;
props5.attention_probs_dropout_prob = true;
props5.classifier_dropout = true;
props5.position_embedding_type = true;
props5.model_type = true;
}
}
if(!valid11){
const err17 = {instancePath,schemaPath:"#/allOf/5/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema31.allOf[5].if,parentSchema:schema31.allOf[5],data};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(props0 !== true && props5 !== undefined){
if(props5 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props5);
}
}
const _errs33 = errors;
let valid13 = true;
const _errs34 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing6;
if((data.model_type === undefined) && (missing6 = "model_type")){
const err18 = {};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
else {
if(data.model_type !== undefined){
if("distilbert" !== data.model_type){
const err19 = {};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
}
var _valid6 = _errs34 === errors;
errors = _errs33;
if(vErrors !== null){
if(_errs33){
vErrors.length = _errs33;
}
else {
vErrors = null;
}
}
if(_valid6){
const _errs36 = errors;
if(!(validate32(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
errors = vErrors.length;
}
var _valid6 = _errs36 === errors;
valid13 = _valid6;
if(valid13){
var props6 = {};
props6.dim = true;
props6.n_layers = true;
props6.n_heads = true;
props6.hidden_dim = true;
props6.max_position_embeddings = true;
props6.activation = true;
props6.sinusoidal_pos_embds = true;
props6.dropout = true;
props6.attention_dropout = true;
props6.qa_dropout = true;
props6.seq_classif_dropout = true;
props6.model_type = true;
}
}
if(!valid13){
const err20 = {instancePath,schemaPath:"#/allOf/6/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema31.allOf[6].if,parentSchema:schema31.allOf[6],data};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(props0 !== true && props6 !== undefined){
if(props6 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props6);
}
}
const _errs38 = errors;
let valid15 = true;
const _errs39 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing7;
if((data.model_type === undefined) && (missing7 = "model_type")){
const err21 = {};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
else {
if(data.model_type !== undefined){
if("gpt2" !== data.model_type){
const err22 = {};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
}
var _valid7 = _errs39 === errors;
errors = _errs38;
if(vErrors !== null){
if(_errs38){
vErrors.length = _errs38;
}
else {
vErrors = null;
}
}
if(_valid7){
const _errs41 = errors;
if(!(validate34(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
errors = vErrors.length;
}
var _valid7 = _errs41 === errors;
valid15 = _valid7;
if(valid15){
var props7 = {};
props7.n_embd = true;
props7.n_layer = true;
props7.n_head = true;
props7.n_positions = true;
props7.n_ctx = true;
props7.n_inner = true;
props7.activation_function = true;
props7.layer_norm_epsilon = true;
props7.resid_pdrop = true;
props7.embd_pdrop = true;
props7.attn_pdrop = true;
props7.summary_type = true;
props7.summary_use_proj = true;
props7.summary_activation = true;
props7.summary_proj_to_labels = true;
props7.summary_first_dropout = true;
props7.scale_attn_weights = true;
props7.scale_attn_by_inverse_layer_idx = true;
props7.reorder_and_upcast_attn = true;
props7.model_type = true;
}
}
if(!valid15){
const err23 = {instancePath,schemaPath:"#/allOf/7/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema31.allOf[7].if,parentSchema:schema31.allOf[7],data};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(props0 !== true && props7 !== undefined){
if(props7 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props7);
}
}
const _errs43 = errors;
let valid17 = true;
const _errs44 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing8;
if((data.model_type === undefined) && (missing8 = "model_type")){
const err24 = {};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
else {
if(data.model_type !== undefined){
if("llama" !== data.model_type){
const err25 = {};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
}
var _valid8 = _errs44 === errors;
errors = _errs43;
if(vErrors !== null){
if(_errs43){
vErrors.length = _errs43;
}
else {
vErrors = null;
}
}
if(_valid8){
const _errs46 = errors;
if(!(validate36(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
errors = vErrors.length;
}
var _valid8 = _errs46 === errors;
valid17 = _valid8;
if(valid17){
var props8 = {};
props8.hidden_size = true;
props8.intermediate_size = true;
props8.num_hidden_layers = true;
props8.num_attention_heads = true;
props8.num_key_value_heads = true;
props8.head_dim = true;
props8.max_position_embeddings = true;
props8.hidden_act = true;
props8.rms_norm_eps = true;
props8.rope_theta = true;
props8.rope_scaling = true;
props8.attention_bias = true;
props8.attention_dropout = true;
props8.mlp_bias = true;
props8.pretraining_tp = true;
props8.model_type = true;
}
}
if(!valid17){
const err26 = {instancePath,schemaPath:"#/allOf/8/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema31.allOf[8].if,parentSchema:schema31.allOf[8],data};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(props0 !== true && props8 !== undefined){
if(props8 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props8);
}
}
const _errs48 = errors;
let valid19 = true;
const _errs49 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing9;
if((data.model_type === undefined) && (missing9 = "model_type")){
const err27 = {};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
else {
if(data.model_type !== undefined){
if("mistral" !== data.model_type){
const err28 = {};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
}
var _valid9 = _errs49 === errors;
errors = _errs48;
if(vErrors !== null){
if(_errs48){
vErrors.length = _errs48;
}
else {
vErrors = null;
}
}
if(_valid9){
const _errs51 = errors;
if(!(validate40(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
errors = vErrors.length;
}
var _valid9 = _errs51 === errors;
valid19 = _valid9;
if(valid19){
var props9 = {};
props9.sliding_window = true;
props9.hidden_size = true;
props9.intermediate_size = true;
props9.num_hidden_layers = true;
props9.num_attention_heads = true;
props9.num_key_value_heads = true;
props9.head_dim = true;
props9.max_position_embeddings = true;
props9.hidden_act = true;
props9.rms_norm_eps = true;
props9.rope_theta = true;
props9.rope_scaling = true;
props9.attention_bias = true;
props9.attention_dropout = true;
props9.mlp_bias = true;
props9.pretraining_tp = true;
props9.model_type = true;
}
}
if(!valid19){
const err29 = {instancePath,schemaPath:"#/allOf/9/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema31.allOf[9].if,parentSchema:schema31.allOf[9],data};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(props0 !== true && props9 !== undefined){
if(props9 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props9);
}
}
const _errs53 = errors;
let valid21 = true;
const _errs54 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing10;
if((data.model_type === undefined) && (missing10 = "model_type")){
const err30 = {};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
else {
if(data.model_type !== undefined){
if("qwen2" !== data.model_type){
const err31 = {};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
}
var _valid10 = _errs54 === errors;
errors = _errs53;
if(vErrors !== null){
if(_errs53){
vErrors.length = _errs53;
}
else {
vErrors = null;
}
}
if(_valid10){
const _errs56 = errors;
if(!(validate43(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
errors = vErrors.length;
}
var _valid10 = _errs56 === errors;
valid21 = _valid10;
if(valid21){
var props10 = {};
props10.use_sliding_window = true;
props10.sliding_window = true;
props10.max_window_layers = true;
props10.layer_types = true;
props10.hidden_size = true;
props10.intermediate_size = true;
props10.num_hidden_layers = true;
props10.num_attention_heads = true;
props10.num_key_value_heads = true;
props10.head_dim = true;
props10.max_position_embeddings = true;
props10.hidden_act = true;
props10.rms_norm_eps = true;
props10.rope_theta = true;
props10.rope_scaling = true;
props10.attention_bias = true;
props10.attention_dropout = true;
props10.mlp_bias = true;
props10.pretraining_tp = true;
props10.model_type = true;
}
}
if(!valid21){
const err32 = {instancePath,schemaPath:"#/allOf/10/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema31.allOf[10].if,parentSchema:schema31.allOf[10],data};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(props0 !== true && props10 !== undefined){
if(props10 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props10);
}
}
const _errs58 = errors;
let valid23 = true;
const _errs59 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing11;
if((data.model_type === undefined) && (missing11 = "model_type")){
const err33 = {};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
else {
if(data.model_type !== undefined){
if("qwen3" !== data.model_type){
const err34 = {};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
}
var _valid11 = _errs59 === errors;
errors = _errs58;
if(vErrors !== null){
if(_errs58){
vErrors.length = _errs58;
}
else {
vErrors = null;
}
}
if(_valid11){
const _errs61 = errors;
if(!(validate46(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
errors = vErrors.length;
}
var _valid11 = _errs61 === errors;
valid23 = _valid11;
if(valid23){
var props11 = {};
props11.use_sliding_window = true;
props11.sliding_window = true;
props11.max_window_layers = true;
props11.layer_types = true;
props11.hidden_size = true;
props11.intermediate_size = true;
props11.num_hidden_layers = true;
props11.num_attention_heads = true;
props11.num_key_value_heads = true;
props11.head_dim = true;
props11.max_position_embeddings = true;
props11.hidden_act = true;
props11.rms_norm_eps = true;
props11.rope_theta = true;
props11.rope_scaling = true;
props11.attention_bias = true;
props11.attention_dropout = true;
props11.mlp_bias = true;
props11.pretraining_tp = true;
props11.model_type = true;
}
}
if(!valid23){
const err35 = {instancePath,schemaPath:"#/allOf/11/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema31.allOf[11].if,parentSchema:schema31.allOf[11],data};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(props0 !== true && props11 !== undefined){
if(props11 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props11);
}
}
const _errs63 = errors;
let valid25 = true;
const _errs64 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing12;
if((data.model_type === undefined) && (missing12 = "model_type")){
const err36 = {};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
else {
if(data.model_type !== undefined){
if("phi3" !== data.model_type){
const err37 = {};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
}
}
var _valid12 = _errs64 === errors;
errors = _errs63;
if(vErrors !== null){
if(_errs63){
vErrors.length = _errs63;
}
else {
vErrors = null;
}
}
if(_valid12){
const _errs66 = errors;
if(!(validate49(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate49.errors : vErrors.concat(validate49.errors);
errors = vErrors.length;
}
var _valid12 = _errs66 === errors;
valid25 = _valid12;
if(valid25){
var props12 = {};
props12.sliding_window = true;
props12.partial_rotary_factor = true;
props12.original_max_position_embeddings = true;
props12.resid_pdrop = true;
props12.embd_pdrop = true;
props12.hidden_size = true;
props12.intermediate_size = true;
props12.num_hidden_layers = true;
props12.num_attention_heads = true;
props12.num_key_value_heads = true;
props12.head_dim = true;
props12.max_position_embeddings = true;
props12.hidden_act = true;
props12.rms_norm_eps = true;
props12.rope_theta = true;
props12.rope_scaling = true;
props12.attention_bias = true;
props12.attention_dropout = true;
props12.mlp_bias = true;
props12.pretraining_tp = true;
props12.model_type = true;
}
}
if(!valid25){
const err38 = {instancePath,schemaPath:"#/allOf/12/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema31.allOf[12].if,parentSchema:schema31.allOf[12],data};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(props0 !== true && props12 !== undefined){
if(props12 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props12);
}
}
const _errs68 = errors;
let valid27 = true;
const _errs69 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing13;
if((data.model_type === undefined) && (missing13 = "model_type")){
const err39 = {};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
else {
if(data.model_type !== undefined){
if("gemma" !== data.model_type){
const err40 = {};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
}
var _valid13 = _errs69 === errors;
errors = _errs68;
if(vErrors !== null){
if(_errs68){
vErrors.length = _errs68;
}
else {
vErrors = null;
}
}
if(_valid13){
const _errs71 = errors;
if(!(validate52(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);
errors = vErrors.length;
}
var _valid13 = _errs71 === errors;
valid27 = _valid13;
if(valid27){
var props13 = {};
props13.hidden_activation = true;
props13.hidden_size = true;
props13.intermediate_size = true;
props13.num_hidden_layers = true;
props13.num_attention_heads = true;
props13.num_key_value_heads = true;
props13.head_dim = true;
props13.max_position_embeddings = true;
props13.hidden_act = true;
props13.rms_norm_eps = true;
props13.rope_theta = true;
props13.rope_scaling = true;
props13.attention_bias = true;
props13.attention_dropout = true;
props13.mlp_bias = true;
props13.pretraining_tp = true;
props13.model_type = true;
}
}
if(!valid27){
const err41 = {instancePath,schemaPath:"#/allOf/13/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema31.allOf[13].if,parentSchema:schema31.allOf[13],data};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if(props0 !== true && props13 !== undefined){
if(props13 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props13);
}
}
const _errs73 = errors;
let valid29 = true;
const _errs74 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing14;
if((data.model_type === undefined) && (missing14 = "model_type")){
const err42 = {};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
else {
if(data.model_type !== undefined){
if("bart" !== data.model_type){
const err43 = {};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
}
}
var _valid14 = _errs74 === errors;
errors = _errs73;
if(vErrors !== null){
if(_errs73){
vErrors.length = _errs73;
}
else {
vErrors = null;
}
}
if(_valid14){
const _errs76 = errors;
if(!(validate55(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
errors = vErrors.length;
}
var _valid14 = _errs76 === errors;
valid29 = _valid14;
if(valid29){
var props14 = {};
props14.d_model = true;
props14.encoder_layers = true;
props14.decoder_layers = true;
props14.encoder_attention_heads = true;
props14.decoder_attention_heads = true;
props14.encoder_ffn_dim = true;
props14.decoder_ffn_dim = true;
props14.max_position_embeddings = true;
props14.num_hidden_layers = true;
props14.activation_function = true;
props14.dropout = true;
props14.attention_dropout = true;
props14.activation_dropout = true;
props14.classifier_dropout = true;
props14.encoder_layerdrop = true;
props14.decoder_layerdrop = true;
props14.init_std = true;
props14.scale_embedding = true;
props14.normalize_before = true;
props14.add_final_layer_norm = true;
props14.normalize_embedding = true;
props14.static_position_embeddings = true;
props14.add_bias_logits = true;
props14.model_type = true;
}
}
if(!valid29){
const err44 = {instancePath,schemaPath:"#/allOf/14/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema31.allOf[14].if,parentSchema:schema31.allOf[14],data};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if(props0 !== true && props14 !== undefined){
if(props14 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props14);
}
}
const _errs78 = errors;
let valid31 = true;
const _errs79 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing15;
if((data.model_type === undefined) && (missing15 = "model_type")){
const err45 = {};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
else {
if(data.model_type !== undefined){
if("t5" !== data.model_type){
const err46 = {};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
}
}
var _valid15 = _errs79 === errors;
errors = _errs78;
if(vErrors !== null){
if(_errs78){
vErrors.length = _errs78;
}
else {
vErrors = null;
}
}
if(_valid15){
const _errs81 = errors;
if(!(validate57(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate57.errors : vErrors.concat(validate57.errors);
errors = vErrors.length;
}
var _valid15 = _errs81 === errors;
valid31 = _valid15;
if(valid31){
var props15 = {};
props15.d_model = true;
props15.d_kv = true;
props15.d_ff = true;
props15.num_layers = true;
props15.num_decoder_layers = true;
props15.num_heads = true;
props15.relative_attention_num_buckets = true;
props15.relative_attention_max_distance = true;
props15.layer_norm_epsilon = true;
props15.dropout_rate = true;
props15.feed_forward_proj = true;
props15.model_type = true;
}
}
if(!valid31){
const err47 = {instancePath,schemaPath:"#/allOf/15/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema31.allOf[15].if,parentSchema:schema31.allOf[15],data};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if(props0 !== true && props15 !== undefined){
if(props15 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props15);
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.model_type === undefined){
const err48 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "model_type"},message:"must have required property '"+"model_type"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if(props0 !== true){
props0 = props0 || {};
props0.model_type = true;
props0.architectures = true;
props0.id2label = true;
props0.label2id = true;
props0.num_labels = true;
props0.vocab_size = true;
props0.pad_token_id = true;
props0.bos_token_id = true;
props0.eos_token_id = true;
props0.sep_token_id = true;
props0.decoder_start_token_id = true;
props0.forced_bos_token_id = true;
props0.forced_eos_token_id = true;
props0.tie_word_embeddings = true;
props0.torch_dtype = true;
props0.dtype = true;
props0.transformers_version = true;
props0.hidden_act = true;
props0.activation_function = true;
props0.auto_map = true;
props0.problem_type = true;
props0.is_encoder_decoder = true;
props0.is_decoder = true;
props0.add_cross_attention = true;
props0.use_cache = true;
props0.initializer_range = true;
props0.max_position_embeddings = true;
props0.task_specific_params = true;
props0.finetuning_task = true;
props0.tokenizer_class = true;
props0._name_or_path = true;
}
if(data.model_type !== undefined){
let data16 = data.model_type;
if(typeof data16 === "string"){
if(func1(data16) < 1){
const err49 = {instancePath:instancePath+"/model_type",schemaPath:"#/properties/model_type/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.model_type,data:data16};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
else {
const err50 = {instancePath:instancePath+"/model_type",schemaPath:"#/properties/model_type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.model_type.type,parentSchema:schema31.properties.model_type,data:data16};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data.architectures !== undefined){
let data17 = data.architectures;
if((!(Array.isArray(data17))) && (data17 !== null)){
const err51 = {instancePath:instancePath+"/architectures",schemaPath:"#/properties/architectures/type",keyword:"type",params:{type: schema31.properties.architectures.type},message:"must be array,null",schema:schema31.properties.architectures.type,parentSchema:schema31.properties.architectures,data:data17};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
if(Array.isArray(data17)){
const len0 = data17.length;
for(let i0=0; i0<len0; i0++){
let data18 = data17[i0];
if(typeof data18 === "string"){
if(func1(data18) < 1){
const err52 = {instancePath:instancePath+"/architectures/" + i0,schemaPath:"#/properties/architectures/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.architectures.items,data:data18};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
else {
const err53 = {instancePath:instancePath+"/architectures/" + i0,schemaPath:"#/properties/architectures/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.architectures.items.type,parentSchema:schema31.properties.architectures.items,data:data18};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
}
}
if(data.id2label !== undefined){
let data19 = data.id2label;
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
for(const key0 in data19){
const _errs90 = errors;
if(typeof key0 === "string"){
if(!pattern4.test(key0)){
const err54 = {instancePath:instancePath+"/id2label",schemaPath:"#/$defs/decimalKey/pattern",keyword:"pattern",params:{pattern: "^(0|[1-9][0-9]*)$"},message:"must match pattern \""+"^(0|[1-9][0-9]*)$"+"\"",schema:"^(0|[1-9][0-9]*)$",parentSchema:schema136,data:key0,propertyName:key0};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
else {
const err55 = {instancePath:instancePath+"/id2label",schemaPath:"#/$defs/decimalKey/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema136.type,parentSchema:schema136,data:key0,propertyName:key0};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
var valid36 = _errs90 === errors;
if(!valid36){
const err56 = {instancePath:instancePath+"/id2label",schemaPath:"#/properties/id2label/propertyNames",keyword:"propertyNames",params:{propertyName: key0},message:"property name must be valid",schema:schema31.properties.id2label.propertyNames,parentSchema:schema31.properties.id2label,data:data19};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
for(const key1 in data19){
let data20 = data19[key1];
if(typeof data20 !== "string"){
const err57 = {instancePath:instancePath+"/id2label/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/id2label/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.id2label.additionalProperties.type,parentSchema:schema31.properties.id2label.additionalProperties,data:data20};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
}
else {
const err58 = {instancePath:instancePath+"/id2label",schemaPath:"#/properties/id2label/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.id2label.type,parentSchema:schema31.properties.id2label,data:data19};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data.label2id !== undefined){
let data21 = data.label2id;
if(data21 && typeof data21 == "object" && !Array.isArray(data21)){
for(const key2 in data21){
let data22 = data21[key2];
if((!(((typeof data22 == "number") && (!(data22 % 1) && !isNaN(data22))) && (isFinite(data22)))) && (typeof data22 !== "string")){
const err59 = {instancePath:instancePath+"/label2id/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/labelIndex/type",keyword:"type",params:{type: schema137.type},message:"must be integer,string",schema:schema137.type,parentSchema:schema137,data:data22};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
if((typeof data22 == "number") && (isFinite(data22))){
if(data22 < 0 || isNaN(data22)){
const err60 = {instancePath:instancePath+"/label2id/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/labelIndex/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema137,data:data22};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
if(typeof data22 === "string"){
if(!pattern4.test(data22)){
const err61 = {instancePath:instancePath+"/label2id/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/labelIndex/pattern",keyword:"pattern",params:{pattern: "^(0|[1-9][0-9]*)$"},message:"must match pattern \""+"^(0|[1-9][0-9]*)$"+"\"",schema:"^(0|[1-9][0-9]*)$",parentSchema:schema137,data:data22};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
}
}
else {
const err62 = {instancePath:instancePath+"/label2id",schemaPath:"#/properties/label2id/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.label2id.type,parentSchema:schema31.properties.label2id,data:data21};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
if(data.num_labels !== undefined){
let data23 = data.num_labels;
if(!(((typeof data23 == "number") && (!(data23 % 1) && !isNaN(data23))) && (isFinite(data23)))){
const err63 = {instancePath:instancePath+"/num_labels",schemaPath:"#/$defs/positiveInteger/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema33.type,parentSchema:schema33,data:data23};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
if((typeof data23 == "number") && (isFinite(data23))){
if(data23 < 1 || isNaN(data23)){
const err64 = {instancePath:instancePath+"/num_labels",schemaPath:"#/$defs/positiveInteger/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema33,data:data23};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
}
if(data.vocab_size !== undefined){
let data24 = data.vocab_size;
if(!(((typeof data24 == "number") && (!(data24 % 1) && !isNaN(data24))) && (isFinite(data24)))){
const err65 = {instancePath:instancePath+"/vocab_size",schemaPath:"#/$defs/positiveInteger/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema33.type,parentSchema:schema33,data:data24};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
if((typeof data24 == "number") && (isFinite(data24))){
if(data24 < 1 || isNaN(data24)){
const err66 = {instancePath:instancePath+"/vocab_size",schemaPath:"#/$defs/positiveInteger/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema33,data:data24};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
}
if(data.pad_token_id !== undefined){
let data25 = data.pad_token_id;
if((!(((typeof data25 == "number") && (!(data25 % 1) && !isNaN(data25))) && (isFinite(data25)))) && (data25 !== null)){
const err67 = {instancePath:instancePath+"/pad_token_id",schemaPath:"#/$defs/tokenId/type",keyword:"type",params:{type: schema140.type},message:"must be integer,null",schema:schema140.type,parentSchema:schema140,data:data25};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
if((typeof data25 == "number") && (isFinite(data25))){
if(data25 < -1 || isNaN(data25)){
const err68 = {instancePath:instancePath+"/pad_token_id",schemaPath:"#/$defs/tokenId/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1},message:"must be >= -1",schema:-1,parentSchema:schema140,data:data25};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
}
if(data.bos_token_id !== undefined){
let data26 = data.bos_token_id;
if((!(((typeof data26 == "number") && (!(data26 % 1) && !isNaN(data26))) && (isFinite(data26)))) && (data26 !== null)){
const err69 = {instancePath:instancePath+"/bos_token_id",schemaPath:"#/$defs/tokenId/type",keyword:"type",params:{type: schema140.type},message:"must be integer,null",schema:schema140.type,parentSchema:schema140,data:data26};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
if((typeof data26 == "number") && (isFinite(data26))){
if(data26 < -1 || isNaN(data26)){
const err70 = {instancePath:instancePath+"/bos_token_id",schemaPath:"#/$defs/tokenId/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1},message:"must be >= -1",schema:-1,parentSchema:schema140,data:data26};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
}
if(data.eos_token_id !== undefined){
let data27 = data.eos_token_id;
if(((!(((typeof data27 == "number") && (!(data27 % 1) && !isNaN(data27))) && (isFinite(data27)))) && (!(Array.isArray(data27)))) && (data27 !== null)){
const err71 = {instancePath:instancePath+"/eos_token_id",schemaPath:"#/$defs/tokenIds/type",keyword:"type",params:{type: schema142.type},message:"must be integer,array,null",schema:schema142.type,parentSchema:schema142,data:data27};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
if((typeof data27 == "number") && (isFinite(data27))){
if(data27 < -1 || isNaN(data27)){
const err72 = {instancePath:instancePath+"/eos_token_id",schemaPath:"#/$defs/tokenIds/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1},message:"must be >= -1",schema:-1,parentSchema:schema142,data:data27};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
if(Array.isArray(data27)){
const len1 = data27.length;
for(let i1=0; i1<len1; i1++){
let data28 = data27[i1];
if(!(((typeof data28 == "number") && (!(data28 % 1) && !isNaN(data28))) && (isFinite(data28)))){
const err73 = {instancePath:instancePath+"/eos_token_id/" + i1,schemaPath:"#/$defs/tokenIds/items/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema142.items.type,parentSchema:schema142.items,data:data28};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
if((typeof data28 == "number") && (isFinite(data28))){
if(data28 < -1 || isNaN(data28)){
const err74 = {instancePath:instancePath+"/eos_token_id/" + i1,schemaPath:"#/$defs/tokenIds/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1},message:"must be >= -1",schema:-1,parentSchema:schema142.items,data:data28};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
}
}
}
if(data.sep_token_id !== undefined){
let data29 = data.sep_token_id;
if((!(((typeof data29 == "number") && (!(data29 % 1) && !isNaN(data29))) && (isFinite(data29)))) && (data29 !== null)){
const err75 = {instancePath:instancePath+"/sep_token_id",schemaPath:"#/$defs/tokenId/type",keyword:"type",params:{type: schema140.type},message:"must be integer,null",schema:schema140.type,parentSchema:schema140,data:data29};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
if((typeof data29 == "number") && (isFinite(data29))){
if(data29 < -1 || isNaN(data29)){
const err76 = {instancePath:instancePath+"/sep_token_id",schemaPath:"#/$defs/tokenId/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1},message:"must be >= -1",schema:-1,parentSchema:schema140,data:data29};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
}
if(data.decoder_start_token_id !== undefined){
let data30 = data.decoder_start_token_id;
if((!(((typeof data30 == "number") && (!(data30 % 1) && !isNaN(data30))) && (isFinite(data30)))) && (data30 !== null)){
const err77 = {instancePath:instancePath+"/decoder_start_token_id",schemaPath:"#/$defs/tokenId/type",keyword:"type",params:{type: schema140.type},message:"must be integer,null",schema:schema140.type,parentSchema:schema140,data:data30};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
if((typeof data30 == "number") && (isFinite(data30))){
if(data30 < -1 || isNaN(data30)){
const err78 = {instancePath:instancePath+"/decoder_start_token_id",schemaPath:"#/$defs/tokenId/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1},message:"must be >= -1",schema:-1,parentSchema:schema140,data:data30};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
}
if(data.forced_bos_token_id !== undefined){
let data31 = data.forced_bos_token_id;
if((!(((typeof data31 == "number") && (!(data31 % 1) && !isNaN(data31))) && (isFinite(data31)))) && (data31 !== null)){
const err79 = {instancePath:instancePath+"/forced_bos_token_id",schemaPath:"#/$defs/tokenId/type",keyword:"type",params:{type: schema140.type},message:"must be integer,null",schema:schema140.type,parentSchema:schema140,data:data31};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
if((typeof data31 == "number") && (isFinite(data31))){
if(data31 < -1 || isNaN(data31)){
const err80 = {instancePath:instancePath+"/forced_bos_token_id",schemaPath:"#/$defs/tokenId/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1},message:"must be >= -1",schema:-1,parentSchema:schema140,data:data31};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
}
if(data.forced_eos_token_id !== undefined){
let data32 = data.forced_eos_token_id;
if(((!(((typeof data32 == "number") && (!(data32 % 1) && !isNaN(data32))) && (isFinite(data32)))) && (!(Array.isArray(data32)))) && (data32 !== null)){
const err81 = {instancePath:instancePath+"/forced_eos_token_id",schemaPath:"#/$defs/tokenIds/type",keyword:"type",params:{type: schema142.type},message:"must be integer,array,null",schema:schema142.type,parentSchema:schema142,data:data32};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
if((typeof data32 == "number") && (isFinite(data32))){
if(data32 < -1 || isNaN(data32)){
const err82 = {instancePath:instancePath+"/forced_eos_token_id",schemaPath:"#/$defs/tokenIds/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1},message:"must be >= -1",schema:-1,parentSchema:schema142,data:data32};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
if(Array.isArray(data32)){
const len2 = data32.length;
for(let i2=0; i2<len2; i2++){
let data33 = data32[i2];
if(!(((typeof data33 == "number") && (!(data33 % 1) && !isNaN(data33))) && (isFinite(data33)))){
const err83 = {instancePath:instancePath+"/forced_eos_token_id/" + i2,schemaPath:"#/$defs/tokenIds/items/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema142.items.type,parentSchema:schema142.items,data:data33};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
if((typeof data33 == "number") && (isFinite(data33))){
if(data33 < -1 || isNaN(data33)){
const err84 = {instancePath:instancePath+"/forced_eos_token_id/" + i2,schemaPath:"#/$defs/tokenIds/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1},message:"must be >= -1",schema:-1,parentSchema:schema142.items,data:data33};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
}
}
}
if(data.tie_word_embeddings !== undefined){
let data34 = data.tie_word_embeddings;
if(typeof data34 !== "boolean"){
const err85 = {instancePath:instancePath+"/tie_word_embeddings",schemaPath:"#/properties/tie_word_embeddings/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema31.properties.tie_word_embeddings.type,parentSchema:schema31.properties.tie_word_embeddings,data:data34};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
if(data.torch_dtype !== undefined){
let data35 = data.torch_dtype;
if((typeof data35 !== "string") && (data35 !== null)){
const err86 = {instancePath:instancePath+"/torch_dtype",schemaPath:"#/properties/torch_dtype/type",keyword:"type",params:{type: schema31.properties.torch_dtype.type},message:"must be string,null",schema:schema31.properties.torch_dtype.type,parentSchema:schema31.properties.torch_dtype,data:data35};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
if(data.dtype !== undefined){
let data36 = data.dtype;
if((typeof data36 !== "string") && (data36 !== null)){
const err87 = {instancePath:instancePath+"/dtype",schemaPath:"#/properties/dtype/type",keyword:"type",params:{type: schema31.properties.dtype.type},message:"must be string,null",schema:schema31.properties.dtype.type,parentSchema:schema31.properties.dtype,data:data36};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
if(data.transformers_version !== undefined){
let data37 = data.transformers_version;
if(typeof data37 !== "string"){
const err88 = {instancePath:instancePath+"/transformers_version",schemaPath:"#/properties/transformers_version/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.transformers_version.type,parentSchema:schema31.properties.transformers_version,data:data37};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
if(data.hidden_act !== undefined){
let data38 = data.hidden_act;
if(typeof data38 !== "string"){
const err89 = {instancePath:instancePath+"/hidden_act",schemaPath:"#/properties/hidden_act/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.hidden_act.type,parentSchema:schema31.properties.hidden_act,data:data38};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
if(data.activation_function !== undefined){
let data39 = data.activation_function;
if(typeof data39 !== "string"){
const err90 = {instancePath:instancePath+"/activation_function",schemaPath:"#/properties/activation_function/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.activation_function.type,parentSchema:schema31.properties.activation_function,data:data39};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
if(data.auto_map !== undefined){
let data40 = data.auto_map;
if(data40 && typeof data40 == "object" && !Array.isArray(data40)){
for(const key3 in data40){
let data41 = data40[key3];
if((typeof data41 !== "string") && (!(Array.isArray(data41)))){
const err91 = {instancePath:instancePath+"/auto_map/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/auto_map/additionalProperties/type",keyword:"type",params:{type: schema31.properties.auto_map.additionalProperties.type},message:"must be string,array",schema:schema31.properties.auto_map.additionalProperties.type,parentSchema:schema31.properties.auto_map.additionalProperties,data:data41};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
if(Array.isArray(data41)){
const len3 = data41.length;
for(let i3=0; i3<len3; i3++){
let data42 = data41[i3];
if((typeof data42 !== "string") && (data42 !== null)){
const err92 = {instancePath:instancePath+"/auto_map/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i3,schemaPath:"#/properties/auto_map/additionalProperties/items/type",keyword:"type",params:{type: schema31.properties.auto_map.additionalProperties.items.type},message:"must be string,null",schema:schema31.properties.auto_map.additionalProperties.items.type,parentSchema:schema31.properties.auto_map.additionalProperties.items,data:data42};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
}
}
}
else {
const err93 = {instancePath:instancePath+"/auto_map",schemaPath:"#/properties/auto_map/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.auto_map.type,parentSchema:schema31.properties.auto_map,data:data40};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
if(data.problem_type !== undefined){
let data43 = data.problem_type;
if(!((((data43 === "regression") || (data43 === "single_label_classification")) || (data43 === "multi_label_classification")) || (data43 === null))){
const err94 = {instancePath:instancePath+"/problem_type",schemaPath:"#/properties/problem_type/enum",keyword:"enum",params:{allowedValues: schema31.properties.problem_type.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.problem_type.enum,parentSchema:schema31.properties.problem_type,data:data43};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
if(data.is_encoder_decoder !== undefined){
let data44 = data.is_encoder_decoder;
if(typeof data44 !== "boolean"){
const err95 = {instancePath:instancePath+"/is_encoder_decoder",schemaPath:"#/properties/is_encoder_decoder/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema31.properties.is_encoder_decoder.type,parentSchema:schema31.properties.is_encoder_decoder,data:data44};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
if(data.is_decoder !== undefined){
let data45 = data.is_decoder;
if(typeof data45 !== "boolean"){
const err96 = {instancePath:instancePath+"/is_decoder",schemaPath:"#/properties/is_decoder/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema31.properties.is_decoder.type,parentSchema:schema31.properties.is_decoder,data:data45};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
if(data.add_cross_attention !== undefined){
let data46 = data.add_cross_attention;
if(typeof data46 !== "boolean"){
const err97 = {instancePath:instancePath+"/add_cross_attention",schemaPath:"#/properties/add_cross_attention/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema31.properties.add_cross_attention.type,parentSchema:schema31.properties.add_cross_attention,data:data46};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
if(data.use_cache !== undefined){
let data47 = data.use_cache;
if(typeof data47 !== "boolean"){
const err98 = {instancePath:instancePath+"/use_cache",schemaPath:"#/properties/use_cache/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema31.properties.use_cache.type,parentSchema:schema31.properties.use_cache,data:data47};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
if(data.initializer_range !== undefined){
let data48 = data.initializer_range;
if((typeof data48 == "number") && (isFinite(data48))){
if(data48 < 0 || isNaN(data48)){
const err99 = {instancePath:instancePath+"/initializer_range",schemaPath:"#/$defs/nonNegativeNumber/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema124,data:data48};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
}
else {
const err100 = {instancePath:instancePath+"/initializer_range",schemaPath:"#/$defs/nonNegativeNumber/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema124.type,parentSchema:schema124,data:data48};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
if(data.max_position_embeddings !== undefined){
let data49 = data.max_position_embeddings;
if(!(((typeof data49 == "number") && (!(data49 % 1) && !isNaN(data49))) && (isFinite(data49)))){
const err101 = {instancePath:instancePath+"/max_position_embeddings",schemaPath:"#/$defs/positiveInteger/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema33.type,parentSchema:schema33,data:data49};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
if((typeof data49 == "number") && (isFinite(data49))){
if(data49 < 1 || isNaN(data49)){
const err102 = {instancePath:instancePath+"/max_position_embeddings",schemaPath:"#/$defs/positiveInteger/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema33,data:data49};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
}
if(data.task_specific_params !== undefined){
let data50 = data.task_specific_params;
if((!(data50 && typeof data50 == "object" && !Array.isArray(data50))) && (data50 !== null)){
const err103 = {instancePath:instancePath+"/task_specific_params",schemaPath:"#/properties/task_specific_params/type",keyword:"type",params:{type: schema31.properties.task_specific_params.type},message:"must be object,null",schema:schema31.properties.task_specific_params.type,parentSchema:schema31.properties.task_specific_params,data:data50};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
}
if(data.finetuning_task !== undefined){
let data51 = data.finetuning_task;
if((typeof data51 !== "string") && (data51 !== null)){
const err104 = {instancePath:instancePath+"/finetuning_task",schemaPath:"#/properties/finetuning_task/type",keyword:"type",params:{type: schema31.properties.finetuning_task.type},message:"must be string,null",schema:schema31.properties.finetuning_task.type,parentSchema:schema31.properties.finetuning_task,data:data51};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
if(data.tokenizer_class !== undefined){
let data52 = data.tokenizer_class;
if((typeof data52 !== "string") && (data52 !== null)){
const err105 = {instancePath:instancePath+"/tokenizer_class",schemaPath:"#/properties/tokenizer_class/type",keyword:"type",params:{type: schema31.properties.tokenizer_class.type},message:"must be string,null",schema:schema31.properties.tokenizer_class.type,parentSchema:schema31.properties.tokenizer_class,data:data52};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
if(data._name_or_path !== undefined){
let data53 = data._name_or_path;
if(typeof data53 !== "string"){
const err106 = {instancePath:instancePath+"/_name_or_path",schemaPath:"#/properties/_name_or_path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties._name_or_path.type,parentSchema:schema31.properties._name_or_path,data:data53};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
}
}
else {
const err107 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
validate20.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate20.evaluated = {"dynamicProps":true,"dynamicItems":false};

const schema149 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://mlpack.dev/schemas/tokenizer.schema.json","title":"Hugging Face tokenizers tokenizer.json","description":"The serialized fast tokenizer (huggingface/tokenizers) of a model folder. The model is a union discriminated by its type (BPE, WordPiece, WordLevel, Unigram); normalizer, pre_tokenizer, post_processor and decoder are null or a component with a known type, whose Sequence variants hold arrays of the same. Extra fields inside components are allowed (newer tokenizers versions add some); the fields mlpack relies on are typed.","$comment":"x-expected (a noun phrase: what a valid value is) and x-condition (when a conditional rule applies) are annotations mlpack uses to word its error messages; validators that do not know them ignore them.","type":"object","required":["model"],"properties":{"version":{"description":"Serialization format version, \"1.0\".","type":"string"},"truncation":{"description":"Truncation settings, or null.","type":["object","null"],"properties":{"direction":{"enum":["Left","Right"]},"max_length":{"$ref":"#/$defs/nonNegativeInteger"},"strategy":{"enum":["LongestFirst","OnlyFirst","OnlySecond"]},"stride":{"$ref":"#/$defs/nonNegativeInteger"}}},"padding":{"description":"Padding settings, or null.","type":["object","null"],"properties":{"strategy":{"type":["string","object"],"pattern":"^BatchLongest$","properties":{"Fixed":{"$ref":"#/$defs/nonNegativeInteger"}},"required":["Fixed"],"additionalProperties":false,"x-expected":"\"BatchLongest\" or {\"Fixed\": length}"},"direction":{"enum":["Left","Right"]},"pad_to_multiple_of":{"type":["integer","null"],"minimum":1},"pad_id":{"$ref":"#/$defs/nonNegativeInteger"},"pad_type_id":{"$ref":"#/$defs/nonNegativeInteger"},"pad_token":{"type":"string"}}},"added_tokens":{"description":"Tokens added on top of the model's vocabulary (special tokens included).","type":"array","items":{"$ref":"#/$defs/addedToken"}},"normalizer":{"$ref":"#/$defs/normalizer"},"pre_tokenizer":{"$ref":"#/$defs/preTokenizer"},"post_processor":{"$ref":"#/$defs/postProcessor"},"decoder":{"$ref":"#/$defs/decoder"},"model":{"$ref":"#/$defs/model"}},"$defs":{"nonNegativeInteger":{"type":"integer","minimum":0},"tokenVocab":{"description":"Token string to id.","type":"object","additionalProperties":{"$ref":"#/$defs/nonNegativeInteger"}},"pattern":{"description":"A literal string or a regular expression.","type":"object","properties":{"String":{"type":"string"},"Regex":{"type":"string"}},"minProperties":1,"maxProperties":1,"additionalProperties":false,"x-expected":"{\"String\": text} or {\"Regex\": expression}"},"splitBehavior":{"enum":["Removed","Isolated","MergedWithPrevious","MergedWithNext","Contiguous"]},"prependScheme":{"enum":["always","never","first"]},"addedToken":{"description":"One added token.","type":"object","required":["id","content"],"properties":{"id":{"$ref":"#/$defs/nonNegativeInteger"},"content":{"type":"string"},"single_word":{"type":"boolean"},"lstrip":{"type":"boolean"},"rstrip":{"type":"boolean"},"normalized":{"type":"boolean"},"special":{"type":"boolean"}}},"normalizer":{"description":"A normalizer, or null.","type":["object","null"],"required":["type"],"properties":{"type":{"enum":["BertNormalizer","Strip","StripAccents","NFC","NFD","NFKC","NFKD","Sequence","Lowercase","Nmt","Precompiled","Replace","Prepend","ByteLevel"]}},"allOf":[{"if":{"type":"object","properties":{"type":{"const":"Sequence"}},"required":["type"]},"then":{"properties":{"normalizers":{"type":"array","items":{"type":"object","$ref":"#/$defs/normalizer"}}},"required":["normalizers"]}},{"if":{"type":"object","properties":{"type":{"const":"BertNormalizer"}},"required":["type"]},"then":{"properties":{"clean_text":{"type":"boolean"},"handle_chinese_chars":{"type":"boolean"},"strip_accents":{"type":["boolean","null"]},"lowercase":{"type":"boolean"}}}},{"if":{"type":"object","properties":{"type":{"const":"Strip"}},"required":["type"]},"then":{"properties":{"strip_left":{"type":"boolean"},"strip_right":{"type":"boolean"}}}},{"if":{"type":"object","properties":{"type":{"const":"Replace"}},"required":["type"]},"then":{"properties":{"pattern":{"$ref":"#/$defs/pattern"},"content":{"type":"string"}},"required":["pattern","content"]}},{"if":{"type":"object","properties":{"type":{"const":"Prepend"}},"required":["type"]},"then":{"properties":{"prepend":{"type":"string"}},"required":["prepend"]}},{"if":{"type":"object","properties":{"type":{"const":"Precompiled"}},"required":["type"]},"then":{"properties":{"precompiled_charsmap":{"type":["string","null"]}}}}]},"preTokenizer":{"description":"A pre-tokenizer, or null.","type":["object","null"],"required":["type"],"properties":{"type":{"enum":["BertPreTokenizer","ByteLevel","CharDelimiterSplit","Metaspace","Whitespace","WhitespaceSplit","Sequence","Split","Punctuation","Digits","UnicodeScripts","FixedLength"]}},"allOf":[{"if":{"type":"object","properties":{"type":{"const":"Sequence"}},"required":["type"]},"then":{"properties":{"pretokenizers":{"type":"array","items":{"type":"object","$ref":"#/$defs/preTokenizer"}}},"required":["pretokenizers"]}},{"if":{"type":"object","properties":{"type":{"const":"ByteLevel"}},"required":["type"]},"then":{"$ref":"#/$defs/byteLevelOptions"}},{"if":{"type":"object","properties":{"type":{"const":"Metaspace"}},"required":["type"]},"then":{"$ref":"#/$defs/metaspaceOptions"}},{"if":{"type":"object","properties":{"type":{"const":"Split"}},"required":["type"]},"then":{"properties":{"pattern":{"$ref":"#/$defs/pattern"},"behavior":{"$ref":"#/$defs/splitBehavior"},"invert":{"type":"boolean"}},"required":["pattern","behavior"]}},{"if":{"type":"object","properties":{"type":{"const":"CharDelimiterSplit"}},"required":["type"]},"then":{"properties":{"delimiter":{"type":"string","minLength":1,"maxLength":2,"x-expected":"a single character"}},"required":["delimiter"]}},{"if":{"type":"object","properties":{"type":{"const":"Punctuation"}},"required":["type"]},"then":{"properties":{"behavior":{"$ref":"#/$defs/splitBehavior"}}}},{"if":{"type":"object","properties":{"type":{"const":"Digits"}},"required":["type"]},"then":{"properties":{"individual_digits":{"type":"boolean"}}}},{"if":{"type":"object","properties":{"type":{"const":"FixedLength"}},"required":["type"]},"then":{"properties":{"length":{"type":"integer","minimum":1}}}}]},"byteLevelOptions":{"type":"object","properties":{"add_prefix_space":{"type":"boolean"},"trim_offsets":{"type":"boolean"},"use_regex":{"type":"boolean"}}},"metaspaceOptions":{"type":"object","properties":{"replacement":{"type":"string","minLength":1,"maxLength":2,"x-expected":"a single character"},"add_prefix_space":{"type":"boolean"},"prepend_scheme":{"$ref":"#/$defs/prependScheme"},"split":{"type":"boolean"}}},"specialTokenPair":{"type":"array","prefixItems":[{"type":"string"},{"$ref":"#/$defs/nonNegativeInteger"}],"minItems":2,"items":false,"x-expected":"a [token, id] pair"},"templatePiece":{"description":"One piece of a template: a special token or a sequence placeholder.","type":"object","properties":{"SpecialToken":{"type":"object","required":["id"],"properties":{"id":{"type":"string"},"type_id":{"$ref":"#/$defs/nonNegativeInteger"}}},"Sequence":{"type":"object","required":["id"],"properties":{"id":{"enum":["A","B"]},"type_id":{"$ref":"#/$defs/nonNegativeInteger"}}}},"minProperties":1,"maxProperties":1,"additionalProperties":false,"x-expected":"{\"SpecialToken\": {...}} or {\"Sequence\": {...}}"},"postProcessor":{"description":"A post-processor, or null.","type":["object","null"],"required":["type"],"properties":{"type":{"enum":["TemplateProcessing","BertProcessing","RobertaProcessing","ByteLevel","Sequence"]}},"allOf":[{"if":{"type":"object","properties":{"type":{"const":"Sequence"}},"required":["type"]},"then":{"properties":{"processors":{"type":"array","items":{"type":"object","$ref":"#/$defs/postProcessor"}}},"required":["processors"]}},{"if":{"type":"object","properties":{"type":{"const":"TemplateProcessing"}},"required":["type"]},"then":{"properties":{"single":{"type":"array","items":{"$ref":"#/$defs/templatePiece"}},"pair":{"type":"array","items":{"$ref":"#/$defs/templatePiece"}},"special_tokens":{"type":"object","additionalProperties":{"type":"object","required":["id","ids","tokens"],"properties":{"id":{"type":"string"},"ids":{"type":"array","items":{"$ref":"#/$defs/nonNegativeInteger"}},"tokens":{"type":"array","items":{"type":"string"}}}}}},"required":["single","pair"]}},{"if":{"type":"object","properties":{"type":{"enum":["BertProcessing","RobertaProcessing"]}},"required":["type"]},"then":{"properties":{"sep":{"$ref":"#/$defs/specialTokenPair"},"cls":{"$ref":"#/$defs/specialTokenPair"},"trim_offsets":{"type":"boolean"},"add_prefix_space":{"type":"boolean"}},"required":["sep","cls"]}},{"if":{"type":"object","properties":{"type":{"const":"ByteLevel"}},"required":["type"]},"then":{"$ref":"#/$defs/byteLevelOptions"}}]},"decoder":{"description":"A decoder, or null.","type":["object","null"],"required":["type"],"properties":{"type":{"enum":["BPEDecoder","ByteLevel","WordPiece","Metaspace","CTC","Sequence","Replace","Fuse","Strip","ByteFallback"]}},"allOf":[{"if":{"type":"object","properties":{"type":{"const":"Sequence"}},"required":["type"]},"then":{"properties":{"decoders":{"type":"array","items":{"type":"object","$ref":"#/$defs/decoder"}}},"required":["decoders"]}},{"if":{"type":"object","properties":{"type":{"const":"WordPiece"}},"required":["type"]},"then":{"properties":{"prefix":{"type":"string"},"cleanup":{"type":"boolean"}}}},{"if":{"type":"object","properties":{"type":{"const":"BPEDecoder"}},"required":["type"]},"then":{"properties":{"suffix":{"type":"string"}}}},{"if":{"type":"object","properties":{"type":{"const":"ByteLevel"}},"required":["type"]},"then":{"$ref":"#/$defs/byteLevelOptions"}},{"if":{"type":"object","properties":{"type":{"const":"Metaspace"}},"required":["type"]},"then":{"$ref":"#/$defs/metaspaceOptions"}},{"if":{"type":"object","properties":{"type":{"const":"CTC"}},"required":["type"]},"then":{"properties":{"pad_token":{"type":"string"},"word_delimiter_token":{"type":"string"},"cleanup":{"type":"boolean"}}}},{"if":{"type":"object","properties":{"type":{"const":"Replace"}},"required":["type"]},"then":{"properties":{"pattern":{"$ref":"#/$defs/pattern"},"content":{"type":"string"}},"required":["pattern","content"]}},{"if":{"type":"object","properties":{"type":{"const":"Strip"}},"required":["type"]},"then":{"properties":{"content":{"type":"string"},"start":{"$ref":"#/$defs/nonNegativeInteger"},"stop":{"$ref":"#/$defs/nonNegativeInteger"}},"required":["content","start","stop"]}}]},"merge":{"type":["string","array"],"pattern":"^[^ ]+ [^ ]+$","minItems":2,"maxItems":2,"items":{"type":"string","minLength":1},"x-expected":"a merge: \"left right\" or [\"left\", \"right\"]"},"unigramPiece":{"type":"array","prefixItems":[{"type":"string"},{"type":"number"}],"minItems":2,"items":false,"x-expected":"a [piece, score] pair"},"model":{"description":"The tokenization model, discriminated by type.","type":"object","required":["type"],"properties":{"type":{"enum":["BPE","WordPiece","WordLevel","Unigram"]}},"allOf":[{"if":{"type":"object","properties":{"type":{"const":"WordPiece"}},"required":["type"]},"then":{"x-condition":"for a WordPiece model","properties":{"vocab":{"$ref":"#/$defs/tokenVocab"},"unk_token":{"type":"string"},"continuing_subword_prefix":{"type":"string"},"max_input_chars_per_word":{"$ref":"#/$defs/nonNegativeInteger"}},"required":["vocab"]}},{"if":{"type":"object","properties":{"type":{"const":"BPE"}},"required":["type"]},"then":{"x-condition":"for a BPE model","properties":{"vocab":{"$ref":"#/$defs/tokenVocab"},"merges":{"type":"array","items":{"$ref":"#/$defs/merge"}},"dropout":{"type":["number","null"],"minimum":0,"maximum":1},"unk_token":{"type":["string","null"]},"continuing_subword_prefix":{"type":["string","null"]},"end_of_word_suffix":{"type":["string","null"]},"fuse_unk":{"type":"boolean"},"byte_fallback":{"type":"boolean"},"ignore_merges":{"type":"boolean"}},"required":["vocab","merges"]}},{"if":{"type":"object","properties":{"type":{"const":"Unigram"}},"required":["type"]},"then":{"x-condition":"for a Unigram model","properties":{"vocab":{"type":"array","items":{"$ref":"#/$defs/unigramPiece"}},"unk_id":{"type":["integer","null"],"minimum":0},"byte_fallback":{"type":"boolean"}},"required":["vocab"]}},{"if":{"type":"object","properties":{"type":{"const":"WordLevel"}},"required":["type"]},"then":{"x-condition":"for a WordLevel model","properties":{"vocab":{"$ref":"#/$defs/tokenVocab"},"unk_token":{"type":"string"}},"required":["vocab"]}}]}}};
const schema150 = {"type":"integer","minimum":0};
const pattern6 = new RegExp("^BatchLongest$", "u");
const schema155 = {"description":"One added token.","type":"object","required":["id","content"],"properties":{"id":{"$ref":"#/$defs/nonNegativeInteger"},"content":{"type":"string"},"single_word":{"type":"boolean"},"lstrip":{"type":"boolean"},"rstrip":{"type":"boolean"},"normalized":{"type":"boolean"},"special":{"type":"boolean"}}};

function validate60(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate60.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema155.required,parentSchema:schema155,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.content === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "content"},message:"must have required property '"+"content"+"'",schema:schema155.required,parentSchema:schema155,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.id !== undefined){
let data0 = data.id;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err2 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/nonNegativeInteger/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema150.type,parentSchema:schema150,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 0 || isNaN(data0)){
const err3 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/nonNegativeInteger/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema150,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data.content !== undefined){
let data1 = data.content;
if(typeof data1 !== "string"){
const err4 = {instancePath:instancePath+"/content",schemaPath:"#/properties/content/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema155.properties.content.type,parentSchema:schema155.properties.content,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.single_word !== undefined){
let data2 = data.single_word;
if(typeof data2 !== "boolean"){
const err5 = {instancePath:instancePath+"/single_word",schemaPath:"#/properties/single_word/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema155.properties.single_word.type,parentSchema:schema155.properties.single_word,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.lstrip !== undefined){
let data3 = data.lstrip;
if(typeof data3 !== "boolean"){
const err6 = {instancePath:instancePath+"/lstrip",schemaPath:"#/properties/lstrip/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema155.properties.lstrip.type,parentSchema:schema155.properties.lstrip,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.rstrip !== undefined){
let data4 = data.rstrip;
if(typeof data4 !== "boolean"){
const err7 = {instancePath:instancePath+"/rstrip",schemaPath:"#/properties/rstrip/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema155.properties.rstrip.type,parentSchema:schema155.properties.rstrip,data:data4};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.normalized !== undefined){
let data5 = data.normalized;
if(typeof data5 !== "boolean"){
const err8 = {instancePath:instancePath+"/normalized",schemaPath:"#/properties/normalized/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema155.properties.normalized.type,parentSchema:schema155.properties.normalized,data:data5};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.special !== undefined){
let data6 = data.special;
if(typeof data6 !== "boolean"){
const err9 = {instancePath:instancePath+"/special",schemaPath:"#/properties/special/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema155.properties.special.type,parentSchema:schema155.properties.special,data:data6};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema155.type,parentSchema:schema155,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate60.errors = vErrors;
return errors === 0;
}
validate60.evaluated = {"props":{"id":true,"content":true,"single_word":true,"lstrip":true,"rstrip":true,"normalized":true,"special":true},"dynamicProps":false,"dynamicItems":false};

const schema157 = {"description":"A normalizer, or null.","type":["object","null"],"required":["type"],"properties":{"type":{"enum":["BertNormalizer","Strip","StripAccents","NFC","NFD","NFKC","NFKD","Sequence","Lowercase","Nmt","Precompiled","Replace","Prepend","ByteLevel"]}},"allOf":[{"if":{"type":"object","properties":{"type":{"const":"Sequence"}},"required":["type"]},"then":{"properties":{"normalizers":{"type":"array","items":{"type":"object","$ref":"#/$defs/normalizer"}}},"required":["normalizers"]}},{"if":{"type":"object","properties":{"type":{"const":"BertNormalizer"}},"required":["type"]},"then":{"properties":{"clean_text":{"type":"boolean"},"handle_chinese_chars":{"type":"boolean"},"strip_accents":{"type":["boolean","null"]},"lowercase":{"type":"boolean"}}}},{"if":{"type":"object","properties":{"type":{"const":"Strip"}},"required":["type"]},"then":{"properties":{"strip_left":{"type":"boolean"},"strip_right":{"type":"boolean"}}}},{"if":{"type":"object","properties":{"type":{"const":"Replace"}},"required":["type"]},"then":{"properties":{"pattern":{"$ref":"#/$defs/pattern"},"content":{"type":"string"}},"required":["pattern","content"]}},{"if":{"type":"object","properties":{"type":{"const":"Prepend"}},"required":["type"]},"then":{"properties":{"prepend":{"type":"string"}},"required":["prepend"]}},{"if":{"type":"object","properties":{"type":{"const":"Precompiled"}},"required":["type"]},"then":{"properties":{"precompiled_charsmap":{"type":["string","null"]}}}}]};
const schema158 = {"description":"A literal string or a regular expression.","type":"object","properties":{"String":{"type":"string"},"Regex":{"type":"string"}},"minProperties":1,"maxProperties":1,"additionalProperties":false,"x-expected":"{\"String\": text} or {\"Regex\": expression}"};
const wrapper0 = {validate: validate62};

function validate62(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate62.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if((!(data && typeof data == "object" && !Array.isArray(data))) && (data !== null)){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: schema157.type},message:"must be object,null",schema:schema157.type,parentSchema:schema157,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const _errs2 = errors;
let valid1 = true;
const _errs3 = errors;
if(errors === _errs3){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.type === undefined) && (missing0 = "type")){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
else {
if(data.type !== undefined){
if("Sequence" !== data.type){
const err2 = {};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
}
else {
const err3 = {};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
var _valid0 = _errs3 === errors;
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs6 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.normalizers === undefined){
const err4 = {instancePath,schemaPath:"#/allOf/0/then/required",keyword:"required",params:{missingProperty: "normalizers"},message:"must have required property '"+"normalizers"+"'",schema:schema157.allOf[0].then.required,parentSchema:schema157.allOf[0].then,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.normalizers !== undefined){
let data1 = data.normalizers;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(!(data2 && typeof data2 == "object" && !Array.isArray(data2))){
const err5 = {instancePath:instancePath+"/normalizers/" + i0,schemaPath:"#/allOf/0/then/properties/normalizers/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema157.allOf[0].then.properties.normalizers.items.type,parentSchema:schema157.allOf[0].then.properties.normalizers.items,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!(wrapper0.validate(data2, {instancePath:instancePath+"/normalizers/" + i0,parentData:data1,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
errors = vErrors.length;
}
}
}
else {
const err6 = {instancePath:instancePath+"/normalizers",schemaPath:"#/allOf/0/then/properties/normalizers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema157.allOf[0].then.properties.normalizers.type,parentSchema:schema157.allOf[0].then.properties.normalizers,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
var _valid0 = _errs6 === errors;
valid1 = _valid0;
if(valid1){
var props1 = {};
props1.normalizers = true;
props1.type = true;
}
}
if(!valid1){
const err7 = {instancePath,schemaPath:"#/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema157.allOf[0].if,parentSchema:schema157.allOf[0],data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
const _errs12 = errors;
let valid6 = true;
const _errs13 = errors;
if(errors === _errs13){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((data.type === undefined) && (missing1 = "type")){
const err8 = {};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
else {
if(data.type !== undefined){
if("BertNormalizer" !== data.type){
const err9 = {};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
}
else {
const err10 = {};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
var _valid1 = _errs13 === errors;
errors = _errs12;
if(vErrors !== null){
if(_errs12){
vErrors.length = _errs12;
}
else {
vErrors = null;
}
}
if(_valid1){
const _errs16 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.clean_text !== undefined){
let data4 = data.clean_text;
if(typeof data4 !== "boolean"){
const err11 = {instancePath:instancePath+"/clean_text",schemaPath:"#/allOf/1/then/properties/clean_text/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema157.allOf[1].then.properties.clean_text.type,parentSchema:schema157.allOf[1].then.properties.clean_text,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.handle_chinese_chars !== undefined){
let data5 = data.handle_chinese_chars;
if(typeof data5 !== "boolean"){
const err12 = {instancePath:instancePath+"/handle_chinese_chars",schemaPath:"#/allOf/1/then/properties/handle_chinese_chars/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema157.allOf[1].then.properties.handle_chinese_chars.type,parentSchema:schema157.allOf[1].then.properties.handle_chinese_chars,data:data5};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.strip_accents !== undefined){
let data6 = data.strip_accents;
if((typeof data6 !== "boolean") && (data6 !== null)){
const err13 = {instancePath:instancePath+"/strip_accents",schemaPath:"#/allOf/1/then/properties/strip_accents/type",keyword:"type",params:{type: schema157.allOf[1].then.properties.strip_accents.type},message:"must be boolean,null",schema:schema157.allOf[1].then.properties.strip_accents.type,parentSchema:schema157.allOf[1].then.properties.strip_accents,data:data6};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.lowercase !== undefined){
let data7 = data.lowercase;
if(typeof data7 !== "boolean"){
const err14 = {instancePath:instancePath+"/lowercase",schemaPath:"#/allOf/1/then/properties/lowercase/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema157.allOf[1].then.properties.lowercase.type,parentSchema:schema157.allOf[1].then.properties.lowercase,data:data7};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
var _valid1 = _errs16 === errors;
valid6 = _valid1;
if(valid6){
var props2 = {};
props2.clean_text = true;
props2.handle_chinese_chars = true;
props2.strip_accents = true;
props2.lowercase = true;
props2.type = true;
}
}
if(!valid6){
const err15 = {instancePath,schemaPath:"#/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema157.allOf[1].if,parentSchema:schema157.allOf[1],data};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(props1 !== true && props2 !== undefined){
if(props2 === true){
props1 = true;
}
else {
props1 = props1 || {};
Object.assign(props1, props2);
}
}
const _errs26 = errors;
let valid9 = true;
const _errs27 = errors;
if(errors === _errs27){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing2;
if((data.type === undefined) && (missing2 = "type")){
const err16 = {};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
else {
if(data.type !== undefined){
if("Strip" !== data.type){
const err17 = {};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
}
else {
const err18 = {};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
var _valid2 = _errs27 === errors;
errors = _errs26;
if(vErrors !== null){
if(_errs26){
vErrors.length = _errs26;
}
else {
vErrors = null;
}
}
if(_valid2){
const _errs30 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.strip_left !== undefined){
let data9 = data.strip_left;
if(typeof data9 !== "boolean"){
const err19 = {instancePath:instancePath+"/strip_left",schemaPath:"#/allOf/2/then/properties/strip_left/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema157.allOf[2].then.properties.strip_left.type,parentSchema:schema157.allOf[2].then.properties.strip_left,data:data9};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.strip_right !== undefined){
let data10 = data.strip_right;
if(typeof data10 !== "boolean"){
const err20 = {instancePath:instancePath+"/strip_right",schemaPath:"#/allOf/2/then/properties/strip_right/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema157.allOf[2].then.properties.strip_right.type,parentSchema:schema157.allOf[2].then.properties.strip_right,data:data10};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
var _valid2 = _errs30 === errors;
valid9 = _valid2;
if(valid9){
var props3 = {};
props3.strip_left = true;
props3.strip_right = true;
props3.type = true;
}
}
if(!valid9){
const err21 = {instancePath,schemaPath:"#/allOf/2/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema157.allOf[2].if,parentSchema:schema157.allOf[2],data};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(props1 !== true && props3 !== undefined){
if(props3 === true){
props1 = true;
}
else {
props1 = props1 || {};
Object.assign(props1, props3);
}
}
const _errs36 = errors;
let valid12 = true;
const _errs37 = errors;
if(errors === _errs37){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing3;
if((data.type === undefined) && (missing3 = "type")){
const err22 = {};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
else {
if(data.type !== undefined){
if("Replace" !== data.type){
const err23 = {};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
}
else {
const err24 = {};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
var _valid3 = _errs37 === errors;
errors = _errs36;
if(vErrors !== null){
if(_errs36){
vErrors.length = _errs36;
}
else {
vErrors = null;
}
}
if(_valid3){
const _errs40 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.pattern === undefined){
const err25 = {instancePath,schemaPath:"#/allOf/3/then/required",keyword:"required",params:{missingProperty: "pattern"},message:"must have required property '"+"pattern"+"'",schema:schema157.allOf[3].then.required,parentSchema:schema157.allOf[3].then,data};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(data.content === undefined){
const err26 = {instancePath,schemaPath:"#/allOf/3/then/required",keyword:"required",params:{missingProperty: "content"},message:"must have required property '"+"content"+"'",schema:schema157.allOf[3].then.required,parentSchema:schema157.allOf[3].then,data};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(data.pattern !== undefined){
let data12 = data.pattern;
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
if(Object.keys(data12).length > 1){
const err27 = {instancePath:instancePath+"/pattern",schemaPath:"#/$defs/pattern/maxProperties",keyword:"maxProperties",params:{limit: 1},message:"must NOT have more than 1 properties",schema:1,parentSchema:schema158,data:data12};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(Object.keys(data12).length < 1){
const err28 = {instancePath:instancePath+"/pattern",schemaPath:"#/$defs/pattern/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema158,data:data12};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
for(const key0 in data12){
if(!((key0 === "String") || (key0 === "Regex"))){
const err29 = {instancePath:instancePath+"/pattern",schemaPath:"#/$defs/pattern/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema158,data:data12};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data12.String !== undefined){
let data13 = data12.String;
if(typeof data13 !== "string"){
const err30 = {instancePath:instancePath+"/pattern/String",schemaPath:"#/$defs/pattern/properties/String/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema158.properties.String.type,parentSchema:schema158.properties.String,data:data13};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data12.Regex !== undefined){
let data14 = data12.Regex;
if(typeof data14 !== "string"){
const err31 = {instancePath:instancePath+"/pattern/Regex",schemaPath:"#/$defs/pattern/properties/Regex/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema158.properties.Regex.type,parentSchema:schema158.properties.Regex,data:data14};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
else {
const err32 = {instancePath:instancePath+"/pattern",schemaPath:"#/$defs/pattern/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema158.type,parentSchema:schema158,data:data12};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.content !== undefined){
let data15 = data.content;
if(typeof data15 !== "string"){
const err33 = {instancePath:instancePath+"/content",schemaPath:"#/allOf/3/then/properties/content/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema157.allOf[3].then.properties.content.type,parentSchema:schema157.allOf[3].then.properties.content,data:data15};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
var _valid3 = _errs40 === errors;
valid12 = _valid3;
if(valid12){
var props4 = {};
props4.pattern = true;
props4.content = true;
props4.type = true;
}
}
if(!valid12){
const err34 = {instancePath,schemaPath:"#/allOf/3/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema157.allOf[3].if,parentSchema:schema157.allOf[3],data};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(props1 !== true && props4 !== undefined){
if(props4 === true){
props1 = true;
}
else {
props1 = props1 || {};
Object.assign(props1, props4);
}
}
const _errs53 = errors;
let valid17 = true;
const _errs54 = errors;
if(errors === _errs54){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing4;
if((data.type === undefined) && (missing4 = "type")){
const err35 = {};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
else {
if(data.type !== undefined){
if("Prepend" !== data.type){
const err36 = {};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
}
}
else {
const err37 = {};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
var _valid4 = _errs54 === errors;
errors = _errs53;
if(vErrors !== null){
if(_errs53){
vErrors.length = _errs53;
}
else {
vErrors = null;
}
}
if(_valid4){
const _errs57 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.prepend === undefined){
const err38 = {instancePath,schemaPath:"#/allOf/4/then/required",keyword:"required",params:{missingProperty: "prepend"},message:"must have required property '"+"prepend"+"'",schema:schema157.allOf[4].then.required,parentSchema:schema157.allOf[4].then,data};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(data.prepend !== undefined){
let data17 = data.prepend;
if(typeof data17 !== "string"){
const err39 = {instancePath:instancePath+"/prepend",schemaPath:"#/allOf/4/then/properties/prepend/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema157.allOf[4].then.properties.prepend.type,parentSchema:schema157.allOf[4].then.properties.prepend,data:data17};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
}
var _valid4 = _errs57 === errors;
valid17 = _valid4;
if(valid17){
var props5 = {};
props5.prepend = true;
props5.type = true;
}
}
if(!valid17){
const err40 = {instancePath,schemaPath:"#/allOf/4/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema157.allOf[4].if,parentSchema:schema157.allOf[4],data};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if(props1 !== true && props5 !== undefined){
if(props5 === true){
props1 = true;
}
else {
props1 = props1 || {};
Object.assign(props1, props5);
}
}
const _errs61 = errors;
let valid20 = true;
const _errs62 = errors;
if(errors === _errs62){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing5;
if((data.type === undefined) && (missing5 = "type")){
const err41 = {};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
else {
if(data.type !== undefined){
if("Precompiled" !== data.type){
const err42 = {};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
}
}
else {
const err43 = {};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
var _valid5 = _errs62 === errors;
errors = _errs61;
if(vErrors !== null){
if(_errs61){
vErrors.length = _errs61;
}
else {
vErrors = null;
}
}
if(_valid5){
const _errs65 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.precompiled_charsmap !== undefined){
let data19 = data.precompiled_charsmap;
if((typeof data19 !== "string") && (data19 !== null)){
const err44 = {instancePath:instancePath+"/precompiled_charsmap",schemaPath:"#/allOf/5/then/properties/precompiled_charsmap/type",keyword:"type",params:{type: schema157.allOf[5].then.properties.precompiled_charsmap.type},message:"must be string,null",schema:schema157.allOf[5].then.properties.precompiled_charsmap.type,parentSchema:schema157.allOf[5].then.properties.precompiled_charsmap,data:data19};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
}
var _valid5 = _errs65 === errors;
valid20 = _valid5;
if(valid20){
var props6 = {};
props6.precompiled_charsmap = true;
props6.type = true;
}
}
if(!valid20){
const err45 = {instancePath,schemaPath:"#/allOf/5/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema157.allOf[5].if,parentSchema:schema157.allOf[5],data};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if(props1 !== true && props6 !== undefined){
if(props6 === true){
props1 = true;
}
else {
props1 = props1 || {};
Object.assign(props1, props6);
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err46 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema157.required,parentSchema:schema157,data};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
if(props1 !== true){
props1 = props1 || {};
props1.type = true;
}
if(data.type !== undefined){
let data20 = data.type;
if(!((((((((((((((data20 === "BertNormalizer") || (data20 === "Strip")) || (data20 === "StripAccents")) || (data20 === "NFC")) || (data20 === "NFD")) || (data20 === "NFKC")) || (data20 === "NFKD")) || (data20 === "Sequence")) || (data20 === "Lowercase")) || (data20 === "Nmt")) || (data20 === "Precompiled")) || (data20 === "Replace")) || (data20 === "Prepend")) || (data20 === "ByteLevel"))){
const err47 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema157.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema157.properties.type.enum,parentSchema:schema157.properties.type,data:data20};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
}
validate62.errors = vErrors;
evaluated0.props = props1;
return errors === 0;
}
validate62.evaluated = {"dynamicProps":true,"dynamicItems":false};

const schema159 = {"description":"A pre-tokenizer, or null.","type":["object","null"],"required":["type"],"properties":{"type":{"enum":["BertPreTokenizer","ByteLevel","CharDelimiterSplit","Metaspace","Whitespace","WhitespaceSplit","Sequence","Split","Punctuation","Digits","UnicodeScripts","FixedLength"]}},"allOf":[{"if":{"type":"object","properties":{"type":{"const":"Sequence"}},"required":["type"]},"then":{"properties":{"pretokenizers":{"type":"array","items":{"type":"object","$ref":"#/$defs/preTokenizer"}}},"required":["pretokenizers"]}},{"if":{"type":"object","properties":{"type":{"const":"ByteLevel"}},"required":["type"]},"then":{"$ref":"#/$defs/byteLevelOptions"}},{"if":{"type":"object","properties":{"type":{"const":"Metaspace"}},"required":["type"]},"then":{"$ref":"#/$defs/metaspaceOptions"}},{"if":{"type":"object","properties":{"type":{"const":"Split"}},"required":["type"]},"then":{"properties":{"pattern":{"$ref":"#/$defs/pattern"},"behavior":{"$ref":"#/$defs/splitBehavior"},"invert":{"type":"boolean"}},"required":["pattern","behavior"]}},{"if":{"type":"object","properties":{"type":{"const":"CharDelimiterSplit"}},"required":["type"]},"then":{"properties":{"delimiter":{"type":"string","minLength":1,"maxLength":2,"x-expected":"a single character"}},"required":["delimiter"]}},{"if":{"type":"object","properties":{"type":{"const":"Punctuation"}},"required":["type"]},"then":{"properties":{"behavior":{"$ref":"#/$defs/splitBehavior"}}}},{"if":{"type":"object","properties":{"type":{"const":"Digits"}},"required":["type"]},"then":{"properties":{"individual_digits":{"type":"boolean"}}}},{"if":{"type":"object","properties":{"type":{"const":"FixedLength"}},"required":["type"]},"then":{"properties":{"length":{"type":"integer","minimum":1}}}}]};
const schema160 = {"type":"object","properties":{"add_prefix_space":{"type":"boolean"},"trim_offsets":{"type":"boolean"},"use_regex":{"type":"boolean"}}};
const schema164 = {"enum":["Removed","Isolated","MergedWithPrevious","MergedWithNext","Contiguous"]};
const wrapper1 = {validate: validate64};
const schema161 = {"type":"object","properties":{"replacement":{"type":"string","minLength":1,"maxLength":2,"x-expected":"a single character"},"add_prefix_space":{"type":"boolean"},"prepend_scheme":{"$ref":"#/$defs/prependScheme"},"split":{"type":"boolean"}}};
const schema162 = {"enum":["always","never","first"]};

function validate65(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate65.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.replacement !== undefined){
let data0 = data.replacement;
if(typeof data0 === "string"){
if(func1(data0) > 2){
const err0 = {instancePath:instancePath+"/replacement",schemaPath:"#/properties/replacement/maxLength",keyword:"maxLength",params:{limit: 2},message:"must NOT have more than 2 characters",schema:2,parentSchema:schema161.properties.replacement,data:data0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(func1(data0) < 1){
const err1 = {instancePath:instancePath+"/replacement",schemaPath:"#/properties/replacement/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema161.properties.replacement,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/replacement",schemaPath:"#/properties/replacement/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema161.properties.replacement.type,parentSchema:schema161.properties.replacement,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.add_prefix_space !== undefined){
let data1 = data.add_prefix_space;
if(typeof data1 !== "boolean"){
const err3 = {instancePath:instancePath+"/add_prefix_space",schemaPath:"#/properties/add_prefix_space/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema161.properties.add_prefix_space.type,parentSchema:schema161.properties.add_prefix_space,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.prepend_scheme !== undefined){
let data2 = data.prepend_scheme;
if(!(((data2 === "always") || (data2 === "never")) || (data2 === "first"))){
const err4 = {instancePath:instancePath+"/prepend_scheme",schemaPath:"#/$defs/prependScheme/enum",keyword:"enum",params:{allowedValues: schema162.enum},message:"must be equal to one of the allowed values",schema:schema162.enum,parentSchema:schema162,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.split !== undefined){
let data3 = data.split;
if(typeof data3 !== "boolean"){
const err5 = {instancePath:instancePath+"/split",schemaPath:"#/properties/split/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema161.properties.split.type,parentSchema:schema161.properties.split,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema161.type,parentSchema:schema161,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate65.errors = vErrors;
return errors === 0;
}
validate65.evaluated = {"props":{"replacement":true,"add_prefix_space":true,"prepend_scheme":true,"split":true},"dynamicProps":false,"dynamicItems":false};


function validate64(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate64.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if((!(data && typeof data == "object" && !Array.isArray(data))) && (data !== null)){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: schema159.type},message:"must be object,null",schema:schema159.type,parentSchema:schema159,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const _errs2 = errors;
let valid1 = true;
const _errs3 = errors;
if(errors === _errs3){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.type === undefined) && (missing0 = "type")){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
else {
if(data.type !== undefined){
if("Sequence" !== data.type){
const err2 = {};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
}
else {
const err3 = {};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
var _valid0 = _errs3 === errors;
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs6 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.pretokenizers === undefined){
const err4 = {instancePath,schemaPath:"#/allOf/0/then/required",keyword:"required",params:{missingProperty: "pretokenizers"},message:"must have required property '"+"pretokenizers"+"'",schema:schema159.allOf[0].then.required,parentSchema:schema159.allOf[0].then,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.pretokenizers !== undefined){
let data1 = data.pretokenizers;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(!(data2 && typeof data2 == "object" && !Array.isArray(data2))){
const err5 = {instancePath:instancePath+"/pretokenizers/" + i0,schemaPath:"#/allOf/0/then/properties/pretokenizers/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema159.allOf[0].then.properties.pretokenizers.items.type,parentSchema:schema159.allOf[0].then.properties.pretokenizers.items,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!(wrapper1.validate(data2, {instancePath:instancePath+"/pretokenizers/" + i0,parentData:data1,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? wrapper1.validate.errors : vErrors.concat(wrapper1.validate.errors);
errors = vErrors.length;
}
}
}
else {
const err6 = {instancePath:instancePath+"/pretokenizers",schemaPath:"#/allOf/0/then/properties/pretokenizers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema159.allOf[0].then.properties.pretokenizers.type,parentSchema:schema159.allOf[0].then.properties.pretokenizers,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
var _valid0 = _errs6 === errors;
valid1 = _valid0;
if(valid1){
var props1 = {};
props1.pretokenizers = true;
props1.type = true;
}
}
if(!valid1){
const err7 = {instancePath,schemaPath:"#/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema159.allOf[0].if,parentSchema:schema159.allOf[0],data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
const _errs12 = errors;
let valid6 = true;
const _errs13 = errors;
if(errors === _errs13){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((data.type === undefined) && (missing1 = "type")){
const err8 = {};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
else {
if(data.type !== undefined){
if("ByteLevel" !== data.type){
const err9 = {};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
}
else {
const err10 = {};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
var _valid1 = _errs13 === errors;
errors = _errs12;
if(vErrors !== null){
if(_errs12){
vErrors.length = _errs12;
}
else {
vErrors = null;
}
}
if(_valid1){
const _errs16 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.add_prefix_space !== undefined){
let data4 = data.add_prefix_space;
if(typeof data4 !== "boolean"){
const err11 = {instancePath:instancePath+"/add_prefix_space",schemaPath:"#/$defs/byteLevelOptions/properties/add_prefix_space/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema160.properties.add_prefix_space.type,parentSchema:schema160.properties.add_prefix_space,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.trim_offsets !== undefined){
let data5 = data.trim_offsets;
if(typeof data5 !== "boolean"){
const err12 = {instancePath:instancePath+"/trim_offsets",schemaPath:"#/$defs/byteLevelOptions/properties/trim_offsets/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema160.properties.trim_offsets.type,parentSchema:schema160.properties.trim_offsets,data:data5};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.use_regex !== undefined){
let data6 = data.use_regex;
if(typeof data6 !== "boolean"){
const err13 = {instancePath:instancePath+"/use_regex",schemaPath:"#/$defs/byteLevelOptions/properties/use_regex/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema160.properties.use_regex.type,parentSchema:schema160.properties.use_regex,data:data6};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath,schemaPath:"#/$defs/byteLevelOptions/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema160.type,parentSchema:schema160,data};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var _valid1 = _errs16 === errors;
valid6 = _valid1;
if(valid6){
var props2 = {};
props2.add_prefix_space = true;
props2.trim_offsets = true;
props2.use_regex = true;
props2.type = true;
}
}
if(!valid6){
const err15 = {instancePath,schemaPath:"#/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema159.allOf[1].if,parentSchema:schema159.allOf[1],data};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(props1 !== true && props2 !== undefined){
if(props2 === true){
props1 = true;
}
else {
props1 = props1 || {};
Object.assign(props1, props2);
}
}
const _errs26 = errors;
let valid10 = true;
const _errs27 = errors;
if(errors === _errs27){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing2;
if((data.type === undefined) && (missing2 = "type")){
const err16 = {};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
else {
if(data.type !== undefined){
if("Metaspace" !== data.type){
const err17 = {};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
}
else {
const err18 = {};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
var _valid2 = _errs27 === errors;
errors = _errs26;
if(vErrors !== null){
if(_errs26){
vErrors.length = _errs26;
}
else {
vErrors = null;
}
}
if(_valid2){
const _errs30 = errors;
if(!(validate65(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate65.errors : vErrors.concat(validate65.errors);
errors = vErrors.length;
}
var _valid2 = _errs30 === errors;
valid10 = _valid2;
if(valid10){
var props3 = {};
props3.replacement = true;
props3.add_prefix_space = true;
props3.prepend_scheme = true;
props3.split = true;
props3.type = true;
}
}
if(!valid10){
const err19 = {instancePath,schemaPath:"#/allOf/2/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema159.allOf[2].if,parentSchema:schema159.allOf[2],data};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(props1 !== true && props3 !== undefined){
if(props3 === true){
props1 = true;
}
else {
props1 = props1 || {};
Object.assign(props1, props3);
}
}
const _errs32 = errors;
let valid12 = true;
const _errs33 = errors;
if(errors === _errs33){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing3;
if((data.type === undefined) && (missing3 = "type")){
const err20 = {};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
else {
if(data.type !== undefined){
if("Split" !== data.type){
const err21 = {};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
}
else {
const err22 = {};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
var _valid3 = _errs33 === errors;
errors = _errs32;
if(vErrors !== null){
if(_errs32){
vErrors.length = _errs32;
}
else {
vErrors = null;
}
}
if(_valid3){
const _errs36 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.pattern === undefined){
const err23 = {instancePath,schemaPath:"#/allOf/3/then/required",keyword:"required",params:{missingProperty: "pattern"},message:"must have required property '"+"pattern"+"'",schema:schema159.allOf[3].then.required,parentSchema:schema159.allOf[3].then,data};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(data.behavior === undefined){
const err24 = {instancePath,schemaPath:"#/allOf/3/then/required",keyword:"required",params:{missingProperty: "behavior"},message:"must have required property '"+"behavior"+"'",schema:schema159.allOf[3].then.required,parentSchema:schema159.allOf[3].then,data};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(data.pattern !== undefined){
let data9 = data.pattern;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(Object.keys(data9).length > 1){
const err25 = {instancePath:instancePath+"/pattern",schemaPath:"#/$defs/pattern/maxProperties",keyword:"maxProperties",params:{limit: 1},message:"must NOT have more than 1 properties",schema:1,parentSchema:schema158,data:data9};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(Object.keys(data9).length < 1){
const err26 = {instancePath:instancePath+"/pattern",schemaPath:"#/$defs/pattern/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema158,data:data9};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
for(const key0 in data9){
if(!((key0 === "String") || (key0 === "Regex"))){
const err27 = {instancePath:instancePath+"/pattern",schemaPath:"#/$defs/pattern/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema158,data:data9};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data9.String !== undefined){
let data10 = data9.String;
if(typeof data10 !== "string"){
const err28 = {instancePath:instancePath+"/pattern/String",schemaPath:"#/$defs/pattern/properties/String/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema158.properties.String.type,parentSchema:schema158.properties.String,data:data10};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data9.Regex !== undefined){
let data11 = data9.Regex;
if(typeof data11 !== "string"){
const err29 = {instancePath:instancePath+"/pattern/Regex",schemaPath:"#/$defs/pattern/properties/Regex/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema158.properties.Regex.type,parentSchema:schema158.properties.Regex,data:data11};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
else {
const err30 = {instancePath:instancePath+"/pattern",schemaPath:"#/$defs/pattern/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema158.type,parentSchema:schema158,data:data9};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.behavior !== undefined){
let data12 = data.behavior;
if(!(((((data12 === "Removed") || (data12 === "Isolated")) || (data12 === "MergedWithPrevious")) || (data12 === "MergedWithNext")) || (data12 === "Contiguous"))){
const err31 = {instancePath:instancePath+"/behavior",schemaPath:"#/$defs/splitBehavior/enum",keyword:"enum",params:{allowedValues: schema164.enum},message:"must be equal to one of the allowed values",schema:schema164.enum,parentSchema:schema164,data:data12};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.invert !== undefined){
let data13 = data.invert;
if(typeof data13 !== "boolean"){
const err32 = {instancePath:instancePath+"/invert",schemaPath:"#/allOf/3/then/properties/invert/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema159.allOf[3].then.properties.invert.type,parentSchema:schema159.allOf[3].then.properties.invert,data:data13};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
var _valid3 = _errs36 === errors;
valid12 = _valid3;
if(valid12){
var props4 = {};
props4.pattern = true;
props4.behavior = true;
props4.invert = true;
props4.type = true;
}
}
if(!valid12){
const err33 = {instancePath,schemaPath:"#/allOf/3/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema159.allOf[3].if,parentSchema:schema159.allOf[3],data};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(props1 !== true && props4 !== undefined){
if(props4 === true){
props1 = true;
}
else {
props1 = props1 || {};
Object.assign(props1, props4);
}
}
const _errs51 = errors;
let valid18 = true;
const _errs52 = errors;
if(errors === _errs52){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing4;
if((data.type === undefined) && (missing4 = "type")){
const err34 = {};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
else {
if(data.type !== undefined){
if("CharDelimiterSplit" !== data.type){
const err35 = {};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
}
}
else {
const err36 = {};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
var _valid4 = _errs52 === errors;
errors = _errs51;
if(vErrors !== null){
if(_errs51){
vErrors.length = _errs51;
}
else {
vErrors = null;
}
}
if(_valid4){
const _errs55 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.delimiter === undefined){
const err37 = {instancePath,schemaPath:"#/allOf/4/then/required",keyword:"required",params:{missingProperty: "delimiter"},message:"must have required property '"+"delimiter"+"'",schema:schema159.allOf[4].then.required,parentSchema:schema159.allOf[4].then,data};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(data.delimiter !== undefined){
let data15 = data.delimiter;
if(typeof data15 === "string"){
if(func1(data15) > 2){
const err38 = {instancePath:instancePath+"/delimiter",schemaPath:"#/allOf/4/then/properties/delimiter/maxLength",keyword:"maxLength",params:{limit: 2},message:"must NOT have more than 2 characters",schema:2,parentSchema:schema159.allOf[4].then.properties.delimiter,data:data15};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(func1(data15) < 1){
const err39 = {instancePath:instancePath+"/delimiter",schemaPath:"#/allOf/4/then/properties/delimiter/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema159.allOf[4].then.properties.delimiter,data:data15};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
else {
const err40 = {instancePath:instancePath+"/delimiter",schemaPath:"#/allOf/4/then/properties/delimiter/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema159.allOf[4].then.properties.delimiter.type,parentSchema:schema159.allOf[4].then.properties.delimiter,data:data15};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
var _valid4 = _errs55 === errors;
valid18 = _valid4;
if(valid18){
var props5 = {};
props5.delimiter = true;
props5.type = true;
}
}
if(!valid18){
const err41 = {instancePath,schemaPath:"#/allOf/4/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema159.allOf[4].if,parentSchema:schema159.allOf[4],data};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if(props1 !== true && props5 !== undefined){
if(props5 === true){
props1 = true;
}
else {
props1 = props1 || {};
Object.assign(props1, props5);
}
}
const _errs60 = errors;
let valid21 = true;
const _errs61 = errors;
if(errors === _errs61){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing5;
if((data.type === undefined) && (missing5 = "type")){
const err42 = {};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
else {
if(data.type !== undefined){
if("Punctuation" !== data.type){
const err43 = {};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
}
}
else {
const err44 = {};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
var _valid5 = _errs61 === errors;
errors = _errs60;
if(vErrors !== null){
if(_errs60){
vErrors.length = _errs60;
}
else {
vErrors = null;
}
}
if(_valid5){
const _errs64 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.behavior !== undefined){
let data17 = data.behavior;
if(!(((((data17 === "Removed") || (data17 === "Isolated")) || (data17 === "MergedWithPrevious")) || (data17 === "MergedWithNext")) || (data17 === "Contiguous"))){
const err45 = {instancePath:instancePath+"/behavior",schemaPath:"#/$defs/splitBehavior/enum",keyword:"enum",params:{allowedValues: schema164.enum},message:"must be equal to one of the allowed values",schema:schema164.enum,parentSchema:schema164,data:data17};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
}
var _valid5 = _errs64 === errors;
valid21 = _valid5;
if(valid21){
var props6 = {};
props6.behavior = true;
props6.type = true;
}
}
if(!valid21){
const err46 = {instancePath,schemaPath:"#/allOf/5/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema159.allOf[5].if,parentSchema:schema159.allOf[5],data};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
if(props1 !== true && props6 !== undefined){
if(props6 === true){
props1 = true;
}
else {
props1 = props1 || {};
Object.assign(props1, props6);
}
}
const _errs68 = errors;
let valid25 = true;
const _errs69 = errors;
if(errors === _errs69){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing6;
if((data.type === undefined) && (missing6 = "type")){
const err47 = {};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
else {
if(data.type !== undefined){
if("Digits" !== data.type){
const err48 = {};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
}
}
else {
const err49 = {};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
var _valid6 = _errs69 === errors;
errors = _errs68;
if(vErrors !== null){
if(_errs68){
vErrors.length = _errs68;
}
else {
vErrors = null;
}
}
if(_valid6){
const _errs72 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.individual_digits !== undefined){
let data19 = data.individual_digits;
if(typeof data19 !== "boolean"){
const err50 = {instancePath:instancePath+"/individual_digits",schemaPath:"#/allOf/6/then/properties/individual_digits/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema159.allOf[6].then.properties.individual_digits.type,parentSchema:schema159.allOf[6].then.properties.individual_digits,data:data19};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
}
var _valid6 = _errs72 === errors;
valid25 = _valid6;
if(valid25){
var props7 = {};
props7.individual_digits = true;
props7.type = true;
}
}
if(!valid25){
const err51 = {instancePath,schemaPath:"#/allOf/6/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema159.allOf[6].if,parentSchema:schema159.allOf[6],data};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
if(props1 !== true && props7 !== undefined){
if(props7 === true){
props1 = true;
}
else {
props1 = props1 || {};
Object.assign(props1, props7);
}
}
const _errs76 = errors;
let valid28 = true;
const _errs77 = errors;
if(errors === _errs77){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing7;
if((data.type === undefined) && (missing7 = "type")){
const err52 = {};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
else {
if(data.type !== undefined){
if("FixedLength" !== data.type){
const err53 = {};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
}
}
else {
const err54 = {};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
var _valid7 = _errs77 === errors;
errors = _errs76;
if(vErrors !== null){
if(_errs76){
vErrors.length = _errs76;
}
else {
vErrors = null;
}
}
if(_valid7){
const _errs80 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.length !== undefined){
let data21 = data.length;
if(!(((typeof data21 == "number") && (!(data21 % 1) && !isNaN(data21))) && (isFinite(data21)))){
const err55 = {instancePath:instancePath+"/length",schemaPath:"#/allOf/7/then/properties/length/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema159.allOf[7].then.properties.length.type,parentSchema:schema159.allOf[7].then.properties.length,data:data21};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
if((typeof data21 == "number") && (isFinite(data21))){
if(data21 < 1 || isNaN(data21)){
const err56 = {instancePath:instancePath+"/length",schemaPath:"#/allOf/7/then/properties/length/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema159.allOf[7].then.properties.length,data:data21};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
}
}
var _valid7 = _errs80 === errors;
valid28 = _valid7;
if(valid28){
var props8 = {};
props8.length = true;
props8.type = true;
}
}
if(!valid28){
const err57 = {instancePath,schemaPath:"#/allOf/7/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema159.allOf[7].if,parentSchema:schema159.allOf[7],data};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
if(props1 !== true && props8 !== undefined){
if(props8 === true){
props1 = true;
}
else {
props1 = props1 || {};
Object.assign(props1, props8);
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err58 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema159.required,parentSchema:schema159,data};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
if(props1 !== true){
props1 = props1 || {};
props1.type = true;
}
if(data.type !== undefined){
let data22 = data.type;
if(!((((((((((((data22 === "BertPreTokenizer") || (data22 === "ByteLevel")) || (data22 === "CharDelimiterSplit")) || (data22 === "Metaspace")) || (data22 === "Whitespace")) || (data22 === "WhitespaceSplit")) || (data22 === "Sequence")) || (data22 === "Split")) || (data22 === "Punctuation")) || (data22 === "Digits")) || (data22 === "UnicodeScripts")) || (data22 === "FixedLength"))){
const err59 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema159.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema159.properties.type.enum,parentSchema:schema159.properties.type,data:data22};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
}
validate64.errors = vErrors;
evaluated0.props = props1;
return errors === 0;
}
validate64.evaluated = {"dynamicProps":true,"dynamicItems":false};

const schema166 = {"description":"A post-processor, or null.","type":["object","null"],"required":["type"],"properties":{"type":{"enum":["TemplateProcessing","BertProcessing","RobertaProcessing","ByteLevel","Sequence"]}},"allOf":[{"if":{"type":"object","properties":{"type":{"const":"Sequence"}},"required":["type"]},"then":{"properties":{"processors":{"type":"array","items":{"type":"object","$ref":"#/$defs/postProcessor"}}},"required":["processors"]}},{"if":{"type":"object","properties":{"type":{"const":"TemplateProcessing"}},"required":["type"]},"then":{"properties":{"single":{"type":"array","items":{"$ref":"#/$defs/templatePiece"}},"pair":{"type":"array","items":{"$ref":"#/$defs/templatePiece"}},"special_tokens":{"type":"object","additionalProperties":{"type":"object","required":["id","ids","tokens"],"properties":{"id":{"type":"string"},"ids":{"type":"array","items":{"$ref":"#/$defs/nonNegativeInteger"}},"tokens":{"type":"array","items":{"type":"string"}}}}}},"required":["single","pair"]}},{"if":{"type":"object","properties":{"type":{"enum":["BertProcessing","RobertaProcessing"]}},"required":["type"]},"then":{"properties":{"sep":{"$ref":"#/$defs/specialTokenPair"},"cls":{"$ref":"#/$defs/specialTokenPair"},"trim_offsets":{"type":"boolean"},"add_prefix_space":{"type":"boolean"}},"required":["sep","cls"]}},{"if":{"type":"object","properties":{"type":{"const":"ByteLevel"}},"required":["type"]},"then":{"$ref":"#/$defs/byteLevelOptions"}}]};
const wrapper2 = {validate: validate68};
const schema167 = {"description":"One piece of a template: a special token or a sequence placeholder.","type":"object","properties":{"SpecialToken":{"type":"object","required":["id"],"properties":{"id":{"type":"string"},"type_id":{"$ref":"#/$defs/nonNegativeInteger"}}},"Sequence":{"type":"object","required":["id"],"properties":{"id":{"enum":["A","B"]},"type_id":{"$ref":"#/$defs/nonNegativeInteger"}}}},"minProperties":1,"maxProperties":1,"additionalProperties":false,"x-expected":"{\"SpecialToken\": {...}} or {\"Sequence\": {...}}"};

function validate69(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate69.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(Object.keys(data).length > 1){
const err0 = {instancePath,schemaPath:"#/maxProperties",keyword:"maxProperties",params:{limit: 1},message:"must NOT have more than 1 properties",schema:1,parentSchema:schema167,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(Object.keys(data).length < 1){
const err1 = {instancePath,schemaPath:"#/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema167,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "SpecialToken") || (key0 === "Sequence"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema167,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.SpecialToken !== undefined){
let data0 = data.SpecialToken;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.id === undefined){
const err3 = {instancePath:instancePath+"/SpecialToken",schemaPath:"#/properties/SpecialToken/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema167.properties.SpecialToken.required,parentSchema:schema167.properties.SpecialToken,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data0.id !== undefined){
let data1 = data0.id;
if(typeof data1 !== "string"){
const err4 = {instancePath:instancePath+"/SpecialToken/id",schemaPath:"#/properties/SpecialToken/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema167.properties.SpecialToken.properties.id.type,parentSchema:schema167.properties.SpecialToken.properties.id,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data0.type_id !== undefined){
let data2 = data0.type_id;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err5 = {instancePath:instancePath+"/SpecialToken/type_id",schemaPath:"#/$defs/nonNegativeInteger/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema150.type,parentSchema:schema150,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 0 || isNaN(data2)){
const err6 = {instancePath:instancePath+"/SpecialToken/type_id",schemaPath:"#/$defs/nonNegativeInteger/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema150,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
}
else {
const err7 = {instancePath:instancePath+"/SpecialToken",schemaPath:"#/properties/SpecialToken/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema167.properties.SpecialToken.type,parentSchema:schema167.properties.SpecialToken,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.Sequence !== undefined){
let data3 = data.Sequence;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.id === undefined){
const err8 = {instancePath:instancePath+"/Sequence",schemaPath:"#/properties/Sequence/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema167.properties.Sequence.required,parentSchema:schema167.properties.Sequence,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data3.id !== undefined){
let data4 = data3.id;
if(!((data4 === "A") || (data4 === "B"))){
const err9 = {instancePath:instancePath+"/Sequence/id",schemaPath:"#/properties/Sequence/properties/id/enum",keyword:"enum",params:{allowedValues: schema167.properties.Sequence.properties.id.enum},message:"must be equal to one of the allowed values",schema:schema167.properties.Sequence.properties.id.enum,parentSchema:schema167.properties.Sequence.properties.id,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data3.type_id !== undefined){
let data5 = data3.type_id;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err10 = {instancePath:instancePath+"/Sequence/type_id",schemaPath:"#/$defs/nonNegativeInteger/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema150.type,parentSchema:schema150,data:data5};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 0 || isNaN(data5)){
const err11 = {instancePath:instancePath+"/Sequence/type_id",schemaPath:"#/$defs/nonNegativeInteger/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema150,data:data5};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
}
else {
const err12 = {instancePath:instancePath+"/Sequence",schemaPath:"#/properties/Sequence/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema167.properties.Sequence.type,parentSchema:schema167.properties.Sequence,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema167.type,parentSchema:schema167,data};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
validate69.errors = vErrors;
return errors === 0;
}
validate69.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema171 = {"type":"array","prefixItems":[{"type":"string"},{"$ref":"#/$defs/nonNegativeInteger"}],"minItems":2,"items":false,"x-expected":"a [token, id] pair"};

function validate72(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate72.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(Array.isArray(data)){
if(data.length < 2){
const err0 = {instancePath,schemaPath:"#/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items",schema:2,parentSchema:schema171,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const len0 = data.length;
if(len0 > 0){
let data0 = data[0];
if(typeof data0 !== "string"){
const err1 = {instancePath:instancePath+"/0",schemaPath:"#/prefixItems/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema171.prefixItems[0].type,parentSchema:schema171.prefixItems[0],data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(len0 > 1){
let data1 = data[1];
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err2 = {instancePath:instancePath+"/1",schemaPath:"#/$defs/nonNegativeInteger/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema150.type,parentSchema:schema150,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 0 || isNaN(data1)){
const err3 = {instancePath:instancePath+"/1",schemaPath:"#/$defs/nonNegativeInteger/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema150,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
const len1 = data.length;
if(!(len1 <= 2)){
const err4 = {instancePath,schemaPath:"#/items",keyword:"items",params:{limit: 2},message:"must NOT have more than 2 items",schema:false,parentSchema:schema171,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema171.type,parentSchema:schema171,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate72.errors = vErrors;
return errors === 0;
}
validate72.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};


function validate68(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate68.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if((!(data && typeof data == "object" && !Array.isArray(data))) && (data !== null)){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: schema166.type},message:"must be object,null",schema:schema166.type,parentSchema:schema166,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const _errs2 = errors;
let valid1 = true;
const _errs3 = errors;
if(errors === _errs3){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.type === undefined) && (missing0 = "type")){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
else {
if(data.type !== undefined){
if("Sequence" !== data.type){
const err2 = {};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
}
else {
const err3 = {};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
var _valid0 = _errs3 === errors;
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs6 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.processors === undefined){
const err4 = {instancePath,schemaPath:"#/allOf/0/then/required",keyword:"required",params:{missingProperty: "processors"},message:"must have required property '"+"processors"+"'",schema:schema166.allOf[0].then.required,parentSchema:schema166.allOf[0].then,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.processors !== undefined){
let data1 = data.processors;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(!(data2 && typeof data2 == "object" && !Array.isArray(data2))){
const err5 = {instancePath:instancePath+"/processors/" + i0,schemaPath:"#/allOf/0/then/properties/processors/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema166.allOf[0].then.properties.processors.items.type,parentSchema:schema166.allOf[0].then.properties.processors.items,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!(wrapper2.validate(data2, {instancePath:instancePath+"/processors/" + i0,parentData:data1,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? wrapper2.validate.errors : vErrors.concat(wrapper2.validate.errors);
errors = vErrors.length;
}
}
}
else {
const err6 = {instancePath:instancePath+"/processors",schemaPath:"#/allOf/0/then/properties/processors/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema166.allOf[0].then.properties.processors.type,parentSchema:schema166.allOf[0].then.properties.processors,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
var _valid0 = _errs6 === errors;
valid1 = _valid0;
if(valid1){
var props1 = {};
props1.processors = true;
props1.type = true;
}
}
if(!valid1){
const err7 = {instancePath,schemaPath:"#/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema166.allOf[0].if,parentSchema:schema166.allOf[0],data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
const _errs12 = errors;
let valid6 = true;
const _errs13 = errors;
if(errors === _errs13){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((data.type === undefined) && (missing1 = "type")){
const err8 = {};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
else {
if(data.type !== undefined){
if("TemplateProcessing" !== data.type){
const err9 = {};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
}
else {
const err10 = {};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
var _valid1 = _errs13 === errors;
errors = _errs12;
if(vErrors !== null){
if(_errs12){
vErrors.length = _errs12;
}
else {
vErrors = null;
}
}
if(_valid1){
const _errs16 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.single === undefined){
const err11 = {instancePath,schemaPath:"#/allOf/1/then/required",keyword:"required",params:{missingProperty: "single"},message:"must have required property '"+"single"+"'",schema:schema166.allOf[1].then.required,parentSchema:schema166.allOf[1].then,data};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data.pair === undefined){
const err12 = {instancePath,schemaPath:"#/allOf/1/then/required",keyword:"required",params:{missingProperty: "pair"},message:"must have required property '"+"pair"+"'",schema:schema166.allOf[1].then.required,parentSchema:schema166.allOf[1].then,data};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data.single !== undefined){
let data4 = data.single;
if(Array.isArray(data4)){
const len1 = data4.length;
for(let i1=0; i1<len1; i1++){
if(!(validate69(data4[i1], {instancePath:instancePath+"/single/" + i1,parentData:data4,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate69.errors : vErrors.concat(validate69.errors);
errors = vErrors.length;
}
}
}
else {
const err13 = {instancePath:instancePath+"/single",schemaPath:"#/allOf/1/then/properties/single/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema166.allOf[1].then.properties.single.type,parentSchema:schema166.allOf[1].then.properties.single,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.pair !== undefined){
let data6 = data.pair;
if(Array.isArray(data6)){
const len2 = data6.length;
for(let i2=0; i2<len2; i2++){
if(!(validate69(data6[i2], {instancePath:instancePath+"/pair/" + i2,parentData:data6,parentDataProperty:i2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate69.errors : vErrors.concat(validate69.errors);
errors = vErrors.length;
}
}
}
else {
const err14 = {instancePath:instancePath+"/pair",schemaPath:"#/allOf/1/then/properties/pair/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema166.allOf[1].then.properties.pair.type,parentSchema:schema166.allOf[1].then.properties.pair,data:data6};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.special_tokens !== undefined){
let data8 = data.special_tokens;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
for(const key0 in data8){
let data9 = data8[key0];
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.id === undefined){
const err15 = {instancePath:instancePath+"/special_tokens/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/allOf/1/then/properties/special_tokens/additionalProperties/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema166.allOf[1].then.properties.special_tokens.additionalProperties.required,parentSchema:schema166.allOf[1].then.properties.special_tokens.additionalProperties,data:data9};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data9.ids === undefined){
const err16 = {instancePath:instancePath+"/special_tokens/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/allOf/1/then/properties/special_tokens/additionalProperties/required",keyword:"required",params:{missingProperty: "ids"},message:"must have required property '"+"ids"+"'",schema:schema166.allOf[1].then.properties.special_tokens.additionalProperties.required,parentSchema:schema166.allOf[1].then.properties.special_tokens.additionalProperties,data:data9};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data9.tokens === undefined){
const err17 = {instancePath:instancePath+"/special_tokens/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/allOf/1/then/properties/special_tokens/additionalProperties/required",keyword:"required",params:{missingProperty: "tokens"},message:"must have required property '"+"tokens"+"'",schema:schema166.allOf[1].then.properties.special_tokens.additionalProperties.required,parentSchema:schema166.allOf[1].then.properties.special_tokens.additionalProperties,data:data9};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data9.id !== undefined){
let data10 = data9.id;
if(typeof data10 !== "string"){
const err18 = {instancePath:instancePath+"/special_tokens/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/id",schemaPath:"#/allOf/1/then/properties/special_tokens/additionalProperties/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema166.allOf[1].then.properties.special_tokens.additionalProperties.properties.id.type,parentSchema:schema166.allOf[1].then.properties.special_tokens.additionalProperties.properties.id,data:data10};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data9.ids !== undefined){
let data11 = data9.ids;
if(Array.isArray(data11)){
const len3 = data11.length;
for(let i3=0; i3<len3; i3++){
let data12 = data11[i3];
if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){
const err19 = {instancePath:instancePath+"/special_tokens/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/ids/" + i3,schemaPath:"#/$defs/nonNegativeInteger/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema150.type,parentSchema:schema150,data:data12};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 < 0 || isNaN(data12)){
const err20 = {instancePath:instancePath+"/special_tokens/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/ids/" + i3,schemaPath:"#/$defs/nonNegativeInteger/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema150,data:data12};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
}
else {
const err21 = {instancePath:instancePath+"/special_tokens/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/ids",schemaPath:"#/allOf/1/then/properties/special_tokens/additionalProperties/properties/ids/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema166.allOf[1].then.properties.special_tokens.additionalProperties.properties.ids.type,parentSchema:schema166.allOf[1].then.properties.special_tokens.additionalProperties.properties.ids,data:data11};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data9.tokens !== undefined){
let data13 = data9.tokens;
if(Array.isArray(data13)){
const len4 = data13.length;
for(let i4=0; i4<len4; i4++){
let data14 = data13[i4];
if(typeof data14 !== "string"){
const err22 = {instancePath:instancePath+"/special_tokens/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/tokens/" + i4,schemaPath:"#/allOf/1/then/properties/special_tokens/additionalProperties/properties/tokens/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema166.allOf[1].then.properties.special_tokens.additionalProperties.properties.tokens.items.type,parentSchema:schema166.allOf[1].then.properties.special_tokens.additionalProperties.properties.tokens.items,data:data14};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
else {
const err23 = {instancePath:instancePath+"/special_tokens/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/tokens",schemaPath:"#/allOf/1/then/properties/special_tokens/additionalProperties/properties/tokens/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema166.allOf[1].then.properties.special_tokens.additionalProperties.properties.tokens.type,parentSchema:schema166.allOf[1].then.properties.special_tokens.additionalProperties.properties.tokens,data:data13};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
else {
const err24 = {instancePath:instancePath+"/special_tokens/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/allOf/1/then/properties/special_tokens/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema166.allOf[1].then.properties.special_tokens.additionalProperties.type,parentSchema:schema166.allOf[1].then.properties.special_tokens.additionalProperties,data:data9};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
else {
const err25 = {instancePath:instancePath+"/special_tokens",schemaPath:"#/allOf/1/then/properties/special_tokens/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema166.allOf[1].then.properties.special_tokens.type,parentSchema:schema166.allOf[1].then.properties.special_tokens,data:data8};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
var _valid1 = _errs16 === errors;
valid6 = _valid1;
if(valid6){
var props2 = {};
props2.single = true;
props2.pair = true;
props2.special_tokens = true;
props2.type = true;
}
}
if(!valid6){
const err26 = {instancePath,schemaPath:"#/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema166.allOf[1].if,parentSchema:schema166.allOf[1],data};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(props1 !== true && props2 !== undefined){
if(props2 === true){
props1 = true;
}
else {
props1 = props1 || {};
Object.assign(props1, props2);
}
}
const _errs40 = errors;
let valid20 = true;
const _errs41 = errors;
if(errors === _errs41){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing2;
if((data.type === undefined) && (missing2 = "type")){
const err27 = {};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
else {
if(data.type !== undefined){
let data15 = data.type;
if(!((data15 === "BertProcessing") || (data15 === "RobertaProcessing"))){
const err28 = {};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
}
else {
const err29 = {};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
var _valid2 = _errs41 === errors;
errors = _errs40;
if(vErrors !== null){
if(_errs40){
vErrors.length = _errs40;
}
else {
vErrors = null;
}
}
if(_valid2){
const _errs44 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.sep === undefined){
const err30 = {instancePath,schemaPath:"#/allOf/2/then/required",keyword:"required",params:{missingProperty: "sep"},message:"must have required property '"+"sep"+"'",schema:schema166.allOf[2].then.required,parentSchema:schema166.allOf[2].then,data};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(data.cls === undefined){
const err31 = {instancePath,schemaPath:"#/allOf/2/then/required",keyword:"required",params:{missingProperty: "cls"},message:"must have required property '"+"cls"+"'",schema:schema166.allOf[2].then.required,parentSchema:schema166.allOf[2].then,data};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(data.sep !== undefined){
if(!(validate72(data.sep, {instancePath:instancePath+"/sep",parentData:data,parentDataProperty:"sep",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate72.errors : vErrors.concat(validate72.errors);
errors = vErrors.length;
}
}
if(data.cls !== undefined){
if(!(validate72(data.cls, {instancePath:instancePath+"/cls",parentData:data,parentDataProperty:"cls",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate72.errors : vErrors.concat(validate72.errors);
errors = vErrors.length;
}
}
if(data.trim_offsets !== undefined){
let data18 = data.trim_offsets;
if(typeof data18 !== "boolean"){
const err32 = {instancePath:instancePath+"/trim_offsets",schemaPath:"#/allOf/2/then/properties/trim_offsets/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema166.allOf[2].then.properties.trim_offsets.type,parentSchema:schema166.allOf[2].then.properties.trim_offsets,data:data18};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.add_prefix_space !== undefined){
let data19 = data.add_prefix_space;
if(typeof data19 !== "boolean"){
const err33 = {instancePath:instancePath+"/add_prefix_space",schemaPath:"#/allOf/2/then/properties/add_prefix_space/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema166.allOf[2].then.properties.add_prefix_space.type,parentSchema:schema166.allOf[2].then.properties.add_prefix_space,data:data19};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
var _valid2 = _errs44 === errors;
valid20 = _valid2;
if(valid20){
var props3 = {};
props3.sep = true;
props3.cls = true;
props3.trim_offsets = true;
props3.add_prefix_space = true;
props3.type = true;
}
}
if(!valid20){
const err34 = {instancePath,schemaPath:"#/allOf/2/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema166.allOf[2].if,parentSchema:schema166.allOf[2],data};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(props1 !== true && props3 !== undefined){
if(props3 === true){
props1 = true;
}
else {
props1 = props1 || {};
Object.assign(props1, props3);
}
}
const _errs52 = errors;
let valid23 = true;
const _errs53 = errors;
if(errors === _errs53){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing3;
if((data.type === undefined) && (missing3 = "type")){
const err35 = {};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
else {
if(data.type !== undefined){
if("ByteLevel" !== data.type){
const err36 = {};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
}
}
else {
const err37 = {};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
var _valid3 = _errs53 === errors;
errors = _errs52;
if(vErrors !== null){
if(_errs52){
vErrors.length = _errs52;
}
else {
vErrors = null;
}
}
if(_valid3){
const _errs56 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.add_prefix_space !== undefined){
let data21 = data.add_prefix_space;
if(typeof data21 !== "boolean"){
const err38 = {instancePath:instancePath+"/add_prefix_space",schemaPath:"#/$defs/byteLevelOptions/properties/add_prefix_space/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema160.properties.add_prefix_space.type,parentSchema:schema160.properties.add_prefix_space,data:data21};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data.trim_offsets !== undefined){
let data22 = data.trim_offsets;
if(typeof data22 !== "boolean"){
const err39 = {instancePath:instancePath+"/trim_offsets",schemaPath:"#/$defs/byteLevelOptions/properties/trim_offsets/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema160.properties.trim_offsets.type,parentSchema:schema160.properties.trim_offsets,data:data22};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data.use_regex !== undefined){
let data23 = data.use_regex;
if(typeof data23 !== "boolean"){
const err40 = {instancePath:instancePath+"/use_regex",schemaPath:"#/$defs/byteLevelOptions/properties/use_regex/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema160.properties.use_regex.type,parentSchema:schema160.properties.use_regex,data:data23};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
else {
const err41 = {instancePath,schemaPath:"#/$defs/byteLevelOptions/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema160.type,parentSchema:schema160,data};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
var _valid3 = _errs56 === errors;
valid23 = _valid3;
if(valid23){
var props4 = {};
props4.add_prefix_space = true;
props4.trim_offsets = true;
props4.use_regex = true;
props4.type = true;
}
}
if(!valid23){
const err42 = {instancePath,schemaPath:"#/allOf/3/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema166.allOf[3].if,parentSchema:schema166.allOf[3],data};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(props1 !== true && props4 !== undefined){
if(props4 === true){
props1 = true;
}
else {
props1 = props1 || {};
Object.assign(props1, props4);
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err43 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema166.required,parentSchema:schema166,data};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(props1 !== true){
props1 = props1 || {};
props1.type = true;
}
if(data.type !== undefined){
let data24 = data.type;
if(!(((((data24 === "TemplateProcessing") || (data24 === "BertProcessing")) || (data24 === "RobertaProcessing")) || (data24 === "ByteLevel")) || (data24 === "Sequence"))){
const err44 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema166.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema166.properties.type.enum,parentSchema:schema166.properties.type,data:data24};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
}
validate68.errors = vErrors;
evaluated0.props = props1;
return errors === 0;
}
validate68.evaluated = {"dynamicProps":true,"dynamicItems":false};

const schema174 = {"description":"A decoder, or null.","type":["object","null"],"required":["type"],"properties":{"type":{"enum":["BPEDecoder","ByteLevel","WordPiece","Metaspace","CTC","Sequence","Replace","Fuse","Strip","ByteFallback"]}},"allOf":[{"if":{"type":"object","properties":{"type":{"const":"Sequence"}},"required":["type"]},"then":{"properties":{"decoders":{"type":"array","items":{"type":"object","$ref":"#/$defs/decoder"}}},"required":["decoders"]}},{"if":{"type":"object","properties":{"type":{"const":"WordPiece"}},"required":["type"]},"then":{"properties":{"prefix":{"type":"string"},"cleanup":{"type":"boolean"}}}},{"if":{"type":"object","properties":{"type":{"const":"BPEDecoder"}},"required":["type"]},"then":{"properties":{"suffix":{"type":"string"}}}},{"if":{"type":"object","properties":{"type":{"const":"ByteLevel"}},"required":["type"]},"then":{"$ref":"#/$defs/byteLevelOptions"}},{"if":{"type":"object","properties":{"type":{"const":"Metaspace"}},"required":["type"]},"then":{"$ref":"#/$defs/metaspaceOptions"}},{"if":{"type":"object","properties":{"type":{"const":"CTC"}},"required":["type"]},"then":{"properties":{"pad_token":{"type":"string"},"word_delimiter_token":{"type":"string"},"cleanup":{"type":"boolean"}}}},{"if":{"type":"object","properties":{"type":{"const":"Replace"}},"required":["type"]},"then":{"properties":{"pattern":{"$ref":"#/$defs/pattern"},"content":{"type":"string"}},"required":["pattern","content"]}},{"if":{"type":"object","properties":{"type":{"const":"Strip"}},"required":["type"]},"then":{"properties":{"content":{"type":"string"},"start":{"$ref":"#/$defs/nonNegativeInteger"},"stop":{"$ref":"#/$defs/nonNegativeInteger"}},"required":["content","start","stop"]}}]};
const wrapper3 = {validate: validate76};

function validate76(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate76.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if((!(data && typeof data == "object" && !Array.isArray(data))) && (data !== null)){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: schema174.type},message:"must be object,null",schema:schema174.type,parentSchema:schema174,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const _errs2 = errors;
let valid1 = true;
const _errs3 = errors;
if(errors === _errs3){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.type === undefined) && (missing0 = "type")){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
else {
if(data.type !== undefined){
if("Sequence" !== data.type){
const err2 = {};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
}
else {
const err3 = {};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
var _valid0 = _errs3 === errors;
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs6 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.decoders === undefined){
const err4 = {instancePath,schemaPath:"#/allOf/0/then/required",keyword:"required",params:{missingProperty: "decoders"},message:"must have required property '"+"decoders"+"'",schema:schema174.allOf[0].then.required,parentSchema:schema174.allOf[0].then,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.decoders !== undefined){
let data1 = data.decoders;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(!(data2 && typeof data2 == "object" && !Array.isArray(data2))){
const err5 = {instancePath:instancePath+"/decoders/" + i0,schemaPath:"#/allOf/0/then/properties/decoders/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema174.allOf[0].then.properties.decoders.items.type,parentSchema:schema174.allOf[0].then.properties.decoders.items,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!(wrapper3.validate(data2, {instancePath:instancePath+"/decoders/" + i0,parentData:data1,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? wrapper3.validate.errors : vErrors.concat(wrapper3.validate.errors);
errors = vErrors.length;
}
}
}
else {
const err6 = {instancePath:instancePath+"/decoders",schemaPath:"#/allOf/0/then/properties/decoders/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema174.allOf[0].then.properties.decoders.type,parentSchema:schema174.allOf[0].then.properties.decoders,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
var _valid0 = _errs6 === errors;
valid1 = _valid0;
if(valid1){
var props1 = {};
props1.decoders = true;
props1.type = true;
}
}
if(!valid1){
const err7 = {instancePath,schemaPath:"#/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema174.allOf[0].if,parentSchema:schema174.allOf[0],data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
const _errs12 = errors;
let valid6 = true;
const _errs13 = errors;
if(errors === _errs13){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((data.type === undefined) && (missing1 = "type")){
const err8 = {};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
else {
if(data.type !== undefined){
if("WordPiece" !== data.type){
const err9 = {};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
}
else {
const err10 = {};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
var _valid1 = _errs13 === errors;
errors = _errs12;
if(vErrors !== null){
if(_errs12){
vErrors.length = _errs12;
}
else {
vErrors = null;
}
}
if(_valid1){
const _errs16 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.prefix !== undefined){
let data4 = data.prefix;
if(typeof data4 !== "string"){
const err11 = {instancePath:instancePath+"/prefix",schemaPath:"#/allOf/1/then/properties/prefix/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema174.allOf[1].then.properties.prefix.type,parentSchema:schema174.allOf[1].then.properties.prefix,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.cleanup !== undefined){
let data5 = data.cleanup;
if(typeof data5 !== "boolean"){
const err12 = {instancePath:instancePath+"/cleanup",schemaPath:"#/allOf/1/then/properties/cleanup/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema174.allOf[1].then.properties.cleanup.type,parentSchema:schema174.allOf[1].then.properties.cleanup,data:data5};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
var _valid1 = _errs16 === errors;
valid6 = _valid1;
if(valid6){
var props2 = {};
props2.prefix = true;
props2.cleanup = true;
props2.type = true;
}
}
if(!valid6){
const err13 = {instancePath,schemaPath:"#/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema174.allOf[1].if,parentSchema:schema174.allOf[1],data};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(props1 !== true && props2 !== undefined){
if(props2 === true){
props1 = true;
}
else {
props1 = props1 || {};
Object.assign(props1, props2);
}
}
const _errs22 = errors;
let valid9 = true;
const _errs23 = errors;
if(errors === _errs23){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing2;
if((data.type === undefined) && (missing2 = "type")){
const err14 = {};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
else {
if(data.type !== undefined){
if("BPEDecoder" !== data.type){
const err15 = {};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
}
else {
const err16 = {};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
var _valid2 = _errs23 === errors;
errors = _errs22;
if(vErrors !== null){
if(_errs22){
vErrors.length = _errs22;
}
else {
vErrors = null;
}
}
if(_valid2){
const _errs26 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.suffix !== undefined){
let data7 = data.suffix;
if(typeof data7 !== "string"){
const err17 = {instancePath:instancePath+"/suffix",schemaPath:"#/allOf/2/then/properties/suffix/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema174.allOf[2].then.properties.suffix.type,parentSchema:schema174.allOf[2].then.properties.suffix,data:data7};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
var _valid2 = _errs26 === errors;
valid9 = _valid2;
if(valid9){
var props3 = {};
props3.suffix = true;
props3.type = true;
}
}
if(!valid9){
const err18 = {instancePath,schemaPath:"#/allOf/2/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema174.allOf[2].if,parentSchema:schema174.allOf[2],data};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(props1 !== true && props3 !== undefined){
if(props3 === true){
props1 = true;
}
else {
props1 = props1 || {};
Object.assign(props1, props3);
}
}
const _errs30 = errors;
let valid12 = true;
const _errs31 = errors;
if(errors === _errs31){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing3;
if((data.type === undefined) && (missing3 = "type")){
const err19 = {};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
else {
if(data.type !== undefined){
if("ByteLevel" !== data.type){
const err20 = {};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
}
else {
const err21 = {};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
var _valid3 = _errs31 === errors;
errors = _errs30;
if(vErrors !== null){
if(_errs30){
vErrors.length = _errs30;
}
else {
vErrors = null;
}
}
if(_valid3){
const _errs34 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.add_prefix_space !== undefined){
let data9 = data.add_prefix_space;
if(typeof data9 !== "boolean"){
const err22 = {instancePath:instancePath+"/add_prefix_space",schemaPath:"#/$defs/byteLevelOptions/properties/add_prefix_space/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema160.properties.add_prefix_space.type,parentSchema:schema160.properties.add_prefix_space,data:data9};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.trim_offsets !== undefined){
let data10 = data.trim_offsets;
if(typeof data10 !== "boolean"){
const err23 = {instancePath:instancePath+"/trim_offsets",schemaPath:"#/$defs/byteLevelOptions/properties/trim_offsets/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema160.properties.trim_offsets.type,parentSchema:schema160.properties.trim_offsets,data:data10};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.use_regex !== undefined){
let data11 = data.use_regex;
if(typeof data11 !== "boolean"){
const err24 = {instancePath:instancePath+"/use_regex",schemaPath:"#/$defs/byteLevelOptions/properties/use_regex/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema160.properties.use_regex.type,parentSchema:schema160.properties.use_regex,data:data11};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
else {
const err25 = {instancePath,schemaPath:"#/$defs/byteLevelOptions/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema160.type,parentSchema:schema160,data};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
var _valid3 = _errs34 === errors;
valid12 = _valid3;
if(valid12){
var props4 = {};
props4.add_prefix_space = true;
props4.trim_offsets = true;
props4.use_regex = true;
props4.type = true;
}
}
if(!valid12){
const err26 = {instancePath,schemaPath:"#/allOf/3/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema174.allOf[3].if,parentSchema:schema174.allOf[3],data};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(props1 !== true && props4 !== undefined){
if(props4 === true){
props1 = true;
}
else {
props1 = props1 || {};
Object.assign(props1, props4);
}
}
const _errs44 = errors;
let valid16 = true;
const _errs45 = errors;
if(errors === _errs45){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing4;
if((data.type === undefined) && (missing4 = "type")){
const err27 = {};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
else {
if(data.type !== undefined){
if("Metaspace" !== data.type){
const err28 = {};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
}
else {
const err29 = {};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
var _valid4 = _errs45 === errors;
errors = _errs44;
if(vErrors !== null){
if(_errs44){
vErrors.length = _errs44;
}
else {
vErrors = null;
}
}
if(_valid4){
const _errs48 = errors;
if(!(validate65(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate65.errors : vErrors.concat(validate65.errors);
errors = vErrors.length;
}
var _valid4 = _errs48 === errors;
valid16 = _valid4;
if(valid16){
var props5 = {};
props5.replacement = true;
props5.add_prefix_space = true;
props5.prepend_scheme = true;
props5.split = true;
props5.type = true;
}
}
if(!valid16){
const err30 = {instancePath,schemaPath:"#/allOf/4/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema174.allOf[4].if,parentSchema:schema174.allOf[4],data};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(props1 !== true && props5 !== undefined){
if(props5 === true){
props1 = true;
}
else {
props1 = props1 || {};
Object.assign(props1, props5);
}
}
const _errs50 = errors;
let valid18 = true;
const _errs51 = errors;
if(errors === _errs51){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing5;
if((data.type === undefined) && (missing5 = "type")){
const err31 = {};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
else {
if(data.type !== undefined){
if("CTC" !== data.type){
const err32 = {};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
}
else {
const err33 = {};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
var _valid5 = _errs51 === errors;
errors = _errs50;
if(vErrors !== null){
if(_errs50){
vErrors.length = _errs50;
}
else {
vErrors = null;
}
}
if(_valid5){
const _errs54 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.pad_token !== undefined){
let data14 = data.pad_token;
if(typeof data14 !== "string"){
const err34 = {instancePath:instancePath+"/pad_token",schemaPath:"#/allOf/5/then/properties/pad_token/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema174.allOf[5].then.properties.pad_token.type,parentSchema:schema174.allOf[5].then.properties.pad_token,data:data14};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.word_delimiter_token !== undefined){
let data15 = data.word_delimiter_token;
if(typeof data15 !== "string"){
const err35 = {instancePath:instancePath+"/word_delimiter_token",schemaPath:"#/allOf/5/then/properties/word_delimiter_token/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema174.allOf[5].then.properties.word_delimiter_token.type,parentSchema:schema174.allOf[5].then.properties.word_delimiter_token,data:data15};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data.cleanup !== undefined){
let data16 = data.cleanup;
if(typeof data16 !== "boolean"){
const err36 = {instancePath:instancePath+"/cleanup",schemaPath:"#/allOf/5/then/properties/cleanup/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema174.allOf[5].then.properties.cleanup.type,parentSchema:schema174.allOf[5].then.properties.cleanup,data:data16};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
}
var _valid5 = _errs54 === errors;
valid18 = _valid5;
if(valid18){
var props6 = {};
props6.pad_token = true;
props6.word_delimiter_token = true;
props6.cleanup = true;
props6.type = true;
}
}
if(!valid18){
const err37 = {instancePath,schemaPath:"#/allOf/5/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema174.allOf[5].if,parentSchema:schema174.allOf[5],data};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(props1 !== true && props6 !== undefined){
if(props6 === true){
props1 = true;
}
else {
props1 = props1 || {};
Object.assign(props1, props6);
}
}
const _errs62 = errors;
let valid21 = true;
const _errs63 = errors;
if(errors === _errs63){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing6;
if((data.type === undefined) && (missing6 = "type")){
const err38 = {};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
else {
if(data.type !== undefined){
if("Replace" !== data.type){
const err39 = {};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
}
}
else {
const err40 = {};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
var _valid6 = _errs63 === errors;
errors = _errs62;
if(vErrors !== null){
if(_errs62){
vErrors.length = _errs62;
}
else {
vErrors = null;
}
}
if(_valid6){
const _errs66 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.pattern === undefined){
const err41 = {instancePath,schemaPath:"#/allOf/6/then/required",keyword:"required",params:{missingProperty: "pattern"},message:"must have required property '"+"pattern"+"'",schema:schema174.allOf[6].then.required,parentSchema:schema174.allOf[6].then,data};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if(data.content === undefined){
const err42 = {instancePath,schemaPath:"#/allOf/6/then/required",keyword:"required",params:{missingProperty: "content"},message:"must have required property '"+"content"+"'",schema:schema174.allOf[6].then.required,parentSchema:schema174.allOf[6].then,data};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(data.pattern !== undefined){
let data18 = data.pattern;
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
if(Object.keys(data18).length > 1){
const err43 = {instancePath:instancePath+"/pattern",schemaPath:"#/$defs/pattern/maxProperties",keyword:"maxProperties",params:{limit: 1},message:"must NOT have more than 1 properties",schema:1,parentSchema:schema158,data:data18};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(Object.keys(data18).length < 1){
const err44 = {instancePath:instancePath+"/pattern",schemaPath:"#/$defs/pattern/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema158,data:data18};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
for(const key0 in data18){
if(!((key0 === "String") || (key0 === "Regex"))){
const err45 = {instancePath:instancePath+"/pattern",schemaPath:"#/$defs/pattern/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema158,data:data18};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data18.String !== undefined){
let data19 = data18.String;
if(typeof data19 !== "string"){
const err46 = {instancePath:instancePath+"/pattern/String",schemaPath:"#/$defs/pattern/properties/String/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema158.properties.String.type,parentSchema:schema158.properties.String,data:data19};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data18.Regex !== undefined){
let data20 = data18.Regex;
if(typeof data20 !== "string"){
const err47 = {instancePath:instancePath+"/pattern/Regex",schemaPath:"#/$defs/pattern/properties/Regex/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema158.properties.Regex.type,parentSchema:schema158.properties.Regex,data:data20};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
}
else {
const err48 = {instancePath:instancePath+"/pattern",schemaPath:"#/$defs/pattern/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema158.type,parentSchema:schema158,data:data18};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data.content !== undefined){
let data21 = data.content;
if(typeof data21 !== "string"){
const err49 = {instancePath:instancePath+"/content",schemaPath:"#/allOf/6/then/properties/content/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema174.allOf[6].then.properties.content.type,parentSchema:schema174.allOf[6].then.properties.content,data:data21};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
}
var _valid6 = _errs66 === errors;
valid21 = _valid6;
if(valid21){
var props7 = {};
props7.pattern = true;
props7.content = true;
props7.type = true;
}
}
if(!valid21){
const err50 = {instancePath,schemaPath:"#/allOf/6/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema174.allOf[6].if,parentSchema:schema174.allOf[6],data};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
if(props1 !== true && props7 !== undefined){
if(props7 === true){
props1 = true;
}
else {
props1 = props1 || {};
Object.assign(props1, props7);
}
}
const _errs79 = errors;
let valid26 = true;
const _errs80 = errors;
if(errors === _errs80){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing7;
if((data.type === undefined) && (missing7 = "type")){
const err51 = {};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
else {
if(data.type !== undefined){
if("Strip" !== data.type){
const err52 = {};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
}
}
else {
const err53 = {};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
var _valid7 = _errs80 === errors;
errors = _errs79;
if(vErrors !== null){
if(_errs79){
vErrors.length = _errs79;
}
else {
vErrors = null;
}
}
if(_valid7){
const _errs83 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.content === undefined){
const err54 = {instancePath,schemaPath:"#/allOf/7/then/required",keyword:"required",params:{missingProperty: "content"},message:"must have required property '"+"content"+"'",schema:schema174.allOf[7].then.required,parentSchema:schema174.allOf[7].then,data};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
if(data.start === undefined){
const err55 = {instancePath,schemaPath:"#/allOf/7/then/required",keyword:"required",params:{missingProperty: "start"},message:"must have required property '"+"start"+"'",schema:schema174.allOf[7].then.required,parentSchema:schema174.allOf[7].then,data};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
if(data.stop === undefined){
const err56 = {instancePath,schemaPath:"#/allOf/7/then/required",keyword:"required",params:{missingProperty: "stop"},message:"must have required property '"+"stop"+"'",schema:schema174.allOf[7].then.required,parentSchema:schema174.allOf[7].then,data};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
if(data.content !== undefined){
let data23 = data.content;
if(typeof data23 !== "string"){
const err57 = {instancePath:instancePath+"/content",schemaPath:"#/allOf/7/then/properties/content/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema174.allOf[7].then.properties.content.type,parentSchema:schema174.allOf[7].then.properties.content,data:data23};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data.start !== undefined){
let data24 = data.start;
if(!(((typeof data24 == "number") && (!(data24 % 1) && !isNaN(data24))) && (isFinite(data24)))){
const err58 = {instancePath:instancePath+"/start",schemaPath:"#/$defs/nonNegativeInteger/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema150.type,parentSchema:schema150,data:data24};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
if((typeof data24 == "number") && (isFinite(data24))){
if(data24 < 0 || isNaN(data24)){
const err59 = {instancePath:instancePath+"/start",schemaPath:"#/$defs/nonNegativeInteger/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema150,data:data24};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
}
if(data.stop !== undefined){
let data25 = data.stop;
if(!(((typeof data25 == "number") && (!(data25 % 1) && !isNaN(data25))) && (isFinite(data25)))){
const err60 = {instancePath:instancePath+"/stop",schemaPath:"#/$defs/nonNegativeInteger/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema150.type,parentSchema:schema150,data:data25};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
if((typeof data25 == "number") && (isFinite(data25))){
if(data25 < 0 || isNaN(data25)){
const err61 = {instancePath:instancePath+"/stop",schemaPath:"#/$defs/nonNegativeInteger/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema150,data:data25};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
}
}
var _valid7 = _errs83 === errors;
valid26 = _valid7;
if(valid26){
var props8 = {};
props8.content = true;
props8.start = true;
props8.stop = true;
props8.type = true;
}
}
if(!valid26){
const err62 = {instancePath,schemaPath:"#/allOf/7/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema174.allOf[7].if,parentSchema:schema174.allOf[7],data};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
if(props1 !== true && props8 !== undefined){
if(props8 === true){
props1 = true;
}
else {
props1 = props1 || {};
Object.assign(props1, props8);
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err63 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema174.required,parentSchema:schema174,data};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
if(props1 !== true){
props1 = props1 || {};
props1.type = true;
}
if(data.type !== undefined){
let data26 = data.type;
if(!((((((((((data26 === "BPEDecoder") || (data26 === "ByteLevel")) || (data26 === "WordPiece")) || (data26 === "Metaspace")) || (data26 === "CTC")) || (data26 === "Sequence")) || (data26 === "Replace")) || (data26 === "Fuse")) || (data26 === "Strip")) || (data26 === "ByteFallback"))){
const err64 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema174.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema174.properties.type.enum,parentSchema:schema174.properties.type,data:data26};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
}
validate76.errors = vErrors;
evaluated0.props = props1;
return errors === 0;
}
validate76.evaluated = {"dynamicProps":true,"dynamicItems":false};

const schema179 = {"description":"The tokenization model, discriminated by type.","type":"object","required":["type"],"properties":{"type":{"enum":["BPE","WordPiece","WordLevel","Unigram"]}},"allOf":[{"if":{"type":"object","properties":{"type":{"const":"WordPiece"}},"required":["type"]},"then":{"x-condition":"for a WordPiece model","properties":{"vocab":{"$ref":"#/$defs/tokenVocab"},"unk_token":{"type":"string"},"continuing_subword_prefix":{"type":"string"},"max_input_chars_per_word":{"$ref":"#/$defs/nonNegativeInteger"}},"required":["vocab"]}},{"if":{"type":"object","properties":{"type":{"const":"BPE"}},"required":["type"]},"then":{"x-condition":"for a BPE model","properties":{"vocab":{"$ref":"#/$defs/tokenVocab"},"merges":{"type":"array","items":{"$ref":"#/$defs/merge"}},"dropout":{"type":["number","null"],"minimum":0,"maximum":1},"unk_token":{"type":["string","null"]},"continuing_subword_prefix":{"type":["string","null"]},"end_of_word_suffix":{"type":["string","null"]},"fuse_unk":{"type":"boolean"},"byte_fallback":{"type":"boolean"},"ignore_merges":{"type":"boolean"}},"required":["vocab","merges"]}},{"if":{"type":"object","properties":{"type":{"const":"Unigram"}},"required":["type"]},"then":{"x-condition":"for a Unigram model","properties":{"vocab":{"type":"array","items":{"$ref":"#/$defs/unigramPiece"}},"unk_id":{"type":["integer","null"],"minimum":0},"byte_fallback":{"type":"boolean"}},"required":["vocab"]}},{"if":{"type":"object","properties":{"type":{"const":"WordLevel"}},"required":["type"]},"then":{"x-condition":"for a WordLevel model","properties":{"vocab":{"$ref":"#/$defs/tokenVocab"},"unk_token":{"type":"string"}},"required":["vocab"]}}]};
const schema183 = {"type":["string","array"],"pattern":"^[^ ]+ [^ ]+$","minItems":2,"maxItems":2,"items":{"type":"string","minLength":1},"x-expected":"a merge: \"left right\" or [\"left\", \"right\"]"};
const schema184 = {"type":"array","prefixItems":[{"type":"string"},{"type":"number"}],"minItems":2,"items":false,"x-expected":"a [piece, score] pair"};
const schema180 = {"description":"Token string to id.","type":"object","additionalProperties":{"$ref":"#/$defs/nonNegativeInteger"}};

function validate80(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate80.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
let data0 = data[key0];
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err0 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/nonNegativeInteger/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema150.type,parentSchema:schema150,data:data0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 0 || isNaN(data0)){
const err1 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/nonNegativeInteger/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema150,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema180.type,parentSchema:schema180,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate80.errors = vErrors;
return errors === 0;
}
validate80.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const pattern7 = new RegExp("^[^ ]+ [^ ]+$", "u");

function validate79(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate79.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs2 = errors;
let valid1 = true;
const _errs3 = errors;
if(errors === _errs3){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.type === undefined) && (missing0 = "type")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data.type !== undefined){
if("WordPiece" !== data.type){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
}
else {
const err2 = {};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
var _valid0 = _errs3 === errors;
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs6 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.vocab === undefined){
const err3 = {instancePath,schemaPath:"#/allOf/0/then/required",keyword:"required",params:{missingProperty: "vocab"},message:"must have required property '"+"vocab"+"'",schema:schema179.allOf[0].then.required,parentSchema:schema179.allOf[0].then,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.vocab !== undefined){
if(!(validate80(data.vocab, {instancePath:instancePath+"/vocab",parentData:data,parentDataProperty:"vocab",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate80.errors : vErrors.concat(validate80.errors);
errors = vErrors.length;
}
}
if(data.unk_token !== undefined){
let data2 = data.unk_token;
if(typeof data2 !== "string"){
const err4 = {instancePath:instancePath+"/unk_token",schemaPath:"#/allOf/0/then/properties/unk_token/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema179.allOf[0].then.properties.unk_token.type,parentSchema:schema179.allOf[0].then.properties.unk_token,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.continuing_subword_prefix !== undefined){
let data3 = data.continuing_subword_prefix;
if(typeof data3 !== "string"){
const err5 = {instancePath:instancePath+"/continuing_subword_prefix",schemaPath:"#/allOf/0/then/properties/continuing_subword_prefix/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema179.allOf[0].then.properties.continuing_subword_prefix.type,parentSchema:schema179.allOf[0].then.properties.continuing_subword_prefix,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.max_input_chars_per_word !== undefined){
let data4 = data.max_input_chars_per_word;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err6 = {instancePath:instancePath+"/max_input_chars_per_word",schemaPath:"#/$defs/nonNegativeInteger/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema150.type,parentSchema:schema150,data:data4};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 0 || isNaN(data4)){
const err7 = {instancePath:instancePath+"/max_input_chars_per_word",schemaPath:"#/$defs/nonNegativeInteger/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema150,data:data4};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
}
var _valid0 = _errs6 === errors;
valid1 = _valid0;
if(valid1){
var props0 = {};
props0.vocab = true;
props0.unk_token = true;
props0.continuing_subword_prefix = true;
props0.max_input_chars_per_word = true;
props0.type = true;
}
}
if(!valid1){
const err8 = {instancePath,schemaPath:"#/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema179.allOf[0].if,parentSchema:schema179.allOf[0],data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
const _errs17 = errors;
let valid5 = true;
const _errs18 = errors;
if(errors === _errs18){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((data.type === undefined) && (missing1 = "type")){
const err9 = {};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
else {
if(data.type !== undefined){
if("BPE" !== data.type){
const err10 = {};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
}
else {
const err11 = {};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
var _valid1 = _errs18 === errors;
errors = _errs17;
if(vErrors !== null){
if(_errs17){
vErrors.length = _errs17;
}
else {
vErrors = null;
}
}
if(_valid1){
const _errs21 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.vocab === undefined){
const err12 = {instancePath,schemaPath:"#/allOf/1/then/required",keyword:"required",params:{missingProperty: "vocab"},message:"must have required property '"+"vocab"+"'",schema:schema179.allOf[1].then.required,parentSchema:schema179.allOf[1].then,data};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data.merges === undefined){
const err13 = {instancePath,schemaPath:"#/allOf/1/then/required",keyword:"required",params:{missingProperty: "merges"},message:"must have required property '"+"merges"+"'",schema:schema179.allOf[1].then.required,parentSchema:schema179.allOf[1].then,data};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data.vocab !== undefined){
if(!(validate80(data.vocab, {instancePath:instancePath+"/vocab",parentData:data,parentDataProperty:"vocab",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate80.errors : vErrors.concat(validate80.errors);
errors = vErrors.length;
}
}
if(data.merges !== undefined){
let data7 = data.merges;
if(Array.isArray(data7)){
const len0 = data7.length;
for(let i0=0; i0<len0; i0++){
let data8 = data7[i0];
if((typeof data8 !== "string") && (!(Array.isArray(data8)))){
const err14 = {instancePath:instancePath+"/merges/" + i0,schemaPath:"#/$defs/merge/type",keyword:"type",params:{type: schema183.type},message:"must be string,array",schema:schema183.type,parentSchema:schema183,data:data8};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(typeof data8 === "string"){
if(!pattern7.test(data8)){
const err15 = {instancePath:instancePath+"/merges/" + i0,schemaPath:"#/$defs/merge/pattern",keyword:"pattern",params:{pattern: "^[^ ]+ [^ ]+$"},message:"must match pattern \""+"^[^ ]+ [^ ]+$"+"\"",schema:"^[^ ]+ [^ ]+$",parentSchema:schema183,data:data8};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(Array.isArray(data8)){
if(data8.length > 2){
const err16 = {instancePath:instancePath+"/merges/" + i0,schemaPath:"#/$defs/merge/maxItems",keyword:"maxItems",params:{limit: 2},message:"must NOT have more than 2 items",schema:2,parentSchema:schema183,data:data8};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data8.length < 2){
const err17 = {instancePath:instancePath+"/merges/" + i0,schemaPath:"#/$defs/merge/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items",schema:2,parentSchema:schema183,data:data8};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
const len1 = data8.length;
for(let i1=0; i1<len1; i1++){
let data9 = data8[i1];
if(typeof data9 === "string"){
if(func1(data9) < 1){
const err18 = {instancePath:instancePath+"/merges/" + i0+"/" + i1,schemaPath:"#/$defs/merge/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema183.items,data:data9};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/merges/" + i0+"/" + i1,schemaPath:"#/$defs/merge/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema183.items.type,parentSchema:schema183.items,data:data9};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
}
}
else {
const err20 = {instancePath:instancePath+"/merges",schemaPath:"#/allOf/1/then/properties/merges/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema179.allOf[1].then.properties.merges.type,parentSchema:schema179.allOf[1].then.properties.merges,data:data7};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.dropout !== undefined){
let data10 = data.dropout;
if((!((typeof data10 == "number") && (isFinite(data10)))) && (data10 !== null)){
const err21 = {instancePath:instancePath+"/dropout",schemaPath:"#/allOf/1/then/properties/dropout/type",keyword:"type",params:{type: schema179.allOf[1].then.properties.dropout.type},message:"must be number,null",schema:schema179.allOf[1].then.properties.dropout.type,parentSchema:schema179.allOf[1].then.properties.dropout,data:data10};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 > 1 || isNaN(data10)){
const err22 = {instancePath:instancePath+"/dropout",schemaPath:"#/allOf/1/then/properties/dropout/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema179.allOf[1].then.properties.dropout,data:data10};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data10 < 0 || isNaN(data10)){
const err23 = {instancePath:instancePath+"/dropout",schemaPath:"#/allOf/1/then/properties/dropout/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema179.allOf[1].then.properties.dropout,data:data10};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
if(data.unk_token !== undefined){
let data11 = data.unk_token;
if((typeof data11 !== "string") && (data11 !== null)){
const err24 = {instancePath:instancePath+"/unk_token",schemaPath:"#/allOf/1/then/properties/unk_token/type",keyword:"type",params:{type: schema179.allOf[1].then.properties.unk_token.type},message:"must be string,null",schema:schema179.allOf[1].then.properties.unk_token.type,parentSchema:schema179.allOf[1].then.properties.unk_token,data:data11};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.continuing_subword_prefix !== undefined){
let data12 = data.continuing_subword_prefix;
if((typeof data12 !== "string") && (data12 !== null)){
const err25 = {instancePath:instancePath+"/continuing_subword_prefix",schemaPath:"#/allOf/1/then/properties/continuing_subword_prefix/type",keyword:"type",params:{type: schema179.allOf[1].then.properties.continuing_subword_prefix.type},message:"must be string,null",schema:schema179.allOf[1].then.properties.continuing_subword_prefix.type,parentSchema:schema179.allOf[1].then.properties.continuing_subword_prefix,data:data12};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.end_of_word_suffix !== undefined){
let data13 = data.end_of_word_suffix;
if((typeof data13 !== "string") && (data13 !== null)){
const err26 = {instancePath:instancePath+"/end_of_word_suffix",schemaPath:"#/allOf/1/then/properties/end_of_word_suffix/type",keyword:"type",params:{type: schema179.allOf[1].then.properties.end_of_word_suffix.type},message:"must be string,null",schema:schema179.allOf[1].then.properties.end_of_word_suffix.type,parentSchema:schema179.allOf[1].then.properties.end_of_word_suffix,data:data13};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.fuse_unk !== undefined){
let data14 = data.fuse_unk;
if(typeof data14 !== "boolean"){
const err27 = {instancePath:instancePath+"/fuse_unk",schemaPath:"#/allOf/1/then/properties/fuse_unk/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema179.allOf[1].then.properties.fuse_unk.type,parentSchema:schema179.allOf[1].then.properties.fuse_unk,data:data14};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.byte_fallback !== undefined){
let data15 = data.byte_fallback;
if(typeof data15 !== "boolean"){
const err28 = {instancePath:instancePath+"/byte_fallback",schemaPath:"#/allOf/1/then/properties/byte_fallback/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema179.allOf[1].then.properties.byte_fallback.type,parentSchema:schema179.allOf[1].then.properties.byte_fallback,data:data15};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.ignore_merges !== undefined){
let data16 = data.ignore_merges;
if(typeof data16 !== "boolean"){
const err29 = {instancePath:instancePath+"/ignore_merges",schemaPath:"#/allOf/1/then/properties/ignore_merges/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema179.allOf[1].then.properties.ignore_merges.type,parentSchema:schema179.allOf[1].then.properties.ignore_merges,data:data16};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
var _valid1 = _errs21 === errors;
valid5 = _valid1;
if(valid5){
var props1 = {};
props1.vocab = true;
props1.merges = true;
props1.dropout = true;
props1.unk_token = true;
props1.continuing_subword_prefix = true;
props1.end_of_word_suffix = true;
props1.fuse_unk = true;
props1.byte_fallback = true;
props1.ignore_merges = true;
props1.type = true;
}
}
if(!valid5){
const err30 = {instancePath,schemaPath:"#/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema179.allOf[1].if,parentSchema:schema179.allOf[1],data};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(props0 !== true && props1 !== undefined){
if(props1 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props1);
}
}
const _errs47 = errors;
let valid13 = true;
const _errs48 = errors;
if(errors === _errs48){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing2;
if((data.type === undefined) && (missing2 = "type")){
const err31 = {};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
else {
if(data.type !== undefined){
if("Unigram" !== data.type){
const err32 = {};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
}
else {
const err33 = {};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
var _valid2 = _errs48 === errors;
errors = _errs47;
if(vErrors !== null){
if(_errs47){
vErrors.length = _errs47;
}
else {
vErrors = null;
}
}
if(_valid2){
const _errs51 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.vocab === undefined){
const err34 = {instancePath,schemaPath:"#/allOf/2/then/required",keyword:"required",params:{missingProperty: "vocab"},message:"must have required property '"+"vocab"+"'",schema:schema179.allOf[2].then.required,parentSchema:schema179.allOf[2].then,data};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(data.vocab !== undefined){
let data18 = data.vocab;
if(Array.isArray(data18)){
const len2 = data18.length;
for(let i2=0; i2<len2; i2++){
let data19 = data18[i2];
if(Array.isArray(data19)){
if(data19.length < 2){
const err35 = {instancePath:instancePath+"/vocab/" + i2,schemaPath:"#/$defs/unigramPiece/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items",schema:2,parentSchema:schema184,data:data19};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
const len3 = data19.length;
if(len3 > 0){
let data20 = data19[0];
if(typeof data20 !== "string"){
const err36 = {instancePath:instancePath+"/vocab/" + i2+"/0",schemaPath:"#/$defs/unigramPiece/prefixItems/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema184.prefixItems[0].type,parentSchema:schema184.prefixItems[0],data:data20};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(len3 > 1){
let data21 = data19[1];
if(!((typeof data21 == "number") && (isFinite(data21)))){
const err37 = {instancePath:instancePath+"/vocab/" + i2+"/1",schemaPath:"#/$defs/unigramPiece/prefixItems/1/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema184.prefixItems[1].type,parentSchema:schema184.prefixItems[1],data:data21};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
const len4 = data19.length;
if(!(len4 <= 2)){
const err38 = {instancePath:instancePath+"/vocab/" + i2,schemaPath:"#/$defs/unigramPiece/items",keyword:"items",params:{limit: 2},message:"must NOT have more than 2 items",schema:false,parentSchema:schema184,data:data19};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
else {
const err39 = {instancePath:instancePath+"/vocab/" + i2,schemaPath:"#/$defs/unigramPiece/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema184.type,parentSchema:schema184,data:data19};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
}
else {
const err40 = {instancePath:instancePath+"/vocab",schemaPath:"#/allOf/2/then/properties/vocab/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema179.allOf[2].then.properties.vocab.type,parentSchema:schema179.allOf[2].then.properties.vocab,data:data18};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data.unk_id !== undefined){
let data22 = data.unk_id;
if((!(((typeof data22 == "number") && (!(data22 % 1) && !isNaN(data22))) && (isFinite(data22)))) && (data22 !== null)){
const err41 = {instancePath:instancePath+"/unk_id",schemaPath:"#/allOf/2/then/properties/unk_id/type",keyword:"type",params:{type: schema179.allOf[2].then.properties.unk_id.type},message:"must be integer,null",schema:schema179.allOf[2].then.properties.unk_id.type,parentSchema:schema179.allOf[2].then.properties.unk_id,data:data22};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if((typeof data22 == "number") && (isFinite(data22))){
if(data22 < 0 || isNaN(data22)){
const err42 = {instancePath:instancePath+"/unk_id",schemaPath:"#/allOf/2/then/properties/unk_id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema179.allOf[2].then.properties.unk_id,data:data22};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
}
if(data.byte_fallback !== undefined){
let data23 = data.byte_fallback;
if(typeof data23 !== "boolean"){
const err43 = {instancePath:instancePath+"/byte_fallback",schemaPath:"#/allOf/2/then/properties/byte_fallback/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema179.allOf[2].then.properties.byte_fallback.type,parentSchema:schema179.allOf[2].then.properties.byte_fallback,data:data23};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
}
var _valid2 = _errs51 === errors;
valid13 = _valid2;
if(valid13){
var props2 = {};
props2.vocab = true;
props2.unk_id = true;
props2.byte_fallback = true;
props2.type = true;
}
}
if(!valid13){
const err44 = {instancePath,schemaPath:"#/allOf/2/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema179.allOf[2].if,parentSchema:schema179.allOf[2],data};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if(props0 !== true && props2 !== undefined){
if(props2 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props2);
}
}
const _errs68 = errors;
let valid20 = true;
const _errs69 = errors;
if(errors === _errs69){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing3;
if((data.type === undefined) && (missing3 = "type")){
const err45 = {};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
else {
if(data.type !== undefined){
if("WordLevel" !== data.type){
const err46 = {};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
}
}
else {
const err47 = {};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
var _valid3 = _errs69 === errors;
errors = _errs68;
if(vErrors !== null){
if(_errs68){
vErrors.length = _errs68;
}
else {
vErrors = null;
}
}
if(_valid3){
const _errs72 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.vocab === undefined){
const err48 = {instancePath,schemaPath:"#/allOf/3/then/required",keyword:"required",params:{missingProperty: "vocab"},message:"must have required property '"+"vocab"+"'",schema:schema179.allOf[3].then.required,parentSchema:schema179.allOf[3].then,data};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if(data.vocab !== undefined){
if(!(validate80(data.vocab, {instancePath:instancePath+"/vocab",parentData:data,parentDataProperty:"vocab",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate80.errors : vErrors.concat(validate80.errors);
errors = vErrors.length;
}
}
if(data.unk_token !== undefined){
let data26 = data.unk_token;
if(typeof data26 !== "string"){
const err49 = {instancePath:instancePath+"/unk_token",schemaPath:"#/allOf/3/then/properties/unk_token/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema179.allOf[3].then.properties.unk_token.type,parentSchema:schema179.allOf[3].then.properties.unk_token,data:data26};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
}
var _valid3 = _errs72 === errors;
valid20 = _valid3;
if(valid20){
var props3 = {};
props3.vocab = true;
props3.unk_token = true;
props3.type = true;
}
}
if(!valid20){
const err50 = {instancePath,schemaPath:"#/allOf/3/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema179.allOf[3].if,parentSchema:schema179.allOf[3],data};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
if(props0 !== true && props3 !== undefined){
if(props3 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props3);
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err51 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema179.required,parentSchema:schema179,data};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
if(props0 !== true){
props0 = props0 || {};
props0.type = true;
}
if(data.type !== undefined){
let data27 = data.type;
if(!((((data27 === "BPE") || (data27 === "WordPiece")) || (data27 === "WordLevel")) || (data27 === "Unigram"))){
const err52 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema179.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema179.properties.type.enum,parentSchema:schema179.properties.type,data:data27};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
}
else {
const err53 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema179.type,parentSchema:schema179,data};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
validate79.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate79.evaluated = {"dynamicProps":true,"dynamicItems":false};


function validate59(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://mlpack.dev/schemas/tokenizer.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate59.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.model === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "model"},message:"must have required property '"+"model"+"'",schema:schema149.required,parentSchema:schema149,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.version !== undefined){
let data0 = data.version;
if(typeof data0 !== "string"){
const err1 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema149.properties.version.type,parentSchema:schema149.properties.version,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.truncation !== undefined){
let data1 = data.truncation;
if((!(data1 && typeof data1 == "object" && !Array.isArray(data1))) && (data1 !== null)){
const err2 = {instancePath:instancePath+"/truncation",schemaPath:"#/properties/truncation/type",keyword:"type",params:{type: schema149.properties.truncation.type},message:"must be object,null",schema:schema149.properties.truncation.type,parentSchema:schema149.properties.truncation,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.direction !== undefined){
let data2 = data1.direction;
if(!((data2 === "Left") || (data2 === "Right"))){
const err3 = {instancePath:instancePath+"/truncation/direction",schemaPath:"#/properties/truncation/properties/direction/enum",keyword:"enum",params:{allowedValues: schema149.properties.truncation.properties.direction.enum},message:"must be equal to one of the allowed values",schema:schema149.properties.truncation.properties.direction.enum,parentSchema:schema149.properties.truncation.properties.direction,data:data2};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data1.max_length !== undefined){
let data3 = data1.max_length;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err4 = {instancePath:instancePath+"/truncation/max_length",schemaPath:"#/$defs/nonNegativeInteger/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema150.type,parentSchema:schema150,data:data3};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 0 || isNaN(data3)){
const err5 = {instancePath:instancePath+"/truncation/max_length",schemaPath:"#/$defs/nonNegativeInteger/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema150,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
if(data1.strategy !== undefined){
let data4 = data1.strategy;
if(!(((data4 === "LongestFirst") || (data4 === "OnlyFirst")) || (data4 === "OnlySecond"))){
const err6 = {instancePath:instancePath+"/truncation/strategy",schemaPath:"#/properties/truncation/properties/strategy/enum",keyword:"enum",params:{allowedValues: schema149.properties.truncation.properties.strategy.enum},message:"must be equal to one of the allowed values",schema:schema149.properties.truncation.properties.strategy.enum,parentSchema:schema149.properties.truncation.properties.strategy,data:data4};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data1.stride !== undefined){
let data5 = data1.stride;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err7 = {instancePath:instancePath+"/truncation/stride",schemaPath:"#/$defs/nonNegativeInteger/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema150.type,parentSchema:schema150,data:data5};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 0 || isNaN(data5)){
const err8 = {instancePath:instancePath+"/truncation/stride",schemaPath:"#/$defs/nonNegativeInteger/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema150,data:data5};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
}
}
if(data.padding !== undefined){
let data6 = data.padding;
if((!(data6 && typeof data6 == "object" && !Array.isArray(data6))) && (data6 !== null)){
const err9 = {instancePath:instancePath+"/padding",schemaPath:"#/properties/padding/type",keyword:"type",params:{type: schema149.properties.padding.type},message:"must be object,null",schema:schema149.properties.padding.type,parentSchema:schema149.properties.padding,data:data6};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.strategy !== undefined){
let data7 = data6.strategy;
if((typeof data7 !== "string") && (!(data7 && typeof data7 == "object" && !Array.isArray(data7)))){
const err10 = {instancePath:instancePath+"/padding/strategy",schemaPath:"#/properties/padding/properties/strategy/type",keyword:"type",params:{type: schema149.properties.padding.properties.strategy.type},message:"must be string,object",schema:schema149.properties.padding.properties.strategy.type,parentSchema:schema149.properties.padding.properties.strategy,data:data7};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(typeof data7 === "string"){
if(!pattern6.test(data7)){
const err11 = {instancePath:instancePath+"/padding/strategy",schemaPath:"#/properties/padding/properties/strategy/pattern",keyword:"pattern",params:{pattern: "^BatchLongest$"},message:"must match pattern \""+"^BatchLongest$"+"\"",schema:"^BatchLongest$",parentSchema:schema149.properties.padding.properties.strategy,data:data7};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.Fixed === undefined){
const err12 = {instancePath:instancePath+"/padding/strategy",schemaPath:"#/properties/padding/properties/strategy/required",keyword:"required",params:{missingProperty: "Fixed"},message:"must have required property '"+"Fixed"+"'",schema:schema149.properties.padding.properties.strategy.required,parentSchema:schema149.properties.padding.properties.strategy,data:data7};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
for(const key0 in data7){
if(!(key0 === "Fixed")){
const err13 = {instancePath:instancePath+"/padding/strategy",schemaPath:"#/properties/padding/properties/strategy/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema149.properties.padding.properties.strategy,data:data7};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data7.Fixed !== undefined){
let data8 = data7.Fixed;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err14 = {instancePath:instancePath+"/padding/strategy/Fixed",schemaPath:"#/$defs/nonNegativeInteger/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema150.type,parentSchema:schema150,data:data8};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 < 0 || isNaN(data8)){
const err15 = {instancePath:instancePath+"/padding/strategy/Fixed",schemaPath:"#/$defs/nonNegativeInteger/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema150,data:data8};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
}
}
if(data6.direction !== undefined){
let data9 = data6.direction;
if(!((data9 === "Left") || (data9 === "Right"))){
const err16 = {instancePath:instancePath+"/padding/direction",schemaPath:"#/properties/padding/properties/direction/enum",keyword:"enum",params:{allowedValues: schema149.properties.padding.properties.direction.enum},message:"must be equal to one of the allowed values",schema:schema149.properties.padding.properties.direction.enum,parentSchema:schema149.properties.padding.properties.direction,data:data9};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data6.pad_to_multiple_of !== undefined){
let data10 = data6.pad_to_multiple_of;
if((!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))) && (data10 !== null)){
const err17 = {instancePath:instancePath+"/padding/pad_to_multiple_of",schemaPath:"#/properties/padding/properties/pad_to_multiple_of/type",keyword:"type",params:{type: schema149.properties.padding.properties.pad_to_multiple_of.type},message:"must be integer,null",schema:schema149.properties.padding.properties.pad_to_multiple_of.type,parentSchema:schema149.properties.padding.properties.pad_to_multiple_of,data:data10};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 < 1 || isNaN(data10)){
const err18 = {instancePath:instancePath+"/padding/pad_to_multiple_of",schemaPath:"#/properties/padding/properties/pad_to_multiple_of/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema149.properties.padding.properties.pad_to_multiple_of,data:data10};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
if(data6.pad_id !== undefined){
let data11 = data6.pad_id;
if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){
const err19 = {instancePath:instancePath+"/padding/pad_id",schemaPath:"#/$defs/nonNegativeInteger/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema150.type,parentSchema:schema150,data:data11};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 < 0 || isNaN(data11)){
const err20 = {instancePath:instancePath+"/padding/pad_id",schemaPath:"#/$defs/nonNegativeInteger/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema150,data:data11};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
if(data6.pad_type_id !== undefined){
let data12 = data6.pad_type_id;
if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){
const err21 = {instancePath:instancePath+"/padding/pad_type_id",schemaPath:"#/$defs/nonNegativeInteger/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema150.type,parentSchema:schema150,data:data12};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 < 0 || isNaN(data12)){
const err22 = {instancePath:instancePath+"/padding/pad_type_id",schemaPath:"#/$defs/nonNegativeInteger/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema150,data:data12};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
if(data6.pad_token !== undefined){
let data13 = data6.pad_token;
if(typeof data13 !== "string"){
const err23 = {instancePath:instancePath+"/padding/pad_token",schemaPath:"#/properties/padding/properties/pad_token/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema149.properties.padding.properties.pad_token.type,parentSchema:schema149.properties.padding.properties.pad_token,data:data13};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
}
if(data.added_tokens !== undefined){
let data14 = data.added_tokens;
if(Array.isArray(data14)){
const len0 = data14.length;
for(let i0=0; i0<len0; i0++){
if(!(validate60(data14[i0], {instancePath:instancePath+"/added_tokens/" + i0,parentData:data14,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate60.errors : vErrors.concat(validate60.errors);
errors = vErrors.length;
}
}
}
else {
const err24 = {instancePath:instancePath+"/added_tokens",schemaPath:"#/properties/added_tokens/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema149.properties.added_tokens.type,parentSchema:schema149.properties.added_tokens,data:data14};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.normalizer !== undefined){
if(!(validate62(data.normalizer, {instancePath:instancePath+"/normalizer",parentData:data,parentDataProperty:"normalizer",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
errors = vErrors.length;
}
}
if(data.pre_tokenizer !== undefined){
if(!(validate64(data.pre_tokenizer, {instancePath:instancePath+"/pre_tokenizer",parentData:data,parentDataProperty:"pre_tokenizer",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate64.errors : vErrors.concat(validate64.errors);
errors = vErrors.length;
}
}
if(data.post_processor !== undefined){
if(!(validate68(data.post_processor, {instancePath:instancePath+"/post_processor",parentData:data,parentDataProperty:"post_processor",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
errors = vErrors.length;
}
}
if(data.decoder !== undefined){
if(!(validate76(data.decoder, {instancePath:instancePath+"/decoder",parentData:data,parentDataProperty:"decoder",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate76.errors : vErrors.concat(validate76.errors);
errors = vErrors.length;
}
}
if(data.model !== undefined){
if(!(validate79(data.model, {instancePath:instancePath+"/model",parentData:data,parentDataProperty:"model",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate79.errors : vErrors.concat(validate79.errors);
errors = vErrors.length;
}
}
}
else {
const err25 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema149.type,parentSchema:schema149,data};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
validate59.errors = vErrors;
return errors === 0;
}
validate59.evaluated = {"props":{"version":true,"truncation":true,"padding":true,"added_tokens":true,"normalizer":true,"pre_tokenizer":true,"post_processor":true,"decoder":true,"model":true},"dynamicProps":false,"dynamicItems":false};

const schema185 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://mlpack.dev/schemas/tokenizer-config.schema.json","title":"Hugging Face tokenizer_config.json","description":"Settings transformers' AutoTokenizer reads beside tokenizer.json / vocab files: the tokenizer class, special tokens, maximum length, chat template, padding side. No field is required; unknown fields are allowed (tokenizer classes define their own).","$comment":"x-expected (a noun phrase: what a valid value is) and x-condition (when a conditional rule applies) are annotations mlpack uses to word its error messages; validators that do not know them ignore them.","type":"object","properties":{"tokenizer_class":{"description":"transformers tokenizer class name, e.g. \"BertTokenizer\".","type":["string","null"]},"model_max_length":{"description":"Longest input in tokens. transformers writes 1e30 (VERY_LARGE_INTEGER) when unknown, so any positive number is accepted.","type":"number","exclusiveMinimum":0},"bos_token":{"$ref":"#/$defs/specialToken"},"eos_token":{"$ref":"#/$defs/specialToken"},"unk_token":{"$ref":"#/$defs/specialToken"},"sep_token":{"$ref":"#/$defs/specialToken"},"pad_token":{"$ref":"#/$defs/specialToken"},"cls_token":{"$ref":"#/$defs/specialToken"},"mask_token":{"$ref":"#/$defs/specialToken"},"additional_special_tokens":{"description":"More special tokens.","type":["array","null"],"items":{"type":["string","object"],"$ref":"#/$defs/specialToken"}},"extra_special_tokens":{"description":"Named extra special tokens (newer transformers).","type":["object","array"],"additionalProperties":{"$ref":"#/$defs/specialToken"},"items":{"$ref":"#/$defs/specialToken"}},"added_tokens_decoder":{"description":"Token id (decimal string key) to added token.","type":"object","propertyNames":{"$ref":"#/$defs/decimalKey"},"additionalProperties":{"$ref":"#/$defs/addedToken"}},"do_lower_case":{"description":"Lower-case input before tokenizing.","type":"boolean"},"chat_template":{"description":"Jinja chat template, or a list of named templates.","type":["string","array"],"items":{"type":"object","required":["name","template"],"properties":{"name":{"type":"string"},"template":{"type":"string"}}}},"padding_side":{"description":"Side padding goes on.","enum":["left","right"]},"truncation_side":{"description":"Side truncation removes tokens from.","enum":["left","right"]},"clean_up_tokenization_spaces":{"description":"Remove spaces before punctuation when decoding.","type":"boolean"},"add_prefix_space":{"description":"Prepend a space to the input (byte-level BPE).","type":["boolean","null"]},"add_bos_token":{"description":"Prepend the BOS token.","type":"boolean"},"add_eos_token":{"description":"Append the EOS token.","type":"boolean"},"legacy":{"description":"SentencePiece legacy behaviour flag.","type":["boolean","null"]},"model_input_names":{"description":"Names of the model inputs the tokenizer produces.","type":"array","items":{"type":"string"}},"auto_map":{"description":"Remote-code class references (mlpack never executes remote code).","type":"object"},"name_or_path":{"description":"Where the tokenizer was loaded from when it was saved.","type":"string"}},"$defs":{"decimalKey":{"type":"string","pattern":"^(0|[1-9][0-9]*)$","x-expected":"a decimal integer such as \"0\""},"specialToken":{"description":"A special token: its text, an AddedToken object, or null.","type":["string","object","null"],"required":["content"],"properties":{"content":{"type":"string"},"single_word":{"type":"boolean"},"lstrip":{"type":"boolean"},"rstrip":{"type":"boolean"},"normalized":{"type":"boolean"},"special":{"type":"boolean"}},"x-expected":"a token string, an AddedToken object {\"content\": ...} or null"},"addedToken":{"description":"An added token, as transformers serializes AddedToken.","type":"object","required":["content"],"properties":{"content":{"type":"string"},"single_word":{"type":"boolean"},"lstrip":{"type":"boolean"},"rstrip":{"type":"boolean"},"normalized":{"type":"boolean"},"special":{"type":"boolean"}}}}};
const schema186 = {"description":"A special token: its text, an AddedToken object, or null.","type":["string","object","null"],"required":["content"],"properties":{"content":{"type":"string"},"single_word":{"type":"boolean"},"lstrip":{"type":"boolean"},"rstrip":{"type":"boolean"},"normalized":{"type":"boolean"},"special":{"type":"boolean"}},"x-expected":"a token string, an AddedToken object {\"content\": ...} or null"};
const schema196 = {"type":"string","pattern":"^(0|[1-9][0-9]*)$","x-expected":"a decimal integer such as \"0\""};
const schema197 = {"description":"An added token, as transformers serializes AddedToken.","type":"object","required":["content"],"properties":{"content":{"type":"string"},"single_word":{"type":"boolean"},"lstrip":{"type":"boolean"},"rstrip":{"type":"boolean"},"normalized":{"type":"boolean"},"special":{"type":"boolean"}}};

function validate85(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://mlpack.dev/schemas/tokenizer-config.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate85.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.tokenizer_class !== undefined){
let data0 = data.tokenizer_class;
if((typeof data0 !== "string") && (data0 !== null)){
const err0 = {instancePath:instancePath+"/tokenizer_class",schemaPath:"#/properties/tokenizer_class/type",keyword:"type",params:{type: schema185.properties.tokenizer_class.type},message:"must be string,null",schema:schema185.properties.tokenizer_class.type,parentSchema:schema185.properties.tokenizer_class,data:data0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.model_max_length !== undefined){
let data1 = data.model_max_length;
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 <= 0 || isNaN(data1)){
const err1 = {instancePath:instancePath+"/model_max_length",schemaPath:"#/properties/model_max_length/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema185.properties.model_max_length,data:data1};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/model_max_length",schemaPath:"#/properties/model_max_length/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema185.properties.model_max_length.type,parentSchema:schema185.properties.model_max_length,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.bos_token !== undefined){
let data2 = data.bos_token;
if(((typeof data2 !== "string") && (!(data2 && typeof data2 == "object" && !Array.isArray(data2)))) && (data2 !== null)){
const err3 = {instancePath:instancePath+"/bos_token",schemaPath:"#/$defs/specialToken/type",keyword:"type",params:{type: schema186.type},message:"must be string,object,null",schema:schema186.type,parentSchema:schema186,data:data2};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.content === undefined){
const err4 = {instancePath:instancePath+"/bos_token",schemaPath:"#/$defs/specialToken/required",keyword:"required",params:{missingProperty: "content"},message:"must have required property '"+"content"+"'",schema:schema186.required,parentSchema:schema186,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data2.content !== undefined){
let data3 = data2.content;
if(typeof data3 !== "string"){
const err5 = {instancePath:instancePath+"/bos_token/content",schemaPath:"#/$defs/specialToken/properties/content/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema186.properties.content.type,parentSchema:schema186.properties.content,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data2.single_word !== undefined){
let data4 = data2.single_word;
if(typeof data4 !== "boolean"){
const err6 = {instancePath:instancePath+"/bos_token/single_word",schemaPath:"#/$defs/specialToken/properties/single_word/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema186.properties.single_word.type,parentSchema:schema186.properties.single_word,data:data4};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data2.lstrip !== undefined){
let data5 = data2.lstrip;
if(typeof data5 !== "boolean"){
const err7 = {instancePath:instancePath+"/bos_token/lstrip",schemaPath:"#/$defs/specialToken/properties/lstrip/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema186.properties.lstrip.type,parentSchema:schema186.properties.lstrip,data:data5};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data2.rstrip !== undefined){
let data6 = data2.rstrip;
if(typeof data6 !== "boolean"){
const err8 = {instancePath:instancePath+"/bos_token/rstrip",schemaPath:"#/$defs/specialToken/properties/rstrip/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema186.properties.rstrip.type,parentSchema:schema186.properties.rstrip,data:data6};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data2.normalized !== undefined){
let data7 = data2.normalized;
if(typeof data7 !== "boolean"){
const err9 = {instancePath:instancePath+"/bos_token/normalized",schemaPath:"#/$defs/specialToken/properties/normalized/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema186.properties.normalized.type,parentSchema:schema186.properties.normalized,data:data7};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data2.special !== undefined){
let data8 = data2.special;
if(typeof data8 !== "boolean"){
const err10 = {instancePath:instancePath+"/bos_token/special",schemaPath:"#/$defs/specialToken/properties/special/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema186.properties.special.type,parentSchema:schema186.properties.special,data:data8};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
}
if(data.eos_token !== undefined){
let data9 = data.eos_token;
if(((typeof data9 !== "string") && (!(data9 && typeof data9 == "object" && !Array.isArray(data9)))) && (data9 !== null)){
const err11 = {instancePath:instancePath+"/eos_token",schemaPath:"#/$defs/specialToken/type",keyword:"type",params:{type: schema186.type},message:"must be string,object,null",schema:schema186.type,parentSchema:schema186,data:data9};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.content === undefined){
const err12 = {instancePath:instancePath+"/eos_token",schemaPath:"#/$defs/specialToken/required",keyword:"required",params:{missingProperty: "content"},message:"must have required property '"+"content"+"'",schema:schema186.required,parentSchema:schema186,data:data9};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data9.content !== undefined){
let data10 = data9.content;
if(typeof data10 !== "string"){
const err13 = {instancePath:instancePath+"/eos_token/content",schemaPath:"#/$defs/specialToken/properties/content/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema186.properties.content.type,parentSchema:schema186.properties.content,data:data10};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data9.single_word !== undefined){
let data11 = data9.single_word;
if(typeof data11 !== "boolean"){
const err14 = {instancePath:instancePath+"/eos_token/single_word",schemaPath:"#/$defs/specialToken/properties/single_word/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema186.properties.single_word.type,parentSchema:schema186.properties.single_word,data:data11};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data9.lstrip !== undefined){
let data12 = data9.lstrip;
if(typeof data12 !== "boolean"){
const err15 = {instancePath:instancePath+"/eos_token/lstrip",schemaPath:"#/$defs/specialToken/properties/lstrip/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema186.properties.lstrip.type,parentSchema:schema186.properties.lstrip,data:data12};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data9.rstrip !== undefined){
let data13 = data9.rstrip;
if(typeof data13 !== "boolean"){
const err16 = {instancePath:instancePath+"/eos_token/rstrip",schemaPath:"#/$defs/specialToken/properties/rstrip/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema186.properties.rstrip.type,parentSchema:schema186.properties.rstrip,data:data13};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data9.normalized !== undefined){
let data14 = data9.normalized;
if(typeof data14 !== "boolean"){
const err17 = {instancePath:instancePath+"/eos_token/normalized",schemaPath:"#/$defs/specialToken/properties/normalized/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema186.properties.normalized.type,parentSchema:schema186.properties.normalized,data:data14};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data9.special !== undefined){
let data15 = data9.special;
if(typeof data15 !== "boolean"){
const err18 = {instancePath:instancePath+"/eos_token/special",schemaPath:"#/$defs/specialToken/properties/special/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema186.properties.special.type,parentSchema:schema186.properties.special,data:data15};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
}
if(data.unk_token !== undefined){
let data16 = data.unk_token;
if(((typeof data16 !== "string") && (!(data16 && typeof data16 == "object" && !Array.isArray(data16)))) && (data16 !== null)){
const err19 = {instancePath:instancePath+"/unk_token",schemaPath:"#/$defs/specialToken/type",keyword:"type",params:{type: schema186.type},message:"must be string,object,null",schema:schema186.type,parentSchema:schema186,data:data16};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
if(data16.content === undefined){
const err20 = {instancePath:instancePath+"/unk_token",schemaPath:"#/$defs/specialToken/required",keyword:"required",params:{missingProperty: "content"},message:"must have required property '"+"content"+"'",schema:schema186.required,parentSchema:schema186,data:data16};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data16.content !== undefined){
let data17 = data16.content;
if(typeof data17 !== "string"){
const err21 = {instancePath:instancePath+"/unk_token/content",schemaPath:"#/$defs/specialToken/properties/content/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema186.properties.content.type,parentSchema:schema186.properties.content,data:data17};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data16.single_word !== undefined){
let data18 = data16.single_word;
if(typeof data18 !== "boolean"){
const err22 = {instancePath:instancePath+"/unk_token/single_word",schemaPath:"#/$defs/specialToken/properties/single_word/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema186.properties.single_word.type,parentSchema:schema186.properties.single_word,data:data18};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data16.lstrip !== undefined){
let data19 = data16.lstrip;
if(typeof data19 !== "boolean"){
const err23 = {instancePath:instancePath+"/unk_token/lstrip",schemaPath:"#/$defs/specialToken/properties/lstrip/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema186.properties.lstrip.type,parentSchema:schema186.properties.lstrip,data:data19};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data16.rstrip !== undefined){
let data20 = data16.rstrip;
if(typeof data20 !== "boolean"){
const err24 = {instancePath:instancePath+"/unk_token/rstrip",schemaPath:"#/$defs/specialToken/properties/rstrip/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema186.properties.rstrip.type,parentSchema:schema186.properties.rstrip,data:data20};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data16.normalized !== undefined){
let data21 = data16.normalized;
if(typeof data21 !== "boolean"){
const err25 = {instancePath:instancePath+"/unk_token/normalized",schemaPath:"#/$defs/specialToken/properties/normalized/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema186.properties.normalized.type,parentSchema:schema186.properties.normalized,data:data21};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data16.special !== undefined){
let data22 = data16.special;
if(typeof data22 !== "boolean"){
const err26 = {instancePath:instancePath+"/unk_token/special",schemaPath:"#/$defs/specialToken/properties/special/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema186.properties.special.type,parentSchema:schema186.properties.special,data:data22};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
}
if(data.sep_token !== undefined){
let data23 = data.sep_token;
if(((typeof data23 !== "string") && (!(data23 && typeof data23 == "object" && !Array.isArray(data23)))) && (data23 !== null)){
const err27 = {instancePath:instancePath+"/sep_token",schemaPath:"#/$defs/specialToken/type",keyword:"type",params:{type: schema186.type},message:"must be string,object,null",schema:schema186.type,parentSchema:schema186,data:data23};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(data23 && typeof data23 == "object" && !Array.isArray(data23)){
if(data23.content === undefined){
const err28 = {instancePath:instancePath+"/sep_token",schemaPath:"#/$defs/specialToken/required",keyword:"required",params:{missingProperty: "content"},message:"must have required property '"+"content"+"'",schema:schema186.required,parentSchema:schema186,data:data23};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(data23.content !== undefined){
let data24 = data23.content;
if(typeof data24 !== "string"){
const err29 = {instancePath:instancePath+"/sep_token/content",schemaPath:"#/$defs/specialToken/properties/content/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema186.properties.content.type,parentSchema:schema186.properties.content,data:data24};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data23.single_word !== undefined){
let data25 = data23.single_word;
if(typeof data25 !== "boolean"){
const err30 = {instancePath:instancePath+"/sep_token/single_word",schemaPath:"#/$defs/specialToken/properties/single_word/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema186.properties.single_word.type,parentSchema:schema186.properties.single_word,data:data25};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data23.lstrip !== undefined){
let data26 = data23.lstrip;
if(typeof data26 !== "boolean"){
const err31 = {instancePath:instancePath+"/sep_token/lstrip",schemaPath:"#/$defs/specialToken/properties/lstrip/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema186.properties.lstrip.type,parentSchema:schema186.properties.lstrip,data:data26};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data23.rstrip !== undefined){
let data27 = data23.rstrip;
if(typeof data27 !== "boolean"){
const err32 = {instancePath:instancePath+"/sep_token/rstrip",schemaPath:"#/$defs/specialToken/properties/rstrip/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema186.properties.rstrip.type,parentSchema:schema186.properties.rstrip,data:data27};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data23.normalized !== undefined){
let data28 = data23.normalized;
if(typeof data28 !== "boolean"){
const err33 = {instancePath:instancePath+"/sep_token/normalized",schemaPath:"#/$defs/specialToken/properties/normalized/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema186.properties.normalized.type,parentSchema:schema186.properties.normalized,data:data28};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data23.special !== undefined){
let data29 = data23.special;
if(typeof data29 !== "boolean"){
const err34 = {instancePath:instancePath+"/sep_token/special",schemaPath:"#/$defs/specialToken/properties/special/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema186.properties.special.type,parentSchema:schema186.properties.special,data:data29};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
}
if(data.pad_token !== undefined){
let data30 = data.pad_token;
if(((typeof data30 !== "string") && (!(data30 && typeof data30 == "object" && !Array.isArray(data30)))) && (data30 !== null)){
const err35 = {instancePath:instancePath+"/pad_token",schemaPath:"#/$defs/specialToken/type",keyword:"type",params:{type: schema186.type},message:"must be string,object,null",schema:schema186.type,parentSchema:schema186,data:data30};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(data30 && typeof data30 == "object" && !Array.isArray(data30)){
if(data30.content === undefined){
const err36 = {instancePath:instancePath+"/pad_token",schemaPath:"#/$defs/specialToken/required",keyword:"required",params:{missingProperty: "content"},message:"must have required property '"+"content"+"'",schema:schema186.required,parentSchema:schema186,data:data30};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(data30.content !== undefined){
let data31 = data30.content;
if(typeof data31 !== "string"){
const err37 = {instancePath:instancePath+"/pad_token/content",schemaPath:"#/$defs/specialToken/properties/content/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema186.properties.content.type,parentSchema:schema186.properties.content,data:data31};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data30.single_word !== undefined){
let data32 = data30.single_word;
if(typeof data32 !== "boolean"){
const err38 = {instancePath:instancePath+"/pad_token/single_word",schemaPath:"#/$defs/specialToken/properties/single_word/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema186.properties.single_word.type,parentSchema:schema186.properties.single_word,data:data32};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data30.lstrip !== undefined){
let data33 = data30.lstrip;
if(typeof data33 !== "boolean"){
const err39 = {instancePath:instancePath+"/pad_token/lstrip",schemaPath:"#/$defs/specialToken/properties/lstrip/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema186.properties.lstrip.type,parentSchema:schema186.properties.lstrip,data:data33};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data30.rstrip !== undefined){
let data34 = data30.rstrip;
if(typeof data34 !== "boolean"){
const err40 = {instancePath:instancePath+"/pad_token/rstrip",schemaPath:"#/$defs/specialToken/properties/rstrip/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema186.properties.rstrip.type,parentSchema:schema186.properties.rstrip,data:data34};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data30.normalized !== undefined){
let data35 = data30.normalized;
if(typeof data35 !== "boolean"){
const err41 = {instancePath:instancePath+"/pad_token/normalized",schemaPath:"#/$defs/specialToken/properties/normalized/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema186.properties.normalized.type,parentSchema:schema186.properties.normalized,data:data35};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data30.special !== undefined){
let data36 = data30.special;
if(typeof data36 !== "boolean"){
const err42 = {instancePath:instancePath+"/pad_token/special",schemaPath:"#/$defs/specialToken/properties/special/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema186.properties.special.type,parentSchema:schema186.properties.special,data:data36};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
}
}
if(data.cls_token !== undefined){
let data37 = data.cls_token;
if(((typeof data37 !== "string") && (!(data37 && typeof data37 == "object" && !Array.isArray(data37)))) && (data37 !== null)){
const err43 = {instancePath:instancePath+"/cls_token",schemaPath:"#/$defs/specialToken/type",keyword:"type",params:{type: schema186.type},message:"must be string,object,null",schema:schema186.type,parentSchema:schema186,data:data37};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(data37 && typeof data37 == "object" && !Array.isArray(data37)){
if(data37.content === undefined){
const err44 = {instancePath:instancePath+"/cls_token",schemaPath:"#/$defs/specialToken/required",keyword:"required",params:{missingProperty: "content"},message:"must have required property '"+"content"+"'",schema:schema186.required,parentSchema:schema186,data:data37};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if(data37.content !== undefined){
let data38 = data37.content;
if(typeof data38 !== "string"){
const err45 = {instancePath:instancePath+"/cls_token/content",schemaPath:"#/$defs/specialToken/properties/content/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema186.properties.content.type,parentSchema:schema186.properties.content,data:data38};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data37.single_word !== undefined){
let data39 = data37.single_word;
if(typeof data39 !== "boolean"){
const err46 = {instancePath:instancePath+"/cls_token/single_word",schemaPath:"#/$defs/specialToken/properties/single_word/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema186.properties.single_word.type,parentSchema:schema186.properties.single_word,data:data39};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data37.lstrip !== undefined){
let data40 = data37.lstrip;
if(typeof data40 !== "boolean"){
const err47 = {instancePath:instancePath+"/cls_token/lstrip",schemaPath:"#/$defs/specialToken/properties/lstrip/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema186.properties.lstrip.type,parentSchema:schema186.properties.lstrip,data:data40};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data37.rstrip !== undefined){
let data41 = data37.rstrip;
if(typeof data41 !== "boolean"){
const err48 = {instancePath:instancePath+"/cls_token/rstrip",schemaPath:"#/$defs/specialToken/properties/rstrip/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema186.properties.rstrip.type,parentSchema:schema186.properties.rstrip,data:data41};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data37.normalized !== undefined){
let data42 = data37.normalized;
if(typeof data42 !== "boolean"){
const err49 = {instancePath:instancePath+"/cls_token/normalized",schemaPath:"#/$defs/specialToken/properties/normalized/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema186.properties.normalized.type,parentSchema:schema186.properties.normalized,data:data42};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data37.special !== undefined){
let data43 = data37.special;
if(typeof data43 !== "boolean"){
const err50 = {instancePath:instancePath+"/cls_token/special",schemaPath:"#/$defs/specialToken/properties/special/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema186.properties.special.type,parentSchema:schema186.properties.special,data:data43};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
}
}
if(data.mask_token !== undefined){
let data44 = data.mask_token;
if(((typeof data44 !== "string") && (!(data44 && typeof data44 == "object" && !Array.isArray(data44)))) && (data44 !== null)){
const err51 = {instancePath:instancePath+"/mask_token",schemaPath:"#/$defs/specialToken/type",keyword:"type",params:{type: schema186.type},message:"must be string,object,null",schema:schema186.type,parentSchema:schema186,data:data44};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
if(data44 && typeof data44 == "object" && !Array.isArray(data44)){
if(data44.content === undefined){
const err52 = {instancePath:instancePath+"/mask_token",schemaPath:"#/$defs/specialToken/required",keyword:"required",params:{missingProperty: "content"},message:"must have required property '"+"content"+"'",schema:schema186.required,parentSchema:schema186,data:data44};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
if(data44.content !== undefined){
let data45 = data44.content;
if(typeof data45 !== "string"){
const err53 = {instancePath:instancePath+"/mask_token/content",schemaPath:"#/$defs/specialToken/properties/content/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema186.properties.content.type,parentSchema:schema186.properties.content,data:data45};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data44.single_word !== undefined){
let data46 = data44.single_word;
if(typeof data46 !== "boolean"){
const err54 = {instancePath:instancePath+"/mask_token/single_word",schemaPath:"#/$defs/specialToken/properties/single_word/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema186.properties.single_word.type,parentSchema:schema186.properties.single_word,data:data46};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data44.lstrip !== undefined){
let data47 = data44.lstrip;
if(typeof data47 !== "boolean"){
const err55 = {instancePath:instancePath+"/mask_token/lstrip",schemaPath:"#/$defs/specialToken/properties/lstrip/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema186.properties.lstrip.type,parentSchema:schema186.properties.lstrip,data:data47};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data44.rstrip !== undefined){
let data48 = data44.rstrip;
if(typeof data48 !== "boolean"){
const err56 = {instancePath:instancePath+"/mask_token/rstrip",schemaPath:"#/$defs/specialToken/properties/rstrip/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema186.properties.rstrip.type,parentSchema:schema186.properties.rstrip,data:data48};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data44.normalized !== undefined){
let data49 = data44.normalized;
if(typeof data49 !== "boolean"){
const err57 = {instancePath:instancePath+"/mask_token/normalized",schemaPath:"#/$defs/specialToken/properties/normalized/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema186.properties.normalized.type,parentSchema:schema186.properties.normalized,data:data49};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data44.special !== undefined){
let data50 = data44.special;
if(typeof data50 !== "boolean"){
const err58 = {instancePath:instancePath+"/mask_token/special",schemaPath:"#/$defs/specialToken/properties/special/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema186.properties.special.type,parentSchema:schema186.properties.special,data:data50};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
}
}
if(data.additional_special_tokens !== undefined){
let data51 = data.additional_special_tokens;
if((!(Array.isArray(data51))) && (data51 !== null)){
const err59 = {instancePath:instancePath+"/additional_special_tokens",schemaPath:"#/properties/additional_special_tokens/type",keyword:"type",params:{type: schema185.properties.additional_special_tokens.type},message:"must be array,null",schema:schema185.properties.additional_special_tokens.type,parentSchema:schema185.properties.additional_special_tokens,data:data51};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
if(Array.isArray(data51)){
const len0 = data51.length;
for(let i0=0; i0<len0; i0++){
let data52 = data51[i0];
if((typeof data52 !== "string") && (!(data52 && typeof data52 == "object" && !Array.isArray(data52)))){
const err60 = {instancePath:instancePath+"/additional_special_tokens/" + i0,schemaPath:"#/properties/additional_special_tokens/items/type",keyword:"type",params:{type: schema185.properties.additional_special_tokens.items.type},message:"must be string,object",schema:schema185.properties.additional_special_tokens.items.type,parentSchema:schema185.properties.additional_special_tokens.items,data:data52};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
if(((typeof data52 !== "string") && (!(data52 && typeof data52 == "object" && !Array.isArray(data52)))) && (data52 !== null)){
const err61 = {instancePath:instancePath+"/additional_special_tokens/" + i0,schemaPath:"#/$defs/specialToken/type",keyword:"type",params:{type: schema186.type},message:"must be string,object,null",schema:schema186.type,parentSchema:schema186,data:data52};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
if(data52 && typeof data52 == "object" && !Array.isArray(data52)){
if(data52.content === undefined){
const err62 = {instancePath:instancePath+"/additional_special_tokens/" + i0,schemaPath:"#/$defs/specialToken/required",keyword:"required",params:{missingProperty: "content"},message:"must have required property '"+"content"+"'",schema:schema186.required,parentSchema:schema186,data:data52};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
if(data52.content !== undefined){
let data53 = data52.content;
if(typeof data53 !== "string"){
const err63 = {instancePath:instancePath+"/additional_special_tokens/" + i0+"/content",schemaPath:"#/$defs/specialToken/properties/content/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema186.properties.content.type,parentSchema:schema186.properties.content,data:data53};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
if(data52.single_word !== undefined){
let data54 = data52.single_word;
if(typeof data54 !== "boolean"){
const err64 = {instancePath:instancePath+"/additional_special_tokens/" + i0+"/single_word",schemaPath:"#/$defs/specialToken/properties/single_word/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema186.properties.single_word.type,parentSchema:schema186.properties.single_word,data:data54};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data52.lstrip !== undefined){
let data55 = data52.lstrip;
if(typeof data55 !== "boolean"){
const err65 = {instancePath:instancePath+"/additional_special_tokens/" + i0+"/lstrip",schemaPath:"#/$defs/specialToken/properties/lstrip/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema186.properties.lstrip.type,parentSchema:schema186.properties.lstrip,data:data55};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
if(data52.rstrip !== undefined){
let data56 = data52.rstrip;
if(typeof data56 !== "boolean"){
const err66 = {instancePath:instancePath+"/additional_special_tokens/" + i0+"/rstrip",schemaPath:"#/$defs/specialToken/properties/rstrip/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema186.properties.rstrip.type,parentSchema:schema186.properties.rstrip,data:data56};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
if(data52.normalized !== undefined){
let data57 = data52.normalized;
if(typeof data57 !== "boolean"){
const err67 = {instancePath:instancePath+"/additional_special_tokens/" + i0+"/normalized",schemaPath:"#/$defs/specialToken/properties/normalized/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema186.properties.normalized.type,parentSchema:schema186.properties.normalized,data:data57};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
if(data52.special !== undefined){
let data58 = data52.special;
if(typeof data58 !== "boolean"){
const err68 = {instancePath:instancePath+"/additional_special_tokens/" + i0+"/special",schemaPath:"#/$defs/specialToken/properties/special/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema186.properties.special.type,parentSchema:schema186.properties.special,data:data58};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
}
}
}
}
if(data.extra_special_tokens !== undefined){
let data59 = data.extra_special_tokens;
if(!data59 || typeof data59 != "object"){
const err69 = {instancePath:instancePath+"/extra_special_tokens",schemaPath:"#/properties/extra_special_tokens/type",keyword:"type",params:{type: schema185.properties.extra_special_tokens.type},message:"must be object,array",schema:schema185.properties.extra_special_tokens.type,parentSchema:schema185.properties.extra_special_tokens,data:data59};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
if(Array.isArray(data59)){
const len1 = data59.length;
for(let i1=0; i1<len1; i1++){
let data60 = data59[i1];
if(((typeof data60 !== "string") && (!(data60 && typeof data60 == "object" && !Array.isArray(data60)))) && (data60 !== null)){
const err70 = {instancePath:instancePath+"/extra_special_tokens/" + i1,schemaPath:"#/$defs/specialToken/type",keyword:"type",params:{type: schema186.type},message:"must be string,object,null",schema:schema186.type,parentSchema:schema186,data:data60};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
if(data60 && typeof data60 == "object" && !Array.isArray(data60)){
if(data60.content === undefined){
const err71 = {instancePath:instancePath+"/extra_special_tokens/" + i1,schemaPath:"#/$defs/specialToken/required",keyword:"required",params:{missingProperty: "content"},message:"must have required property '"+"content"+"'",schema:schema186.required,parentSchema:schema186,data:data60};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
if(data60.content !== undefined){
let data61 = data60.content;
if(typeof data61 !== "string"){
const err72 = {instancePath:instancePath+"/extra_special_tokens/" + i1+"/content",schemaPath:"#/$defs/specialToken/properties/content/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema186.properties.content.type,parentSchema:schema186.properties.content,data:data61};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
if(data60.single_word !== undefined){
let data62 = data60.single_word;
if(typeof data62 !== "boolean"){
const err73 = {instancePath:instancePath+"/extra_special_tokens/" + i1+"/single_word",schemaPath:"#/$defs/specialToken/properties/single_word/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema186.properties.single_word.type,parentSchema:schema186.properties.single_word,data:data62};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
if(data60.lstrip !== undefined){
let data63 = data60.lstrip;
if(typeof data63 !== "boolean"){
const err74 = {instancePath:instancePath+"/extra_special_tokens/" + i1+"/lstrip",schemaPath:"#/$defs/specialToken/properties/lstrip/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema186.properties.lstrip.type,parentSchema:schema186.properties.lstrip,data:data63};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
if(data60.rstrip !== undefined){
let data64 = data60.rstrip;
if(typeof data64 !== "boolean"){
const err75 = {instancePath:instancePath+"/extra_special_tokens/" + i1+"/rstrip",schemaPath:"#/$defs/specialToken/properties/rstrip/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema186.properties.rstrip.type,parentSchema:schema186.properties.rstrip,data:data64};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
if(data60.normalized !== undefined){
let data65 = data60.normalized;
if(typeof data65 !== "boolean"){
const err76 = {instancePath:instancePath+"/extra_special_tokens/" + i1+"/normalized",schemaPath:"#/$defs/specialToken/properties/normalized/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema186.properties.normalized.type,parentSchema:schema186.properties.normalized,data:data65};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
if(data60.special !== undefined){
let data66 = data60.special;
if(typeof data66 !== "boolean"){
const err77 = {instancePath:instancePath+"/extra_special_tokens/" + i1+"/special",schemaPath:"#/$defs/specialToken/properties/special/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema186.properties.special.type,parentSchema:schema186.properties.special,data:data66};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
}
}
}
if(data59 && typeof data59 == "object" && !Array.isArray(data59)){
for(const key0 in data59){
let data67 = data59[key0];
if(((typeof data67 !== "string") && (!(data67 && typeof data67 == "object" && !Array.isArray(data67)))) && (data67 !== null)){
const err78 = {instancePath:instancePath+"/extra_special_tokens/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/specialToken/type",keyword:"type",params:{type: schema186.type},message:"must be string,object,null",schema:schema186.type,parentSchema:schema186,data:data67};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
if(data67 && typeof data67 == "object" && !Array.isArray(data67)){
if(data67.content === undefined){
const err79 = {instancePath:instancePath+"/extra_special_tokens/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/specialToken/required",keyword:"required",params:{missingProperty: "content"},message:"must have required property '"+"content"+"'",schema:schema186.required,parentSchema:schema186,data:data67};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
if(data67.content !== undefined){
let data68 = data67.content;
if(typeof data68 !== "string"){
const err80 = {instancePath:instancePath+"/extra_special_tokens/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/content",schemaPath:"#/$defs/specialToken/properties/content/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema186.properties.content.type,parentSchema:schema186.properties.content,data:data68};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
if(data67.single_word !== undefined){
let data69 = data67.single_word;
if(typeof data69 !== "boolean"){
const err81 = {instancePath:instancePath+"/extra_special_tokens/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/single_word",schemaPath:"#/$defs/specialToken/properties/single_word/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema186.properties.single_word.type,parentSchema:schema186.properties.single_word,data:data69};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
if(data67.lstrip !== undefined){
let data70 = data67.lstrip;
if(typeof data70 !== "boolean"){
const err82 = {instancePath:instancePath+"/extra_special_tokens/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/lstrip",schemaPath:"#/$defs/specialToken/properties/lstrip/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema186.properties.lstrip.type,parentSchema:schema186.properties.lstrip,data:data70};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
if(data67.rstrip !== undefined){
let data71 = data67.rstrip;
if(typeof data71 !== "boolean"){
const err83 = {instancePath:instancePath+"/extra_special_tokens/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/rstrip",schemaPath:"#/$defs/specialToken/properties/rstrip/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema186.properties.rstrip.type,parentSchema:schema186.properties.rstrip,data:data71};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
if(data67.normalized !== undefined){
let data72 = data67.normalized;
if(typeof data72 !== "boolean"){
const err84 = {instancePath:instancePath+"/extra_special_tokens/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/normalized",schemaPath:"#/$defs/specialToken/properties/normalized/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema186.properties.normalized.type,parentSchema:schema186.properties.normalized,data:data72};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
if(data67.special !== undefined){
let data73 = data67.special;
if(typeof data73 !== "boolean"){
const err85 = {instancePath:instancePath+"/extra_special_tokens/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/special",schemaPath:"#/$defs/specialToken/properties/special/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema186.properties.special.type,parentSchema:schema186.properties.special,data:data73};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
}
}
}
}
if(data.added_tokens_decoder !== undefined){
let data74 = data.added_tokens_decoder;
if(data74 && typeof data74 == "object" && !Array.isArray(data74)){
for(const key1 in data74){
const _errs174 = errors;
if(typeof key1 === "string"){
if(!pattern4.test(key1)){
const err86 = {instancePath:instancePath+"/added_tokens_decoder",schemaPath:"#/$defs/decimalKey/pattern",keyword:"pattern",params:{pattern: "^(0|[1-9][0-9]*)$"},message:"must match pattern \""+"^(0|[1-9][0-9]*)$"+"\"",schema:"^(0|[1-9][0-9]*)$",parentSchema:schema196,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
else {
const err87 = {instancePath:instancePath+"/added_tokens_decoder",schemaPath:"#/$defs/decimalKey/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema196.type,parentSchema:schema196,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
var valid26 = _errs174 === errors;
if(!valid26){
const err88 = {instancePath:instancePath+"/added_tokens_decoder",schemaPath:"#/properties/added_tokens_decoder/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema185.properties.added_tokens_decoder.propertyNames,parentSchema:schema185.properties.added_tokens_decoder,data:data74};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
for(const key2 in data74){
let data75 = data74[key2];
if(data75 && typeof data75 == "object" && !Array.isArray(data75)){
if(data75.content === undefined){
const err89 = {instancePath:instancePath+"/added_tokens_decoder/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/addedToken/required",keyword:"required",params:{missingProperty: "content"},message:"must have required property '"+"content"+"'",schema:schema197.required,parentSchema:schema197,data:data75};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
if(data75.content !== undefined){
let data76 = data75.content;
if(typeof data76 !== "string"){
const err90 = {instancePath:instancePath+"/added_tokens_decoder/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/content",schemaPath:"#/$defs/addedToken/properties/content/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema197.properties.content.type,parentSchema:schema197.properties.content,data:data76};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
if(data75.single_word !== undefined){
let data77 = data75.single_word;
if(typeof data77 !== "boolean"){
const err91 = {instancePath:instancePath+"/added_tokens_decoder/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/single_word",schemaPath:"#/$defs/addedToken/properties/single_word/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema197.properties.single_word.type,parentSchema:schema197.properties.single_word,data:data77};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
if(data75.lstrip !== undefined){
let data78 = data75.lstrip;
if(typeof data78 !== "boolean"){
const err92 = {instancePath:instancePath+"/added_tokens_decoder/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/lstrip",schemaPath:"#/$defs/addedToken/properties/lstrip/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema197.properties.lstrip.type,parentSchema:schema197.properties.lstrip,data:data78};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
if(data75.rstrip !== undefined){
let data79 = data75.rstrip;
if(typeof data79 !== "boolean"){
const err93 = {instancePath:instancePath+"/added_tokens_decoder/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/rstrip",schemaPath:"#/$defs/addedToken/properties/rstrip/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema197.properties.rstrip.type,parentSchema:schema197.properties.rstrip,data:data79};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
if(data75.normalized !== undefined){
let data80 = data75.normalized;
if(typeof data80 !== "boolean"){
const err94 = {instancePath:instancePath+"/added_tokens_decoder/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/normalized",schemaPath:"#/$defs/addedToken/properties/normalized/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema197.properties.normalized.type,parentSchema:schema197.properties.normalized,data:data80};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
if(data75.special !== undefined){
let data81 = data75.special;
if(typeof data81 !== "boolean"){
const err95 = {instancePath:instancePath+"/added_tokens_decoder/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/special",schemaPath:"#/$defs/addedToken/properties/special/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema197.properties.special.type,parentSchema:schema197.properties.special,data:data81};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
}
else {
const err96 = {instancePath:instancePath+"/added_tokens_decoder/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/addedToken/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema197.type,parentSchema:schema197,data:data75};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
}
else {
const err97 = {instancePath:instancePath+"/added_tokens_decoder",schemaPath:"#/properties/added_tokens_decoder/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema185.properties.added_tokens_decoder.type,parentSchema:schema185.properties.added_tokens_decoder,data:data74};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
if(data.do_lower_case !== undefined){
let data82 = data.do_lower_case;
if(typeof data82 !== "boolean"){
const err98 = {instancePath:instancePath+"/do_lower_case",schemaPath:"#/properties/do_lower_case/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema185.properties.do_lower_case.type,parentSchema:schema185.properties.do_lower_case,data:data82};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
if(data.chat_template !== undefined){
let data83 = data.chat_template;
if((typeof data83 !== "string") && (!(Array.isArray(data83)))){
const err99 = {instancePath:instancePath+"/chat_template",schemaPath:"#/properties/chat_template/type",keyword:"type",params:{type: schema185.properties.chat_template.type},message:"must be string,array",schema:schema185.properties.chat_template.type,parentSchema:schema185.properties.chat_template,data:data83};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
if(Array.isArray(data83)){
const len2 = data83.length;
for(let i2=0; i2<len2; i2++){
let data84 = data83[i2];
if(data84 && typeof data84 == "object" && !Array.isArray(data84)){
if(data84.name === undefined){
const err100 = {instancePath:instancePath+"/chat_template/" + i2,schemaPath:"#/properties/chat_template/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema185.properties.chat_template.items.required,parentSchema:schema185.properties.chat_template.items,data:data84};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
if(data84.template === undefined){
const err101 = {instancePath:instancePath+"/chat_template/" + i2,schemaPath:"#/properties/chat_template/items/required",keyword:"required",params:{missingProperty: "template"},message:"must have required property '"+"template"+"'",schema:schema185.properties.chat_template.items.required,parentSchema:schema185.properties.chat_template.items,data:data84};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
if(data84.name !== undefined){
let data85 = data84.name;
if(typeof data85 !== "string"){
const err102 = {instancePath:instancePath+"/chat_template/" + i2+"/name",schemaPath:"#/properties/chat_template/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema185.properties.chat_template.items.properties.name.type,parentSchema:schema185.properties.chat_template.items.properties.name,data:data85};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
if(data84.template !== undefined){
let data86 = data84.template;
if(typeof data86 !== "string"){
const err103 = {instancePath:instancePath+"/chat_template/" + i2+"/template",schemaPath:"#/properties/chat_template/items/properties/template/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema185.properties.chat_template.items.properties.template.type,parentSchema:schema185.properties.chat_template.items.properties.template,data:data86};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
}
}
else {
const err104 = {instancePath:instancePath+"/chat_template/" + i2,schemaPath:"#/properties/chat_template/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema185.properties.chat_template.items.type,parentSchema:schema185.properties.chat_template.items,data:data84};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
}
}
if(data.padding_side !== undefined){
let data87 = data.padding_side;
if(!((data87 === "left") || (data87 === "right"))){
const err105 = {instancePath:instancePath+"/padding_side",schemaPath:"#/properties/padding_side/enum",keyword:"enum",params:{allowedValues: schema185.properties.padding_side.enum},message:"must be equal to one of the allowed values",schema:schema185.properties.padding_side.enum,parentSchema:schema185.properties.padding_side,data:data87};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
if(data.truncation_side !== undefined){
let data88 = data.truncation_side;
if(!((data88 === "left") || (data88 === "right"))){
const err106 = {instancePath:instancePath+"/truncation_side",schemaPath:"#/properties/truncation_side/enum",keyword:"enum",params:{allowedValues: schema185.properties.truncation_side.enum},message:"must be equal to one of the allowed values",schema:schema185.properties.truncation_side.enum,parentSchema:schema185.properties.truncation_side,data:data88};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
}
if(data.clean_up_tokenization_spaces !== undefined){
let data89 = data.clean_up_tokenization_spaces;
if(typeof data89 !== "boolean"){
const err107 = {instancePath:instancePath+"/clean_up_tokenization_spaces",schemaPath:"#/properties/clean_up_tokenization_spaces/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema185.properties.clean_up_tokenization_spaces.type,parentSchema:schema185.properties.clean_up_tokenization_spaces,data:data89};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
}
if(data.add_prefix_space !== undefined){
let data90 = data.add_prefix_space;
if((typeof data90 !== "boolean") && (data90 !== null)){
const err108 = {instancePath:instancePath+"/add_prefix_space",schemaPath:"#/properties/add_prefix_space/type",keyword:"type",params:{type: schema185.properties.add_prefix_space.type},message:"must be boolean,null",schema:schema185.properties.add_prefix_space.type,parentSchema:schema185.properties.add_prefix_space,data:data90};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
if(data.add_bos_token !== undefined){
let data91 = data.add_bos_token;
if(typeof data91 !== "boolean"){
const err109 = {instancePath:instancePath+"/add_bos_token",schemaPath:"#/properties/add_bos_token/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema185.properties.add_bos_token.type,parentSchema:schema185.properties.add_bos_token,data:data91};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
}
if(data.add_eos_token !== undefined){
let data92 = data.add_eos_token;
if(typeof data92 !== "boolean"){
const err110 = {instancePath:instancePath+"/add_eos_token",schemaPath:"#/properties/add_eos_token/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema185.properties.add_eos_token.type,parentSchema:schema185.properties.add_eos_token,data:data92};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
}
if(data.legacy !== undefined){
let data93 = data.legacy;
if((typeof data93 !== "boolean") && (data93 !== null)){
const err111 = {instancePath:instancePath+"/legacy",schemaPath:"#/properties/legacy/type",keyword:"type",params:{type: schema185.properties.legacy.type},message:"must be boolean,null",schema:schema185.properties.legacy.type,parentSchema:schema185.properties.legacy,data:data93};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
}
if(data.model_input_names !== undefined){
let data94 = data.model_input_names;
if(Array.isArray(data94)){
const len3 = data94.length;
for(let i3=0; i3<len3; i3++){
let data95 = data94[i3];
if(typeof data95 !== "string"){
const err112 = {instancePath:instancePath+"/model_input_names/" + i3,schemaPath:"#/properties/model_input_names/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema185.properties.model_input_names.items.type,parentSchema:schema185.properties.model_input_names.items,data:data95};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
}
}
else {
const err113 = {instancePath:instancePath+"/model_input_names",schemaPath:"#/properties/model_input_names/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema185.properties.model_input_names.type,parentSchema:schema185.properties.model_input_names,data:data94};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
}
if(data.auto_map !== undefined){
let data96 = data.auto_map;
if(!(data96 && typeof data96 == "object" && !Array.isArray(data96))){
const err114 = {instancePath:instancePath+"/auto_map",schemaPath:"#/properties/auto_map/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema185.properties.auto_map.type,parentSchema:schema185.properties.auto_map,data:data96};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
}
if(data.name_or_path !== undefined){
let data97 = data.name_or_path;
if(typeof data97 !== "string"){
const err115 = {instancePath:instancePath+"/name_or_path",schemaPath:"#/properties/name_or_path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema185.properties.name_or_path.type,parentSchema:schema185.properties.name_or_path,data:data97};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
}
}
else {
const err116 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema185.type,parentSchema:schema185,data};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
validate85.errors = vErrors;
return errors === 0;
}
validate85.evaluated = {"props":{"tokenizer_class":true,"model_max_length":true,"bos_token":true,"eos_token":true,"unk_token":true,"sep_token":true,"pad_token":true,"cls_token":true,"mask_token":true,"additional_special_tokens":true,"extra_special_tokens":true,"added_tokens_decoder":true,"do_lower_case":true,"chat_template":true,"padding_side":true,"truncation_side":true,"clean_up_tokenization_spaces":true,"add_prefix_space":true,"add_bos_token":true,"add_eos_token":true,"legacy":true,"model_input_names":true,"auto_map":true,"name_or_path":true},"dynamicProps":false,"dynamicItems":false};

const schema198 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://mlpack.dev/schemas/special-tokens-map.schema.json","title":"Hugging Face special_tokens_map.json","description":"The special tokens of a tokenizer, each as its text or as an AddedToken object. No field is required; other token names are allowed.","$comment":"x-expected (a noun phrase: what a valid value is) and x-condition (when a conditional rule applies) are annotations mlpack uses to word its error messages; validators that do not know them ignore them.","type":"object","properties":{"bos_token":{"$ref":"#/$defs/token"},"eos_token":{"$ref":"#/$defs/token"},"unk_token":{"$ref":"#/$defs/token"},"sep_token":{"$ref":"#/$defs/token"},"pad_token":{"$ref":"#/$defs/token"},"cls_token":{"$ref":"#/$defs/token"},"mask_token":{"$ref":"#/$defs/token"},"additional_special_tokens":{"description":"More special tokens.","type":"array","items":{"$ref":"#/$defs/token"}}},"$defs":{"token":{"description":"A special token: its text or an AddedToken object.","type":["string","object"],"required":["content"],"properties":{"content":{"type":"string"},"single_word":{"type":"boolean"},"lstrip":{"type":"boolean"},"rstrip":{"type":"boolean"},"normalized":{"type":"boolean"},"special":{"type":"boolean"}},"x-expected":"a token string or an AddedToken object {\"content\": ...}"}}};
const schema199 = {"description":"A special token: its text or an AddedToken object.","type":["string","object"],"required":["content"],"properties":{"content":{"type":"string"},"single_word":{"type":"boolean"},"lstrip":{"type":"boolean"},"rstrip":{"type":"boolean"},"normalized":{"type":"boolean"},"special":{"type":"boolean"}},"x-expected":"a token string or an AddedToken object {\"content\": ...}"};

function validate86(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://mlpack.dev/schemas/special-tokens-map.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate86.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.bos_token !== undefined){
let data0 = data.bos_token;
if((typeof data0 !== "string") && (!(data0 && typeof data0 == "object" && !Array.isArray(data0)))){
const err0 = {instancePath:instancePath+"/bos_token",schemaPath:"#/$defs/token/type",keyword:"type",params:{type: schema199.type},message:"must be string,object",schema:schema199.type,parentSchema:schema199,data:data0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.content === undefined){
const err1 = {instancePath:instancePath+"/bos_token",schemaPath:"#/$defs/token/required",keyword:"required",params:{missingProperty: "content"},message:"must have required property '"+"content"+"'",schema:schema199.required,parentSchema:schema199,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data0.content !== undefined){
let data1 = data0.content;
if(typeof data1 !== "string"){
const err2 = {instancePath:instancePath+"/bos_token/content",schemaPath:"#/$defs/token/properties/content/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema199.properties.content.type,parentSchema:schema199.properties.content,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data0.single_word !== undefined){
let data2 = data0.single_word;
if(typeof data2 !== "boolean"){
const err3 = {instancePath:instancePath+"/bos_token/single_word",schemaPath:"#/$defs/token/properties/single_word/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema199.properties.single_word.type,parentSchema:schema199.properties.single_word,data:data2};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data0.lstrip !== undefined){
let data3 = data0.lstrip;
if(typeof data3 !== "boolean"){
const err4 = {instancePath:instancePath+"/bos_token/lstrip",schemaPath:"#/$defs/token/properties/lstrip/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema199.properties.lstrip.type,parentSchema:schema199.properties.lstrip,data:data3};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data0.rstrip !== undefined){
let data4 = data0.rstrip;
if(typeof data4 !== "boolean"){
const err5 = {instancePath:instancePath+"/bos_token/rstrip",schemaPath:"#/$defs/token/properties/rstrip/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema199.properties.rstrip.type,parentSchema:schema199.properties.rstrip,data:data4};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data0.normalized !== undefined){
let data5 = data0.normalized;
if(typeof data5 !== "boolean"){
const err6 = {instancePath:instancePath+"/bos_token/normalized",schemaPath:"#/$defs/token/properties/normalized/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema199.properties.normalized.type,parentSchema:schema199.properties.normalized,data:data5};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data0.special !== undefined){
let data6 = data0.special;
if(typeof data6 !== "boolean"){
const err7 = {instancePath:instancePath+"/bos_token/special",schemaPath:"#/$defs/token/properties/special/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema199.properties.special.type,parentSchema:schema199.properties.special,data:data6};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
}
if(data.eos_token !== undefined){
let data7 = data.eos_token;
if((typeof data7 !== "string") && (!(data7 && typeof data7 == "object" && !Array.isArray(data7)))){
const err8 = {instancePath:instancePath+"/eos_token",schemaPath:"#/$defs/token/type",keyword:"type",params:{type: schema199.type},message:"must be string,object",schema:schema199.type,parentSchema:schema199,data:data7};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.content === undefined){
const err9 = {instancePath:instancePath+"/eos_token",schemaPath:"#/$defs/token/required",keyword:"required",params:{missingProperty: "content"},message:"must have required property '"+"content"+"'",schema:schema199.required,parentSchema:schema199,data:data7};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data7.content !== undefined){
let data8 = data7.content;
if(typeof data8 !== "string"){
const err10 = {instancePath:instancePath+"/eos_token/content",schemaPath:"#/$defs/token/properties/content/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema199.properties.content.type,parentSchema:schema199.properties.content,data:data8};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data7.single_word !== undefined){
let data9 = data7.single_word;
if(typeof data9 !== "boolean"){
const err11 = {instancePath:instancePath+"/eos_token/single_word",schemaPath:"#/$defs/token/properties/single_word/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema199.properties.single_word.type,parentSchema:schema199.properties.single_word,data:data9};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data7.lstrip !== undefined){
let data10 = data7.lstrip;
if(typeof data10 !== "boolean"){
const err12 = {instancePath:instancePath+"/eos_token/lstrip",schemaPath:"#/$defs/token/properties/lstrip/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema199.properties.lstrip.type,parentSchema:schema199.properties.lstrip,data:data10};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data7.rstrip !== undefined){
let data11 = data7.rstrip;
if(typeof data11 !== "boolean"){
const err13 = {instancePath:instancePath+"/eos_token/rstrip",schemaPath:"#/$defs/token/properties/rstrip/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema199.properties.rstrip.type,parentSchema:schema199.properties.rstrip,data:data11};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data7.normalized !== undefined){
let data12 = data7.normalized;
if(typeof data12 !== "boolean"){
const err14 = {instancePath:instancePath+"/eos_token/normalized",schemaPath:"#/$defs/token/properties/normalized/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema199.properties.normalized.type,parentSchema:schema199.properties.normalized,data:data12};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data7.special !== undefined){
let data13 = data7.special;
if(typeof data13 !== "boolean"){
const err15 = {instancePath:instancePath+"/eos_token/special",schemaPath:"#/$defs/token/properties/special/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema199.properties.special.type,parentSchema:schema199.properties.special,data:data13};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
}
if(data.unk_token !== undefined){
let data14 = data.unk_token;
if((typeof data14 !== "string") && (!(data14 && typeof data14 == "object" && !Array.isArray(data14)))){
const err16 = {instancePath:instancePath+"/unk_token",schemaPath:"#/$defs/token/type",keyword:"type",params:{type: schema199.type},message:"must be string,object",schema:schema199.type,parentSchema:schema199,data:data14};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
if(data14.content === undefined){
const err17 = {instancePath:instancePath+"/unk_token",schemaPath:"#/$defs/token/required",keyword:"required",params:{missingProperty: "content"},message:"must have required property '"+"content"+"'",schema:schema199.required,parentSchema:schema199,data:data14};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data14.content !== undefined){
let data15 = data14.content;
if(typeof data15 !== "string"){
const err18 = {instancePath:instancePath+"/unk_token/content",schemaPath:"#/$defs/token/properties/content/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema199.properties.content.type,parentSchema:schema199.properties.content,data:data15};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data14.single_word !== undefined){
let data16 = data14.single_word;
if(typeof data16 !== "boolean"){
const err19 = {instancePath:instancePath+"/unk_token/single_word",schemaPath:"#/$defs/token/properties/single_word/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema199.properties.single_word.type,parentSchema:schema199.properties.single_word,data:data16};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data14.lstrip !== undefined){
let data17 = data14.lstrip;
if(typeof data17 !== "boolean"){
const err20 = {instancePath:instancePath+"/unk_token/lstrip",schemaPath:"#/$defs/token/properties/lstrip/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema199.properties.lstrip.type,parentSchema:schema199.properties.lstrip,data:data17};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data14.rstrip !== undefined){
let data18 = data14.rstrip;
if(typeof data18 !== "boolean"){
const err21 = {instancePath:instancePath+"/unk_token/rstrip",schemaPath:"#/$defs/token/properties/rstrip/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema199.properties.rstrip.type,parentSchema:schema199.properties.rstrip,data:data18};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data14.normalized !== undefined){
let data19 = data14.normalized;
if(typeof data19 !== "boolean"){
const err22 = {instancePath:instancePath+"/unk_token/normalized",schemaPath:"#/$defs/token/properties/normalized/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema199.properties.normalized.type,parentSchema:schema199.properties.normalized,data:data19};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data14.special !== undefined){
let data20 = data14.special;
if(typeof data20 !== "boolean"){
const err23 = {instancePath:instancePath+"/unk_token/special",schemaPath:"#/$defs/token/properties/special/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema199.properties.special.type,parentSchema:schema199.properties.special,data:data20};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
}
if(data.sep_token !== undefined){
let data21 = data.sep_token;
if((typeof data21 !== "string") && (!(data21 && typeof data21 == "object" && !Array.isArray(data21)))){
const err24 = {instancePath:instancePath+"/sep_token",schemaPath:"#/$defs/token/type",keyword:"type",params:{type: schema199.type},message:"must be string,object",schema:schema199.type,parentSchema:schema199,data:data21};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(data21 && typeof data21 == "object" && !Array.isArray(data21)){
if(data21.content === undefined){
const err25 = {instancePath:instancePath+"/sep_token",schemaPath:"#/$defs/token/required",keyword:"required",params:{missingProperty: "content"},message:"must have required property '"+"content"+"'",schema:schema199.required,parentSchema:schema199,data:data21};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(data21.content !== undefined){
let data22 = data21.content;
if(typeof data22 !== "string"){
const err26 = {instancePath:instancePath+"/sep_token/content",schemaPath:"#/$defs/token/properties/content/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema199.properties.content.type,parentSchema:schema199.properties.content,data:data22};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data21.single_word !== undefined){
let data23 = data21.single_word;
if(typeof data23 !== "boolean"){
const err27 = {instancePath:instancePath+"/sep_token/single_word",schemaPath:"#/$defs/token/properties/single_word/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema199.properties.single_word.type,parentSchema:schema199.properties.single_word,data:data23};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data21.lstrip !== undefined){
let data24 = data21.lstrip;
if(typeof data24 !== "boolean"){
const err28 = {instancePath:instancePath+"/sep_token/lstrip",schemaPath:"#/$defs/token/properties/lstrip/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema199.properties.lstrip.type,parentSchema:schema199.properties.lstrip,data:data24};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data21.rstrip !== undefined){
let data25 = data21.rstrip;
if(typeof data25 !== "boolean"){
const err29 = {instancePath:instancePath+"/sep_token/rstrip",schemaPath:"#/$defs/token/properties/rstrip/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema199.properties.rstrip.type,parentSchema:schema199.properties.rstrip,data:data25};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data21.normalized !== undefined){
let data26 = data21.normalized;
if(typeof data26 !== "boolean"){
const err30 = {instancePath:instancePath+"/sep_token/normalized",schemaPath:"#/$defs/token/properties/normalized/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema199.properties.normalized.type,parentSchema:schema199.properties.normalized,data:data26};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data21.special !== undefined){
let data27 = data21.special;
if(typeof data27 !== "boolean"){
const err31 = {instancePath:instancePath+"/sep_token/special",schemaPath:"#/$defs/token/properties/special/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema199.properties.special.type,parentSchema:schema199.properties.special,data:data27};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
}
if(data.pad_token !== undefined){
let data28 = data.pad_token;
if((typeof data28 !== "string") && (!(data28 && typeof data28 == "object" && !Array.isArray(data28)))){
const err32 = {instancePath:instancePath+"/pad_token",schemaPath:"#/$defs/token/type",keyword:"type",params:{type: schema199.type},message:"must be string,object",schema:schema199.type,parentSchema:schema199,data:data28};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(data28 && typeof data28 == "object" && !Array.isArray(data28)){
if(data28.content === undefined){
const err33 = {instancePath:instancePath+"/pad_token",schemaPath:"#/$defs/token/required",keyword:"required",params:{missingProperty: "content"},message:"must have required property '"+"content"+"'",schema:schema199.required,parentSchema:schema199,data:data28};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(data28.content !== undefined){
let data29 = data28.content;
if(typeof data29 !== "string"){
const err34 = {instancePath:instancePath+"/pad_token/content",schemaPath:"#/$defs/token/properties/content/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema199.properties.content.type,parentSchema:schema199.properties.content,data:data29};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data28.single_word !== undefined){
let data30 = data28.single_word;
if(typeof data30 !== "boolean"){
const err35 = {instancePath:instancePath+"/pad_token/single_word",schemaPath:"#/$defs/token/properties/single_word/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema199.properties.single_word.type,parentSchema:schema199.properties.single_word,data:data30};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data28.lstrip !== undefined){
let data31 = data28.lstrip;
if(typeof data31 !== "boolean"){
const err36 = {instancePath:instancePath+"/pad_token/lstrip",schemaPath:"#/$defs/token/properties/lstrip/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema199.properties.lstrip.type,parentSchema:schema199.properties.lstrip,data:data31};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data28.rstrip !== undefined){
let data32 = data28.rstrip;
if(typeof data32 !== "boolean"){
const err37 = {instancePath:instancePath+"/pad_token/rstrip",schemaPath:"#/$defs/token/properties/rstrip/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema199.properties.rstrip.type,parentSchema:schema199.properties.rstrip,data:data32};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data28.normalized !== undefined){
let data33 = data28.normalized;
if(typeof data33 !== "boolean"){
const err38 = {instancePath:instancePath+"/pad_token/normalized",schemaPath:"#/$defs/token/properties/normalized/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema199.properties.normalized.type,parentSchema:schema199.properties.normalized,data:data33};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data28.special !== undefined){
let data34 = data28.special;
if(typeof data34 !== "boolean"){
const err39 = {instancePath:instancePath+"/pad_token/special",schemaPath:"#/$defs/token/properties/special/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema199.properties.special.type,parentSchema:schema199.properties.special,data:data34};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
}
}
if(data.cls_token !== undefined){
let data35 = data.cls_token;
if((typeof data35 !== "string") && (!(data35 && typeof data35 == "object" && !Array.isArray(data35)))){
const err40 = {instancePath:instancePath+"/cls_token",schemaPath:"#/$defs/token/type",keyword:"type",params:{type: schema199.type},message:"must be string,object",schema:schema199.type,parentSchema:schema199,data:data35};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if(data35 && typeof data35 == "object" && !Array.isArray(data35)){
if(data35.content === undefined){
const err41 = {instancePath:instancePath+"/cls_token",schemaPath:"#/$defs/token/required",keyword:"required",params:{missingProperty: "content"},message:"must have required property '"+"content"+"'",schema:schema199.required,parentSchema:schema199,data:data35};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if(data35.content !== undefined){
let data36 = data35.content;
if(typeof data36 !== "string"){
const err42 = {instancePath:instancePath+"/cls_token/content",schemaPath:"#/$defs/token/properties/content/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema199.properties.content.type,parentSchema:schema199.properties.content,data:data36};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data35.single_word !== undefined){
let data37 = data35.single_word;
if(typeof data37 !== "boolean"){
const err43 = {instancePath:instancePath+"/cls_token/single_word",schemaPath:"#/$defs/token/properties/single_word/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema199.properties.single_word.type,parentSchema:schema199.properties.single_word,data:data37};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data35.lstrip !== undefined){
let data38 = data35.lstrip;
if(typeof data38 !== "boolean"){
const err44 = {instancePath:instancePath+"/cls_token/lstrip",schemaPath:"#/$defs/token/properties/lstrip/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema199.properties.lstrip.type,parentSchema:schema199.properties.lstrip,data:data38};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data35.rstrip !== undefined){
let data39 = data35.rstrip;
if(typeof data39 !== "boolean"){
const err45 = {instancePath:instancePath+"/cls_token/rstrip",schemaPath:"#/$defs/token/properties/rstrip/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema199.properties.rstrip.type,parentSchema:schema199.properties.rstrip,data:data39};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data35.normalized !== undefined){
let data40 = data35.normalized;
if(typeof data40 !== "boolean"){
const err46 = {instancePath:instancePath+"/cls_token/normalized",schemaPath:"#/$defs/token/properties/normalized/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema199.properties.normalized.type,parentSchema:schema199.properties.normalized,data:data40};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data35.special !== undefined){
let data41 = data35.special;
if(typeof data41 !== "boolean"){
const err47 = {instancePath:instancePath+"/cls_token/special",schemaPath:"#/$defs/token/properties/special/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema199.properties.special.type,parentSchema:schema199.properties.special,data:data41};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
}
}
if(data.mask_token !== undefined){
let data42 = data.mask_token;
if((typeof data42 !== "string") && (!(data42 && typeof data42 == "object" && !Array.isArray(data42)))){
const err48 = {instancePath:instancePath+"/mask_token",schemaPath:"#/$defs/token/type",keyword:"type",params:{type: schema199.type},message:"must be string,object",schema:schema199.type,parentSchema:schema199,data:data42};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if(data42 && typeof data42 == "object" && !Array.isArray(data42)){
if(data42.content === undefined){
const err49 = {instancePath:instancePath+"/mask_token",schemaPath:"#/$defs/token/required",keyword:"required",params:{missingProperty: "content"},message:"must have required property '"+"content"+"'",schema:schema199.required,parentSchema:schema199,data:data42};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
if(data42.content !== undefined){
let data43 = data42.content;
if(typeof data43 !== "string"){
const err50 = {instancePath:instancePath+"/mask_token/content",schemaPath:"#/$defs/token/properties/content/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema199.properties.content.type,parentSchema:schema199.properties.content,data:data43};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data42.single_word !== undefined){
let data44 = data42.single_word;
if(typeof data44 !== "boolean"){
const err51 = {instancePath:instancePath+"/mask_token/single_word",schemaPath:"#/$defs/token/properties/single_word/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema199.properties.single_word.type,parentSchema:schema199.properties.single_word,data:data44};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data42.lstrip !== undefined){
let data45 = data42.lstrip;
if(typeof data45 !== "boolean"){
const err52 = {instancePath:instancePath+"/mask_token/lstrip",schemaPath:"#/$defs/token/properties/lstrip/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema199.properties.lstrip.type,parentSchema:schema199.properties.lstrip,data:data45};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data42.rstrip !== undefined){
let data46 = data42.rstrip;
if(typeof data46 !== "boolean"){
const err53 = {instancePath:instancePath+"/mask_token/rstrip",schemaPath:"#/$defs/token/properties/rstrip/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema199.properties.rstrip.type,parentSchema:schema199.properties.rstrip,data:data46};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data42.normalized !== undefined){
let data47 = data42.normalized;
if(typeof data47 !== "boolean"){
const err54 = {instancePath:instancePath+"/mask_token/normalized",schemaPath:"#/$defs/token/properties/normalized/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema199.properties.normalized.type,parentSchema:schema199.properties.normalized,data:data47};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data42.special !== undefined){
let data48 = data42.special;
if(typeof data48 !== "boolean"){
const err55 = {instancePath:instancePath+"/mask_token/special",schemaPath:"#/$defs/token/properties/special/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema199.properties.special.type,parentSchema:schema199.properties.special,data:data48};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
}
}
if(data.additional_special_tokens !== undefined){
let data49 = data.additional_special_tokens;
if(Array.isArray(data49)){
const len0 = data49.length;
for(let i0=0; i0<len0; i0++){
let data50 = data49[i0];
if((typeof data50 !== "string") && (!(data50 && typeof data50 == "object" && !Array.isArray(data50)))){
const err56 = {instancePath:instancePath+"/additional_special_tokens/" + i0,schemaPath:"#/$defs/token/type",keyword:"type",params:{type: schema199.type},message:"must be string,object",schema:schema199.type,parentSchema:schema199,data:data50};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
if(data50 && typeof data50 == "object" && !Array.isArray(data50)){
if(data50.content === undefined){
const err57 = {instancePath:instancePath+"/additional_special_tokens/" + i0,schemaPath:"#/$defs/token/required",keyword:"required",params:{missingProperty: "content"},message:"must have required property '"+"content"+"'",schema:schema199.required,parentSchema:schema199,data:data50};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
if(data50.content !== undefined){
let data51 = data50.content;
if(typeof data51 !== "string"){
const err58 = {instancePath:instancePath+"/additional_special_tokens/" + i0+"/content",schemaPath:"#/$defs/token/properties/content/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema199.properties.content.type,parentSchema:schema199.properties.content,data:data51};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data50.single_word !== undefined){
let data52 = data50.single_word;
if(typeof data52 !== "boolean"){
const err59 = {instancePath:instancePath+"/additional_special_tokens/" + i0+"/single_word",schemaPath:"#/$defs/token/properties/single_word/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema199.properties.single_word.type,parentSchema:schema199.properties.single_word,data:data52};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data50.lstrip !== undefined){
let data53 = data50.lstrip;
if(typeof data53 !== "boolean"){
const err60 = {instancePath:instancePath+"/additional_special_tokens/" + i0+"/lstrip",schemaPath:"#/$defs/token/properties/lstrip/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema199.properties.lstrip.type,parentSchema:schema199.properties.lstrip,data:data53};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
if(data50.rstrip !== undefined){
let data54 = data50.rstrip;
if(typeof data54 !== "boolean"){
const err61 = {instancePath:instancePath+"/additional_special_tokens/" + i0+"/rstrip",schemaPath:"#/$defs/token/properties/rstrip/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema199.properties.rstrip.type,parentSchema:schema199.properties.rstrip,data:data54};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(data50.normalized !== undefined){
let data55 = data50.normalized;
if(typeof data55 !== "boolean"){
const err62 = {instancePath:instancePath+"/additional_special_tokens/" + i0+"/normalized",schemaPath:"#/$defs/token/properties/normalized/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema199.properties.normalized.type,parentSchema:schema199.properties.normalized,data:data55};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
if(data50.special !== undefined){
let data56 = data50.special;
if(typeof data56 !== "boolean"){
const err63 = {instancePath:instancePath+"/additional_special_tokens/" + i0+"/special",schemaPath:"#/$defs/token/properties/special/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema199.properties.special.type,parentSchema:schema199.properties.special,data:data56};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
}
}
}
else {
const err64 = {instancePath:instancePath+"/additional_special_tokens",schemaPath:"#/properties/additional_special_tokens/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema198.properties.additional_special_tokens.type,parentSchema:schema198.properties.additional_special_tokens,data:data49};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
}
else {
const err65 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema198.type,parentSchema:schema198,data};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
validate86.errors = vErrors;
return errors === 0;
}
validate86.evaluated = {"props":{"bos_token":true,"eos_token":true,"unk_token":true,"sep_token":true,"pad_token":true,"cls_token":true,"mask_token":true,"additional_special_tokens":true},"dynamicProps":false,"dynamicItems":false};

const schema207 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://mlpack.dev/schemas/generation-config.schema.json","title":"Hugging Face generation_config.json","description":"Default text-generation settings of a model. No field is required; unknown fields are allowed (generation strategies add their own).","$comment":"x-expected (a noun phrase: what a valid value is) and x-condition (when a conditional rule applies) are annotations mlpack uses to word its error messages; validators that do not know them ignore them.","type":"object","properties":{"max_length":{"description":"Longest output sequence, prompt included.","$ref":"#/$defs/positiveInteger"},"max_new_tokens":{"description":"Most tokens to generate after the prompt.","type":["integer","null"],"minimum":0},"min_length":{"description":"Shortest output sequence, prompt included.","$ref":"#/$defs/nonNegativeInteger"},"min_new_tokens":{"description":"Fewest tokens to generate after the prompt.","type":["integer","null"],"minimum":0},"do_sample":{"description":"Sample instead of greedy / beam search.","type":"boolean"},"early_stopping":{"description":"Beam-search stopping rule.","type":["boolean","string"],"pattern":"^never$","x-expected":"true, false or \"never\""},"num_beams":{"description":"Beam width (1 = no beam search).","$ref":"#/$defs/positiveInteger"},"num_beam_groups":{"description":"Groups of beams for diverse beam search.","$ref":"#/$defs/positiveInteger"},"num_return_sequences":{"description":"Sequences returned per input.","$ref":"#/$defs/positiveInteger"},"temperature":{"description":"Softmax temperature for sampling.","type":["number","null"],"minimum":0},"top_k":{"description":"Keep the k most likely tokens when sampling (0 = off).","type":["integer","null"],"minimum":0},"top_p":{"description":"Nucleus-sampling probability mass.","type":["number","null"],"minimum":0,"maximum":1},"min_p":{"description":"Minimum token probability relative to the top one.","type":["number","null"],"minimum":0,"maximum":1},"typical_p":{"description":"Typical-sampling probability mass.","type":["number","null"],"minimum":0,"maximum":1},"repetition_penalty":{"description":"Penalty for repeated tokens (1 = none).","type":["number","null"],"exclusiveMinimum":0},"length_penalty":{"description":"Beam-search length penalty exponent.","type":"number"},"no_repeat_ngram_size":{"description":"Forbid repeating n-grams of this size (0 = off).","$ref":"#/$defs/nonNegativeInteger"},"use_cache":{"description":"Reuse past key/values while generating.","type":"boolean"},"bos_token_id":{"description":"Beginning-of-sequence token id.","$ref":"#/$defs/tokenId"},"pad_token_id":{"description":"Padding token id.","$ref":"#/$defs/tokenId"},"eos_token_id":{"description":"End-of-sequence token id, or several.","$ref":"#/$defs/tokenIds"},"decoder_start_token_id":{"description":"First decoder token id (encoder-decoder models), or one per batch row.","$ref":"#/$defs/tokenIds"},"forced_bos_token_id":{"description":"Token forced first.","$ref":"#/$defs/tokenId"},"forced_eos_token_id":{"description":"Token forced last when max_length is reached.","$ref":"#/$defs/tokenIds"},"suppress_tokens":{"description":"Token ids never generated.","type":["array","null"],"items":{"$ref":"#/$defs/nonNegativeInteger"}},"begin_suppress_tokens":{"description":"Token ids not generated first.","type":["array","null"],"items":{"$ref":"#/$defs/nonNegativeInteger"}},"bad_words_ids":{"description":"Token-id sequences never generated.","type":["array","null"],"items":{"type":"array","items":{"$ref":"#/$defs/nonNegativeInteger"}}},"transformers_version":{"description":"transformers version that wrote the file.","type":"string"},"_from_model_config":{"description":"Whether transformers derived this file from config.json.","type":"boolean"}},"$defs":{"positiveInteger":{"type":"integer","minimum":1},"nonNegativeInteger":{"type":"integer","minimum":0},"tokenId":{"description":"A token id, or null. -1 appears in some early configs as \"no token\".","type":["integer","null"],"minimum":-1},"tokenIds":{"description":"A token id, a list of token ids, or null.","type":["integer","array","null"],"minimum":-1,"items":{"type":"integer","minimum":-1}}}};
const schema208 = {"type":"integer","minimum":1};
const schema209 = {"type":"integer","minimum":0};
const schema214 = {"description":"A token id, or null. -1 appears in some early configs as \"no token\".","type":["integer","null"],"minimum":-1};
const schema216 = {"description":"A token id, a list of token ids, or null.","type":["integer","array","null"],"minimum":-1,"items":{"type":"integer","minimum":-1}};
const pattern9 = new RegExp("^never$", "u");

function validate87(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://mlpack.dev/schemas/generation-config.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate87.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.max_length !== undefined){
let data0 = data.max_length;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err0 = {instancePath:instancePath+"/max_length",schemaPath:"#/$defs/positiveInteger/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema208.type,parentSchema:schema208,data:data0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 1 || isNaN(data0)){
const err1 = {instancePath:instancePath+"/max_length",schemaPath:"#/$defs/positiveInteger/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema208,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
if(data.max_new_tokens !== undefined){
let data1 = data.max_new_tokens;
if((!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))) && (data1 !== null)){
const err2 = {instancePath:instancePath+"/max_new_tokens",schemaPath:"#/properties/max_new_tokens/type",keyword:"type",params:{type: schema207.properties.max_new_tokens.type},message:"must be integer,null",schema:schema207.properties.max_new_tokens.type,parentSchema:schema207.properties.max_new_tokens,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 0 || isNaN(data1)){
const err3 = {instancePath:instancePath+"/max_new_tokens",schemaPath:"#/properties/max_new_tokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema207.properties.max_new_tokens,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data.min_length !== undefined){
let data2 = data.min_length;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err4 = {instancePath:instancePath+"/min_length",schemaPath:"#/$defs/nonNegativeInteger/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema209.type,parentSchema:schema209,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 0 || isNaN(data2)){
const err5 = {instancePath:instancePath+"/min_length",schemaPath:"#/$defs/nonNegativeInteger/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema209,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
if(data.min_new_tokens !== undefined){
let data3 = data.min_new_tokens;
if((!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))) && (data3 !== null)){
const err6 = {instancePath:instancePath+"/min_new_tokens",schemaPath:"#/properties/min_new_tokens/type",keyword:"type",params:{type: schema207.properties.min_new_tokens.type},message:"must be integer,null",schema:schema207.properties.min_new_tokens.type,parentSchema:schema207.properties.min_new_tokens,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 0 || isNaN(data3)){
const err7 = {instancePath:instancePath+"/min_new_tokens",schemaPath:"#/properties/min_new_tokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema207.properties.min_new_tokens,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
if(data.do_sample !== undefined){
let data4 = data.do_sample;
if(typeof data4 !== "boolean"){
const err8 = {instancePath:instancePath+"/do_sample",schemaPath:"#/properties/do_sample/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema207.properties.do_sample.type,parentSchema:schema207.properties.do_sample,data:data4};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.early_stopping !== undefined){
let data5 = data.early_stopping;
if((typeof data5 !== "boolean") && (typeof data5 !== "string")){
const err9 = {instancePath:instancePath+"/early_stopping",schemaPath:"#/properties/early_stopping/type",keyword:"type",params:{type: schema207.properties.early_stopping.type},message:"must be boolean,string",schema:schema207.properties.early_stopping.type,parentSchema:schema207.properties.early_stopping,data:data5};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(typeof data5 === "string"){
if(!pattern9.test(data5)){
const err10 = {instancePath:instancePath+"/early_stopping",schemaPath:"#/properties/early_stopping/pattern",keyword:"pattern",params:{pattern: "^never$"},message:"must match pattern \""+"^never$"+"\"",schema:"^never$",parentSchema:schema207.properties.early_stopping,data:data5};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
if(data.num_beams !== undefined){
let data6 = data.num_beams;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err11 = {instancePath:instancePath+"/num_beams",schemaPath:"#/$defs/positiveInteger/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema208.type,parentSchema:schema208,data:data6};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 < 1 || isNaN(data6)){
const err12 = {instancePath:instancePath+"/num_beams",schemaPath:"#/$defs/positiveInteger/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema208,data:data6};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
if(data.num_beam_groups !== undefined){
let data7 = data.num_beam_groups;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err13 = {instancePath:instancePath+"/num_beam_groups",schemaPath:"#/$defs/positiveInteger/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema208.type,parentSchema:schema208,data:data7};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 < 1 || isNaN(data7)){
const err14 = {instancePath:instancePath+"/num_beam_groups",schemaPath:"#/$defs/positiveInteger/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema208,data:data7};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
if(data.num_return_sequences !== undefined){
let data8 = data.num_return_sequences;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err15 = {instancePath:instancePath+"/num_return_sequences",schemaPath:"#/$defs/positiveInteger/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema208.type,parentSchema:schema208,data:data8};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 < 1 || isNaN(data8)){
const err16 = {instancePath:instancePath+"/num_return_sequences",schemaPath:"#/$defs/positiveInteger/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema208,data:data8};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
if(data.temperature !== undefined){
let data9 = data.temperature;
if((!((typeof data9 == "number") && (isFinite(data9)))) && (data9 !== null)){
const err17 = {instancePath:instancePath+"/temperature",schemaPath:"#/properties/temperature/type",keyword:"type",params:{type: schema207.properties.temperature.type},message:"must be number,null",schema:schema207.properties.temperature.type,parentSchema:schema207.properties.temperature,data:data9};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 < 0 || isNaN(data9)){
const err18 = {instancePath:instancePath+"/temperature",schemaPath:"#/properties/temperature/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema207.properties.temperature,data:data9};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
if(data.top_k !== undefined){
let data10 = data.top_k;
if((!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))) && (data10 !== null)){
const err19 = {instancePath:instancePath+"/top_k",schemaPath:"#/properties/top_k/type",keyword:"type",params:{type: schema207.properties.top_k.type},message:"must be integer,null",schema:schema207.properties.top_k.type,parentSchema:schema207.properties.top_k,data:data10};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 < 0 || isNaN(data10)){
const err20 = {instancePath:instancePath+"/top_k",schemaPath:"#/properties/top_k/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema207.properties.top_k,data:data10};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
if(data.top_p !== undefined){
let data11 = data.top_p;
if((!((typeof data11 == "number") && (isFinite(data11)))) && (data11 !== null)){
const err21 = {instancePath:instancePath+"/top_p",schemaPath:"#/properties/top_p/type",keyword:"type",params:{type: schema207.properties.top_p.type},message:"must be number,null",schema:schema207.properties.top_p.type,parentSchema:schema207.properties.top_p,data:data11};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 > 1 || isNaN(data11)){
const err22 = {instancePath:instancePath+"/top_p",schemaPath:"#/properties/top_p/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema207.properties.top_p,data:data11};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data11 < 0 || isNaN(data11)){
const err23 = {instancePath:instancePath+"/top_p",schemaPath:"#/properties/top_p/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema207.properties.top_p,data:data11};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
if(data.min_p !== undefined){
let data12 = data.min_p;
if((!((typeof data12 == "number") && (isFinite(data12)))) && (data12 !== null)){
const err24 = {instancePath:instancePath+"/min_p",schemaPath:"#/properties/min_p/type",keyword:"type",params:{type: schema207.properties.min_p.type},message:"must be number,null",schema:schema207.properties.min_p.type,parentSchema:schema207.properties.min_p,data:data12};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 > 1 || isNaN(data12)){
const err25 = {instancePath:instancePath+"/min_p",schemaPath:"#/properties/min_p/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema207.properties.min_p,data:data12};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(data12 < 0 || isNaN(data12)){
const err26 = {instancePath:instancePath+"/min_p",schemaPath:"#/properties/min_p/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema207.properties.min_p,data:data12};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
if(data.typical_p !== undefined){
let data13 = data.typical_p;
if((!((typeof data13 == "number") && (isFinite(data13)))) && (data13 !== null)){
const err27 = {instancePath:instancePath+"/typical_p",schemaPath:"#/properties/typical_p/type",keyword:"type",params:{type: schema207.properties.typical_p.type},message:"must be number,null",schema:schema207.properties.typical_p.type,parentSchema:schema207.properties.typical_p,data:data13};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 > 1 || isNaN(data13)){
const err28 = {instancePath:instancePath+"/typical_p",schemaPath:"#/properties/typical_p/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema207.properties.typical_p,data:data13};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(data13 < 0 || isNaN(data13)){
const err29 = {instancePath:instancePath+"/typical_p",schemaPath:"#/properties/typical_p/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema207.properties.typical_p,data:data13};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
if(data.repetition_penalty !== undefined){
let data14 = data.repetition_penalty;
if((!((typeof data14 == "number") && (isFinite(data14)))) && (data14 !== null)){
const err30 = {instancePath:instancePath+"/repetition_penalty",schemaPath:"#/properties/repetition_penalty/type",keyword:"type",params:{type: schema207.properties.repetition_penalty.type},message:"must be number,null",schema:schema207.properties.repetition_penalty.type,parentSchema:schema207.properties.repetition_penalty,data:data14};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 <= 0 || isNaN(data14)){
const err31 = {instancePath:instancePath+"/repetition_penalty",schemaPath:"#/properties/repetition_penalty/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema207.properties.repetition_penalty,data:data14};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
if(data.length_penalty !== undefined){
let data15 = data.length_penalty;
if(!((typeof data15 == "number") && (isFinite(data15)))){
const err32 = {instancePath:instancePath+"/length_penalty",schemaPath:"#/properties/length_penalty/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema207.properties.length_penalty.type,parentSchema:schema207.properties.length_penalty,data:data15};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.no_repeat_ngram_size !== undefined){
let data16 = data.no_repeat_ngram_size;
if(!(((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16))) && (isFinite(data16)))){
const err33 = {instancePath:instancePath+"/no_repeat_ngram_size",schemaPath:"#/$defs/nonNegativeInteger/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema209.type,parentSchema:schema209,data:data16};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if((typeof data16 == "number") && (isFinite(data16))){
if(data16 < 0 || isNaN(data16)){
const err34 = {instancePath:instancePath+"/no_repeat_ngram_size",schemaPath:"#/$defs/nonNegativeInteger/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema209,data:data16};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
if(data.use_cache !== undefined){
let data17 = data.use_cache;
if(typeof data17 !== "boolean"){
const err35 = {instancePath:instancePath+"/use_cache",schemaPath:"#/properties/use_cache/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema207.properties.use_cache.type,parentSchema:schema207.properties.use_cache,data:data17};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data.bos_token_id !== undefined){
let data18 = data.bos_token_id;
if((!(((typeof data18 == "number") && (!(data18 % 1) && !isNaN(data18))) && (isFinite(data18)))) && (data18 !== null)){
const err36 = {instancePath:instancePath+"/bos_token_id",schemaPath:"#/$defs/tokenId/type",keyword:"type",params:{type: schema214.type},message:"must be integer,null",schema:schema214.type,parentSchema:schema214,data:data18};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if((typeof data18 == "number") && (isFinite(data18))){
if(data18 < -1 || isNaN(data18)){
const err37 = {instancePath:instancePath+"/bos_token_id",schemaPath:"#/$defs/tokenId/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1},message:"must be >= -1",schema:-1,parentSchema:schema214,data:data18};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
}
if(data.pad_token_id !== undefined){
let data19 = data.pad_token_id;
if((!(((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19))) && (isFinite(data19)))) && (data19 !== null)){
const err38 = {instancePath:instancePath+"/pad_token_id",schemaPath:"#/$defs/tokenId/type",keyword:"type",params:{type: schema214.type},message:"must be integer,null",schema:schema214.type,parentSchema:schema214,data:data19};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if((typeof data19 == "number") && (isFinite(data19))){
if(data19 < -1 || isNaN(data19)){
const err39 = {instancePath:instancePath+"/pad_token_id",schemaPath:"#/$defs/tokenId/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1},message:"must be >= -1",schema:-1,parentSchema:schema214,data:data19};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
}
if(data.eos_token_id !== undefined){
let data20 = data.eos_token_id;
if(((!(((typeof data20 == "number") && (!(data20 % 1) && !isNaN(data20))) && (isFinite(data20)))) && (!(Array.isArray(data20)))) && (data20 !== null)){
const err40 = {instancePath:instancePath+"/eos_token_id",schemaPath:"#/$defs/tokenIds/type",keyword:"type",params:{type: schema216.type},message:"must be integer,array,null",schema:schema216.type,parentSchema:schema216,data:data20};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if((typeof data20 == "number") && (isFinite(data20))){
if(data20 < -1 || isNaN(data20)){
const err41 = {instancePath:instancePath+"/eos_token_id",schemaPath:"#/$defs/tokenIds/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1},message:"must be >= -1",schema:-1,parentSchema:schema216,data:data20};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(Array.isArray(data20)){
const len0 = data20.length;
for(let i0=0; i0<len0; i0++){
let data21 = data20[i0];
if(!(((typeof data21 == "number") && (!(data21 % 1) && !isNaN(data21))) && (isFinite(data21)))){
const err42 = {instancePath:instancePath+"/eos_token_id/" + i0,schemaPath:"#/$defs/tokenIds/items/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema216.items.type,parentSchema:schema216.items,data:data21};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if((typeof data21 == "number") && (isFinite(data21))){
if(data21 < -1 || isNaN(data21)){
const err43 = {instancePath:instancePath+"/eos_token_id/" + i0,schemaPath:"#/$defs/tokenIds/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1},message:"must be >= -1",schema:-1,parentSchema:schema216.items,data:data21};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
}
}
}
if(data.decoder_start_token_id !== undefined){
let data22 = data.decoder_start_token_id;
if(((!(((typeof data22 == "number") && (!(data22 % 1) && !isNaN(data22))) && (isFinite(data22)))) && (!(Array.isArray(data22)))) && (data22 !== null)){
const err44 = {instancePath:instancePath+"/decoder_start_token_id",schemaPath:"#/$defs/tokenIds/type",keyword:"type",params:{type: schema216.type},message:"must be integer,array,null",schema:schema216.type,parentSchema:schema216,data:data22};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if((typeof data22 == "number") && (isFinite(data22))){
if(data22 < -1 || isNaN(data22)){
const err45 = {instancePath:instancePath+"/decoder_start_token_id",schemaPath:"#/$defs/tokenIds/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1},message:"must be >= -1",schema:-1,parentSchema:schema216,data:data22};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(Array.isArray(data22)){
const len1 = data22.length;
for(let i1=0; i1<len1; i1++){
let data23 = data22[i1];
if(!(((typeof data23 == "number") && (!(data23 % 1) && !isNaN(data23))) && (isFinite(data23)))){
const err46 = {instancePath:instancePath+"/decoder_start_token_id/" + i1,schemaPath:"#/$defs/tokenIds/items/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema216.items.type,parentSchema:schema216.items,data:data23};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
if((typeof data23 == "number") && (isFinite(data23))){
if(data23 < -1 || isNaN(data23)){
const err47 = {instancePath:instancePath+"/decoder_start_token_id/" + i1,schemaPath:"#/$defs/tokenIds/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1},message:"must be >= -1",schema:-1,parentSchema:schema216.items,data:data23};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
}
}
}
if(data.forced_bos_token_id !== undefined){
let data24 = data.forced_bos_token_id;
if((!(((typeof data24 == "number") && (!(data24 % 1) && !isNaN(data24))) && (isFinite(data24)))) && (data24 !== null)){
const err48 = {instancePath:instancePath+"/forced_bos_token_id",schemaPath:"#/$defs/tokenId/type",keyword:"type",params:{type: schema214.type},message:"must be integer,null",schema:schema214.type,parentSchema:schema214,data:data24};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if((typeof data24 == "number") && (isFinite(data24))){
if(data24 < -1 || isNaN(data24)){
const err49 = {instancePath:instancePath+"/forced_bos_token_id",schemaPath:"#/$defs/tokenId/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1},message:"must be >= -1",schema:-1,parentSchema:schema214,data:data24};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
}
if(data.forced_eos_token_id !== undefined){
let data25 = data.forced_eos_token_id;
if(((!(((typeof data25 == "number") && (!(data25 % 1) && !isNaN(data25))) && (isFinite(data25)))) && (!(Array.isArray(data25)))) && (data25 !== null)){
const err50 = {instancePath:instancePath+"/forced_eos_token_id",schemaPath:"#/$defs/tokenIds/type",keyword:"type",params:{type: schema216.type},message:"must be integer,array,null",schema:schema216.type,parentSchema:schema216,data:data25};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
if((typeof data25 == "number") && (isFinite(data25))){
if(data25 < -1 || isNaN(data25)){
const err51 = {instancePath:instancePath+"/forced_eos_token_id",schemaPath:"#/$defs/tokenIds/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1},message:"must be >= -1",schema:-1,parentSchema:schema216,data:data25};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(Array.isArray(data25)){
const len2 = data25.length;
for(let i2=0; i2<len2; i2++){
let data26 = data25[i2];
if(!(((typeof data26 == "number") && (!(data26 % 1) && !isNaN(data26))) && (isFinite(data26)))){
const err52 = {instancePath:instancePath+"/forced_eos_token_id/" + i2,schemaPath:"#/$defs/tokenIds/items/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema216.items.type,parentSchema:schema216.items,data:data26};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
if((typeof data26 == "number") && (isFinite(data26))){
if(data26 < -1 || isNaN(data26)){
const err53 = {instancePath:instancePath+"/forced_eos_token_id/" + i2,schemaPath:"#/$defs/tokenIds/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1},message:"must be >= -1",schema:-1,parentSchema:schema216.items,data:data26};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
}
}
}
if(data.suppress_tokens !== undefined){
let data27 = data.suppress_tokens;
if((!(Array.isArray(data27))) && (data27 !== null)){
const err54 = {instancePath:instancePath+"/suppress_tokens",schemaPath:"#/properties/suppress_tokens/type",keyword:"type",params:{type: schema207.properties.suppress_tokens.type},message:"must be array,null",schema:schema207.properties.suppress_tokens.type,parentSchema:schema207.properties.suppress_tokens,data:data27};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
if(Array.isArray(data27)){
const len3 = data27.length;
for(let i3=0; i3<len3; i3++){
let data28 = data27[i3];
if(!(((typeof data28 == "number") && (!(data28 % 1) && !isNaN(data28))) && (isFinite(data28)))){
const err55 = {instancePath:instancePath+"/suppress_tokens/" + i3,schemaPath:"#/$defs/nonNegativeInteger/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema209.type,parentSchema:schema209,data:data28};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
if((typeof data28 == "number") && (isFinite(data28))){
if(data28 < 0 || isNaN(data28)){
const err56 = {instancePath:instancePath+"/suppress_tokens/" + i3,schemaPath:"#/$defs/nonNegativeInteger/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema209,data:data28};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
}
}
}
if(data.begin_suppress_tokens !== undefined){
let data29 = data.begin_suppress_tokens;
if((!(Array.isArray(data29))) && (data29 !== null)){
const err57 = {instancePath:instancePath+"/begin_suppress_tokens",schemaPath:"#/properties/begin_suppress_tokens/type",keyword:"type",params:{type: schema207.properties.begin_suppress_tokens.type},message:"must be array,null",schema:schema207.properties.begin_suppress_tokens.type,parentSchema:schema207.properties.begin_suppress_tokens,data:data29};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
if(Array.isArray(data29)){
const len4 = data29.length;
for(let i4=0; i4<len4; i4++){
let data30 = data29[i4];
if(!(((typeof data30 == "number") && (!(data30 % 1) && !isNaN(data30))) && (isFinite(data30)))){
const err58 = {instancePath:instancePath+"/begin_suppress_tokens/" + i4,schemaPath:"#/$defs/nonNegativeInteger/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema209.type,parentSchema:schema209,data:data30};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
if((typeof data30 == "number") && (isFinite(data30))){
if(data30 < 0 || isNaN(data30)){
const err59 = {instancePath:instancePath+"/begin_suppress_tokens/" + i4,schemaPath:"#/$defs/nonNegativeInteger/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema209,data:data30};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
}
}
}
if(data.bad_words_ids !== undefined){
let data31 = data.bad_words_ids;
if((!(Array.isArray(data31))) && (data31 !== null)){
const err60 = {instancePath:instancePath+"/bad_words_ids",schemaPath:"#/properties/bad_words_ids/type",keyword:"type",params:{type: schema207.properties.bad_words_ids.type},message:"must be array,null",schema:schema207.properties.bad_words_ids.type,parentSchema:schema207.properties.bad_words_ids,data:data31};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
if(Array.isArray(data31)){
const len5 = data31.length;
for(let i5=0; i5<len5; i5++){
let data32 = data31[i5];
if(Array.isArray(data32)){
const len6 = data32.length;
for(let i6=0; i6<len6; i6++){
let data33 = data32[i6];
if(!(((typeof data33 == "number") && (!(data33 % 1) && !isNaN(data33))) && (isFinite(data33)))){
const err61 = {instancePath:instancePath+"/bad_words_ids/" + i5+"/" + i6,schemaPath:"#/$defs/nonNegativeInteger/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema209.type,parentSchema:schema209,data:data33};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
if((typeof data33 == "number") && (isFinite(data33))){
if(data33 < 0 || isNaN(data33)){
const err62 = {instancePath:instancePath+"/bad_words_ids/" + i5+"/" + i6,schemaPath:"#/$defs/nonNegativeInteger/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema209,data:data33};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
}
}
else {
const err63 = {instancePath:instancePath+"/bad_words_ids/" + i5,schemaPath:"#/properties/bad_words_ids/items/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema207.properties.bad_words_ids.items.type,parentSchema:schema207.properties.bad_words_ids.items,data:data32};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
}
}
if(data.transformers_version !== undefined){
let data34 = data.transformers_version;
if(typeof data34 !== "string"){
const err64 = {instancePath:instancePath+"/transformers_version",schemaPath:"#/properties/transformers_version/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema207.properties.transformers_version.type,parentSchema:schema207.properties.transformers_version,data:data34};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data._from_model_config !== undefined){
let data35 = data._from_model_config;
if(typeof data35 !== "boolean"){
const err65 = {instancePath:instancePath+"/_from_model_config",schemaPath:"#/properties/_from_model_config/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema207.properties._from_model_config.type,parentSchema:schema207.properties._from_model_config,data:data35};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
}
else {
const err66 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema207.type,parentSchema:schema207,data};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
validate87.errors = vErrors;
return errors === 0;
}
validate87.evaluated = {"props":{"max_length":true,"max_new_tokens":true,"min_length":true,"min_new_tokens":true,"do_sample":true,"early_stopping":true,"num_beams":true,"num_beam_groups":true,"num_return_sequences":true,"temperature":true,"top_k":true,"top_p":true,"min_p":true,"typical_p":true,"repetition_penalty":true,"length_penalty":true,"no_repeat_ngram_size":true,"use_cache":true,"bos_token_id":true,"pad_token_id":true,"eos_token_id":true,"decoder_start_token_id":true,"forced_bos_token_id":true,"forced_eos_token_id":true,"suppress_tokens":true,"begin_suppress_tokens":true,"bad_words_ids":true,"transformers_version":true,"_from_model_config":true},"dynamicProps":false,"dynamicItems":false};

const schema223 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://mlpack.dev/schemas/safetensors-index.schema.json","title":"model.safetensors.index.json","description":"The index of a sharded safetensors checkpoint: which shard file holds each tensor. The cross-file rules (every mapped tensor present in its shard, none unlisted, total_size equal to the tensor bytes) are checked by @mlpack/safetensors, not here.","$comment":"x-expected (a noun phrase: what a valid value is) and x-condition (when a conditional rule applies) are annotations mlpack uses to word its error messages; validators that do not know them ignore them.","type":"object","required":["weight_map"],"properties":{"metadata":{"description":"Free-form metadata; total_size is the sum of the tensors' byte sizes.","type":["object","null"],"properties":{"total_size":{"description":"Sum of all tensors' byte sizes.","type":"number","minimum":0},"total_parameters":{"description":"Number of parameters (written by newer transformers).","type":"number","minimum":0}}},"weight_map":{"description":"Tensor name to the shard file that holds it.","type":"object","minProperties":1,"propertyNames":{"minLength":1,"x-expected":"a non-empty tensor name"},"additionalProperties":{"type":"string","pattern":"^[^/\\\\]+\\.safetensors$","x-expected":"a .safetensors file name in the model folder (no directory part)"}}}};
const pattern10 = new RegExp("^[^/\\\\]+\\.safetensors$", "u");

function validate88(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://mlpack.dev/schemas/safetensors-index.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate88.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.weight_map === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "weight_map"},message:"must have required property '"+"weight_map"+"'",schema:schema223.required,parentSchema:schema223,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.metadata !== undefined){
let data0 = data.metadata;
if((!(data0 && typeof data0 == "object" && !Array.isArray(data0))) && (data0 !== null)){
const err1 = {instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/type",keyword:"type",params:{type: schema223.properties.metadata.type},message:"must be object,null",schema:schema223.properties.metadata.type,parentSchema:schema223.properties.metadata,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.total_size !== undefined){
let data1 = data0.total_size;
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 0 || isNaN(data1)){
const err2 = {instancePath:instancePath+"/metadata/total_size",schemaPath:"#/properties/metadata/properties/total_size/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema223.properties.metadata.properties.total_size,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/metadata/total_size",schemaPath:"#/properties/metadata/properties/total_size/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema223.properties.metadata.properties.total_size.type,parentSchema:schema223.properties.metadata.properties.total_size,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data0.total_parameters !== undefined){
let data2 = data0.total_parameters;
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 0 || isNaN(data2)){
const err4 = {instancePath:instancePath+"/metadata/total_parameters",schemaPath:"#/properties/metadata/properties/total_parameters/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema223.properties.metadata.properties.total_parameters,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/metadata/total_parameters",schemaPath:"#/properties/metadata/properties/total_parameters/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema223.properties.metadata.properties.total_parameters.type,parentSchema:schema223.properties.metadata.properties.total_parameters,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
}
if(data.weight_map !== undefined){
let data3 = data.weight_map;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(Object.keys(data3).length < 1){
const err6 = {instancePath:instancePath+"/weight_map",schemaPath:"#/properties/weight_map/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema223.properties.weight_map,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key0 in data3){
const _errs10 = errors;
if(typeof key0 === "string"){
if(func1(key0) < 1){
const err7 = {instancePath:instancePath+"/weight_map",schemaPath:"#/properties/weight_map/propertyNames/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema223.properties.weight_map.propertyNames,data:key0,propertyName:key0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
var valid2 = _errs10 === errors;
if(!valid2){
const err8 = {instancePath:instancePath+"/weight_map",schemaPath:"#/properties/weight_map/propertyNames",keyword:"propertyNames",params:{propertyName: key0},message:"property name must be valid",schema:schema223.properties.weight_map.propertyNames,parentSchema:schema223.properties.weight_map,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
for(const key1 in data3){
let data4 = data3[key1];
if(typeof data4 === "string"){
if(!pattern10.test(data4)){
const err9 = {instancePath:instancePath+"/weight_map/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/weight_map/additionalProperties/pattern",keyword:"pattern",params:{pattern: "^[^/\\\\]+\\.safetensors$"},message:"must match pattern \""+"^[^/\\\\]+\\.safetensors$"+"\"",schema:"^[^/\\\\]+\\.safetensors$",parentSchema:schema223.properties.weight_map.additionalProperties,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/weight_map/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/weight_map/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema223.properties.weight_map.additionalProperties.type,parentSchema:schema223.properties.weight_map.additionalProperties,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath:instancePath+"/weight_map",schemaPath:"#/properties/weight_map/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema223.properties.weight_map.type,parentSchema:schema223.properties.weight_map,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema223.type,parentSchema:schema223,data};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate88.errors = vErrors;
return errors === 0;
}
validate88.evaluated = {"props":{"metadata":true,"weight_map":true},"dynamicProps":false,"dynamicItems":false};

const schema224 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://mlpack.dev/schemas/mlpack-manifest.schema.json","title":"mlpack.json (conversion / bundle manifest)","description":"The manifest mlpack writes next to a converted model and inside a bundle: where the model came from, how it was converted, the produced targets, the I/O signature and every file of the folder (except mlpack.json itself and a signature file) with its size and sha256. That files are sorted by path and unique is checked by mlpack in code.","$comment":"x-expected (a noun phrase: what a valid value is) and x-condition (when a conditional rule applies) are annotations mlpack uses to word its error messages; validators that do not know them ignore them.","type":"object","required":["manifest_version","kind","tool","source","task","options","targets","signature","files"],"additionalProperties":false,"properties":{"manifest_version":{"description":"Manifest format version, 1.","const":1},"kind":{"description":"A conversion output folder or a deployable bundle.","enum":["conversion","bundle"]},"tool":{"description":"The program that wrote the manifest.","type":"object","required":["name","version"],"additionalProperties":false,"properties":{"name":{"const":"mlpack"},"version":{"$ref":"#/$defs/semver"}}},"name":{"description":"Bundle name (bundles only).","type":"string","maxLength":214,"pattern":"^[a-z0-9][a-z0-9._-]*$","x-expected":"a bundle name: lowercase letters, digits, '.', '_' or '-', starting with a letter or digit"},"version":{"description":"Bundle version (bundles only).","$ref":"#/$defs/semver"},"source":{"description":"The Hugging Face model folder that was converted.","type":"object","required":["model_type","architecture","task","files"],"additionalProperties":false,"properties":{"model_type":{"type":"string","minLength":1},"architecture":{"type":"string","minLength":1},"task":{"type":"string","minLength":1},"transformers_version":{"type":"string"},"files":{"type":"array","items":{"$ref":"#/$defs/fileEntry"}}}},"task":{"description":"Task the converted model serves (Optimum name), e.g. \"text-classification\".","type":"string","minLength":1},"options":{"description":"The conversion options used (targets, opset, external_data, dtype, shard_size, ...).","type":"object"},"targets":{"description":"The produced models.","type":"array","minItems":1,"items":{"$ref":"#/$defs/target"}},"graphs":{"description":"Every graph of the model with its I/O signature, the main one first (\"model\" → onnx/model.onnx; decoders take past_key_values.* and return present.*). Written by mlpack 0.1 conversions onwards; older manifests have only `signature`.","type":"array","minItems":1,"items":{"$ref":"#/$defs/graph"}},"signature":{"description":"Inputs and outputs of the main graph (graphs[0]).","type":"object","required":["inputs","outputs"],"additionalProperties":false,"properties":{"inputs":{"type":"array","minItems":1,"items":{"$ref":"#/$defs/tensorSpec"}},"outputs":{"type":"array","minItems":1,"items":{"$ref":"#/$defs/tensorSpec"}}}},"labels":{"description":"Class index (decimal string key) to label name, for classification tasks.","type":"object","propertyNames":{"type":"string","pattern":"^(0|[1-9][0-9]*)$","x-expected":"a decimal integer such as \"0\""},"additionalProperties":{"type":"string"}},"generated":{"description":"Files of `files` that mlpack wrote because the source folder lacked them, rather than copying them (conversions only; sorted). tokenizer_config.json: written as transformers would save it when the source has a tokenizer.json but no tokenizer_config.json, which transformers.js needs.","type":"array","uniqueItems":true,"minItems":1,"items":{"enum":["tokenizer_config.json"]}},"files":{"description":"Every file of the folder except mlpack.json and a signature file, sorted by path.","type":"array","items":{"$ref":"#/$defs/fileEntry"}},"io_schema":{"description":"JSON Schemas of a serving request and response.","type":"object","required":["request","response"],"additionalProperties":false,"properties":{"request":{"type":"object"},"response":{"type":"object"}}},"goldens":{"description":"Recorded inputs and expected outputs.","$ref":"mlpack-golden.schema.json"},"layout":{"description":"Directory layout the bundle follows.","enum":["transformers.js","triton"]}},"allOf":[{"if":{"properties":{"kind":{"const":"bundle"}},"required":["kind"]},"then":{"x-condition":"when kind is \"bundle\"","properties":{"name":true,"version":true,"layout":true,"io_schema":true,"goldens":true},"required":["name","version","layout","io_schema","goldens"]}},{"if":{"properties":{"kind":{"const":"conversion"}},"required":["kind"]},"then":{"properties":{"name":{"not":{},"x-condition":"when kind is \"conversion\" (bundles only)"},"version":{"not":{},"x-condition":"when kind is \"conversion\" (bundles only)"}}}}],"$defs":{"semver":{"type":"string","pattern":"^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)(-[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?(\\+[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?$","x-expected":"a semantic version such as \"1.2.3\""},"relativePath":{"type":"string","pattern":"^(?!\\.\\.?(/|$))(?!.*/\\.\\.?(/|$))[^/\\\\:\\u0000]+(/[^/\\\\:\\u0000]+)*$","x-expected":"a relative path with forward slashes (no leading '/', no '.' or '..' segments, no '\\\\' or ':')"},"sha256":{"type":"string","pattern":"^[0-9a-f]{64}$","x-expected":"a sha256 digest (64 lowercase hex digits)"},"fileEntry":{"description":"One file: its path relative to the folder, byte size and sha256.","type":"object","required":["path","size","sha256"],"additionalProperties":false,"properties":{"path":{"$ref":"#/$defs/relativePath"},"size":{"type":"integer","minimum":0},"sha256":{"$ref":"#/$defs/sha256"}}},"tensorSpec":{"description":"A named model input or output.","type":"object","required":["name","dtype","shape"],"additionalProperties":false,"properties":{"name":{"type":"string","minLength":1},"dtype":{"enum":["int64","int32","float32","float16","bool"]},"shape":{"type":"array","items":{"type":["integer","string"],"minimum":0,"minLength":1,"x-expected":"a dimension: a size >= 0 or a symbolic name such as \"batch_size\""}}}},"graph":{"description":"One named graph and its signature.","type":"object","required":["name","inputs","outputs"],"additionalProperties":false,"properties":{"name":{"type":"string","pattern":"^[a-z][a-z0-9_]*$","x-expected":"a graph name such as \"model\" (lowercase letters, digits, '_')"},"inputs":{"type":"array","minItems":1,"items":{"$ref":"#/$defs/tensorSpec"}},"outputs":{"type":"array","minItems":1,"items":{"$ref":"#/$defs/tensorSpec"}}}},"parity":{"description":"The variant's parity gate against the float64 reference, as judged when it was written: the limits, the values measured (worst output), whether it passed, and degraded when it missed and was kept with --allow-degraded.","type":"object","required":["gate","measured","ok"],"additionalProperties":false,"properties":{"gate":{"description":"The limits: atol / rtol (elementwise, when the dtype has them), min_cosine, min_argmax_agreement.","type":"object","additionalProperties":{"type":"number"}},"measured":{"description":"Worst values over the outputs: max_abs, max_rel, min_cosine, min_argmax_agreement (null when no logits output), finite (false when an output holds NaN or Infinity).","type":"object","additionalProperties":{"type":["number","boolean","null"]}},"ok":{"type":"boolean"},"degraded":{"description":"Present (true) when the variant missed its gate and was written anyway (--allow-degraded).","const":true},"misses":{"description":"What missed the gate: output, metric, value, limit.","type":"array","items":{"type":"object","required":["output","metric"],"additionalProperties":false,"properties":{"output":{"type":"string"},"metric":{"type":"string"},"value":{"type":["number","boolean","null"]},"limit":{"type":["number","boolean","null"]}}}}}},"target":{"description":"A produced model, discriminated by format.","type":"object","required":["format"],"properties":{"format":{"enum":["onnx","tfjs"]}},"allOf":[{"if":{"properties":{"format":{"const":"onnx"}},"required":["format"]},"then":{"x-condition":"for an onnx target","required":["opset","ir_version","path"],"additionalProperties":false,"properties":{"format":true,"graph":{"description":"Which graph of `graphs` this file holds (default \"model\").","type":"string","minLength":1},"opset":{"description":"ONNX default-domain opset version.","type":"integer","minimum":1},"ir_version":{"description":"ONNX IR version.","type":"integer","minimum":1},"path":{"description":"The .onnx file, e.g. \"onnx/model.onnx\".","$ref":"#/$defs/relativePath"},"external_data":{"description":"The external-data file beside it, if weights are stored outside.","$ref":"#/$defs/relativePath"},"dtype":{"description":"Weight variant (transformers.js names its file after it): fp32 model.onnx, fp16 model_fp16.onnx, q8 model_quantized.onnx, q4 model_q4.onnx, q4f16 model_q4f16.onnx. Absent in manifests written before variants: fp32.","enum":["fp32","fp16","q8","q4","q4f16"]},"kv_cache_dtype":{"description":"Decoders with a KV cache: the element type of this file's past_key_values.* inputs and present.* outputs (float16 in the fp16 and q4f16 variants, as transformers.js and Optimum fp16 decoders have it; float32 otherwise). Absent for graphs without a cache, and in manifests written before it (float32).","enum":["float32","float16"]},"parity":{"$ref":"#/$defs/parity"}}}},{"if":{"properties":{"format":{"const":"tfjs"}},"required":["format"]},"then":{"x-condition":"for a tfjs target","required":["path","weight_dtype","shard_bytes"],"additionalProperties":false,"properties":{"format":true,"graph":{"description":"Which graph of `graphs` this file holds (default \"model\").","type":"string","minLength":1},"path":{"description":"The graph model.json, e.g. \"tfjs/model.json\".","$ref":"#/$defs/relativePath"},"weight_dtype":{"description":"dtype the weights are stored in (uint8 / uint16: affine codes TF.js expands on load).","enum":["float32","float16","uint8","uint16"]},"shard_bytes":{"description":"Largest weight shard size in bytes.","type":"integer","minimum":1},"dtype":{"description":"Weight variant: fp32 (tfjs/), fp16 (tfjs_fp16/), uint8 (tfjs_uint8/), uint16 (tfjs_uint16/). Absent in manifests written before variants: from weight_dtype.","enum":["fp32","fp16","uint8","uint16"]},"parity":{"$ref":"#/$defs/parity"}}}}]}}};
const schema225 = {"type":"string","pattern":"^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)(-[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?(\\+[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?$","x-expected":"a semantic version such as \"1.2.3\""};
const schema237 = {"description":"A named model input or output.","type":"object","required":["name","dtype","shape"],"additionalProperties":false,"properties":{"name":{"type":"string","minLength":1},"dtype":{"enum":["int64","int32","float32","float16","bool"]},"shape":{"type":"array","items":{"type":["integer","string"],"minimum":0,"minLength":1,"x-expected":"a dimension: a size >= 0 or a symbolic name such as \"batch_size\""}}}};
const func13 = Object.prototype.hasOwnProperty;
const func0 = require("ajv/dist/runtime/equal").default;
const pattern11 = new RegExp("^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)(-[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?(\\+[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?$", "u");
const pattern12 = new RegExp("^[a-z0-9][a-z0-9._-]*$", "u");
const schema227 = {"description":"One file: its path relative to the folder, byte size and sha256.","type":"object","required":["path","size","sha256"],"additionalProperties":false,"properties":{"path":{"$ref":"#/$defs/relativePath"},"size":{"type":"integer","minimum":0},"sha256":{"$ref":"#/$defs/sha256"}}};
const schema228 = {"type":"string","pattern":"^(?!\\.\\.?(/|$))(?!.*/\\.\\.?(/|$))[^/\\\\:\\u0000]+(/[^/\\\\:\\u0000]+)*$","x-expected":"a relative path with forward slashes (no leading '/', no '.' or '..' segments, no '\\\\' or ':')"};
const schema229 = {"type":"string","pattern":"^[0-9a-f]{64}$","x-expected":"a sha256 digest (64 lowercase hex digits)"};
const pattern14 = new RegExp("^(?!\\.\\.?(/|$))(?!.*/\\.\\.?(/|$))[^/\\\\:\\u0000]+(/[^/\\\\:\\u0000]+)*$", "u");
const pattern15 = new RegExp("^[0-9a-f]{64}$", "u");

function validate90(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate90.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.path === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'",schema:schema227.required,parentSchema:schema227,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.size === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "size"},message:"must have required property '"+"size"+"'",schema:schema227.required,parentSchema:schema227,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.sha256 === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sha256"},message:"must have required property '"+"sha256"+"'",schema:schema227.required,parentSchema:schema227,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "path") || (key0 === "size")) || (key0 === "sha256"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema227,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.path !== undefined){
let data0 = data.path;
if(typeof data0 === "string"){
if(!pattern14.test(data0)){
const err4 = {instancePath:instancePath+"/path",schemaPath:"#/$defs/relativePath/pattern",keyword:"pattern",params:{pattern: "^(?!\\.\\.?(/|$))(?!.*/\\.\\.?(/|$))[^/\\\\:\\u0000]+(/[^/\\\\:\\u0000]+)*$"},message:"must match pattern \""+"^(?!\\.\\.?(/|$))(?!.*/\\.\\.?(/|$))[^/\\\\:\\u0000]+(/[^/\\\\:\\u0000]+)*$"+"\"",schema:"^(?!\\.\\.?(/|$))(?!.*/\\.\\.?(/|$))[^/\\\\:\\u0000]+(/[^/\\\\:\\u0000]+)*$",parentSchema:schema228,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/path",schemaPath:"#/$defs/relativePath/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema228.type,parentSchema:schema228,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.size !== undefined){
let data1 = data.size;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err6 = {instancePath:instancePath+"/size",schemaPath:"#/properties/size/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema227.properties.size.type,parentSchema:schema227.properties.size,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 0 || isNaN(data1)){
const err7 = {instancePath:instancePath+"/size",schemaPath:"#/properties/size/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema227.properties.size,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
if(data.sha256 !== undefined){
let data2 = data.sha256;
if(typeof data2 === "string"){
if(!pattern15.test(data2)){
const err8 = {instancePath:instancePath+"/sha256",schemaPath:"#/$defs/sha256/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\"",schema:"^[0-9a-f]{64}$",parentSchema:schema229,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/sha256",schemaPath:"#/$defs/sha256/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema229.type,parentSchema:schema229,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema227.type,parentSchema:schema227,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate90.errors = vErrors;
return errors === 0;
}
validate90.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema230 = {"description":"A produced model, discriminated by format.","type":"object","required":["format"],"properties":{"format":{"enum":["onnx","tfjs"]}},"allOf":[{"if":{"properties":{"format":{"const":"onnx"}},"required":["format"]},"then":{"x-condition":"for an onnx target","required":["opset","ir_version","path"],"additionalProperties":false,"properties":{"format":true,"graph":{"description":"Which graph of `graphs` this file holds (default \"model\").","type":"string","minLength":1},"opset":{"description":"ONNX default-domain opset version.","type":"integer","minimum":1},"ir_version":{"description":"ONNX IR version.","type":"integer","minimum":1},"path":{"description":"The .onnx file, e.g. \"onnx/model.onnx\".","$ref":"#/$defs/relativePath"},"external_data":{"description":"The external-data file beside it, if weights are stored outside.","$ref":"#/$defs/relativePath"},"dtype":{"description":"Weight variant (transformers.js names its file after it): fp32 model.onnx, fp16 model_fp16.onnx, q8 model_quantized.onnx, q4 model_q4.onnx, q4f16 model_q4f16.onnx. Absent in manifests written before variants: fp32.","enum":["fp32","fp16","q8","q4","q4f16"]},"kv_cache_dtype":{"description":"Decoders with a KV cache: the element type of this file's past_key_values.* inputs and present.* outputs (float16 in the fp16 and q4f16 variants, as transformers.js and Optimum fp16 decoders have it; float32 otherwise). Absent for graphs without a cache, and in manifests written before it (float32).","enum":["float32","float16"]},"parity":{"$ref":"#/$defs/parity"}}}},{"if":{"properties":{"format":{"const":"tfjs"}},"required":["format"]},"then":{"x-condition":"for a tfjs target","required":["path","weight_dtype","shard_bytes"],"additionalProperties":false,"properties":{"format":true,"graph":{"description":"Which graph of `graphs` this file holds (default \"model\").","type":"string","minLength":1},"path":{"description":"The graph model.json, e.g. \"tfjs/model.json\".","$ref":"#/$defs/relativePath"},"weight_dtype":{"description":"dtype the weights are stored in (uint8 / uint16: affine codes TF.js expands on load).","enum":["float32","float16","uint8","uint16"]},"shard_bytes":{"description":"Largest weight shard size in bytes.","type":"integer","minimum":1},"dtype":{"description":"Weight variant: fp32 (tfjs/), fp16 (tfjs_fp16/), uint8 (tfjs_uint8/), uint16 (tfjs_uint16/). Absent in manifests written before variants: from weight_dtype.","enum":["fp32","fp16","uint8","uint16"]},"parity":{"$ref":"#/$defs/parity"}}}}]};
const schema233 = {"description":"The variant's parity gate against the float64 reference, as judged when it was written: the limits, the values measured (worst output), whether it passed, and degraded when it missed and was kept with --allow-degraded.","type":"object","required":["gate","measured","ok"],"additionalProperties":false,"properties":{"gate":{"description":"The limits: atol / rtol (elementwise, when the dtype has them), min_cosine, min_argmax_agreement.","type":"object","additionalProperties":{"type":"number"}},"measured":{"description":"Worst values over the outputs: max_abs, max_rel, min_cosine, min_argmax_agreement (null when no logits output), finite (false when an output holds NaN or Infinity).","type":"object","additionalProperties":{"type":["number","boolean","null"]}},"ok":{"type":"boolean"},"degraded":{"description":"Present (true) when the variant missed its gate and was written anyway (--allow-degraded).","const":true},"misses":{"description":"What missed the gate: output, metric, value, limit.","type":"array","items":{"type":"object","required":["output","metric"],"additionalProperties":false,"properties":{"output":{"type":"string"},"metric":{"type":"string"},"value":{"type":["number","boolean","null"]},"limit":{"type":["number","boolean","null"]}}}}}};

function validate92(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate92.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs2 = errors;
let valid1 = true;
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.format === undefined) && (missing0 = "format")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data.format !== undefined){
if("onnx" !== data.format){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
}
var _valid0 = _errs3 === errors;
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs5 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.opset === undefined){
const err2 = {instancePath,schemaPath:"#/allOf/0/then/required",keyword:"required",params:{missingProperty: "opset"},message:"must have required property '"+"opset"+"'",schema:schema230.allOf[0].then.required,parentSchema:schema230.allOf[0].then,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.ir_version === undefined){
const err3 = {instancePath,schemaPath:"#/allOf/0/then/required",keyword:"required",params:{missingProperty: "ir_version"},message:"must have required property '"+"ir_version"+"'",schema:schema230.allOf[0].then.required,parentSchema:schema230.allOf[0].then,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.path === undefined){
const err4 = {instancePath,schemaPath:"#/allOf/0/then/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'",schema:schema230.allOf[0].then.required,parentSchema:schema230.allOf[0].then,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!(func13.call(schema230.allOf[0].then.properties, key0))){
const err5 = {instancePath,schemaPath:"#/allOf/0/then/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema230.allOf[0].then,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.graph !== undefined){
let data1 = data.graph;
if(typeof data1 === "string"){
if(func1(data1) < 1){
const err6 = {instancePath:instancePath+"/graph",schemaPath:"#/allOf/0/then/properties/graph/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema230.allOf[0].then.properties.graph,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/graph",schemaPath:"#/allOf/0/then/properties/graph/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema230.allOf[0].then.properties.graph.type,parentSchema:schema230.allOf[0].then.properties.graph,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.opset !== undefined){
let data2 = data.opset;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err8 = {instancePath:instancePath+"/opset",schemaPath:"#/allOf/0/then/properties/opset/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema230.allOf[0].then.properties.opset.type,parentSchema:schema230.allOf[0].then.properties.opset,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
const err9 = {instancePath:instancePath+"/opset",schemaPath:"#/allOf/0/then/properties/opset/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema230.allOf[0].then.properties.opset,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
if(data.ir_version !== undefined){
let data3 = data.ir_version;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err10 = {instancePath:instancePath+"/ir_version",schemaPath:"#/allOf/0/then/properties/ir_version/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema230.allOf[0].then.properties.ir_version.type,parentSchema:schema230.allOf[0].then.properties.ir_version,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 1 || isNaN(data3)){
const err11 = {instancePath:instancePath+"/ir_version",schemaPath:"#/allOf/0/then/properties/ir_version/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema230.allOf[0].then.properties.ir_version,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
if(data.path !== undefined){
let data4 = data.path;
if(typeof data4 === "string"){
if(!pattern14.test(data4)){
const err12 = {instancePath:instancePath+"/path",schemaPath:"#/$defs/relativePath/pattern",keyword:"pattern",params:{pattern: "^(?!\\.\\.?(/|$))(?!.*/\\.\\.?(/|$))[^/\\\\:\\u0000]+(/[^/\\\\:\\u0000]+)*$"},message:"must match pattern \""+"^(?!\\.\\.?(/|$))(?!.*/\\.\\.?(/|$))[^/\\\\:\\u0000]+(/[^/\\\\:\\u0000]+)*$"+"\"",schema:"^(?!\\.\\.?(/|$))(?!.*/\\.\\.?(/|$))[^/\\\\:\\u0000]+(/[^/\\\\:\\u0000]+)*$",parentSchema:schema228,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/path",schemaPath:"#/$defs/relativePath/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema228.type,parentSchema:schema228,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.external_data !== undefined){
let data5 = data.external_data;
if(typeof data5 === "string"){
if(!pattern14.test(data5)){
const err14 = {instancePath:instancePath+"/external_data",schemaPath:"#/$defs/relativePath/pattern",keyword:"pattern",params:{pattern: "^(?!\\.\\.?(/|$))(?!.*/\\.\\.?(/|$))[^/\\\\:\\u0000]+(/[^/\\\\:\\u0000]+)*$"},message:"must match pattern \""+"^(?!\\.\\.?(/|$))(?!.*/\\.\\.?(/|$))[^/\\\\:\\u0000]+(/[^/\\\\:\\u0000]+)*$"+"\"",schema:"^(?!\\.\\.?(/|$))(?!.*/\\.\\.?(/|$))[^/\\\\:\\u0000]+(/[^/\\\\:\\u0000]+)*$",parentSchema:schema228,data:data5};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/external_data",schemaPath:"#/$defs/relativePath/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema228.type,parentSchema:schema228,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.dtype !== undefined){
let data6 = data.dtype;
if(!(((((data6 === "fp32") || (data6 === "fp16")) || (data6 === "q8")) || (data6 === "q4")) || (data6 === "q4f16"))){
const err16 = {instancePath:instancePath+"/dtype",schemaPath:"#/allOf/0/then/properties/dtype/enum",keyword:"enum",params:{allowedValues: schema230.allOf[0].then.properties.dtype.enum},message:"must be equal to one of the allowed values",schema:schema230.allOf[0].then.properties.dtype.enum,parentSchema:schema230.allOf[0].then.properties.dtype,data:data6};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.kv_cache_dtype !== undefined){
let data7 = data.kv_cache_dtype;
if(!((data7 === "float32") || (data7 === "float16"))){
const err17 = {instancePath:instancePath+"/kv_cache_dtype",schemaPath:"#/allOf/0/then/properties/kv_cache_dtype/enum",keyword:"enum",params:{allowedValues: schema230.allOf[0].then.properties.kv_cache_dtype.enum},message:"must be equal to one of the allowed values",schema:schema230.allOf[0].then.properties.kv_cache_dtype.enum,parentSchema:schema230.allOf[0].then.properties.kv_cache_dtype,data:data7};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.parity !== undefined){
let data8 = data.parity;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.gate === undefined){
const err18 = {instancePath:instancePath+"/parity",schemaPath:"#/$defs/parity/required",keyword:"required",params:{missingProperty: "gate"},message:"must have required property '"+"gate"+"'",schema:schema233.required,parentSchema:schema233,data:data8};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data8.measured === undefined){
const err19 = {instancePath:instancePath+"/parity",schemaPath:"#/$defs/parity/required",keyword:"required",params:{missingProperty: "measured"},message:"must have required property '"+"measured"+"'",schema:schema233.required,parentSchema:schema233,data:data8};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data8.ok === undefined){
const err20 = {instancePath:instancePath+"/parity",schemaPath:"#/$defs/parity/required",keyword:"required",params:{missingProperty: "ok"},message:"must have required property '"+"ok"+"'",schema:schema233.required,parentSchema:schema233,data:data8};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
for(const key1 in data8){
if(!(((((key1 === "gate") || (key1 === "measured")) || (key1 === "ok")) || (key1 === "degraded")) || (key1 === "misses"))){
const err21 = {instancePath:instancePath+"/parity",schemaPath:"#/$defs/parity/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema233,data:data8};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data8.gate !== undefined){
let data9 = data8.gate;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
for(const key2 in data9){
let data10 = data9[key2];
if(!((typeof data10 == "number") && (isFinite(data10)))){
const err22 = {instancePath:instancePath+"/parity/gate/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/parity/properties/gate/additionalProperties/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema233.properties.gate.additionalProperties.type,parentSchema:schema233.properties.gate.additionalProperties,data:data10};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
else {
const err23 = {instancePath:instancePath+"/parity/gate",schemaPath:"#/$defs/parity/properties/gate/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema233.properties.gate.type,parentSchema:schema233.properties.gate,data:data9};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data8.measured !== undefined){
let data11 = data8.measured;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
for(const key3 in data11){
let data12 = data11[key3];
if(((!((typeof data12 == "number") && (isFinite(data12)))) && (typeof data12 !== "boolean")) && (data12 !== null)){
const err24 = {instancePath:instancePath+"/parity/measured/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/parity/properties/measured/additionalProperties/type",keyword:"type",params:{type: schema233.properties.measured.additionalProperties.type},message:"must be number,boolean,null",schema:schema233.properties.measured.additionalProperties.type,parentSchema:schema233.properties.measured.additionalProperties,data:data12};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
else {
const err25 = {instancePath:instancePath+"/parity/measured",schemaPath:"#/$defs/parity/properties/measured/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema233.properties.measured.type,parentSchema:schema233.properties.measured,data:data11};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data8.ok !== undefined){
let data13 = data8.ok;
if(typeof data13 !== "boolean"){
const err26 = {instancePath:instancePath+"/parity/ok",schemaPath:"#/$defs/parity/properties/ok/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema233.properties.ok.type,parentSchema:schema233.properties.ok,data:data13};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data8.degraded !== undefined){
let data14 = data8.degraded;
if(true !== data14){
const err27 = {instancePath:instancePath+"/parity/degraded",schemaPath:"#/$defs/parity/properties/degraded/const",keyword:"const",params:{allowedValue: true},message:"must be equal to constant",schema:true,parentSchema:schema233.properties.degraded,data:data14};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data8.misses !== undefined){
let data15 = data8.misses;
if(Array.isArray(data15)){
const len0 = data15.length;
for(let i0=0; i0<len0; i0++){
let data16 = data15[i0];
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
if(data16.output === undefined){
const err28 = {instancePath:instancePath+"/parity/misses/" + i0,schemaPath:"#/$defs/parity/properties/misses/items/required",keyword:"required",params:{missingProperty: "output"},message:"must have required property '"+"output"+"'",schema:schema233.properties.misses.items.required,parentSchema:schema233.properties.misses.items,data:data16};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(data16.metric === undefined){
const err29 = {instancePath:instancePath+"/parity/misses/" + i0,schemaPath:"#/$defs/parity/properties/misses/items/required",keyword:"required",params:{missingProperty: "metric"},message:"must have required property '"+"metric"+"'",schema:schema233.properties.misses.items.required,parentSchema:schema233.properties.misses.items,data:data16};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
for(const key4 in data16){
if(!((((key4 === "output") || (key4 === "metric")) || (key4 === "value")) || (key4 === "limit"))){
const err30 = {instancePath:instancePath+"/parity/misses/" + i0,schemaPath:"#/$defs/parity/properties/misses/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema233.properties.misses.items,data:data16};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data16.output !== undefined){
let data17 = data16.output;
if(typeof data17 !== "string"){
const err31 = {instancePath:instancePath+"/parity/misses/" + i0+"/output",schemaPath:"#/$defs/parity/properties/misses/items/properties/output/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema233.properties.misses.items.properties.output.type,parentSchema:schema233.properties.misses.items.properties.output,data:data17};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data16.metric !== undefined){
let data18 = data16.metric;
if(typeof data18 !== "string"){
const err32 = {instancePath:instancePath+"/parity/misses/" + i0+"/metric",schemaPath:"#/$defs/parity/properties/misses/items/properties/metric/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema233.properties.misses.items.properties.metric.type,parentSchema:schema233.properties.misses.items.properties.metric,data:data18};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data16.value !== undefined){
let data19 = data16.value;
if(((!((typeof data19 == "number") && (isFinite(data19)))) && (typeof data19 !== "boolean")) && (data19 !== null)){
const err33 = {instancePath:instancePath+"/parity/misses/" + i0+"/value",schemaPath:"#/$defs/parity/properties/misses/items/properties/value/type",keyword:"type",params:{type: schema233.properties.misses.items.properties.value.type},message:"must be number,boolean,null",schema:schema233.properties.misses.items.properties.value.type,parentSchema:schema233.properties.misses.items.properties.value,data:data19};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data16.limit !== undefined){
let data20 = data16.limit;
if(((!((typeof data20 == "number") && (isFinite(data20)))) && (typeof data20 !== "boolean")) && (data20 !== null)){
const err34 = {instancePath:instancePath+"/parity/misses/" + i0+"/limit",schemaPath:"#/$defs/parity/properties/misses/items/properties/limit/type",keyword:"type",params:{type: schema233.properties.misses.items.properties.limit.type},message:"must be number,boolean,null",schema:schema233.properties.misses.items.properties.limit.type,parentSchema:schema233.properties.misses.items.properties.limit,data:data20};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
else {
const err35 = {instancePath:instancePath+"/parity/misses/" + i0,schemaPath:"#/$defs/parity/properties/misses/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema233.properties.misses.items.type,parentSchema:schema233.properties.misses.items,data:data16};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
}
else {
const err36 = {instancePath:instancePath+"/parity/misses",schemaPath:"#/$defs/parity/properties/misses/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema233.properties.misses.type,parentSchema:schema233.properties.misses,data:data15};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
}
else {
const err37 = {instancePath:instancePath+"/parity",schemaPath:"#/$defs/parity/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema233.type,parentSchema:schema233,data:data8};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
}
var _valid0 = _errs5 === errors;
valid1 = _valid0;
if(valid1){
var props0 = true;
}
}
if(!valid1){
const err38 = {instancePath,schemaPath:"#/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema230.allOf[0].if,parentSchema:schema230.allOf[0],data};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
const _errs55 = errors;
let valid13 = true;
const _errs56 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((data.format === undefined) && (missing1 = "format")){
const err39 = {};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
else {
if(data.format !== undefined){
if("tfjs" !== data.format){
const err40 = {};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
}
var _valid1 = _errs56 === errors;
errors = _errs55;
if(vErrors !== null){
if(_errs55){
vErrors.length = _errs55;
}
else {
vErrors = null;
}
}
if(_valid1){
const _errs58 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.path === undefined){
const err41 = {instancePath,schemaPath:"#/allOf/1/then/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'",schema:schema230.allOf[1].then.required,parentSchema:schema230.allOf[1].then,data};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if(data.weight_dtype === undefined){
const err42 = {instancePath,schemaPath:"#/allOf/1/then/required",keyword:"required",params:{missingProperty: "weight_dtype"},message:"must have required property '"+"weight_dtype"+"'",schema:schema230.allOf[1].then.required,parentSchema:schema230.allOf[1].then,data};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(data.shard_bytes === undefined){
const err43 = {instancePath,schemaPath:"#/allOf/1/then/required",keyword:"required",params:{missingProperty: "shard_bytes"},message:"must have required property '"+"shard_bytes"+"'",schema:schema230.allOf[1].then.required,parentSchema:schema230.allOf[1].then,data};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
for(const key5 in data){
if(!(((((((key5 === "format") || (key5 === "graph")) || (key5 === "path")) || (key5 === "weight_dtype")) || (key5 === "shard_bytes")) || (key5 === "dtype")) || (key5 === "parity"))){
const err44 = {instancePath,schemaPath:"#/allOf/1/then/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema230.allOf[1].then,data};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data.graph !== undefined){
let data22 = data.graph;
if(typeof data22 === "string"){
if(func1(data22) < 1){
const err45 = {instancePath:instancePath+"/graph",schemaPath:"#/allOf/1/then/properties/graph/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema230.allOf[1].then.properties.graph,data:data22};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
else {
const err46 = {instancePath:instancePath+"/graph",schemaPath:"#/allOf/1/then/properties/graph/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema230.allOf[1].then.properties.graph.type,parentSchema:schema230.allOf[1].then.properties.graph,data:data22};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data.path !== undefined){
let data23 = data.path;
if(typeof data23 === "string"){
if(!pattern14.test(data23)){
const err47 = {instancePath:instancePath+"/path",schemaPath:"#/$defs/relativePath/pattern",keyword:"pattern",params:{pattern: "^(?!\\.\\.?(/|$))(?!.*/\\.\\.?(/|$))[^/\\\\:\\u0000]+(/[^/\\\\:\\u0000]+)*$"},message:"must match pattern \""+"^(?!\\.\\.?(/|$))(?!.*/\\.\\.?(/|$))[^/\\\\:\\u0000]+(/[^/\\\\:\\u0000]+)*$"+"\"",schema:"^(?!\\.\\.?(/|$))(?!.*/\\.\\.?(/|$))[^/\\\\:\\u0000]+(/[^/\\\\:\\u0000]+)*$",parentSchema:schema228,data:data23};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
else {
const err48 = {instancePath:instancePath+"/path",schemaPath:"#/$defs/relativePath/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema228.type,parentSchema:schema228,data:data23};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data.weight_dtype !== undefined){
let data24 = data.weight_dtype;
if(!((((data24 === "float32") || (data24 === "float16")) || (data24 === "uint8")) || (data24 === "uint16"))){
const err49 = {instancePath:instancePath+"/weight_dtype",schemaPath:"#/allOf/1/then/properties/weight_dtype/enum",keyword:"enum",params:{allowedValues: schema230.allOf[1].then.properties.weight_dtype.enum},message:"must be equal to one of the allowed values",schema:schema230.allOf[1].then.properties.weight_dtype.enum,parentSchema:schema230.allOf[1].then.properties.weight_dtype,data:data24};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data.shard_bytes !== undefined){
let data25 = data.shard_bytes;
if(!(((typeof data25 == "number") && (!(data25 % 1) && !isNaN(data25))) && (isFinite(data25)))){
const err50 = {instancePath:instancePath+"/shard_bytes",schemaPath:"#/allOf/1/then/properties/shard_bytes/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema230.allOf[1].then.properties.shard_bytes.type,parentSchema:schema230.allOf[1].then.properties.shard_bytes,data:data25};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
if((typeof data25 == "number") && (isFinite(data25))){
if(data25 < 1 || isNaN(data25)){
const err51 = {instancePath:instancePath+"/shard_bytes",schemaPath:"#/allOf/1/then/properties/shard_bytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema230.allOf[1].then.properties.shard_bytes,data:data25};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
}
if(data.dtype !== undefined){
let data26 = data.dtype;
if(!((((data26 === "fp32") || (data26 === "fp16")) || (data26 === "uint8")) || (data26 === "uint16"))){
const err52 = {instancePath:instancePath+"/dtype",schemaPath:"#/allOf/1/then/properties/dtype/enum",keyword:"enum",params:{allowedValues: schema230.allOf[1].then.properties.dtype.enum},message:"must be equal to one of the allowed values",schema:schema230.allOf[1].then.properties.dtype.enum,parentSchema:schema230.allOf[1].then.properties.dtype,data:data26};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data.parity !== undefined){
let data27 = data.parity;
if(data27 && typeof data27 == "object" && !Array.isArray(data27)){
if(data27.gate === undefined){
const err53 = {instancePath:instancePath+"/parity",schemaPath:"#/$defs/parity/required",keyword:"required",params:{missingProperty: "gate"},message:"must have required property '"+"gate"+"'",schema:schema233.required,parentSchema:schema233,data:data27};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
if(data27.measured === undefined){
const err54 = {instancePath:instancePath+"/parity",schemaPath:"#/$defs/parity/required",keyword:"required",params:{missingProperty: "measured"},message:"must have required property '"+"measured"+"'",schema:schema233.required,parentSchema:schema233,data:data27};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
if(data27.ok === undefined){
const err55 = {instancePath:instancePath+"/parity",schemaPath:"#/$defs/parity/required",keyword:"required",params:{missingProperty: "ok"},message:"must have required property '"+"ok"+"'",schema:schema233.required,parentSchema:schema233,data:data27};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
for(const key6 in data27){
if(!(((((key6 === "gate") || (key6 === "measured")) || (key6 === "ok")) || (key6 === "degraded")) || (key6 === "misses"))){
const err56 = {instancePath:instancePath+"/parity",schemaPath:"#/$defs/parity/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema233,data:data27};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data27.gate !== undefined){
let data28 = data27.gate;
if(data28 && typeof data28 == "object" && !Array.isArray(data28)){
for(const key7 in data28){
let data29 = data28[key7];
if(!((typeof data29 == "number") && (isFinite(data29)))){
const err57 = {instancePath:instancePath+"/parity/gate/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/parity/properties/gate/additionalProperties/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema233.properties.gate.additionalProperties.type,parentSchema:schema233.properties.gate.additionalProperties,data:data29};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
}
else {
const err58 = {instancePath:instancePath+"/parity/gate",schemaPath:"#/$defs/parity/properties/gate/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema233.properties.gate.type,parentSchema:schema233.properties.gate,data:data28};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data27.measured !== undefined){
let data30 = data27.measured;
if(data30 && typeof data30 == "object" && !Array.isArray(data30)){
for(const key8 in data30){
let data31 = data30[key8];
if(((!((typeof data31 == "number") && (isFinite(data31)))) && (typeof data31 !== "boolean")) && (data31 !== null)){
const err59 = {instancePath:instancePath+"/parity/measured/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/parity/properties/measured/additionalProperties/type",keyword:"type",params:{type: schema233.properties.measured.additionalProperties.type},message:"must be number,boolean,null",schema:schema233.properties.measured.additionalProperties.type,parentSchema:schema233.properties.measured.additionalProperties,data:data31};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
}
else {
const err60 = {instancePath:instancePath+"/parity/measured",schemaPath:"#/$defs/parity/properties/measured/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema233.properties.measured.type,parentSchema:schema233.properties.measured,data:data30};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
if(data27.ok !== undefined){
let data32 = data27.ok;
if(typeof data32 !== "boolean"){
const err61 = {instancePath:instancePath+"/parity/ok",schemaPath:"#/$defs/parity/properties/ok/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema233.properties.ok.type,parentSchema:schema233.properties.ok,data:data32};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(data27.degraded !== undefined){
let data33 = data27.degraded;
if(true !== data33){
const err62 = {instancePath:instancePath+"/parity/degraded",schemaPath:"#/$defs/parity/properties/degraded/const",keyword:"const",params:{allowedValue: true},message:"must be equal to constant",schema:true,parentSchema:schema233.properties.degraded,data:data33};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
if(data27.misses !== undefined){
let data34 = data27.misses;
if(Array.isArray(data34)){
const len1 = data34.length;
for(let i1=0; i1<len1; i1++){
let data35 = data34[i1];
if(data35 && typeof data35 == "object" && !Array.isArray(data35)){
if(data35.output === undefined){
const err63 = {instancePath:instancePath+"/parity/misses/" + i1,schemaPath:"#/$defs/parity/properties/misses/items/required",keyword:"required",params:{missingProperty: "output"},message:"must have required property '"+"output"+"'",schema:schema233.properties.misses.items.required,parentSchema:schema233.properties.misses.items,data:data35};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
if(data35.metric === undefined){
const err64 = {instancePath:instancePath+"/parity/misses/" + i1,schemaPath:"#/$defs/parity/properties/misses/items/required",keyword:"required",params:{missingProperty: "metric"},message:"must have required property '"+"metric"+"'",schema:schema233.properties.misses.items.required,parentSchema:schema233.properties.misses.items,data:data35};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
for(const key9 in data35){
if(!((((key9 === "output") || (key9 === "metric")) || (key9 === "value")) || (key9 === "limit"))){
const err65 = {instancePath:instancePath+"/parity/misses/" + i1,schemaPath:"#/$defs/parity/properties/misses/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties",schema:false,parentSchema:schema233.properties.misses.items,data:data35};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
if(data35.output !== undefined){
let data36 = data35.output;
if(typeof data36 !== "string"){
const err66 = {instancePath:instancePath+"/parity/misses/" + i1+"/output",schemaPath:"#/$defs/parity/properties/misses/items/properties/output/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema233.properties.misses.items.properties.output.type,parentSchema:schema233.properties.misses.items.properties.output,data:data36};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
if(data35.metric !== undefined){
let data37 = data35.metric;
if(typeof data37 !== "string"){
const err67 = {instancePath:instancePath+"/parity/misses/" + i1+"/metric",schemaPath:"#/$defs/parity/properties/misses/items/properties/metric/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema233.properties.misses.items.properties.metric.type,parentSchema:schema233.properties.misses.items.properties.metric,data:data37};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
if(data35.value !== undefined){
let data38 = data35.value;
if(((!((typeof data38 == "number") && (isFinite(data38)))) && (typeof data38 !== "boolean")) && (data38 !== null)){
const err68 = {instancePath:instancePath+"/parity/misses/" + i1+"/value",schemaPath:"#/$defs/parity/properties/misses/items/properties/value/type",keyword:"type",params:{type: schema233.properties.misses.items.properties.value.type},message:"must be number,boolean,null",schema:schema233.properties.misses.items.properties.value.type,parentSchema:schema233.properties.misses.items.properties.value,data:data38};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
if(data35.limit !== undefined){
let data39 = data35.limit;
if(((!((typeof data39 == "number") && (isFinite(data39)))) && (typeof data39 !== "boolean")) && (data39 !== null)){
const err69 = {instancePath:instancePath+"/parity/misses/" + i1+"/limit",schemaPath:"#/$defs/parity/properties/misses/items/properties/limit/type",keyword:"type",params:{type: schema233.properties.misses.items.properties.limit.type},message:"must be number,boolean,null",schema:schema233.properties.misses.items.properties.limit.type,parentSchema:schema233.properties.misses.items.properties.limit,data:data39};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
}
else {
const err70 = {instancePath:instancePath+"/parity/misses/" + i1,schemaPath:"#/$defs/parity/properties/misses/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema233.properties.misses.items.type,parentSchema:schema233.properties.misses.items,data:data35};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
}
else {
const err71 = {instancePath:instancePath+"/parity/misses",schemaPath:"#/$defs/parity/properties/misses/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema233.properties.misses.type,parentSchema:schema233.properties.misses,data:data34};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
}
else {
const err72 = {instancePath:instancePath+"/parity",schemaPath:"#/$defs/parity/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema233.type,parentSchema:schema233,data:data27};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
}
var _valid1 = _errs58 === errors;
valid13 = _valid1;
if(valid13){
var props1 = true;
}
}
if(!valid13){
const err73 = {instancePath,schemaPath:"#/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema230.allOf[1].if,parentSchema:schema230.allOf[1],data};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
if(props0 !== true && props1 !== undefined){
if(props1 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props1);
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.format === undefined){
const err74 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "format"},message:"must have required property '"+"format"+"'",schema:schema230.required,parentSchema:schema230,data};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
if(props0 !== true){
props0 = props0 || {};
props0.format = true;
}
if(data.format !== undefined){
let data40 = data.format;
if(!((data40 === "onnx") || (data40 === "tfjs"))){
const err75 = {instancePath:instancePath+"/format",schemaPath:"#/properties/format/enum",keyword:"enum",params:{allowedValues: schema230.properties.format.enum},message:"must be equal to one of the allowed values",schema:schema230.properties.format.enum,parentSchema:schema230.properties.format,data:data40};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
}
else {
const err76 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema230.type,parentSchema:schema230,data};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
validate92.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate92.evaluated = {"dynamicProps":true,"dynamicItems":false};

const schema236 = {"description":"One named graph and its signature.","type":"object","required":["name","inputs","outputs"],"additionalProperties":false,"properties":{"name":{"type":"string","pattern":"^[a-z][a-z0-9_]*$","x-expected":"a graph name such as \"model\" (lowercase letters, digits, '_')"},"inputs":{"type":"array","minItems":1,"items":{"$ref":"#/$defs/tensorSpec"}},"outputs":{"type":"array","minItems":1,"items":{"$ref":"#/$defs/tensorSpec"}}}};
const pattern19 = new RegExp("^[a-z][a-z0-9_]*$", "u");

function validate94(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate94.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema236.required,parentSchema:schema236,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.inputs === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "inputs"},message:"must have required property '"+"inputs"+"'",schema:schema236.required,parentSchema:schema236,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.outputs === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "outputs"},message:"must have required property '"+"outputs"+"'",schema:schema236.required,parentSchema:schema236,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "name") || (key0 === "inputs")) || (key0 === "outputs"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema236,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(!pattern19.test(data0)){
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9_]*$"},message:"must match pattern \""+"^[a-z][a-z0-9_]*$"+"\"",schema:"^[a-z][a-z0-9_]*$",parentSchema:schema236.properties.name,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema236.properties.name.type,parentSchema:schema236.properties.name,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.inputs !== undefined){
let data1 = data.inputs;
if(Array.isArray(data1)){
if(data1.length < 1){
const err6 = {instancePath:instancePath+"/inputs",schemaPath:"#/properties/inputs/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema236.properties.inputs,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.name === undefined){
const err7 = {instancePath:instancePath+"/inputs/" + i0,schemaPath:"#/$defs/tensorSpec/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema237.required,parentSchema:schema237,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data2.dtype === undefined){
const err8 = {instancePath:instancePath+"/inputs/" + i0,schemaPath:"#/$defs/tensorSpec/required",keyword:"required",params:{missingProperty: "dtype"},message:"must have required property '"+"dtype"+"'",schema:schema237.required,parentSchema:schema237,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data2.shape === undefined){
const err9 = {instancePath:instancePath+"/inputs/" + i0,schemaPath:"#/$defs/tensorSpec/required",keyword:"required",params:{missingProperty: "shape"},message:"must have required property '"+"shape"+"'",schema:schema237.required,parentSchema:schema237,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
for(const key1 in data2){
if(!(((key1 === "name") || (key1 === "dtype")) || (key1 === "shape"))){
const err10 = {instancePath:instancePath+"/inputs/" + i0,schemaPath:"#/$defs/tensorSpec/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema237,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data2.name !== undefined){
let data3 = data2.name;
if(typeof data3 === "string"){
if(func1(data3) < 1){
const err11 = {instancePath:instancePath+"/inputs/" + i0+"/name",schemaPath:"#/$defs/tensorSpec/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema237.properties.name,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/inputs/" + i0+"/name",schemaPath:"#/$defs/tensorSpec/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema237.properties.name.type,parentSchema:schema237.properties.name,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data2.dtype !== undefined){
let data4 = data2.dtype;
if(!(((((data4 === "int64") || (data4 === "int32")) || (data4 === "float32")) || (data4 === "float16")) || (data4 === "bool"))){
const err13 = {instancePath:instancePath+"/inputs/" + i0+"/dtype",schemaPath:"#/$defs/tensorSpec/properties/dtype/enum",keyword:"enum",params:{allowedValues: schema237.properties.dtype.enum},message:"must be equal to one of the allowed values",schema:schema237.properties.dtype.enum,parentSchema:schema237.properties.dtype,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data2.shape !== undefined){
let data5 = data2.shape;
if(Array.isArray(data5)){
const len1 = data5.length;
for(let i1=0; i1<len1; i1++){
let data6 = data5[i1];
if((!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))) && (typeof data6 !== "string")){
const err14 = {instancePath:instancePath+"/inputs/" + i0+"/shape/" + i1,schemaPath:"#/$defs/tensorSpec/properties/shape/items/type",keyword:"type",params:{type: schema237.properties.shape.items.type},message:"must be integer,string",schema:schema237.properties.shape.items.type,parentSchema:schema237.properties.shape.items,data:data6};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 < 0 || isNaN(data6)){
const err15 = {instancePath:instancePath+"/inputs/" + i0+"/shape/" + i1,schemaPath:"#/$defs/tensorSpec/properties/shape/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema237.properties.shape.items,data:data6};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(typeof data6 === "string"){
if(func1(data6) < 1){
const err16 = {instancePath:instancePath+"/inputs/" + i0+"/shape/" + i1,schemaPath:"#/$defs/tensorSpec/properties/shape/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema237.properties.shape.items,data:data6};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
}
else {
const err17 = {instancePath:instancePath+"/inputs/" + i0+"/shape",schemaPath:"#/$defs/tensorSpec/properties/shape/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema237.properties.shape.type,parentSchema:schema237.properties.shape,data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath:instancePath+"/inputs/" + i0,schemaPath:"#/$defs/tensorSpec/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema237.type,parentSchema:schema237,data:data2};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath:instancePath+"/inputs",schemaPath:"#/properties/inputs/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema236.properties.inputs.type,parentSchema:schema236.properties.inputs,data:data1};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.outputs !== undefined){
let data7 = data.outputs;
if(Array.isArray(data7)){
if(data7.length < 1){
const err20 = {instancePath:instancePath+"/outputs",schemaPath:"#/properties/outputs/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema236.properties.outputs,data:data7};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
const len2 = data7.length;
for(let i2=0; i2<len2; i2++){
let data8 = data7[i2];
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.name === undefined){
const err21 = {instancePath:instancePath+"/outputs/" + i2,schemaPath:"#/$defs/tensorSpec/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema237.required,parentSchema:schema237,data:data8};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data8.dtype === undefined){
const err22 = {instancePath:instancePath+"/outputs/" + i2,schemaPath:"#/$defs/tensorSpec/required",keyword:"required",params:{missingProperty: "dtype"},message:"must have required property '"+"dtype"+"'",schema:schema237.required,parentSchema:schema237,data:data8};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data8.shape === undefined){
const err23 = {instancePath:instancePath+"/outputs/" + i2,schemaPath:"#/$defs/tensorSpec/required",keyword:"required",params:{missingProperty: "shape"},message:"must have required property '"+"shape"+"'",schema:schema237.required,parentSchema:schema237,data:data8};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
for(const key2 in data8){
if(!(((key2 === "name") || (key2 === "dtype")) || (key2 === "shape"))){
const err24 = {instancePath:instancePath+"/outputs/" + i2,schemaPath:"#/$defs/tensorSpec/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema237,data:data8};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data8.name !== undefined){
let data9 = data8.name;
if(typeof data9 === "string"){
if(func1(data9) < 1){
const err25 = {instancePath:instancePath+"/outputs/" + i2+"/name",schemaPath:"#/$defs/tensorSpec/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema237.properties.name,data:data9};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/outputs/" + i2+"/name",schemaPath:"#/$defs/tensorSpec/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema237.properties.name.type,parentSchema:schema237.properties.name,data:data9};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data8.dtype !== undefined){
let data10 = data8.dtype;
if(!(((((data10 === "int64") || (data10 === "int32")) || (data10 === "float32")) || (data10 === "float16")) || (data10 === "bool"))){
const err27 = {instancePath:instancePath+"/outputs/" + i2+"/dtype",schemaPath:"#/$defs/tensorSpec/properties/dtype/enum",keyword:"enum",params:{allowedValues: schema237.properties.dtype.enum},message:"must be equal to one of the allowed values",schema:schema237.properties.dtype.enum,parentSchema:schema237.properties.dtype,data:data10};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data8.shape !== undefined){
let data11 = data8.shape;
if(Array.isArray(data11)){
const len3 = data11.length;
for(let i3=0; i3<len3; i3++){
let data12 = data11[i3];
if((!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))) && (typeof data12 !== "string")){
const err28 = {instancePath:instancePath+"/outputs/" + i2+"/shape/" + i3,schemaPath:"#/$defs/tensorSpec/properties/shape/items/type",keyword:"type",params:{type: schema237.properties.shape.items.type},message:"must be integer,string",schema:schema237.properties.shape.items.type,parentSchema:schema237.properties.shape.items,data:data12};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 < 0 || isNaN(data12)){
const err29 = {instancePath:instancePath+"/outputs/" + i2+"/shape/" + i3,schemaPath:"#/$defs/tensorSpec/properties/shape/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema237.properties.shape.items,data:data12};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(typeof data12 === "string"){
if(func1(data12) < 1){
const err30 = {instancePath:instancePath+"/outputs/" + i2+"/shape/" + i3,schemaPath:"#/$defs/tensorSpec/properties/shape/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema237.properties.shape.items,data:data12};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
}
else {
const err31 = {instancePath:instancePath+"/outputs/" + i2+"/shape",schemaPath:"#/$defs/tensorSpec/properties/shape/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema237.properties.shape.type,parentSchema:schema237.properties.shape,data:data11};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
else {
const err32 = {instancePath:instancePath+"/outputs/" + i2,schemaPath:"#/$defs/tensorSpec/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema237.type,parentSchema:schema237,data:data8};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
else {
const err33 = {instancePath:instancePath+"/outputs",schemaPath:"#/properties/outputs/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema236.properties.outputs.type,parentSchema:schema236.properties.outputs,data:data7};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
else {
const err34 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema236.type,parentSchema:schema236,data};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
validate94.errors = vErrors;
return errors === 0;
}
validate94.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema241 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://mlpack.dev/schemas/mlpack-golden.schema.json","title":"mlpack golden (recorded inputs and expected outputs)","description":"What `mlpack verify --golden` reads natively: named input tensors and the output tensors a correct model produces for them, each with a dtype, dims and its values flattened in row-major order, plus optional tolerances. That data holds exactly the product of dims values is checked by mlpack in code.","$comment":"x-expected (a noun phrase: what a valid value is) and x-condition (when a conditional rule applies) are annotations mlpack uses to word its error messages; validators that do not know them ignore them.","type":"object","required":["format","version","inputs","outputs"],"additionalProperties":false,"properties":{"format":{"description":"Always \"mlpack-golden\".","const":"mlpack-golden"},"version":{"description":"Format version, 1.","const":1},"source":{"description":"Where the expected outputs come from, e.g. \"transformers 4.46.3\".","type":"string"},"inputs":{"description":"Model inputs by name.","type":"object","minProperties":1,"propertyNames":{"$ref":"#/$defs/tensorName"},"additionalProperties":{"$ref":"#/$defs/inputTensor"}},"outputs":{"description":"Expected model outputs by name (at least one, unless `generation` records what is expected).","type":"object","propertyNames":{"$ref":"#/$defs/tensorName"},"additionalProperties":{"$ref":"#/$defs/outputTensor"}},"generation":{"description":"Decoder LMs: greedy decoding from the inputs (a left-padded prompt; empty past) with the model's KV cache. The logits at the prompt's last position, the tokens picked at each step, and each pick's margin over the runner-up (a step whose margin is within the tolerance is a tie either pick may win).","type":"object","required":["max_new_tokens","last_logits","tokens","margins"],"additionalProperties":false,"properties":{"max_new_tokens":{"type":"integer","minimum":1},"last_logits":{"description":"[batch, vocab]: the first step's logits at the last position.","$ref":"#/$defs/outputTensor"},"tokens":{"description":"[batch][max_new_tokens] token ids.","type":"array","items":{"type":"array","items":{"type":"integer","minimum":0}}},"margins":{"description":"[batch][max_new_tokens]: best logit − second best, at each pick.","type":"array","items":{"type":"array","items":{"type":"number","minimum":0}}}}},"atol":{"description":"Absolute tolerance for comparing outputs.","type":"number","minimum":0},"rtol":{"description":"Relative tolerance for comparing outputs.","type":"number","minimum":0}},"if":{"properties":{"generation":true},"required":["generation"]},"then":true,"else":{"x-condition":"without generation","properties":{"outputs":{"type":"object","minProperties":1}}},"$defs":{"tensorName":{"type":"string","minLength":1,"x-expected":"a non-empty tensor name"},"dims":{"description":"Tensor shape.","type":"array","items":{"type":"integer","minimum":0}},"inputTensor":{"description":"An input tensor; integer dtypes hold integers that a JSON number represents exactly.","type":"object","required":["dtype","dims","data"],"additionalProperties":false,"properties":{"dtype":{"enum":["int64","int32","float32"]},"dims":{"$ref":"#/$defs/dims"},"data":{"description":"Values in row-major order.","type":"array","items":{"type":"number"}}},"allOf":[{"if":{"properties":{"dtype":{"const":"int64"}},"required":["dtype"]},"then":{"properties":{"data":{"type":"array","items":{"type":"integer","minimum":-9007199254740991,"maximum":9007199254740991,"x-expected":"an integer JSON numbers hold exactly (|x| < 2^53)"}}}}},{"if":{"properties":{"dtype":{"const":"int32"}},"required":["dtype"]},"then":{"properties":{"data":{"type":"array","items":{"type":"integer","minimum":-2147483648,"maximum":2147483647,"x-expected":"a 32-bit integer"}}}}}]},"outputTensor":{"description":"An expected output tensor.","type":"object","required":["dtype","dims","data"],"additionalProperties":false,"properties":{"dtype":{"const":"float32"},"dims":{"$ref":"#/$defs/dims"},"data":{"description":"Values in row-major order.","type":"array","items":{"type":"number"}}}}}};
const schema242 = {"type":"string","minLength":1,"x-expected":"a non-empty tensor name"};
const schema243 = {"description":"An input tensor; integer dtypes hold integers that a JSON number represents exactly.","type":"object","required":["dtype","dims","data"],"additionalProperties":false,"properties":{"dtype":{"enum":["int64","int32","float32"]},"dims":{"$ref":"#/$defs/dims"},"data":{"description":"Values in row-major order.","type":"array","items":{"type":"number"}}},"allOf":[{"if":{"properties":{"dtype":{"const":"int64"}},"required":["dtype"]},"then":{"properties":{"data":{"type":"array","items":{"type":"integer","minimum":-9007199254740991,"maximum":9007199254740991,"x-expected":"an integer JSON numbers hold exactly (|x| < 2^53)"}}}}},{"if":{"properties":{"dtype":{"const":"int32"}},"required":["dtype"]},"then":{"properties":{"data":{"type":"array","items":{"type":"integer","minimum":-2147483648,"maximum":2147483647,"x-expected":"a 32-bit integer"}}}}}]};
const schema244 = {"description":"Tensor shape.","type":"array","items":{"type":"integer","minimum":0}};

function validate98(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate98.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs2 = errors;
let valid1 = true;
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.dtype === undefined) && (missing0 = "dtype")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data.dtype !== undefined){
if("int64" !== data.dtype){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
}
var _valid0 = _errs3 === errors;
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs5 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.data !== undefined){
let data1 = data.data;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err2 = {instancePath:instancePath+"/data/" + i0,schemaPath:"#/allOf/0/then/properties/data/items/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema243.allOf[0].then.properties.data.items.type,parentSchema:schema243.allOf[0].then.properties.data.items,data:data2};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 9007199254740991 || isNaN(data2)){
const err3 = {instancePath:instancePath+"/data/" + i0,schemaPath:"#/allOf/0/then/properties/data/items/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema243.allOf[0].then.properties.data.items,data:data2};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data2 < -9007199254740991 || isNaN(data2)){
const err4 = {instancePath:instancePath+"/data/" + i0,schemaPath:"#/allOf/0/then/properties/data/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: -9007199254740991},message:"must be >= -9007199254740991",schema:-9007199254740991,parentSchema:schema243.allOf[0].then.properties.data.items,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
}
else {
const err5 = {instancePath:instancePath+"/data",schemaPath:"#/allOf/0/then/properties/data/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema243.allOf[0].then.properties.data.type,parentSchema:schema243.allOf[0].then.properties.data,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
var _valid0 = _errs5 === errors;
valid1 = _valid0;
if(valid1){
var props0 = {};
props0.data = true;
props0.dtype = true;
}
}
if(!valid1){
const err6 = {instancePath,schemaPath:"#/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema243.allOf[0].if,parentSchema:schema243.allOf[0],data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
const _errs12 = errors;
let valid6 = true;
const _errs13 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((data.dtype === undefined) && (missing1 = "dtype")){
const err7 = {};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
else {
if(data.dtype !== undefined){
if("int32" !== data.dtype){
const err8 = {};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
}
var _valid1 = _errs13 === errors;
errors = _errs12;
if(vErrors !== null){
if(_errs12){
vErrors.length = _errs12;
}
else {
vErrors = null;
}
}
if(_valid1){
const _errs15 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.data !== undefined){
let data4 = data.data;
if(Array.isArray(data4)){
const len1 = data4.length;
for(let i1=0; i1<len1; i1++){
let data5 = data4[i1];
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err9 = {instancePath:instancePath+"/data/" + i1,schemaPath:"#/allOf/1/then/properties/data/items/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema243.allOf[1].then.properties.data.items.type,parentSchema:schema243.allOf[1].then.properties.data.items,data:data5};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 > 2147483647 || isNaN(data5)){
const err10 = {instancePath:instancePath+"/data/" + i1,schemaPath:"#/allOf/1/then/properties/data/items/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647},message:"must be <= 2147483647",schema:2147483647,parentSchema:schema243.allOf[1].then.properties.data.items,data:data5};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data5 < -2147483648 || isNaN(data5)){
const err11 = {instancePath:instancePath+"/data/" + i1,schemaPath:"#/allOf/1/then/properties/data/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: -2147483648},message:"must be >= -2147483648",schema:-2147483648,parentSchema:schema243.allOf[1].then.properties.data.items,data:data5};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
}
else {
const err12 = {instancePath:instancePath+"/data",schemaPath:"#/allOf/1/then/properties/data/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema243.allOf[1].then.properties.data.type,parentSchema:schema243.allOf[1].then.properties.data,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
var _valid1 = _errs15 === errors;
valid6 = _valid1;
if(valid6){
var props1 = {};
props1.data = true;
props1.dtype = true;
}
}
if(!valid6){
const err13 = {instancePath,schemaPath:"#/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema243.allOf[1].if,parentSchema:schema243.allOf[1],data};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(props0 !== true && props1 !== undefined){
if(props1 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props1);
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.dtype === undefined){
const err14 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "dtype"},message:"must have required property '"+"dtype"+"'",schema:schema243.required,parentSchema:schema243,data};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data.dims === undefined){
const err15 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "dims"},message:"must have required property '"+"dims"+"'",schema:schema243.required,parentSchema:schema243,data};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data.data === undefined){
const err16 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "data"},message:"must have required property '"+"data"+"'",schema:schema243.required,parentSchema:schema243,data};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "dtype") || (key0 === "dims")) || (key0 === "data"))){
const err17 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema243,data};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.dtype !== undefined){
let data6 = data.dtype;
if(!(((data6 === "int64") || (data6 === "int32")) || (data6 === "float32"))){
const err18 = {instancePath:instancePath+"/dtype",schemaPath:"#/properties/dtype/enum",keyword:"enum",params:{allowedValues: schema243.properties.dtype.enum},message:"must be equal to one of the allowed values",schema:schema243.properties.dtype.enum,parentSchema:schema243.properties.dtype,data:data6};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.dims !== undefined){
let data7 = data.dims;
if(Array.isArray(data7)){
const len2 = data7.length;
for(let i2=0; i2<len2; i2++){
let data8 = data7[i2];
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err19 = {instancePath:instancePath+"/dims/" + i2,schemaPath:"#/$defs/dims/items/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema244.items.type,parentSchema:schema244.items,data:data8};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 < 0 || isNaN(data8)){
const err20 = {instancePath:instancePath+"/dims/" + i2,schemaPath:"#/$defs/dims/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema244.items,data:data8};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
}
else {
const err21 = {instancePath:instancePath+"/dims",schemaPath:"#/$defs/dims/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema244.type,parentSchema:schema244,data:data7};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.data !== undefined){
let data9 = data.data;
if(Array.isArray(data9)){
const len3 = data9.length;
for(let i3=0; i3<len3; i3++){
let data10 = data9[i3];
if(!((typeof data10 == "number") && (isFinite(data10)))){
const err22 = {instancePath:instancePath+"/data/" + i3,schemaPath:"#/properties/data/items/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema243.properties.data.items.type,parentSchema:schema243.properties.data.items,data:data10};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
else {
const err23 = {instancePath:instancePath+"/data",schemaPath:"#/properties/data/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema243.properties.data.type,parentSchema:schema243.properties.data,data:data9};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
else {
const err24 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema243.type,parentSchema:schema243,data};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
validate98.errors = vErrors;
return errors === 0;
}
validate98.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema246 = {"description":"An expected output tensor.","type":"object","required":["dtype","dims","data"],"additionalProperties":false,"properties":{"dtype":{"const":"float32"},"dims":{"$ref":"#/$defs/dims"},"data":{"description":"Values in row-major order.","type":"array","items":{"type":"number"}}}};

function validate100(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate100.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.dtype === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "dtype"},message:"must have required property '"+"dtype"+"'",schema:schema246.required,parentSchema:schema246,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.dims === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "dims"},message:"must have required property '"+"dims"+"'",schema:schema246.required,parentSchema:schema246,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.data === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "data"},message:"must have required property '"+"data"+"'",schema:schema246.required,parentSchema:schema246,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "dtype") || (key0 === "dims")) || (key0 === "data"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema246,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.dtype !== undefined){
let data0 = data.dtype;
if("float32" !== data0){
const err4 = {instancePath:instancePath+"/dtype",schemaPath:"#/properties/dtype/const",keyword:"const",params:{allowedValue: "float32"},message:"must be equal to constant",schema:"float32",parentSchema:schema246.properties.dtype,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.dims !== undefined){
let data1 = data.dims;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err5 = {instancePath:instancePath+"/dims/" + i0,schemaPath:"#/$defs/dims/items/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema244.items.type,parentSchema:schema244.items,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 0 || isNaN(data2)){
const err6 = {instancePath:instancePath+"/dims/" + i0,schemaPath:"#/$defs/dims/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema244.items,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
}
else {
const err7 = {instancePath:instancePath+"/dims",schemaPath:"#/$defs/dims/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema244.type,parentSchema:schema244,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.data !== undefined){
let data3 = data.data;
if(Array.isArray(data3)){
const len1 = data3.length;
for(let i1=0; i1<len1; i1++){
let data4 = data3[i1];
if(!((typeof data4 == "number") && (isFinite(data4)))){
const err8 = {instancePath:instancePath+"/data/" + i1,schemaPath:"#/properties/data/items/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema246.properties.data.items.type,parentSchema:schema246.properties.data.items,data:data4};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/data",schemaPath:"#/properties/data/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema246.properties.data.type,parentSchema:schema246.properties.data,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema246.type,parentSchema:schema246,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate100.errors = vErrors;
return errors === 0;
}
validate100.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate97(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://mlpack.dev/schemas/mlpack-golden.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate97.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs2 = errors;
let valid0 = true;
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.generation === undefined) && (missing0 = "generation")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
var _valid0 = _errs3 === errors;
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
if(!_valid0){
const _errs4 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.outputs !== undefined){
let data0 = data.outputs;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(Object.keys(data0).length < 1){
const err1 = {instancePath:instancePath+"/outputs",schemaPath:"#/else/properties/outputs/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema241.else.properties.outputs,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/outputs",schemaPath:"#/else/properties/outputs/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema241.else.properties.outputs.type,parentSchema:schema241.else.properties.outputs,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
var _valid0 = _errs4 === errors;
valid0 = _valid0;
if(valid0){
var props0 = {};
props0.outputs = true;
props0.generation = true;
}
}
if(!valid0){
const err3 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: "else"},message:"must match \"else\" schema",schema:schema241.if,parentSchema:schema241,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.format === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "format"},message:"must have required property '"+"format"+"'",schema:schema241.required,parentSchema:schema241,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.version === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'",schema:schema241.required,parentSchema:schema241,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.inputs === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "inputs"},message:"must have required property '"+"inputs"+"'",schema:schema241.required,parentSchema:schema241,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.outputs === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "outputs"},message:"must have required property '"+"outputs"+"'",schema:schema241.required,parentSchema:schema241,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
for(const key0 in data){
if(!((((((((key0 === "format") || (key0 === "version")) || (key0 === "source")) || (key0 === "inputs")) || (key0 === "outputs")) || (key0 === "generation")) || (key0 === "atol")) || (key0 === "rtol"))){
const err8 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema241,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.format !== undefined){
let data1 = data.format;
if("mlpack-golden" !== data1){
const err9 = {instancePath:instancePath+"/format",schemaPath:"#/properties/format/const",keyword:"const",params:{allowedValue: "mlpack-golden"},message:"must be equal to constant",schema:"mlpack-golden",parentSchema:schema241.properties.format,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.version !== undefined){
let data2 = data.version;
if(1 !== data2){
const err10 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant",schema:1,parentSchema:schema241.properties.version,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.source !== undefined){
let data3 = data.source;
if(typeof data3 !== "string"){
const err11 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema241.properties.source.type,parentSchema:schema241.properties.source,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.inputs !== undefined){
let data4 = data.inputs;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(Object.keys(data4).length < 1){
const err12 = {instancePath:instancePath+"/inputs",schemaPath:"#/properties/inputs/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema241.properties.inputs,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
for(const key1 in data4){
const _errs15 = errors;
if(typeof key1 === "string"){
if(func1(key1) < 1){
const err13 = {instancePath:instancePath+"/inputs",schemaPath:"#/$defs/tensorName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema242,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/inputs",schemaPath:"#/$defs/tensorName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema242.type,parentSchema:schema242,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var valid3 = _errs15 === errors;
if(!valid3){
const err15 = {instancePath:instancePath+"/inputs",schemaPath:"#/properties/inputs/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema241.properties.inputs.propertyNames,parentSchema:schema241.properties.inputs,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
for(const key2 in data4){
if(!(validate98(data4[key2], {instancePath:instancePath+"/inputs/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data4,parentDataProperty:key2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate98.errors : vErrors.concat(validate98.errors);
errors = vErrors.length;
}
}
}
else {
const err16 = {instancePath:instancePath+"/inputs",schemaPath:"#/properties/inputs/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema241.properties.inputs.type,parentSchema:schema241.properties.inputs,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.outputs !== undefined){
let data6 = data.outputs;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
for(const key3 in data6){
const _errs23 = errors;
if(typeof key3 === "string"){
if(func1(key3) < 1){
const err17 = {instancePath:instancePath+"/outputs",schemaPath:"#/$defs/tensorName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema242,data:key3,propertyName:key3};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/outputs",schemaPath:"#/$defs/tensorName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema242.type,parentSchema:schema242,data:key3,propertyName:key3};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
var valid6 = _errs23 === errors;
if(!valid6){
const err19 = {instancePath:instancePath+"/outputs",schemaPath:"#/properties/outputs/propertyNames",keyword:"propertyNames",params:{propertyName: key3},message:"property name must be valid",schema:schema241.properties.outputs.propertyNames,parentSchema:schema241.properties.outputs,data:data6};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
for(const key4 in data6){
if(!(validate100(data6[key4], {instancePath:instancePath+"/outputs/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data6,parentDataProperty:key4,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
}
}
else {
const err20 = {instancePath:instancePath+"/outputs",schemaPath:"#/properties/outputs/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema241.properties.outputs.type,parentSchema:schema241.properties.outputs,data:data6};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.generation !== undefined){
let data8 = data.generation;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.max_new_tokens === undefined){
const err21 = {instancePath:instancePath+"/generation",schemaPath:"#/properties/generation/required",keyword:"required",params:{missingProperty: "max_new_tokens"},message:"must have required property '"+"max_new_tokens"+"'",schema:schema241.properties.generation.required,parentSchema:schema241.properties.generation,data:data8};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data8.last_logits === undefined){
const err22 = {instancePath:instancePath+"/generation",schemaPath:"#/properties/generation/required",keyword:"required",params:{missingProperty: "last_logits"},message:"must have required property '"+"last_logits"+"'",schema:schema241.properties.generation.required,parentSchema:schema241.properties.generation,data:data8};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data8.tokens === undefined){
const err23 = {instancePath:instancePath+"/generation",schemaPath:"#/properties/generation/required",keyword:"required",params:{missingProperty: "tokens"},message:"must have required property '"+"tokens"+"'",schema:schema241.properties.generation.required,parentSchema:schema241.properties.generation,data:data8};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(data8.margins === undefined){
const err24 = {instancePath:instancePath+"/generation",schemaPath:"#/properties/generation/required",keyword:"required",params:{missingProperty: "margins"},message:"must have required property '"+"margins"+"'",schema:schema241.properties.generation.required,parentSchema:schema241.properties.generation,data:data8};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
for(const key5 in data8){
if(!((((key5 === "max_new_tokens") || (key5 === "last_logits")) || (key5 === "tokens")) || (key5 === "margins"))){
const err25 = {instancePath:instancePath+"/generation",schemaPath:"#/properties/generation/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema241.properties.generation,data:data8};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data8.max_new_tokens !== undefined){
let data9 = data8.max_new_tokens;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err26 = {instancePath:instancePath+"/generation/max_new_tokens",schemaPath:"#/properties/generation/properties/max_new_tokens/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema241.properties.generation.properties.max_new_tokens.type,parentSchema:schema241.properties.generation.properties.max_new_tokens,data:data9};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 < 1 || isNaN(data9)){
const err27 = {instancePath:instancePath+"/generation/max_new_tokens",schemaPath:"#/properties/generation/properties/max_new_tokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema241.properties.generation.properties.max_new_tokens,data:data9};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
if(data8.last_logits !== undefined){
if(!(validate100(data8.last_logits, {instancePath:instancePath+"/generation/last_logits",parentData:data8,parentDataProperty:"last_logits",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
}
if(data8.tokens !== undefined){
let data11 = data8.tokens;
if(Array.isArray(data11)){
const len0 = data11.length;
for(let i0=0; i0<len0; i0++){
let data12 = data11[i0];
if(Array.isArray(data12)){
const len1 = data12.length;
for(let i1=0; i1<len1; i1++){
let data13 = data12[i1];
if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){
const err28 = {instancePath:instancePath+"/generation/tokens/" + i0+"/" + i1,schemaPath:"#/properties/generation/properties/tokens/items/items/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema241.properties.generation.properties.tokens.items.items.type,parentSchema:schema241.properties.generation.properties.tokens.items.items,data:data13};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 < 0 || isNaN(data13)){
const err29 = {instancePath:instancePath+"/generation/tokens/" + i0+"/" + i1,schemaPath:"#/properties/generation/properties/tokens/items/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema241.properties.generation.properties.tokens.items.items,data:data13};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
}
else {
const err30 = {instancePath:instancePath+"/generation/tokens/" + i0,schemaPath:"#/properties/generation/properties/tokens/items/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema241.properties.generation.properties.tokens.items.type,parentSchema:schema241.properties.generation.properties.tokens.items,data:data12};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
else {
const err31 = {instancePath:instancePath+"/generation/tokens",schemaPath:"#/properties/generation/properties/tokens/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema241.properties.generation.properties.tokens.type,parentSchema:schema241.properties.generation.properties.tokens,data:data11};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data8.margins !== undefined){
let data14 = data8.margins;
if(Array.isArray(data14)){
const len2 = data14.length;
for(let i2=0; i2<len2; i2++){
let data15 = data14[i2];
if(Array.isArray(data15)){
const len3 = data15.length;
for(let i3=0; i3<len3; i3++){
let data16 = data15[i3];
if((typeof data16 == "number") && (isFinite(data16))){
if(data16 < 0 || isNaN(data16)){
const err32 = {instancePath:instancePath+"/generation/margins/" + i2+"/" + i3,schemaPath:"#/properties/generation/properties/margins/items/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema241.properties.generation.properties.margins.items.items,data:data16};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/generation/margins/" + i2+"/" + i3,schemaPath:"#/properties/generation/properties/margins/items/items/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema241.properties.generation.properties.margins.items.items.type,parentSchema:schema241.properties.generation.properties.margins.items.items,data:data16};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
else {
const err34 = {instancePath:instancePath+"/generation/margins/" + i2,schemaPath:"#/properties/generation/properties/margins/items/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema241.properties.generation.properties.margins.items.type,parentSchema:schema241.properties.generation.properties.margins.items,data:data15};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
else {
const err35 = {instancePath:instancePath+"/generation/margins",schemaPath:"#/properties/generation/properties/margins/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema241.properties.generation.properties.margins.type,parentSchema:schema241.properties.generation.properties.margins,data:data14};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
}
else {
const err36 = {instancePath:instancePath+"/generation",schemaPath:"#/properties/generation/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema241.properties.generation.type,parentSchema:schema241.properties.generation,data:data8};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data.atol !== undefined){
let data17 = data.atol;
if((typeof data17 == "number") && (isFinite(data17))){
if(data17 < 0 || isNaN(data17)){
const err37 = {instancePath:instancePath+"/atol",schemaPath:"#/properties/atol/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema241.properties.atol,data:data17};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
else {
const err38 = {instancePath:instancePath+"/atol",schemaPath:"#/properties/atol/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema241.properties.atol.type,parentSchema:schema241.properties.atol,data:data17};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data.rtol !== undefined){
let data18 = data.rtol;
if((typeof data18 == "number") && (isFinite(data18))){
if(data18 < 0 || isNaN(data18)){
const err39 = {instancePath:instancePath+"/rtol",schemaPath:"#/properties/rtol/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema241.properties.rtol,data:data18};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
else {
const err40 = {instancePath:instancePath+"/rtol",schemaPath:"#/properties/rtol/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema241.properties.rtol.type,parentSchema:schema241.properties.rtol,data:data18};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
else {
const err41 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema241.type,parentSchema:schema241,data};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
validate97.errors = vErrors;
return errors === 0;
}
validate97.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate89(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://mlpack.dev/schemas/mlpack-manifest.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate89.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs3 = errors;
let valid1 = true;
const _errs4 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.kind === undefined) && (missing0 = "kind")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data.kind !== undefined){
if("bundle" !== data.kind){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
}
var _valid0 = _errs4 === errors;
errors = _errs3;
if(vErrors !== null){
if(_errs3){
vErrors.length = _errs3;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs6 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err2 = {instancePath,schemaPath:"#/allOf/0/then/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema224.allOf[0].then.required,parentSchema:schema224.allOf[0].then,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.version === undefined){
const err3 = {instancePath,schemaPath:"#/allOf/0/then/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'",schema:schema224.allOf[0].then.required,parentSchema:schema224.allOf[0].then,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.layout === undefined){
const err4 = {instancePath,schemaPath:"#/allOf/0/then/required",keyword:"required",params:{missingProperty: "layout"},message:"must have required property '"+"layout"+"'",schema:schema224.allOf[0].then.required,parentSchema:schema224.allOf[0].then,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.io_schema === undefined){
const err5 = {instancePath,schemaPath:"#/allOf/0/then/required",keyword:"required",params:{missingProperty: "io_schema"},message:"must have required property '"+"io_schema"+"'",schema:schema224.allOf[0].then.required,parentSchema:schema224.allOf[0].then,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.goldens === undefined){
const err6 = {instancePath,schemaPath:"#/allOf/0/then/required",keyword:"required",params:{missingProperty: "goldens"},message:"must have required property '"+"goldens"+"'",schema:schema224.allOf[0].then.required,parentSchema:schema224.allOf[0].then,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
var _valid0 = _errs6 === errors;
valid1 = _valid0;
if(valid1){
var props0 = {};
props0.name = true;
props0.version = true;
props0.layout = true;
props0.io_schema = true;
props0.goldens = true;
props0.kind = true;
}
}
if(!valid1){
const err7 = {instancePath,schemaPath:"#/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema224.allOf[0].if,parentSchema:schema224.allOf[0],data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
const _errs9 = errors;
let valid3 = true;
const _errs10 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((data.kind === undefined) && (missing1 = "kind")){
const err8 = {};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
else {
if(data.kind !== undefined){
if("conversion" !== data.kind){
const err9 = {};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
}
var _valid1 = _errs10 === errors;
errors = _errs9;
if(vErrors !== null){
if(_errs9){
vErrors.length = _errs9;
}
else {
vErrors = null;
}
}
if(_valid1){
const _errs12 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name !== undefined){
const err10 = {instancePath:instancePath+"/name",schemaPath:"#/allOf/1/then/properties/name/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema224.allOf[1].then.properties.name.not,parentSchema:schema224.allOf[1].then.properties.name,data:data.name};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data.version !== undefined){
const err11 = {instancePath:instancePath+"/version",schemaPath:"#/allOf/1/then/properties/version/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema224.allOf[1].then.properties.version.not,parentSchema:schema224.allOf[1].then.properties.version,data:data.version};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
var _valid1 = _errs12 === errors;
valid3 = _valid1;
if(valid3){
var props1 = {};
props1.name = true;
props1.version = true;
props1.kind = true;
}
}
if(!valid3){
const err12 = {instancePath,schemaPath:"#/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema224.allOf[1].if,parentSchema:schema224.allOf[1],data};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(props0 !== true && props1 !== undefined){
if(props1 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props1);
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.manifest_version === undefined){
const err13 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "manifest_version"},message:"must have required property '"+"manifest_version"+"'",schema:schema224.required,parentSchema:schema224,data};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data.kind === undefined){
const err14 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema224.required,parentSchema:schema224,data};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data.tool === undefined){
const err15 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "tool"},message:"must have required property '"+"tool"+"'",schema:schema224.required,parentSchema:schema224,data};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data.source === undefined){
const err16 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "source"},message:"must have required property '"+"source"+"'",schema:schema224.required,parentSchema:schema224,data};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data.task === undefined){
const err17 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "task"},message:"must have required property '"+"task"+"'",schema:schema224.required,parentSchema:schema224,data};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data.options === undefined){
const err18 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "options"},message:"must have required property '"+"options"+"'",schema:schema224.required,parentSchema:schema224,data};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data.targets === undefined){
const err19 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "targets"},message:"must have required property '"+"targets"+"'",schema:schema224.required,parentSchema:schema224,data};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data.signature === undefined){
const err20 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "signature"},message:"must have required property '"+"signature"+"'",schema:schema224.required,parentSchema:schema224,data};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data.files === undefined){
const err21 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "files"},message:"must have required property '"+"files"+"'",schema:schema224.required,parentSchema:schema224,data};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
for(const key0 in data){
if(!(func13.call(schema224.properties, key0))){
const err22 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema224,data};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.manifest_version !== undefined){
let data4 = data.manifest_version;
if(1 !== data4){
const err23 = {instancePath:instancePath+"/manifest_version",schemaPath:"#/properties/manifest_version/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant",schema:1,parentSchema:schema224.properties.manifest_version,data:data4};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.kind !== undefined){
let data5 = data.kind;
if(!((data5 === "conversion") || (data5 === "bundle"))){
const err24 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/enum",keyword:"enum",params:{allowedValues: schema224.properties.kind.enum},message:"must be equal to one of the allowed values",schema:schema224.properties.kind.enum,parentSchema:schema224.properties.kind,data:data5};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.tool !== undefined){
let data6 = data.tool;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.name === undefined){
const err25 = {instancePath:instancePath+"/tool",schemaPath:"#/properties/tool/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema224.properties.tool.required,parentSchema:schema224.properties.tool,data:data6};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(data6.version === undefined){
const err26 = {instancePath:instancePath+"/tool",schemaPath:"#/properties/tool/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'",schema:schema224.properties.tool.required,parentSchema:schema224.properties.tool,data:data6};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
for(const key1 in data6){
if(!((key1 === "name") || (key1 === "version"))){
const err27 = {instancePath:instancePath+"/tool",schemaPath:"#/properties/tool/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema224.properties.tool,data:data6};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data6.name !== undefined){
let data7 = data6.name;
if("mlpack" !== data7){
const err28 = {instancePath:instancePath+"/tool/name",schemaPath:"#/properties/tool/properties/name/const",keyword:"const",params:{allowedValue: "mlpack"},message:"must be equal to constant",schema:"mlpack",parentSchema:schema224.properties.tool.properties.name,data:data7};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data6.version !== undefined){
let data8 = data6.version;
if(typeof data8 === "string"){
if(!pattern11.test(data8)){
const err29 = {instancePath:instancePath+"/tool/version",schemaPath:"#/$defs/semver/pattern",keyword:"pattern",params:{pattern: "^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)(-[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?(\\+[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?$"},message:"must match pattern \""+"^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)(-[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?(\\+[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?$"+"\"",schema:"^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)(-[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?(\\+[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?$",parentSchema:schema225,data:data8};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
else {
const err30 = {instancePath:instancePath+"/tool/version",schemaPath:"#/$defs/semver/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema225.type,parentSchema:schema225,data:data8};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
else {
const err31 = {instancePath:instancePath+"/tool",schemaPath:"#/properties/tool/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema224.properties.tool.type,parentSchema:schema224.properties.tool,data:data6};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.name !== undefined){
let data9 = data.name;
if(typeof data9 === "string"){
if(func1(data9) > 214){
const err32 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 214},message:"must NOT have more than 214 characters",schema:214,parentSchema:schema224.properties.name,data:data9};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(!pattern12.test(data9)){
const err33 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9._-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9._-]*$"+"\"",schema:"^[a-z0-9][a-z0-9._-]*$",parentSchema:schema224.properties.name,data:data9};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
else {
const err34 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema224.properties.name.type,parentSchema:schema224.properties.name,data:data9};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.version !== undefined){
let data10 = data.version;
if(typeof data10 === "string"){
if(!pattern11.test(data10)){
const err35 = {instancePath:instancePath+"/version",schemaPath:"#/$defs/semver/pattern",keyword:"pattern",params:{pattern: "^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)(-[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?(\\+[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?$"},message:"must match pattern \""+"^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)(-[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?(\\+[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?$"+"\"",schema:"^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)(-[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?(\\+[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?$",parentSchema:schema225,data:data10};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
else {
const err36 = {instancePath:instancePath+"/version",schemaPath:"#/$defs/semver/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema225.type,parentSchema:schema225,data:data10};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data.source !== undefined){
let data11 = data.source;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if(data11.model_type === undefined){
const err37 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/required",keyword:"required",params:{missingProperty: "model_type"},message:"must have required property '"+"model_type"+"'",schema:schema224.properties.source.required,parentSchema:schema224.properties.source,data:data11};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(data11.architecture === undefined){
const err38 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/required",keyword:"required",params:{missingProperty: "architecture"},message:"must have required property '"+"architecture"+"'",schema:schema224.properties.source.required,parentSchema:schema224.properties.source,data:data11};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(data11.task === undefined){
const err39 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/required",keyword:"required",params:{missingProperty: "task"},message:"must have required property '"+"task"+"'",schema:schema224.properties.source.required,parentSchema:schema224.properties.source,data:data11};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(data11.files === undefined){
const err40 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/required",keyword:"required",params:{missingProperty: "files"},message:"must have required property '"+"files"+"'",schema:schema224.properties.source.required,parentSchema:schema224.properties.source,data:data11};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
for(const key2 in data11){
if(!(((((key2 === "model_type") || (key2 === "architecture")) || (key2 === "task")) || (key2 === "transformers_version")) || (key2 === "files"))){
const err41 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema224.properties.source,data:data11};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data11.model_type !== undefined){
let data12 = data11.model_type;
if(typeof data12 === "string"){
if(func1(data12) < 1){
const err42 = {instancePath:instancePath+"/source/model_type",schemaPath:"#/properties/source/properties/model_type/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema224.properties.source.properties.model_type,data:data12};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
else {
const err43 = {instancePath:instancePath+"/source/model_type",schemaPath:"#/properties/source/properties/model_type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema224.properties.source.properties.model_type.type,parentSchema:schema224.properties.source.properties.model_type,data:data12};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data11.architecture !== undefined){
let data13 = data11.architecture;
if(typeof data13 === "string"){
if(func1(data13) < 1){
const err44 = {instancePath:instancePath+"/source/architecture",schemaPath:"#/properties/source/properties/architecture/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema224.properties.source.properties.architecture,data:data13};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
else {
const err45 = {instancePath:instancePath+"/source/architecture",schemaPath:"#/properties/source/properties/architecture/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema224.properties.source.properties.architecture.type,parentSchema:schema224.properties.source.properties.architecture,data:data13};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data11.task !== undefined){
let data14 = data11.task;
if(typeof data14 === "string"){
if(func1(data14) < 1){
const err46 = {instancePath:instancePath+"/source/task",schemaPath:"#/properties/source/properties/task/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema224.properties.source.properties.task,data:data14};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
else {
const err47 = {instancePath:instancePath+"/source/task",schemaPath:"#/properties/source/properties/task/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema224.properties.source.properties.task.type,parentSchema:schema224.properties.source.properties.task,data:data14};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data11.transformers_version !== undefined){
let data15 = data11.transformers_version;
if(typeof data15 !== "string"){
const err48 = {instancePath:instancePath+"/source/transformers_version",schemaPath:"#/properties/source/properties/transformers_version/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema224.properties.source.properties.transformers_version.type,parentSchema:schema224.properties.source.properties.transformers_version,data:data15};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data11.files !== undefined){
let data16 = data11.files;
if(Array.isArray(data16)){
const len0 = data16.length;
for(let i0=0; i0<len0; i0++){
if(!(validate90(data16[i0], {instancePath:instancePath+"/source/files/" + i0,parentData:data16,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate90.errors : vErrors.concat(validate90.errors);
errors = vErrors.length;
}
}
}
else {
const err49 = {instancePath:instancePath+"/source/files",schemaPath:"#/properties/source/properties/files/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema224.properties.source.properties.files.type,parentSchema:schema224.properties.source.properties.files,data:data16};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
}
else {
const err50 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema224.properties.source.type,parentSchema:schema224.properties.source,data:data11};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data.task !== undefined){
let data18 = data.task;
if(typeof data18 === "string"){
if(func1(data18) < 1){
const err51 = {instancePath:instancePath+"/task",schemaPath:"#/properties/task/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema224.properties.task,data:data18};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
else {
const err52 = {instancePath:instancePath+"/task",schemaPath:"#/properties/task/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema224.properties.task.type,parentSchema:schema224.properties.task,data:data18};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data.options !== undefined){
let data19 = data.options;
if(!(data19 && typeof data19 == "object" && !Array.isArray(data19))){
const err53 = {instancePath:instancePath+"/options",schemaPath:"#/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema224.properties.options.type,parentSchema:schema224.properties.options,data:data19};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data.targets !== undefined){
let data20 = data.targets;
if(Array.isArray(data20)){
if(data20.length < 1){
const err54 = {instancePath:instancePath+"/targets",schemaPath:"#/properties/targets/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema224.properties.targets,data:data20};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
const len1 = data20.length;
for(let i1=0; i1<len1; i1++){
if(!(validate92(data20[i1], {instancePath:instancePath+"/targets/" + i1,parentData:data20,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate92.errors : vErrors.concat(validate92.errors);
errors = vErrors.length;
}
}
}
else {
const err55 = {instancePath:instancePath+"/targets",schemaPath:"#/properties/targets/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema224.properties.targets.type,parentSchema:schema224.properties.targets,data:data20};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data.graphs !== undefined){
let data22 = data.graphs;
if(Array.isArray(data22)){
if(data22.length < 1){
const err56 = {instancePath:instancePath+"/graphs",schemaPath:"#/properties/graphs/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema224.properties.graphs,data:data22};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
const len2 = data22.length;
for(let i2=0; i2<len2; i2++){
if(!(validate94(data22[i2], {instancePath:instancePath+"/graphs/" + i2,parentData:data22,parentDataProperty:i2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate94.errors : vErrors.concat(validate94.errors);
errors = vErrors.length;
}
}
}
else {
const err57 = {instancePath:instancePath+"/graphs",schemaPath:"#/properties/graphs/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema224.properties.graphs.type,parentSchema:schema224.properties.graphs,data:data22};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data.signature !== undefined){
let data24 = data.signature;
if(data24 && typeof data24 == "object" && !Array.isArray(data24)){
if(data24.inputs === undefined){
const err58 = {instancePath:instancePath+"/signature",schemaPath:"#/properties/signature/required",keyword:"required",params:{missingProperty: "inputs"},message:"must have required property '"+"inputs"+"'",schema:schema224.properties.signature.required,parentSchema:schema224.properties.signature,data:data24};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
if(data24.outputs === undefined){
const err59 = {instancePath:instancePath+"/signature",schemaPath:"#/properties/signature/required",keyword:"required",params:{missingProperty: "outputs"},message:"must have required property '"+"outputs"+"'",schema:schema224.properties.signature.required,parentSchema:schema224.properties.signature,data:data24};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
for(const key3 in data24){
if(!((key3 === "inputs") || (key3 === "outputs"))){
const err60 = {instancePath:instancePath+"/signature",schemaPath:"#/properties/signature/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema224.properties.signature,data:data24};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
if(data24.inputs !== undefined){
let data25 = data24.inputs;
if(Array.isArray(data25)){
if(data25.length < 1){
const err61 = {instancePath:instancePath+"/signature/inputs",schemaPath:"#/properties/signature/properties/inputs/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema224.properties.signature.properties.inputs,data:data25};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
const len3 = data25.length;
for(let i3=0; i3<len3; i3++){
let data26 = data25[i3];
if(data26 && typeof data26 == "object" && !Array.isArray(data26)){
if(data26.name === undefined){
const err62 = {instancePath:instancePath+"/signature/inputs/" + i3,schemaPath:"#/$defs/tensorSpec/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema237.required,parentSchema:schema237,data:data26};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
if(data26.dtype === undefined){
const err63 = {instancePath:instancePath+"/signature/inputs/" + i3,schemaPath:"#/$defs/tensorSpec/required",keyword:"required",params:{missingProperty: "dtype"},message:"must have required property '"+"dtype"+"'",schema:schema237.required,parentSchema:schema237,data:data26};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
if(data26.shape === undefined){
const err64 = {instancePath:instancePath+"/signature/inputs/" + i3,schemaPath:"#/$defs/tensorSpec/required",keyword:"required",params:{missingProperty: "shape"},message:"must have required property '"+"shape"+"'",schema:schema237.required,parentSchema:schema237,data:data26};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
for(const key4 in data26){
if(!(((key4 === "name") || (key4 === "dtype")) || (key4 === "shape"))){
const err65 = {instancePath:instancePath+"/signature/inputs/" + i3,schemaPath:"#/$defs/tensorSpec/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema237,data:data26};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
if(data26.name !== undefined){
let data27 = data26.name;
if(typeof data27 === "string"){
if(func1(data27) < 1){
const err66 = {instancePath:instancePath+"/signature/inputs/" + i3+"/name",schemaPath:"#/$defs/tensorSpec/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema237.properties.name,data:data27};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
else {
const err67 = {instancePath:instancePath+"/signature/inputs/" + i3+"/name",schemaPath:"#/$defs/tensorSpec/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema237.properties.name.type,parentSchema:schema237.properties.name,data:data27};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
if(data26.dtype !== undefined){
let data28 = data26.dtype;
if(!(((((data28 === "int64") || (data28 === "int32")) || (data28 === "float32")) || (data28 === "float16")) || (data28 === "bool"))){
const err68 = {instancePath:instancePath+"/signature/inputs/" + i3+"/dtype",schemaPath:"#/$defs/tensorSpec/properties/dtype/enum",keyword:"enum",params:{allowedValues: schema237.properties.dtype.enum},message:"must be equal to one of the allowed values",schema:schema237.properties.dtype.enum,parentSchema:schema237.properties.dtype,data:data28};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
if(data26.shape !== undefined){
let data29 = data26.shape;
if(Array.isArray(data29)){
const len4 = data29.length;
for(let i4=0; i4<len4; i4++){
let data30 = data29[i4];
if((!(((typeof data30 == "number") && (!(data30 % 1) && !isNaN(data30))) && (isFinite(data30)))) && (typeof data30 !== "string")){
const err69 = {instancePath:instancePath+"/signature/inputs/" + i3+"/shape/" + i4,schemaPath:"#/$defs/tensorSpec/properties/shape/items/type",keyword:"type",params:{type: schema237.properties.shape.items.type},message:"must be integer,string",schema:schema237.properties.shape.items.type,parentSchema:schema237.properties.shape.items,data:data30};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
if((typeof data30 == "number") && (isFinite(data30))){
if(data30 < 0 || isNaN(data30)){
const err70 = {instancePath:instancePath+"/signature/inputs/" + i3+"/shape/" + i4,schemaPath:"#/$defs/tensorSpec/properties/shape/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema237.properties.shape.items,data:data30};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
if(typeof data30 === "string"){
if(func1(data30) < 1){
const err71 = {instancePath:instancePath+"/signature/inputs/" + i3+"/shape/" + i4,schemaPath:"#/$defs/tensorSpec/properties/shape/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema237.properties.shape.items,data:data30};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
}
}
else {
const err72 = {instancePath:instancePath+"/signature/inputs/" + i3+"/shape",schemaPath:"#/$defs/tensorSpec/properties/shape/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema237.properties.shape.type,parentSchema:schema237.properties.shape,data:data29};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
}
else {
const err73 = {instancePath:instancePath+"/signature/inputs/" + i3,schemaPath:"#/$defs/tensorSpec/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema237.type,parentSchema:schema237,data:data26};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
}
else {
const err74 = {instancePath:instancePath+"/signature/inputs",schemaPath:"#/properties/signature/properties/inputs/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema224.properties.signature.properties.inputs.type,parentSchema:schema224.properties.signature.properties.inputs,data:data25};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
if(data24.outputs !== undefined){
let data31 = data24.outputs;
if(Array.isArray(data31)){
if(data31.length < 1){
const err75 = {instancePath:instancePath+"/signature/outputs",schemaPath:"#/properties/signature/properties/outputs/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema224.properties.signature.properties.outputs,data:data31};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
const len5 = data31.length;
for(let i5=0; i5<len5; i5++){
let data32 = data31[i5];
if(data32 && typeof data32 == "object" && !Array.isArray(data32)){
if(data32.name === undefined){
const err76 = {instancePath:instancePath+"/signature/outputs/" + i5,schemaPath:"#/$defs/tensorSpec/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema237.required,parentSchema:schema237,data:data32};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
if(data32.dtype === undefined){
const err77 = {instancePath:instancePath+"/signature/outputs/" + i5,schemaPath:"#/$defs/tensorSpec/required",keyword:"required",params:{missingProperty: "dtype"},message:"must have required property '"+"dtype"+"'",schema:schema237.required,parentSchema:schema237,data:data32};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
if(data32.shape === undefined){
const err78 = {instancePath:instancePath+"/signature/outputs/" + i5,schemaPath:"#/$defs/tensorSpec/required",keyword:"required",params:{missingProperty: "shape"},message:"must have required property '"+"shape"+"'",schema:schema237.required,parentSchema:schema237,data:data32};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
for(const key5 in data32){
if(!(((key5 === "name") || (key5 === "dtype")) || (key5 === "shape"))){
const err79 = {instancePath:instancePath+"/signature/outputs/" + i5,schemaPath:"#/$defs/tensorSpec/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema237,data:data32};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
if(data32.name !== undefined){
let data33 = data32.name;
if(typeof data33 === "string"){
if(func1(data33) < 1){
const err80 = {instancePath:instancePath+"/signature/outputs/" + i5+"/name",schemaPath:"#/$defs/tensorSpec/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema237.properties.name,data:data33};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
else {
const err81 = {instancePath:instancePath+"/signature/outputs/" + i5+"/name",schemaPath:"#/$defs/tensorSpec/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema237.properties.name.type,parentSchema:schema237.properties.name,data:data33};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
if(data32.dtype !== undefined){
let data34 = data32.dtype;
if(!(((((data34 === "int64") || (data34 === "int32")) || (data34 === "float32")) || (data34 === "float16")) || (data34 === "bool"))){
const err82 = {instancePath:instancePath+"/signature/outputs/" + i5+"/dtype",schemaPath:"#/$defs/tensorSpec/properties/dtype/enum",keyword:"enum",params:{allowedValues: schema237.properties.dtype.enum},message:"must be equal to one of the allowed values",schema:schema237.properties.dtype.enum,parentSchema:schema237.properties.dtype,data:data34};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
if(data32.shape !== undefined){
let data35 = data32.shape;
if(Array.isArray(data35)){
const len6 = data35.length;
for(let i6=0; i6<len6; i6++){
let data36 = data35[i6];
if((!(((typeof data36 == "number") && (!(data36 % 1) && !isNaN(data36))) && (isFinite(data36)))) && (typeof data36 !== "string")){
const err83 = {instancePath:instancePath+"/signature/outputs/" + i5+"/shape/" + i6,schemaPath:"#/$defs/tensorSpec/properties/shape/items/type",keyword:"type",params:{type: schema237.properties.shape.items.type},message:"must be integer,string",schema:schema237.properties.shape.items.type,parentSchema:schema237.properties.shape.items,data:data36};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
if((typeof data36 == "number") && (isFinite(data36))){
if(data36 < 0 || isNaN(data36)){
const err84 = {instancePath:instancePath+"/signature/outputs/" + i5+"/shape/" + i6,schemaPath:"#/$defs/tensorSpec/properties/shape/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema237.properties.shape.items,data:data36};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
if(typeof data36 === "string"){
if(func1(data36) < 1){
const err85 = {instancePath:instancePath+"/signature/outputs/" + i5+"/shape/" + i6,schemaPath:"#/$defs/tensorSpec/properties/shape/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema237.properties.shape.items,data:data36};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
}
}
else {
const err86 = {instancePath:instancePath+"/signature/outputs/" + i5+"/shape",schemaPath:"#/$defs/tensorSpec/properties/shape/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema237.properties.shape.type,parentSchema:schema237.properties.shape,data:data35};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
}
else {
const err87 = {instancePath:instancePath+"/signature/outputs/" + i5,schemaPath:"#/$defs/tensorSpec/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema237.type,parentSchema:schema237,data:data32};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
}
else {
const err88 = {instancePath:instancePath+"/signature/outputs",schemaPath:"#/properties/signature/properties/outputs/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema224.properties.signature.properties.outputs.type,parentSchema:schema224.properties.signature.properties.outputs,data:data31};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
}
else {
const err89 = {instancePath:instancePath+"/signature",schemaPath:"#/properties/signature/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema224.properties.signature.type,parentSchema:schema224.properties.signature,data:data24};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
if(data.labels !== undefined){
let data37 = data.labels;
if(data37 && typeof data37 == "object" && !Array.isArray(data37)){
for(const key6 in data37){
const _errs94 = errors;
if(typeof key6 === "string"){
if(!pattern4.test(key6)){
const err90 = {instancePath:instancePath+"/labels",schemaPath:"#/properties/labels/propertyNames/pattern",keyword:"pattern",params:{pattern: "^(0|[1-9][0-9]*)$"},message:"must match pattern \""+"^(0|[1-9][0-9]*)$"+"\"",schema:"^(0|[1-9][0-9]*)$",parentSchema:schema224.properties.labels.propertyNames,data:key6,propertyName:key6};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
else {
const err91 = {instancePath:instancePath+"/labels",schemaPath:"#/properties/labels/propertyNames/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema224.properties.labels.propertyNames.type,parentSchema:schema224.properties.labels.propertyNames,data:key6,propertyName:key6};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
var valid30 = _errs94 === errors;
if(!valid30){
const err92 = {instancePath:instancePath+"/labels",schemaPath:"#/properties/labels/propertyNames",keyword:"propertyNames",params:{propertyName: key6},message:"property name must be valid",schema:schema224.properties.labels.propertyNames,parentSchema:schema224.properties.labels,data:data37};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
for(const key7 in data37){
let data38 = data37[key7];
if(typeof data38 !== "string"){
const err93 = {instancePath:instancePath+"/labels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/labels/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema224.properties.labels.additionalProperties.type,parentSchema:schema224.properties.labels.additionalProperties,data:data38};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
}
else {
const err94 = {instancePath:instancePath+"/labels",schemaPath:"#/properties/labels/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema224.properties.labels.type,parentSchema:schema224.properties.labels,data:data37};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
if(data.generated !== undefined){
let data39 = data.generated;
if(Array.isArray(data39)){
if(data39.length < 1){
const err95 = {instancePath:instancePath+"/generated",schemaPath:"#/properties/generated/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema224.properties.generated,data:data39};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
const len7 = data39.length;
for(let i7=0; i7<len7; i7++){
let data40 = data39[i7];
if(!(data40 === "tokenizer_config.json")){
const err96 = {instancePath:instancePath+"/generated/" + i7,schemaPath:"#/properties/generated/items/enum",keyword:"enum",params:{allowedValues: schema224.properties.generated.items.enum},message:"must be equal to one of the allowed values",schema:schema224.properties.generated.items.enum,parentSchema:schema224.properties.generated.items,data:data40};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
let i8 = data39.length;
let j0;
if(i8 > 1){
outer0:
for(;i8--;){
for(j0 = i8; j0--;){
if(func0(data39[i8], data39[j0])){
const err97 = {instancePath:instancePath+"/generated",schemaPath:"#/properties/generated/uniqueItems",keyword:"uniqueItems",params:{i: i8, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i8+" are identical)",schema:true,parentSchema:schema224.properties.generated,data:data39};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err98 = {instancePath:instancePath+"/generated",schemaPath:"#/properties/generated/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema224.properties.generated.type,parentSchema:schema224.properties.generated,data:data39};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
if(data.files !== undefined){
let data41 = data.files;
if(Array.isArray(data41)){
const len8 = data41.length;
for(let i9=0; i9<len8; i9++){
if(!(validate90(data41[i9], {instancePath:instancePath+"/files/" + i9,parentData:data41,parentDataProperty:i9,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate90.errors : vErrors.concat(validate90.errors);
errors = vErrors.length;
}
}
}
else {
const err99 = {instancePath:instancePath+"/files",schemaPath:"#/properties/files/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema224.properties.files.type,parentSchema:schema224.properties.files,data:data41};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
}
if(data.io_schema !== undefined){
let data43 = data.io_schema;
if(data43 && typeof data43 == "object" && !Array.isArray(data43)){
if(data43.request === undefined){
const err100 = {instancePath:instancePath+"/io_schema",schemaPath:"#/properties/io_schema/required",keyword:"required",params:{missingProperty: "request"},message:"must have required property '"+"request"+"'",schema:schema224.properties.io_schema.required,parentSchema:schema224.properties.io_schema,data:data43};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
if(data43.response === undefined){
const err101 = {instancePath:instancePath+"/io_schema",schemaPath:"#/properties/io_schema/required",keyword:"required",params:{missingProperty: "response"},message:"must have required property '"+"response"+"'",schema:schema224.properties.io_schema.required,parentSchema:schema224.properties.io_schema,data:data43};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
for(const key8 in data43){
if(!((key8 === "request") || (key8 === "response"))){
const err102 = {instancePath:instancePath+"/io_schema",schemaPath:"#/properties/io_schema/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties",schema:false,parentSchema:schema224.properties.io_schema,data:data43};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
if(data43.request !== undefined){
let data44 = data43.request;
if(!(data44 && typeof data44 == "object" && !Array.isArray(data44))){
const err103 = {instancePath:instancePath+"/io_schema/request",schemaPath:"#/properties/io_schema/properties/request/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema224.properties.io_schema.properties.request.type,parentSchema:schema224.properties.io_schema.properties.request,data:data44};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
}
if(data43.response !== undefined){
let data45 = data43.response;
if(!(data45 && typeof data45 == "object" && !Array.isArray(data45))){
const err104 = {instancePath:instancePath+"/io_schema/response",schemaPath:"#/properties/io_schema/properties/response/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema224.properties.io_schema.properties.response.type,parentSchema:schema224.properties.io_schema.properties.response,data:data45};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
}
else {
const err105 = {instancePath:instancePath+"/io_schema",schemaPath:"#/properties/io_schema/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema224.properties.io_schema.type,parentSchema:schema224.properties.io_schema,data:data43};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
if(data.goldens !== undefined){
if(!(validate97(data.goldens, {instancePath:instancePath+"/goldens",parentData:data,parentDataProperty:"goldens",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate97.errors : vErrors.concat(validate97.errors);
errors = vErrors.length;
}
}
if(data.layout !== undefined){
let data47 = data.layout;
if(!((data47 === "transformers.js") || (data47 === "triton"))){
const err106 = {instancePath:instancePath+"/layout",schemaPath:"#/properties/layout/enum",keyword:"enum",params:{allowedValues: schema224.properties.layout.enum},message:"must be equal to one of the allowed values",schema:schema224.properties.layout.enum,parentSchema:schema224.properties.layout,data:data47};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
}
}
else {
const err107 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema224.type,parentSchema:schema224,data};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
validate89.errors = vErrors;
return errors === 0;
}
validate89.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

/** The validator of each document kind. */
export const validators: { readonly [K in DocumentKind]: ValidateFunction } = Object.freeze({
  config: validate20,
  tokenizer: validate59,
  tokenizer_config: validate85,
  special_tokens_map: validate86,
  generation_config: validate87,
  safetensors_index: validate88,
  manifest: validate89,
  golden: validate97,
});

/** The model types config.schema.json has a sub-schema for, sorted. */
export const CONFIG_MODEL_TYPES: readonly string[] = Object.freeze(["albert","bart","bert","camembert","distilbert","electra","gemma","gpt2","llama","mistral","phi3","qwen2","qwen3","roberta","t5","xlm-roberta"]);
