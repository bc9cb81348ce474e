export { OnnxRuntimeEngine } from './onnxruntime-engine.ts';
export { OnnxEmbeddingEngine } from './embedding-engine.ts';
export { WordPieceTokenizer } from './wordpiece.ts';
