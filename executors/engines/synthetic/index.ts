export {
  SyntheticEngine, parseSyntheticPath, isSyntheticPath, syntheticPromptTokens, syntheticTokens,
  SYNTHETIC_SCHEME, SYNTHETIC_DEFAULTS, SYNTHETIC_DEFAULT_MAX_TOKENS, SYNTHETIC_DEFAULT_MEMORY_BYTES,
  type SyntheticConfig, type SyntheticEngineOptions,
} from './synthetic-engine.ts';
