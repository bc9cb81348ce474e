export { LlamaCppEngine, type LlamaCppEngineOptions } from './llamacpp-engine.ts';
