export { OnnxRuntimeEngine } from './onnxruntime-engine.ts';
export { OnnxEncoderEngine } from './encoder-engine.ts';
export { WordPieceTokenizer } from './wordpiece.ts';
export { HfTokenizer } from './hf-tokenizer.ts';
export { loadEncoderTokenizer, type EncoderTokenizer, type TokenSequence } from './encoder-tokenizer.ts';
