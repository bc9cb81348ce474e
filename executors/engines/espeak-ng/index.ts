export { EspeakNgEngine, ESPEAK_SAMPLE_RATE, ESPEAK_SCHEME } from './espeak-engine.ts';
export { OPENAI_VOICES, espeakVoice } from './voices.ts';
