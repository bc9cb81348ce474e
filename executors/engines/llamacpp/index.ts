export { LlamaCppEngine, type LlamaCppEngineOptions, type SequenceInfo } from './llamacpp-engine.ts';
