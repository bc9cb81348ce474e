// Public surface of Weft's GGUF tooling: a streaming writer, a byte-level BPE
// vocabulary builder, and the deterministic model synthesizer built on both.
export {
  GgufWriter, GgmlType, GgufValueType, gv, encodeQ8_0, encodeTensorData, f32ToF16Bits, f16BitsToF32,
  floatTensorChunks, randomQ4KChunks, tensorByteSize, ggmlTypeName, GGUF_DEFAULT_ALIGNMENT, GGUF_VERSION,
} from './gguf-writer.ts';
export type { GgufValue, GgufScalarTypeName, GgufTensorSpec, GgmlTensorType, GgufLayout, GgufWriteOptions, TensorChunks } from './gguf-writer.ts';
export {
  buildBpeVocab, tokenizerMetadata, learnMerges, pretokenize, byteToUnicodeTable, toByteLevel, fromByteLevel,
  encode as bpeEncode, decode as bpeDecode, TokenType, SPECIAL_TOKENS, CHATML_TEMPLATE, DEFAULT_MERGES,
} from './bpe-tokenizer.ts';
export type { BpeVocab, BpeVocabOptions } from './bpe-tokenizer.ts';
export {
  SHAPES, SYNTH_VERSION, synthesizeModel, ensureModel, buildModelWriter, modelTensors, validateShape,
  shapeFingerprint, defaultModelName, outputNormGain,
  GGUF_RERANK_SHAPES, POOLING_TYPE_RANK, RERANK_LABELS, QWEN3_RERANK_TEMPLATE,
} from './synthesize.ts';
export type { ModelShape, ShapeName, RerankShapeName, SynthTensor } from './synthesize.ts';
export { encodeModel as encodeOnnxModel, node as onnxNode, initializer as onnxInitializer, valueInfo as onnxValueInfo, OnnxDataType } from './onnx-proto.ts';
export type { OnnxGraph, OnnxNode, OnnxTensor, OnnxValueInfo, OnnxAttribute, AttrValue as OnnxAttrValue } from './onnx-proto.ts';
export {
  EMBEDDING_SHAPES, EMBEDDING_SYNTH_VERSION, synthesizeEmbeddingModel, ensureEmbeddingModel, buildEmbeddingGraph,
  buildWordPieceVocab, validateEmbeddingShape, synthesizeRerankModel, ensureRerankModel, SYNTH_TOKENIZERS,
} from './onnx-embedding.ts';
export type { EmbeddingShape, EmbeddingShapeName, EmbeddingModelFiles, EncoderSynthOptions, SynthTokenizer } from './onnx-embedding.ts';
export { bpeTokenizerJson, wordPieceTokenizerJson, BPE_SPECIALS } from './hf-tokenizer-json.ts';
export type { TokenizerJsonFiles } from './hf-tokenizer-json.ts';
