// pcm16 audio as the Realtime API and the speech engines exchange it:
// signed 16-bit little-endian mono samples. Conversions between bytes,
// samples and floats, and a streaming band-limited resampler (the session
// speaks 24 kHz, VAD and speech-to-text want 16 kHz, eSpeak NG makes 22.05 kHz).

/** Samples of pcm16 bytes (an odd trailing byte is dropped); copies, so any byte offset works. */
export function pcm16Samples(bytes: Uint8Array): Int16Array {
  const n = bytes.length >> 1;
  const out = new Int16Array(n);
  const view = new DataView(bytes.buffer, bytes.byteOffset, n * 2);
  for (let i = 0; i < n; i++) out[i] = view.getInt16(i * 2, true);
  return out;
}

/** pcm16 bytes of samples. */
export function pcm16Bytes(samples: Int16Array): Uint8Array {
  const out = new Uint8Array(samples.length * 2);
  const view = new DataView(out.buffer);
  for (let i = 0; i < samples.length; i++) view.setInt16(i * 2, samples[i]!, true);
  return out;
}

/** Samples scaled to [-1, 1). */
export function toFloat32(samples: Int16Array): Float32Array {
  const out = new Float32Array(samples.length);
  for (let i = 0; i < samples.length; i++) out[i] = samples[i]! / 32768;
  return out;
}

/** Milliseconds that `samples` last at `rate`. */
export function durationMs(samples: number, rate: number): number {
  return (samples * 1000) / rate;
}

/**
 * A streaming resampler: a Hann-windowed sinc low-pass (cut-off just under
 * the lower Nyquist) evaluated at each output instant. push() returns what
 * the input so far determines and keeps the tail it still needs, so a
 * stream cut into chunks resamples as it would whole (no clicks at chunk
 * edges); end() flushes the rest.
 */
export class Resampler {
  readonly from: number;
  readonly to: number;
  private readonly step: number;
  private readonly cutoff: number;
  /** Half the kernel's width, in input samples. */
  private readonly half: number;
  private buf = new Float32Array(0);
  /** The next output instant, in input samples from buf[0]. */
  private t = 0;

  constructor(from: number, to: number) {
    if (!(from > 0 && to > 0)) throw new RangeError(`sample rates must be positive, got ${from} → ${to}`);
    this.from = from;
    this.to = to;
    this.step = from / to;
    this.cutoff = Math.min(1, to / from) * 0.95;
    this.half = Math.ceil(8 / this.cutoff);
  }

  push(samples: Int16Array): Int16Array {
    if (this.from === this.to) return samples.slice();
    const merged = new Float32Array(this.buf.length + samples.length);
    merged.set(this.buf);
    for (let i = 0; i < samples.length; i++) merged[this.buf.length + i] = samples[i]!;
    this.buf = merged;
    return this.drain(this.buf.length - 1 - this.half);
  }

  end(): Int16Array {
    if (this.from === this.to) return new Int16Array(0);
    // The output instants still inside the input, with silence beyond it.
    const last = this.buf.length;
    const out = this.drain(last - 1e-9);
    this.buf = new Float32Array(0);
    this.t = 0;
    return out;
  }

  /** Outputs every instant up to `limit` (input samples), then drops input no later instant needs. */
  private drain(limit: number): Int16Array {
    const out: number[] = [];
    const { buf, half, cutoff } = this;
    while (this.t <= limit && this.t < buf.length) {
      const x = this.t;
      const lo = Math.max(0, Math.ceil(x - half));
      const hi = Math.min(buf.length - 1, Math.floor(x + half));
      let acc = 0;
      let norm = 0;
      for (let k = lo; k <= hi; k++) {
        const d = x - k;
        const a = Math.PI * d * cutoff;
        const sinc = a === 0 ? 1 : Math.sin(a) / a;
        const w = 0.5 + 0.5 * Math.cos((Math.PI * d) / (half + 1));
        acc += buf[k]! * sinc * w;
        norm += sinc * w;
      }
      out.push(norm === 0 ? 0 : acc / norm);
      this.t += this.step;
    }
    const drop = Math.max(0, Math.floor(this.t) - half - 1);
    if (drop > 0) {
      this.buf = buf.slice(drop);
      this.t -= drop;
    }
    const res = new Int16Array(out.length);
    for (let i = 0; i < out.length; i++) res[i] = Math.max(-32768, Math.min(32767, Math.round(out[i]!)));
    return res;
  }
}

/** `samples` at `from` Hz as samples at `to` Hz, in one go. */
export function resample(samples: Int16Array, from: number, to: number): Int16Array {
  const r = new Resampler(from, to);
  const a = r.push(samples);
  const b = r.end();
  const out = new Int16Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
