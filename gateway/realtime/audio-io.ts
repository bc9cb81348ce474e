// A session's audio at its edges: client audio (base64 in the session's
// input format) to the 16 kHz pcm16 the speech engines take, and engine
// audio (pcm16 at the engine's rate) to base64 in the output format at
// 24 kHz (pcm16) or 8 kHz (G.711). Both sides resample as streams.
import { pcm16Bytes, pcm16Samples, Resampler } from '../../audio/pcm.ts';
import { decodeG711, encodeG711 } from '../../audio/g711.ts';
import { ClientEventError, type AudioFormat } from './protocol.ts';

export const ENGINE_RATE = 16_000;
/** The API's limit on one append. */
export const MAX_APPEND_BYTES = 15 * 1024 * 1024;

export function rateOf(format: AudioFormat): number {
  return format === 'pcm16' ? 24_000 : 8_000;
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** The bytes of an append's `audio`, checked: a base64 string, at most 15 MiB decoded. */
export function decodeAppend(audio: unknown): Uint8Array {
  if (typeof audio !== 'string') throw new ClientEventError('invalid_value', "Missing 'audio': expected a base64 string.", 'audio');
  if (Math.floor((audio.length * 3) / 4) > MAX_APPEND_BYTES) {
    throw new ClientEventError('invalid_value', `Audio in one input_audio_buffer.append is limited to ${MAX_APPEND_BYTES} bytes (15 MiB).`, 'audio');
  }
  if (audio.length % 4 !== 0 || !BASE64.test(audio)) throw new ClientEventError('invalid_value', "Invalid 'audio': not valid base64.", 'audio');
  const bytes = Buffer.from(audio, 'base64');
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length);
}

/** Client audio in, engine audio (16 kHz samples) out. */
export class InputAudio {
  private format: AudioFormat;
  private resampler: Resampler;

  constructor(format: AudioFormat) {
    this.format = format;
    this.resampler = new Resampler(rateOf(format), ENGINE_RATE);
  }

  setFormat(format: AudioFormat): void {
    if (format === this.format) return;
    this.format = format;
    this.resampler = new Resampler(rateOf(format), ENGINE_RATE);
  }

  push(bytes: Uint8Array): Int16Array {
    if (this.format === 'pcm16' && bytes.length % 2 !== 0) {
      throw new ClientEventError('invalid_value', 'pcm16 audio must be a whole number of 16-bit samples (an even number of bytes).', 'audio');
    }
    const samples = this.format === 'pcm16' ? pcm16Samples(bytes) : decodeG711(bytes, this.format === 'g711_ulaw' ? 'ulaw' : 'alaw');
    return this.resampler.push(samples);
  }
}

/** Engine audio in, client audio (base64) out; one per response. */
export class OutputAudio {
  readonly format: AudioFormat;
  private resampler: Resampler | undefined;
  /** Samples sent, at the output rate. */
  samples = 0;

  constructor(format: AudioFormat) {
    this.format = format;
  }

  push(pcm: Uint8Array, rate: number): string {
    this.resampler ??= new Resampler(rate, rateOf(this.format));
    return this.encode(this.resampler.push(pcm16Samples(pcm)));
  }

  end(): string {
    return this.resampler ? this.encode(this.resampler.end()) : '';
  }

  get ms(): number {
    return (this.samples * 1000) / rateOf(this.format);
  }

  private encode(samples: Int16Array): string {
    this.samples += samples.length;
    const bytes = this.format === 'pcm16' ? pcm16Bytes(samples) : encodeG711(samples, this.format === 'g711_ulaw' ? 'ulaw' : 'alaw');
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('base64');
  }
}
