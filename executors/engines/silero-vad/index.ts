export { SileroVadEngine, VAD_SAMPLE_RATE, VAD_WINDOW, VAD_CONTEXT } from './silero-vad-engine.ts';
