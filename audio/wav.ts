// RIFF/WAVE for pcm16 mono: what /v1/audio/speech returns as "wav", and what
// an uploaded transcription file usually is.

export interface Wav {
  samples: Int16Array;
  sampleRate: number;
  channels: number;
}

/** A WAVE file of pcm16 `samples` (mono) at `sampleRate`. */
export function encodeWav(pcm: Uint8Array, sampleRate: number): Uint8Array {
  const out = new Uint8Array(44 + pcm.length);
  const v = new DataView(out.buffer);
  const ascii = (at: number, s: string) => [...s].forEach((ch, i) => v.setUint8(at + i, ch.charCodeAt(0)));
  ascii(0, 'RIFF');
  v.setUint32(4, 36 + pcm.length, true);
  ascii(8, 'WAVE');
  ascii(12, 'fmt ');
  v.setUint32(16, 16, true);
  v.setUint16(20, 1, true); // PCM
  v.setUint16(22, 1, true); // mono
  v.setUint32(24, sampleRate, true);
  v.setUint32(28, sampleRate * 2, true);
  v.setUint16(32, 2, true);
  v.setUint16(34, 16, true);
  ascii(36, 'data');
  v.setUint32(40, pcm.length, true);
  out.set(pcm, 44);
  return out;
}

/**
 * The samples of a pcm16 WAVE file (several channels are mixed down to
 * mono). Throws a plain Error saying what is wrong for anything else.
 * A data size of 0 or past the end (a streamed file) means "to the end".
 */
export function decodeWav(bytes: Uint8Array): Wav {
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tag = (at: number) => String.fromCharCode(...bytes.subarray(at, at + 4));
  if (bytes.length < 12 || tag(0) !== 'RIFF' || tag(8) !== 'WAVE') throw new Error('not a RIFF/WAVE file');
  let at = 12;
  let fmt: { format: number; channels: number; rate: number; bits: number } | undefined;
  while (at + 8 <= bytes.length) {
    const id = tag(at);
    const size = v.getUint32(at + 4, true);
    const body = at + 8;
    if (id === 'fmt ') {
      fmt = { format: v.getUint16(body, true), channels: v.getUint16(body + 2, true), rate: v.getUint32(body + 4, true), bits: v.getUint16(body + 14, true) };
    } else if (id === 'data') {
      if (!fmt) throw new Error('WAVE data before its fmt chunk');
      if (fmt.format !== 1 || fmt.bits !== 16) throw new Error(`only 16-bit PCM WAVE is supported (format ${fmt.format}, ${fmt.bits} bits)`);
      if (fmt.channels < 1) throw new Error('WAVE file with no channels');
      const end = size === 0 || body + size > bytes.length ? bytes.length : body + size;
      const frames = Math.floor((end - body) / (2 * fmt.channels));
      const samples = new Int16Array(frames);
      for (let i = 0; i < frames; i++) {
        let sum = 0;
        for (let c = 0; c < fmt.channels; c++) sum += v.getInt16(body + (i * fmt.channels + c) * 2, true);
        samples[i] = Math.round(sum / fmt.channels);
      }
      return { samples, sampleRate: fmt.rate, channels: fmt.channels };
    }
    at = body + size + (size & 1);
  }
  throw new Error('WAVE file without a data chunk');
}
