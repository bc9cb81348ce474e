// G.711 µ-law and A-law (8 kHz telephony codecs), the Realtime API's
// g711_ulaw / g711_alaw formats: one byte per sample.

export function ulawDecode(b: number): number {
  const u = ~b & 0xff;
  const t = (((u & 0x0f) << 3) + 0x84) << ((u & 0x70) >> 4);
  return u & 0x80 ? 0x84 - t : t - 0x84;
}

export function ulawEncode(sample: number): number {
  const BIAS = 0x84;
  let s = Math.max(-32635, Math.min(32635, sample));
  const sign = s < 0 ? 0x80 : 0;
  if (s < 0) s = -s;
  s += BIAS;
  let exp = 7;
  for (let mask = 0x4000; (s & mask) === 0 && exp > 0; mask >>= 1) exp--;
  const mant = (s >> (exp + 3)) & 0x0f;
  return ~(sign | (exp << 4) | mant) & 0xff;
}

export function alawDecode(b: number): number {
  const a = b ^ 0x55;
  const exp = (a & 0x70) >> 4;
  let t = (a & 0x0f) << 4;
  t = exp === 0 ? t + 8 : (t + 0x108) << (exp - 1);
  return a & 0x80 ? t : -t;
}

export function alawEncode(sample: number): number {
  let s = Math.max(-32768, Math.min(32767, sample));
  const sign = s >= 0 ? 0x80 : 0;
  if (s < 0) s = -s - 1;
  let exp = 7;
  for (let mask = 0x4000; (s & mask) === 0 && exp > 0; mask >>= 1) exp--;
  const mant = exp === 0 ? (s >> 4) & 0x0f : (s >> (exp + 3)) & 0x0f;
  return (sign | (exp << 4) | mant) ^ 0x55;
}

export function decodeG711(bytes: Uint8Array, law: 'ulaw' | 'alaw'): Int16Array {
  const out = new Int16Array(bytes.length);
  const f = law === 'ulaw' ? ulawDecode : alawDecode;
  for (let i = 0; i < bytes.length; i++) out[i] = f(bytes[i]!);
  return out;
}

export function encodeG711(samples: Int16Array, law: 'ulaw' | 'alaw'): Uint8Array {
  const out = new Uint8Array(samples.length);
  const f = law === 'ulaw' ? ulawEncode : alawEncode;
  for (let i = 0; i < samples.length; i++) out[i] = f(samples[i]!);
  return out;
}
