export { OnnxRuntimeEngine } from './onnxruntime-engine.ts';
export { OnnxEncoderEngine } from './encoder-engine.ts';
export { WordPieceTokenizer } from './wordpiece.ts';
