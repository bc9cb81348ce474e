// OpenAI voice names as eSpeak NG voices: each a distinct voice variant,
// so clients that pick "alloy" or "echo" hear a difference. Any other name
// is taken as an eSpeak NG voice itself ("en-gb", "en-us+f2").
import { errors } from '../../../proto/index.ts';

export const OPENAI_VOICES: Readonly<Record<string, string>> = {
  alloy: 'en-us+f3', ash: 'en-us+m3', ballad: 'en-gb+m2', coral: 'en-us+f2', echo: 'en-us+m1',
  fable: 'en-gb+f2', nova: 'en-us+f4', onyx: 'en-us+m7', sage: 'en-us+f5', shimmer: 'en-us+f1',
  verse: 'en-us+m4', marin: 'en-us+f2', cedar: 'en-us+m2',
};

/** The eSpeak NG voice for `voice` (empty: `fallback`); rejects names that are not voice names. */
export function espeakVoice(voice: string | null | undefined, fallback: string): string {
  if (!voice) return fallback;
  const mapped = OPENAI_VOICES[voice.toLowerCase()];
  if (mapped) return mapped;
  if (!/^[A-Za-z0-9][A-Za-z0-9_+-]{0,40}$/.test(voice)) throw errors.invalid(`Unknown voice '${voice}'.`, 'voice');
  return voice;
}

/** eSpeak NG's words per minute for an OpenAI speed (1 = its default 175). */
export function espeakRate(speed: number | null | undefined): number {
  const s = speed && speed > 0 ? speed : 1;
  return Math.round(Math.max(80, Math.min(500, 175 * s)));
}
